package dev.dhipicker.discover;

import dev.dhipicker.catalog.PositionedYaml.Mapping;
import dev.dhipicker.catalog.PositionedYaml.Node;
import dev.dhipicker.catalog.PositionedYaml.Scalar;
import dev.dhipicker.catalog.PositionedYaml.Sequence;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Small helpers the YAML readers share: writable spans, templates and shells. */
final class YamlValues {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{|\\$\\{|\\$\\(|\\$[A-Za-z_]|\\{%");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "/bin/sh", "/bin/bash",
            "/bin/ash", "/bin/dash", "/usr/bin/bash", "/usr/bin/sh", "/bin/zsh");

    private YamlValues() {
    }

    /** True when a value is filled in by a template engine or a variable. */
    static boolean templated(String value) {
        return VARIABLE.matcher(value).find();
    }

    /**
     * The span of a scalar's value in the source that can be replaced as it is: the whole of a
     * one-line plain scalar, the inside of a quoted one that has no escapes; null otherwise
     * (block scalars, folded lines, escapes).
     */
    static EditTarget.Span span(Scalar s, String text) {
        if (s.start() < 0 || s.end() > text.length() || s.start() > s.end()) {
            return null;
        }
        String raw = text.substring(s.start(), s.end());
        if (s.plain()) {
            return raw.equals(s.value()) ? new EditTarget.Span(s.start(), s.end()) : null;
        }
        if (raw.length() >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'')
                && raw.charAt(raw.length() - 1) == raw.charAt(0)
                && raw.substring(1, raw.length() - 1).equals(s.value())) {
            return new EditTarget.Span(s.start() + 1, s.end() - 1);
        }
        return null;
    }

    /** The span of {@code part} inside a scalar's writable span, or null. */
    static EditTarget.Span inner(Scalar s, String text, String part) {
        EditTarget.Span whole = span(s, text);
        if (whole == null) {
            return null;
        }
        int at = text.substring(whole.start(), whole.end()).indexOf(part);
        return at < 0 ? null : new EditTarget.Span(whole.start() + at, whole.start() + at + part.length());
    }

    /** A reference made of one scalar. */
    static FoundReference whole(ProjectFile f, String text, Scalar s, PlaceKind place, String context, boolean build) {
        String v = s.value().strip();
        boolean templated = templated(v);
        EditTarget.Span sp = templated ? null : span(s, text);
        return new FoundReference(f.path(), s.line(), s.column(), place, v, context, build,
                sp == null ? null : new EditTarget.Whole(sp), templated);
    }

    /** True when a command (a list or a string) starts with a shell. */
    static boolean runsShell(Node command) {
        if (command instanceof Sequence seq && !seq.items().isEmpty() && seq.items().get(0) instanceof Scalar first) {
            return SHELLS.contains(first.value().strip());
        }
        if (command instanceof Scalar s) {
            String[] words = s.value().strip().split("\\s+");
            return words.length > 0 && SHELLS.contains(words[0]);
        }
        return false;
    }

    /** True when a container mapping's command or entrypoint runs a shell. */
    static boolean runsShell(Mapping container, String... keys) {
        for (String k : keys) {
            if (runsShell(container.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The mappings of a sequence (others skipped). */
    static List<Mapping> mappings(Node n) {
        if (n instanceof Sequence s) {
            return s.items().stream().filter(Mapping.class::isInstance).map(Mapping.class::cast).toList();
        }
        return List.of();
    }

    /** The text of a scalar value of a key, or null. */
    static String text(Mapping m, String key) {
        Scalar s = m == null ? null : m.scalar(key);
        return s == null ? null : s.value();
    }
}
