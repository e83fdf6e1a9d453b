package dev.dhipicker.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.recommend.SizePriority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every workload profile on Debian, on Alpine where the catalog has it, and with FIPS where a guide
 * documents it (python, go, java), plus application images: the Dockerfile has the structure DHI's
 * migration guidance asks for, and dockerfile-utils finds no error in it.
 */
class DockerfileTemplatesTest {

    static final List<String> PROFILES = List.of("python", "node", "go", "java", "dotnet", "rust", "ruby", "php",
            "static-site");

    /** A named set of answers and options. */
    record Case(String name, Answers answers, DockerfileOptions options) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String p : PROFILES) {
            Answers base = Answers.defaults(p);
            cases.add(new Case(p + " debian", base.withLibc(LibcNeed.GLIBC), DockerfileOptions.defaults()));
            Recommendation musl = ExportFixture.recommend(base.withLibc(LibcNeed.MUSL).withSize(SizePriority.SMALLEST));
            if (musl.runtime() != null && musl.runtime().distro() == DistroFamily.ALPINE) {
                cases.add(new Case(p + " alpine", musl.answers(), DockerfileOptions.defaults()));
            }
        }
        for (String p : List.of("python", "go", "java")) {
            Answers fips = Answers.defaults(p).withCompliance(ComplianceNeed.FIPS);
            cases.add(new Case(p + " fips debian (org placeholder)", fips.withLibc(LibcNeed.GLIBC), DockerfileOptions.defaults()));
            cases.add(new Case(p + " fips alpine (org acme)", fips.withLibc(LibcNeed.MUSL).withOrg("acme"),
                    DockerfileOptions.defaults()));
        }
        cases.add(new Case("python stig", Answers.defaults("python").withCompliance(ComplianceNeed.STIG).withOrg("acme"),
                DockerfileOptions.defaults()));
        cases.add(new Case("python module entry", Answers.defaults("python"), new DockerfileOptions("myapp.main", false)));
        cases.add(new Case("go any libc (no cgo)", Answers.defaults("go"), new DockerfileOptions("./cmd/api", false)));
        cases.add(new Case("java 8 maven wrapper", Answers.defaults("java").withVersion("8"), DockerfileOptions.defaults()));
        cases.add(new Case("java 26 maven wrapper alpine", Answers.defaults("java").withVersion("26").withLibc(LibcNeed.MUSL)
                .withSize(SizePriority.SMALLEST), new DockerfileOptions("target/app-1.0.jar", false)));
        cases.add(new Case("dotnet named dll", Answers.defaults("dotnet"), new DockerfileOptions("Shop.Api", false)));
        for (String app : List.of("redis", "postgres", "nginx")) {
            cases.add(new Case(app, Answers.defaults(app), DockerfileOptions.defaults()));
            cases.add(new Case(app + " alpine", Answers.defaults(app).withLibc(LibcNeed.MUSL).withSize(SizePriority.SMALLEST),
                    DockerfileOptions.defaults()));
        }
        cases.add(new Case("nginx dhi-chart pinned", Answers.defaults("nginx").withHelm(HelmUse.DHI_CHART),
                new DockerfileOptions(null, true)));
        cases.add(new Case("redis dhi-chart", Answers.defaults("redis").withHelm(HelmUse.DHI_CHART), DockerfileOptions.defaults()));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dockerfileHasTheMultiStageShapeAndTheCatalogUser(Case c) throws Exception {
        Recommendation r = ExportFixture.recommend(c.answers());
        assertThat(r.runtime()).as("runtime of " + c).isNotNull();
        String text = ExportFixture.writer().render(r, c.options());
        ParsedDockerfile df = ParsedDockerfile.parse(text);
        String comments = text.replace("\n#   ", " "); // long comments are wrapped onto "#   " lines

        assertThat(text).startsWith("# syntax=docker/dockerfile:1\n");
        assertThat(text).contains("2026-08-22").contains(r.answers().workload());
        assertThat(df.stages()).hasSize(r.application() ? 1 : 2);

        boolean orgArg = r.answers().compliance().mirrored() && r.answers().org() == null;
        if (!r.application()) {
            assertThat(df.stages().get(0).from()).isEqualTo(expected(r.build().reference(), orgArg) + " AS build");
            assertThat(df.stages().get(0).all("RUN")).as("something is built").isNotEmpty();
        }
        String runtimeRef = expected(r.runtime().reference(), orgArg);
        if (c.options().pinDigest() && r.runtime().digest() != null && !runtimeRef.contains("@")) {
            runtimeRef = runtimeRef + "@" + r.runtime().digest();
        }
        assertThat(df.finalStage().from()).as("the final FROM is the runtime reference").isEqualTo(runtimeRef);
        if (orgArg) {
            assertThat(df.preamble()).containsExactly("ARG ORG");
            assertThat(comments).contains("--build-arg ORG=").contains("Mirror each repository");
        } else {
            assertThat(df.preamble()).isEmpty();
        }
        if (r.answers().compliance().mirrored()) {
            assertThat(comments).contains("DHI Select").contains("<org>/dhi-<repo>");
        }
        if (r.runtime().inferred()) {
            assertThat(comments).contains("Confirm the tag: " + expected(r.runtime().reference(), orgArg));
        }

        ParsedDockerfile.Stage last = df.finalStage();
        assertThat(last.all("RUN")).as("no RUN in the final stage").isEmpty();
        for (String kw : List.of("CMD", "ENTRYPOINT")) {
            for (ParsedDockerfile.Instruction i : last.all(kw)) {
                JsonNode arr = new ObjectMapper().readTree(i.args());
                assertThat(arr.isArray()).as(kw + " in exec form: " + i.args()).isTrue();
                arr.forEach(e -> assertThat(e.isTextual()).isTrue());
            }
        }
        assertThat(last.all("CMD").size() + last.all("ENTRYPOINT").size()).isLessThanOrEqualTo(1);

        ImageDefinition def = r.runtime().definition();
        String owner = def.uid() + ":" + (def.gid() == null ? def.uid() : def.gid());
        List<ParsedDockerfile.Instruction> copies = last.all("COPY");
        assertThat(copies).as("the final stage copies something").isNotEmpty();
        for (ParsedDockerfile.Instruction copy : copies) {
            assertThat(copy.args()).as("owned by the catalog user").contains("--chown=" + owner + " ");
            if (!r.application()) {
                assertThat(copy.args()).startsWith("--from=build ");
            }
        }
        for (ParsedDockerfile.Instruction user : last.all("USER")) {
            assertThat(user.args()).isEqualTo(owner);
        }
        if (!def.runsAsRoot()) {
            for (ParsedDockerfile.Instruction expose : last.all("EXPOSE")) {
                assertThat(Integer.parseInt(expose.args().replaceFirst("/.*", ""))).isGreaterThanOrEqualTo(1025);
            }
        }
    }

    private static String expected(String reference, boolean orgArg) {
        return orgArg ? "${ORG}/" + reference.substring(reference.indexOf('/') + 1) : reference;
    }

    @Test
    void everyDockerfilePassesTheDockerfileUtilsValidator(@TempDir Path dir) throws Exception {
        NodeValidator.requireAvailable();
        Map<Path, String> files = new LinkedHashMap<>();
        int n = 0;
        for (Case c : cases()) {
            Path f = dir.resolve(String.format("%02d-%s.Dockerfile", n++, c.name().replaceAll("[^a-z0-9]+", "-")));
            Files.writeString(f, ExportFixture.writer().render(ExportFixture.recommend(c.answers()), c.options()));
            files.put(f.toAbsolutePath(), c.name());
        }
        assertThat(NodeValidator.problems(files)).as("dockerfile-utils diagnostics (errors and warnings)").isEmpty();
    }

    @Test
    void theValidatorItselfRejectsABrokenDockerfile(@TempDir Path dir) throws Exception {
        NodeValidator.requireAvailable();
        Path bad = dir.resolve("bad.Dockerfile");
        Files.writeString(bad, "FROM dhi.io/python:3.14 AS\nRUNN pip install x\n");
        List<NodeValidator.Diagnostic> d = NodeValidator.validate(List.of(bad)).get(bad.toAbsolutePath());
        assertThat(d).anyMatch(x -> x.severity() == 1);
    }
}
