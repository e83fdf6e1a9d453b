package dev.dhipicker.migrate;

import java.util.List;

/**
 * One Dockerfile instruction as written.
 *
 * @param keyword     the instruction in upper case ({@code FROM}, {@code RUN} ...)
 * @param startLine   1-based first input line
 * @param endLine     1-based last input line (continuations and here-documents included)
 * @param start       offset of the keyword in the input text
 * @param end         offset just past the last character of the last line (before its line break)
 * @param arguments   the text after the keyword with continuations joined and comment lines removed
 * @param flags       leading {@code --name=value} flags ({@code FROM}, {@code RUN}, {@code COPY}, {@code ADD}, {@code HEALTHCHECK})
 * @param rest        the arguments after the flags, stripped
 * @param exec        the exec-form (JSON array) arguments, or null for the shell form
 * @param heredocs    here-documents, in order
 * @param trigger     for {@code ONBUILD}, the instruction it registers; else null
 */
public record Instruction(String keyword, int startLine, int endLine, int start, int end, String arguments,
                          List<String> flags, String rest, List<String> exec, List<Heredoc> heredocs,
                          Instruction trigger) {
    public Instruction {
        flags = List.copyOf(flags);
        exec = exec == null ? null : List.copyOf(exec);
        heredocs = List.copyOf(heredocs);
    }

    /** True for the given keyword, in any case. */
    public boolean is(String kw) {
        return keyword.equalsIgnoreCase(kw);
    }

    /** The value of a {@code --name=value} flag, or null. */
    public String flag(String name) {
        for (String f : flags) {
            if (f.startsWith("--" + name + "=")) {
                return f.substring(name.length() + 3);
            }
            if (f.equals("--" + name)) {
                return "";
            }
        }
        return null;
    }

    /** The arguments split at blanks, with the words of the here-document bodies after them. */
    public List<String> words() {
        List<String> out = new java.util.ArrayList<>();
        for (String w : arguments.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        for (Heredoc h : heredocs) {
            for (String w : h.body().strip().split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
            out.add(h.word());
        }
        return out;
    }

    /** The whole text a shell would run: the shell-form arguments plus here-document bodies. */
    public String script() {
        StringBuilder b = new StringBuilder(exec != null ? String.join(" ", exec) : rest);
        for (Heredoc h : heredocs) {
            b.append('\n').append(h.body());
        }
        return b.toString();
    }
}
