package dev.dhipicker.catalog;

import java.util.List;

/**
 * A DHI image repository (for example {@code python} or {@code redis}).
 *
 * @param name         repository name as pulled from {@code dhi.io}
 * @param displayName  human name ("Python")
 * @param description  one-line description from the catalog
 * @param categories   catalog categories such as {@code languages-and-frameworks}
 * @param tools        tools that its images include
 * @param alternatives upstream images this one replaces (as listed by the catalog)
 */
public record Repository(String name, String displayName, String description, List<String> categories,
                         List<Tool> tools, List<String> alternatives) {
    public Repository {
        categories = List.copyOf(categories);
        tools = List.copyOf(tools);
        alternatives = List.copyOf(alternatives);
    }
}
