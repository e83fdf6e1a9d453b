package dev.dhipicker.bench;

import java.time.Duration;
import java.time.Instant;

/**
 * The benchmark's clock: prints {@code first-frame-ms=<milliseconds since the process started>}
 * and ends the process (bench/process-timing.py reads that line).
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    /** Milliseconds since the operating system started this process (10 ms granularity on Linux). */
    public static long sinceProcessStart() {
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(start, Instant.now()).toMillis();
    }

    /** Reports the first frame and exits. */
    public static void firstFrame() {
        System.out.println("first-frame-ms=" + sinceProcessStart());
        System.out.flush();
        System.exit(0);
    }
}
