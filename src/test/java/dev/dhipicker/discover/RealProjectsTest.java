package dev.dhipicker.discover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dhipicker.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five public projects' trees (only the files discover reads; see real/SOURCES.tsv for project,
 * commit and licence) and the reports we reviewed for them, as JSON and as Markdown. A change of
 * the engine's answers shows up here as a diff to review, and the expected files are then
 * regenerated with {@code -Ddhi.golden.update=true}, and the diff reviewed before it is committed.
 */
class RealProjectsTest {
    static final Path REAL = Fixtures.ROOT.resolve("real");

    static List<String> projects() throws Exception {
        return Files.readAllLines(REAL.resolve("SOURCES.tsv")).stream().skip(1).map(l -> l.split("\t")[0]).toList();
    }

    @ParameterizedTest
    @MethodSource("projects")
    void theReportIsTheReviewedOne(String name) throws Exception {
        DiscoveryReport r = Fixtures.discover(REAL.resolve(name));
        String json = JsonReport.write(r, name, ReportFormatsTest.options(), Messages.english());
        String markdown = MarkdownReport.write(r, Messages.english());
        if (Boolean.getBoolean("dhi.golden.update")) {
            Files.writeString(REAL.resolve(name + ".expected.json"), json, StandardCharsets.UTF_8);
            Files.writeString(REAL.resolve(name + ".expected.md"), markdown, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(Files.readString(REAL.resolve(name + ".expected.json"), StandardCharsets.UTF_8));
        assertThat(markdown).isEqualTo(Files.readString(REAL.resolve(name + ".expected.md"), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("projects")
    void sarifValidates(String name) throws Exception {
        DiscoveryReport r = Fixtures.discover(REAL.resolve(name));
        JsonNode sarif = new ObjectMapper().readTree(SarifReport.write(r, "0.1.0", Messages.english()));
        assertThat(ReportFormatsTest.sarifSchema().validate(sarif)).isEmpty();
        assertThat(sarif.get("runs").get(0).get("results")).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("projects")
    void writeRoundTrips(String name, @TempDir Path tmp) throws Exception {
        Path root = Fixtures.copy(REAL.resolve(name), tmp.resolve(name));
        DiscoveryReport first = Fixtures.discover(root);
        WriteRoundTripTest.apply(root, first);
        DiscoveryReport second = Fixtures.discover(root);
        assertThat(second.changes()).isEmpty();
        assertThat(second.references()).noneMatch(DiscoveredReference::written);
        // a migrated Dockerfile may gain a stage (a split into build and runtime), so count, do not pair
        long written = first.references().stream().filter(DiscoveredReference::written).count();
        assertThat(second.counts().get(Status.ALREADY_DHI)).isGreaterThanOrEqualTo((int) written);
    }

    @Test
    void everyProjectHasItsLicenceBesideIt() throws Exception {
        for (String line : Files.readAllLines(REAL.resolve("SOURCES.tsv")).subList(1, 6)) {
            String[] f = line.split("\t");
            assertThat(f[4]).isIn("Apache-2.0", "MIT", "BSD-3-Clause", "BSD-2-Clause");
            assertThat(REAL.resolve(f[0]).resolve(f[5])).exists();
        }
    }
}
