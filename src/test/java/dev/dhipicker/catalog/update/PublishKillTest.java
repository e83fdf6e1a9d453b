package dev.dhipicker.catalog.update;

import dev.dhipicker.catalog.CatalogLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed while it publishes a catalog (a real JVM, {@code destroyForcibly}) leaves the
 * old catalog or the new one, complete and loadable, never a broken one.
 */
class PublishKillTest {
    @TempDir
    Path tmp;
    Path data;
    byte[] oldCatalog;
    byte[] newCatalog;
    Path oldFile;
    Path newFile;

    @BeforeEach
    void catalogs() throws Exception {
        data = tmp.resolve("data");
        try (var in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUNDLED_CATALOG)) {
            oldCatalog = in.readAllBytes();
        }
        String text = new String(oldCatalog, StandardCharsets.UTF_8);
        assertThat(text).contains("\"snapshotDate\":\"2026-08-22\"");
        newCatalog = text.replace("\"snapshotDate\":\"2026-08-22\"", "\"snapshotDate\":\"2026-11-30\"")
                .getBytes(StandardCharsets.UTF_8);
        oldFile = Files.write(tmp.resolve("old.json"), oldCatalog);
        newFile = Files.write(tmp.resolve("new.json"), newCatalog);
        new UserCatalogStore(data).publish(oldCatalog);
    }

    Process start(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PublishKillChild.class.getName()));
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(r.readLine()).as("the child reached the publish step").isEqualTo("PUBLISHING");
        return p;
    }

    void kill(Process p) throws Exception {
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** The current catalog is one of the two, whole, and the application loads it. */
    void oneOfTheTwo() throws Exception {
        byte[] now = Files.readAllBytes(data.resolve(UserCatalogStore.CURRENT));
        assertThat(Arrays.equals(now, oldCatalog) || Arrays.equals(now, newCatalog))
                .as("catalog.json is the old or the new catalog (%d bytes)", now.length).isTrue();
        new CatalogLoader().load(data.resolve(UserCatalogStore.CURRENT));
    }

    @Test
    void killedBetweenKeepingThePreviousAndReplacingTheCurrentTheOldCatalogStays() throws Exception {
        kill(start("pause", data.toString(), newFile.toString()));
        assertThat(data.resolve(UserCatalogStore.CURRENT)).hasBinaryContent(oldCatalog);
        assertThat(data.resolve(UserCatalogStore.PREVIOUS)).hasBinaryContent(oldCatalog);
        // and the next update goes through (the lock died with the process)
        new UserCatalogStore(data).publish(newCatalog);
        assertThat(data.resolve(UserCatalogStore.CURRENT)).hasBinaryContent(newCatalog);
        assertThat(data.resolve(UserCatalogStore.PREVIOUS)).hasBinaryContent(oldCatalog);
    }

    @Test
    void killedAtAnyMomentOfRepeatedPublishingTheCatalogIsWhole() throws Exception {
        for (int round = 0; round < 4; round++) {
            Process p = start("loop", data.toString(), oldFile.toString(), newFile.toString());
            // let it run for a moment of its own choosing: the kill lands anywhere in a publish
            assertThat(p.waitFor(ThreadLocalRandom.current().nextInt(20, 400), TimeUnit.MILLISECONDS)).isFalse();
            kill(p);
            oneOfTheTwo();
            byte[] previous = Files.readAllBytes(data.resolve(UserCatalogStore.PREVIOUS));
            assertThat(Arrays.equals(previous, oldCatalog) || Arrays.equals(previous, newCatalog)).isTrue();
        }
    }
}
