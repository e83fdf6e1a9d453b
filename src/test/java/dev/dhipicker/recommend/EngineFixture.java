package dev.dhipicker.recommend;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.TextCatalog;
import dev.dhipicker.catalog.WorkloadProfiles;
import dev.dhipicker.testing.BundledData;

import java.time.LocalDate;

/** The bundled catalog and profiles with a fixed clock, shared by the engine tests. */
final class EngineFixture {
    static final LocalDate TODAY = BundledData.TODAY;
    static final Catalog CATALOG = BundledData.CATALOG;
    static final WorkloadProfiles PROFILES = BundledData.PROFILES;
    static final TextCatalog TEXTS = BundledData.TEXTS;

    private EngineFixture() {
    }

    static Recommender engine() {
        return BundledData.engine(TODAY);
    }

    static Recommender engine(LocalDate today) {
        return BundledData.engine(today);
    }
}
