package dev.dhipicker.ui.pages;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.recommend.Recommendation.ImageChoice;
import dev.dhipicker.ui.model.WizardModel;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/**
 * Page 6: the recommended references with copy buttons, the DHI chart and its install command,
 * the explanations, warnings, unmet answers and alternatives, and the export and print actions.
 */
public final class ResultsPage implements Page {
    private final PageContext c;
    private final VBox root;
    private final VBox body = new VBox();
    private final Button exportButton;
    private final Button printButton;
    private final Button pdfButton;
    private final Button migrationButton;
    private final FlowPane actionBar;
    private final Subscriptions subscriptions = new Subscriptions();
    private Node focus;

    /** Actions of the results page that other parts of the app provide. */
    public interface Actions {
        /** Null when the action is not available yet (the button is then disabled). */
        Runnable exportDockerfile();

        Runnable printSheet();

        Runnable savePdf();
    }

    public ResultsPage(PageContext c, Actions actions) {
        this.c = c;
        WizardModel m = c.model();
        body.getStyleClass().add("dp-results");
        exportButton = action("export-dockerfile", "ui.results.exportDockerfile", actions.exportDockerfile());
        printButton = action("print-sheet", "ui.results.printSheet", actions.printSheet());
        pdfButton = action("save-pdf", "ui.results.savePdf", actions.savePdf());
        migrationButton = action("show-migration", "ui.results.showMigration", () -> c.dockerfile().showMigration());
        // wraps onto a second line in a narrow window instead of cutting the buttons' text
        actionBar = new FlowPane(exportButton, printButton, pdfButton, migrationButton);
        actionBar.setId("result-actions");
        actionBar.getStyleClass().add("dp-actions");
        // the actions sit right under the references, visible without scrolling
        root = Pages.page("page-results", c.t("ui.results.title"), null, body);
        subscriptions.onChange(this::fill, m.recommendationProperty(), m.answerErrorProperty(), m.engineProperty(),
                c.dockerfile().session().loadedProperty(), c.dockerfile().session().projectProperty());
        fill();
    }

    private Button action(String id, String key, Runnable run) {
        Button b = new Button(c.t(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (run == null) {
            b.setDisable(true);
            b.setTooltip(new Tooltip(c.t("ui.results.notYet")));
        } else {
            b.setOnAction(e -> run.run());
        }
        return b;
    }

    private void fill() {
        body.getChildren().clear();
        Recommendation r = c.model().recommendationProperty().get();
        boolean has = r != null && r.runtime() != null;
        exportButton.setDisable(exportButton.getOnAction() == null || !has);
        printButton.setDisable(printButton.getOnAction() == null || r == null);
        pdfButton.setDisable(pdfButton.getOnAction() == null || r == null);
        boolean migration = c.dockerfile().session().loadedProperty().get() != null;
        migrationButton.setVisible(migration);
        migrationButton.setManaged(migration);
        String inferred = c.inferredNote();
        if (inferred != null) {
            Label note = Pages.label(inferred, "dp-hint");
            note.setId("migration-inferred");
            body.getChildren().add(note);
        }
        focus = null;
        if (r == null) {
            var err = c.model().answerErrorProperty().get();
            if (err != null) {
                body.getChildren().add(Pages.label(c.t("ui.results.answerError", c.t(err.key(), err.args().toArray())),
                        "dp-error"));
            }
            return;
        }
        VBox refs = new VBox();
        refs.getStyleClass().add("dp-refs");
        CopyRow copyRows = new CopyRow(c);
        if (r.runtime() == null) {
            Label none = Pages.label(c.t("ui.results.noRuntime"), "dp-error");
            none.setId("no-runtime");
            refs.getChildren().add(row(c.t("ui.results.runtime"), none));
            focus = printButton;
        } else {
            Label ref = copyRows.add(refs, "runtime", c.t("ui.results.runtime"), r.runtime().reference(),
                    "ui.results.copy.runtime", facts(r.runtime()));
            focus = ref;
        }
        if (r.build() != null) {
            copyRows.add(refs, "build", c.t("ui.results.build"), r.build().reference(), "ui.results.copy.build",
                    facts(r.build()));
        } else if (r.runtime() != null) {
            Label none = Pages.label(c.t("ui.results.noBuild"), "dp-hint");
            none.setId("build-reference-none");
            refs.getChildren().add(row(c.t("ui.results.build"), none));
        }
        if (r.helmChart() != null) {
            Recommendation.ChartChoice chart = r.helmChart();
            copyRows.add(refs, "chart", c.t("ui.results.chart"), chart.reference(), "ui.results.copy.chart",
                    c.t("ui.results.chartVersion", chart.version()));
            copyRows.add(refs, "helm-install", c.t("ui.results.helmInstall"), HelmCommand.install(chart),
                    "ui.results.copy.helmInstall", c.t("ui.results.helmInstall.hint", HelmCommand.registry(chart)));
        }
        body.getChildren().addAll(refs, actionBar);
        section("unmet", c.t("ui.results.unmet"), r.unmet(), u -> c.t("sheet.unmet.item", c.t(Messages.answerKey(u.answer())), c.render(u.message())), "dp-error");
        section("explanations", c.t("ui.results.why"), r.explanations(), e -> c.render(e.message()), "dp-text");
        // each explanation names the documentation page it rests on
        VBox why = (VBox) body.lookup("#explanations");
        if (why != null) {
            for (int i = 0; i < r.explanations().size(); i++) {
                Label l = (Label) why.getChildren().get(i + 1);
                l.setTooltip(new Tooltip(c.t("ui.results.source", c.source(r.explanations().get(i).message()))));
            }
        }
        section("warnings", c.t("ui.results.warnings"), r.warnings(), c::render, "dp-warning");
        section("alternatives", c.t("ui.results.alternatives"), r.alternatives(),
                a -> a.reference() + " — " + c.render(a.whyNot()), "dp-text");
    }

    /** The facts line under a reference: distro, C library, user, end of life. */
    private String facts(ImageChoice ic) {
        String facts = new dev.dhipicker.export.ImageFacts(c.messages()).line(ic);
        if (ic.inferred()) {
            facts += " · " + c.t("ui.results.inferred");
        }
        return facts;
    }

    static HBox row(String label, Node content) {
        Label l = Pages.label(label, "dp-ref-label");
        HBox row = new HBox(l, content);
        row.getStyleClass().add("dp-ref-row");
        HBox.setHgrow(content, javafx.scene.layout.Priority.ALWAYS);
        return row;
    }

    private <T> void section(String id, String title, List<T> items, Function<T, String> text, String style) {
        if (items.isEmpty()) {
            return;
        }
        VBox box = new VBox(Pages.label(title, "dp-section-title"));
        box.setId(id);
        box.getStyleClass().add("dp-section");
        for (T item : items) {
            Label l = Pages.label("• " + text.apply(item), style);
            box.getChildren().add(l);
        }
        body.getChildren().add(box);
    }

    @Override
    public Node node() {
        return root;
    }

    /** The runtime reference (or, without one, the print action): never the window's Close button. */
    @Override
    public Node initialFocus() {
        return focus;
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
    }
}
