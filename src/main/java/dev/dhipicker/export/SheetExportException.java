package dev.dhipicker.export;

/** The sheet could not be rendered; the message is translated and fit to show to the user. */
public final class SheetExportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message translated, one line */
    public SheetExportException(String message) {
        super(message);
    }

    /** @param message translated, one line; @param cause the underlying failure */
    public SheetExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
