package dev.dhipicker.ui;

import dev.dhipicker.catalog.CatalogInfo;
import dev.dhipicker.catalog.update.CatalogUpdater;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.ui.model.CatalogUpdateSession;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Update catalog…": the source (GitHub, an archive at an address, an archive file or a local
 * clone), a progress bar with what is being done, Cancel, and the result (repositories and tags
 * added, removed and changed) or the one-line reason it failed.
 */
final class UpdateCatalogDialog {
    private final Stage stage = new Stage();
    private final CatalogUpdateSession session;
    private final Messages messages;
    private final Runnable onSuccess;
    private final ToggleGroup sources = new ToggleGroup();
    private final RadioButton upstream;
    private final RadioButton address;
    private final RadioButton local;
    private final TextField addressField = new TextField();
    private final TextField pathField = new TextField();
    private final Label result = new Label();

    /**
     * @param owner     the main window
     * @param current   the catalog in use
     * @param origin    how the footer names its origin
     * @param session   runs the update
     * @param chooser   asks for an archive file
     * @param onSuccess switches the wizard to the new catalog
     */
    UpdateCatalogDialog(Window owner, Messages messages, CatalogInfo current, String origin, CatalogUpdateSession session,
                        Function<Window, Optional<Path>> chooser, Runnable onSuccess) {
        this.session = session;
        this.messages = messages;
        this.onSuccess = onSuccess;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("ui.update.title"));

        Label now = new Label(messages.get("ui.update.current", String.valueOf(current.snapshotDate()), origin));
        now.setId("update-current");
        now.setWrapText(true);
        Label from = new Label(messages.get("ui.update.source"));
        from.getStyleClass().add("dp-update-heading");
        upstream = radio("update-source-upstream", "ui.update.sourceUpstream");
        address = radio("update-source-address", "ui.update.sourceAddress");
        local = radio("update-source-local", "ui.update.sourceLocal");
        upstream.setSelected(true);
        addressField.setId("update-address");
        addressField.setPromptText(messages.get("ui.update.addressPrompt"));
        addressField.disableProperty().bind(address.selectedProperty().not());
        pathField.setId("update-path");
        pathField.setPromptText(messages.get("ui.update.pathPrompt"));
        pathField.disableProperty().bind(local.selectedProperty().not());
        Button browse = new Button(messages.get("ui.update.browse"));
        browse.setId("update-browse");
        browse.setMnemonicParsing(true);
        browse.disableProperty().bind(local.selectedProperty().not());
        browse.setOnAction(e -> chooser.apply(stage).ifPresent(p -> pathField.setText(p.toString())));
        HBox pathRow = new HBox(8, pathField, browse);
        HBox.setHgrow(pathField, Priority.ALWAYS);

        ProgressBar bar = new ProgressBar(0);
        bar.setId("update-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(session.progressProperty());
        bar.visibleProperty().bind(session.runningProperty().or(session.succeededProperty()));
        Label status = new Label();
        status.setId("update-status");
        status.setWrapText(true);
        status.textProperty().bind(session.statusProperty());
        result.setId("update-result");
        result.setWrapText(true);
        result.textProperty().bind(session.resultProperty());
        result.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the window grows with the result, which may take several lines
        session.resultProperty().addListener((o, before, after) -> javafx.application.Platform.runLater(stage::sizeToScene));

        Button start = new Button(messages.get("ui.update.start"));
        start.setId("update-start");
        start.setMnemonicParsing(true);
        start.setDefaultButton(true);
        ButtonBar.setButtonData(start, ButtonBar.ButtonData.OK_DONE);
        start.disableProperty().bind(session.runningProperty());
        start.setOnAction(e -> start());
        Button cancel = new Button();
        cancel.setId("update-cancel");
        cancel.setCancelButton(true);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        cancel.textProperty().bind(javafx.beans.binding.Bindings.when(session.runningProperty())
                .then(messages.get("ui.update.cancel")).otherwise(messages.get("ui.update.close")));
        cancel.setOnAction(e -> cancelOrClose());
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(start, cancel);

        VBox box = new VBox(10, now, from, upstream, address, addressField, local, pathRow, bar, status, result, buttons);
        box.setPadding(new Insets(16));
        box.getStyleClass().add("dp-update-dialog");
        box.setPrefWidth(FxServices.DIALOG_TEXT_WIDTH + 40);
        box.getStyleClass().add("dp-lang-" + messages.textLanguage());
        Scene scene = new Scene(box);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (session.runningProperty().get()) {
                session.cancel();
                e.consume();
            }
        });
    }

    private RadioButton radio(String id, String key) {
        RadioButton r = new RadioButton(messages.get(key));
        r.setId(id);
        r.setMnemonicParsing(true);
        r.setToggleGroup(sources);
        r.setWrapText(true);
        return r;
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private void start() {
        String from = null;
        if (address.isSelected()) {
            from = addressField.getText().strip();
            if (from.isEmpty()) {
                session.showProblem(messages.get("ui.update.needAddress"));
                return;
            }
        } else if (local.isSelected()) {
            from = pathField.getText().strip();
            if (from.isEmpty()) {
                session.showProblem(messages.get("ui.update.needPath"));
                return;
            }
        }
        session.start(new CatalogUpdater.Request(from, null, null), messages, onSuccess);
    }

    private void cancelOrClose() {
        if (session.runningProperty().get()) {
            session.cancel();
        } else {
            stage.close();
        }
    }
}
