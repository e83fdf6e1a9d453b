package dev.dhipicker.export;

/**
 * Why a Dockerfile cannot be written. The message is one readable line in the interface language;
 * {@link #reason()} lets a caller (the CLI, a GUI dialog) react to the kind of failure.
 */
public final class DockerfileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The kind of failure. */
    public enum Reason {
        /** The recommendation has no runtime image (a hard requirement cannot be met). */
        NO_RUNTIME,
        /** A value from the catalog, the recommendation or the options is not safe to write. */
        UNSAFE_VALUE,
        /** The target file exists and overwriting was not allowed. */
        FILE_EXISTS,
        /** The target exists and is not a regular file (a folder, link or device): never replaced. */
        NOT_REGULAR,
        /** The target's folder does not exist. */
        NO_FOLDER,
        /** The file system refused the write. */
        WRITE_FAILED
    }

    private final Reason reason;

    DockerfileException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    DockerfileException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** The kind of failure. */
    public Reason reason() {
        return reason;
    }
}
