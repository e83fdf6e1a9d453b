package dev.dhipicker.export;

import java.util.Locale;

/** Paper sizes the sheet is laid out for, in PostScript points (1/72 inch). */
public enum Paper {
    /** ISO A4, 210 x 297 mm. */
    A4("a4", 595.276f, 841.890f),
    /** US Letter, 8.5 x 11 in. */
    LETTER("letter", 612f, 792f);

    private final String id;
    private final float width;
    private final float height;

    Paper(String id, float width, float height) {
        this.id = id;
        this.width = width;
        this.height = height;
    }

    /** Value used on the command line ({@code a4}, {@code letter}). */
    public String id() {
        return id;
    }

    /** Page width in points (portrait). */
    public float width() {
        return width;
    }

    /** Page height in points (portrait). */
    public float height() {
        return height;
    }

    /** The usual paper of a locale's country: Letter in the United States, Canada and Mexico, A4 elsewhere. */
    public static Paper forLocale(Locale locale) {
        String c = locale.getCountry();
        return c.equals("US") || c.equals("CA") || c.equals("MX") ? LETTER : A4;
    }

    /** Parses a command-line value; null when unknown. */
    public static Paper fromId(String id) {
        for (Paper p : values()) {
            if (p.id.equals(id == null ? null : id.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        return null;
    }
}
