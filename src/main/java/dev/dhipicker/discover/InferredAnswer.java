package dev.dhipicker.discover;

import java.util.List;
import java.util.Locale;

/**
 * A wizard answer read from a project file, with the reason.
 *
 * @param answer what it answers
 * @param value  the answer: a workload profile id ({@code python}), a version line as the engine
 *               names them ({@code 3.12}, {@code 22}), or a libc answer ({@code glibc})
 * @param file   the file it comes from, relative to the project root
 * @param line   1-based line in that file, or 0
 * @param rule   kebab-case id of the rule that read it; the reason's message key is
 *               {@code discover.answer.<rule>}
 * @param args   the reason's parameters (what was written)
 */
public record InferredAnswer(Answer answer, String value, String file, int line, String rule, List<String> args) {
    /** The answers a project can give. */
    public enum Answer {
        WORKLOAD, VERSION, LIBC;

        /** Lower-case id as used in JSON. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public InferredAnswer {
        args = List.copyOf(args);
    }
}
