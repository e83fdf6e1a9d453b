package dev.dhipicker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, point 6: a catalog under the size cap that still exhausts a small heap ends with one
 * line and exit code 1, not a stack trace. Runs the CLI in its own JVM with 24 MB of heap.
 */
class MemoryErrorCliTest {

    @Test
    void runningOutOfMemoryOnAHugeCatalogGivesOneLine(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("{\"format\":1,\"repositories\":[".getBytes(StandardCharsets.UTF_8));
            byte[] item = "\"abcdefgh\",".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1_200_000; i++) {
                out.write(item);
            }
            out.write("\"z\"]}".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(big)).isLessThan(32L * 1024 * 1024);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx24m", "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
                Cli.class.getName(), "--catalog", big.toString(), "catalog")
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        assertThat(err.strip().lines().count()).as(err).isEqualTo(1);
        assertThat(err).contains("not enough memory").doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        assertThat(new File(dir.toFile(), "out.txt").length()).isZero();
    }
}
