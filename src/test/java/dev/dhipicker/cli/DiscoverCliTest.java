package dev.dhipicker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static dev.dhipicker.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

class DiscoverCliTest {
    static final Path FIXTURE = Path.of("src/test/resources/discover/fixtures/every-place");

    static Path copy(Path to) throws Exception {
        try (Stream<Path> s = Files.walk(FIXTURE)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(FIXTURE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    /** Every file of a tree with the hash of its content. */
    static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }

    static String[] args(Path dir, String... extra) {
        List<String> a = new ArrayList<>(List.of("discover", dir.toString(), "--today", "2026-11-26"));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    @Test
    void everyFormatRunsAndNothingIsWrittenWithoutWrite(@TempDir Path tmp) throws Exception {
        Path dir = copy(tmp.resolve("p"));
        Map<String, String> before = hashes(dir);
        for (String format : List.of("text", "json", "markdown", "sarif", "csv")) {
            CliTest.Run r = run(args(dir, "--format", format));
            assertThat(r.code()).as(format + ": " + r.err()).isZero();
            assertThat(r.out()).as(format).isNotBlank();
            // standard error holds nothing but the bundled snapshot's age notice
            assertThat(r.err()).matches("(dhi-picker: the catalog in use \\(bundled\\) is snapshot [0-9-]+, \\d+ days old:"
                    + " run dhi-picker update-catalog to get the current one\n)?");
        }
        assertThat(hashes(dir)).isEqualTo(before);
    }

    @Test
    void jsonCarriesTheAnswersAndTheSummaryAndMigratesAsMigrateDoes(@TempDir Path tmp) throws Exception {
        Path dir = copy(tmp.resolve("p"));
        String[] answers = {"--libc", "musl", "--compliance", "fips", "--org", "acme"};
        List<String> a = new ArrayList<>(List.of(args(dir, "--format", "json")));
        a.addAll(List.of(answers));
        JsonNode json = run(a.toArray(String[]::new)).json();
        assertThat(json.get("options").get("libc").asText()).isEqualTo("musl");
        assertThat(json.get("options").get("org").asText()).isEqualTo("acme");
        // the catalog in use, as every JSON output names it
        assertThat(json.get("catalog").get("origin").asText()).isEqualTo("bundled");
        assertThat(json.get("catalog").get("snapshotDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(json.get("summary").get("references").asInt()).isEqualTo(json.get("references").size());
        assertThat(json.get("summary").get("filesToChange")).isNotEmpty();
        int compared = 0;
        for (JsonNode ref : json.get("references")) {
            if (!ref.get("place").asText().equals("compose-image") || !ref.get("status").asText().equals("counterpart")
                    || !ref.get("use").asText().equals("runtime")) {
                continue;
            }
            // the same image as the FROM of a one-stage Dockerfile, through the migrate command with the same answers
            Path df = Files.writeString(tmp.resolve("Dockerfile." + compared), "FROM " + ref.get("reference").asText() + "\n");
            List<String> m = new ArrayList<>(List.of("migrate", df.toString(), "--today", "2026-11-26", "--format", "json"));
            m.addAll(List.of(answers));
            JsonNode migrated = run(m.toArray(String[]::new)).json();
            assertThat(ref.get("replacement").asText()).as(ref.get("reference").asText())
                    .isEqualTo(migrated.get("stages").get(0).get("reference").asText());
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(2);
    }

    @Test
    void writeAppliesTheChangesPrintsTheDiffAndASecondRunHasNothingToWrite(@TempDir Path tmp) throws Exception {
        Path dir = copy(tmp.resolve("p"));
        CliTest.Run first = run(args(dir, "--write"));
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("--- compose.yaml\n+++ compose.yaml\n", "+    image: dhi.io/redis:",
                "-    image: redis:7.2-alpine");
        assertThat(first.err()).contains("Wrote compose.yaml.", "Wrote api/Dockerfile.");
        assertThat(Files.readString(dir.resolve("api/Dockerfile"))).contains("FROM dhi.io/golang:");
        Map<String, String> after = hashes(dir);
        CliTest.Run second = run(args(dir, "--write"));
        assertThat(second.code()).isZero();
        assertThat(second.out()).isEmpty();
        assertThat(second.err()).contains("Nothing to write");
        assertThat(hashes(dir)).isEqualTo(after);
        JsonNode json = run(args(dir, "--format", "json")).json();
        assertThat(json.get("summary").get("filesToChange")).isEmpty();
    }

    @Test
    void failOnGivesExitThreeAtOrAboveTheSeverity(@TempDir Path tmp) throws Exception {
        Path dir = copy(tmp.resolve("p"));
        List<String> severities = new ArrayList<>();
        JsonNode json = run(args(dir, "--format", "json")).json();
        json.get("references").forEach(r -> r.get("findings").forEach(f -> severities.add(f.get("severity").asText())));
        json.get("findings").forEach(f -> severities.add(f.get("severity").asText()));
        json.get("notices").forEach(f -> severities.add(f.get("severity").asText()));
        assertThat(severities).contains("warning");
        assertThat(run(args(dir, "--fail-on", "never")).code()).isZero();
        assertThat(run(args(dir, "--fail-on", "warning")).code()).isEqualTo(DiscoverCommand.FINDINGS);
        assertThat(run(args(dir, "--fail-on", "error")).code())
                .isEqualTo(severities.contains("error") ? DiscoverCommand.FINDINGS : 0);
        Path warnings = Files.createDirectories(tmp.resolve("warnings"));
        Files.writeString(warnings.resolve("compose.yaml"), "services:\n  a:\n    image: example.org/acme/tool:1\n");
        assertThat(run(args(warnings, "--fail-on", "error")).code()).isZero();
        assertThat(run(args(warnings, "--fail-on", "warning")).code()).isEqualTo(DiscoverCommand.FINDINGS);
        Files.writeString(warnings.resolve("Dockerfile"), "FROM python:3.12-slim-bookworm@sha256:abc\n");
        assertThat(run(args(warnings, "--fail-on", "error")).code()).isEqualTo(DiscoverCommand.FINDINGS);
        Path clean = Files.createDirectories(tmp.resolve("clean"));
        Files.writeString(clean.resolve("Dockerfile"), "FROM dhi.io/python:3.13-debian13\n");
        assertThat(run(args(clean, "--fail-on", "warning")).code()).isZero();
    }

    @Test
    void badInputIsOneLineAndTheRightExitCode(@TempDir Path tmp) throws Exception {
        CliTest.Run missing = run(args(tmp.resolve("nope")));
        assertThat(missing.code()).isEqualTo(Cli.FAILURE);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("is not a folder");
        Path file = Files.writeString(tmp.resolve("f"), "x");
        assertThat(run(args(file)).code()).isEqualTo(Cli.FAILURE);
        CliTest.Run format = run(args(tmp, "--format", "xml"));
        assertThat(format.code()).isEqualTo(Cli.USAGE);
        assertThat(format.err()).contains("--format").contains("sarif");
        assertThat(run(args(tmp, "--fail-on", "sometimes")).code()).isEqualTo(Cli.USAGE);
        assertThat(run(args(tmp, "--libc", "bionic")).code()).isEqualTo(Cli.USAGE);
        assertThat(run(args(tmp, "--today", "someday")).code()).isEqualTo(Cli.USAGE);
        assertThat(run("discover").code()).isEqualTo(Cli.USAGE);
    }

    @Test
    void helpAndChineseOutput(@TempDir Path tmp) throws Exception {
        CliTest.Run help = run("discover", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--write", "--fail-on", "sarif");
        CliTest.Run zh = run(args(copy(tmp.resolve("p")), "--lang", "zh-CN", "--format", "markdown"));
        assertThat(zh.code()).isZero();
        assertThat(zh.out()).contains("本项目中的镜像引用");
    }

    @Test
    void theAgeNoticeIsMeasuredAgainstTodayAsMigrateMeasuresIt(@TempDir Path tmp) throws Exception {
        Path dir = copy(tmp.resolve("p"));
        // the bundled snapshot is 2026-08-22: 10 days old on 2026-09-01, more than 60 on 2026-11-26
        CliTest.Run young = run("discover", dir.toString(), "--today", "2026-09-01");
        assertThat(young.code()).as(young.err()).isZero();
        assertThat(young.err()).isEmpty();
        CliTest.Run old = run(args(dir));
        assertThat(old.err()).contains("update-catalog");
    }
}
