package dev.dhipicker.migrate;

import dev.dhipicker.catalog.ref.ImageReference;
import dev.dhipicker.catalog.ref.InvalidReferenceException;
import dev.dhipicker.export.NodeValidator;
import dev.dhipicker.testing.BundledData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrates every Dockerfile of the corpus (on the fixed test date) and checks the output against
 * its golden file, the Dockerfile validator and the structural rules of issue 13. Run with
 * {@code -Ddhi.golden.update=true} to rewrite the golden files after an intended change.
 */
class MigrationCorpusTest {
    private static final boolean UPDATE = Boolean.getBoolean("dhi.golden.update");

    static List<Path> corpus() {
        return Corpus.files();
    }

    @Test
    void theCorpusHasAtLeastSixtyFilesCoveringEveryLanguageProfile() throws Exception {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(60);
        Set<String> workloads = new TreeSet<>();
        Set<String> repositories = new TreeSet<>();
        for (Path f : corpus()) {
            for (Stage s : StageReader.read(Corpus.parse(f)).stages()) {
                if (s.resolved() == null) {
                    continue;
                }
                try {
                    Corpus.MAP.lookup(ImageReference.parse(s.resolved())).ifPresent(m -> {
                        workloads.add(m.mapping().workload());
                        repositories.add(m.mapping().repository());
                    });
                } catch (Exception e) {
                    // a stage name or scratch
                }
            }
        }
        BundledData.PROFILES.all().forEach(p -> assertThat(workloads.contains(p.id())
                || repositories.contains(p.runtimeRepository())).as("profile " + p.id()).isTrue());
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void migratedFileMatchesItsGoldenFile(Path file) throws Exception {
        Corpus.checkGolden(Corpus.HAND, file, UPDATE);
    }

    /** True for a DHI reference whose tag the catalog publishes. */
    private static boolean catalogImage(String reference) {
        try {
            ImageReference ref = ImageReference.parse(reference);
            return "dhi.io".equals(ref.registry()) && ref.tag() != null
                    && BundledData.CATALOG.definitionByTag(ref.dhiRepository(), ref.tag().format()).isPresent();
        } catch (InvalidReferenceException e) {
            return false;
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void migratedFileKeepsStageReferencesAndScratchAndNamesOnlyCatalogImages(Path file) throws Exception {
        MigrationResult r = Corpus.migrate(file);
        Dockerfile in = Corpus.parse(file);
        Dockerfile out = new DockerfileParser(InputLimits.standard()).parse(r.dockerfile());
        StageReader.Result inStages = StageReader.read(in);
        StageReader.Result outStages = StageReader.read(out);
        Set<String> outFromLines = new TreeSet<>();
        out.instructions().stream().filter(i -> i.is("FROM")).forEach(i -> outFromLines.add(i.rest().toLowerCase(Locale.ROOT)));
        Set<String> names = new TreeSet<>();
        for (Stage s : inStages.stages()) {
            boolean stageRef = names.contains(s.image().toLowerCase(Locale.ROOT));
            if (stageRef || s.image().equals("scratch")) {
                assertThat(outFromLines).as(file + ": FROM " + s.from().rest() + " untouched").contains(s.from().rest().toLowerCase(Locale.ROOT));
            }
            if (s.name() != null) {
                names.add(s.name().toLowerCase(Locale.ROOT));
            }
        }
        for (Instruction i : in.instructions()) {
            if (i.is("COPY") && i.flag("from") != null) {
                String from = i.flag("from");
                boolean internal = names.contains(from.toLowerCase(Locale.ROOT)) || from.matches("\\d+");
                // a stage name or number stays as written; an image becomes a catalog image or has a finding
                assertThat(out.instructions()).as(file + ": " + i.arguments()).anyMatch(o -> o.is("COPY")
                        && o.rest().equals(i.rest()) && (internal ? from.equals(o.flag("from"))
                        : catalogImage(o.flag("from")) || from.equals(o.flag("from"))
                        && r.findings().stream().anyMatch(f -> f.line() == i.startLine())));
            }
        }
        Set<String> outNames = new TreeSet<>();
        for (Stage s : outStages.stages()) {
            String image = s.resolved();
            if (image != null && !outNames.contains(image.toLowerCase(Locale.ROOT)) && !image.equals("scratch")) {
                ImageReference ref;
                try {
                    ref = ImageReference.parse(image);
                } catch (InvalidReferenceException e) {
                    assertThat(r.findings()).as(file + ": " + image + " is reported").anyMatch(f ->
                            f.rule().equals("invalid-reference") && f.severity() == Severity.ERROR
                                    && f.args().get(0).equals(image));
                    if (s.name() != null) {
                        outNames.add(s.name().toLowerCase(Locale.ROOT));
                    }
                    continue;
                }
                if (ref.dhiRepository() != null && ("dhi.io".equals(ref.registry()) || ref.mirrored())) {
                    assertThat(BundledData.CATALOG.repository(ref.dhiRepository())).as(file + ": " + image).isPresent();
                    boolean fips = ref.tag() != null && ref.tag().fips();
                    if (!fips) {
                        assertThat(BundledData.CATALOG.definitionByTag(ref.dhiRepository(), ref.tag().format()))
                                .as(file + ": tag of " + image).isPresent();
                    }
                } else {
                    assertThat(r.stages()).as(file + ": " + image + " was left as written").anyMatch(st -> st.reference() == null);
                }
            }
            if (s.name() != null) {
                outNames.add(s.name().toLowerCase(Locale.ROOT));
            }
        }
        StageResult last = r.stages().get(r.stages().size() - 1);
        if (last.role() == StageRole.RUNTIME) {
            Stage finalOut = outStages.stages().get(outStages.stages().size() - 1);
            assertThat(finalOut.body()).as(file + ": no RUN after the final runtime FROM").noneMatch(i -> i.is("RUN"));
        }
        for (Finding f : r.findings()) {
            assertThat(f.line()).as(file + ": " + f.rule()).isBetween(1, in.text().split("\n", -1).length);
            assertThat(f.rule()).matches("[a-z]+(-[a-z]+)*");
        }
    }

    @Test
    void everyMigratedFilePassesTheDockerfileValidator(@TempDir Path dir) throws Exception {
        NodeValidator.requireAvailable();
        List<Path> files = new ArrayList<>();
        for (Path f : corpus()) {
            Path out = dir.resolve(Corpus.name(f) + ".Dockerfile");
            Files.write(out, Corpus.migrate(f).dockerfile().getBytes(StandardCharsets.UTF_8));
            files.add(out);
        }
        Map<String, List<NodeValidator.Diagnostic>> errors = new LinkedHashMap<>();
        NodeValidator.validate(files).forEach((file, ds) -> {
            List<NodeValidator.Diagnostic> e = ds.stream().filter(d -> d.severity() == 1).toList();
            if (!e.isEmpty()) {
                errors.put(file.getFileName().toString(), e);
            }
        });
        assertThat(errors).isEmpty();
    }
}
