package dev.dhipicker.catalog.update;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the archive readers put entries: it checks every name and link, counts entries and
 * bytes against the limits, and writes only the catalog's YAML files, never outside its folder
 * and never as a link. Every refusal is an {@link UpdateException} naming the entry.
 */
final class ArchiveSink {
    private static final Pattern TOP_FOLDER_COMMIT = Pattern.compile(".+-([0-9a-f]{7,40})");
    private static final Set<String> KEPT_FOLDERS = Set.of("image", "chart");
    private static final int MAX_NAME = 4096;

    private final Path into;
    private final UpdateLimits limits;
    private final UpdateProgress progress;
    private final Cancellation cancel;
    private LongSupplier compressedBytes = () -> 1;
    private final String archive;
    private int entries;
    private int written;
    private int links;
    private long dataBytes;
    private long newestTime = Long.MIN_VALUE;
    private String top;
    private boolean oneTop = true;

    private final boolean write;

    /**
     * @param into  the folder files go to
     * @param write false for the first pass, which only checks every entry and limit
     */
    ArchiveSink(Path into, String archive, UpdateLimits limits, UpdateProgress progress, Cancellation cancel,
                boolean write) {
        this.write = write;
        this.into = into;
        this.archive = archive;
        this.limits = limits;
        this.progress = progress;
        this.cancel = cancel;
    }

    /** How many compressed bytes the reader has read so far (for the expansion limit). */
    void setCompressedCounter(LongSupplier compressed) {
        this.compressedBytes = compressed;
    }

    /** Counts an entry and checks its name; returns the name as a clean relative path. */
    String entry(String rawName) throws UpdateException {
        count();
        String name = clean(rawName);
        String first = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
        if (top == null) {
            top = first;
        } else if (!top.equals(first)) {
            oneTop = false;
        }
        return name;
    }

    /** Counts an entry (also a header entry without a name of its own) against the limit. */
    void count() throws UpdateException {
        entries++;
        if (entries > limits.maxEntries()) {
            throw new UpdateException("update.error.tooManyEntries", archive, String.valueOf(limits.maxEntries()));
        }
        if ((entries & 1023) == 0) {
            cancel.check();
            progress.report(UpdateProgress.Phase.UNPACK, entries, -1);
        }
    }

    /** A clean relative path, or a refusal: no absolute path, drive, backslash, NUL or {@code ..}. */
    String clean(String raw) throws UpdateException {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_NAME || raw.indexOf('\0') >= 0 || raw.indexOf('\\') >= 0
                || raw.startsWith("/") || raw.matches("^[A-Za-z]:.*")) {
            throw new UpdateException("update.error.unsafeName", archive, printable(raw));
        }
        List<String> parts = new ArrayList<>();
        for (String s : raw.split("/")) {
            if (s.equals("..")) {
                throw new UpdateException("update.error.unsafeName", archive, printable(raw));
            }
            if (!s.isEmpty() && !s.equals(".")) {
                parts.add(s);
            }
        }
        if (parts.isEmpty()) {
            return ".";
        }
        return String.join("/", parts);
    }

    /** A symbolic link: refused when its target leaves the tree, else counted and not created. */
    void symlink(String name, String target) throws UpdateException {
        if (target == null || target.isEmpty() || target.startsWith("/") || target.indexOf('\\') >= 0
                || target.matches("^[A-Za-z]:.*") || target.indexOf('\0') >= 0) {
            throw new UpdateException("update.error.linkOutside", archive, printable(name), printable(target));
        }
        int depth = name.split("/").length - 1; // folders above the link inside the tree
        for (String s : target.split("/")) {
            if (s.equals("..")) {
                depth--;
                if (depth < 0) {
                    throw new UpdateException("update.error.linkOutside", archive, printable(name), printable(target));
                }
            } else if (!s.isEmpty() && !s.equals(".")) {
                depth++;
            }
        }
        links++;
    }

    /** A hard link: its target must be a clean name inside the archive; it is counted and not created. */
    void hardLink(String name, String target) throws UpdateException {
        try {
            clean(target);
        } catch (UpdateException e) {
            throw new UpdateException("update.error.linkOutside", archive, printable(name), printable(target));
        }
        links++;
    }

    /** Whether a file is one the importer reads (a YAML file under image/ or chart/, maybe below a top folder). */
    boolean wanted(String name) {
        if (!name.endsWith(".yaml")) {
            return false;
        }
        String[] parts = name.split("/");
        return parts.length > 1 && KEPT_FOLDERS.contains(parts[0])
                || parts.length > 2 && KEPT_FOLDERS.contains(parts[1]);
    }

    /**
     * A regular file: its data is read through (and written when the importer needs it) within the
     * per-file, total and expansion limits.
     *
     * @param size the size the archive gives, or -1 when unknown (it is bounded while reading)
     */
    void file(String name, long size, long modifiedSeconds, InputStream data) throws UpdateException, IOException {
        if (size > limits.maxFileBytes()) {
            throw new UpdateException("update.error.fileTooLarge", archive, printable(name), UpdateLimits.size(size),
                    UpdateLimits.size(limits.maxFileBytes()));
        }
        if (modifiedSeconds > newestTime) {
            newestTime = modifiedSeconds;
        }
        OutputStream out = null;
        if (write && wanted(name)) {
            Path target = into.resolve(name).normalize();
            if (!target.startsWith(into)) {
                throw new UpdateException("update.error.unsafeName", archive, printable(name));
            }
            Files.createDirectories(target.getParent());
            try {
                out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                throw new UpdateException("update.error.duplicate", archive, printable(name));
            }
            written++;
        }
        try {
            byte[] buf = new byte[16384];
            long left = size < 0 ? Long.MAX_VALUE : size;
            long fileBytes = 0;
            while (left > 0) {
                int n = data.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    if (size >= 0) {
                        throw new java.io.EOFException("the archive ends inside " + name);
                    }
                    break;
                }
                left -= n;
                fileBytes += n;
                dataBytes += n;
                if (fileBytes > limits.maxFileBytes()) {
                    throw new UpdateException("update.error.fileTooLarge", archive, printable(name),
                            "> " + UpdateLimits.size(fileBytes), UpdateLimits.size(limits.maxFileBytes()));
                }
                checkTotals();
                if (out != null) {
                    out.write(buf, 0, n);
                }
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
    }

    /** Bytes read that are not file data (headers, skipped data) still count towards the total. */
    void checkTotals() throws UpdateException {
        if (dataBytes > limits.maxUnpackedBytes()) {
            throw new UpdateException("update.error.tooBig", archive, UpdateLimits.size(limits.maxUnpackedBytes()));
        }
        long compressed = Math.max(1, compressedBytes.getAsLong());
        if (dataBytes > (1L << 20) && dataBytes / compressed > limits.maxRatio()) {
            throw new UpdateException("update.error.bomb", archive, String.valueOf(dataBytes / compressed),
                    String.valueOf(limits.maxRatio()));
        }
        if (cancel.isCancelled()) {
            cancel.check();
        }
    }

    /** The result: the folder holding image/, with the provenance the archive carries. */
    Unpacked finish(String commit) throws UpdateException {
        Path root = into;
        String shortCommit = null;
        if (oneTop && top != null && !Files.isDirectory(into.resolve("image")) && Files.isDirectory(into.resolve(top))) {
            root = into.resolve(top);
        }
        if (oneTop && top != null) {
            Matcher m = TOP_FOLDER_COMMIT.matcher(top);
            if (m.matches()) {
                shortCommit = m.group(1);
            }
        }
        if (!Files.isDirectory(root.resolve("image"))) {
            throw new UpdateException("update.error.notCatalog", archive);
        }
        LocalDate date = newestTime <= 0 ? null
                : LocalDate.ofInstant(Instant.ofEpochSecond(newestTime), ZoneOffset.UTC);
        return new Unpacked(root, commit, shortCommit, date, entries, written, links);
    }

    static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 200; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? '?' : c);
        }
        return b.toString();
    }
}
