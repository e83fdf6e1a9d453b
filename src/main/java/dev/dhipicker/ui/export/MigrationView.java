package dev.dhipicker.ui.export;

import dev.dhipicker.export.DockerfileException;
import dev.dhipicker.export.DockerfileFiles;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.Finding;
import dev.dhipicker.migrate.MigrationResult;
import dev.dhipicker.ui.Services;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The "Migration" window: the original and the migrated Dockerfile side by side (read-only), with
 * the changes as a marked diff in a second tab; the stages with what each became and why; the
 * findings (selecting one selects its line in the original), Copy, "Save migrated Dockerfile…"
 * and Close. Saving follows the Dockerfile export: the save dialog asks before an existing file
 * is replaced, the write is atomic, and a failure is one error dialog.
 */
public final class MigrationView {
    private static final String CSS = "/dev/dhipicker/ui/app.css";

    private final MigrationResult result;
    private final Messages messages;
    private final Services services;
    private final Stage stage = new Stage();
    private final TextArea original;
    private final TextArea migrated;
    private final ListView<Finding> findings = new ListView<>();
    private final Label status = new Label();

    /**
     * @param owner    the window it belongs to (it is modal to it)
     * @param file     the Dockerfile that was migrated
     * @param result   the migration
     * @param messages interface strings
     * @param services clipboard, file chooser, dialogs
     */
    public MigrationView(Window owner, Path file, MigrationResult result, Messages messages, Services services) {
        this.result = Objects.requireNonNull(result, "result");
        this.messages = messages;
        this.services = services;
        original = area("migration-original");
        migrated = area("migration-migrated");
        String name = String.valueOf(file.getFileName());
        Label title = new Label(messages.get("ui.migration.title", name));
        title.getStyleClass().add("dp-page-title");
        title.setWrapText(true);
        Label hint = new Label(messages.get(result.changed() ? "ui.migration.hint" : "ui.migration.unchanged"));
        hint.getStyleClass().add("dp-page-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        original.setText(result.input());
        migrated.setText(result.dockerfile());
        SplitPane sides = new SplitPane(column("ui.migration.original", original), column("ui.migration.migrated", migrated));
        sides.setId("migration-sides");
        // the side-by-side view and, beside it, the changes as a marked diff
        Tab sideTab = new Tab(messages.get("ui.migration.sideBySide"), sides);
        sideTab.setId("migration-tab-sides");
        Tab diffTab = new Tab(messages.get("ui.migration.diff"), MigrationParts.diff(name, result, messages));
        diffTab.setId("migration-tab-diff");
        TabPane views = new TabPane(sideTab, diffTab);
        views.setId("migration-views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(views, Priority.ALWAYS);

        ListView<dev.dhipicker.migrate.StageResult> stages = MigrationParts.stages(result, messages);
        stages.setPrefHeight(110);
        Label stagesTitle = new Label(messages.get("ui.migration.stages", result.stages().size()));
        stagesTitle.getStyleClass().add("dp-section-title");
        stagesTitle.setLabelFor(stages);

        findings.setId("migration-findings");
        findings.getItems().setAll(result.findings());
        findings.setPrefHeight(120);
        findings.setPlaceholder(new Label(messages.get("ui.migration.noFindings")));
        findings.setAccessibleText(messages.get("ui.migration.findings", result.findings().size()));
        findings.setCellFactory(v -> new FindingCell());
        findings.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                showLine(now.line());
            }
        });
        Label findingsTitle = new Label(messages.get("ui.migration.findings", result.findings().size()));
        findingsTitle.getStyleClass().add("dp-section-title");
        findingsTitle.setLabelFor(findings);

        status.setId("migration-status");
        status.getStyleClass().add("dp-hint");
        Button copy = button("migration-copy", "ui.migration.copy");
        copy.setOnAction(e -> {
            services.clipboard().copy(result.dockerfile());
            status.setText(messages.get("ui.migration.copied"));
        });
        Button save = button("migration-save", "ui.migration.save");
        save.setOnAction(e -> save());
        Button close = button("migration-close", "ui.dockerfile.close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        ButtonBar.setButtonData(copy, ButtonBar.ButtonData.LEFT);
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OTHER);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(copy, save, close);

        HBox lists = new HBox(new VBox(stagesTitle, stages), new VBox(findingsTitle, findings));
        lists.getStyleClass().add("dp-row");
        lists.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        VBox.setVgrow(stages, Priority.ALWAYS);
        VBox.setVgrow(findings, Priority.ALWAYS);
        VBox root = new VBox(new VBox(title, hint), views, lists, status, buttons);
        root.getStyleClass().addAll("dp-root", "dp-dockerfile-window", "dp-lang-" + messages.textLanguage());
        root.setId("migration-window");
        Scene scene = new Scene(root, 1000, 700);
        scene.getStylesheets().add(Objects.requireNonNull(MigrationView.class.getResource(CSS)).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("ui.migration.title", name));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setMinWidth(700);
        stage.setMinHeight(480);
    }

    private static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setEditable(false);
        a.setWrapText(false);
        a.getStyleClass().addAll("dp-mono", "dp-dockerfile");
        VBox.setVgrow(a, Priority.ALWAYS);
        return a;
    }

    private VBox column(String key, TextArea area) {
        area.setAccessibleText(messages.get(key));
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("dp-section-title");
        l.setLabelFor(area);
        return new VBox(l, area);
    }

    private Button button(String id, String key) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        return b;
    }

    /** Selects a 1-based input line in the original and scrolls it into view. */
    private void showLine(int line) {
        String text = result.input();
        int start = 0;
        for (int i = 1; i < line && start >= 0; i++) {
            int nl = text.indexOf('\n', start);
            start = nl < 0 ? -1 : nl + 1;
        }
        if (start < 0 || start > text.length()) {
            return;
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        original.selectRange(start, end);
        // the caret is at the line now: put the line near the top of the visible part
        javafx.scene.text.Text probe = new javafx.scene.text.Text("X");
        probe.setFont(original.getFont());
        double lineHeight = probe.getLayoutBounds().getHeight();
        original.setScrollTop(Math.max(0, (line - 3) * lineHeight));
    }

    private void save() {
        Optional<Path> chosen = services.files().chooseSaveTarget(messages.get("ui.migration.chooser.title"),
                DockerfilePreview.DEFAULT_FILE_NAME);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        try {
            // the save dialog has already asked before replacing an existing file: ask once
            new DockerfileFiles(messages).write(result.dockerfile(), target, true);
            status.setText(messages.get("ui.dockerfile.saved", target.toString()));
        } catch (DockerfileException e) {
            services.dialogs().error(messages.get("ui.migration.error.title"),
                    messages.get("ui.dockerfile.error.header", target.toString()), e.getMessage());
        }
        stage.requestFocus();
        migrated.requestFocus();
    }

    /** Shows the window (it stays until Close or Esc). */
    public void show() {
        stage.show();
        migrated.requestFocus();
    }

    /** The window, for tests and screenshots. */
    public Stage stage() {
        return stage;
    }

    /** One finding: its line, severity and message. */
    private final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setText(null);
                getStyleClass().removeAll("dp-error", "dp-warning");
                return;
            }
            String severity = messages.get(switch (f.severity()) {
                case ERROR -> "ui.migration.severity.error";
                case WARNING -> "ui.migration.severity.warning";
                case INFO -> "ui.migration.severity.info";
            });
            setText(messages.get("ui.migration.finding", f.line(), severity, messages.get(f.key(), f.args().toArray())));
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
