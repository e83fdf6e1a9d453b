package dev.dhipicker.discover;

import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.migrate.Migrator;
import dev.dhipicker.testing.BundledData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The bundled catalog, a migrator on the tests' date, and the fixture projects. */
final class Fixtures {
    static final Path ROOT = Path.of("src/test/resources/discover");
    static final Path EVERY_PLACE = ROOT.resolve("fixtures/every-place");
    static final ImageMap MAP;

    static {
        try {
            MAP = ImageMap.loadBundled(BundledData.CATALOG);
        } catch (CatalogException e) {
            throw new IllegalStateException(e);
        }
    }

    private Fixtures() {
    }

    static Migrator migrator() {
        return new Migrator(BundledData.engine(BundledData.TODAY), MAP);
    }

    static Discovery discovery(Messages m) {
        return new Discovery(migrator(), BundledData.CATALOG, MAP, m::get, WalkLimits.standard());
    }

    static DiscoveryReport discover(Path dir) throws IOException {
        return discovery(Messages.english()).discover(dir, MigrateOptions.defaults());
    }

    /** A copy of a fixture folder (for tests that write). */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }
}
