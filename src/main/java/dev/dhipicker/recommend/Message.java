package dev.dhipicker.recommend;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A keyed text with its parameters, rendered later in the user's language from the
 * explanation texts ({@code catalog-data/explanations.<lang>.json}).
 *
 * @param key    text key
 * @param params placeholder values
 */
public record Message(String key, Map<String, String> params) {
    public Message {
        params = Map.copyOf(params);
    }

    /** A message from a key and alternating placeholder names and values. */
    public static Message of(String key, String... nameValues) {
        if (nameValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must pair up");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            m.put(nameValues[i], nameValues[i + 1] == null ? "" : nameValues[i + 1]);
        }
        return new Message(key, m);
    }
}
