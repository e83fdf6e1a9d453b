package dev.dhipicker.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text into lines no wider than a given width: the one line-breaking rule of the PDF sheet,
 * the printed sheet and the Dockerfile comments. Words break at spaces; Chinese (CJK) text, which
 * has no spaces, breaks between characters, but never before closing punctuation (，。：；、）” …)
 * nor after opening punctuation (（“ …), so no line starts with a lone "）". A word that is wider
 * than a whole line (an image reference, a URL) breaks after {@code / : - . @}, or between any two
 * characters as a last resort. Nothing is ever cut off.
 */
final class TextWrap {
    private static final String BREAK_AFTER = "/:-.@_,";
    /** Punctuation that must not start a line (it stays with the character before it). */
    static final String CLOSING = "，。、；：？！）”’》」』】〕…,.;:?!)]}";
    /** Punctuation that must not end a line (it stays with the character after it). */
    static final String OPENING = "（“‘《「『【〔([{";

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
                boolean first = true;
                for (String token : breakable(word)) {
                    // the first piece of a word follows a space; the others join the piece before
                    String sep = first && line.length() > 0 ? " " : "";
                    first = false;
                    String candidate = line + sep + token;
                    if (m.width(candidate, style) <= width) {
                        line.setLength(0);
                        line.append(candidate);
                    } else if (m.width(token, style) <= width) {
                        out.add(line.toString());
                        line.setLength(0);
                        line.append(token);
                    } else {
                        line.append(sep);
                        for (String piece : pieces(token, width, style, m)) {
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
            }
            out.add(line.toString());
        }
        return out;
    }

    /**
     * A space-free word cut where a line may break: between CJK characters (and between a CJK
     * character and a Latin one), keeping closing punctuation with what precedes it and opening
     * punctuation with what follows it. A word without CJK characters stays whole.
     */
    static List<String> breakable(String word) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < word.length(); i++) {
            char before = word.charAt(i - 1);
            char at = word.charAt(i);
            if ((cjk(before) || cjk(at)) && CLOSING.indexOf(at) < 0 && OPENING.indexOf(before) < 0) {
                out.add(word.substring(start, i));
                start = i;
            }
        }
        if (start < word.length()) {
            out.add(word.substring(start));
        }
        return out;
    }

    /** True for CJK ideographs, kana, hangul and full-width forms (two columns wide in a terminal). */
    static boolean cjk(char c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6);
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
                while (to < piece.length() && CLOSING.indexOf(piece.charAt(to)) >= 0) {
                    to++; // closing punctuation stays on this line, even if it overhangs a little
                }
                fine.add(piece.substring(from, to));
                from = to;
            }
        }
        return fine;
    }
}
