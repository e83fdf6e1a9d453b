package dev.dhipicker.ui.pages;

import dev.dhipicker.export.ValueLabels;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.recommend.Recommendation.ImageChoice;
import dev.dhipicker.ui.model.WizardModel;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/**
 * Page 6: the recommended references with copy buttons, the DHI chart, the explanations,
 * warnings, unmet answers and alternatives, and the export and print actions.
 */
public final class ResultsPage implements Page {
    private final PageContext c;
    private final VBox root;
    private final VBox body = new VBox();
    private final Button exportButton;
    private final Button printButton;
    private final Button pdfButton;
    private final Label status = new Label();
    private final HBox actionBar;
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
        actionBar = new HBox(exportButton, printButton, pdfButton);
        actionBar.getStyleClass().add("dp-actions");
        status.setId("results-status");
        status.getStyleClass().add("dp-hint");
        // the actions sit right under the references, visible without scrolling
        root = Pages.page("page-results", c.t("ui.results.title"), null, body, status);
        m.recommendationProperty().addListener((o, was, now) -> fill());
        m.answerErrorProperty().addListener((o, was, now) -> fill());
        fill();
    }

    private Button action(String id, String key, Runnable run) {
        Button b = new Button(c.t(key));
        b.setId(id);
        b.setMnemonicParsing(true);
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
        if (r == null) {
            var err = c.model().answerErrorProperty().get();
            if (err != null) {
                body.getChildren().add(Pages.label(c.t("ui.results.answerError", c.t(err.key(), err.args().toArray())),
                        "dp-error"));
            }
            return;
        }
        GridPane refs = new GridPane();
        refs.getStyleClass().add("dp-refs");
        if (r.runtime() == null) {
            Label none = Pages.label(c.t("ui.results.noRuntime"), "dp-error");
            none.setId("no-runtime");
            refs.addRow(0, Pages.label(c.t("ui.results.runtime"), "dp-ref-label"), none);
        } else {
            addReference(refs, 0, "runtime", c.t("ui.results.runtime"), r.runtime(), "ui.results.copy.runtime");
        }
        if (r.build() != null) {
            addReference(refs, 2, "build", c.t("ui.results.build"), r.build(), "ui.results.copy.build");
        } else if (r.runtime() != null) {
            Label none = Pages.label(c.t("ui.results.noBuild"), "dp-hint");
            none.setId("build-reference-none");
            refs.addRow(2, Pages.label(c.t("ui.results.build"), "dp-ref-label"), none);
        }
        if (r.helmChart() != null) {
            TextField chart = reference("chart-reference", r.helmChart().reference() + " " + r.helmChart().version());
            refs.addRow(4, Pages.label(c.t("ui.results.chart"), "dp-ref-label"), chart);
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
        focus = refs;
    }

    private void addReference(GridPane grid, int row, String id, String label, ImageChoice ic, String copyKey) {
        TextField ref = reference(id + "-reference", ic.reference());
        Button copy = new Button(c.t("ui.results.copy"));
        copy.setId("copy-" + id);
        copy.setMnemonicParsing(true);
        copy.setAccessibleText(c.t(copyKey));
        copy.setTooltip(new Tooltip(c.t(copyKey)));
        copy.setOnAction(e -> {
            c.services().clipboard().copy(ic.reference());
            status.setText(c.t("ui.results.copied", ic.reference()));
        });
        String facts = new dev.dhipicker.export.ImageFacts(c.messages()).line(ic);
        if (ic.inferred()) {
            facts += " · " + c.t("ui.results.inferred");
        }
        Label f = Pages.label(facts, "dp-hint");
        f.setId(id + "-facts");
        HBox line = new HBox(ref, copy);
        line.getStyleClass().add("dp-row");
        HBox.setHgrow(ref, Priority.ALWAYS);
        grid.addRow(row, Pages.label(label, "dp-ref-label"), line);
        grid.add(f, 1, row + 1);
        GridPane.setHgrow(line, Priority.ALWAYS);
    }

    private static TextField reference(String id, String text) {
        TextField t = new TextField(text);
        t.setId(id);
        t.setEditable(false);
        t.getStyleClass().addAll("dp-mono", "dp-reference");
        t.setAccessibleText(text);
        t.setPrefColumnCount(Math.max(20, text.length()));
        return t;
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

    @Override
    public Node initialFocus() {
        return focus;
    }
}
