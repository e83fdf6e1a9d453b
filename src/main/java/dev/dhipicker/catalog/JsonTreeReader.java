package dev.dhipicker.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;

/**
 * Builds a JSON tree straight from Jackson's streaming parser. It gives the same tree as
 * {@code ObjectMapper.readTree} for the catalog files but skips setting up an ObjectMapper, which
 * costs a fresh JVM a large part of its start-up. Duplicate keys are errors.
 */
final class JsonTreeReader {
    private final JsonFactory factory = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** Reads one JSON document; null when the input is empty. */
    JsonNode read(InputStream in) throws IOException {
        try (JsonParser p = factory.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            JsonNode root = TreeBuilder.value(p, t, false);
            if (p.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "more than one JSON value in the file");
            }
            return root;
        }
    }
}
