package dev.dhipicker.ui.print;

import javafx.stage.Window;

import java.util.Optional;

/** Opens print jobs; the real one is {@link FxPrintBackend} (JavaFX {@code PrinterJob}). */
@FunctionalInterface
public interface PrintBackend {

    /**
     * Creates a job on the default printer.
     *
     * @param owner window the print dialogs belong to, or null
     * @return empty when no printer is installed
     */
    Optional<PrintSession> open(Window owner);
}
