package dev.dhipicker.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as read by {@link JsonTreeReader} (plain Java values) together with its JSON
 * pointer, so that every binding error can name the exact place in the file.
 */
final class JsonField {
    private final String file;
    // The pointer is built only when an error needs it: binding a large catalog touches tens of
    // thousands of fields, and building every pointer string up front slowed start-up.
    private final JsonField parent;
    private final String segment;
    private final Object node;
    private final String name;

    JsonField(String file, String pointer, Object node) {
        this(file, null, pointer, node);
    }

    private JsonField(String file, JsonField parent, String segment, Object node) {
        this(file, parent, segment, node, null);
    }

    private JsonField(String file, JsonField parent, String segment, Object node, String name) {
        this.file = file;
        this.parent = parent;
        this.segment = segment;
        this.node = node;
        this.name = name;
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

    Object node() {
        return node;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map() {
        return (Map<String, Object>) node;
    }

    /** A member's value, or null when it is absent or JSON null. */
    private Object member(String key) {
        Object v = map().get(key);
        return v == JsonTreeReader.NULL ? null : v;
    }

    private static String escape(String key) {
        return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
    }

    JsonField object() throws CatalogException {
        if (!(node instanceof Map)) {
            throw error("expected an object");
        }
        return this;
    }

    /** Rejects members other than the given ones (a schema's additionalProperties: false). */
    JsonField only(String... allowed) throws CatalogException {
        object();
        outer:
        for (String n : map().keySet()) {
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
        return node instanceof Map && member(key) != null;
    }

    JsonField get(String key) throws CatalogException {
        object();
        Object child = member(key);
        if (child == null) {
            throw error("missing required field '" + key + "'");
        }
        return new JsonField(file, this, escape(key), child);
    }

    JsonField opt(String key) throws CatalogException {
        object();
        return new JsonField(file, this, escape(key), member(key));
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
        if (!(node instanceof String text)) {
            throw error("expected a string");
        }
        return text;
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
        if (!(node instanceof Long n) || n != n.intValue()) {
            throw error("expected an integer");
        }
        return n.intValue();
    }

    Integer integerOrNull() throws CatalogException {
        return node == null ? null : integer();
    }

    boolean bool() throws CatalogException {
        if (!(node instanceof Boolean b)) {
            throw error("expected true or false");
        }
        return b;
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
        if (!(node instanceof List<?> list)) {
            throw error("expected an array");
        }
        List<JsonField> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(new JsonField(file, this, Integer.toString(i), list.get(i)));
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

    /** The members of an object, in file order. */
    List<JsonField> members() throws CatalogException {
        object();
        List<JsonField> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : map().entrySet()) {
            out.add(new JsonField(file, this, escape(e.getKey()), e.getValue(), e.getKey()));
        }
        return out;
    }

    /** The member name this field was reached by (for {@link #members()}), else null. */
    String name() {
        return name;
    }
}
