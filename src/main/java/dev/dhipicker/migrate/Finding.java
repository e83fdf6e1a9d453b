package dev.dhipicker.migrate;

import java.util.List;

/**
 * Something the migration found in the input, tied to an input line.
 *
 * @param line     1-based line of the input file
 * @param severity how much it matters
 * @param rule     kebab-case rule id ({@code shell-form-cmd})
 * @param args     message parameters; the message key is {@code migrate.finding.<rule>}
 * @param source   the documentation page the finding rests on, or null
 */
public record Finding(int line, Severity severity, String rule, List<String> args, String source) {
    /** The message keys of every rule (each has a text in every bundle). */
    static final java.util.Set<String> KEYS = java.util.Set.of(
            "migrate.finding.arg-from-inline",
            "migrate.finding.arg-from-rewritten",
            "migrate.finding.arg-unresolved",
            "migrate.finding.build-tool-changed",
            "migrate.finding.ca-certificates",
            "migrate.finding.compliance-unavailable",
            "migrate.finding.default-version",
            "migrate.finding.digest-dropped",
            "migrate.finding.distro-changed",
            "migrate.finding.entrypoint-script",
            "migrate.finding.go-cgo",
            "migrate.finding.healthcheck-shell",
            "migrate.finding.healthcheck-http",
            "migrate.finding.invalid-reference",
            "migrate.finding.low-port",
            "migrate.finding.mirrored-repository",
            "migrate.finding.no-dhi-counterpart",
            "migrate.finding.onbuild-run",
            "migrate.finding.package-manager",
            "migrate.finding.port-changed",
            "migrate.finding.rpm-distro",
            "migrate.finding.run-in-runtime",
            "migrate.finding.runtime-needs-shell",
            "migrate.finding.runtime-packages",
            "migrate.finding.shell-form-converted",
            "migrate.finding.shell-form-needs-shell",
            "migrate.finding.stage-split",
            "migrate.finding.tag-not-published",
            "migrate.finding.user-default",
            "migrate.finding.user-dropped",
            "migrate.finding.user-not-numeric",
            "migrate.finding.user-root",
            "migrate.finding.useradd",
            "migrate.finding.version-changed",
            "migrate.finding.version-eol",
            "migrate.finding.volume-owner",
            "migrate.finding.windows-image",
            "migrate.finding.workdir-owner",
            "migrate.finding.sdk-for-shell",
            "migrate.finding.no-build-image",
            "migrate.finding.nearest-repository",
            "migrate.finding.jdk-runtime",
            "migrate.finding.libc-changed",
            "migrate.finding.copy-from-image",
            "migrate.finding.copy-from-image-path",
            "migrate.finding.reference-unresolved",
            "migrate.finding.packages-carried",
            "migrate.finding.copy-flags",
            "migrate.finding.build-packages",
            "migrate.finding.step-unneeded",
            "migrate.finding.mkdir-workdir",
            "migrate.finding.user-root-removed",
            "migrate.finding.reference-not-rewritten",
            "migrate.finding.php-ext-helper",
            "migrate.finding.php-ext-dir",
            "migrate.finding.customize-packages",
            "migrate.finding.entrypoint-added",
            "migrate.finding.npm-in-runtime",
            "migrate.finding.tag-not-mapped",
            "migrate.finding.tool-copied");

    public Finding {
        args = List.copyOf(args);
        if (!KEYS.contains("migrate.finding." + rule)) {
            throw new IllegalArgumentException("unknown finding rule " + rule);
        }
    }

    /** The ids of every rule, for documentation and tests. */
    public static java.util.SortedSet<String> rules() {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        KEYS.forEach(k -> out.add(k.substring("migrate.finding.".length())));
        return out;
    }

    /** The message key of the finding in the bundles. */
    public String key() {
        return "migrate.finding." + rule;
    }
}
