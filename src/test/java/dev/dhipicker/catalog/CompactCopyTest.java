package dev.dhipicker.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A user's catalog read through its compact copy only when the copy was made from its exact bytes. */
class CompactCopyTest {
    @TempDir
    Path tmp;

    @Test
    void theCopyIsUsedWhenItMatchesAndIgnoredWhenStaleOrDamaged() throws Exception {
        byte[] json;
        try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUNDLED_CATALOG)) {
            json = in.readAllBytes();
        }
        CatalogLoader loader = new CatalogLoader();
        Catalog full = loader.load("json", new ByteArrayInputStream(json));
        Path file = Files.write(tmp.resolve("catalog.json"), json);
        Path bin = Files.write(tmp.resolve("catalog.bin"), loader.compactCopy(full, json));

        Catalog viaCopy = loader.loadWithCompactCopy(file, bin);
        assertThat(viaCopy.info()).isEqualTo(full.info());
        assertThat(viaCopy.repositories()).isEqualTo(full.repositories());
        assertThat(viaCopy.definitions("python")).isEqualTo(full.definitions("python"));

        // the JSON changed after the copy was made: the JSON wins
        String changed = new String(json, StandardCharsets.UTF_8).replace("\"snapshotDate\":\"2026-08-22\"",
                "\"snapshotDate\":\"2026-11-30\"");
        Files.writeString(file, changed);
        assertThat(loader.loadWithCompactCopy(file, bin).info().snapshotDate()).isEqualTo(LocalDate.parse("2026-11-30"));

        // a damaged copy is ignored too
        byte[] damaged = Files.readAllBytes(bin);
        damaged[damaged.length / 2] ^= 0x55;
        Files.write(bin, java.util.Arrays.copyOf(damaged, damaged.length / 3));
        assertThat(loader.loadWithCompactCopy(file, bin).info().snapshotDate()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(loader.loadWithCompactCopy(file, tmp.resolve("missing.bin")).repositories()).hasSize(554);
    }
}
