package dev.dhipicker.discover;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variables with their values (the {@code .env} file beside a compose file, a Dockerfile's build
 * arguments declared before the first {@code FROM}) and their interpolation as compose and the
 * Dockerfile frontend do it: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}}; a value
 * that names a variable the file does not set (and that has no default) stays unresolved.
 * Variables of the shell are not read: the report must not depend on who runs it.
 */
final class Variables {
    private static final Pattern LINE = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*?)\\s*$");
    private static final Pattern VAR = Pattern.compile(
            "\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private final Map<String, String> vars;

    private Variables(Map<String, String> vars) {
        this.vars = vars;
    }

    /** No variables. */
    static Variables none() {
        return new Variables(Map.of());
    }

    /** Variables from name-value pairs. */
    static Variables of(Map<String, String> values) {
        return new Variables(Map.copyOf(values));
    }

    /** The variables of a {@code .env} text. */
    static Variables parse(String text) {
        Map<String, String> vars = new HashMap<>();
        for (String line : text.split("\r?\n")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                String v = m.group(2);
                if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
                    v = v.substring(1, v.length() - 1);
                } else {
                    int hash = v.indexOf(" #");
                    v = hash >= 0 ? v.substring(0, hash).strip() : v;
                }
                vars.put(m.group(1), v);
            }
        }
        return new Variables(vars);
    }

    boolean isEmpty() {
        return vars.isEmpty();
    }

    /** The value with every variable replaced, or null when one is not set and has no default. */
    String resolve(String value) {
        Matcher m = VAR.matcher(value.replace("$$", "\u0000"));
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(4);
            String set = vars.get(name);
            String op = m.group(2);
            String replacement;
            if (op == null) {
                replacement = set;
            } else if (op.endsWith("-")) {
                boolean useDefault = op.startsWith(":") ? set == null || set.isEmpty() : set == null;
                replacement = useDefault ? m.group(3) : set;
            } else {
                replacement = set == null || set.isEmpty() && op.startsWith(":") ? null : set;
            }
            if (replacement == null || replacement.contains("$")) {
                return null;
            }
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString().replace("\u0000", "$");
    }
}
