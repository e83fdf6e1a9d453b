package dev.dhipicker.cli;

/** A failure to report to the user as one line, with the exit code to use. */
final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    UserException(String message) {
        this(message, Cli.FAILURE);
    }

    int exitCode() {
        return exitCode;
    }
}
