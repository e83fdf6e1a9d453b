package dev.dhipicker.ui.pages;

import dev.dhipicker.export.ValueLabels;
import dev.dhipicker.recommend.Recommender.VersionLine;
import dev.dhipicker.ui.model.WizardModel;
import dev.dhipicker.ui.model.WorkloadOption;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Page 1: a searchable list of workloads and the version chooser. */
public final class WorkloadPage implements Page {
    private final VBox root;
    private final TextField search;
    private final ListView<WorkloadOption> list;
    private final ObservableList<WorkloadOption> shown = FXCollections.observableArrayList();
    private final Subscriptions subscriptions = new Subscriptions();
    private final ObservableBooleanValue ready;

    public WorkloadPage(PageContext c) {
        WizardModel m = c.model();
        // a plain TextField: the first page loads no ControlsFX (see docs/benchmarks.md, first frame)
        search = new TextField();
        search.setId("workload-search");
        search.getStyleClass().add("dp-search");
        search.setPromptText(c.t("ui.workload.search.prompt"));
        search.setAccessibleText(c.t("ui.workload.search"));

        ListView<WorkloadOption> list = new ListView<>(shown);
        this.list = list;
        list.setId("workload-list");
        list.getStyleClass().add("dp-workload-list");
        list.setAccessibleText(c.t("ui.workload.title"));
        list.setCellFactory(v -> new WorkloadCell(c));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                m.selectWorkload(now.id());
            }
        });
        // A selection the search hides must not drive Next: only a highlighted row does.
        ready = list.getSelectionModel().selectedItemProperty().isNotNull();
        Runnable showSelected = () -> {
            String id = m.workloadProperty().get();
            for (WorkloadOption w : shown) {
                if (w.id().equals(id)) {
                    list.getSelectionModel().select(w);
                    return;
                }
            }
            list.getSelectionModel().clearSelection();
        };
        Runnable filter = () -> {
            shown.setAll(ranked(m.workloads(), search.getText(), new ValueLabels(c.messages())));
            if (blank(search.getText())) {
                showSelected.run();
                list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex()));
            } else {
                // A new search starts from its best match: the earlier choice stays highlighted only
                // when it is that match; otherwise nothing is, and Next waits for a pick.
                boolean chosenOnTop = !shown.isEmpty() && shown.get(0).id().equals(m.workloadProperty().get());
                if (chosenOnTop) {
                    list.getSelectionModel().select(0);
                } else {
                    list.getSelectionModel().clearSelection();
                }
                list.scrollTo(0);
            }
        };
        search.textProperty().addListener((o, was, now) -> filter.run());
        subscriptions.listen(m.workloads(), (ListChangeListener<WorkloadOption>) ch -> filter.run());
        // A workload set by a command (Start from a Dockerfile, a restored answer) is shown and selected:
        // a search that hides it is cleared, otherwise the answer would sit unseen and Next stay disabled.
        // (also when the Dockerfile names the workload that was already chosen: the answer is then unchanged)
        Runnable reveal = () -> {
            String id = m.workloadProperty().get();
            if (id != null && !blank(search.getText()) && shown.stream().noneMatch(w -> w.id().equals(id))) {
                search.clear(); // filters again and selects the workload
            } else {
                showSelected.run();
            }
        };
        subscriptions.listen(m.workloadProperty(), (o, was, now) -> reveal.run());
        subscriptions.listen(c.dockerfile().session().openedProperty(), (o, was, now) -> reveal.run());
        filter.run();
        // Keyboard: Down moves from the search field into the list.
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !shown.isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });

        ComboBox<String> version = new ComboBox<>();
        version.setId("version-choice");
        version.setAccessibleText(c.t("ui.workload.version"));
        version.setMaxWidth(Double.MAX_VALUE);
        List<VersionLine> lines = new ArrayList<>();
        version.setConverter(new StringConverter<>() {
            @Override
            public String toString(String line) {
                if (line == null || line.isEmpty()) {
                    return c.t("ui.workload.version.newest");
                }
                for (VersionLine v : lines) {
                    if (v.line().equals(line)) {
                        if (v.eol() == null) {
                            return c.t("ui.workload.version.lineUnknown", line);
                        }
                        return c.t(v.endOfLife() ? "ui.workload.version.lineEnded" : "ui.workload.version.line",
                                line, v.eol().toString());
                    }
                }
                return line;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        Runnable fillVersions = () -> {
            lines.clear();
            lines.addAll(m.versions());
            List<String> items = new ArrayList<>();
            items.add("");
            m.versions().forEach(v -> items.add(v.line()));
            version.getItems().setAll(items);
            String chosen = m.versionProperty().get();
            version.getSelectionModel().select(chosen == null ? "" : chosen);
            version.setDisable(m.workloadProperty().get() == null);
        };
        subscriptions.listen(m.versions(), (ListChangeListener<VersionLine>) ch -> fillVersions.run());
        // a version chosen by a command (an answer inferred from a Dockerfile) shows in the chooser too
        subscriptions.listen(m.versionProperty(), (o, was, now) -> version.getSelectionModel().select(now == null ? "" : now));
        fillVersions.run();
        version.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                String v = now.isEmpty() ? null : now;
                if (v == null ? m.versionProperty().get() != null : !v.equals(m.versionProperty().get())) {
                    m.selectVersion(v);
                }
            }
        });
        Label versionLabel = new Label(c.t("ui.workload.version"));
        versionLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        versionLabel.setLabelFor(version);
        HBox versionRow = new HBox(versionLabel, version);
        versionRow.getStyleClass().add("dp-row");
        HBox.setHgrow(version, Priority.ALWAYS);
        HBox flavorRow = flavorRow(c, m);
        Label none = Pages.label(c.t("ui.workload.none"), "dp-hint");
        none.setId("workload-none");
        subscriptions.bind(none.visibleProperty(), m.workloadProperty().isNull());
        none.managedProperty().bind(none.visibleProperty());
        Label dropped = HelmPage.dropNotice(c, subscriptions);
        javafx.scene.control.Button fromDockerfile = new javafx.scene.control.Button(c.t("ui.workload.startFromDockerfile"));
        fromDockerfile.setId("start-from-dockerfile");
        fromDockerfile.setMnemonicParsing(true);
        fromDockerfile.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fromDockerfile.setOnAction(e -> c.dockerfile().open());
        HBox searchRow = new HBox(search, fromDockerfile);
        searchRow.getStyleClass().add("dp-row");
        HBox.setHgrow(search, Priority.ALWAYS);
        Label inferred = Pages.label("", "dp-hint");
        inferred.setId("inferred-note");
        inferred.managedProperty().bind(inferred.visibleProperty());
        Runnable showInferred = () -> {
            String note = c.inferredNote();
            inferred.setText(note == null ? "" : note);
            inferred.setVisible(note != null);
        };
        subscriptions.onChange(showInferred, c.dockerfile().session().loadedProperty(),
                c.dockerfile().session().projectProperty(), m.workloadProperty(),
                m.versionProperty(), m.libcProperty(), m.sizeProperty());
        showInferred.run();
        root = Pages.page("page-workload", c.t("ui.workload.title"), c.t("ui.workload.hint"), searchRow, inferred, list,
                none, dropped, flavorRow, versionRow);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    /**
     * The flavor chooser, shown only for a workload whose runtime images come in flavors
     * (patroni's pg18, wordpress's php8.x-fpm); its first item is the engine's default.
     */
    private HBox flavorRow(PageContext c, WizardModel m) {
        // built when a workload first has flavors: a ComboBox (and the list its skin makes) costs
        // start-up time, and most workloads never need this one
        HBox row = new HBox();
        row.getStyleClass().add("dp-row");
        row.setId("flavor-row");
        subscriptions.bind(row.visibleProperty(), javafx.beans.binding.Bindings.isNotEmpty(m.flavors()));
        row.managedProperty().bind(row.visibleProperty());
        Runnable build = () -> {
            if (row.getChildren().isEmpty() && !m.flavors().isEmpty()) {
                fillFlavorRow(row, c, m);
            }
        };
        subscriptions.listen(m.flavors(), (ListChangeListener<String>) ch -> build.run());
        build.run();
        return row;
    }

    private void fillFlavorRow(HBox row, PageContext c, WizardModel m) {
        ComboBox<String> flavor = new ComboBox<>();
        flavor.setId("flavor-choice");
        flavor.setAccessibleText(c.t("ui.workload.flavor"));
        flavor.setMaxWidth(Double.MAX_VALUE);
        Runnable fill = () -> {
            flavor.getItems().setAll(m.flavors());
            String chosen = m.flavorProperty().get();
            flavor.getSelectionModel().select(chosen != null ? chosen : m.flavors().isEmpty() ? null : m.flavors().get(0));
        };
        subscriptions.listen(m.flavors(), (ListChangeListener<String>) ch -> fill.run());
        fill.run();
        flavor.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(m.flavorProperty().get())
                    && !(m.flavorProperty().get() == null && !m.flavors().isEmpty() && now.equals(m.flavors().get(0)))) {
                m.selectFlavor(now);
            }
        });
        Label label = new Label(c.t("ui.workload.flavor"));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setLabelFor(flavor);
        row.getChildren().setAll(label, flavor);
        HBox.setHgrow(flavor, Priority.ALWAYS);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return search;
    }

    @Override
    public ObservableBooleanValue ready() {
        return ready;
    }

    /**
     * Enter in the search box takes the top match of the search; elsewhere (the list) the
     * highlighted row, or the top match when none is highlighted.
     */
    @Override
    public void beforeEnter() {
        if (shown.isEmpty()) {
            return;
        }
        boolean searching = search.isFocused() && !blank(search.getText());
        if (searching || list.getSelectionModel().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
    }

    /** The options matching a search, best matches first; equal matches keep the catalog's order. */
    static List<WorkloadOption> ranked(List<WorkloadOption> all, String query) {
        return ranked(all, query, null);
    }

    /**
     * As {@link #ranked(List, String)}; with labels, a category is also found by the words shown
     * for it (监控 finds monitoring-and-observability).
     */
    static List<WorkloadOption> ranked(List<WorkloadOption> all, String query, ValueLabels labels) {
        List<WorkloadOption> out = new ArrayList<>();
        for (WorkloadOption w : all) {
            boolean byCategory = labels != null && query != null && !query.isBlank()
                    && labels.categories(w.categories()).contains(query.strip());
            if (w.matches(query) || byCategory) {
                out.add(w);
            }
        }
        out.sort(Comparator.comparingInt(w -> w.rank(query))); // stable: equal ranks keep the catalog's order
        return out;
    }

    /**
     * A workload entry: name, id when it differs, kind or categories, and the short description.
     * One TextFlow of plain Text nodes, made once per cell (a list shows a dozen or more) with only
     * their texts changing with the item: Labels would each bring a skin and their own CSS pass
     * to the first frame.
     */
    private static final class WorkloadCell extends ListCell<WorkloadOption> {
        private final PageContext c;
        private final ValueLabels labels;
        private final Text name = text("dp-cell-name");
        private final Text id = text("dp-cell-id");
        private final Text meta = text("dp-cell-muted");
        private final Text summary = text("dp-cell-muted");
        private final TextFlow flow = new TextFlow(name, id, meta, summary);

        WorkloadCell(PageContext c) {
            this.c = c;
            this.labels = new ValueLabels(c.messages());
            flow.getStyleClass().add("dp-workload-entry");
            flow.setMinWidth(0);
            // wrap within the list's width instead of widening the cell
            listViewProperty().addListener((o, was, now) -> {
                flow.prefWidthProperty().unbind();
                if (now != null) {
                    flow.prefWidthProperty().bind(now.widthProperty().subtract(40));
                }
            });
        }

        private static Text text(String style) {
            Text t = new Text();
            t.getStyleClass().addAll("dp-cell-text", style);
            return t;
        }

        @Override
        protected void updateItem(WorkloadOption w, boolean empty) {
            super.updateItem(w, empty);
            setText(null);
            if (empty || w == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String kind = w.profile() ? c.t("ui.workload.profile") : labels.categories(w.categories());
            name.setText(w.displayName());
            id.setText(w.idDiffersFromName() ? "  " + w.id() : "");
            meta.setText("  " + kind);
            summary.setText(w.summary() == null ? "" : "\n" + w.summary());
            setGraphic(flow);
            setAccessibleText(w.displayName() + ", " + kind);
        }
    }
}
