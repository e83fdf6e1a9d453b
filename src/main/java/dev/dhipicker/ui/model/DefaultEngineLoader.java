package dev.dhipicker.ui.model;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.CatalogLoader;
import dev.dhipicker.catalog.TextCatalog;
import dev.dhipicker.catalog.WorkloadProfiles;
import dev.dhipicker.catalog.update.CatalogSelector;
import dev.dhipicker.recommend.Recommender;

import java.nio.file.Path;
import java.time.Clock;

/** Loads catalogs with {@link CatalogLoader} and builds the engine over them. */
public final class DefaultEngineLoader implements EngineLoader {
    private final CatalogLoader loader = new CatalogLoader();
    private final Clock clock;
    private final Path userCatalog;

    /** @param clock the clock the engine judges end of life by */
    public DefaultEngineLoader(Clock clock) {
        this(clock, null);
    }

    /**
     * @param clock       the clock the engine judges end of life by
     * @param userCatalog the user's updated catalog file, or null for none
     */
    public DefaultEngineLoader(Clock clock, Path userCatalog) {
        this.clock = clock;
        this.userCatalog = userCatalog;
    }

    @Override
    public Engine bundled(String language) throws CatalogException {
        return build(loader.loadBundled(), Engine.BUNDLED, language);
    }

    @Override
    public Engine preferred(String language) throws CatalogException {
        CatalogSelector.Selection s = new CatalogSelector(loader, userCatalog).select();
        return build(s.catalog(), s.origin() == CatalogSelector.Origin.UPDATED ? Engine.UPDATED : Engine.BUNDLED, language);
    }

    @Override
    public Engine fromFile(Path file, String language) throws CatalogException {
        return build(loader.load(file), file.toString(), language);
    }

    @Override
    public TextCatalog texts(String language) throws CatalogException {
        return loader.loadTexts(language);
    }

    private Engine build(Catalog catalog, String origin, String language) throws CatalogException {
        WorkloadProfiles profiles = loader.loadProfiles(catalog);
        return new Engine(catalog, new Recommender(catalog, profiles, clock), texts(language), origin);
    }
}
