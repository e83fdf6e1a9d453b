package dev.dhipicker.ui.model;

import dev.dhipicker.catalog.CatalogException;

import java.nio.file.Path;

/** Loads an {@link Engine}: the bundled catalog, or a catalog file the user chose. */
public interface EngineLoader {

    /** The engine over the bundled catalog. */
    Engine bundled() throws CatalogException;

    /** The engine over a catalog file; a bad file throws and nothing of it is used. */
    Engine fromFile(Path file) throws CatalogException;
}
