package dev.dhipicker.recommend;

import java.util.List;

/**
 * An answer the engine cannot use (unknown workload, version that does not exist). Besides an
 * English message it carries a message key and arguments, so that the CLI and the GUI can say
 * it in the user's language.
 */
public final class InvalidAnswerException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String answer;
    private final String key;
    private final List<String> args;

    /**
     * @param answer  the answer's name ({@code workload}, {@code version})
     * @param key     interface message key ({@code answer.error.version})
     * @param message what is wrong and what is allowed, in English
     * @param args    arguments of the message key
     */
    public InvalidAnswerException(String answer, String key, String message, String... args) {
        super(message);
        this.answer = answer;
        this.key = key;
        this.args = List.of(args);
    }

    /** The answer's name. */
    public String answer() {
        return answer;
    }

    /** The interface message key. */
    public String key() {
        return key;
    }

    /** The arguments of the message key. */
    public List<String> args() {
        return args;
    }
}
