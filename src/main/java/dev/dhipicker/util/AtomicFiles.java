package dev.dhipicker.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that readers see the old content or the whole new content, never a part, and
 * never replaces what is not a regular file.
 *
 * <p>The content goes to a temporary file in the target's folder, named
 * {@code .<name>.dhi-picker-<pid>-<random>.tmp}. Without permission to replace, it is published
 * with a hard link, which fails atomically when anything (even a dangling symbolic link) already
 * has the name; where hard links are not supported, with a move that refuses an existing target.
 * With permission to replace, only a regular file (or nothing) is replaced; a symbolic link, a
 * folder, a device or a FIFO is refused. Temporary files of ours left by a killed process are
 * removed on the next write to the same folder.
 */
public final class AtomicFiles {
    /** Temporary files older than this are stale even when their process id is in use again. */
    static final Duration STALE_AFTER = Duration.ofMinutes(1);
    private static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.dhi-picker-(\\d+)-[0-9a-z]+\\.tmp");
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** What a target that may not be replaced is. */
    public enum Kind {
        /** A folder. */
        DIRECTORY,
        /** A symbolic link (followed or dangling, it is never written through). */
        SYMLINK,
        /** A device node, FIFO, socket or anything else that is not a regular file. */
        SPECIAL
    }

    /** The target exists and is not a regular file: it is never replaced, with or without permission. */
    public static final class NotRegularFileException extends FileSystemException {
        private static final long serialVersionUID = 1L;
        private final Kind kind;

        NotRegularFileException(Path file, Kind kind) {
            super(file.toString(), null, "not a regular file (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ")");
            this.kind = kind;
        }

        /** What the target is. */
        public Kind kind() {
            return kind;
        }
    }

    /**
     * Writes bytes to a temporary file beside the target, then publishes it.
     *
     * @param target    the file to write
     * @param bytes     the content
     * @param overwrite whether an existing regular file may be replaced
     * @throws FileAlreadyExistsException when the target exists and may not be replaced
     * @throws NotRegularFileException    when the target exists and is not a regular file
     * @throws NoSuchFileException        when the target's folder does not exist
     * @throws IOException                for other failures; nothing is left behind
     */
    public static void write(Path target, byte[] bytes, boolean overwrite) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || abs.getFileName() == null) {
            throw new NotRegularFileException(abs, Kind.DIRECTORY);
        }
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "folder does not exist");
        }
        cleanStale(dir);
        BasicFileAttributes existing = attributes(abs);
        if (existing != null) {
            refuseUnlessRegular(abs, existing);
            if (!overwrite) {
                throw new FileAlreadyExistsException(abs.toString(), null, "file exists");
            }
        }
        Path tmp = dir.resolve("." + abs.getFileName() + ".dhi-picker-" + ProcessHandle.current().pid() + "-"
                + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36) + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (existing == null) {
                try {
                    publishNew(tmp, abs);
                    return;
                } catch (FileAlreadyExistsException e) {
                    if (!overwrite) {
                        throw e;
                    }
                    // someone created it meanwhile: replace it below, under the same checks
                    existing = attributes(abs);
                    if (existing == null) {
                        publishNew(tmp, abs);
                        return;
                    }
                    refuseUnlessRegular(abs, existing);
                }
            }
            copyPermissions(abs, tmp);
            replace(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Checks, before a long piece of work, that {@link #write} could publish to the target: its
     * folder exists and the target is absent, or a regular file that may be replaced. The write
     * checks again.
     *
     * @throws FileAlreadyExistsException, NotRegularFileException or NoSuchFileException as {@link #write}
     */
    public static void checkTarget(Path target, boolean overwrite) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || abs.getFileName() == null) {
            throw new NotRegularFileException(abs, Kind.DIRECTORY);
        }
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "folder does not exist");
        }
        BasicFileAttributes existing = attributes(abs);
        if (existing != null) {
            refuseUnlessRegular(abs, existing);
            if (!overwrite) {
                throw new FileAlreadyExistsException(abs.toString(), null, "file exists");
            }
        }
    }

    private static void refuseUnlessRegular(Path abs, BasicFileAttributes a) throws NotRegularFileException {
        if (a.isSymbolicLink()) {
            throw new NotRegularFileException(abs, Kind.SYMLINK);
        }
        if (a.isDirectory()) {
            throw new NotRegularFileException(abs, Kind.DIRECTORY);
        }
        if (!a.isRegularFile()) {
            throw new NotRegularFileException(abs, Kind.SPECIAL);
        }
    }

    /** The target's attributes, not following a symbolic link; null when nothing has that name. */
    private static BasicFileAttributes attributes(Path p) throws IOException {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Gives the name to the temporary file's content; fails when the name is taken by anything. */
    private static void publishNew(Path tmp, Path abs) throws IOException {
        try {
            Files.createLink(abs, tmp);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(abs.toString(), null, "file exists");
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof NoSuchFileException || e instanceof java.nio.file.AccessDeniedException) {
                throw (IOException) e;
            }
            // No hard links here (some network and FAT file systems): a move without
            // REPLACE_EXISTING checks that nothing has the name, link or not, then renames.
            Files.move(tmp, abs);
        }
    }

    private static void replace(Path tmp, Path abs) throws IOException {
        try {
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A replaced file keeps its permissions. */
    private static void copyPermissions(Path from, Path to) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (view != null) {
                Files.setPosixFilePermissions(to, view.readAttributes().permissions());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the new file keeps the default permissions of a new file
        }
    }

    /** Whether a file name is one of our temporary files. */
    static boolean isOurTemp(String name) {
        return TEMP_NAME.matcher(name).matches();
    }

    /**
     * Removes temporary files of ours that a killed process left: those of a process that no
     * longer runs, or older than {@link #STALE_AFTER} (a write takes far less). Only regular files
     * are removed; failures are ignored (the folder may be shared and read-only for us).
     */
    static void cleanStale(Path dir) {
        Instant limit = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path p : s) {
                Matcher m = TEMP_NAME.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (!a.isRegularFile()) {
                        continue;
                    }
                    boolean dead;
                    try {
                        dead = ProcessHandle.of(Long.parseLong(m.group(1))).map(h -> !h.isAlive()).orElse(true);
                    } catch (NumberFormatException e) {
                        dead = true;
                    }
                    if (dead || a.lastModifiedTime().toInstant().isBefore(limit)) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    // gone meanwhile, or not ours to delete
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unlistable folder: the write itself reports what matters
        }
    }
}
