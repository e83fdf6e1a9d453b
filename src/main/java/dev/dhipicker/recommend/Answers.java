package dev.dhipicker.recommend;

import java.util.Objects;

/**
 * The wizard's answers: everything the engine needs to recommend images.
 *
 * @param workload   a workload profile id ({@code python}) or a catalog repository name ({@code redis})
 * @param version    a version line or version ({@code 3.13}), or null for the newest supported one
 * @param libc       glibc needed, musl acceptable, or not sure
 * @param size       image size priority
 * @param compliance compliance regime
 * @param helm       Helm deployment
 * @param org        organisation of the mirrored repositories (FIPS/STIG), or null for the placeholder
 * @param flavor     the runtime flavor ({@code pg18}, {@code php8.5-fpm}) for a repository whose runtime
 *                   images come in flavors, or null for the engine's default
 */
public record Answers(String workload, String version, LibcNeed libc, SizePriority size, ComplianceNeed compliance,
                      HelmUse helm, String org, String flavor) {
    public Answers {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(libc, "libc");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(compliance, "compliance");
        Objects.requireNonNull(helm, "helm");
        if (version != null && version.isBlank()) {
            version = null;
        }
        if (org != null && org.isBlank()) {
            org = null;
        }
        if (flavor != null && flavor.isBlank()) {
            flavor = null;
        }
    }

    /** Answers without a flavor choice (the engine's default flavor). */
    public Answers(String workload, String version, LibcNeed libc, SizePriority size, ComplianceNeed compliance,
                   HelmUse helm, String org) {
        this(workload, version, libc, size, compliance, helm, org, null);
    }

    /** The documented defaults for a workload: any libc, balanced size, no compliance, no Helm. */
    public static Answers defaults(String workload) {
        return new Answers(workload, null, LibcNeed.ANY, SizePriority.BALANCED, ComplianceNeed.NONE, HelmUse.NONE, null);
    }

    public Answers withWorkload(String w) {
        return new Answers(w, null, libc, size, compliance, helm, org, null);
    }

    public Answers withVersion(String v) {
        return new Answers(workload, v, libc, size, compliance, helm, org, flavor);
    }

    public Answers withLibc(LibcNeed l) {
        return new Answers(workload, version, l, size, compliance, helm, org, flavor);
    }

    public Answers withSize(SizePriority s) {
        return new Answers(workload, version, libc, s, compliance, helm, org, flavor);
    }

    public Answers withCompliance(ComplianceNeed c) {
        return new Answers(workload, version, libc, size, c, helm, org, flavor);
    }

    public Answers withHelm(HelmUse h) {
        return new Answers(workload, version, libc, size, compliance, h, org, flavor);
    }

    public Answers withOrg(String o) {
        return new Answers(workload, version, libc, size, compliance, helm, o, flavor);
    }

    public Answers withFlavor(String f) {
        return new Answers(workload, version, libc, size, compliance, helm, org, f);
    }
}
