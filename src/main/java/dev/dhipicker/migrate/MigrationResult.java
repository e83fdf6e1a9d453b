package dev.dhipicker.migrate;

import java.util.List;

/**
 * The outcome of a migration.
 *
 * @param input      the input text
 * @param dockerfile the migrated text
 * @param stages     the stages of the input, in order
 * @param findings   findings, ordered by input line
 */
public record MigrationResult(String input, String dockerfile, List<StageResult> stages, List<Finding> findings) {
    public MigrationResult {
        stages = List.copyOf(stages);
        findings = List.copyOf(findings);
    }

    /** True when the migrated text differs from the input. */
    public boolean changed() {
        return !input.equals(dockerfile);
    }
}
