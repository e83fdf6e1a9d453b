package dev.dhipicker.migrate;

import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.testing.BundledData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The corpus of hand-written Dockerfiles under src/test/resources/migrate/corpus and the migrator the tests run. */
final class Corpus {
    static final Path DIR = Path.of("src/test/resources/migrate/corpus");
    static final Path GOLDEN = Path.of("src/test/resources/migrate/golden");
    static final ImageMap MAP;

    static {
        try {
            MAP = ImageMap.loadBundled(BundledData.CATALOG);
        } catch (CatalogException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Corpus() {
    }

    static List<Path> files() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".Dockerfile")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Path file) {
        return file.getFileName().toString().replace(".Dockerfile", "");
    }

    /** The options a corpus file is migrated with: its name says when it asks for compliance. */
    static MigrateOptions options(Path file) {
        return name(file).contains("fips") ? new MigrateOptions(null, ComplianceNeed.FIPS, "acme")
                : MigrateOptions.defaults();
    }

    static Migrator migrator() {
        return new Migrator(BundledData.engine(BundledData.TODAY), MAP);
    }

    static Dockerfile parse(Path file) throws IOException, DockerfileSyntaxException {
        return new DockerfileParser(InputLimits.standard()).parse(Files.readAllBytes(file));
    }

    static MigrationResult migrate(Path file) throws IOException, DockerfileSyntaxException {
        Messages en = Messages.english();
        return migrator().migrate(parse(file), options(file), en::get);
    }

    /** A compact, language-neutral report: one line per stage and per finding. */
    static String report(MigrationResult r) {
        StringBuilder b = new StringBuilder();
        for (StageResult s : r.stages()) {
            b.append("stage ").append(s.index()).append(" line ").append(s.line()).append(' ').append(s.role().id())
                    .append(' ').append(s.from()).append(" -> ").append(s.reference()).append('\n');
        }
        for (Finding f : r.findings()) {
            b.append(f.line()).append(' ').append(f.severity().id()).append(' ').append(f.rule())
                    .append(' ').append(f.args()).append('\n');
        }
        return b.toString();
    }

    static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }
}
