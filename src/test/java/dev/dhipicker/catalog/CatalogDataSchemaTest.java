package dev.dhipicker.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every data file in catalog-data/ has a JSON Schema in catalog-data/schema/ and satisfies it. */
class CatalogDataSchemaTest {

    static final Path DATA = Path.of("catalog-data");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Path> dataFiles() throws IOException {
        try (Stream<Path> s = Files.list(DATA)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static JsonSchema schemaFor(Path data) throws IOException {
        // One schema serves all languages of the explanation texts.
        String name = data.getFileName().toString().replaceFirst("^explanations\\..*\\.json$", "explanations.json")
                .replaceFirst("\\.json$", ".schema.json");
        Path schema = DATA.resolve("schema").resolve(name);
        assertThat(schema).as("schema for " + data).exists();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(MAPPER.readTree(schema.toFile()));
    }

    @ParameterizedTest
    @MethodSource("dataFiles")
    void dataFileSatisfiesItsSchema(Path data) throws IOException {
        Set<ValidationMessage> errors = schemaFor(data).validate(MAPPER.readTree(data.toFile()));
        assertThat(errors).as(data.toString()).isEmpty();
    }

    @Test
    void thereAreDataFilesToCheck() throws IOException {
        assertThat(dataFiles().map(p -> p.getFileName().toString()).toList())
                .contains("dhi-catalog.json", "compliance.json", "profiles.json", "explanations.en.json");
    }

    /** Documents that the loader's own checks and the schema agree on typical mistakes. */
    @Test
    void schemaAndLoaderRejectTheSameMistakes() throws IOException {
        JsonSchema schema = schemaFor(DATA.resolve("dhi-catalog.json"));
        List<String> bad = List.of(
                CatalogLoaderTest.catalog(CatalogLoaderTest.image("[\"1\"]").replace("\"runtime\"", "\"sidecar\"")),
                CatalogLoaderTest.catalog(CatalogLoaderTest.image("[\"1\"]").replace(",\"shell\":false", "")),
                CatalogLoaderTest.catalog(CatalogLoaderTest.image("[\"-bad\"]")),
                CatalogLoaderTest.catalog(CatalogLoaderTest.image("[\"1\"]").replace("\"file\"", "\"extra\":1,\"file\"")));
        for (String json : bad) {
            assertThat(schema.validate(MAPPER.readTree(json))).as(json).isNotEmpty();
            assertThatThrownBy(() -> new CatalogLoader().load("x.json",
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(CatalogException.class);
        }
        JsonNode good = MAPPER.readTree(CatalogLoaderTest.catalog(CatalogLoaderTest.image("[\"1\"]")));
        assertThat(schema.validate(good)).isEmpty();
    }
}
