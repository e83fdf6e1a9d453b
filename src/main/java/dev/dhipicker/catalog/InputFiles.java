package dev.dhipicker.catalog;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens an input file only when it is a regular file of bounded size: a FIFO or a device would
 * block or never end, and a huge file would exhaust memory before the parser could refuse it.
 */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * Opens a file for reading.
     *
     * @param file     the file (a symbolic link to a regular file is fine)
     * @param display  the name used in errors
     * @param maxBytes the largest size accepted
     * @throws CatalogException naming the file and what is wrong with it
     */
    static InputStream open(Path file, String display, long maxBytes) throws CatalogException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new CatalogException(display, null, "file not found");
        } catch (AccessDeniedException e) {
            throw new CatalogException(display, null, "cannot read: permission denied");
        } catch (IOException e) {
            throw new CatalogException(display, null, "cannot read: " + reason(e));
        }
        if (a.isDirectory()) {
            throw new CatalogException(display, null, "is a folder, not a file");
        }
        if (!a.isRegularFile()) {
            throw new CatalogException(display, null, "is not a regular file (a FIFO, device or socket), so it is not read");
        }
        if (a.size() > maxBytes) {
            throw new CatalogException(display, null, "is too large (" + megabytes(a.size()) + "; at most "
                    + megabytes(maxBytes) + " is read)");
        }
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (AccessDeniedException e) {
            throw new CatalogException(display, null, "cannot read: permission denied");
        } catch (IOException e) {
            throw new CatalogException(display, null, "cannot read: " + reason(e));
        }
        return new Bounded(in, maxBytes, display);
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The reason of a file system error without the path the caller names already. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Refuses to read past the limit, in case the file grows while it is read. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private final String display;
        private long read;

        Bounded(InputStream in, long max, String display) {
            super(in);
            this.max = max;
            this.display = display;
        }

        private void count(long n) throws IOException {
            if (n > 0) {
                read += n;
                if (read > max) {
                    throw new TooLargeException(display + " grew past " + megabytes(max) + " while it was read");
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(n);
            return n;
        }
    }

    /** A file grew past its limit while it was read. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }
}
