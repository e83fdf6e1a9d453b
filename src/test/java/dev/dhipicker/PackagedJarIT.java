package dev.dhipicker;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the packaged jar as a user would, in a separate process without a display. */
class PackagedJarIT {

    static final Path JAR = Path.of("target", "dhi-picker.jar");

    record Result(int code, String out, String err) {
    }

    static Result java(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Duser.language=en");
        cmd.add("-jar");
        cmd.add(JAR.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    @Test
    void catalogRunsHeadlessFromTheJar() throws Exception {
        assertThat(JAR).exists();
        Result r = java("catalog", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("repositories").size()).isEqualTo(554);
    }

    @Test
    void explainOfTheIssueExampleFromTheJar() throws Exception {
        Result r = java("explain", "dhi.io/python:3.13-debian13-dev", "FROM dhi.io/node:24-alpine3.22 AS web", "3.13-fips");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("resolves to:     dhi.io/python:3.13.").contains("counterpart:     dhi.io/node:24-alpine3.22-dev");
    }

    @Test
    void errorsAreOneLineWithoutStackTraces() throws Exception {
        Result usage = java("explain", "--format", "yaml", "x");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err().strip().lines().count()).isEqualTo(1);

        Path bad = Files.createTempFile("bad", ".json");
        Files.writeString(bad, "{\"format\":1, \"info\": [");
        Result rejected = java("--catalog", bad.toString(), "catalog");
        Files.delete(bad);
        assertThat(rejected.code()).isEqualTo(1);
        assertThat(rejected.err().strip().lines().count()).isEqualTo(1);
        assertThat(rejected.err()).contains("malformed JSON").doesNotContain("\tat ");
    }
}
