package dev.dhipicker.migrate;

/** Resolves message keys for the comments the migration writes into the Dockerfile (the CLI and UI pass their bundle). */
@FunctionalInterface
public interface Texts {
    /** The text for a key with its parameters. */
    String get(String key, Object... args);
}
