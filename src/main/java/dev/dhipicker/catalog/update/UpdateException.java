package dev.dhipicker.catalog.update;

import java.util.List;

/**
 * An update that cannot go on. It carries a message key of the interface bundle and its
 * parameters, so that the command line and the wizard say it in their language, in one line;
 * {@link #getMessage()} is the key and parameters, for logs and tests.
 */
public final class UpdateException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<String> args;

    /**
     * @param key  a key of the interface bundle ({@code update.error.*})
     * @param args its parameters, already formatted
     */
    public UpdateException(String key, String... args) {
        super(key + " " + List.of(args));
        this.key = key;
        this.args = List.of(args);
    }

    /** The message key. */
    public String key() {
        return key;
    }

    /** The message's parameters. */
    public List<String> args() {
        return args;
    }
}
