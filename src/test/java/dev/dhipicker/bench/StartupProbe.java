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

    /**
     * Milliseconds since the process was started: since the wall-clock instant that
     * bench/process-timing.py puts in {@code DHI_BENCH_START_EPOCH_NS} right before it starts the
     * process, else since the start time the operating system gives. (On Linux that one is counted
     * from the boot time, which /proc gives in whole seconds: every figure of a run is then off by
     * the same fraction of a second, up to one, which distorts their ratios.)
     */
    public static long sinceProcessStart() {
        String epochNs = System.getenv("DHI_BENCH_START_EPOCH_NS");
        Instant start = epochNs != null && epochNs.matches("\\d{1,19}")
                ? Instant.ofEpochSecond(0, Long.parseLong(epochNs))
                : ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(start, Instant.now()).toMillis();
    }

    /** Reports the first frame and exits. */
    public static void firstFrame() {
        System.out.println("first-frame-ms=" + sinceProcessStart());
        System.out.flush();
        System.exit(0);
    }
}
