package dev.dhipicker.catalog;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The compact copy of the bundled catalog holds exactly what the JSON holds. */
class CompactCatalogTest {

    private static void assertSameCatalog(Catalog a, Catalog b) {
        assertThat(b.info()).isEqualTo(a.info());
        assertThat(b.repositories()).isEqualTo(a.repositories());
        for (Repository r : a.repositories()) {
            assertThat(b.definitions(r.name())).as(r.name()).isEqualTo(a.definitions(r.name()));
            for (ImageDefinition d : a.definitions(r.name())) {
                assertThat(b.pinnedTag(b.definitionByTag(r.name(), d.tags().get(0)).orElseThrow()))
                        .isEqualTo(a.pinnedTag(d));
            }
        }
        assertThat(b.charts()).isEqualTo(a.charts());
        assertThat(b.definitionCount()).isEqualTo(a.definitionCount());
        assertThat(b.compliance()).isEqualTo(a.compliance());
    }

    @Test
    void roundTripGivesTheSameCatalogAsTheJson() throws Exception {
        CatalogLoader loader = new CatalogLoader();
        byte[] json = loader.readAll(CatalogLoader.BUNDLED_CATALOG);
        Catalog fromJson = loader.loadBundledJson(json);
        long crc = CompactCatalogBuilder.crc(json);
        byte[] compact = CompactCatalog.write(fromJson, json.length, crc);
        Catalog back = CompactCatalog.read(new ByteArrayInputStream(compact), json.length, crc, fromJson.compliance());
        assertSameCatalog(fromJson, back);
    }

    @Test
    void aCopyOfOtherJsonIsNotUsed() throws Exception {
        CatalogLoader loader = new CatalogLoader();
        byte[] json = loader.readAll(CatalogLoader.BUNDLED_CATALOG);
        Catalog fromJson = loader.loadBundledJson(json);
        long crc = CompactCatalogBuilder.crc(json);
        byte[] compact = CompactCatalog.write(fromJson, json.length, crc);
        assertThat(CompactCatalog.read(new ByteArrayInputStream(compact), json.length, crc + 1, fromJson.compliance())).isNull();
        assertThat(CompactCatalog.read(new ByteArrayInputStream(compact), json.length + 1, crc, fromJson.compliance())).isNull();
    }

    @Test
    void theBuildMadeACopyAndTheBundledLoadMatchesTheJson() throws Exception {
        CatalogLoader loader = new CatalogLoader();
        byte[] json = loader.readAll(CatalogLoader.BUNDLED_CATALOG);
        Catalog fromJson = loader.loadBundledJson(json);
        try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUNDLED_COMPACT)) {
            assertThat(in).as("process-classes wrote the compact copy").isNotNull();
            assertThat(CompactCatalog.read(in, json.length, CompactCatalogBuilder.crc(json), fromJson.compliance()))
                    .as("the copy was made from the bundled JSON, so loadBundled() uses it").isNotNull();
        }
        assertSameCatalog(loader.loadBundledJson(loader.readAll(CatalogLoader.BUNDLED_CATALOG)), loader.loadBundled());
    }
}
