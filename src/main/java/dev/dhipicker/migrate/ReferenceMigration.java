package dev.dhipicker.migrate;

import java.util.List;

/**
 * The migration of one image reference outside a Dockerfile (a compose file, a CI file, a
 * {@code COPY --from} source), by the same rules as a {@code FROM} line.
 *
 * @param original    the reference as given
 * @param replacement the DHI reference that replaces it, or null when none
 * @param status      what became of it
 * @param findings    what the migration found; their line is 0 for a bare reference
 */
public record ReferenceMigration(String original, String replacement, ReferenceStatus status, List<Finding> findings) {
    public ReferenceMigration {
        findings = List.copyOf(findings);
    }
}
