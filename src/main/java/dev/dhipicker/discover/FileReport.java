package dev.dhipicker.discover;

import dev.dhipicker.migrate.Finding;

import java.util.List;

/**
 * What discover found in one file.
 *
 * @param path       relative to the project root, {@code /}-separated
 * @param kind       what the file is
 * @param references the references, in file order
 * @param findings   the migration's other findings (Dockerfile lines that are not a reference)
 * @param notices    what discover itself found (unreadable file, templated value ...)
 * @param original   the file's text as read, or null when it was not read
 * @param migrated   the text {@code --write} would write, or null when nothing changes
 * @param stages     for a Dockerfile, each named stage (lower case) and the stage it is built on
 *                   ({@code FROM base AS dev}: dev to base); empty for other files
 */
public record FileReport(String path, FileKind kind, List<DiscoveredReference> references, List<Finding> findings,
                         List<Notice> notices, String original, String migrated, java.util.Map<String, String> stages) {
    public FileReport {
        references = List.copyOf(references);
        findings = List.copyOf(findings);
        notices = List.copyOf(notices);
        stages = java.util.Map.copyOf(stages);
    }

    /** A file that is not a Dockerfile. */
    public FileReport(String path, FileKind kind, List<DiscoveredReference> references, List<Finding> findings,
                      List<Notice> notices, String original, String migrated) {
        this(path, kind, references, findings, notices, original, migrated, java.util.Map.of());
    }

    /** True when {@code --write} would change the file. */
    public boolean changes() {
        return migrated != null && !migrated.equals(original);
    }
}
