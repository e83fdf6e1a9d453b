package dev.dhipicker.bench;

/**
 * Benchmark baseline for the command line: a main that does nothing, started with the
 * application jar on the class path, so that the JVM's own start-up with that class path can be
 * told apart from the CLI's work (bench/process-timing.py). Lives in the bench jar
 * ({@code target/dhi-picker-bench.jar}), never in the application.
 */
public final class BaselineMain {
    private BaselineMain() {
    }

    public static void main(String[] args) {
        // intentionally empty
    }
}
