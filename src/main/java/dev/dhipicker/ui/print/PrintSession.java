package dev.dhipicker.ui.print;

import dev.dhipicker.export.SheetPage;
import dev.dhipicker.export.TextMeasure;

/**
 * One print job on one printer: the side effects of printing behind a small interface, so the
 * decisions of {@link SheetPrinter} can be tested without a printer or the JavaFX toolkit.
 */
public interface PrintSession {

    /** Name of the printer the job goes to. */
    String printerName();

    /**
     * Shows the system print dialog (printer, paper, copies): one dialog, no separate page setup.
     *
     * @return false when the user cancelled
     */
    boolean showDialogs();

    /** Width of the paper the job prints on, in points (portrait). */
    double paperWidth();

    /** Height of the paper the job prints on, in points (portrait). */
    double paperHeight();

    /** Measures text in the font the pages will be drawn with. */
    TextMeasure measure();

    /**
     * Prints one laid-out page.
     *
     * @return false when the print system refused the page
     */
    boolean printPage(SheetPage page);

    /**
     * Finishes the job and hands it to the print system.
     *
     * @return false when the job could not be completed
     */
    boolean end();

    /** Cancels the job; nothing more is printed. */
    void cancel();

    /** The job's status, for error messages ({@code ERROR}, {@code CANCELED}, ...). */
    String status();
}
