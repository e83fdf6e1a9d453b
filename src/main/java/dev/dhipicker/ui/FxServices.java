package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The real side effects: system clipboard, native file chooser, JavaFX alerts. */
final class FxServices {
    private FxServices() {
    }

    static Services create(Supplier<Window> owner, Supplier<Messages> messages) {
        Services.ClipboardService clipboard = text -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        };
        Services.FileChooserService files = new Services.FileChooserService() {
            private File lastDockerfileFolder;

            @Override
            public Optional<Path> chooseCatalogFile() {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get().get("ui.chooser.catalog.title"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        messages.get().get("ui.chooser.catalog.filter"), "*.json"));
                File f = chooser.showOpenDialog(owner.get());
                return Optional.ofNullable(f).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseSaveTarget(String title, String defaultName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                // No extension filter: a Dockerfile has no extension, and a filter would make some
                // platforms append one.
                chooser.setInitialFileName(defaultName);
                if (lastDockerfileFolder != null && lastDockerfileFolder.isDirectory()) {
                    chooser.setInitialDirectory(lastDockerfileFolder);
                }
                File f = chooser.showSaveDialog(owner.get());
                if (f != null) {
                    lastDockerfileFolder = f.getParentFile();
                }
                return Optional.ofNullable(f).map(File::toPath);
            }
        };
        Services.DialogService dialogs = new Services.DialogService() {
            @Override
            public void error(String title, String header, String detail) {
                Alert a = new Alert(Alert.AlertType.ERROR, "", ok(messages.get()));
                a.initOwner(owner.get());
                a.setTitle(title);
                a.setHeaderText(header);
                Label text = new Label(detail);
                text.setId("error-detail");
                text.setWrapText(true);
                text.setMaxWidth(520);
                a.getDialogPane().setContent(text);
                a.getDialogPane().setId("error-dialog");
                a.showAndWait();
            }

            @Override
            public void info(String title, String text) {
                Alert a = new Alert(Alert.AlertType.INFORMATION, text, ok(messages.get()));
                a.initOwner(owner.get());
                a.setTitle(title);
                a.setHeaderText(null);
                a.getDialogPane().setId("info-dialog");
                a.showAndWait();
            }

            @Override
            public boolean confirm(String title, String text) {
                ButtonType yes = ok(messages.get());
                Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, yes,
                        new ButtonType(messages.get().get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
                a.initOwner(owner.get());
                a.setTitle(title);
                a.setHeaderText(null);
                a.getDialogPane().setId("confirm-dialog");
                return a.showAndWait().filter(b -> b == yes).isPresent();
            }
        };
        return new Services(clipboard, files, dialogs);
    }

    /** The OK button in the interface language (JavaFX's own ButtonType.OK would stay "OK"). */
    private static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("ui.button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

}
