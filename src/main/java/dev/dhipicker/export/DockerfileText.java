package dev.dhipicker.export;

import dev.dhipicker.i18n.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the lines of a Dockerfile. Comments come from the message bundle and are flattened to
 * single lines (a line break inside a comment would start an instruction) and wrapped; instructions
 * are checked to be one line of printable text.
 */
final class DockerfileText {
    private static final int WIDTH = 100;

    private final Messages messages;
    private final List<String> lines = new ArrayList<>();

    DockerfileText(Messages messages) {
        this.messages = messages;
    }

    /** A parser directive or other line written as it is (must be one printable line). */
    void directive(String line) {
        lines.add(requireOneLine(line));
    }

    /** A comment from the bundle, wrapped over several {@code #} lines when long. */
    void comment(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // Numbers as they are (no grouping: uid 65532, port 8080), everything else as text.
            plain[i] = String.valueOf(args[i]);
        }
        commentText(messages.get(key, plain));
    }

    /** A localised text (for a comment argument). */
    /** The facts formatter in this text's language. */
    ImageFacts facts() {
        return new ImageFacts(messages);
    }

    String message(String key) {
        return messages.get(key);
    }

    /** Names of answer values, distros and C libraries in the language of the comments. */
    ValueLabels labels() {
        return new ValueLabels(messages);
    }

    /**
     * A comment of already localised text, wrapped at {@value #WIDTH} columns. Lines break at spaces
     * and, in Chinese (or other CJK) text, which has none, between ideographs, never before closing
     * or after opening punctuation; CJK characters count as two columns.
     */
    void commentText(String text) {
        String flat = flatten(text);
        StringBuilder line = new StringBuilder("#");
        int width = 1;
        for (String word : flat.split(" +")) {
            boolean first = true;
            for (String piece : breakable(word)) {
                boolean space = first;
                first = false;
                int w = columns(piece);
                if (line.length() > 1 && width + (space ? 1 : 0) + w > WIDTH) {
                    lines.add(line.toString());
                    line = new StringBuilder("#  ");
                    width = 3;
                    space = true;
                }
                if (space) {
                    line.append(' ');
                    width++;
                }
                line.append(piece);
                width += w;
            }
        }
        lines.add(line.toString());
    }

    /** A space-free word cut where a line may break: the shared rule of {@link TextWrap#breakable}. */
    static List<String> breakable(String word) {
        return TextWrap.breakable(word);
    }

    /** Display columns of a text in a monospace font: two for CJK and full-width characters. */
    static int columns(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += cjk(text.charAt(i)) ? 2 : 1;
        }
        return n;
    }

    private static boolean cjk(char c) {
        return TextWrap.cjk(c);
    }

    /** One instruction line. */
    void instruction(String text) {
        lines.add(requireOneLine(text));
    }

    /** An empty line (between stages and sections). */
    void blank() {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
        }
    }

    /** The text, ending with one line break. */
    String text() {
        List<String> l = new ArrayList<>(lines);
        while (!l.isEmpty() && l.get(l.size() - 1).isEmpty()) {
            l.remove(l.size() - 1);
        }
        return String.join("\n", l) + "\n";
    }

    /** Replaces control and line-separator characters with spaces; drops a trailing backslash. */
    static String flatten(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        String s = b.toString().strip();
        while (s.endsWith("\\")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static String requireOneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw new IllegalStateException("instruction text holds a control character: " + text.replace("\n", "\\n"));
            }
        }
        if (text.endsWith("\\")) {
            throw new IllegalStateException("instruction text ends with a line continuation: " + text);
        }
        return text;
    }
}
