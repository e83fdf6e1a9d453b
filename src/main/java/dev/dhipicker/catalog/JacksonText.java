package dev.dhipicker.catalog;

import java.util.regex.Pattern;

/**
 * Turns a parser's message into the user's terms: what is wrong with the file, without the
 * names of the parser's settings and classes ({@code StreamReadConstraints...}) that mean nothing
 * to someone editing a catalog.
 */
final class JacksonText {
    private static final Pattern FROM_SETTING = Pattern.compile(",?\\s*from `[^`]*`");
    private static final Pattern SET_FEATURE = Pattern.compile("\\s*\\(set [^)]*\\)");
    private static final Pattern ENABLE_FEATURE = Pattern.compile(":?\\s*(?:enable|disable) `[^`]*`( to allow)?");
    private static final Pattern COMMENT_HINT = Pattern.compile(
            "\\s*\\(not recognized as one since Feature '[^']*' not enabled for parser\\)");
    private static final Pattern CTRL_CHAR = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern BACKTICKED = Pattern.compile("`[A-Za-z0-9_.]+(?:\\(\\))?`");
    private static final Pattern JAVA_CLASS = Pattern.compile("\\b(?:java|com\\.fasterxml|org\\.yaml)\\.[A-Za-z0-9_.$]+");

    private JacksonText() {
    }

    /** The first line of a parser message, in plain words. */
    static String readable(String message) {
        if (message == null || message.isBlank()) {
            return "syntax error";
        }
        String s = message;
        int nl = s.indexOf('\n');
        if (nl >= 0) {
            s = s.substring(0, nl);
        }
        s = FROM_SETTING.matcher(s).replaceAll("");
        s = SET_FEATURE.matcher(s).replaceAll("");
        s = COMMENT_HINT.matcher(s).replaceAll(" (comments are not allowed)");
        s = ENABLE_FEATURE.matcher(s).replaceAll(" (not allowed here)");
        s = CTRL_CHAR.matcher(s).replaceAll("(control character $1)");
        s = BACKTICKED.matcher(s).replaceAll("");
        s = JAVA_CLASS.matcher(s).replaceAll("");
        s = s.replaceAll("\\s+", " ").replace(" )", ")").replace("()", "").strip();
        return s.isEmpty() ? "syntax error" : s;
    }
}
