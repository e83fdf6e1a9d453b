package dev.dhipicker;

/**
 * Benchmark baseline for the command line: starts from the application jar and does nothing,
 * so that the JVM's own start-up with this class path can be told apart from the CLI's work.
 */
public final class BaselineMain {
    private BaselineMain() {
    }

    public static void main(String[] args) {
        // intentionally empty
    }
}
