package dev.dhipicker.catalog;

/** Finds control characters (C0, DEL, C1) in catalog strings, where most can never be legitimate. */
final class ControlCharacters {
    private ControlCharacters() {
    }

    /**
     * The index of the first control character, or -1.
     *
     * @param prose true to allow line feeds (descriptions)
     */
    static int indexOf(String s, boolean prose) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && !(prose && c == '\n')) {
                return i;
            }
        }
        return -1;
    }

    /** The character as an escape a reader can see: {@code \n}, {@code \u001b}. */
    static String name(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04x", (int) c);
        };
    }
}
