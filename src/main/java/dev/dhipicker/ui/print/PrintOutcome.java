package dev.dhipicker.ui.print;

/**
 * How a print request ended, as a value for the GUI to show: never a silently dropped job.
 * Every outcome carries a translated message fit for a dialog or status line.
 */
public sealed interface PrintOutcome {

    /** Translated, one line. */
    String message();

    /**
     * The job was handed to the print system.
     *
     * @param printer printer name
     * @param pages   pages printed
     * @param message e.g. "Sent 2 page(s) to PDF."
     */
    record Printed(String printer, int pages, String message) implements PrintOutcome {
    }

    /**
     * The user cancelled a dialog; nothing was printed.
     *
     * @param message translated notice
     */
    record Cancelled(String message) implements PrintOutcome {
    }

    /**
     * No printer is installed: the GUI offers "Save as PDF…" instead.
     *
     * @param message    the question to ask ("No printer is installed ... Save it as PDF instead?")
     * @param saveAction label of the button that saves the PDF
     */
    record NoPrinter(String message, String saveAction) implements PrintOutcome {
    }

    /**
     * The job failed; the reason says where.
     *
     * @param message translated, with the reason
     */
    record Failed(String message) implements PrintOutcome {
    }
}
