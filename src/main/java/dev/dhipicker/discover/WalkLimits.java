package dev.dhipicker.discover;

/**
 * How far a walk goes.
 *
 * @param maxFiles     the most files looked at (the walk stops there, with a notice)
 * @param maxDepth     the deepest folder entered below the root
 * @param maxFileBytes the largest file read (a larger one gets a notice)
 */
public record WalkLimits(int maxFiles, int maxDepth, long maxFileBytes) {
    /** 200,000 files, 40 folders deep, 2 MiB per file. */
    public static WalkLimits standard() {
        return new WalkLimits(200_000, 40, 2L << 20);
    }
}
