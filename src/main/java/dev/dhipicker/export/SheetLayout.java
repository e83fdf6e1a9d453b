package dev.dhipicker.export;

import dev.dhipicker.export.TextMeasure.Style;
import dev.dhipicker.i18n.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Paginates a {@link ComparisonSheet} for a page size. As many image columns as fit the
 * printable width at {@link #MIN_COLUMN_WIDTH} go on one page; the rest continue on the next
 * pages, each repeating the row headers. Cell text wraps inside its cell and a row taller than
 * the space left moves to (or, if taller than a page, continues on) the next page, so nothing
 * is clipped. Every page gets a "Page x of y" footer.
 */
public final class SheetLayout {
    /** Page margin on every side, in points (15 mm). */
    public static final float MARGIN = 42.5f;
    /** Narrowest image column, in points. */
    public static final float MIN_COLUMN_WIDTH = 125f;
    /** Widest row-header column, in points. */
    public static final float MAX_HEADER_WIDTH = 95f;
    private static final float PAD = 3f;
    private static final float FOOTER_SPACE = 16f;

    private final TextMeasure measure;
    private final Messages messages;

    /**
     * @param measure  measures text in the renderer's font
     * @param messages interface strings (page numbers, column captions)
     */
    public SheetLayout(TextMeasure measure, Messages messages) {
        this.measure = measure;
        this.messages = messages;
    }

    /** How many image columns fit side by side on a page of this width. */
    public int columnsPerPage(ComparisonSheet sheet, float pageWidth) {
        float free = pageWidth - 2 * MARGIN - headerWidth(sheet);
        return Math.max(1, (int) Math.floor(free / MIN_COLUMN_WIDTH));
    }

    /** Lays the sheet out on pages of the given size (points, portrait). */
    public List<SheetPage> layout(ComparisonSheet sheet, float pageWidth, float pageHeight) {
        Pages p = new Pages(pageWidth, pageHeight);
        float content = pageWidth - 2 * MARGIN;
        p.block(sheet.title(), Style.TITLE, MARGIN, content);
        for (String h : sheet.header()) {
            p.block(h, Style.SMALL, MARGIN, content);
        }
        if (!sheet.answers().isEmpty()) {
            p.y += 4;
            p.block(messages.get("sheet.answers"), Style.BOLD, MARGIN, content);
            // "label: value" in the language's punctuation (标签：值)
            List<String> pairs = sheet.answers().stream().map(f -> messages.get("sheet.unmet.item", f.label(), f.value())).toList();
            p.block(String.join(measure.canDisplay("\u00b7") ? "  \u00b7  " : ";  ", pairs), Style.BODY, MARGIN, content);
        }
        table(sheet, p);
        String bulletMark = measure.canDisplay("\u2022") ? "\u2022" : "-";
        float bullet = measure.width(bulletMark + " ", Style.BODY);
        for (ComparisonSheet.Section s : sheet.sections()) {
            if (s.lines().isEmpty()) {
                continue;
            }
            p.y += 6;
            p.block(s.heading(), Style.BOLD, MARGIN, content);
            for (String line : s.lines()) {
                List<String> lines = TextWrap.wrap(line, content - bullet, Style.BODY, measure);
                for (int i = 0; i < lines.size(); i++) {
                    p.ensure(Style.BODY.lineHeight());
                    if (i == 0) {
                        p.text(MARGIN, bulletMark, Style.BODY);
                    }
                    p.line(MARGIN + bullet, lines.get(i), Style.BODY);
                }
            }
        }
        return p.finish(sheet);
    }

    private float headerWidth(ComparisonSheet sheet) {
        float w = 0;
        for (String h : sheet.rowHeaders()) {
            w = Math.max(w, measure.width(h, Style.BOLD));
        }
        return Math.min(MAX_HEADER_WIDTH, w + 2 * PAD);
    }

    private void table(ComparisonSheet sheet, Pages p) {
        List<ComparisonSheet.Column> cols = sheet.columns();
        if (cols.isEmpty()) {
            return;
        }
        float headerW = headerWidth(sheet);
        float pageWidth = p.width;
        int perPage = Math.min(cols.size(), columnsPerPage(sheet, pageWidth));
        float colW = (pageWidth - 2 * MARGIN - headerW) / perPage;
        for (int from = 0; from < cols.size(); from += perPage) {
            List<ComparisonSheet.Column> group = cols.subList(from, Math.min(cols.size(), from + perPage));
            if (from > 0) {
                p.newPage();
            }
            String caption = cols.size() > perPage
                    ? messages.get("sheet.columns", from + 1, from + group.size(), cols.size()) : null;
            Grid grid = new Grid(p, headerW, colW, group, caption);
            grid.headingRow();
            for (int r = 0; r < sheet.rowHeaders().size(); r++) {
                List<List<String>> cells = new ArrayList<>();
                cells.add(TextWrap.wrap(sheet.rowHeaders().get(r), headerW - 2 * PAD, Style.BOLD, measure));
                for (ComparisonSheet.Column c : group) {
                    cells.add(TextWrap.wrap(c.cells().get(r), colW - 2 * PAD, Style.BODY, measure));
                }
                grid.row(cells);
            }
        }
    }

    /** Draws one column group as a grid, repeating its heading row on each new page. */
    private final class Grid {
        private final Pages p;
        private final float headerW;
        private final float colW;
        private final List<ComparisonSheet.Column> group;
        private final String caption;

        Grid(Pages p, float headerW, float colW, List<ComparisonSheet.Column> group, String caption) {
            this.p = p;
            this.headerW = headerW;
            this.colW = colW;
            this.group = group;
            this.caption = caption;
        }

        void headingRow() {
            p.y += 6;
            if (caption != null) {
                p.block(caption, Style.SMALL, MARGIN, p.width - 2 * MARGIN);
            }
            List<List<String>> cells = new ArrayList<>();
            cells.add(List.of(""));
            for (ComparisonSheet.Column c : group) {
                cells.add(TextWrap.wrap(c.heading(), colW - 2 * PAD, Style.BOLD, measure));
            }
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            float h = lines * Style.BOLD.lineHeight() + 2 * PAD;
            p.ensure(h + Style.BODY.lineHeight() + 2 * PAD);
            p.items.add(new SheetPage.Shade(MARGIN, p.y, headerW + group.size() * colW, h));
            draw(cells, 0, lines, Style.BOLD, Style.BOLD);
        }

        void row(List<List<String>> cells) {
            int total = cells.stream().mapToInt(List::size).max().orElse(1);
            float lh = Style.BODY.lineHeight();
            int done = 0;
            while (done < total) {
                int fit = (int) Math.floor((p.bottom() - p.y - 2 * PAD) / lh);
                int freshFit = (int) Math.floor((p.bottom() - MARGIN - 60 - 2 * PAD) / lh);
                boolean moveWhole = done == 0 && total > fit && total <= freshFit;
                if (fit < 1 || moveWhole) {
                    p.newPage();
                    headingRow();
                    continue;
                }
                int n = Math.min(fit, total - done);
                draw(cells, done, done + n, Style.BOLD, Style.BODY);
                done += n;
            }
        }

        private void draw(List<List<String>> cells, int fromLine, int toLine, Style first, Style rest) {
            float lh = Math.max(first.lineHeight(), rest.lineHeight());
            float h = (toLine - fromLine) * lh + 2 * PAD;
            float top = p.y;
            float x = MARGIN;
            for (int c = 0; c < cells.size(); c++) {
                float w = c == 0 ? headerW : colW;
                Style style = c == 0 ? first : rest;
                List<String> lines = cells.get(c);
                for (int i = fromLine; i < Math.min(toLine, lines.size()); i++) {
                    float baseline = top + PAD + (i - fromLine) * lh + style.size();
                    if (!lines.get(i).isEmpty()) {
                        p.items.add(new SheetPage.Text(x + PAD, baseline, lines.get(i), style));
                    }
                }
                p.items.add(new SheetPage.Rule(x, top, x, top + h));
                x += w;
            }
            p.items.add(new SheetPage.Rule(x, top, x, top + h));
            p.items.add(new SheetPage.Rule(MARGIN, top, x, top));
            p.items.add(new SheetPage.Rule(MARGIN, top + h, x, top + h));
            p.y = top + h;
        }
    }

    /** The pages being filled and the vertical position on the current one. */
    private final class Pages {
        final float width;
        final float height;
        final List<List<SheetPage.Item>> done = new ArrayList<>();
        List<SheetPage.Item> items = new ArrayList<>();
        float y = MARGIN;

        Pages(float width, float height) {
            this.width = width;
            this.height = height;
        }

        float bottom() {
            return height - MARGIN - FOOTER_SPACE;
        }

        void newPage() {
            done.add(items);
            items = new ArrayList<>();
            y = MARGIN;
        }

        void ensure(float h) {
            if (y + h > bottom() && y > MARGIN) {
                newPage();
            }
        }

        void block(String text, Style style, float x, float w) {
            for (String l : TextWrap.wrap(text, w, style, measure)) {
                ensure(style.lineHeight());
                line(x, l, style);
            }
        }

        void text(float x, String text, Style style) {
            items.add(new SheetPage.Text(x, y + style.size(), text, style));
        }

        void line(float x, String text, Style style) {
            text(x, text, style);
            y += style.lineHeight();
        }

        List<SheetPage> finish(ComparisonSheet sheet) {
            done.add(items);
            List<SheetPage> pages = new ArrayList<>();
            int n = done.size();
            float baseline = height - MARGIN + Style.SMALL.size();
            for (int i = 0; i < n; i++) {
                List<SheetPage.Item> all = new ArrayList<>(done.get(i));
                String left = messages.get("sheet.footer", sheet.title(), sheet.date().toString());
                String right = messages.get("sheet.page", i + 1, n);
                all.add(new SheetPage.Text(MARGIN, baseline, left, Style.SMALL));
                all.add(new SheetPage.Text(width - MARGIN - measure.width(right, Style.SMALL), baseline, right,
                        Style.SMALL));
                pages.add(new SheetPage(i + 1, width, height, all));
            }
            return pages;
        }
    }
}
