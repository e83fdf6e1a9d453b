package dev.dhipicker.ui.model;

import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.TextCatalog;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts loading the preferred engine (see {@link EngineLoader#preferred}) on a background thread
 * at once, so that it overlaps the JavaFX toolkit's start-up; the first {@link #preferred} call in
 * that language waits for it.
 * Everything else goes to the wrapped loader.
 */
public final class PreloadingEngineLoader implements EngineLoader {
    private final EngineLoader delegate;
    private final String language;
    private final CompletableFuture<Engine> preloaded;

    /** Starts loading {@code delegate.preferred(language)} now, on a daemon thread. */
    public PreloadingEngineLoader(EngineLoader delegate, String language) {
        this.delegate = delegate;
        this.language = language;
        this.preloaded = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                preloaded.complete(delegate.preferred(language));
            } catch (Throwable e) {
                preloaded.completeExceptionally(e);
            }
        }, "catalog-preload");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public Engine bundled(String lang) throws CatalogException {
        return delegate.bundled(lang);
    }

    @Override
    public Engine preferred(String lang) throws CatalogException {
        if (!language.equals(lang)) {
            return delegate.preferred(lang);
        }
        try {
            return preloaded.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof CatalogException c) {
                throw c;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public Engine fromFile(Path file, String lang) throws CatalogException {
        return delegate.fromFile(file, lang);
    }

    @Override
    public TextCatalog texts(String lang) throws CatalogException {
        return delegate.texts(lang);
    }
}
