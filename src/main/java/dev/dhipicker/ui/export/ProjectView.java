package dev.dhipicker.ui.export;

import dev.dhipicker.discover.DiscoveryReport;
import dev.dhipicker.catalog.CatalogInfo;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.ui.Services;
import dev.dhipicker.ui.model.ProjectTable;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The "Project" window: every image reference discover found in a folder, in a table (file, line,
 * place, current, DHI counterpart, status) with a filter, "Open in Migration view" for a selected
 * Dockerfile (Enter on its row does the same), "Save Markdown report…" and "Save PDF report…" (the
 * same reports as {@code discover --format markdown} and {@code discover --pdf}, written atomically);
 * under the table, the answers section ({@link ProjectAnswersPane}) when discover inferred answers.
 */
public final class ProjectView {
    private static final String CSS = "/dev/dhipicker/ui/app.css";

    private final DiscoveryReport report;
    private final Messages messages;
    private final Services services;
    private final List<ProjectTable.Row> rows;
    private final Stage stage = new Stage();
    private final TableView<ProjectTable.Row> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label status = new Label();

    /**
     * @param owner    the window it belongs to
     * @param folder   the project folder
     * @param report   what discover found there
     * @param catalog  the catalog the answers come from (named in the PDF report)
     * @param date     the engine's today (the PDF report's date)
     * @param messages interface strings
     * @param services file chooser and dialogs
     * @param openDockerfile opens a Dockerfile of the project (its path) in the Migration view
     * @param answers  the answers section under the table, or null when discover inferred none
     */
    public ProjectView(Window owner, Path folder, DiscoveryReport report, CatalogInfo catalog, LocalDate date,
                       Messages messages, Services services, java.util.function.Consumer<Path> openDockerfile,
                       javafx.scene.Node answers) {
        this.report = Objects.requireNonNull(report, "report");
        this.messages = messages;
        this.services = services;
        this.rows = ProjectTable.rows(report, messages);
        String name = String.valueOf(folder.getFileName());
        ProjectReports.Context context = new ProjectReports.Context(name, catalog, date);
        Label title = new Label(messages.get("ui.project.title", name));
        title.getStyleClass().add("dp-page-title");
        Label summary = new Label(messages.get("ui.project.summary", rows.size(), report.changes().size()));
        summary.setId("project-summary");
        summary.getStyleClass().add("dp-page-hint");
        summary.setWrapText(true);

        filter.setId("project-filter");
        filter.setPromptText(messages.get("ui.project.filter"));
        filter.setAccessibleText(messages.get("ui.project.filter"));
        filter.textProperty().addListener((o, was, now) -> table.getItems().setAll(ProjectTable.filter(rows, now)));

        table.setId("project-table");
        table.getColumns().add(column("ui.project.column.file", ProjectTable.Row::file, 220));
        table.getColumns().add(column("ui.project.column.line", r -> String.valueOf(r.line()), 50));
        table.getColumns().add(column("ui.project.column.place", ProjectTable.Row::place, 150));
        table.getColumns().add(column("ui.project.column.current", ProjectTable.Row::current, 220));
        table.getColumns().add(column("ui.project.column.counterpart", ProjectTable.Row::counterpart, 220));
        table.getColumns().add(column("ui.project.column.status", ProjectTable.Row::status, 140));
        table.setItems(FXCollections.observableArrayList(rows));
        // the columns share the window's width (their widths above are proportions)
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(messages.get("ui.project.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);

        status.setId("project-status");
        status.getStyleClass().add("dp-hint");
        Button migrate = button("project-open-migration", "ui.project.openMigration");
        migrate.setDisable(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                migrate.setDisable(now == null || !now.dockerfile()));
        migrate.setOnAction(e -> {
            ProjectTable.Row row = table.getSelectionModel().getSelectedItem();
            if (row != null && row.dockerfile()) {
                openDockerfile.accept(folder.resolve(row.file()));
            }
        });
        // Enter on a Dockerfile's row opens it, as the button does
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !migrate.isDisabled()) {
                migrate.fire();
                e.consume();
            }
        });
        ProjectReports reports = new ProjectReports(report, context, messages, services, status::setText);
        Button save = button("project-save-markdown", "ui.project.saveMarkdown");
        save.setOnAction(e -> reports.saveMarkdown());
        Button savePdf = button("project-save-pdf", "ui.project.savePdf");
        savePdf.setOnAction(e -> reports.savePdf());
        Button close = button("project-close", "ui.project.close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        ButtonBar.setButtonData(migrate, ButtonBar.ButtonData.LEFT);
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.LEFT);
        ButtonBar.setButtonData(savePdf, ButtonBar.ButtonData.LEFT);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(migrate, save, savePdf, close);

        VBox root = new VBox(new VBox(title, summary), filter, table);
        if (answers != null) {
            root.getChildren().add(answers);
        }
        root.getChildren().addAll(status, buttons);
        root.getStyleClass().addAll("dp-root", "dp-dockerfile-window", "dp-lang-" + messages.textLanguage());
        root.setId("project-window");
        Scene scene = new Scene(root, 1000, 700);
        scene.getStylesheets().add(Objects.requireNonNull(ProjectView.class.getResource(CSS)).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("ui.project.title", name));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setMinWidth(700);
        stage.setMinHeight(480);
    }

    private TableColumn<ProjectTable.Row, String> column(String key, Function<ProjectTable.Row, String> value,
                                                        double width) {
        TableColumn<ProjectTable.Row, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        // a cell cut short by its column shows its whole text on hover
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        return c;
    }

    private Button button(String id, String key) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        return b;
    }

    /** Shows the window (it stays until Close or Esc). */
    public void show() {
        stage.show();
        filter.requestFocus();
    }

    /** The window, for tests and screenshots. */
    public Stage stage() {
        return stage;
    }
}
