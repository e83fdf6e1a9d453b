package dev.dhipicker.discover;

import dev.dhipicker.catalog.TagFacts;
import dev.dhipicker.catalog.UpstreamFacts;
import dev.dhipicker.migrate.Finding;

import java.util.List;

/**
 * One image reference of the report: where it is, what it is and what replaces it.
 *
 * @param found       where and how it was written
 * @param status      what it is
 * @param replacement the DHI reference that replaces it (the DHI chart for a chart dependency), or null
 * @param written     true when {@code --write} changes it in place; false when it is only reported
 * @param dhi         the facts of a DHI reference ({@code explain}), or null
 * @param upstream    the facts of a reference that is not a DHI ({@code explain}), or null
 * @param findings    the migration's findings for it, with lines of the file
 * @param builtFrom   for a compose {@code build:}, the Dockerfile it builds (relative to the root); else null
 */
public record DiscoveredReference(FoundReference found, Status status, String replacement, boolean written,
                                  TagFacts dhi, UpstreamFacts upstream, List<Finding> findings, String builtFrom) {
    public DiscoveredReference {
        findings = List.copyOf(findings);
    }

    /** A reference that is not a compose {@code build:}. */
    public DiscoveredReference(FoundReference found, Status status, String replacement, boolean written,
                               TagFacts dhi, UpstreamFacts upstream, List<Finding> findings) {
        this(found, status, replacement, written, dhi, upstream, findings, null);
    }
}
