package dev.dhipicker.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Issue 12, points 8-10: malformed upstream data fails the import with file, line and reason. */
class CatalogImporterRefusalTest {

    private final CatalogImporter importer = new CatalogImporter(CatalogImporterTest.SKIP);

    private CatalogException importBroken(Path dir) {
        return catchThrowableOfType(CatalogException.class, () -> importer.importFrom(dir, CatalogImporterTest.INFO, null));
    }

    @Test
    void aBrokenInfoYamlFailsTheImportInsteadOfSkippingTheRepository(@TempDir Path dir) throws Exception {
        UpstreamFixture f = UpstreamFixture.standard(dir);
        f.file("image/alpha/info.yaml", "metadata:\n  display-name: [unclosed\n");
        CatalogException e = importBroken(dir);
        assertThat(e.file()).isEqualTo("image/alpha/info.yaml");
        assertThat(e.location()).startsWith("line ");
        assertThat(e.reason()).startsWith("broken YAML");
    }

    @Test
    void duplicateKeysAreErrorsWithTheirLine(@TempDir Path dir) throws Exception {
        UpstreamFixture f = UpstreamFixture.standard(dir);
        String def = UpstreamFixture.definition("alpha", "runtime", null, "appuser", new String[]{"3", "3.0-debian13"},
                new String[]{"x"}, null);
        f.file("image/alpha/debian-13/3.yaml", def + "tags:\n  - \"9\"\n");
        CatalogException e = importBroken(dir);
        assertThat(e.file()).isEqualTo("image/alpha/debian-13/3.yaml");
        int line = (int) def.lines().count() + 1;
        assertThat(e.location()).isEqualTo("line " + line);
        assertThat(e.reason()).containsIgnoringCase("duplicate").contains("'tags'");
    }

    /** tag as written in YAML | reason fragment */
    @ParameterizedTest(name = "tag {0}")
    @CsvSource(delimiter = '|', value = {
            "~                     | entry 2 is empty (~ or null)",
            "null                  | entry 2 is empty (~ or null)",
            "\"3\\nRUN curl evil\" | control character \\n",
            "\"-bad\"              | '-bad'",
    })
    void aBadTagFailsTheImportNamingFileLineAndTag(String tag, String reason, @TempDir Path dir) throws Exception {
        UpstreamFixture f = UpstreamFixture.standard(dir);
        f.file("image/alpha/debian-13/3.yaml", """
                name: alpha 3
                image: dhi.io/alpha
                variant: runtime
                tags:
                  - "3"
                  - %s
                accounts:
                  run-as: root
                """.formatted(tag));
        CatalogException e = importBroken(dir);
        assertThat(e.file()).isEqualTo("image/alpha/debian-13/3.yaml");
        assertThat(e.location()).matches("line [4-6], tags\\[1\\]");
        assertThat(e.reason()).contains(reason);
    }

    /** field | value | reason fragment */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "variant | sidecar    | unknown variant 'sidecar'",
            "image   | dhi.io/zzz | does not match its folder",
    })
    void anUnknownVariantOrWrongImageFailsTheImport(String field, String value, String reason, @TempDir Path dir) {
        UpstreamFixture f = UpstreamFixture.standard(dir);
        String def = UpstreamFixture.definition("alpha", "runtime", null, "root", new String[]{"5"}, new String[]{"x"}, null)
                .replace(field + ": " + (field.equals("image") ? "dhi.io/alpha" : "runtime"), field + ": " + value);
        f.file("image/alpha/debian-13/5.yaml", def);
        CatalogException e = importBroken(dir);
        assertThat(e.file()).isEqualTo("image/alpha/debian-13/5.yaml");
        assertThat(e.location()).startsWith("line ").endsWith(field);
        assertThat(e.reason()).contains(reason);
    }

    @Test
    void aBadDateFailsTheImport(@TempDir Path dir) {
        UpstreamFixture f = UpstreamFixture.standard(dir);
        f.file("image/alpha/debian-13/5.yaml", UpstreamFixture.definition("alpha", "runtime", null, "root",
                new String[]{"5"}, new String[]{"x"}, "2030-13-45"));
        CatalogException e = importBroken(dir);
        assertThat(e.location()).startsWith("line ").endsWith("dates.end-of-life");
        assertThat(e.reason()).contains("'2030-13-45' is not a date");
    }

    @Test
    void aYamlFileOutsideADistroFolderAndNotInTheSkipListFailsTheImport(@TempDir Path dir) {
        UpstreamFixture f = UpstreamFixture.standard(dir);
        f.file("image/alpha/extras/new.yaml", "key: value\n");
        CatalogException e = importBroken(dir);
        assertThat(e.file()).isEqualTo("image/alpha/extras/new.yaml");
        assertThat(e.reason()).contains("not in the importer's skip list");
    }

    @Test
    void aRepositoryWithoutInfoYamlFailsTheImport(@TempDir Path dir) {
        UpstreamFixture f = UpstreamFixture.standard(dir);
        f.file("image/gamma/debian-13/1.yaml", UpstreamFixture.definition("gamma", "runtime", null, "root",
                new String[]{"1"}, new String[]{"x"}, null));
        CatalogException e = importBroken(dir);
        assertThat(e.file()).isEqualTo("image/gamma");
        assertThat(e.reason()).contains("no info.yaml");
    }

    @Test
    void severalProblemsAreCountedAfterTheFirst(@TempDir Path dir) {
        UpstreamFixture f = UpstreamFixture.standard(dir);
        f.file("image/alpha/debian-13/a.yaml", "tags: [unclosed\n");
        f.file("image/alpha/debian-13/b.yaml", "tags: [unclosed\n");
        f.file("image/alpha/debian-13/c.yaml", "tags: [unclosed\n");
        CatalogException e = importBroken(dir);
        assertThat(e.file()).isEqualTo("image/alpha/debian-13/a.yaml");
        assertThat(e.reason()).endsWith("(and 2 more problems)");
    }

    @Test
    void aMissingUidFailsTheImportInsteadOfGivingADockerfileWithoutUser(@TempDir Path dir) {
        UpstreamFixture f = UpstreamFixture.standard(dir);
        f.file("image/alpha/debian-13/6.yaml", UpstreamFixture.definition("alpha", "runtime", null, "nobody",
                new String[]{"6"}, new String[]{"x"}, null));
        CatalogException e = importBroken(dir);
        assertThat(e.file()).isEqualTo("image/alpha/debian-13/6.yaml");
        assertThat(e.location()).startsWith("line ").endsWith("accounts.run-as");
        assertThat(e.reason()).isEqualTo("the run-as user 'nobody' has no uid in accounts.users");

        f.file("image/alpha/debian-13/6.yaml", UpstreamFixture.definition("alpha", "runtime", null, "appuser",
                new String[]{"6"}, new String[]{"x"}, null).replace("uid: 1234", "uid: ~"));
        assertThat(importBroken(dir).reason()).contains("the run-as user 'appuser' has no valid uid");
    }

    @Test
    void aHugeDefinitionFileIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        UpstreamFixture f = UpstreamFixture.standard(dir);
        Path big = dir.resolve("image/alpha/debian-13/big.yaml");
        try (var out = Files.newOutputStream(big)) {
            out.write("name: \"".getBytes());
            byte[] chunk = "x".repeat(1 << 20).getBytes();
            for (int i = 0; i < 16; i++) {
                out.write(chunk);
            }
            out.write("\"\n".getBytes());
        }
        CatalogException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> importBroken(dir));
        assertThat(e.file()).isEqualTo("image/alpha/debian-13/big.yaml");
        assertThat(e.reason()).startsWith("is too large (16.0 MB; at most 4.0 MB is read)");
        f.file("image/alpha/debian-13/big.yaml", UpstreamFixture.definition("alpha", "runtime", null, "root",
                new String[]{"7"}, new String[]{"x"}, null).replace("name: alpha test image", "name: " + "y".repeat(300 * 1024)));
        CatalogException value = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> importBroken(dir));
        assertThat(value.location()).isEqualTo("line 3, name");
        assertThat(value.reason()).isEqualTo("a value of 307200 characters is longer than the 262144 allowed");
    }

    @Test
    void aFifoAmongTheDefinitionsIsNotOpened(@TempDir Path dir) throws Exception {
        UpstreamFixture.standard(dir);
        Path fifo = dir.resolve("image/alpha/info.yaml");
        Files.delete(fifo);
        dev.dhipicker.util.SpecialFiles.fifo(fifo);
        CatalogException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> importBroken(dir));
        assertThat(e.file()).isEqualTo("image/alpha");
        assertThat(e.reason()).contains("no info.yaml");
    }

    @Test
    void theFixtureStillImportsCleanly(@TempDir Path dir) throws Exception {
        UpstreamFixture.standard(dir);
        assertThat(importer.importFrom(dir, CatalogImporterTest.INFO, null).definitions()).hasSize(5);
    }

    @Test
    void aChartDefinitionThatIsNotHelmFailsTheImport(@TempDir Path dir) {
        UpstreamFixture f = UpstreamFixture.standard(dir);
        f.file("chart/beta/helm/2.yaml", "name: x\nimage: dhi.io/beta-chart\nvariant: runtime\ntags: [\"2\"]\n");
        CatalogException e = importBroken(dir);
        assertThat(e.file()).isEqualTo("chart/beta/helm/2.yaml");
        assertThat(e.reason()).contains("not a Helm chart definition");
    }
}
