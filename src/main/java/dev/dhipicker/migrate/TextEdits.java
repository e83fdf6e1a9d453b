package dev.dhipicker.migrate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Replacements and insertions at offsets of the input; everything else is kept byte for byte. */
final class TextEdits {
    private record Edit(int start, int end, String text, int order) {
    }

    private final String input;
    private final String newline;
    private final List<Edit> edits = new ArrayList<>();

    TextEdits(String input) {
        this.input = input;
        this.newline = input.contains("\r\n") ? "\r\n" : "\n";
    }

    /** The line break the input uses. */
    String newline() {
        return newline;
    }

    /** Replaces {@code [start, end)}. */
    void replace(int start, int end, String text) {
        edits.add(new Edit(start, end, text, edits.size()));
    }

    /** Inserts a full line before the line that holds {@code offset}, with that line's indentation. */
    void lineBefore(int offset, String line) {
        int ls = lineStart(offset);
        int indent = ls;
        while (indent < offset && (input.charAt(indent) == ' ' || input.charAt(indent) == '\t')) {
            indent++;
        }
        edits.add(new Edit(ls, ls, input.substring(ls, indent) + line + newline, edits.size()));
    }

    /** Inserts text at the end of the input, on a new line. */
    void append(String text) {
        String sep = input.isEmpty() || input.endsWith("\n") ? "" : newline;
        edits.add(new Edit(input.length(), input.length(), sep + text, edits.size()));
    }

    int lineStart(int offset) {
        int nl = input.lastIndexOf('\n', offset - 1);
        return nl + 1;
    }

    /** The end of the line that holds {@code offset} (before its line break). */
    int lineEnd(int offset) {
        int nl = input.indexOf('\n', offset);
        return nl < 0 ? input.length() : nl;
    }

    /** The input with all edits applied. */
    String apply() {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::order));
        StringBuilder b = new StringBuilder(input.length() + 256);
        int at = 0;
        for (Edit e : sorted) {
            if (e.start() < at) {
                throw new IllegalStateException("overlapping edits at offset " + e.start());
            }
            b.append(input, at, e.start()).append(e.text());
            at = e.end();
        }
        return b.append(input, at, input.length()).toString();
    }
}
