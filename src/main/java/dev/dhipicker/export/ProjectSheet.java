package dev.dhipicker.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A project report as plain, already translated text, for {@link ProjectPdfWriter}: a summary
 * page, then one page per service (each starts a new sheet of paper; a long one continues on the
 * next, with its heading repeated). It knows nothing of how the project was read: {@code discover}
 * builds it.
 *
 * @param title  the report's title (document title and footer)
 * @param date   the date the report was made for
 * @param footer the text at the foot of every page, left of the page number (catalog snapshot)
 * @param pages  the summary page first, then one page per service
 */
public record ProjectSheet(String title, LocalDate date, String footer, List<Page> pages) {
    public ProjectSheet {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(footer, "footer");
        pages = List.copyOf(pages);
    }

    /** Every string of the report, for font coverage checks. */
    public List<String> allText() {
        List<String> all = new ArrayList<>(List.of(title, footer));
        for (Page p : pages) {
            all.add(p.heading());
            all.addAll(p.lines());
            for (Section s : p.sections()) {
                all.add(s.heading());
                s.fields().forEach(f -> {
                    all.add(f.label());
                    all.add(f.value());
                });
                all.addAll(s.items());
            }
        }
        return all;
    }

    /**
     * One logical page (a service, or the summary).
     *
     * @param heading  the page's heading (repeated, marked as continued, on a continuation)
     * @param lines    short lines under the heading (file, project, catalog)
     * @param sections the page's sections, in order
     */
    public record Page(String heading, List<String> lines, List<Section> sections) {
        public Page {
            Objects.requireNonNull(heading, "heading");
            lines = List.copyOf(lines);
            sections = List.copyOf(sections);
        }
    }

    /**
     * A block of a page: a heading, a two-column table of fields, then bulleted items.
     *
     * @param heading the section heading
     * @param fields  label and value rows (the value wraps in its column)
     * @param items   bulleted lines under the table (findings, notices)
     */
    public record Section(String heading, List<Field> fields, List<String> items) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            fields = List.copyOf(fields);
            items = List.copyOf(items);
        }
    }

    /**
     * A label and its value.
     *
     * @param label the label
     * @param value the value (may hold line breaks)
     */
    public record Field(String label, String value) {
        public Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }
}
