package dev.dhipicker.probe;

import java.time.Duration;
import java.time.Instant;

/**
 * Start-up measurement hook for the benchmarks (docs/benchmarks.md). With
 * {@code -Ddhi.firstFrame=exit} the GUI calls {@link #firstFrame()} once its first window has
 * been drawn; this prints {@code first-frame-ms=<milliseconds since the process started>} and
 * ends the process. Without the property nothing happens. This is the one class outside the CLI
 * allowed to write to standard output (see ArchitectureTest).
 */
public final class StartupProbe {
    /** System property that turns the probe on. */
    public static final String PROPERTY = "dhi.firstFrame";

    private StartupProbe() {
    }

    /** True when the first-frame probe is on for this process. */
    public static boolean enabled() {
        return "exit".equals(System.getProperty(PROPERTY));
    }

    /** Milliseconds since the operating system started this process (10 ms granularity on Linux). */
    public static long sinceProcessStart() {
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(start, Instant.now()).toMillis();
    }

    /** Reports the first frame and exits; called on the JavaFX thread. */
    public static void firstFrame() {
        System.out.println("first-frame-ms=" + sinceProcessStart());
        System.out.flush();
        System.exit(0);
    }
}
