package dev.dhipicker.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document with Jackson's streaming parser into plain Java values: an object is a
 * {@code Map<String, Object>} (in file order), an array a {@code List<Object>}, a string a
 * {@code String}, an integer a {@code Long} or {@code BigInteger}, any other number a
 * {@code BigDecimal}, a boolean a {@code Boolean} and null {@link #NULL}. It needs neither an
 * ObjectMapper nor jackson-databind's tree, which a fresh JVM would spend noticeable start-up time
 * loading. Duplicate keys are errors.
 */
final class JsonTreeReader {
    /** The JSON value {@code null} (a map cannot hold Java's null as a value and tell it from absent). */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final JsonFactory factory = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** Reads one JSON document; null when the input is empty. */
    Object read(InputStream in) throws IOException {
        try (JsonParser p = factory.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            Object root = value(p, t);
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "more than one JSON value in the file");
            }
            return root;
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> o = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    o.put(name, value(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY: {
                List<Object> a = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    a.add(value(p, k));
                }
                return a;
            }
            case VALUE_NULL:
                return NULL;
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDecimalValue();
            default:
                throw new JsonParseException(p, "unexpected token " + t);
        }
    }
}
