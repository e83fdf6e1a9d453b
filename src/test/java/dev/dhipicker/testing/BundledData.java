package dev.dhipicker.testing;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogLoader;
import dev.dhipicker.catalog.TextCatalog;
import dev.dhipicker.catalog.WorkloadProfiles;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.InvalidAnswerException;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.recommend.Recommender;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The bundled catalog, profiles and English texts, loaded once for all tests, and the engine at
 * the fixed date the tests are written for (2026-11-26: .NET 8/9 and Temurin 26 are past their
 * end of life then).
 */
public final class BundledData {
    public static final LocalDate TODAY = LocalDate.parse("2026-11-26");
    public static final Catalog CATALOG;
    public static final WorkloadProfiles PROFILES;
    public static final TextCatalog TEXTS;

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

    private BundledData() {
    }

    /** The engine over the bundled catalog, judging end of life on the given day. */
    public static Recommender engine(LocalDate today) {
        return new Recommender(CATALOG, PROFILES, Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }

    /** A recommendation on {@link #TODAY}; answers that the engine refuses fail the test. */
    public static Recommendation recommend(Answers answers) {
        try {
            return engine(TODAY).recommend(answers);
        } catch (InvalidAnswerException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
