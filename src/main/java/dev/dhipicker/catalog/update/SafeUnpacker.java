package dev.dhipicker.catalog.update;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;

/**
 * Unpacks a {@code .tar.gz} or {@code .zip} archive of the upstream catalog into a folder, safely:
 * no entry is written outside the folder (no absolute names, no {@code ..}, no links), and the
 * entry count, each file, the total and the expansion are bounded by {@link UpdateLimits}. The
 * kind is read from the file's first bytes, not its name. The archive is read twice: the first
 * pass checks everything and writes nothing, the second writes. Anything else is one
 * {@link UpdateException} naming the archive and the entry.
 */
public final class SafeUnpacker {
    private final UpdateLimits limits;

    /** @param limits the bounds every archive is read within */
    public SafeUnpacker(UpdateLimits limits) {
        this.limits = limits;
    }

    /**
     * Unpacks an archive.
     *
     * @param archive the archive file
     * @param name    how the archive is named in messages (its address or file name)
     * @param into    an empty folder the files go to
     */
    public Unpacked unpack(Path archive, String name, Path into, UpdateProgress progress, Cancellation cancel)
            throws UpdateException {
        byte[] magic = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(archive)) {
            n = in.readNBytes(magic, 0, 4);
        } catch (IOException e) {
            throw new UpdateException("update.error.readArchive", name, reason(e));
        }
        boolean gzip = n >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        boolean zip = n == 4 && magic[0] == 'P' && magic[1] == 'K' && (magic[2] == 3 || magic[2] == 5);
        if (!gzip && !zip) {
            throw new UpdateException("update.error.wrongContent", name, describe(magic, n));
        }
        // Two passes: the first checks every entry and limit without writing anything, so that a
        // hostile archive leaves not even part of itself behind; the second writes.
        progress.report(UpdateProgress.Phase.UNPACK, 0, -1);
        ArchiveSink sink = null;
        String commit = null;
        try {
            for (boolean write : new boolean[]{false, true}) {
                sink = new ArchiveSink(into.toAbsolutePath().normalize(), name, limits,
                        write ? UpdateProgress.NONE : progress, cancel, write);
                if (gzip) {
                    try (InputStream in = Files.newInputStream(archive)) {
                        commit = TarGzReader.read(in, sink, name);
                    }
                } else {
                    commit = ZipReader.read(archive, sink, name, limits.maxEntries());
                }
            }
        } catch (EOFException e) {
            throw new UpdateException("update.error.truncated", name);
        } catch (ZipException e) {
            throw new UpdateException("update.error.damaged", name, reason(e));
        } catch (IOException e) {
            throw new UpdateException("update.error.readArchive", name, reason(e));
        }
        return sink.finish(commit);
    }

    /** The first bytes of something that is not an archive, for the message (an HTML page, say). */
    private static String describe(byte[] magic, int n) {
        if (n == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int c = magic[i] & 0xff;
            b.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        return b.toString();
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ').strip();
    }
}
