package dev.dhipicker.catalog;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Explanation texts of one language, keyed, each with the documentation page it rests on.
 * Placeholders such as {@code {repo}} are filled from a parameter map.
 */
public final class TextCatalog {

    /** One text and its source URL. */
    public record Text(String text, String source) {
    }

    /** A list of ids joined with ", " ({@code bash, coreutils}). */
    private static final Pattern ID_LIST = Pattern.compile("[\\w.+-]+(, [\\w.+-]+)+");

    /** A distro id, optionally followed by its version, as the engine passes it in {@code {distro}}. */
    private static final Pattern DISTRO = Pattern.compile("(debian|alpine)(\\d[\\d.]*)?");

    private final String language;
    private final Map<String, Text> texts;

    public TextCatalog(String language, Map<String, Text> texts) {
        this.language = language;
        this.texts = Map.copyOf(texts);
    }

    /** Language tag ({@code en}, {@code zh-CN}). */
    public String language() {
        return language;
    }

    /** All keys, sorted. */
    public Set<String> keys() {
        return new TreeMap<>(texts).keySet();
    }

    /** True when the key exists. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The source URL of a key. */
    public String source(String key) {
        return require(key).source();
    }

    /** The text of a key with its placeholders filled in; unknown placeholders are left as they are. */
    public String render(String key, Map<String, String> params) {
        String t = require(key).text();
        if (params.isEmpty() || t.indexOf('{') < 0) {
            return t;
        }
        StringBuilder b = new StringBuilder(t.length() + 32);
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            int end = c == '{' ? t.indexOf('}', i) : -1;
            if (end > i) {
                String name = t.substring(i + 1, end);
                String v = params.get(name);
                if (v != null && name.equals("distro")) {
                    v = distroName(v);
                }
                if (v != null && "zh-CN".equals(language) && ID_LIST.matcher(v).matches()) {
                    v = v.replace(", ", "、"); // a list in a Chinese sentence takes the enumeration comma
                }
                if (v != null) {
                    b.append(v);
                    i = end + 1;
                    continue;
                }
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    /** A distro id, with or without its version ({@code debian}, {@code alpine3.22}), as a name: Debian, Alpine 3.22. */
    static String distroName(String value) {
        java.util.regex.Matcher m = DISTRO.matcher(value);
        if (!m.matches()) {
            return value;
        }
        String name = Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1);
        return m.group(2) == null ? name : name + " " + m.group(2);
    }

    private Text require(String key) {
        Text t = texts.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no text '" + key + "' in the " + language + " explanations");
        }
        return t;
    }
}
