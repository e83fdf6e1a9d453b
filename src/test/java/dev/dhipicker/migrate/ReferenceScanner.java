package dev.dhipicker.migrate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately small Dockerfile reader, written apart from {@link DockerfileParser}, for the
 * invariant tests over the real corpus: it finds every image reference of a text ({@code FROM},
 * {@code COPY/ADD --from=}, {@code RUN --mount=...,from=...}), with its instruction's lines, after
 * substituting the {@code ARG} defaults seen so far. Stage names and indexes are marked so that a
 * caller can leave them out.
 */
final class ReferenceScanner {
    private static final Pattern HEREDOC = Pattern.compile("<<-?[\"']?([A-Za-z_][A-Za-z0-9_]*)[\"']?");
    private static final Pattern VAR = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    /** Where a reference was used. */
    enum Use { FROM, COPY_FROM, MOUNT_FROM }

    /**
     * One reference.
     *
     * @param use       the kind of use
     * @param startLine first line of the instruction (1-based)
     * @param endLine   last line of the instruction
     * @param written   the value as written
     * @param resolved  after ARG substitution ({@code $} remains when a variable has no default)
     * @param internal  true for a stage name, a stage index or {@code scratch}
     * @param stage     0-based index of the stage the instruction belongs to ({@code FROM}: the stage it opens)
     */
    record Ref(Use use, int startLine, int endLine, String written, String resolved, boolean internal, int stage) {
    }

    /** One instruction: keyword, the joined text after the keyword, and its lines. */
    record Line(String keyword, String rest, int startLine, int endLine) {
    }

    private ReferenceScanner() {
    }

    /** The instructions of a text, continuation lines joined, comments and heredoc bodies left out. */
    static List<Line> instructions(String text) {
        String[] lines = text.split("\r?\n", -1);
        char escape = '\\';
        for (String l : lines) {
            String t = l.trim();
            if (!t.startsWith("#")) {
                break;
            }
            Matcher m = Pattern.compile("^#\\s*escape\\s*=\\s*(\\S)\\s*$", Pattern.CASE_INSENSITIVE).matcher(t);
            if (m.matches()) {
                escape = m.group(1).charAt(0);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String t = lines[i].strip();
            if (t.isEmpty() || t.startsWith("#")) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder b = new StringBuilder();
            String cur = lines[i].stripTrailing();
            while (cur.endsWith(String.valueOf(escape)) && i + 1 < lines.length) {
                b.append(cur, 0, cur.length() - 1).append(' ');
                i++;
                while (i < lines.length && (lines[i].strip().startsWith("#") || lines[i].isBlank()) && i + 1 < lines.length) {
                    i++;
                }
                cur = lines[i].stripTrailing();
            }
            b.append(cur);
            int end = i;
            String joined = b.toString().strip();
            Matcher h = HEREDOC.matcher(joined);
            List<String> delimiters = new ArrayList<>();
            while (h.find()) {
                delimiters.add(h.group(1));
            }
            String keyword = joined.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
            if (!delimiters.isEmpty() && (keyword.equals("RUN") || keyword.equals("COPY") || keyword.equals("ADD"))) {
                for (String d : delimiters) {
                    i++;
                    while (i < lines.length && !lines[i].strip().equals(d)) {
                        i++;
                    }
                }
                end = Math.min(i, lines.length - 1);
            }
            String rest = joined.contains(" ") || joined.contains("\t") ? joined.split("\\s+", 2)[1] : "";
            out.add(new Line(keyword, rest, start + 1, end + 1));
            i++;
        }
        return out;
    }

    /** Every image reference of the text. */
    static List<Ref> references(String text) {
        Map<String, String> args = new HashMap<>();
        Set<String> names = new HashSet<>();
        List<Ref> out = new ArrayList<>();
        int stage = -1;
        for (Line l : instructions(text)) {
            switch (l.keyword()) {
                case "ARG" -> {
                    for (String word : l.rest().split("\\s+")) {
                        int eq = word.indexOf('=');
                        if (eq > 0) {
                            args.put(word.substring(0, eq), unquote(substitute(word.substring(eq + 1), args)));
                        } else if (!word.isEmpty()) {
                            args.putIfAbsent(word, null);
                        }
                    }
                }
                case "FROM" -> {
                    stage++;
                    List<String> words = words(l.rest());
                    words.removeIf(w -> w.startsWith("--"));
                    if (words.isEmpty()) {
                        break;
                    }
                    String written = words.get(0);
                    String resolved = substitute(written, args);
                    boolean internal = resolved.equalsIgnoreCase("scratch") || names.contains(resolved.toLowerCase(Locale.ROOT))
                            || platformStage(resolved, names);
                    out.add(new Ref(Use.FROM, l.startLine(), l.endLine(), written, resolved, internal, stage));
                    if (words.size() >= 3 && words.get(1).equalsIgnoreCase("AS")) {
                        names.add(words.get(2).toLowerCase(Locale.ROOT));
                    }
                }
                case "COPY", "ADD" -> {
                    for (String w : words(l.rest())) {
                        if (!w.startsWith("--")) {
                            break;
                        }
                        if (w.toLowerCase(Locale.ROOT).startsWith("--from=")) {
                            out.add(ref(Use.COPY_FROM, l, w.substring(7), args, names, stage));
                        }
                    }
                }
                case "RUN" -> {
                    for (String w : words(l.rest())) {
                        if (!w.startsWith("--")) {
                            break;
                        }
                        if (w.toLowerCase(Locale.ROOT).startsWith("--mount=")) {
                            for (String option : w.substring(8).split(",")) {
                                if (option.toLowerCase(Locale.ROOT).startsWith("from=")) {
                                    out.add(ref(Use.MOUNT_FROM, l, option.substring(5), args, names, stage));
                                }
                            }
                        }
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    /** BuildKit's automatic platform arguments as written in a reference ({@code $TARGETOS}, {@code ${BUILDARCH}}). */
    private static final Pattern PLATFORM_ARG = Pattern.compile("\\$\\{?(TARGET|BUILD)(PLATFORM|OS|ARCH|VARIANT)}?");

    /**
     * True when a reference is left unknown only by BuildKit's platform arguments, which BuildKit
     * sets in every build, and names an earlier stage for some value of them ({@code binaries-$TARGETOS}).
     */
    private static boolean platformStage(String resolved, Set<String> names) {
        Matcher m = PLATFORM_ARG.matcher(resolved);
        StringBuilder regex = new StringBuilder();
        int at = 0;
        boolean any = false;
        while (m.find()) {
            regex.append(Pattern.quote(resolved.substring(at, m.start()).toLowerCase(Locale.ROOT))).append("[a-z0-9_.-]+");
            at = m.end();
            any = true;
        }
        regex.append(Pattern.quote(resolved.substring(at).toLowerCase(Locale.ROOT)));
        if (!any || resolved.substring(at).contains("$")) {
            return false;
        }
        Pattern p = Pattern.compile(regex.toString());
        return names.stream().anyMatch(n -> p.matcher(n).matches());
    }

    private static Ref ref(Use use, Line l, String value, Map<String, String> args, Set<String> names, int stage) {
        String written = unquote(value);
        String resolved = substitute(written, args);
        boolean internal = resolved.matches("\\d+") || resolved.equalsIgnoreCase("scratch")
                || names.contains(resolved.toLowerCase(Locale.ROOT));
        return new Ref(use, l.startLine(), l.endLine(), written, resolved, internal, stage);
    }

    private static List<String> words(String rest) {
        List<String> out = new ArrayList<>();
        for (String w : rest.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** Replaces {@code $X}, {@code ${X}} and {@code ${X:-d}} by known values; unknown ones stay. */
    static String substitute(String s, Map<String, String> args) {
        Matcher m = VAR.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(4);
            boolean known = args.containsKey(name);
            String value = args.get(name);
            boolean set = value != null && !value.isEmpty();
            if ("+".equals(m.group(2))) {
                value = set ? m.group(3) : known ? "" : null;
            } else if ("-".equals(m.group(2)) && !set) {
                value = m.group(3);
            }
            m.appendReplacement(b, Matcher.quoteReplacement(value == null ? m.group(0) : value));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * For each output line (0-based), the 0-based input line it stands for: the equal line of a
     * longest common subsequence, or for a line the migration wrote, the first input line after the
     * last matched one (the line it replaced, or the place it was inserted).
     */
    static int[] inputLineOf(String input, String output) {
        String[] a = input.split("\n", -1);
        String[] b = output.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int[] map = new int[b.length];
        java.util.Arrays.fill(map, -1);
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j]) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                map[j++] = i++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        int previous = -1;
        for (int k = 0; k < b.length; k++) {
            if (map[k] >= 0) {
                previous = map[k];
            } else {
                map[k] = Math.min(previous + 1, a.length - 1);
            }
        }
        return map;
    }
}
