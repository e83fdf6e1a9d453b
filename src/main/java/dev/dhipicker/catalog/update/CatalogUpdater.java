package dev.dhipicker.catalog.update;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.CatalogImporter;
import dev.dhipicker.catalog.CatalogInfo;
import dev.dhipicker.catalog.CatalogJsonWriter;
import dev.dhipicker.catalog.CatalogLoader;
import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.catalog.ImportResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Updates the user's catalog: gets the upstream catalog (downloaded archive, archive file or
 * checkout), unpacks it safely into a temporary folder, imports it with {@link CatalogImporter}
 * and all its checks, loads the result with the application's {@link CatalogLoader} (with the
 * workload profiles and the image map, which name repositories it must have), and only then publishes it through {@link UserCatalogStore}, keeping the
 * previous one. Any failure leaves the user's catalog as it was.
 */
public final class CatalogUpdater {
    /** The upstream repository recorded as every snapshot's source. */
    public static final String UPSTREAM_REPOSITORY = "https://github.com/docker-hardened-images/catalog";
    /** GitHub's tarball address of the upstream repository (add {@code /<commit>} for a commit). */
    public static final URI UPSTREAM_TARBALLS = URI.create("https://api.github.com/repos/docker-hardened-images/catalog/tarball");
    /** Recorded as the generator of the files an update writes. */
    public static final String GENERATOR = "dhi-picker update-catalog 0.1.0";
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern README_PROVENANCE = Pattern.compile("commit ([0-9a-f]{40}), dated (\\d{4}-\\d{2}-\\d{2})");

    private final UserCatalogStore store;
    private final ArchiveDownloader downloader;
    private final SafeUnpacker unpacker;
    private final URI upstreamTarballs;
    private final Path tempParent;
    private final CatalogLoader loader = new CatalogLoader();
    private static final String TEMP_PREFIX = "dhi-picker-update-";

    /**
     * @param store            the user's catalog files
     * @param downloader       fetches archives
     * @param unpacker         unpacks archives
     * @param upstreamTarballs the upstream tarball address ({@link #UPSTREAM_TARBALLS})
     */
    public CatalogUpdater(UserCatalogStore store, ArchiveDownloader downloader, SafeUnpacker unpacker,
                          URI upstreamTarballs) {
        this(store, downloader, unpacker, upstreamTarballs, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * @param tempParent where the temporary folder of a run is made ({@code dhi-picker-update-<pid>-*},
     *                   removed at the end of the run, or by a later run when its process was killed)
     */
    public CatalogUpdater(UserCatalogStore store, ArchiveDownloader downloader, SafeUnpacker unpacker,
                          URI upstreamTarballs, Path tempParent) {
        this.store = store;
        this.downloader = downloader;
        this.unpacker = unpacker;
        this.upstreamTarballs = upstreamTarballs;
        this.tempParent = tempParent;
    }

    /**
     * What to update from.
     *
     * @param from   {@code --from}: an http(s) address, an archive file or a checkout; null for upstream
     * @param commit the commit asked for ({@code --commit}), or null
     * @param date   the snapshot date to record instead of the archive's ({@code --snapshot-date}), or null
     */
    public record Request(String from, String commit, LocalDate date) {
    }

    /**
     * A published update.
     *
     * @param info     the new snapshot's provenance
     * @param file     the file it was published as
     * @param source   where it was read from (address, file or folder)
     * @param diff     what changed against the catalog in use before
     * @param before   the provenance of the catalog in use before
     * @param repositories repositories in the new catalog
     * @param definitions  image definitions in the new catalog
     */
    public record Result(CatalogInfo info, Path file, String source, CatalogDiff diff, CatalogInfo before,
                         int repositories, int definitions) {
    }

    /** Runs an update; nothing is published unless every step succeeded. */
    public Result update(Request request, UpdateProgress progress, Cancellation cancel) throws UpdateException {
        if (request.commit() != null && !COMMIT.matcher(request.commit()).matches()) {
            throw new UpdateException("update.error.badCommit", request.commit());
        }
        UpdateSource source = UpdateSource.parse(request.from(), request.commit());
        removeStaleTemporaryFolders();
        Path temp;
        try {
            temp = Files.createTempDirectory(tempParent, TEMP_PREFIX + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new UpdateException("update.error.tempFile", tempParent.toString(), String.valueOf(e.getMessage()));
        }
        try {
            return run(source, request, temp, progress, cancel);
        } finally {
            deleteTree(temp);
        }
    }

    private Result run(UpdateSource source, Request request, Path temp, UpdateProgress progress, Cancellation cancel)
            throws UpdateException {
        String described;
        Path root;
        String commit = null;
        String shortCommit = null;
        LocalDate date = null;
        if (source instanceof UpdateSource.Checkout c) {
            described = c.folder().toString();
            root = c.folder();
            GitCheckout.Head head = GitCheckout.read(root);
            commit = head.commit();
            date = head.date();
            if (commit == null || date == null) {
                String[] readme = readmeProvenance(root);
                if (readme != null) {
                    commit = commit == null ? readme[0] : commit;
                    date = date == null ? LocalDate.parse(readme[1]) : date;
                }
            }
        } else {
            Path archive;
            if (source instanceof UpdateSource.ArchiveFile f) {
                archive = f.file();
                described = f.file().toString();
            } else {
                URI uri = source instanceof UpdateSource.Address a ? a.uri()
                        : request.commit() == null ? upstreamTarballs
                        : URI.create(upstreamTarballs + "/" + request.commit());
                described = uri.toString();
                archive = temp.resolve("archive");
                downloader.download(uri, archive, progress, cancel);
            }
            cancel.check();
            Path tree = temp.resolve("tree");
            try {
                Files.createDirectory(tree);
            } catch (IOException e) {
                throw new UpdateException("update.error.tempFile", tree.toString(), String.valueOf(e.getMessage()));
            }
            Unpacked u = unpacker.unpack(archive, described, tree, progress, cancel);
            root = u.root();
            commit = u.commit();
            shortCommit = u.shortCommit();
            date = u.date();
        }
        cancel.check();
        if (request.commit() != null) {
            if (commit != null && !commit.equals(request.commit())
                    || shortCommit != null && !request.commit().startsWith(shortCommit)) {
                throw new UpdateException("update.error.commitMismatch", described,
                        commit != null ? commit : shortCommit, request.commit());
            }
            commit = request.commit();
        }
        if (commit == null) {
            throw new UpdateException("update.error.noCommit", described);
        }
        if (request.date() != null) {
            date = request.date();
        }
        if (date == null) {
            throw new UpdateException("update.error.noDate", described);
        }
        CatalogInfo info = new CatalogInfo(UPSTREAM_REPOSITORY, commit, date, GENERATOR);
        ImportResult imported;
        try {
            imported = new CatalogImporter().importFrom(root, info,
                    (done, total) -> progress.report(UpdateProgress.Phase.IMPORT, done, total));
        } catch (CatalogException e) {
            throw new UpdateException("update.error.import", described, e.getMessage());
        }
        cancel.check();
        progress.report(UpdateProgress.Phase.CHECK, 0, 1);
        byte[] json = new CatalogJsonWriter().write(imported);
        Catalog fresh;
        Catalog before;
        try {
            fresh = loader.load(described, new ByteArrayInputStream(json));
            // what every command needs of a catalog: the workload profiles' and the image map's repositories
            loader.loadProfiles(fresh);
            ImageMap.loadBundled(fresh);
        } catch (CatalogException e) {
            throw new UpdateException("update.error.rejected", described, e.getMessage());
        }
        try {
            before = new CatalogSelector(loader, store.current()).select().catalog();
        } catch (CatalogException e) {
            throw new UpdateException("update.error.rejected", "bundled", e.getMessage());
        }
        try {
            Catalog bundled = loader.loadBundled();
            if (CatalogSelector.older(date, bundled.info().snapshotDate())) {
                throw new UpdateException("update.error.olderThanBundled", date.toString(),
                        String.valueOf(bundled.info().snapshotDate()));
            }
        } catch (CatalogException e) {
            throw new UpdateException("update.error.rejected", "bundled", e.getMessage());
        }
        cancel.check();
        progress.report(UpdateProgress.Phase.PUBLISH, 0, 1);
        try {
            store.publish(json, loader.compactCopy(fresh, json));
        } catch (IOException e) {
            throw new UpdateException("update.error.publish", store.current().toString(), String.valueOf(e.getMessage()));
        }
        return new Result(info, store.current(), described, CatalogDiff.between(before, fresh), before.info(),
                fresh.repositories().size(), fresh.definitionCount());
    }

    /**
     * Makes the previous catalog current again, after checking that the application loads it.
     *
     * @return what the rollback did
     */
    public UserCatalogStore.Rollback rollback() throws UpdateException {
        if (java.nio.file.Files.isRegularFile(store.previous())) {
            try {
                Catalog previous = loader.load(store.previous());
                loader.loadProfiles(previous);
                ImageMap.loadBundled(previous);
            } catch (CatalogException e) {
                throw new UpdateException("update.error.previousBroken", e.getMessage());
            }
        }
        try {
            UserCatalogStore.Rollback done = store.rollback();
            if (Files.isRegularFile(store.current())) {
                byte[] json = Files.readAllBytes(store.current());
                try {
                    store.writeCompact(loader.compactCopy(loader.load("rollback", new ByteArrayInputStream(json)), json));
                } catch (CatalogException e) {
                    // checked above; without a compact copy the catalog is read from its JSON
                }
            }
            return done;
        } catch (IOException e) {
            throw new UpdateException("update.error.publish", store.current().toString(), String.valueOf(e.getMessage()));
        }
    }

    /** The provenance line a prepared reference copy's README carries ("commit X, dated Y"), or null. */
    private static String[] readmeProvenance(Path root) {
        Path readme = root.resolve("README.md");
        try {
            if (Files.isRegularFile(readme) && Files.size(readme) < (1 << 20)) {
                Matcher m = README_PROVENANCE.matcher(Files.readString(readme).replaceAll("\\s+", " "));
                if (m.find()) {
                    return new String[]{m.group(1), m.group(2)};
                }
            }
        } catch (IOException | RuntimeException e) {
            // no provenance from the README
        }
        return null;
    }

    /** Removes the temporary folders of runs whose process no longer runs (killed during an update). */
    private void removeStaleTemporaryFolders() {
        Pattern ours = Pattern.compile(Pattern.quote(TEMP_PREFIX) + "(\\d+)-\\w+");
        try (var s = Files.newDirectoryStream(tempParent, TEMP_PREFIX + "*")) {
            for (Path p : s) {
                Matcher m = ours.matcher(p.getFileName().toString());
                if (m.matches() && Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && ProcessHandle.of(Long.parseLong(m.group(1))).map(h -> !h.isAlive()).orElse(true)) {
                    deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unlistable folder: the run reports what matters
        }
    }

    /** Deletes a temporary tree without following links. */
    static void deleteTree(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing an update for
        }
    }
}
