package dev.dhipicker.migrate;

import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.LibcNeed;

/**
 * What the user asked for beyond the Dockerfile itself.
 *
 * @param libc       the libc answer, or null to keep each image's distro family
 * @param compliance the compliance answer
 * @param org        organisation of the mirrored repositories, or null
 */
public record MigrateOptions(LibcNeed libc, ComplianceNeed compliance, String org) {
    /** Keep the distro families, no compliance. */
    public static MigrateOptions defaults() {
        return new MigrateOptions(null, ComplianceNeed.NONE, null);
    }
}
