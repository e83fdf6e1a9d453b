package dev.dhipicker.discover;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A project folder as {@link ProjectFiles}: regular files inside it only (no link is followed),
 * at most 256 KiB read of each, folders skipped as the walk skips them.
 */
public final class DiskProjectFiles implements ProjectFiles {
    private static final int MAX_BYTES = 256 * 1024;
    private final Path root;
    private final int maxDepth;

    public DiskProjectFiles(Path root, WalkLimits limits) {
        this.root = root;
        this.maxDepth = limits.maxDepth();
    }

    @Override
    public String read(String path) {
        Path p = root.resolve(path).normalize();
        if (!p.startsWith(root.normalize()) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
            return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public List<String> find(Predicate<String> name, int limit) {
        List<String> out = new ArrayList<>();
        find(root, "", 0, name, limit, out);
        return out;
    }

    private void find(Path dir, String rel, int depth, Predicate<String> name, int limit, List<String> out) {
        Map<String, Path> entries = new TreeMap<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                entries.put(p.getFileName().toString(), p);
            }
        } catch (IOException e) {
            return;
        }
        for (var e : entries.entrySet()) {
            if (out.size() >= limit) {
                return;
            }
            String path = rel.isEmpty() ? e.getKey() : rel + "/" + e.getKey();
            Path p = e.getValue();
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                if (depth < maxDepth && !ProjectWalker.skippedFolder(e.getKey(), entries)) {
                    find(p, path, depth + 1, name, limit, out);
                }
            } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && name.test(e.getKey())) {
                out.add(path);
            }
        }
    }
}
