package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
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

    /** Asks for a catalog archive ("Update catalog…", an archive file). */
    static Optional<Path> chooseArchive(Window owner, Messages messages) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("ui.update.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("ui.update.chooser.filter"),
                "*.tar.gz", "*.tgz", "*.zip"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** The width dialog texts wrap at, well inside the smallest window. */
    static final double DIALOG_TEXT_WIDTH = 520;

    /**
     * @param main     the main window
     * @param messages the interface strings in use
     */
    static Services create(Supplier<Window> main, Supplier<Messages> messages) {
        // Dialogs belong to the window the user works in (the Dockerfile preview, say), so the
        // focus returns there when they close.
        Supplier<Window> owner = () -> Window.getWindows().stream()
                .filter(w -> w.isFocused() && w instanceof javafx.stage.Stage)
                .findFirst().orElseGet(main);
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
            public Optional<Path> chooseDockerfile() {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get().get("ui.chooser.dockerfile.title"));
                // no extension filter: a Dockerfile usually has no extension
                if (lastDockerfileFolder != null && lastDockerfileFolder.isDirectory()) {
                    chooser.setInitialDirectory(lastDockerfileFolder);
                }
                File f = chooser.showOpenDialog(owner.get());
                if (f != null) {
                    lastDockerfileFolder = f.getParentFile();
                }
                return Optional.ofNullable(f).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseProjectFolder() {
                javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
                chooser.setTitle(messages.get().get("ui.project.chooser.title"));
                File f = chooser.showDialog(owner.get());
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
                // a wrapping label still asks for its whole text's width: fix the width it wraps at
                text.setPrefWidth(DIALOG_TEXT_WIDTH);
                text.setMaxWidth(DIALOG_TEXT_WIDTH);
                text.setMinHeight(Region.USE_PREF_SIZE);
                a.getDialogPane().setContent(text);
                a.getDialogPane().setPrefWidth(DIALOG_TEXT_WIDTH + 80);
                a.getDialogPane().setMaxWidth(DIALOG_TEXT_WIDTH + 80);
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
