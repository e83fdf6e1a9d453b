package dev.dhipicker.catalog;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A JSON node together with its JSON pointer, so that every binding error can name the exact
 * place in the file. Package-private: Jackson stays inside the catalog package.
 */
final class JsonField {
    private final String file;
    // The pointer is built only when an error needs it: binding a large catalog touches tens of
    // thousands of fields, and building every pointer string up front slowed start-up.
    private final JsonField parent;
    private final String segment;
    private final JsonNode node;

    JsonField(String file, String pointer, JsonNode node) {
        this(file, null, pointer, node);
    }

    private JsonField(String file, JsonField parent, String segment, JsonNode node) {
        this.file = file;
        this.parent = parent;
        this.segment = segment;
        this.node = node;
    }

    private String path() {
        return parent == null ? segment : parent.path() + "/" + segment;
    }

    String pointer() {
        String p = path();
        return p.isEmpty() ? "/" : p;
    }

    CatalogException error(String reason) {
        return new CatalogException(file, pointer(), reason);
    }

    JsonNode node() {
        return node;
    }

    private static String escape(String key) {
        return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
    }

    JsonField object() throws CatalogException {
        if (node == null || !node.isObject()) {
            throw error("expected an object");
        }
        return this;
    }

    /** Rejects members other than the given ones (a schema's additionalProperties: false). */
    JsonField only(String... allowed) throws CatalogException {
        object();
        Iterator<String> names = node.fieldNames();
        outer:
        while (names.hasNext()) {
            String n = names.next();
            for (String a : allowed) {
                if (a.equals(n)) {
                    continue outer;
                }
            }
            throw new CatalogException(file, path() + "/" + escape(n), "unknown field '" + n + "'");
        }
        return this;
    }

    boolean has(String key) {
        return node != null && node.has(key) && !node.get(key).isNull();
    }

    JsonField get(String key) throws CatalogException {
        object();
        JsonNode child = node.get(key);
        if (child == null || child.isNull()) {
            throw error("missing required field '" + key + "'");
        }
        return new JsonField(file, this, escape(key), child);
    }

    JsonField opt(String key) throws CatalogException {
        object();
        JsonNode child = node.get(key);
        return new JsonField(file, this, escape(key), child == null || child.isNull() ? null : child);
    }

    boolean present() {
        return node != null;
    }

    /**
     * A string without control characters: names, tags, users, paths and every other one-line
     * value, where a newline or an escape sequence can never be legitimate and would forge
     * terminal output.
     */
    String text() throws CatalogException {
        String t = anyText();
        int bad = ControlCharacters.indexOf(t, false);
        if (bad >= 0) {
            throw error("contains the control character " + ControlCharacters.name(t.charAt(bad))
                    + " at position " + (bad + 1) + ", which a one-line value may not hold");
        }
        return t;
    }

    /** A prose text (a description): line breaks are allowed, other control characters (tabs too) are not. */
    String proseOrNull() throws CatalogException {
        if (node == null) {
            return null;
        }
        String t = anyText();
        int bad = ControlCharacters.indexOf(t, true);
        if (bad >= 0) {
            throw error("contains the control character " + ControlCharacters.name(t.charAt(bad))
                    + " at position " + (bad + 1));
        }
        return t;
    }

    private String anyText() throws CatalogException {
        if (node == null || !node.isTextual()) {
            throw error("expected a string");
        }
        return node.textValue();
    }

    String textOrNull() throws CatalogException {
        return node == null ? null : text();
    }

    String nonEmptyText() throws CatalogException {
        String t = text();
        if (t.isEmpty()) {
            throw error("must not be empty");
        }
        return t;
    }

    int integer() throws CatalogException {
        if (node == null || !node.canConvertToInt() || !node.isIntegralNumber()) {
            throw error("expected an integer");
        }
        return node.intValue();
    }

    Integer integerOrNull() throws CatalogException {
        return node == null ? null : integer();
    }

    boolean bool() throws CatalogException {
        if (node == null || !node.isBoolean()) {
            throw error("expected true or false");
        }
        return node.booleanValue();
    }

    LocalDate dateOrNull() throws CatalogException {
        if (node == null) {
            return null;
        }
        String t = text();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw error("'" + t + "' is not a date (YYYY-MM-DD)");
        }
    }

    List<JsonField> array() throws CatalogException {
        if (node == null || !node.isArray()) {
            throw error("expected an array");
        }
        List<JsonField> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new JsonField(file, this, Integer.toString(i), node.get(i)));
        }
        return out;
    }

    List<JsonField> arrayOrEmpty() throws CatalogException {
        return node == null ? List.of() : array();
    }

    List<String> strings() throws CatalogException {
        List<String> out = new ArrayList<>();
        for (JsonField f : arrayOrEmpty()) {
            out.add(f.text());
        }
        return out;
    }

    Iterable<Map.Entry<String, JsonNode>> members() throws CatalogException {
        object();
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        node.fields().forEachRemaining(out::add);
        return out;
    }

    JsonField child(String key, JsonNode value) {
        return new JsonField(file, this, escape(key), value);
    }
}
