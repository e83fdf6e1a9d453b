package dev.dhipicker.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dhipicker.util.SpecialFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Issue 12 through the command line: each numbered point, as a user would hit it. */
class HardeningCliTest {

    static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static void assertOneLineFailure(CliTest.Run r, int code) {
        assertThat(r.code()).as(r.err()).isEqualTo(code);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** The bundled catalog as a tree, to mutate. */
    static ObjectNode bundled() throws Exception {
        try (var in = HardeningCliTest.class.getResourceAsStream("/catalog-data/dhi-catalog.json")) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        }
    }

    static Path write(Path file, ObjectNode catalog) throws Exception {
        Files.write(file, new ObjectMapper().writeValueAsBytes(catalog));
        return file;
    }

    static ObjectNode repository(ObjectNode catalog, String name) {
        for (var r : catalog.withArray("repositories")) {
            if (r.get("name").asText().equals(name)) {
                return (ObjectNode) r;
            }
        }
        throw new IllegalArgumentException(name);
    }

    // 1. --force never replaces a device node or a FIFO

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dockerfile", "sheet"})
    void forceNeverReplacesACharacterDevice(String command, @TempDir Path dir) throws Exception {
        Path dev = SpecialFiles.characterDevice(dir.resolve("x"));
        CliTest.Run r = run(command, "--workload", "go", "-o", dev.toString(), "--force");
        assertOneLineFailure(r, 1);
        assertThat(r.err()).contains(dev.toString()).contains("not a regular file");
        assertThat(SpecialFiles.isCharacterDevice(dev)).isTrue();
        assertThat(names(dir)).containsExactly("x");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dockerfile", "sheet"})
    void forceNeverReplacesAFifo(String command, @TempDir Path dir) throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("p"));
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> run(command, "--workload", "go", "-o", fifo.toString(), "--force"));
        assertOneLineFailure(r, 1);
        assertThat(SpecialFiles.isFifo(fifo)).isTrue();
        assertThat(names(dir)).containsExactly("p");
    }

    // 2. no overwrite without --force: dangling symlinks, parallel runs

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dockerfile", "sheet"})
    void aDanglingSymlinkIsNotReplacedWithOrWithoutForce(String command, @TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("d"), Path.of("nothere"));
        for (String extra : new String[]{"--libc=any", "--force"}) {
            CliTest.Run r = run(command, "--workload", "go", "-o", link.toString(), extra);
            assertOneLineFailure(r, 1);
            assertThat(r.err()).contains("symbolic link");
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(names(dir)).containsExactly("d");
    }

    @Test
    void ofTenParallelDockerfileRunsToOneFileExactlyOneWrites(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("Dockerfile");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CliTest.Run>> runs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Callable<CliTest.Run> c = () -> {
                start.await();
                return run("dockerfile", "--workload", "go", "-o", target.toString());
            };
            runs.add(pool.submit(c));
        }
        start.countDown();
        int wrote = 0;
        for (Future<CliTest.Run> f : runs) {
            CliTest.Run r = f.get(120, TimeUnit.SECONDS);
            if (r.code() == 0) {
                wrote++;
            } else {
                assertOneLineFailure(r, 1);
                assertThat(r.err()).contains("exists");
            }
        }
        pool.shutdown();
        assertThat(wrote).isEqualTo(1);
        assertThat(names(dir)).containsExactly("Dockerfile");
    }

    // 3. temp files left by a killed run are removed by the next write to that folder

    @Test
    void aSheetRunRemovesTheTempFileAKilledRunLeft(@TempDir Path dir) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        Path stale = Files.writeString(dir.resolve(".sheet.pdf.dhi-picker-" + gone.pid() + "-k9.tmp"), "%PDF-partial");
        CliTest.Run r = run("sheet", "--workload", "go", "-o", dir.resolve("other.pdf").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(stale).doesNotExist();
        assertThat(names(dir)).containsExactly("other.pdf");
    }

    // 4. digests: length per algorithm, unknown algorithms

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sha512:%64", "md5:%32", "sha256:%128"})
    void explainCallsAMalformedDigestInvalid(String digest) {
        String d = digest.replaceAll("%(\\d+)", "");
        int n = Integer.parseInt(digest.replaceAll(".*%", ""));
        CliTest.Run r = run("explain", "dhi.io/python:3.13@" + d + "a".repeat(n));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("invalid: digest");
    }

    // 5. control characters never reach the terminal

    @ParameterizedTest(name = "--lang {0}")
    @ValueSource(strings = {"en", "zh-CN"})
    void explainInputsWithEscapesAndNewlinesArePrintedEscaped(String lang) {
        CliTest.Run r = run("--lang", lang, "explain", "python:3.13\u001b]0;pwned\u0007", "FROM python\nUSER root",
                "3.13\u009b2J");
        assertThat(r.out() + r.err()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b");
        assertThat(r.out()).contains("python:3.13\\u001b]0;pwned\\u0007").contains("FROM python\\nUSER root");
        assertThat(r.out().lines().filter(l -> l.startsWith("USER"))).isEmpty();
    }

    @Test
    void errorLinesEscapeControlCharactersOfTheArguments() {
        CliTest.Run r = run("recommend", "--workload", "py\u001b[2Jthon");
        assertOneLineFailure(r, 2);
        assertThat(r.err()).doesNotContain("\u001b").contains("\\u001b[2J");
    }

    @Test
    void aCatalogWhoseDisplayNameForgesARowIsRefused(@TempDir Path dir) throws Exception {
        ObjectNode c = bundled();
        repository(c, "redis").put("displayName", "Redis\nevil  Evil  debian13  runtime");
        CliTest.Run r = run("--catalog", write(dir.resolve("c.json"), c).toString(), "catalog");
        assertOneLineFailure(r, 1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("/displayName").contains("control character \\n");
    }

    // 6. and 7. bounded inputs and no hang

    @Test
    void aCatalogOverTheSizeCapIsRefusedInOneLineBeforeParsing(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        try (var out = Files.newOutputStream(big)) {
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 33; i++) {
                out.write(chunk);
            }
        }
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("--catalog", big.toString(), "catalog"));
        assertOneLineFailure(r, 1);
        assertThat(r.err()).contains("is too large (33.0 MB; at most 32.0 MB is read)");
    }

    @Test
    void aFifoAsCatalogIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("catalog.json"));
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("--catalog", fifo.toString(), "catalog"));
        assertOneLineFailure(r, 1);
        assertThat(r.err()).contains("not a regular file");
    }

    @Test
    void aDeviceAsCatalogIsRefusedAtOnce() {
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("--catalog", "/dev/zero", "catalog"));
        assertOneLineFailure(r, 1);
        assertThat(r.err()).contains("/dev/zero").contains("not a regular file");
    }

    @Test
    void atFileArgumentsAreNotExpanded(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret"), "root:x:0:0:TOPSECRET\n");
        CliTest.Run r = run("@" + secret);
        assertOneLineFailure(r, 2);
        assertThat(r.err()).doesNotContain("TOPSECRET");
        CliTest.Run zero = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("explain", "@/dev/zero"));
        assertThat(zero.code()).isEqualTo(1);
        assertThat(zero.out()).contains("@/dev/zero").contains("invalid");
    }

    // 9. import-catalog refuses bad data

    static Path upstream(Path dir) throws Exception {
        Path up = dir.resolve("up");
        Files.createDirectories(up.resolve("image/alpha/debian-13"));
        Files.writeString(up.resolve("image/alpha/info.yaml"), "metadata:\n  display-name: Alpha\n");
        Files.writeString(up.resolve("image/alpha/debian-13/1.yaml"),
                "image: dhi.io/alpha\nvariant: runtime\ntags: [\"1\", \"1.0-debian13\"]\naccounts:\n  run-as: root\n");
        return up;
    }

    static CliTest.Run importCatalog(Path up, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("import-catalog", up.toString(), "-o", out.toString(),
                "--upstream-commit", CliTest.COMMIT, "--snapshot-date", "2026-01-02", "--quiet"));
        args.addAll(List.of(more));
        return run(args.toArray(new String[0]));
    }

    @Test
    void aBrokenInfoYamlFailsTheImportWithFileLineAndExitOne(@TempDir Path dir) throws Exception {
        Path up = upstream(dir);
        Files.writeString(up.resolve("image/alpha/info.yaml"), "metadata:\n  display-name: [oops\n");
        Path out = dir.resolve("cat.json");
        CliTest.Run r = importCatalog(up, out);
        assertOneLineFailure(r, 1);
        assertThat(r.err()).contains("image/alpha/info.yaml: line ").contains("broken YAML");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFlavourThatItsContentsContradictIsListedAfterTheSummary(@TempDir Path dir) throws Exception {
        Path up = upstream(dir);
        Files.writeString(up.resolve("image/alpha/debian-13/2.yaml"), "image: dhi.io/alpha\nvariant: runtime\n"
                + "flavor: php8.4\ntags: [\"2-php8.4\"]\nvars:\n  PHP_REFERENCE: dhi/php:8.5.1-debian13\n"
                + "accounts:\n  run-as: root\n");
        CliTest.Run r = importCatalog(up, dir.resolve("cat.json"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 disagreements between the flavor field, the tags and the contents")
                .contains("  image/alpha/debian-13/2.yaml: flavor word 'php8.4' but it is built from php 8.5.1");
    }

    @Test
    void aDuplicateTagsKeyFailsTheImport(@TempDir Path dir) throws Exception {
        Path up = upstream(dir);
        Files.writeString(up.resolve("image/alpha/debian-13/1.yaml"),
                "image: dhi.io/alpha\nvariant: runtime\ntags: [\"1\"]\ntags: [\"2\"]\naccounts:\n  run-as: root\n");
        CliTest.Run r = importCatalog(up, dir.resolve("cat.json"));
        assertOneLineFailure(r, 1);
        assertThat(r.err()).contains("image/alpha/debian-13/1.yaml: line 4").containsIgnoringCase("duplicate");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"abc", "0123456789ABCDEF0123456789ABCDEF01234567", "0123456789abcdef0123456789abcdef0123456g"})
    void anUpstreamCommitThatIsNotFortyHexDigitsIsAUsageError(String commit, @TempDir Path dir) throws Exception {
        Path up = upstream(dir);
        CliTest.Run r = run("import-catalog", up.toString(), "-o", dir.resolve("c.json").toString(),
                "--upstream-commit", commit, "--snapshot-date", "2026-01-02", "--quiet");
        assertOneLineFailure(r, 2);
        assertThat(r.err()).contains("--upstream-commit").contains("40");
        assertThat(dir.resolve("c.json")).doesNotExist();
    }

    @Test
    void theImportedCatalogIsLoadedBeforeItReplacesAnything(@TempDir Path dir) throws Exception {
        Path up = upstream(dir);
        Path out = Files.writeString(dir.resolve("cat.json"), "the good old file");
        CliTest.Run r = importCatalog(up, out, "--force", "--source", "https://example.com/\u001b]0;x\u0007");
        assertOneLineFailure(r, 1);
        assertThat(r.err()).contains("would not load").contains("/info/source");
        assertThat(Files.readString(out)).isEqualTo("the good old file");
        assertThat(names(dir)).containsExactly("cat.json", "up");
    }

    // 10. a missing uid

    @Test
    void aCatalogDefinitionWithoutUidIsRefusedBeforeAnyDockerfile(@TempDir Path dir) throws Exception {
        ObjectNode c = bundled();
        for (var d : repository(c, "static").withArray("images")) {
            ((ObjectNode) d).putNull("uid");
        }
        Path out = dir.resolve("Dockerfile");
        CliTest.Run r = run("--catalog", write(dir.resolve("c.json"), c).toString(), "dockerfile", "--workload", "go",
                "-o", out.toString());
        assertOneLineFailure(r, 1);
        assertThat(r.err()).contains("missing required field 'uid'");
        assertThat(out).doesNotExist();
    }

    // 11. clear messages

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dockerfile", "sheet"})
    void anEmptyOutputNameIsAUsageError(String command) {
        CliTest.Run r = run(command, "--workload", "go", "-o", "");
        assertOneLineFailure(r, 2);
        assertThat(r.err()).contains("--output: the file name is empty");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dockerfile", "sheet"})
    void aFolderAsOutputIsNamedAsAFolderWithoutSuggestingForce(String command, @TempDir Path dir) {
        CliTest.Run r = run(command, "--workload", "go", "-o", dir.toString());
        assertOneLineFailure(r, 1);
        assertThat(r.err()).contains(dir + " is a folder, not a file").doesNotContain("use --force").doesNotContain("add --force");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"format\":LONG_NUMBER}",
            "{\"format\":NaN}",
            "{\"format\":1, /* comment */ \"info\":{}}",
            "{\"format\":\"a\u0001b\"}",
    })
    void parserMessagesDoNotLeakTheParsersInternals(String json, @TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("c.json"), json.replace("LONG_NUMBER", "1" + "0".repeat(1200)));
        CliTest.Run r = run("--catalog", f.toString(), "catalog");
        assertOneLineFailure(r, 1);
        assertThat(r.err()).doesNotContain("StreamRead").doesNotContain("Feature").doesNotContain("`")
                .doesNotContain("java.").doesNotContain("CTRL-CHAR").contains(f.toString());
    }

    @Test
    void anUnreadableCatalogSaysWhyItCannotBeRead(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        CliTest.Run r = run("--catalog", file.resolve("catalog.json").toString(), "catalog");
        assertOneLineFailure(r, 1);
        assertThat(r.err()).contains(file.resolve("catalog.json") + ": cannot read: Not a directory");
    }

    @Test
    void aFileThatIsNotUtf8TextIsSaidToBeSo(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("c.json"), new byte[]{0, 0, 0, '{', (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff});
        CliTest.Run r = run("--catalog", f.toString(), "catalog");
        assertOneLineFailure(r, 1);
        assertThat(r.err()).doesNotContain("java.io").doesNotContain("CharConversion");
    }

    @Test
    void aCatalogWithoutARepositoryAProfileNeedsIsBlamedNotTheProfiles(@TempDir Path dir) throws Exception {
        ObjectNode c = bundled();
        ArrayNode repos = c.withArray("repositories");
        for (int i = repos.size() - 1; i >= 0; i--) {
            if (repos.get(i).get("name").asText().equals("python")) {
                repos.remove(i);
            }
        }
        Path file = write(dir.resolve("nopython.json"), c);
        CliTest.Run r = run("--catalog", file.toString(), "recommend", "--workload", "go");
        assertOneLineFailure(r, 1);
        assertThat(r.err()).contains("catalog " + file).contains("no repository 'python'").doesNotContain("profiles.json");
    }

    // 12. validation gaps

    @Test
    void anOrganisationThatMakesTheReferenceTooLongIsRefused() {
        CliTest.Run r = run("recommend", "--workload", "python", "--compliance", "fips", "--org", "a".repeat(300));
        assertOneLineFailure(r, 2);
        assertThat(r.err()).contains("--org").contains("255");
    }

    @Test
    void anEmptyVersionIsRefused() {
        CliTest.Run r = run("recommend", "--workload", "python", "--version", "");
        assertOneLineFailure(r, 2);
        assertThat(r.err()).contains("--version: the version is empty");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+999999999-12-31", "-0001-01-01", "20260-01-01"})
    void aTodayOutsideFourDigitYearsIsRefused(String day) {
        CliTest.Run r = run("recommend", "--workload", "python", "--today", day);
        assertOneLineFailure(r, 2);
        assertThat(r.err()).contains("--today");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"FROM    ", "FROM", "from"})
    void aFromKeywordWithoutReferenceIsNotExplainedAsATag(String input) {
        CliTest.Run r = run("explain", input);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("invalid: FROM line has no image reference").doesNotContain("tag:");
    }

    @Test
    void helpStaysPlainTextWithoutColourCodes() {
        CliTest.Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("\\u001b").doesNotContain("\u001b");
        assertThat(new String(r.out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains("Usage:");
    }
}
