package dev.dhipicker.catalog.update;

import dev.dhipicker.util.AtomicFiles;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * The user's own catalog: {@code catalog.json} in the data folder, and {@code catalog.previous.json},
 * the one it replaced (absent when that was the bundled catalog). Every change is an atomic
 * replacement ({@link AtomicFiles}), so a reader, or a process killed half-way, finds either
 * the old file or the new one, never a part; the data folder's {@code .lock} keeps two updates
 * from running at once.
 */
public final class UserCatalogStore {
    /** The current catalog's file name. */
    public static final String CURRENT = "catalog.json";
    /** The previous catalog's file name. */
    public static final String PREVIOUS = "catalog.previous.json";
    /** The compact copy of the current catalog (a faster start; ignored unless made from its exact bytes). */
    public static final String COMPACT = "catalog.bin";
    private static final String LOCK = ".lock";

    private final Path dir;
    private final Runnable beforeReplace;

    /** @param dir the data folder ({@link #defaultFolder}); created when a catalog is first published */
    public UserCatalogStore(Path dir) {
        this(dir, () -> {
        });
    }

    /**
     * @param dir           the data folder
     * @param beforeReplace run after the previous catalog is kept and before the current one is
     *                      replaced (a test stops a process there)
     */
    public UserCatalogStore(Path dir, Runnable beforeReplace) {
        this.dir = dir;
        this.beforeReplace = beforeReplace;
    }

    /**
     * The data folder: {@code $XDG_DATA_HOME/dhi-picker}, or {@code ~/.local/share/dhi-picker} when
     * that variable is unset or not an absolute path (as the XDG base directory rules say).
     */
    public static Path defaultFolder(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "dhi-picker");
        }
        return Path.of(userHome, ".local", "share", "dhi-picker");
    }

    /** The data folder. */
    public Path folder() {
        return dir;
    }

    /** The current catalog's path (it may not exist). */
    public Path current() {
        return dir.resolve(CURRENT);
    }

    /** The previous catalog's path (it may not exist). */
    public Path previous() {
        return dir.resolve(PREVIOUS);
    }

    /** The compact copy's path (it may not exist). */
    public Path compact() {
        return dir.resolve(COMPACT);
    }

    /** The compact copy beside a catalog file named {@code catalog.json}. */
    public static Path compactOf(Path catalog) {
        return catalog.resolveSibling(COMPACT);
    }

    /** Publishes a new current catalog without a compact copy (see {@link #publish(byte[], byte[])}). */
    public void publish(byte[] json) throws IOException, UpdateException {
        publish(json, null);
    }

    /**
     * Publishes a new current catalog, keeping the one it replaces as the previous one.
     *
     * @param json    a catalog file the application's loader has accepted
     * @param compact its compact copy, or null; written first, so that until the catalog itself is
     *                replaced it is stamped for other bytes and ignored
     */
    public void publish(byte[] json, byte[] compact) throws IOException, UpdateException {
        Files.createDirectories(dir);
        try (Lock l = lock()) {
            if (Files.isRegularFile(current())) {
                AtomicFiles.write(previous(), Files.readAllBytes(current()), true);
            } else {
                // the catalog in use was the bundled one: rolling back means going back to it
                Files.deleteIfExists(previous());
            }
            beforeReplace.run();
            if (compact != null) {
                AtomicFiles.write(compact(), compact, true);
            } else {
                Files.deleteIfExists(compact());
            }
            AtomicFiles.write(current(), json, true);
        }
    }

    /** Writes the compact copy of the current catalog (after a rollback). */
    public void writeCompact(byte[] compact) throws IOException, UpdateException {
        try (Lock l = lock()) {
            AtomicFiles.write(compact(), compact, true);
        }
    }

    /** What a rollback did. */
    public enum Rollback {
        /** The previous catalog file is current again (and the replaced one is the previous one). */
        RESTORED_FILE,
        /** The current file was set aside: the bundled catalog is used again. */
        RESTORED_BUNDLED
    }

    /**
     * Makes the previous catalog current again; the current one becomes the previous one, so a
     * second rollback undoes the first.
     *
     * @throws UpdateException when there is nothing to roll back to
     */
    public Rollback rollback() throws IOException, UpdateException {
        try (Lock l = lock()) {
            Files.deleteIfExists(compact()); // made for the current bytes: stale after this
            boolean hasCurrent = Files.isRegularFile(current());
            if (Files.isRegularFile(previous())) {
                byte[] old = Files.readAllBytes(previous());
                byte[] now = hasCurrent ? Files.readAllBytes(current()) : null;
                AtomicFiles.write(current(), old, true);
                if (now != null) {
                    AtomicFiles.write(previous(), now, true);
                } else {
                    Files.deleteIfExists(previous());
                }
                return Rollback.RESTORED_FILE;
            }
            if (hasCurrent) {
                try {
                    Files.move(current(), previous(), StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(current(), previous());
                }
                return Rollback.RESTORED_BUNDLED;
            }
            throw new UpdateException("update.error.nothingToRollBack", dir.toString());
        }
    }

    private Lock lock() throws IOException, UpdateException {
        if (!Files.isDirectory(dir)) {
            throw new UpdateException("update.error.nothingToRollBack", dir.toString());
        }
        FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new UpdateException("update.error.busy", dir.toString());
        }
        return new Lock(ch, lock);
    }

    private record Lock(FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
