package dev.dhipicker.catalog;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The compact copy of the bundled catalog holds exactly what the JSON holds. */
class CompactCatalogTest {

    private static void assertSameCatalog(Catalog a, Catalog b) {
        assertThat(b.info()).isEqualTo(a.info());
        assertThat(b.repositories()).isEqualTo(a.repositories());
        for (Repository r : a.repositories()) {
            assertThat(b.definitions(r.name())).as(r.name()).isEqualTo(a.definitions(r.name()));
            List<ImageDefinition> bDefs = b.definitions(r.name());
            for (int i = 0; i < bDefs.size(); i++) {
                ImageDefinition d = a.definitions(r.name()).get(i);
                for (String tag : d.tags()) {
                    assertThat(b.definitionByTag(r.name(), tag)).as(tag).containsSame(bDefs.get(i));
                }
                assertThat(b.pinnedTag(bDefs.get(i))).isEqualTo(a.pinnedTag(d));
                assertThat(b.parsedTags(bDefs.get(i))).isEqualTo(a.parsedTags(d));
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

    @Test
    void theStampOfAJsonInAJarComesFromTheJarsDirectory(@TempDir Path dir) throws Exception {
        byte[] json = "{\"format\": 1}".getBytes(StandardCharsets.UTF_8);
        Path jar = dir.resolve("app.jar");
        try (OutputStream f = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(f)) {
            out.putNextEntry(new ZipEntry("catalog-data/dhi-catalog.json"));
            out.write(json);
            out.closeEntry();
        }
        URL url = new URL("jar:" + jar.toUri() + "!/catalog-data/dhi-catalog.json");
        assertThat(CatalogLoader.jarEntryStamp(url)).containsExactly(json.length, CompactCatalogBuilder.crc(json));
        assertThat(CatalogLoader.jarEntryStamp(dir.toUri().toURL())).as("not in a jar").isNull();
    }

    @Test
    void theBundledStampIsTheJsonsSizeAndCrc() throws Exception {
        CatalogLoader loader = new CatalogLoader();
        byte[] json = loader.readAll(CatalogLoader.BUNDLED_CATALOG);
        assertThat(loader.bundledJsonStamp()).containsExactly(json.length, CompactCatalogBuilder.crc(json));
    }

    @Test
    void repositoriesFirstAskedAboutFromManyThreadsAtOnceGetOneConsistentIndex() throws Exception {
        CatalogLoader loader = new CatalogLoader();
        Catalog fromJson = loader.loadBundledJson(loader.readAll(CatalogLoader.BUNDLED_CATALOG));
        for (int round = 0; round < 3; round++) {
            Catalog lazy = loader.loadBundled();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    results.add(pool.submit((Callable<Boolean>) () -> {
                        for (Repository r : fromJson.repositories()) {
                            List<ImageDefinition> defs = lazy.definitions(r.name());
                            for (int i = 0; i < defs.size(); i++) {
                                ImageDefinition d = defs.get(i);
                                if (lazy.definitionByTag(r.name(), d.tags().get(0)).orElse(null) != d
                                        || !lazy.pinnedTag(d).equals(fromJson.pinnedTag(fromJson.definitions(r.name()).get(i)))) {
                                    return false;
                                }
                            }
                        }
                        return true;
                    }));
                }
                for (Future<Boolean> f : results) {
                    assertThat(f.get()).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
