package dev.dhipicker.catalog.ref;

/**
 * Thrown when a string is not a valid image reference, tag or {@code FROM} line.
 * The message names the offending part and why it is rejected.
 */
public final class InvalidReferenceException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidReferenceException(String message) {
        super(message);
    }
}
