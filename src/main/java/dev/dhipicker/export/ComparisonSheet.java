package dev.dhipicker.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The comparison sheet as plain, already translated text: what gets printed and filed. Both the
 * PDF writer and the JavaFX printer lay out this one model, so paper and PDF show the same.
 *
 * @param title      sheet title
 * @param date       the date the sheet was made for
 * @param header     lines under the title: date, catalog snapshot and source, chart, a no-runtime note
 * @param answers    the answers, as label and value
 * @param rowHeaders the row labels, in order; every column has one cell per row
 * @param columns    the compared images, at most {@link #MAX_COLUMNS}
 * @param sections   notes printed below the table (not met, warnings), each with a heading
 */
public record ComparisonSheet(String title, LocalDate date, List<String> header, List<Field> answers,
                              List<String> rowHeaders, List<Column> columns, List<Section> sections) {

    /** Runtime, build and up to four alternatives. */
    public static final int MAX_COLUMNS = 6;

    public ComparisonSheet {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        header = List.copyOf(header);
        answers = List.copyOf(answers);
        rowHeaders = List.copyOf(rowHeaders);
        columns = List.copyOf(columns);
        sections = List.copyOf(sections);
        if (columns.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("at most " + MAX_COLUMNS + " columns, got " + columns.size());
        }
        for (Column c : columns) {
            if (c.cells().size() != rowHeaders.size()) {
                throw new IllegalArgumentException("column '" + c.heading() + "' has " + c.cells().size()
                        + " cells for " + rowHeaders.size() + " rows");
            }
        }
    }

    /** Every string of the sheet, for font coverage checks. */
    public List<String> allText() {
        List<String> all = new java.util.ArrayList<>();
        all.add(title);
        all.addAll(header);
        answers.forEach(f -> {
            all.add(f.label());
            all.add(f.value());
        });
        all.addAll(rowHeaders);
        columns.forEach(c -> {
            all.add(c.heading());
            all.addAll(c.cells());
        });
        sections.forEach(s -> {
            all.add(s.heading());
            all.addAll(s.lines());
        });
        return all;
    }

    /**
     * A label and its value.
     *
     * @param label the label
     * @param value the value
     */
    public record Field(String label, String value) {
    }

    /**
     * One compared image.
     *
     * @param heading   what the column is ("Runtime (recommended)", "Alternative 2")
     * @param reference the image reference (also the first cell)
     * @param cells     one text per row header
     */
    public record Column(String heading, String reference, List<String> cells) {
        public Column {
            cells = List.copyOf(cells);
        }
    }

    /**
     * Notes under the table.
     *
     * @param heading section heading
     * @param lines   one entry per note
     */
    public record Section(String heading, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }
}
