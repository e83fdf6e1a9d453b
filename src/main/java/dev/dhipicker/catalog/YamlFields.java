package dev.dhipicker.catalog;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict reading of one file's fields: every problem names the file, the line and the field.
 * Lists may not hold empty entries ({@code ~}, {@code null}) or nested lists, and one-line
 * values may not hold control characters.
 */
final class YamlFields {
    private final String file;
    private final YamlReader.Doc doc;

    YamlFields(String file, YamlReader.Doc doc) {
        this.file = file;
        this.doc = doc;
    }

    CatalogException error(JsonNode node, String field, String reason) {
        return new CatalogException(file, doc.where(node, field), reason);
    }

    /** A scalar as text without control characters, or null when absent or null. */
    String oneLine(JsonNode parent, String key) throws CatalogException {
        String v = scalar(parent, key);
        if (v != null) {
            int bad = ControlCharacters.indexOf(v, false);
            if (bad >= 0) {
                throw error(parent.get(key), key, "contains the control character "
                        + ControlCharacters.name(v.charAt(bad)) + ", which a one-line value may not hold");
            }
        }
        return v;
    }

    /** A scalar as text in which line breaks are allowed (a description), or null. */
    String prose(JsonNode parent, String key) throws CatalogException {
        String v = scalar(parent, key);
        if (v != null) {
            int bad = ControlCharacters.indexOf(v, true);
            if (bad >= 0) {
                throw error(parent.get(key), key, "contains the control character "
                        + ControlCharacters.name(v.charAt(bad)));
            }
        }
        return v;
    }

    private String scalar(JsonNode parent, String key) throws CatalogException {
        if (parent == null || !parent.isObject()) {
            return null;
        }
        JsonNode v = parent.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isContainerNode()) {
            throw error(v, key, "expected a single value, not a " + (v.isArray() ? "list" : "mapping"));
        }
        return bounded(v, key);
    }

    private String bounded(JsonNode v, String field) throws CatalogException {
        String t = v.asText();
        if (t.length() > YamlReader.MAX_VALUE_CHARS) {
            throw error(v, field, "a value of " + t.length() + " characters is longer than the "
                    + YamlReader.MAX_VALUE_CHARS + " allowed");
        }
        return t;
    }

    /** A list of one-line texts; absent is empty; an empty entry or a nested list is an error. */
    List<String> strings(JsonNode parent, String key) throws CatalogException {
        JsonNode n = parent == null ? null : parent.get(key);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw error(n, key, "expected a list");
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            String field = key + "[" + i + "]";
            if (e == null || e.isNull()) {
                throw error(n, field, "entry " + (i + 1) + " is empty (~ or null)");
            }
            if (e.isContainerNode()) {
                throw error(e, field, "expected a single value, not a " + (e.isArray() ? "list" : "mapping"));
            }
            String v = bounded(e, field);
            int bad = ControlCharacters.indexOf(v, false);
            if (bad >= 0) {
                throw error(e, field, "contains the control character " + ControlCharacters.name(v.charAt(bad)));
            }
            out.add(v);
        }
        return out;
    }

    /**
     * A mapping of names to one-line values ({@code environment}), in file order; absent is empty.
     * An empty name, an empty entry ({@code ~}, {@code null}), a nested list or mapping, or a
     * control character in a name or value is an error.
     */
    Map<String, String> oneLineMap(JsonNode parent, String key) throws CatalogException {
        JsonNode n = parent == null ? null : parent.get(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            throw error(n, key, "expected a mapping of names to values");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            String field = key + "." + name;
            int badName = ControlCharacters.indexOf(name, false);
            if (name.isBlank() || badName >= 0) {
                throw error(n, key, name.isBlank() ? "a name is empty"
                        : "the name '" + name.substring(0, badName) + "...' contains the control character "
                        + ControlCharacters.name(name.charAt(badName)));
            }
            JsonNode value = e.getValue();
            if (value == null || value.isNull()) {
                throw error(n, field, "'" + name + "' has no value (~ or null)");
            }
            if (value.isContainerNode()) {
                throw error(value, field, "expected a single value, not a " + (value.isArray() ? "list" : "mapping"));
            }
            String v = bounded(value, field);
            int bad = ControlCharacters.indexOf(v, false);
            if (bad >= 0) {
                throw error(value, field, "contains the control character " + ControlCharacters.name(v.charAt(bad))
                        + ", which a one-line value may not hold");
            }
            out.put(name, v);
        }
        return out;
    }
}
