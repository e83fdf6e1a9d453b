package dev.dhipicker.catalog.update;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogLoader;
import dev.dhipicker.catalog.UpstreamTrees;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Updates over HTTP from a server on the loopback interface serving archives built here: the
 * successes, the failures of the network and of the content, and the hostile archives, each
 * refused with one message and the user's catalog files exactly as they were.
 */
class CatalogUpdaterHttpTest {
    static final String COMMIT = "c0ffee0123456789abcdef0123456789abcdef01";
    static final String OTHER = "0000000123456789abcdef0123456789abcdef01";
    static final String TOP = "docker-hardened-images-catalog-c0ffee0";
    static final LocalDate DATE = LocalDate.parse("2026-11-30");
    static final UpdateLimits LIMITS = UpdateLimits.DEFAULT.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(1));
    static LocalArchiveServer server;
    static Path archives;

    @TempDir
    Path data;
    @TempDir
    Path temp;

    @BeforeAll
    static void serve(@TempDir Path dir) throws IOException {
        archives = dir;
        server = new LocalArchiveServer();
        Path good = dir.resolve("good.tar.gz");
        TarBuilder.github(good, COMMIT, DATE.toEpochDay() * 86400 + 7200, TOP, UpstreamTrees.withNewPythonLine());
        server.serve("/good.tar.gz", Files.readAllBytes(good))
                .redirect("/moved.tar.gz", "/good.tar.gz")
                .redirect("/repos/docker-hardened-images/catalog/tarball", "/codeload/HEAD")
                .redirect("/repos/docker-hardened-images/catalog/tarball/" + COMMIT, "/codeload/" + COMMIT)
                .serve("/codeload/HEAD", Files.readAllBytes(good))
                .serve("/codeload/" + COMMIT, Files.readAllBytes(good))
                .serve("/page.html", "<!DOCTYPE html><html><body>Sign in to continue</body></html>".getBytes());
        for (Map.Entry<String, Path> e : hostile(dir).entrySet()) {
            server.serve("/" + e.getKey(), Files.readAllBytes(e.getValue()));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The hostile archives, by name. */
    static Map<String, Path> hostile(Path dir) throws IOException {
        Map<String, Path> out = new LinkedHashMap<>();
        long t = DATE.toEpochDay() * 86400;
        Path traversal = dir.resolve("traversal.tar.gz");
        try (TarBuilder b = new TarBuilder(traversal, t)) {
            b.globalComment(COMMIT);
            b.file(TOP + "/image/a/info.yaml", "x".getBytes());
            b.file(TOP + "/../../../home/user/.bashrc.yaml", "echo owned".getBytes());
        }
        out.put("traversal.tar.gz", traversal);
        Path symlink = dir.resolve("symlink.tar.gz");
        try (TarBuilder b = new TarBuilder(symlink, t)) {
            b.dir(TOP + "/");
            b.symlink(TOP + "/image", "../../../../etc");
            b.file(TOP + "/image/cron.yaml", "x".getBytes());
        }
        out.put("symlink.tar.gz", symlink);
        Path bomb = dir.resolve("bomb.tar.gz");
        try (TarBuilder b = new TarBuilder(bomb, t)) {
            for (int i = 0; i < 8; i++) {
                b.zeros(TOP + "/image/a/debian-13/" + i + ".yaml", 15L << 20);
            }
        }
        out.put("bomb.tar.gz", bomb);
        Path many = dir.resolve("many.tar.gz");
        try (TarBuilder b = new TarBuilder(many, t)) {
            for (int i = 0; i < 100_000; i++) {
                b.file(TOP + "/image/r" + (i % 100) + "/f" + i + ".yaml", new byte[0]);
            }
        }
        out.put("many.tar.gz", many);
        return out;
    }

    CatalogUpdater updater() {
        try {
            return new CatalogUpdater(new UserCatalogStore(data), new ArchiveDownloader(ProxyChoice.fromEnvironment(Map.of()),
                    LIMITS), new SafeUnpacker(LIMITS), server.uri("/repos/docker-hardened-images/catalog/tarball"), temp);
        } catch (UpdateException e) {
            throw new AssertionError(e);
        }
    }

    CatalogUpdater.Result update(String from, String commit) throws UpdateException {
        return updater().update(new CatalogUpdater.Request(from, commit, null), UpdateProgress.NONE, new Cancellation());
    }

    /** A user catalog and a previous one already there: the bundled JSON and a marker. */
    Map<String, String> seed() throws IOException {
        Files.createDirectories(data);
        try (var in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUNDLED_CATALOG)) {
            Files.write(data.resolve(UserCatalogStore.CURRENT), in.readAllBytes());
        }
        Files.writeString(data.resolve(UserCatalogStore.PREVIOUS), "{\"previous\": true}");
        return snapshot();
    }

    Map<String, String> snapshot() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(data)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), Files.isRegularFile(p)
                        ? Long.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(p))) + ":" + Files.size(p) : "dir");
            }
        }
        return out;
    }

    @Test
    void anArchiveAtAnAddressBecomesTheUsersCatalog() throws Exception {
        CatalogUpdater.Result r = update(server.uri("/good.tar.gz").toString(), null);
        assertThat(r.info().upstreamCommit()).isEqualTo(COMMIT);
        assertThat(r.info().snapshotDate()).isEqualTo(DATE);
        assertThat(r.info().source()).isEqualTo(CatalogUpdater.UPSTREAM_REPOSITORY);
        assertThat(r.file()).isEqualTo(data.resolve(UserCatalogStore.CURRENT));
        Catalog c = new CatalogLoader().load(r.file());
        assertThat(c.info()).isEqualTo(r.info());
        assertThat(c.definitions("python")).anyMatch(d -> d.tags().contains(UpstreamTrees.NEW_LINE + "-debian13"));
        assertThat(r.diff().tagsAdded()).isPositive();
        // the first update replaced the bundled catalog: there is no previous file to keep
        assertThat(data.resolve(UserCatalogStore.PREVIOUS)).doesNotExist();
    }

    @Test
    void aRedirectIsFollowed() throws Exception {
        assertThat(update(server.uri("/moved.tar.gz").toString(), null).info().upstreamCommit()).isEqualTo(COMMIT);
    }

    @Test
    void theUpstreamTarballOfTheDefaultBranchAndOfACommit() throws Exception {
        assertThat(update(null, null).source()).endsWith("/repos/docker-hardened-images/catalog/tarball");
        Map<String, String> before = snapshot();
        CatalogUpdater.Result r = update(null, COMMIT);
        assertThat(r.source()).endsWith("/tarball/" + COMMIT);
        assertThat(data.resolve(UserCatalogStore.PREVIOUS)).exists();
        assertThat(before).containsKey(UserCatalogStore.CURRENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/missing.tar.gz, update.error.http",
            "/stall/good.tar.gz, update.error.readTimeout",
            "/silent, update.error.readTimeout",
            "/page.html, update.error.wrongContent",
            "/traversal.tar.gz, update.error.unsafeName",
            "/symlink.tar.gz, update.error.linkOutside",
            "/bomb.tar.gz, update.error.bomb",
            "/many.tar.gz, update.error.tooManyEntries",
    })
    void aFailureIsOneMessageAndTheCatalogStaysAsItWas(String path, String key) throws Exception {
        Map<String, String> before = seed();
        assertThatThrownBy(() -> update(server.uri(path).toString(), null)).isInstanceOf(UpdateException.class)
                .satisfies(e -> assertThat(((UpdateException) e).key()).as(e.getMessage()).isEqualTo(key));
        assertThat(snapshot()).isEqualTo(before);
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("the run's temporary folder is removed").isEmpty();
        }
    }

    @Test
    void theTemporaryFolderOfAKilledRunIsRemovedByTheNextRun() throws Exception {
        Path stale = Files.createDirectories(temp.resolve("dhi-picker-update-999999999-abc").resolve("tree/image"));
        Files.writeString(stale.resolve("x.yaml"), "left behind");
        Path notOurs = Files.createDirectories(temp.resolve("someone-else"));
        update(server.uri("/good.tar.gz").toString(), null);
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).containsExactly(notOurs);
        }
    }

    @Test
    void aBodyShorterThanItsLengthIsRefused() throws Exception {
        Map<String, String> before = seed();
        assertThatThrownBy(() -> update(server.uri("/short/good.tar.gz").toString(), null))
                .isInstanceOf(UpdateException.class)
                .satisfies(e -> assertThat(((UpdateException) e).key()).as(e.getMessage())
                        .isIn("update.error.download", "update.error.truncatedDownload"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anArchiveOfAnotherCommitThanAskedIsRefused() throws Exception {
        Map<String, String> before = seed();
        assertThatThrownBy(() -> update(server.uri("/good.tar.gz").toString(), OTHER)).isInstanceOf(UpdateException.class)
                .satisfies(e -> assertThat(((UpdateException) e).args()).containsExactly(
                        server.uri("/good.tar.gz").toString(), COMMIT, OTHER));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void nothingListensOnAClosedPort() throws Exception {
        Map<String, String> before = seed();
        int port;
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        assertThatThrownBy(() -> update("http://127.0.0.1:" + port + "/x.tar.gz", null)).isInstanceOf(UpdateException.class)
                .satisfies(e -> assertThat(((UpdateException) e).key()).isEqualTo("update.error.connect"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aCancelledUpdatePublishesNothing() throws Exception {
        Map<String, String> before = seed();
        Cancellation cancel = new Cancellation();
        UpdateProgress cancelWhileImporting = (phase, done, total) -> {
            if (phase == UpdateProgress.Phase.IMPORT) {
                cancel.cancel();
            }
        };
        assertThatThrownBy(() -> updater().update(new CatalogUpdater.Request(server.uri("/good.tar.gz").toString(), null,
                null), cancelWhileImporting, cancel)).isInstanceOf(UpdateException.class)
                .satisfies(e -> assertThat(((UpdateException) e).key()).isEqualTo("update.error.cancelled"));
        assertThat(snapshot()).isEqualTo(before);
    }
}
