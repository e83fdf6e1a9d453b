package dev.dhipicker.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 12, points 5, 10 and 12: what the loader refuses in a catalog file. */
class CatalogLoaderHardeningTest {

    static final String IMAGE = CatalogLoaderTest.image("[\"1\",\"1.2.3-debian13\"]");

    private static Catalog load(String json) throws CatalogException {
        return new CatalogLoader().load("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "display name {0}")
    @ValueSource(strings = {"Alpha\\nbeta  Beta  debian13  runtime", "\\u001b[31mAlpha", "Alpha\\u0007", "Alpha\\u009b2J"})
    void controlCharactersInADisplayNameAreRefusedWithThePointer(String display) {
        String json = CatalogLoaderTest.catalog(IMAGE).replace("\"displayName\":\"Alpha\"", "\"displayName\":\"" + display + "\"");
        assertThatThrownBy(() -> load(json)).isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("test.json: /repositories/0/displayName: contains the control character");
    }

    @Test
    void aNewlineInTheRunAsUserIsRefused() {
        String json = CatalogLoaderTest.catalog(IMAGE.replace("\"uid\":65532", "\"user\":\"nonroot\\nUSER root\",\"uid\":65532"));
        assertThatThrownBy(() -> load(json)).isInstanceOf(CatalogException.class)
                .hasMessage("test.json: /repositories/0/images/0/user: contains the control character \\n at position 8,"
                        + " which a one-line value may not hold");
    }

    @Test
    void anEscapeSequenceInTheCatalogSourceIsRefused() {
        String json = CatalogLoaderTest.catalog(IMAGE).replace("\"source\":\"s\"", "\"source\":\"s\\u001b]0;title\\u0007\"");
        assertThatThrownBy(() -> load(json)).isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("test.json: /info/source: contains the control character \\u001b");
    }

    @Test
    void aDescriptionMayHaveLineBreaksButNoOtherControlCharacter() throws Exception {
        String ok = CatalogLoaderTest.catalog(IMAGE).replace("\"displayName\":\"Alpha\"",
                "\"displayName\":\"Alpha\",\"description\":\"First line.\\nSecond line.\"");
        assertThat(load(ok).repository("alpha").orElseThrow().description()).isEqualTo("First line.\nSecond line.");
        String bad = ok.replace("Second line.", "\\u001b[2J");
        assertThatThrownBy(() -> load(bad)).hasMessageStartingWith("test.json: /repositories/0/description: contains the control character \\u001b");
    }

    @Test
    void aNullUidIsRefusedAsMissing() {
        String json = CatalogLoaderTest.catalog(IMAGE.replace("\"uid\":65532", "\"uid\":null"));
        assertThatThrownBy(() -> load(json)).hasMessage("test.json: /repositories/0/images/0: missing required field 'uid'");
    }

    @Test
    void aNegativeUidIsRefused() {
        String json = CatalogLoaderTest.catalog(IMAGE.replace("\"uid\":65532", "\"uid\":-1"));
        assertThatThrownBy(() -> load(json)).hasMessageStartingWith("test.json: /repositories/0/images/0/uid: must not be negative");
    }

    @Test
    void aDefinitionWithoutUidIsRefused() {
        String json = CatalogLoaderTest.catalog(IMAGE.replace("\"uid\":65532,", ""));
        assertThatThrownBy(() -> load(json)).hasMessage("test.json: /repositories/0/images/0: missing required field 'uid'");
    }

    @Test
    void aNegativeGidIsRefused() {
        String json = CatalogLoaderTest.catalog(IMAGE.replace("\"uid\":65532", "\"uid\":65532,\"gid\":-5"));
        assertThatThrownBy(() -> load(json)).hasMessageStartingWith("test.json: /repositories/0/images/0/gid: must not be negative");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a/b/c", "evil.com/redis2", "acme/python"})
    void aRepositoryNameWithASlashIsRefused(String name) {
        String json = CatalogLoaderTest.catalog(IMAGE).replace("\"name\":\"alpha\"", "\"name\":\"" + name + "\"");
        assertThatThrownBy(() -> load(json)).isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("test.json: /repositories/0/name: '" + name + "' is not a single repository name");
    }
}
