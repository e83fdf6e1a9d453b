package dev.dhipicker.catalog.update;

import java.time.Duration;

/**
 * The bounds an update works within, far above what the upstream catalog needs (an archive of a
 * few MiB, about 10,000 files, the largest about 1 MiB) and low enough that a hostile or broken
 * source is refused before it fills the disk or memory.
 *
 * @param maxDownloadBytes the largest archive downloaded
 * @param maxUnpackedBytes the most bytes an archive may unpack to (all entries)
 * @param maxFileBytes     the largest single file in an archive
 * @param maxEntries       the most entries (files, folders, links) in an archive
 * @param maxRatio         the most an archive may expand (unpacked bytes per compressed byte)
 * @param connectTimeout   how long to wait for a connection
 * @param readTimeout      how long to wait for the response, and for each piece of the body
 */
public record UpdateLimits(long maxDownloadBytes, long maxUnpackedBytes, long maxFileBytes, int maxEntries,
                           int maxRatio, Duration connectTimeout, Duration readTimeout) {

    /** The limits of the command line and the wizard. */
    public static final UpdateLimits DEFAULT = new UpdateLimits(256L << 20, 1L << 30, 16L << 20, 50_000, 200,
            Duration.ofSeconds(20), Duration.ofSeconds(60));

    /** The same limits with other timeouts (tests use short ones). */
    public UpdateLimits withTimeouts(Duration connect, Duration read) {
        return new UpdateLimits(maxDownloadBytes, maxUnpackedBytes, maxFileBytes, maxEntries, maxRatio, connect, read);
    }

    /** A size for people: {@code 512 B}, {@code 3.2 KiB}, {@code 16.0 MiB}, {@code 1.0 GiB}. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
