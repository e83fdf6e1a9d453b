package dev.dhipicker.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text into lines no wider than a given width. Words break at spaces; a word that is wider
 * than a whole line (an image reference, a URL) breaks after {@code / : - . @}, or between any
 * two characters as a last resort. Nothing is ever cut off.
 */
final class TextWrap {
    private static final String BREAK_AFTER = "/:-.@_,";

    private TextWrap() {
    }

    static List<String> wrap(String text, float width, TextMeasure.Style style, TextMeasure m) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (m.width(candidate, style) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                } else if (m.width(word, style) <= width) {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    if (line.length() > 0) {
                        line.append(' ');
                    }
                    for (String piece : pieces(word, width, style, m)) {
                        String c = line + piece;
                        if (line.length() == 0 || m.width(c, style) <= width) {
                            line.append(piece);
                        } else {
                            out.add(line.toString().stripTrailing());
                            line.setLength(0);
                            line.append(piece);
                        }
                    }
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    /** Splits an overlong word after break characters, then by characters where still too wide. */
    private static List<String> pieces(String word, float width, TextMeasure.Style style, TextMeasure m) {
        List<String> coarse = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < word.length(); i++) {
            if (BREAK_AFTER.indexOf(word.charAt(i)) >= 0) {
                coarse.add(word.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < word.length()) {
            coarse.add(word.substring(start));
        }
        List<String> fine = new ArrayList<>();
        for (String piece : coarse) {
            if (m.width(piece, style) <= width) {
                fine.add(piece);
                continue;
            }
            int from = 0;
            while (from < piece.length()) {
                int to = piece.offsetByCodePoints(from, 1);
                while (to < piece.length()
                        && m.width(piece.substring(from, piece.offsetByCodePoints(to, 1)), style) <= width) {
                    to = piece.offsetByCodePoints(to, 1);
                }
                fine.add(piece.substring(from, to));
                from = to;
            }
        }
        return fine;
    }
}
