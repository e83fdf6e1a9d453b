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
 */
public record FileReport(String path, FileKind kind, List<DiscoveredReference> references, List<Finding> findings,
                         List<Notice> notices, String original, String migrated) {
    public FileReport {
        references = List.copyOf(references);
        findings = List.copyOf(findings);
        notices = List.copyOf(notices);
    }

    /** True when {@code --write} would change the file. */
    public boolean changes() {
        return migrated != null && !migrated.equals(original);
    }
}
