package dev.dhipicker.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Dockerfiles as Docker's Dockerfile reference describes them: parser directives, line
 * continuations with the escape character, comment and empty lines inside continuations,
 * here-documents, exec and shell form, flags, {@code ONBUILD}. It records where each
 * instruction is, so that a rewrite can keep every other byte as it was.
 */
public final class DockerfileParser {
    /** The instructions of the Dockerfile reference. */
    static final Set<String> KEYWORDS = Set.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD",
            "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL");
    private static final Set<String> WITH_FLAGS = Set.of("FROM", "RUN", "COPY", "ADD", "HEALTHCHECK");
    private static final Set<String> WITH_HEREDOCS = Set.of("RUN", "COPY", "ADD");
    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([a-zA-Z][a-zA-Z0-9_]*)\\s*=\\s*(.*?)\\s*");
    private static final Pattern HEREDOC = Pattern.compile("<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2");

    private final InputLimits limits;

    public DockerfileParser(InputLimits limits) {
        this.limits = limits;
    }

    /** Checks and decodes the bytes, then parses them. */
    public Dockerfile parse(byte[] bytes) throws DockerfileSyntaxException {
        return parse(limits.decode(bytes));
    }

    /**
     * Parses text.
     *
     * @throws DockerfileSyntaxException naming the line of the first problem
     */
    public Dockerfile parse(String text) throws DockerfileSyntaxException {
        Lines lines = new Lines(text);
        if (lines.count() > limits.maxLines()) {
            throw new DockerfileSyntaxException(limits.maxLines() + 1, "migrate.error.tooManyLines", limits.maxLines());
        }
        List<Directive> directives = new ArrayList<>();
        char escape = '\\';
        int i = 0;
        for (; i < lines.count(); i++) {
            Matcher m = DIRECTIVE.matcher(lines.get(i).strip());
            if (!m.matches()) {
                break;
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (directives.stream().anyMatch(d -> d.name().equals(name))) {
                throw new DockerfileSyntaxException(i + 1, "migrate.error.directiveTwice", name);
            }
            directives.add(new Directive(name, m.group(2), i + 1));
            if (name.equals("escape")) {
                if (!m.group(2).equals("\\") && !m.group(2).equals("`")) {
                    throw new DockerfileSyntaxException(i + 1, "migrate.error.escape", m.group(2));
                }
                escape = m.group(2).charAt(0);
            }
        }
        List<Instruction> out = new ArrayList<>();
        boolean seenFrom = false;
        while (i < lines.count()) {
            String line = lines.get(i);
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                i++;
                continue;
            }
            int[] next = new int[1];
            Instruction in = instruction(lines, i, escape, next);
            if (in.is("FROM")) {
                seenFrom = true;
            } else if (!seenFrom && !in.is("ARG")) {
                throw new DockerfileSyntaxException(in.startLine(), "migrate.error.beforeFrom", in.keyword());
            }
            out.add(in);
            i = next[0];
        }
        if (!seenFrom) {
            throw new DockerfileSyntaxException(Math.max(1, lines.count()), "migrate.error.noFrom");
        }
        return new Dockerfile(text, escape, directives, out);
    }

    private Instruction instruction(Lines lines, int first, char escape, int[] next) throws DockerfileSyntaxException {
        String line = lines.get(first);
        int lead = 0;
        while (lead < line.length() && Character.isWhitespace(line.charAt(lead))) {
            lead++;
        }
        int kwEnd = lead;
        while (kwEnd < line.length() && !Character.isWhitespace(line.charAt(kwEnd))) {
            kwEnd++;
        }
        String keyword = line.substring(lead, kwEnd).toUpperCase(Locale.ROOT);
        if (!KEYWORDS.contains(keyword)) {
            throw new DockerfileSyntaxException(first + 1, "migrate.error.unknownInstruction", line.substring(lead, kwEnd));
        }
        StringBuilder args = new StringBuilder();
        int i = first;
        String part = line.substring(kwEnd);
        while (true) {
            String body = stripTrailingBlanks(part);
            boolean continues = !body.isEmpty() && body.charAt(body.length() - 1) == escape;
            if (continues) {
                args.append(body, 0, body.length() - 1);
            } else {
                args.append(part);
            }
            i++;
            if (!continues) {
                break;
            }
            // comment and empty lines inside a continuation are dropped
            while (i < lines.count() && (lines.get(i).isBlank() || lines.get(i).strip().startsWith("#"))) {
                i++;
            }
            if (i >= lines.count()) {
                break;
            }
            checkSpan(first, i);
            part = lines.get(i);
        }
        String arguments = args.toString();
        List<Heredoc> heredocs = new ArrayList<>();
        if (WITH_HEREDOCS.contains(keyword)) {
            Matcher m = HEREDOC.matcher(arguments);
            while (m.find()) {
                int startLine = i + 1;
                boolean strip = !m.group(1).isEmpty();
                StringBuilder body = new StringBuilder();
                boolean closed = false;
                while (i < lines.count()) {
                    String l = lines.get(i);
                    checkSpan(first, i);
                    i++;
                    String cmp = strip ? l.replaceFirst("^\t+", "") : l;
                    if (cmp.equals(m.group(3)) || cmp.equals(m.group(3) + "\r")) {
                        closed = true;
                        break;
                    }
                    if (body.length() > 0) {
                        body.append('\n');
                    }
                    body.append(cmp);
                }
                if (!closed) {
                    throw new DockerfileSyntaxException(first + 1, "migrate.error.heredoc", m.group(3));
                }
                heredocs.add(new Heredoc(m.group(3), strip, body.toString(), startLine, i));
            }
        }
        next[0] = i;
        int endLine = i; // 1-based number of the last consumed line
        while (endLine - 1 > first && lines.get(endLine - 1).isBlank()) {
            endLine--;
        }
        int start = lines.offset(first) + lead;
        int end = lines.offset(endLine - 1) + lines.get(endLine - 1).length();
        return build(keyword, first + 1, endLine, start, end, arguments, heredocs, escape);
    }

    private Instruction build(String keyword, int startLine, int endLine, int start, int end, String arguments,
                              List<Heredoc> heredocs, char escape) throws DockerfileSyntaxException {
        String rest = arguments.strip();
        List<String> flags = new ArrayList<>();
        if (WITH_FLAGS.contains(keyword)) {
            while (rest.startsWith("--")) {
                int sp = firstBlank(rest);
                flags.add(rest.substring(0, sp));
                rest = rest.substring(sp).strip();
            }
        }
        Instruction trigger = null;
        if (keyword.equals("ONBUILD")) {
            int sp = firstBlank(rest);
            String kw = rest.substring(0, sp).toUpperCase(Locale.ROOT);
            if (!KEYWORDS.contains(kw) || kw.equals("ONBUILD") || kw.equals("FROM") || kw.equals("MAINTAINER")) {
                throw new DockerfileSyntaxException(startLine, "migrate.error.onbuild", rest.substring(0, sp));
            }
            trigger = build(kw, startLine, endLine, start, end, rest.substring(sp), heredocs, escape);
        }
        List<String> exec = ExecForm.parse(rest);
        return new Instruction(keyword, startLine, endLine, start, end, arguments, flags, rest, exec, heredocs, trigger);
    }

    private void checkSpan(int first, int current) throws DockerfileSyntaxException {
        if (current - first >= limits.maxInstructionLines()) {
            throw new DockerfileSyntaxException(first + 1, "migrate.error.tooLong",
                    limits.maxInstructionLines());
        }
    }

    private static int firstBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return s.length();
    }

    private static String stripTrailingBlanks(String s) {
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\t' || s.charAt(e - 1) == '\r')) {
            e--;
        }
        return s.substring(0, e);
    }

    /** The input split into lines (without their line breaks), with the offset of each. */
    static final class Lines {
        private final String text;
        private final int[] starts;
        private final int count;

        Lines(String text) {
            this.text = text;
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    n++;
                }
            }
            if (text.endsWith("\n") || text.isEmpty()) {
                n--;
            }
            starts = new int[n + 1];
            int k = 1;
            for (int i = 0; i < text.length() && k < n; i++) {
                if (text.charAt(i) == '\n') {
                    starts[k++] = i + 1;
                }
            }
            // one past the line break of the last line, so that get() never includes that break
            starts[n] = text.endsWith("\n") ? text.length() : text.length() + 1;
            count = n;
        }

        int count() {
            return count;
        }

        int offset(int index) {
            return starts[index];
        }

        String get(int index) {
            int end = index + 1 < starts.length ? starts[index + 1] - 1 : text.length();
            end = Math.min(end, text.length());
            return text.substring(starts[index], end);
        }
    }
}
