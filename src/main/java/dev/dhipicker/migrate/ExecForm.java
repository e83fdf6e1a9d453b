package dev.dhipicker.migrate;

import java.util.ArrayList;
import java.util.List;

/** Reads and writes the exec (JSON array of strings) form of {@code CMD}, {@code ENTRYPOINT}, {@code RUN}. */
final class ExecForm {
    private ExecForm() {
    }

    /** The strings of a JSON array of strings, or null when the text is not one (then it is shell form). */
    static List<String> parse(String text) {
        String t = text.strip();
        if (!t.startsWith("[") || !t.endsWith("]")) {
            return null;
        }
        List<String> out = new ArrayList<>();
        int i = skip(t, 1);
        if (t.charAt(i) == ']') {
            return i == t.length() - 1 ? out : null;
        }
        while (i < t.length()) {
            if (t.charAt(i) != '"') {
                return null;
            }
            StringBuilder b = new StringBuilder();
            i++;
            while (i < t.length() && t.charAt(i) != '"') {
                char c = t.charAt(i);
                if (c == '\\') {
                    if (i + 1 >= t.length()) {
                        return null;
                    }
                    char e = t.charAt(++i);
                    switch (e) {
                        case '"', '\\', '/' -> b.append(e);
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            if (i + 4 >= t.length()) {
                                return null;
                            }
                            try {
                                b.append((char) Integer.parseInt(t.substring(i + 1, i + 5), 16));
                            } catch (NumberFormatException ex) {
                                return null;
                            }
                            i += 4;
                        }
                        default -> {
                            return null;
                        }
                    }
                } else {
                    b.append(c);
                }
                i++;
            }
            if (i >= t.length()) {
                return null;
            }
            out.add(b.toString());
            i = skip(t, i + 1);
            if (i >= t.length()) {
                return null;
            }
            if (t.charAt(i) == ']') {
                return i == t.length() - 1 ? out : null;
            }
            if (t.charAt(i) != ',') {
                return null;
            }
            i = skip(t, i + 1);
        }
        return null;
    }

    private static int skip(String t, int i) {
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return Math.min(i, t.length() - 1);
    }

    /** Formats strings as a JSON array, the way Docker's documentation writes exec form. */
    static String format(List<String> words) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append('"');
            for (char c : words.get(i).toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    default -> b.append(c);
                }
            }
            b.append('"');
        }
        return b.append(']').toString();
    }
}
