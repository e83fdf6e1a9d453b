package dev.dhipicker.catalog;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Map;

/**
 * Builds a Jackson tree from a streaming parser (JSON or YAML) without an ObjectMapper.
 * YAML scalars can be kept as the text that was written, so that an unquoted tag {@code 8.10}
 * stays "8.10" instead of becoming the number 8.1.
 */
final class TreeBuilder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TreeBuilder() {
    }

    /**
     * The value starting at the current token.
     *
     * @param scalarsAsText true to keep every scalar but booleans and null as its text (YAML)
     */
    static JsonNode value(JsonParser p, JsonToken t, boolean scalarsAsText) throws IOException {
        return value(p, t, scalarsAsText, null);
    }

    /**
     * The value starting at the current token, recording where each node starts.
     *
     * @param lines when not null: receives the line of every node created (by identity), and a
     *              key that appears twice in one mapping is an error (YAML; the JSON parser
     *              detects duplicates itself)
     */
    static JsonNode value(JsonParser p, JsonToken t, boolean scalarsAsText, Map<JsonNode, Integer> lines)
            throws IOException {
        int line = lines == null ? 0 : p.currentTokenLocation().getLineNr();
        JsonNode n = build(p, t, scalarsAsText, lines);
        if (lines != null) {
            lines.put(n, line);
        }
        return n;
    }

    private static JsonNode build(JsonParser p, JsonToken t, boolean scalarsAsText, Map<JsonNode, Integer> lines)
            throws IOException {
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    if (lines != null && o.has(name)) {
                        throw new JsonParseException(p, "duplicate key '" + name + "' (a second value would silently replace the first)");
                    }
                    o.set(name, value(p, p.nextToken(), scalarsAsText, lines));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    a.add(value(p, k, scalarsAsText, lines));
                }
                return a;
            }
            case VALUE_NULL:
                return NODES.nullNode();
            case VALUE_TRUE:
            case VALUE_FALSE:
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                if (scalarsAsText) {
                    return NODES.textNode(p.getText());
                }
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return scalarsAsText ? NODES.textNode(p.getText()) : NODES.numberNode(p.getDecimalValue());
            default:
                if (scalarsAsText) {
                    return NODES.textNode(p.getText());
                }
                throw new JsonParseException(p, "unexpected token " + t);
        }
    }
}
