package dev.dhipicker.util;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Real device nodes and FIFOs for tests, made with the system's tools; tests skip where not permitted. */
public final class SpecialFiles {
    private SpecialFiles() {
    }

    /** A character device with the numbers of /dev/null (1, 3); skips the test when mknod is not permitted. */
    public static Path characterDevice(Path file) throws Exception {
        run(file, "mknod", file.toString(), "c", "1", "3");
        return file;
    }

    /** A named pipe; skips the test when mkfifo is not available. */
    public static Path fifo(Path file) throws Exception {
        run(file, "mkfifo", file.toString());
        return file;
    }

    /** Whether a path is (still) a character device, without following links. */
    public static boolean isCharacterDevice(Path file) throws Exception {
        return "c".equals(type(file));
    }

    /** Whether a path is (still) a FIFO. */
    public static boolean isFifo(Path file) throws Exception {
        return "p".equals(type(file));
    }

    /** The first letter of {@code ls -ld}: c for a character device, p for a FIFO, - for a file. */
    private static String type(Path file) throws Exception {
        Process p = new ProcessBuilder("ls", "-ld", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(10, TimeUnit.SECONDS);
        return out.isEmpty() ? "" : out.substring(0, 1);
    }

    private static void run(Path file, String... command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort(command[0] + " is not available: " + e.getMessage());
            return;
        }
        String out = new String(p.getInputStream().readAllBytes());
        Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0,
                () -> command[0] + " is not permitted here: " + out.strip());
        Assumptions.assumeTrue(Files.exists(file, LinkOption.NOFOLLOW_LINKS));
    }
}
