package dev.dhipicker.export;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogLoader;
import dev.dhipicker.catalog.TextCatalog;
import dev.dhipicker.catalog.WorkloadProfiles;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.recommend.Recommender;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The bundled catalog, a fixed date and helpers shared by the sheet tests. */
public final class SheetFixture {
    public static final LocalDate TODAY = LocalDate.parse("2026-11-26");
    public static final Catalog CATALOG;
    public static final WorkloadProfiles PROFILES;
    public static final TextCatalog TEXTS;
    public static final Messages MESSAGES = Messages.english();

    static {
        try {
            CatalogLoader loader = new CatalogLoader();
            CATALOG = loader.loadBundled();
            PROFILES = loader.loadProfiles(CATALOG);
            TEXTS = loader.loadTexts("en");
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private SheetFixture() {
    }

    public static Recommendation recommend(Answers answers) {
        try {
            return new Recommender(CATALOG, PROFILES, Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    ZoneOffset.UTC)).recommend(answers);
        } catch (dev.dhipicker.recommend.InvalidAnswerException e) {
            throw new IllegalArgumentException(e);
        }
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
