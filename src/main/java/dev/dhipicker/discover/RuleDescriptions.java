package dev.dhipicker.discover;

import java.util.Set;

/**
 * The message keys of the rules' short descriptions in SARIF ({@code discover.rule.<id>}): one for
 * every migration rule, every discover notice and {@link SarifReport#COUNTERPART_RULE}.
 */
final class RuleDescriptions {
    private static final Set<String> KEYS = Set.of(
            "discover.rule.arg-from-inline",
            "discover.rule.arg-from-rewritten",
            "discover.rule.arg-unresolved",
            "discover.rule.build-tool-changed",
            "discover.rule.ca-certificates",
            "discover.rule.compliance-unavailable",
            "discover.rule.default-version",
            "discover.rule.digest-dropped",
            "discover.rule.distro-changed",
            "discover.rule.entrypoint-script",
            "discover.rule.go-cgo",
            "discover.rule.healthcheck-shell",
            "discover.rule.healthcheck-http",
            "discover.rule.invalid-reference",
            "discover.rule.low-port",
            "discover.rule.mirrored-repository",
            "discover.rule.no-dhi-counterpart",
            "discover.rule.onbuild-run",
            "discover.rule.package-manager",
            "discover.rule.port-changed",
            "discover.rule.rpm-distro",
            "discover.rule.run-in-runtime",
            "discover.rule.runtime-needs-shell",
            "discover.rule.runtime-packages",
            "discover.rule.shell-form-converted",
            "discover.rule.shell-form-needs-shell",
            "discover.rule.stage-split",
            "discover.rule.tag-not-published",
            "discover.rule.user-default",
            "discover.rule.user-dropped",
            "discover.rule.user-not-numeric",
            "discover.rule.user-root",
            "discover.rule.useradd",
            "discover.rule.version-changed",
            "discover.rule.version-eol",
            "discover.rule.volume-owner",
            "discover.rule.windows-image",
            "discover.rule.workdir-owner",
            "discover.rule.sdk-for-shell",
            "discover.rule.no-build-image",
            "discover.rule.nearest-repository",
            "discover.rule.jdk-runtime",
            "discover.rule.libc-changed",
            "discover.rule.copy-from-image",
            "discover.rule.copy-from-image-path",
            "discover.rule.reference-unresolved",
            "discover.rule.packages-carried",
            "discover.rule.copy-flags",
            "discover.rule.build-packages",
            "discover.rule.step-unneeded",
            "discover.rule.mkdir-workdir",
            "discover.rule.user-root-removed",
            "discover.rule.reference-not-rewritten",
            "discover.rule.php-ext-helper",
            "discover.rule.php-ext-dir",
            "discover.rule.customize-packages",
            "discover.rule.entrypoint-added",
            "discover.rule.npm-in-runtime",
            "discover.rule.tag-not-mapped",
            "discover.rule.tool-copied",
            "discover.rule.file-too-large",
            "discover.rule.file-unreadable",
            "discover.rule.yaml-unreadable",
            "discover.rule.dockerfile-unreadable",
            "discover.rule.templated-reference",
            "discover.rule.file-limit",
            "discover.rule.depth-limit",
            "discover.rule.link-outside",
            "discover.rule.not-editable",
            "discover.rule.build-unresolved",
            "discover.rule.env-resolved",
            "discover.rule.arg-resolved",
            "discover.rule.compose-file-missing",
            "discover.rule.dhi-counterpart");

    private RuleDescriptions() {
    }

    /** The message key of a rule's short description. */
    static String key(String rule) {
        String key = "discover.rule." + rule;
        if (!KEYS.contains(key)) {
            throw new IllegalStateException("no short description for rule " + rule);
        }
        return key;
    }
}
