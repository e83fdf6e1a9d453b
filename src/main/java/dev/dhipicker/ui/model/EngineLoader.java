package dev.dhipicker.ui.model;

import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.TextCatalog;

import java.nio.file.Path;

/** Loads an {@link Engine}: the bundled catalog, or a catalog file the user chose. */
public interface EngineLoader {

    /** The engine over the bundled catalog, with explanation texts in the given language. */
    Engine bundled(String language) throws CatalogException;

    /** The engine over a catalog file; a bad file throws and nothing of it is used. */
    Engine fromFile(Path file, String language) throws CatalogException;

    /**
     * The engine over the catalog the wizard starts with: the user's updated catalog when it is
     * valid and not older than the bundled one, else the bundled one.
     */
    default Engine preferred(String language) throws CatalogException {
        return bundled(language);
    }

    /** Explanation texts of a language ({@code en}, {@code zh-CN}). */
    TextCatalog texts(String language) throws CatalogException;
}
