package dev.dhipicker.export;

import java.util.List;

/**
 * One laid-out page: what to draw where, in points from the page's top-left corner. Renderers
 * (PDF, JavaFX print) draw these items one to one and make no layout decisions of their own.
 *
 * @param number 1-based page number
 * @param width  page width
 * @param height page height
 * @param items  texts, rules and shaded boxes
 */
public record SheetPage(int number, float width, float height, List<Item> items) {
    public SheetPage {
        items = List.copyOf(items);
    }

    /** Something drawn on a page. */
    public sealed interface Item permits Text, Rule, Shade {
    }

    /**
     * A line of text, already wrapped to fit.
     *
     * @param x        left edge
     * @param baseline baseline position
     * @param text     the text
     * @param style    font style and size
     */
    public record Text(float x, float baseline, String text, TextMeasure.Style style) implements Item {
    }

    /**
     * A thin line (cell borders).
     *
     * @param x1 start x
     * @param y1 start y
     * @param x2 end x
     * @param y2 end y
     */
    public record Rule(float x1, float y1, float x2, float y2) implements Item {
    }

    /**
     * A light grey box behind the column headings.
     *
     * @param x      left
     * @param y      top
     * @param width  width
     * @param height height
     */
    public record Shade(float x, float y, float width, float height) implements Item {
    }
}
