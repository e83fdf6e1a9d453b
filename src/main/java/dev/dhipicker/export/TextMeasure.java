package dev.dhipicker.export;

/**
 * Measures text as a renderer will draw it, so that the layout wraps and paginates for the real
 * font: PDFBox font metrics for the PDF, JavaFX {@code Text} bounds for printing.
 */
public interface TextMeasure {

    /** Text styles used on the sheet. */
    enum Style {
        /** The sheet title. */
        TITLE(15f, true),
        /** Column headings, row headers and section headings. */
        BOLD(8f, true),
        /** Cells and notes. */
        BODY(8f, false),
        /** Header lines and the page footer. */
        SMALL(7f, false);

        private final float size;
        private final boolean bold;

        Style(float size, boolean bold) {
            this.size = size;
            this.bold = bold;
        }

        /** Font size in points. */
        public float size() {
            return size;
        }

        /** True for the bold face. */
        public boolean bold() {
            return bold;
        }

        /** Distance between two baselines, in points. */
        public float lineHeight() {
            return size * 1.3f;
        }
    }

    /** Width of the text in points when drawn in the given style. */
    float width(String text, Style style);

    /** True when the font has a glyph for every character of the text (used to pick decorations). */
    default boolean canDisplay(String text) {
        return true;
    }
}
