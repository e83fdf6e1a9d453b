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
    public WorkloadOption {
        categories = List.copyOf(categories);
    }

    /** True when the option matches a search text (any case, any of its fields). */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        return id.toLowerCase(Locale.ROOT).contains(q) || displayName.toLowerCase(Locale.ROOT).contains(q)
                || (description != null && description.toLowerCase(Locale.ROOT).contains(q))
                || categories.stream().anyMatch(c -> c.contains(q));
    }
}
