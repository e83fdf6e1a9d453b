package dev.dhipicker.ui.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the workload search ranks and shows an option. */
class WorkloadOptionTest {

    private static WorkloadOption repo(String id, String name, String description) {
        return new WorkloadOption(id, name, List.of("databases-and-storage"), description, false);
    }

    @Test
    void exactBeatsPrefixBeatsWordBeatsInsideBeatsDescription() {
        assertThat(repo("redis", "Redis", null).rank("redis")).isZero();
        assertThat(repo("redis-exporter", "Redis Exporter", null).rank("redis")).isEqualTo(1);
        assertThat(repo("harbor-redis", "Harbor Redis", null).rank("redis")).isEqualTo(2);
        assertThat(repo("xredisx", "Xredisx", null).rank("redis")).isEqualTo(3);
        assertThat(repo("valkey", "Valkey", "A drop-in for Redis").rank("redis")).isEqualTo(4);
        assertThat(repo("valkey", "Valkey", "key-value store").rank("redis")).isEqualTo(WorkloadOption.NO_MATCH);
        assertThat(repo("valkey", "Valkey", null).rank("  ")).isZero();
    }

    @Test
    void theIdIsShownOnlyWhenItSaysMoreThanTheName() {
        assertThat(new WorkloadOption("python", "Python", List.of(), null, true).idDiffersFromName()).isFalse();
        assertThat(repo("harbor-redis", "Harbor Redis", null).idDiffersFromName()).isFalse();
        assertThat(new WorkloadOption("node", "Node.js", List.of(), null, true).idDiffersFromName()).isTrue();
    }

    @Test
    void hardLineBreaksInDescriptionsAreReflowed() {
        assertThat(repo("a", "A", "  first line\nsecond   line\r\n third ").summary())
                .isEqualTo("first line second line third");
        assertThat(repo("a", "A", null).summary()).isNull();
    }
}
