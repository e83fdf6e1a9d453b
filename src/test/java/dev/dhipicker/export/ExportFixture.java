package dev.dhipicker.export;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.WorkloadProfiles;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.testing.BundledData;

import java.time.LocalDate;

/** The bundled catalog, the engine at a fixed date and an English writer, shared by the export tests. */
final class ExportFixture {
    static final LocalDate TODAY = BundledData.TODAY;
    static final Catalog CATALOG = BundledData.CATALOG;
    static final WorkloadProfiles PROFILES = BundledData.PROFILES;
    static final Messages MESSAGES = Messages.english();

    private ExportFixture() {
    }

    static Recommendation recommend(Answers answers) {
        return BundledData.recommend(answers);
    }

    static DockerfileWriter writer() {
        return new DockerfileWriter(MESSAGES, CATALOG);
    }
}
