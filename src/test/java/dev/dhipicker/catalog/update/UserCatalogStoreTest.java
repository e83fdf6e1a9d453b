package dev.dhipicker.catalog.update;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserCatalogStoreTest {
    @TempDir
    Path tmp;

    @Test
    void theDataFolderFollowsXdgDataHomeWhenItIsAnAbsolutePath() {
        assertThat(UserCatalogStore.defaultFolder(Map.of("XDG_DATA_HOME", "/srv/data"), "/home/a"))
                .isEqualTo(Path.of("/srv/data/dhi-picker"));
        assertThat(UserCatalogStore.defaultFolder(Map.of(), "/home/a")).isEqualTo(Path.of("/home/a/.local/share/dhi-picker"));
        assertThat(UserCatalogStore.defaultFolder(Map.of("XDG_DATA_HOME", "relative"), "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/dhi-picker"));
    }

    @Test
    void publishKeepsThePreviousAndRollbackSwapsBackAndForth() throws Exception {
        UserCatalogStore s = new UserCatalogStore(tmp.resolve("d"));
        assertThatThrownBy(s::rollback).isInstanceOf(UpdateException.class);
        s.publish("A".getBytes());
        assertThat(s.current()).hasContent("A");
        assertThat(s.previous()).doesNotExist();
        s.publish("B".getBytes());
        assertThat(s.current()).hasContent("B");
        assertThat(s.previous()).hasContent("A");
        assertThat(s.rollback()).isEqualTo(UserCatalogStore.Rollback.RESTORED_FILE);
        assertThat(s.current()).hasContent("A");
        assertThat(s.previous()).hasContent("B");
        assertThat(s.rollback()).isEqualTo(UserCatalogStore.Rollback.RESTORED_FILE);
        assertThat(s.current()).hasContent("B");
    }

    @Test
    void rollingBackTheFirstUpdateGoesBackToTheBundledCatalogAndAgainForward() throws Exception {
        UserCatalogStore s = new UserCatalogStore(tmp.resolve("d"));
        s.publish("A".getBytes());
        assertThat(s.rollback()).isEqualTo(UserCatalogStore.Rollback.RESTORED_BUNDLED);
        assertThat(s.current()).doesNotExist();
        assertThat(s.previous()).hasContent("A");
        assertThat(s.rollback()).isEqualTo(UserCatalogStore.Rollback.RESTORED_FILE);
        assertThat(s.current()).hasContent("A");
        assertThat(s.previous()).doesNotExist();
        // an update after going back to the bundled catalog: rolling back returns to the bundled one
        s.rollback();
        s.publish("B".getBytes());
        assertThat(s.previous()).doesNotExist();
    }

    @Test
    void aSecondUpdateAtTheSameTimeIsRefused() throws Exception {
        UserCatalogStore s = new UserCatalogStore(tmp.resolve("d"));
        s.publish("A".getBytes());
        try (FileChannel ch = FileChannel.open(tmp.resolve("d/.lock"), StandardOpenOption.WRITE);
             FileLock held = ch.lock()) {
            assertThat(held.isValid()).isTrue();
            assertThatThrownBy(() -> s.publish("B".getBytes())).isInstanceOf(UpdateException.class)
                    .satisfies(e -> assertThat(((UpdateException) e).key()).isEqualTo("update.error.busy"));
        }
        assertThat(s.current()).hasContent("A");
    }
}
