package dev.dhipicker.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Just enough of a JSON reader for a {@code package.json}: the spans of the package names under
 * the root object's {@code dependencies} and {@code optionalDependencies}. It skips what it does
 * not need and gives nothing for text that is not a JSON object.
 */
final class PackageJson {
    private static final Set<String> RUNTIME = Set.of("dependencies", "optionalDependencies");

    private final String text;
    private int at;

    private PackageJson(String text) {
        this.text = text;
    }

    /** Start and end offsets of each run-time dependency's name (inside its quotes), in file order. */
    static List<int[]> dependencyKeys(String text) {
        List<int[]> out = new ArrayList<>();
        PackageJson p = new PackageJson(text);
        try {
            p.blank();
            if (p.peek() != '{') {
                return out;
            }
            p.at++;
            while (true) {
                p.blank();
                if (p.peek() == '}') {
                    return out;
                }
                int[] key = p.string();
                p.expect(':');
                p.blank();
                if (RUNTIME.contains(text.substring(key[0], key[1])) && p.peek() == '{') {
                    p.at++;
                    while (true) {
                        p.blank();
                        if (p.peek() == '}') {
                            p.at++;
                            break;
                        }
                        out.add(p.string());
                        p.expect(':');
                        p.value();
                        p.comma();
                    }
                } else {
                    p.value();
                }
                p.comma();
            }
        } catch (IllegalStateException | StringIndexOutOfBoundsException e) {
            return out; // not JSON as far as we read: what was read stands
        }
    }

    private char peek() {
        return text.charAt(at);
    }

    private void blank() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private void expect(char c) {
        blank();
        if (peek() != c) {
            throw new IllegalStateException("expected " + c);
        }
        at++;
    }

    private void comma() {
        blank();
        if (at < text.length() && peek() == ',') {
            at++;
        }
    }

    /** A string; returns the span of its content. */
    private int[] string() {
        blank();
        if (peek() != '"') {
            throw new IllegalStateException("expected a string");
        }
        int start = ++at;
        while (peek() != '"') {
            at += peek() == '\\' ? 2 : 1;
        }
        return new int[] {start, at++};
    }

    /** Skips any value. */
    private void value() {
        blank();
        char c = peek();
        if (c == '"') {
            string();
        } else if (c == '{' || c == '[') {
            int depth = 0;
            do {
                char d = peek();
                if (d == '"') {
                    string();
                    continue;
                }
                if (d == '{' || d == '[') {
                    depth++;
                } else if (d == '}' || d == ']') {
                    depth--;
                }
                at++;
            } while (depth > 0);
        } else {
            while (at < text.length() && ",}] \t\r\n".indexOf(peek()) < 0) {
                at++;
            }
        }
    }
}
