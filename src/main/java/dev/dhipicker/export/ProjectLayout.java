package dev.dhipicker.export;

import dev.dhipicker.export.TextMeasure.Style;
import dev.dhipicker.i18n.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Paginates a {@link ProjectSheet} with the comparison sheet's margins, styles and line
 * wrapping. Every logical page starts on a new sheet of paper; one that does not fit continues on
 * the next, under its heading marked "(continued)". A section heading is never left alone at the
 * foot of a page, a field row that does not fit the rest of a page moves whole (or, when taller
 * than a page, continues line by line), and nothing is clipped: every text is wrapped to its
 * column. Every page gets the footer and "Page x of y".
 */
public final class ProjectLayout {
    /** Widest label column, in points. */
    public static final float MAX_LABEL_WIDTH = 130f;
    private static final float MARGIN = SheetLayout.MARGIN;
    private static final float PAD = 3f;
    private static final float GAP = 6f;

    private final TextMeasure measure;
    private final Messages messages;

    /**
     * @param measure  measures text in the renderer's font
     * @param messages interface strings (page numbers, the continuation mark)
     */
    public ProjectLayout(TextMeasure measure, Messages messages) {
        this.measure = measure;
        this.messages = messages;
    }

    /**
     * A laid-out page and the logical page it shows.
     *
     * @param page      what to draw
     * @param source    index of the logical page in {@link ProjectSheet#pages()}
     * @param continued true on the second and later sheets of one logical page
     */
    public record Placed(SheetPage page, int source, boolean continued) {
    }

    /** Lays the report out on pages of the given size (points, portrait). */
    public List<Placed> layout(ProjectSheet sheet, float pageWidth, float pageHeight) {
        float content = pageWidth - 2 * MARGIN;
        float labelW = labelWidth(sheet);
        // the footer's text wraps left of the widest page number; its height is kept free on every page
        String widestNumber = messages.get("sheet.page", 999, 999);
        float footerW = content - measure.width(widestNumber, Style.SMALL) - 12;
        float footerH = TextWrap.wrap(sheet.footer(), footerW, Style.SMALL, measure).size() * Style.SMALL.lineHeight();
        Pages p = new Pages(pageWidth, pageHeight, pageHeight - MARGIN - footerH - GAP);
        for (int i = 0; i < sheet.pages().size(); i++) {
            ProjectSheet.Page page = sheet.pages().get(i);
            p.start(page, i);
            for (ProjectSheet.Section s : page.sections()) {
                section(p, s, labelW);
            }
        }
        return p.finish(sheet.footer(), footerW);
    }

    private float labelWidth(ProjectSheet sheet) {
        float w = 0;
        for (ProjectSheet.Page page : sheet.pages()) {
            for (ProjectSheet.Section s : page.sections()) {
                for (ProjectSheet.Field f : s.fields()) {
                    for (String word : f.label().split(" ")) {
                        w = Math.max(w, measure.width(word, Style.BOLD));
                    }
                    w = Math.max(w, Math.min(measure.width(f.label(), Style.BOLD), MAX_LABEL_WIDTH - 2 * PAD));
                }
            }
        }
        return Math.min(MAX_LABEL_WIDTH, w + 2 * PAD);
    }

    private void section(Pages p, ProjectSheet.Section s, float labelW) {
        float content = p.width - 2 * MARGIN;
        p.y += GAP;
        p.section = null;
        float headingH = TextWrap.wrap(s.heading(), content - 2 * PAD, Style.BOLD, measure).size()
                * Style.BOLD.lineHeight() + 2 * PAD;
        // the heading stays with the first row (or item) under it
        p.ensure(headingH + Style.BODY.lineHeight() + 2 * PAD);
        p.sectionHeading(s.heading());
        p.section = s.heading();
        for (ProjectSheet.Field f : s.fields()) {
            row(p, f, labelW);
        }
        if (!s.items().isEmpty()) {
            p.y += PAD;
        }
        String mark = measure.canDisplay("\u2022") ? "\u2022" : "-";
        float bullet = measure.width(mark + " ", Style.BODY);
        for (String item : s.items()) {
            List<String> lines = TextWrap.wrap(item, content - PAD - bullet, Style.BODY, measure);
            for (int i = 0; i < lines.size(); i++) {
                p.ensure(Style.BODY.lineHeight());
                if (i == 0) {
                    p.items.add(new SheetPage.Text(MARGIN + PAD, p.y + Style.BODY.size(), mark, Style.BODY));
                }
                p.items.add(new SheetPage.Text(MARGIN + PAD + bullet, p.y + Style.BODY.size(), lines.get(i), Style.BODY));
                p.y += Style.BODY.lineHeight();
            }
        }
    }

    /** A label and its value side by side, a thin rule under them. */
    private void row(Pages p, ProjectSheet.Field f, float labelW) {
        float content = p.width - 2 * MARGIN;
        List<String> label = TextWrap.wrap(f.label(), labelW - 2 * PAD, Style.BOLD, measure);
        List<String> value = TextWrap.wrap(f.value(), content - labelW - 2 * PAD, Style.BODY, measure);
        float lh = Math.max(Style.BOLD.lineHeight(), Style.BODY.lineHeight());
        int total = Math.max(label.size(), value.size());
        int done = 0;
        while (done < total) {
            int fit = (int) Math.floor((p.bottom - p.y - 2 * PAD) / lh);
            int freshFit = (int) Math.floor((p.bottom - p.freshTop() - 2 * PAD) / lh);
            boolean moveWhole = done == 0 && total > fit && total <= freshFit;
            if (fit < 1 || moveWhole) {
                p.newPage();
                continue;
            }
            int n = Math.min(fit, total - done);
            float top = p.y;
            for (int i = done; i < done + n; i++) {
                float baseline = top + PAD + (i - done) * lh + Style.BODY.size();
                if (i < label.size() && !label.get(i).isEmpty()) {
                    p.items.add(new SheetPage.Text(MARGIN + PAD, baseline, label.get(i), Style.BOLD));
                }
                if (i < value.size() && !value.get(i).isEmpty()) {
                    p.items.add(new SheetPage.Text(MARGIN + labelW + PAD, baseline, value.get(i), Style.BODY));
                }
            }
            p.y = top + n * lh + 2 * PAD;
            p.items.add(new SheetPage.Rule(MARGIN, p.y, MARGIN + content, p.y));
            done += n;
        }
    }

    /** The sheets of paper being filled, the logical page on them and the position on the current one. */
    private final class Pages {
        final float width;
        final float height;
        final float bottom;
        final List<List<SheetPage.Item>> done = new ArrayList<>();
        final List<Integer> sources = new ArrayList<>();
        final List<Boolean> continuations = new ArrayList<>();
        List<SheetPage.Item> items;
        ProjectSheet.Page page;
        int source = -1;
        float y;
        float headingBottom;
        /** The section being laid out: its heading is repeated, marked continued, on the next sheet. */
        String section;

        Pages(float width, float height, float bottom) {
            this.width = width;
            this.height = height;
            this.bottom = bottom;
        }

        /** Where the content of a new sheet of this logical page starts (below the continued heading). */
        float freshTop() {
            return headingBottom;
        }

        void start(ProjectSheet.Page next, int index) {
            flush();
            section = null;
            page = next;
            source = index;
            open(false);
            for (String line : next.lines()) {
                for (String l : TextWrap.wrap(line, width - 2 * MARGIN, Style.SMALL, measure)) {
                    ensure(Style.SMALL.lineHeight());
                    items.add(new SheetPage.Text(MARGIN, y + Style.SMALL.size(), l, Style.SMALL));
                    y += Style.SMALL.lineHeight();
                }
            }
        }

        private void open(boolean continued) {
            items = new ArrayList<>();
            sources.add(source);
            continuations.add(continued);
            y = MARGIN;
            String heading = continued ? messages.get("sheet.continued", page.heading()) : page.heading();
            for (String l : TextWrap.wrap(heading, width - 2 * MARGIN, Style.TITLE, measure)) {
                items.add(new SheetPage.Text(MARGIN, y + Style.TITLE.size(), l, Style.TITLE));
                y += Style.TITLE.lineHeight();
            }
            y += 2;
            if (continued && section != null) {
                y += GAP;
                sectionHeading(messages.get("sheet.continued", section));
            }
            headingBottom = y;
        }

        /** A shaded section heading across the content width. */
        void sectionHeading(String text) {
            float content = width - 2 * MARGIN;
            List<String> lines = TextWrap.wrap(text, content - 2 * PAD, Style.BOLD, measure);
            float h = lines.size() * Style.BOLD.lineHeight() + 2 * PAD;
            items.add(new SheetPage.Shade(MARGIN, y, content, h));
            for (int i = 0; i < lines.size(); i++) {
                items.add(new SheetPage.Text(MARGIN + PAD, y + PAD + i * Style.BOLD.lineHeight() + Style.BOLD.size(),
                        lines.get(i), Style.BOLD));
            }
            y += h;
        }

        private void flush() {
            if (items != null) {
                done.add(items);
            }
        }

        void newPage() {
            flush();
            open(true);
        }

        void ensure(float h) {
            if (y + h > bottom && y > headingBottom) {
                newPage();
            }
        }

        List<Placed> finish(String footer, float footerW) {
            flush();
            List<Placed> out = new ArrayList<>();
            int n = done.size();
            List<String> footerLines = TextWrap.wrap(footer, footerW, Style.SMALL, measure);
            for (int i = 0; i < n; i++) {
                List<SheetPage.Item> all = new ArrayList<>(done.get(i));
                float baseline = height - MARGIN - (footerLines.size() - 1) * Style.SMALL.lineHeight() + Style.SMALL.size();
                all.add(new SheetPage.Rule(MARGIN, baseline - Style.SMALL.size() - 3, width - MARGIN,
                        baseline - Style.SMALL.size() - 3));
                for (String l : footerLines) {
                    all.add(new SheetPage.Text(MARGIN, baseline, l, Style.SMALL));
                    baseline += Style.SMALL.lineHeight();
                }
                String right = messages.get("sheet.page", i + 1, n);
                all.add(new SheetPage.Text(width - MARGIN - measure.width(right, Style.SMALL),
                        height - MARGIN + Style.SMALL.size(), right, Style.SMALL));
                out.add(new Placed(new SheetPage(i + 1, width, height, all), sources.get(i), continuations.get(i)));
            }
            return out;
        }
    }
}
