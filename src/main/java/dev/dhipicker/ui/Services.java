package dev.dhipicker.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The side effects the window needs, behind small interfaces so that they can be replaced in
 * tests: the clipboard, file choosers and confirmation/error dialogs.
 *
 * @param clipboard copies text
 * @param files     asks the user for files
 * @param dialogs   shows errors and asks for confirmation
 */
public record Services(ClipboardService clipboard, FileChooserService files, DialogService dialogs) {

    /** Copies text to the system clipboard. */
    public interface ClipboardService {
        void copy(String text);
    }

    /** Asks the user for files to open or to write. */
    public interface FileChooserService {
        Optional<Path> chooseCatalogFile();

        /**
         * Asks for a Dockerfile to start from ("Start from a Dockerfile…").
         *
         * @return the chosen file, empty when the user cancelled
         */
        Optional<Path> chooseDockerfile();

        /** A project folder to discover ("Open project…"); empty when the user cancels. */
        default Optional<Path> chooseProjectFolder() {
            return Optional.empty();
        }

        /**
         * Asks where to save a file (a Dockerfile, a PDF sheet). The chooser itself asks before
         * an existing file is replaced (the system dialogs do), so a chosen file may be written
         * over without asking again.
         *
         * @param title       the dialog's title, in the interface language
         * @param defaultName the file name offered first ({@code Dockerfile}, {@code dhi-comparison-sheet.pdf})
         * @return the chosen file, empty when the user cancelled
         */
        Optional<Path> chooseSaveTarget(String title, String defaultName);
    }

    /** Errors and confirmations. */
    public interface DialogService {
        void error(String title, String header, String detail);

        boolean confirm(String title, String text);

        /** A short notice (a file was saved, a job was sent). */
        void info(String title, String text);
    }
}
