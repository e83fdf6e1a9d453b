package dev.dhipicker.catalog.update;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.CatalogLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Chooses the catalog the application uses: the user's updated catalog when it loads, carries
 * the repositories the workload profiles and the image map name, and is not older than the bundled one; otherwise the
 * bundled catalog (a catalog file given explicitly is not chosen here: it always wins).
 */
public final class CatalogSelector {
    /** Where the catalog in use comes from. */
    public enum Origin {
        /** The snapshot bundled with the application. */
        BUNDLED,
        /** The user's catalog, written by {@code update-catalog}. */
        UPDATED,
        /** A file given with {@code --catalog} or opened in the wizard. */
        FILE;

        /** The lower-case id used in JSON. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The chosen catalog.
     *
     * @param catalog   the catalog
     * @param origin    where it comes from
     * @param file      its file (null for the bundled one)
     * @param unusable  why the user's catalog was not used although it exists, or null
     */
    public record Selection(Catalog catalog, Origin origin, Path file, CatalogException unusable) {
    }

    private final CatalogLoader loader;
    private final Path userCatalog;

    /**
     * @param loader      the application's loader
     * @param userCatalog the user's catalog file ({@link UserCatalogStore#current()}), or null for none
     */
    public CatalogSelector(CatalogLoader loader, Path userCatalog) {
        this.loader = loader;
        this.userCatalog = userCatalog;
    }

    /**
     * Chooses and loads the catalog.
     *
     * @throws CatalogException only when the bundled catalog cannot be loaded
     */
    public Selection select() throws CatalogException {
        CatalogException unusable = null;
        if (userCatalog != null && Files.exists(userCatalog)) {
            try {
                Catalog user = loader.loadWithCompactCopy(userCatalog, UserCatalogStore.compactOf(userCatalog));
                loader.loadProfiles(user);
                dev.dhipicker.catalog.ImageMap.loadBundled(user);
                Catalog bundled = loader.loadBundled();
                if (!older(user.info().snapshotDate(), bundled.info().snapshotDate())) {
                    return new Selection(user, Origin.UPDATED, userCatalog, null);
                }
                // the application was upgraded with a newer snapshot than the user's
                return new Selection(bundled, Origin.BUNDLED, null, null);
            } catch (CatalogException e) {
                unusable = e;
            }
        }
        return new Selection(loader.loadBundled(), Origin.BUNDLED, null, unusable);
    }

    static boolean older(LocalDate a, LocalDate b) {
        return a == null ? b != null : b != null && a.isBefore(b);
    }
}
