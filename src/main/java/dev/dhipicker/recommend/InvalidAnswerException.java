package dev.dhipicker.recommend;

/** An answer the engine cannot use (unknown workload, version that does not exist). */
public final class InvalidAnswerException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String answer;

    /**
     * @param answer  the answer's name ({@code workload}, {@code version})
     * @param message what is wrong and what is allowed
     */
    public InvalidAnswerException(String answer, String message) {
        super(message);
        this.answer = answer;
    }

    /** The answer's name. */
    public String answer() {
        return answer;
    }
}
