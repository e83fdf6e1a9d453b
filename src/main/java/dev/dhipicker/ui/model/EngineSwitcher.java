package dev.dhipicker.ui.model;

import dev.dhipicker.catalog.CatalogException;

import java.nio.file.Path;

/**
 * Loads what the model computes with: another catalog file the user opens, or the explanation
 * texts of another language. A failure throws and leaves the model's engine as it was.
 */
public final class EngineSwitcher {
    private final EngineLoader loader;
    private final WizardModel model;
    private String language;

    /**
     * @param loader   loads catalogs and texts
     * @param model    the model that gets the new engine
     * @param language the language of the explanation texts in use ({@code en}, {@code zh-CN})
     */
    public EngineSwitcher(EngineLoader loader, WizardModel model, String language) {
        this.loader = loader;
        this.model = model;
        this.language = language;
    }

    /** Loads a catalog file; on failure the current catalog stays and the exception says why. */
    public void openCatalog(Path file) throws CatalogException {
        model.useEngine(loader.fromFile(file, language));
    }

    /** Uses the preferred catalog again (after an update): the answers stay. */
    public void usePreferredCatalog() throws CatalogException {
        model.useEngine(loader.preferred(language));
    }

    /** Shows the explanations in another language; the catalog and the answers stay. */
    public void switchLanguage(String newLanguage) throws CatalogException {
        Engine e = model.engineProperty().get();
        model.useEngine(new Engine(e.catalog(), e.recommender(), loader.texts(newLanguage), e.origin()));
        language = newLanguage;
    }

    /** The language of the explanation texts. */
    public String language() {
        return language;
    }
}
