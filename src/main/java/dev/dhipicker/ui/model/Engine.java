package dev.dhipicker.ui.model;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.TextCatalog;
import dev.dhipicker.recommend.Recommender;

/**
 * Everything the wizard computes with: the loaded catalog, the engine over it and the
 * explanation texts.
 *
 * @param catalog     the catalog in use
 * @param recommender the engine over that catalog
 * @param texts       explanation texts in the interface language
 * @param origin      where the catalog came from: {@link #BUNDLED}, {@link #UPDATED} or the file the user opened
 */
public record Engine(Catalog catalog, Recommender recommender, TextCatalog texts, String origin) {
    /** The origin of the bundled catalog. */
    public static final String BUNDLED = "bundled";
    /** The origin of the user's updated catalog. */
    public static final String UPDATED = "updated";
}
