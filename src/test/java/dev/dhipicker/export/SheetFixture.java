package dev.dhipicker.export;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.TextCatalog;
import dev.dhipicker.catalog.WorkloadProfiles;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.testing.BundledData;

import java.time.LocalDate;
import java.util.List;

/** The bundled catalog, a fixed date and helpers shared by the sheet tests. */
public final class SheetFixture {
    public static final LocalDate TODAY = BundledData.TODAY;
    public static final Catalog CATALOG = BundledData.CATALOG;
    public static final WorkloadProfiles PROFILES = BundledData.PROFILES;
    public static final TextCatalog TEXTS = BundledData.TEXTS;
    public static final Messages MESSAGES = Messages.english();

    private SheetFixture() {
    }

    public static Recommendation recommend(Answers answers) {
        return BundledData.recommend(answers);
    }

    public static ComparisonSheet sheet(Answers answers) {
        return new SheetBuilder(CATALOG, TEXTS, MESSAGES).build(recommend(answers), TODAY);
    }

    /** Python with default answers: runtime, build and four alternatives, six columns. */
    public static ComparisonSheet sixColumns() {
        ComparisonSheet s = sheet(Answers.defaults("python"));
        if (s.columns().size() != 6) {
            throw new IllegalStateException("fixture expects six columns, got " + s.columns().size());
        }
        return s;
    }

    /** A measure that gives every character the same width: 0.6 of the font size. */
    public static TextMeasure monospace() {
        return (text, style) -> text.codePointCount(0, text.length()) * style.size() * 0.6f;
    }

    /** A small sheet built by hand. */
    public static ComparisonSheet handMade(List<String> rows, List<ComparisonSheet.Column> columns) {
        return new ComparisonSheet("Title", TODAY, List.of("header"), List.of(), rows, columns, List.of());
    }
}
