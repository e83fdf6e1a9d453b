package dev.dhipicker.migrate;

import dev.dhipicker.catalog.ref.Tag;
import dev.dhipicker.testing.BundledData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * uptime-kuma's {@code FROM golang:1-buster}: the tag names Go 1 on Debian (glibc). The newest Go 1
 * line of the catalog may exist only on Alpine; a line that keeps glibc is then the like-for-like
 * one, not a crossing to musl.
 */
class LooseVersionLibcTest {

    @Test
    void aMajorOnlyTagKeepsTheCLibraryWhenAnOlderLineOfThatMajorHasIt() throws Exception {
        // uptime-kuma's builder keeps its shell (apt-get), so the stage keeps the golang -dev image
        MigrationResult r = MigratorTest.migrate("FROM golang:1-buster\nWORKDIR /app\nCOPY . .\n"
                + "RUN apt-get update && apt-get install -y nodejs\n");
        String ref = r.stages().get(0).reference();
        assertThat(ref).startsWith("dhi.io/golang:1.").contains("-debian").endsWith("-dev");
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("libc-changed"));
        // the line chosen has a Debian image in the bundled catalog (read from the catalog, not the engine)
        String version = Tag.parse(ref.substring(ref.indexOf(':') + 1)).version();
        assertThat(BundledData.CATALOG.definitions("golang").stream()
                .anyMatch(d -> d.tags().stream().anyMatch(t -> t.startsWith(version + "-debian")))).isTrue();
    }

    @Test
    void aMajorOnlyAlpineTagStaysOnAlpine() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM golang:1-alpine\nWORKDIR /app\nCOPY . .\nRUN apk add --no-cache nodejs\n");
        assertThat(r.stages().get(0).reference()).contains("-alpine");
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("libc-changed"));
    }
}
