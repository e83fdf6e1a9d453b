package dev.dhipicker.export;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogLoader;
import dev.dhipicker.catalog.WorkloadProfiles;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.InvalidAnswerException;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.recommend.Recommender;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The bundled catalog, the engine at a fixed date and an English writer, shared by the export tests. */
final class ExportFixture {
    static final LocalDate TODAY = LocalDate.parse("2026-11-26");
    static final Catalog CATALOG;
    static final WorkloadProfiles PROFILES;
    static final Messages MESSAGES = Messages.english();

    static {
        try {
            CatalogLoader loader = new CatalogLoader();
            CATALOG = loader.loadBundled();
            PROFILES = loader.loadProfiles(CATALOG);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ExportFixture() {
    }

    static Recommendation recommend(Answers answers) {
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        try {
            return new Recommender(CATALOG, PROFILES, clock).recommend(answers);
        } catch (InvalidAnswerException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static DockerfileWriter writer() {
        return new DockerfileWriter(MESSAGES, CATALOG);
    }
}
