package dev.dhipicker.migrate;

import java.util.Map;
import java.util.Set;

/**
 * Build-argument substitution as the Dockerfile reference describes it: {@code $VAR},
 * {@code ${VAR}}, {@code ${VAR:-word}}, {@code ${VAR-word}}, {@code ${VAR:+word}}, {@code ${VAR+word}};
 * the escape character keeps a {@code $} literal. Unset variables become empty.
 */
final class Substitution {
    private Substitution() {
    }

    /** True when the text refers to a variable. */
    static boolean uses(String text, char escape) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == escape) {
                i++;
            } else if (c == '$') {
                return true;
            }
        }
        return false;
    }

    /**
     * Expands the text.
     *
     * @param vars    known variables (a variable declared without a value maps to null)
     * @param missing receives the names of variables that had no value
     * @return the expanded text, or null when a {@code ${...}} is not closed or malformed
     */
    static String expand(String text, Map<String, String> vars, char escape, Set<String> missing) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == escape && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                b.append('$');
                i += 2;
            } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int close = text.indexOf('}', i + 2);
                if (close < 0) {
                    return null;
                }
                String inner = text.substring(i + 2, close);
                String value = braced(inner, vars, missing);
                if (value == null) {
                    return null;
                }
                b.append(value);
                i = close + 1;
            } else if (c == '$' && i + 1 < text.length() && isNameStart(text.charAt(i + 1))) {
                int j = i + 1;
                while (j < text.length() && isNamePart(text.charAt(j))) {
                    j++;
                }
                b.append(lookup(text.substring(i + 1, j), vars, missing));
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static String braced(String inner, Map<String, String> vars, Set<String> missing) {
        int j = 0;
        while (j < inner.length() && isNamePart(inner.charAt(j))) {
            j++;
        }
        String name = inner.substring(0, j);
        if (name.isEmpty() || !isNameStart(name.charAt(0))) {
            return null;
        }
        String op = inner.substring(j);
        String value = vars.get(name);
        boolean set = vars.containsKey(name) && value != null;
        if (op.isEmpty()) {
            return lookup(name, vars, missing);
        }
        if (op.startsWith(":-")) {
            return set && !value.isEmpty() ? value : op.substring(2);
        }
        if (op.startsWith("-")) {
            return set ? value : op.substring(1);
        }
        if (op.startsWith(":+")) {
            return set && !value.isEmpty() ? op.substring(2) : "";
        }
        if (op.startsWith("+")) {
            return set ? op.substring(1) : "";
        }
        return null;
    }

    private static String lookup(String name, Map<String, String> vars, Set<String> missing) {
        String v = vars.get(name);
        if (v == null) {
            missing.add(name);
            return "";
        }
        return v;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }
}
