package dev.dhipicker.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** Reads one JSON document; null when the input is empty. */
    JsonNode read(InputStream in) throws IOException {
        try (JsonParser p = factory.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            JsonNode root = value(p, t);
            if (p.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "more than one JSON value in the file");
            }
            return root;
        }
    }

    private JsonNode value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = nodes.objectNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    o.set(name, value(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = nodes.arrayNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    a.add(value(p, k));
                }
                return a;
            }
            case VALUE_STRING:
                return nodes.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> nodes.numberNode(p.getIntValue());
                    case LONG -> nodes.numberNode(p.getLongValue());
                    default -> nodes.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + t);
        }
    }
}
