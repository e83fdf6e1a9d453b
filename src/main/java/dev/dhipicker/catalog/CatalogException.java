package dev.dhipicker.catalog;

/**
 * A catalog file (or importer input) that cannot be used. The message reads
 * {@code <file>: <location>: <reason>}, where the location is a JSON pointer or a line number.
 */
public final class CatalogException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String location;
    private final String reason;

    public CatalogException(String file, String location, String reason) {
        super(file + (location == null || location.isEmpty() ? "" : ": " + location) + ": " + reason);
        this.file = file;
        this.location = location;
        this.reason = reason;
    }

    /** The file that was rejected. */
    public String file() {
        return file;
    }

    /** JSON pointer or "line N", or null. */
    public String location() {
        return location;
    }

    /** What is wrong. */
    public String reason() {
        return reason;
    }
}
