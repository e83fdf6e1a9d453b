package dev.dhipicker.catalog.update;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a zip archive with {@code java.util.zip} into an {@link ArchiveSink}. The entry count is
 * checked from the central directory before anything is read. {@code java.util.zip} does not
 * expose an entry's Unix mode, so a symbolic link stored in a zip is read as a small file (its
 * target's name): no link is ever created.
 */
final class ZipReader {
    private ZipReader() {
    }

    /**
     * Reads the archive.
     *
     * @return the commit that the zip's comment gives (GitHub writes it), or null
     */
    static String read(Path file, ArchiveSink sink, String archive, int maxEntries) throws IOException, UpdateException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > maxEntries) {
                throw new UpdateException("update.error.tooManyEntries", archive, String.valueOf(maxEntries));
            }
            long[] compressed = {0};
            sink.setCompressedCounter(() -> compressed[0]);
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                String name = sink.entry(e.getName());
                if (e.isDirectory()) {
                    continue;
                }
                compressed[0] += Math.max(0, e.getCompressedSize());
                long time = e.getLastModifiedTime() == null ? 0 : e.getLastModifiedTime().toMillis() / 1000;
                try (InputStream in = zip.getInputStream(e)) {
                    sink.file(name, -1, time, in);
                }
                sink.checkTotals();
            }
            String comment = zip.getComment();
            return comment != null && comment.strip().matches("[0-9a-f]{40}") ? comment.strip() : null;
        }
    }
}
