package dev.dhipicker.recommend;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogLoader;
import dev.dhipicker.catalog.TextCatalog;
import dev.dhipicker.catalog.WorkloadProfiles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The bundled catalog and profiles with a fixed clock, shared by the engine tests. */
final class EngineFixture {
    static final LocalDate TODAY = LocalDate.parse("2026-11-26");
    static final Catalog CATALOG;
    static final WorkloadProfiles PROFILES;
    static final TextCatalog TEXTS;

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

    private EngineFixture() {
    }

    static Recommender engine() {
        return engine(TODAY);
    }

    static Recommender engine(LocalDate today) {
        return new Recommender(CATALOG, PROFILES, Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }
}
