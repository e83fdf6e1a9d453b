package dev.dhipicker.ui.export;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.export.DockerfileException;
import dev.dhipicker.export.DockerfileOptions;
import dev.dhipicker.export.DockerfileWriter;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.ui.Services;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
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
 * The "Export Dockerfile" window: the Dockerfile for one recommendation in a read-only monospace
 * preview, an optional entry (what the image starts or builds), Copy, Save… and Close. References
 * are written as recommended (DHI chart images come pinned by digest already). Saving asks for a
 * file (default name {@code Dockerfile}), asks before replacing an existing one, writes atomically
 * and reports a failure as one error dialog.
 */
public final class DockerfilePreview {
    /** The file name offered in the save dialog. */
    public static final String DEFAULT_FILE_NAME = "Dockerfile";
    /** The style sheet of the application, shared with the main window. */
    private static final String CSS = "/dev/dhipicker/ui/app.css";

    private final Recommendation recommendation;
    private final DockerfileWriter writer;
    private final Messages messages;
    private final Services services;
    private final Stage stage = new Stage();
    private final TextArea preview = new TextArea();
    private final Label problem = new Label();
    private final Label status = new Label();
    private final Button copy;
    private final Button save;
    private DockerfileOptions options = DockerfileOptions.defaults();
    private String text;

    /**
     * Builds the window for a recommendation that has a runtime image.
     *
     * @param owner          the window it belongs to (it is modal to it)
     * @param recommendation the recommendation to write
     * @param catalog        the catalog it was computed from
     * @param messages       interface strings (also the Dockerfile's comments)
     * @param services       clipboard, file chooser, dialogs
     */
    public DockerfilePreview(Window owner, Recommendation recommendation, Catalog catalog, Messages messages,
                             Services services) {
        this.recommendation = Objects.requireNonNull(recommendation, "recommendation");
        this.writer = new DockerfileWriter(messages, catalog);
        this.messages = messages;
        this.services = services;

        String workload = recommendation.application() ? recommendation.runtime().repository()
                : recommendation.profile().displayName(messages.textLanguage());
        Label title = new Label(messages.get("ui.dockerfile.title", workload));
        title.getStyleClass().add("dp-page-title");
        title.setWrapText(true);
        Label hint = new Label(messages.get(recommendation.application() ? "ui.dockerfile.hintApplication"
                : "ui.dockerfile.hint", recommendation.runtime().reference()));
        hint.getStyleClass().add("dp-page-hint");
        hint.setWrapText(true);
        VBox top = new VBox(title, hint);
        top.getStyleClass().add("dp-dockerfile-head");
        HBox optionsRow = optionsRow();
        if (optionsRow != null) {
            top.getChildren().add(optionsRow);
        }

        preview.setId("dockerfile-preview");
        preview.setEditable(false);
        preview.setWrapText(false);
        preview.getStyleClass().addAll("dp-mono", "dp-dockerfile");
        preview.setAccessibleText(messages.get("ui.dockerfile.preview"));
        VBox.setVgrow(preview, Priority.ALWAYS);

        problem.setId("dockerfile-problem");
        problem.getStyleClass().add("dp-error");
        problem.setWrapText(true);
        problem.setVisible(false);
        problem.setManaged(false);
        status.setId("dockerfile-status");
        status.getStyleClass().add("dp-hint");

        copy = button("dockerfile-copy", "ui.dockerfile.copy");
        copy.setOnAction(e -> copy());
        save = button("dockerfile-save", "ui.dockerfile.save");
        save.setOnAction(e -> save());
        Button close = button("dockerfile-close", "ui.dockerfile.close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        ButtonBar.setButtonData(copy, ButtonBar.ButtonData.LEFT);
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OTHER);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(copy, save, close);
        buttons.setId("dockerfile-buttons");

        VBox root = new VBox(top, preview, problem, status, buttons);
        root.getStyleClass().addAll("dp-root", "dp-dockerfile-window", "dp-lang-" + messages.textLanguage());
        root.setId("dockerfile-window");

        Scene scene = new Scene(root, 860, 640);
        scene.getStylesheets().add(Objects.requireNonNull(DockerfilePreview.class.getResource(CSS)).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("ui.dockerfile.windowTitle", workload));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setMinWidth(600);
        stage.setMinHeight(420);
        refresh();
    }

    /** The entry option, or null when the template takes none (PHP, application images). */
    private HBox optionsRow() {
        HBox row = new HBox();
        row.getStyleClass().add("dp-row");
        String profile = recommendation.application() ? null : recommendation.profile().id();
        if (profile != null && !"php".equals(profile)) {
            Label label = new Label(messages.get("ui.dockerfile.entry"));
            TextField entry = new TextField();
            entry.setId("dockerfile-entry");
            entry.getStyleClass().add("dp-mono");
            entry.setPromptText(messages.get("ui.dockerfile.entry.prompt"));
            entry.setPrefColumnCount(22);
            entry.setTooltip(new Tooltip(messages.get("ui.dockerfile.entry.hint")));
            entry.setAccessibleHelp(messages.get("ui.dockerfile.entry.hint"));
            label.setLabelFor(entry);
            label.setMnemonicParsing(true);
            entry.textProperty().addListener((o, was, now) -> {
                options = options.withEntry(now);
                refresh();
            });
            row.getChildren().addAll(label, entry);
        }
        return row.getChildren().isEmpty() ? null : row;
    }

    private Button button(String id, String key) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        return b;
    }

    /** Renders again with the current options; an option the writer refuses is shown, not thrown. */
    private void refresh() {
        try {
            text = writer.render(recommendation, options);
            preview.setText(text);
            problem.setText("");
        } catch (DockerfileException | RuntimeException e) {
            text = null;
            problem.setText(messages.get("ui.dockerfile.problem", describe(e)));
        }
        boolean ok = text != null;
        problem.setVisible(!ok);
        problem.setManaged(!ok);
        preview.setDisable(!ok);
        copy.setDisable(!ok);
        save.setDisable(!ok);
        status.setText("");
    }

    private void copy() {
        if (text == null) {
            return;
        }
        services.clipboard().copy(text);
        status.setText(messages.get("ui.dockerfile.copied"));
    }

    private void save() {
        if (text == null) {
            return;
        }
        Optional<Path> chosen = services.files().chooseSaveTarget(messages.get("ui.dockerfile.chooser.title"),
                DEFAULT_FILE_NAME);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        try {
            // the save dialog has already asked before replacing an existing file: ask once
            writer.save(recommendation, options, target, true);
            status.setText(messages.get("ui.dockerfile.saved", target.toString()));
        } catch (DockerfileException | RuntimeException e) {
            services.dialogs().error(messages.get("ui.dockerfile.error.title"),
                    messages.get("ui.dockerfile.error.header", target.toString()), describe(e));
        }
        // back to this window, not the main one, once the dialogs are gone
        stage.requestFocus();
        preview.requestFocus();
    }

    /** One readable line for a failure: the writer's message, never a stack trace. */
    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** Shows the window (it stays until Close or Esc). */
    public void show() {
        stage.show();
        preview.requestFocus();
    }

    /** The window, for tests and screenshots. */
    public Stage stage() {
        return stage;
    }
}
