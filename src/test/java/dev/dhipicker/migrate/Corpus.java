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

/**
 * The corpora of Dockerfiles the migration tests run over, and the migrator they run: the
 * hand-written files under src/test/resources/migrate/corpus ({@link #HAND}) and the files of real
 * public projects under src/test/resources/migrate/real ({@link #REAL}, one folder per project,
 * listed with their origin in {@code SOURCES.tsv}).
 */
final class Corpus {
    static final Path DIR = Path.of("src/test/resources/migrate/corpus");
    static final Path GOLDEN = Path.of("src/test/resources/migrate/golden");
    /** The hand-written corpus; its golden files sit side by side in one folder. */
    static final Folder HAND = new Folder(DIR, GOLDEN);
    /** Dockerfiles of real projects; the golden files mirror the project folders. */
    static final Folder REAL = new Folder(Path.of("src/test/resources/migrate/real"),
            Path.of("src/test/resources/migrate/real-golden"));
    static final ImageMap MAP;

    /**
     * A folder of {@code *.Dockerfile} files (searched to any depth) and the folder of their golden
     * files, which repeats the sub-folders.
     */
    record Folder(Path dir, Path golden) {
        List<Path> files() {
            try (Stream<Path> s = Files.walk(dir)) {
                return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p))
                        .sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The golden file of a corpus file with the given ending ({@code .Dockerfile}, {@code .report}). */
        Path golden(Path file, String ending) {
            Path relative = dir.relativize(file);
            Path parent = relative.getParent();
            Path base = parent == null ? golden : golden.resolve(parent);
            return base.resolve(name(file) + ending);
        }

        /** The file's path below the folder, with forward slashes, for messages and data files. */
        String id(Path file) {
            return dir.relativize(file).toString().replace('\\', '/');
        }
    }

    private static final String SUFFIX = ".Dockerfile";

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
        return HAND.files();
    }

    /** The file name without its {@code .Dockerfile} ending (only the last one: real names may hold two). */
    static String name(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(SUFFIX) ? n.substring(0, n.length() - SUFFIX.length()) : n;
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

    /**
     * What a migration produced: the migrated text and the report, or, when the migrator refused the
     * file, no text and a report of one line naming the refusal.
     */
    record Outcome(MigrationResult result, String dockerfile, String report) {
    }

    static Outcome outcome(Path file) throws IOException {
        try {
            MigrationResult r = migrate(file);
            return new Outcome(r, r.dockerfile(), report(r));
        } catch (DockerfileSyntaxException e) {
            return new Outcome(null, null, "refused " + e.getMessage() + "\n");
        }
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

    /**
     * Compares a file's migration with its golden files; with {@code update} it first rewrites them
     * (a refused file has a report and no golden Dockerfile).
     */
    static void checkGolden(Folder folder, Path file, boolean update) throws IOException {
        Outcome o = outcome(file);
        Path golden = folder.golden(file, SUFFIX);
        Path report = folder.golden(file, ".report");
        if (update) {
            Files.createDirectories(report.getParent());
            if (o.dockerfile() == null) {
                Files.deleteIfExists(golden);
            } else {
                Files.write(golden, o.dockerfile().getBytes(StandardCharsets.UTF_8));
            }
            Files.write(report, o.report().getBytes(StandardCharsets.UTF_8));
        }
        org.assertj.core.api.Assertions.assertThat(o.report()).as(folder.id(file) + " report").isEqualTo(read(report));
        if (o.dockerfile() == null) {
            org.assertj.core.api.Assertions.assertThat(golden).as(folder.id(file) + " was refused").doesNotExist();
        } else {
            org.assertj.core.api.Assertions.assertThat(o.dockerfile()).as(folder.id(file)).isEqualTo(read(golden));
        }
    }

    static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }
}
