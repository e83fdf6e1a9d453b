package dev.dhipicker.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A definition's {@code environment} block reaches the model exactly as written (names, values,
 * order), survives the JSON and the compact copy, and is read by the one-line value rules; so do
 * the executables its {@code paths} write under a bin directory.
 */
class EnvironmentImportTest {

    private final CatalogImporter importer = new CatalogImporter(Map.of());

    private static String withEnvironment(String environmentBlock) {
        return UpstreamFixture.definition("gamma", "runtime", null, "appuser",
                new String[]{"8.5", "8.5.9", "8.5-alpine3.24"}, new String[]{"php-8.5=8.5.9-r0"}, null)
                + environmentBlock;
    }

    private static UpstreamFixture fixture(Path dir, String environmentBlock) {
        UpstreamFixture f = new UpstreamFixture(dir);
        f.info("gamma", "Gamma");
        f.file("image/gamma/alpine-3.24/8.5.yaml", withEnvironment(environmentBlock));
        f.file("image/gamma/debian-13/8.5.yaml", UpstreamFixture.definition("gamma", "runtime", null, "appuser",
                new String[]{"8.5-debian13"}, new String[]{"php-8.5"}, null));
        return f;
    }

    private static ImageDefinition def(ImportResult r, String file) {
        return r.definitions().stream().filter(d -> d.file().equals(file)).findFirst().orElseThrow();
    }

    /** Names in the order written, not sorted; quoted numbers and an empty value kept as text. */
    private static final String BLOCK = """
            environment:
              PHP_VERSION: 8.5.9-r0
              PHP_INI_DIR: /usr/local/etc/php
              CFLAGS: -fstack-protector-strong -O2 -D_FILE_OFFSET_BITS=64
              COMPOSER_ALLOW_SUPERUSER: "1"
              EMPTY: ""
              PATH: /opt/php-8.5/bin:/usr/local/bin:/usr/bin:/bin
              SPACED: "  two  spaces  "
            """;

    @Test
    void theImporterCarriesTheEnvironmentExactlyAndInFileOrder(@TempDir Path dir) throws Exception {
        fixture(dir, BLOCK);
        ImportResult r = importer.importFrom(dir, CatalogImporterTest.INFO, null);
        ImageDefinition d = def(r, "alpine-3.24/8.5.yaml");
        assertThat(new ArrayList<>(d.environment().entrySet())).containsExactly(
                Map.entry("PHP_VERSION", "8.5.9-r0"),
                Map.entry("PHP_INI_DIR", "/usr/local/etc/php"),
                Map.entry("CFLAGS", "-fstack-protector-strong -O2 -D_FILE_OFFSET_BITS=64"),
                Map.entry("COMPOSER_ALLOW_SUPERUSER", "1"),
                Map.entry("EMPTY", ""),
                Map.entry("PATH", "/opt/php-8.5/bin:/usr/local/bin:/usr/bin:/bin"),
                Map.entry("SPACED", "  two  spaces  "));
        assertThat(d.env("PHP_PREFIX")).isNull();
        assertThat(def(r, "debian-13/8.5.yaml").environment()).as("no environment block").isEmpty();
    }

    @Test
    void theEnvironmentSurvivesTheJsonAndTheCompactCopyInOrder(@TempDir Path dir) throws Exception {
        fixture(dir, BLOCK);
        ImportResult r = importer.importFrom(dir, CatalogImporterTest.INFO, null);
        byte[] json = new CatalogJsonWriter().write(r);
        assertThat(new String(json, StandardCharsets.UTF_8))
                .contains("\"environment\":{\"PHP_VERSION\":\"8.5.9-r0\",\"PHP_INI_DIR\":\"/usr/local/etc/php\"");
        Catalog loaded = new CatalogLoader().load("fixture.json", new ByteArrayInputStream(json));
        ImageDefinition imported = def(r, "alpine-3.24/8.5.yaml");
        ImageDefinition fromJson = loaded.definitions("gamma").stream()
                .filter(d -> d.file().equals("alpine-3.24/8.5.yaml")).findFirst().orElseThrow();
        assertThat(new ArrayList<>(fromJson.environment().entrySet()))
                .containsExactlyElementsOf(new ArrayList<>(imported.environment().entrySet()));

        long crc = CompactCatalogBuilder.crc(json);
        Catalog back = CompactCatalog.read(new ByteArrayInputStream(CompactCatalog.write(loaded, json.length, crc)),
                json.length, crc, loaded.compliance());
        ImageDefinition fromCompact = back.definitions("gamma").stream()
                .filter(d -> d.file().equals("alpine-3.24/8.5.yaml")).findFirst().orElseThrow();
        assertThat(new ArrayList<>(fromCompact.environment().entrySet()))
                .containsExactlyElementsOf(new ArrayList<>(imported.environment().entrySet()));
        assertThat(back.definitions("gamma")).isEqualTo(loaded.definitions("gamma"));
    }

    @Test
    void theExecutablesADefinitionWritesUnderBinAreKeptInFileOrder(@TempDir Path dir) throws Exception {
        fixture(dir, BLOCK + """
                paths:
                  - type: directory
                    path: /usr/local/bin
                  - type: symlink
                    path: /usr/local/bin/composer
                    source: /usr/local/bin/composer.phar
                  - type: file
                    path: /etc/gamma/gamma.ini
                    content: x
                  - type: file
                    path: /opt/gamma/sbin/gammad
                    content: y
                  - type: symlink
                    path: /usr/local/bin/composer
                    source: /usr/local/bin/composer.phar
                """);
        ImportResult r = importer.importFrom(dir, CatalogImporterTest.INFO, null);
        ImageDefinition d = def(r, "alpine-3.24/8.5.yaml");
        assertThat(d.binPaths()).containsExactly("/usr/local/bin/composer", "/opt/gamma/sbin/gammad");
        assertThat(def(r, "debian-13/8.5.yaml").binPaths()).isEmpty();
        byte[] json = new CatalogJsonWriter().write(r);
        Catalog loaded = new CatalogLoader().load("fixture.json", new ByteArrayInputStream(json));
        long crc = CompactCatalogBuilder.crc(json);
        Catalog back = CompactCatalog.read(new ByteArrayInputStream(CompactCatalog.write(loaded, json.length, crc)),
                json.length, crc, loaded.compliance());
        for (Catalog c : List.of(loaded, back)) {
            assertThat(c.definitions("gamma").stream().filter(x -> x.file().equals("alpine-3.24/8.5.yaml"))
                    .findFirst().orElseThrow().binPaths()).containsExactly("/usr/local/bin/composer",
                    "/opt/gamma/sbin/gammad");
        }
    }

    @Test
    void aControlCharacterInAValueIsRefusedNamingTheFileLineAndVariable(@TempDir Path dir) {
        fixture(dir, "environment:\n  GOOD: yes\n  BAD: \"one\\ttwo\"\n");
        assertThatThrownBy(() -> importer.importFrom(dir, CatalogImporterTest.INFO, null))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("alpine-3.24/8.5.yaml")
                .hasMessageContaining("environment.BAD")
                .hasMessageContaining("\\t");
    }

    @Test
    void anEmptyEntryANestedValueOrAListIsRefused(@TempDir Path dir) {
        for (String block : List.of("environment:\n  NOTHING: ~\n", "environment:\n  NESTED:\n    A: b\n",
                "environment:\n  - A=b\n")) {
            fixture(dir, block);
            assertThatThrownBy(() -> importer.importFrom(dir, CatalogImporterTest.INFO, null))
                    .as(block)
                    .isInstanceOf(CatalogException.class)
                    .hasMessageContaining("alpine-3.24/8.5.yaml")
                    .hasMessageContaining("environment");
        }
    }

    @Test
    void theLoaderRefusesAControlCharacterOrANonStringValue() throws Exception {
        String json = new String(new CatalogJsonWriter().write(importOne()), StandardCharsets.UTF_8);
        assertThat(json).contains("\"PHP_INI_DIR\":\"/usr/local/etc/php\"");
        for (String bad : List.of("\"PHP_INI_DIR\":\"/usr/local/etc/php\\u001b[2J\"", "\"PHP_INI_DIR\":7",
                "\"PHP_\\nINI_DIR\":\"/usr/local/etc/php\"", "\"\":\"/usr/local/etc/php\"")) {
            String broken = json.replace("\"PHP_INI_DIR\":\"/usr/local/etc/php\"", bad);
            assertThatThrownBy(() -> new CatalogLoader().load("broken.json",
                    new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                    .as(bad)
                    .isInstanceOf(CatalogException.class)
                    .hasMessageContaining("environment");
        }
    }

    private ImportResult importOne() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("env-import");
        try {
            fixture(dir, BLOCK);
            return importer.importFrom(dir, CatalogImporterTest.INFO, null);
        } finally {
            try (var walk = java.nio.file.Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
