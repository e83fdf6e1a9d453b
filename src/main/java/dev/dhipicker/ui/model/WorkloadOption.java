package dev.dhipicker.ui.model;

import java.util.List;
import java.util.Locale;

/**
 * An entry of the workload list: a language profile or a catalog repository.
 *
 * @param id          answer value
 * @param displayName name shown
 * @param categories  catalog categories (empty for profiles)
 * @param description one-line description
 * @param profile     true for a language/site profile
 */
public record WorkloadOption(String id, String displayName, List<String> categories, String description,
                             boolean profile) {
    /** Rank of an option that does not match a search. */
    public static final int NO_MATCH = -1;

    public WorkloadOption {
        categories = List.copyOf(categories);
    }

    /** True when the option matches a search text (any case, any of its fields). */
    public boolean matches(String query) {
        return rank(query) != NO_MATCH;
    }

    /**
     * How well the option matches a search text, lower is better: 0 the id or name is the text,
     * 1 the id or name starts with it, 2 a word of the name starts with it, 3 the id or name
     * contains it, 4 only the description or a category does; {@link #NO_MATCH} otherwise.
     * A blank search matches everything with rank 0.
     */
    public int rank(String query) {
        if (query == null || query.isBlank()) {
            return 0;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        String i = id.toLowerCase(Locale.ROOT);
        String n = displayName.toLowerCase(Locale.ROOT);
        if (i.equals(q) || n.equals(q)) {
            return 0;
        }
        if (i.startsWith(q) || n.startsWith(q)) {
            return 1;
        }
        for (String word : n.split("[^\\p{L}\\p{N}.+#]+")) {
            if (word.startsWith(q)) {
                return 2;
            }
        }
        if (i.contains(q) || n.contains(q)) {
            return 3;
        }
        if ((description != null && description.toLowerCase(Locale.ROOT).contains(q))
                || categories.stream().anyMatch(c -> c.contains(q))) {
            return 4;
        }
        return NO_MATCH;
    }

    /** False when the id only repeats the name ("Python" and {@code python}): the list then shows the name alone. */
    public boolean idDiffersFromName() {
        return !letters(id).equals(letters(displayName));
    }

    /** The description as one paragraph (catalog descriptions carry hard line breaks), or null. */
    public String summary() {
        return description == null ? null : description.strip().replaceAll("\\s+", " ");
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
