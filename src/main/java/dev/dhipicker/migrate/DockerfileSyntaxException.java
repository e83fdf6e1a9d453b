package dev.dhipicker.migrate;

import java.util.List;

/**
 * A Dockerfile that cannot be read or parsed, with the input line it concerns and a message key
 * ({@code migrate.error.*} in the message bundles) so that the error can be shown in any language.
 */
public final class DockerfileSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final String key;
    private final transient List<Object> args;

    /**
     * @param line    1-based input line the error concerns
     * @param key     message key; its first parameter is the line, the others are {@code args}
     * @param args    further message parameters
     */
    public DockerfileSyntaxException(int line, String key, Object... args) {
        super("line " + line + ": " + key + " " + java.util.Arrays.toString(args));
        this.line = line;
        this.key = key;
        this.args = List.of(args);
    }

    /** The 1-based input line. */
    public int line() {
        return line;
    }

    /** The message key. */
    public String key() {
        return key;
    }

    /** The message parameters: the line first, then the others. */
    public Object[] messageArgs() {
        Object[] out = new Object[args.size() + 1];
        out[0] = String.valueOf(line);
        for (int i = 0; i < args.size(); i++) {
            out[i + 1] = args.get(i);
        }
        return out;
    }
}
