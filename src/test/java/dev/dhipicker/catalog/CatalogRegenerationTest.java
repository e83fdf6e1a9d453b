package dev.dhipicker.catalog;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Regenerates the bundled catalog from the upstream checkout beside the project
 * ({@code ../shared/dhi-catalog}, or the folder the system property {@code dhi.upstream} names) and
 * fails when the committed file differs. Skipped where the checkout is absent (a plain clone), but
 * required in CI ({@code CI=true}).
 */
class CatalogRegenerationTest {

    static final Path UPSTREAM = System.getProperty("dhi.upstream") != null
            ? Path.of(System.getProperty("dhi.upstream")) : Path.of("..", "shared", "dhi-catalog");

    @Test
    void bundledCatalogIsExactlyWhatTheImporterProduces() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!Files.isDirectory(UPSTREAM.resolve("image"))) {
            assertThat(ci).as("CI must have the upstream catalog at " + UPSTREAM.toAbsolutePath()).isFalse();
            assumeTrue(false, "no upstream catalog checkout at " + UPSTREAM);
        }
        String readme = Files.readString(UPSTREAM.resolve("README.md")).replaceAll("\\s+", " ");
        var m = java.util.regex.Pattern.compile("commit ([0-9a-f]{40}), dated (\\d{4}-\\d{2}-\\d{2})").matcher(readme);
        assertThat(m.find()).as("provenance in the upstream README").isTrue();
        CatalogInfo info = new CatalogInfo("https://github.com/docker-hardened-images/catalog", m.group(1),
                java.time.LocalDate.parse(m.group(2)), CatalogImporter.GENERATOR);
        ImportResult result = new CatalogImporter().importFrom(UPSTREAM, info, null);
        byte[] regenerated = new CatalogJsonWriter().write(result);
        byte[] committed = Files.readAllBytes(Path.of("catalog-data", "dhi-catalog.json"));
        assertThat(new String(regenerated, java.nio.charset.StandardCharsets.UTF_8))
                .as("catalog-data/dhi-catalog.json is stale: run import-catalog ../shared/dhi-catalog -o catalog-data/dhi-catalog.json --force")
                .isEqualTo(new String(committed, java.nio.charset.StandardCharsets.UTF_8));
    }
}
