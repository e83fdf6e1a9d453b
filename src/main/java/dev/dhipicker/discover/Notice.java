package dev.dhipicker.discover;

import dev.dhipicker.migrate.Severity;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Something discover itself found about a file (rather than about an image): a file it could not
 * read, a limit it reached, a reference it cannot resolve without running a template.
 *
 * @param file     the file, relative to the project root ({@code /}-separated; {@code .} for the project)
 * @param line     1-based line, or 0 for the whole file
 * @param column   1-based column, or 0
 * @param severity how much it matters
 * @param rule     kebab-case rule id; the message key is {@code discover.notice.<rule>}
 * @param args     message parameters
 */
public record Notice(String file, int line, int column, Severity severity, String rule, List<String> args) {
    private static final Set<String> RULES = Set.of("file-too-large", "file-unreadable", "yaml-unreadable",
            "dockerfile-unreadable", "templated-reference", "file-limit", "depth-limit", "link-outside",
            "not-editable", "build-unresolved", "env-resolved", "arg-resolved", "compose-file-missing");

    public Notice {
        args = List.copyOf(args);
        if (!RULES.contains(rule)) {
            throw new IllegalArgumentException("unknown discover rule " + rule);
        }
    }

    /** The ids of every rule. */
    public static SortedSet<String> rules() {
        return new TreeSet<>(RULES);
    }
}
