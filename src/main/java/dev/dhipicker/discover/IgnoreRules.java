package dev.dhipicker.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of one {@code .gitignore} or {@code .dockerignore} file, for the folder it is in.
 * Git's rules: a pattern without a slash (other than a trailing one) matches a name at any depth,
 * a pattern with one is anchored at the folder, {@code *} and {@code ?} stay within one name,
 * {@code **} spans folders, a trailing slash matches folders only, {@code !} re-includes, and the
 * last matching pattern wins. A {@code .dockerignore} anchors every pattern at its folder, as
 * Docker does.
 */
final class IgnoreRules {
    private record Rule(Pattern pattern, boolean negate, boolean dirOnly) {
    }

    private final String base;
    private final List<Rule> rules;

    private IgnoreRules(String base, List<Rule> rules) {
        this.base = base;
        this.rules = List.copyOf(rules);
    }

    /**
     * Reads the patterns of a file's text.
     *
     * @param base      the folder of the file, relative to the project root ({@code ""} for the root)
     * @param text      the file's text
     * @param anchored  true for a {@code .dockerignore}: every pattern starts at the folder
     */
    static IgnoreRules parse(String base, String text, boolean anchored) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negate = line.startsWith("!");
            if (negate) {
                line = line.substring(1);
            }
            boolean dirOnly = line.endsWith("/");
            while (line.endsWith("/")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.startsWith("./")) {
                line = line.substring(2);
            }
            boolean slash = line.contains("/");
            while (line.startsWith("/")) {
                line = line.substring(1);
            }
            if (line.isEmpty()) {
                continue;
            }
            String regex = glob(line);
            if (!slash && !anchored) {
                regex = "(?:.*/)?" + regex;
            }
            rules.add(new Rule(Pattern.compile(regex), negate, dirOnly));
        }
        return new IgnoreRules(base, rules);
    }

    /** True when no pattern was read. */
    boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * Whether these patterns exclude a path; null when none of them speaks of it.
     *
     * @param path relative to the project root, {@code /}-separated
     */
    Boolean excludes(String path, boolean directory) {
        String rel;
        if (base.isEmpty()) {
            rel = path;
        } else if (path.startsWith(base + "/")) {
            rel = path.substring(base.length() + 1);
        } else {
            return null;
        }
        Boolean out = null;
        for (Rule r : rules) {
            if (r.dirOnly && !directory) {
                continue;
            }
            if (r.pattern.matcher(rel).matches()) {
                out = !r.negate;
            }
        }
        return out;
    }

    private static String glob(String g) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*') {
                if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
                    boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
                    b.append(slashAfter ? "(?:.*/)?" : ".*");
                    i += slashAfter ? 2 : 1;
                } else {
                    b.append("[^/]*");
                }
            } else if (c == '?') {
                b.append("[^/]");
            } else if (c == '[') {
                int close = g.indexOf(']', i + 1);
                if (close < 0) {
                    b.append("\\[");
                } else {
                    String set = g.substring(i + 1, close).replace("\\", "\\\\");
                    if (set.startsWith("!")) {
                        set = "^" + set.substring(1);
                    }
                    b.append('[').append(set).append(']');
                    i = close;
                }
            } else if (c == '\\' && i + 1 < g.length()) {
                b.append(Pattern.quote(String.valueOf(g.charAt(++i))));
            } else {
                b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        // a pattern naming a folder covers what is inside it because the walk does not enter the folder
        return b.toString();
    }
}
