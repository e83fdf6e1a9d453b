package dev.dhipicker.ui.model;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.CatalogLoader;
import dev.dhipicker.catalog.TextCatalog;
import dev.dhipicker.catalog.WorkloadProfiles;
import dev.dhipicker.recommend.Recommender;

import java.nio.file.Path;
import java.time.Clock;

/** Loads catalogs with {@link CatalogLoader} and builds the engine over them. */
public final class DefaultEngineLoader implements EngineLoader {
    private final CatalogLoader loader = new CatalogLoader();
    private final Clock clock;
    private final String textLanguage;

    /**
     * @param clock        the clock the engine judges end of life by
     * @param textLanguage language of the explanation texts ({@code en}, {@code zh-CN})
     */
    public DefaultEngineLoader(Clock clock, String textLanguage) {
        this.clock = clock;
        this.textLanguage = textLanguage;
    }

    @Override
    public Engine bundled() throws CatalogException {
        return build(loader.loadBundled(), "bundled");
    }

    @Override
    public Engine fromFile(Path file) throws CatalogException {
        return build(loader.load(file), file.toString());
    }

    private Engine build(Catalog catalog, String origin) throws CatalogException {
        WorkloadProfiles profiles = loader.loadProfiles(catalog);
        TextCatalog texts = loader.loadTexts(textLanguage);
        return new Engine(catalog, new Recommender(catalog, profiles, clock), texts, origin);
    }
}
