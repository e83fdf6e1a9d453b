package dev.dhipicker.migrate;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diff that {@code migrate --format diff} and {@code discover --write} print: GNU patch applies
 * it to the original and gets the migrated file, for every file of the hand corpus, and a changed
 * line is written as diff -u writes it (the removed line first).
 */
class UnifiedDiffTest {

    @Test
    void aChangedLineIsRemovedThenAdded() {
        String d = UnifiedDiff.diff("a", "b", "FROM python:3.12-slim\nCOPY . .\n", "FROM dhi.io/python:3.12\nCOPY . .\n");
        assertThat(d).isEqualTo("--- a\n+++ b\n@@ -1,2 +1,2 @@\n-FROM python:3.12-slim\n+FROM dhi.io/python:3.12\n COPY . .\n");
        assertThat(UnifiedDiff.diff("a", "b", "same\n", "same\n")).isEmpty();
    }

    @Test
    void gnuPatchTurnsEveryCorpusFileIntoItsMigration(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/patch")) || System.getenv("CI") != null,
                "GNU patch is not installed");
        List<Path> inputs = Corpus.files();
        int checked = 0;
        for (Path in : inputs) {
            Path golden = Path.of("src/test/resources/migrate/golden").resolve(in.getFileName());
            if (!Files.exists(golden)) {
                continue;
            }
            String before = Files.readString(in, StandardCharsets.UTF_8).replace("\r\n", "\n");
            String after = Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n");
            Path work = tmp.resolve("Dockerfile");
            Files.writeString(work, before, StandardCharsets.UTF_8);
            Path diff = tmp.resolve("change.diff");
            Files.writeString(diff, UnifiedDiff.diff("Dockerfile", "Dockerfile", before, after), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("patch", "--quiet", "--force", work.toString(), diff.toString())
                    .redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(in.getFileName() + ": " + said).isZero();
            assertThat(Files.readString(work, StandardCharsets.UTF_8)).as(in.getFileName().toString()).isEqualTo(after);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(60);
    }
}
