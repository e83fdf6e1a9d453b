package dev.dhipicker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dhipicker.catalog.UpstreamTrees;
import dev.dhipicker.catalog.update.TarBuilder;
import dev.dhipicker.catalog.update.UserCatalogStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code update-catalog} end to end, in a data folder of the test's own: an update from a local
 * archive of the catalog's real layout changes what {@code recommend} answers and what its JSON
 * says about the catalog; {@code --rollback} brings the old answer back; a hostile archive is one
 * line and nothing lost; the age notice is one line on standard error only.
 */
class UpdateCatalogCliTest {
    static final String COMMIT = "c0ffee0123456789abcdef0123456789abcdef01";
    static final LocalDate DATE = LocalDate.parse("2026-11-30");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;
    Path data;
    Path archive;

    @BeforeEach
    void archive() throws Exception {
        data = tmp.resolve("data").resolve("dhi-picker");
        archive = tmp.resolve("catalog-c0ffee0.tar.gz");
        TarBuilder.github(archive, COMMIT, DATE.toEpochDay() * 86400 + 3600, "docker-hardened-images-catalog-c0ffee0",
                UpstreamTrees.withNewPythonLine());
    }

    CliTest.Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                new CliContext(data, CLOCK, Map.of()));
        return new CliTest.Run(code, out.toString(), err.toString());
    }

    JsonNode recommendPython() throws Exception {
        CliTest.Run r = run("recommend", "--workload", "python", "--today", "2026-12-04", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void anUpdateChangesTheAnswerAndTheJsonAndRollbackBringsTheOldOneBack() throws Exception {
        JsonNode before = recommendPython();
        assertThat(before.at("/catalog/origin").asText()).isEqualTo("bundled");
        assertThat(before.at("/catalog/snapshotDate").asText()).isEqualTo("2026-08-22");
        String oldRuntime = before.at("/runtime/reference").asText();
        assertThat(oldRuntime).startsWith("dhi.io/python:").doesNotContain(UpstreamTrees.NEW_LINE);

        CliTest.Run update = run("update-catalog", "--from", archive.toString());
        assertThat(update.code()).as(update.err()).isZero();
        assertThat(update.out()).contains("Updated the catalog to snapshot 2026-11-30, commit c0ffee012345, from "
                + archive).contains("Saved as " + data.resolve("catalog.json"));
        assertThat(update.err()).contains("update-catalog: unpacking the archive")
                .contains("update-catalog: publishing the new catalog");

        JsonNode after = recommendPython();
        assertThat(after.at("/runtime/reference").asText()).isEqualTo("dhi.io/python:" + UpstreamTrees.NEW_LINE + "-debian13");
        assertThat(after.at("/catalog/origin").asText()).isEqualTo("updated");
        assertThat(after.at("/catalog/snapshotDate").asText()).isEqualTo("2026-11-30");
        assertThat(after.at("/catalog/upstreamCommit").asText()).isEqualTo(COMMIT);
        assertThat(after.at("/catalog/file").asText()).isEqualTo(data.resolve("catalog.json").toString());
        JsonNode catalogJson = new ObjectMapper().readTree(run("catalog", "--search", "python", "--format", "json").out());
        assertThat(catalogJson.at("/catalog/origin").asText()).isEqualTo("updated");
        JsonNode explainJson = new ObjectMapper().readTree(run("explain", "dhi.io/python:" + UpstreamTrees.NEW_LINE,
                "--format", "json").out());
        assertThat(explainJson.at("/catalog/upstreamCommit").asText()).isEqualTo(COMMIT);
        assertThat(explainJson.at("/results/0/known").asBoolean()).isTrue();
        String dockerfile = run("dockerfile", "--workload", "python", "--today", "2026-12-04").out();
        assertThat(dockerfile).contains("2026-11-30").contains(COMMIT.substring(0, 7))
                .contains("FROM dhi.io/python:" + UpstreamTrees.NEW_LINE + "-debian13");

        CliTest.Run back = run("update-catalog", "--rollback");
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out()).contains("Catalog in use: snapshot 2026-08-22").contains("(bundled)");
        JsonNode rolledBack = recommendPython();
        assertThat(rolledBack.at("/runtime/reference").asText()).isEqualTo(oldRuntime);
        assertThat(rolledBack.at("/catalog/origin").asText()).isEqualTo("bundled");

        // a second rollback undoes the first
        assertThat(run("update-catalog", "--rollback").code()).isZero();
        assertThat(recommendPython().at("/catalog/snapshotDate").asText()).isEqualTo("2026-11-30");
    }

    @Test
    void aHostileArchiveIsOneLineAndNothingIsLost() throws Exception {
        assertThat(run("update-catalog", "--from", archive.toString(), "--quiet").code()).isZero();
        byte[] current = Files.readAllBytes(data.resolve(UserCatalogStore.CURRENT));
        Path hostile = tmp.resolve("hostile.tar.gz");
        try (TarBuilder t = new TarBuilder(hostile, 0)) {
            t.file("top/image/a/info.yaml", "x".getBytes());
            t.file("top/../../../evil.yaml", "x".getBytes());
        }
        CliTest.Run r = run("update-catalog", "--from", hostile.toString(), "--quiet");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1).first().asString()
                .startsWith("dhi-picker update-catalog: " + hostile + ": the entry name top/../../../evil.yaml would be written outside");
        assertThat(data.resolve(UserCatalogStore.CURRENT)).hasBinaryContent(current);
        assertThat(tmp.getParent().resolve("evil.yaml")).doesNotExist();
    }

    @Test
    void theAgeNoticeIsOneLineOnStandardErrorAndChangesNothingElse() throws Exception {
        CliTest.Run old = run("recommend", "--workload", "python", "--format", "json");
        assertThat(old.code()).isZero();
        assertThat(old.err().lines()).containsExactly("dhi-picker: the catalog in use (bundled) is snapshot 2026-08-22,"
                + " 104 days old: run dhi-picker update-catalog to get the current one");
        new ObjectMapper().readTree(old.out()); // standard output is still only the JSON
        CliTest.Run judgedOnToday = run("recommend", "--workload", "python", "--today", "2026-09-30");
        assertThat(judgedOnToday.err()).isEmpty();
        CliTest.Run failing = run("recommend", "--workload", "no-such-workload");
        CliTest.Run failingWithNotice = run("recommend", "--workload", "no-such-workload", "--today", "2026-12-04");
        assertThat(failingWithNotice.code()).isEqualTo(failing.code());
        assertThat(run("update-catalog", "--from", archive.toString(), "--quiet").code()).isZero();
        assertThat(run("catalog", "--search", "python").err()).isEmpty(); // 4 days old on the clock
        assertThat(run("explain", "dhi.io/python:3.14", "--lang", "zh-CN").err()).isEmpty();
    }

    @Test
    void anUnusableUpdatedCatalogFallsBackToTheBundledOneWithOneLine() throws Exception {
        Files.createDirectories(data);
        Files.writeString(data.resolve(UserCatalogStore.CURRENT), "{\"format\": 1, \"info\": ");
        CliTest.Run r = run("recommend", "--workload", "python", "--today", "2026-09-01", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.err().lines()).hasSize(1).first().asString()
                .startsWith("dhi-picker: the updated catalog cannot be used, so the bundled one is: " + data.resolve("catalog.json"));
        assertThat(new ObjectMapper().readTree(r.out()).at("/catalog/origin").asText()).isEqualTo("bundled");
    }

    @Test
    void aLocalCloneIsASourceToo() throws Exception {
        Path clone = tmp.resolve("clone");
        for (Map.Entry<String, byte[]> e : UpstreamTrees.withNewPythonLine().entrySet()) {
            Path f = clone.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        CliTest.Run none = run("update-catalog", "--from", clone.toString(), "--quiet");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).isEqualTo("dhi-picker update-catalog: " + clone
                + " does not say which upstream commit it is: give --commit SHA\n");
        CliTest.Run r = run("update-catalog", "--from", clone.toString(), "--commit", COMMIT, "--snapshot-date",
                "2026-12-01", "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("snapshot 2026-12-01, commit c0ffee012345, from " + clone);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("update-catalog", "--commit", "abc").code()).isEqualTo(2);
        assertThat(run("update-catalog", "--snapshot-date", "yesterday").code()).isEqualTo(2);
        assertThat(run("update-catalog", "--rollback", "--from", "x").code()).isEqualTo(2);
        CliTest.Run nothing = run("update-catalog", "--rollback");
        assertThat(nothing.code()).isEqualTo(1);
        assertThat(nothing.err()).startsWith("dhi-picker update-catalog: there is no previous catalog to roll back to in");
    }

    @Test
    void withoutADataFolderTheCommandSaysSo() {
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[]{"update-catalog", "--from", archive.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("there is no data folder");
    }
}
