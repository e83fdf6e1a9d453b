package dev.dhipicker.ui.pages;

import dev.dhipicker.export.ValueLabels;
import dev.dhipicker.recommend.Recommender.VersionLine;
import dev.dhipicker.ui.model.WizardModel;
import dev.dhipicker.ui.model.WorkloadOption;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
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
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;

import java.util.ArrayList;
import java.util.List;

/** Page 1: a searchable list of workloads and the version chooser. */
public final class WorkloadPage implements Page {
    private final VBox root;
    private final TextField search;

    public WorkloadPage(PageContext c) {
        WizardModel m = c.model();
        search = TextFields.createClearableTextField();
        search.setId("workload-search");
        search.setPromptText(c.t("ui.workload.search.prompt"));
        search.setAccessibleText(c.t("ui.workload.search"));

        FilteredList<WorkloadOption> filtered = new FilteredList<>(m.workloads());
        ValueLabels labels = new ValueLabels(c.messages());
        // categories are also found by the words shown for them (监控 finds monitoring-and-observability)
        search.textProperty().addListener((o, was, now) -> filtered.setPredicate(w -> w.matches(now)
                || (!now.isBlank() && labels.categories(w.categories()).contains(now.strip()))));
        ListView<WorkloadOption> list = new ListView<>(filtered);
        list.setId("workload-list");
        list.setAccessibleText(c.t("ui.workload.title"));
        list.setCellFactory(v -> new WorkloadCell(c));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                m.selectWorkload(now.id());
            }
        });
        Runnable showSelected = () -> {
            String id = m.workloadProperty().get();
            for (WorkloadOption w : filtered) {
                if (w.id().equals(id)) {
                    list.getSelectionModel().select(w);
                    return;
                }
            }
            list.getSelectionModel().clearSelection();
        };
        m.workloadProperty().addListener((o, was, now) -> showSelected.run());
        showSelected.run();
        // Keyboard: Down moves from the search field into the list; Enter takes the highlighted
        // workload and goes on (the list would otherwise keep Enter from the default button).
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !filtered.isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().isEmpty() && !filtered.isEmpty()) {
                list.getSelectionModel().selectFirst(); // then the window's Enter handling goes on
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
        m.versions().addListener((ListChangeListener<VersionLine>) ch -> fillVersions.run());
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
        Label none = Pages.label(c.t("ui.workload.none"), "dp-hint");
        none.setId("workload-none");
        none.visibleProperty().bind(m.workloadProperty().isNull());
        none.managedProperty().bind(none.visibleProperty());
        root = Pages.page("page-workload", c.t("ui.workload.title"), c.t("ui.workload.hint"), search, list, none, versionRow);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return search;
    }

    /** A workload entry: name, kind or categories, and the short description. */
    private static final class WorkloadCell extends ListCell<WorkloadOption> {
        private final PageContext c;

        WorkloadCell(PageContext c) {
            this.c = c;
        }

        @Override
        protected void updateItem(WorkloadOption w, boolean empty) {
            super.updateItem(w, empty);
            if (empty || w == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            Label name = new Label(w.displayName());
            name.getStyleClass().add("dp-workload-name");
            Label id = new Label(w.id());
            id.getStyleClass().add("dp-mono");
            String kind = w.profile() ? c.t("ui.workload.profile") : new ValueLabels(c.messages()).categories(w.categories());
            Label meta = new Label(kind);
            meta.getStyleClass().add("dp-hint");
            HBox top = new HBox(name, id, meta);
            top.getStyleClass().add("dp-row");
            VBox box = new VBox(top);
            if (w.description() != null) {
                Label d = new Label(w.description());
                d.getStyleClass().add("dp-hint");
                d.setWrapText(true);
                // wrap within the list's width instead of widening the cell
                d.setPrefWidth(0);
                d.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                if (getListView() != null) {
                    d.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
                    d.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
                }
                box.getChildren().add(d);
            }
            setText(null);
            setGraphic(box);
            setAccessibleText(w.displayName() + ", " + kind);
        }
    }
}
