package dev.dhipicker.ui.model;

import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.SizePriority;
import dev.dhipicker.ui.model.WindowPlacementStore.WindowPlacement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The answers and window bounds file: round trip, atomic replacement, bad files ignored. */
class PropertiesAnswerStoreTest {

    private static final Answers REDIS = new Answers("redis", "8.10", LibcNeed.MUSL, SizePriority.SMALLEST,
            ComplianceNeed.FIPS, HelmUse.UPSTREAM_CHART, "acme");

    @Test
    void answersAndWindowBoundsSurviveANewStoreOnTheSameFile(@TempDir Path dir) {
        Path file = dir.resolve("nested/dhi-picker/wizard.properties");
        new PropertiesAnswerStore(file).save(REDIS);
        new PropertiesAnswerStore(file).savePlacement(new WindowPlacement(40, 30, 1100, 760));

        PropertiesAnswerStore again = new PropertiesAnswerStore(file);
        assertThat(again.load()).contains(REDIS);
        assertThat(again.loadPlacement()).contains(new WindowPlacement(40, 30, 1100, 760));
        try (var left = Files.list(file.getParent())) {
            assertThat(left).as("written through a temporary file that is gone").containsExactly(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void clearForgetsTheAnswersButKeepsTheWindowBounds(@TempDir Path dir) {
        PropertiesAnswerStore store = new PropertiesAnswerStore(dir.resolve("wizard.properties"));
        store.save(REDIS);
        store.savePlacement(new WindowPlacement(0, 0, 900, 650));
        store.clear();
        assertThat(store.load()).isEmpty();
        assertThat(store.loadPlacement()).isPresent();
    }

    @Test
    void anUnreadableOrForeignFileGivesTheDefaults(@TempDir Path dir) throws Exception {
        Path garbage = dir.resolve("garbage.properties");
        Files.write(garbage, new byte[]{'w', 'o', 'r', 'k', 'l', 'o', 'a', 'd', '=', '\\', 'u', '1', '2'});
        assertThat(new PropertiesAnswerStore(garbage).load()).as("malformed escape").isEmpty();

        Path foreign = dir.resolve("foreign.properties");
        Files.writeString(foreign, "workload=python\nlibc=uclibc\nwindow.x=left\nwindow.y=0\nwindow.width=900\nwindow.height=700\n");
        PropertiesAnswerStore store = new PropertiesAnswerStore(foreign);
        assertThat(store.load()).as("a libc this version does not know").isEmpty();
        assertThat(store.loadPlacement()).as("a coordinate that is not a number").isEmpty();

        Path folder = dir.resolve("a-folder");
        Files.createDirectories(folder);
        PropertiesAnswerStore onAFolder = new PropertiesAnswerStore(folder);
        assertThat(onAFolder.load()).isEmpty();
        onAFolder.save(REDIS); // cannot be written: ignored, no exception
        assertThat(Files.isDirectory(folder)).isTrue();
    }

    @Test
    void theFileLivesUnderXdgConfigHomeOrDotConfig() {
        assertThat(PropertiesAnswerStore.forUser(Map.of("XDG_CONFIG_HOME", "/srv/cfg"), "/home/ann").file())
                .isEqualTo(Path.of("/srv/cfg/dhi-picker/wizard.properties"));
        assertThat(PropertiesAnswerStore.forUser(Map.of(), "/home/ann").file())
                .isEqualTo(Path.of("/home/ann/.config/dhi-picker/wizard.properties"));
        assertThat(PropertiesAnswerStore.forUser(Map.of("XDG_CONFIG_HOME", "relative/cfg"), "/home/ann").file())
                .as("a relative XDG_CONFIG_HOME is ignored, as the spec says")
                .isEqualTo(Path.of("/home/ann/.config/dhi-picker/wizard.properties"));
    }
}
