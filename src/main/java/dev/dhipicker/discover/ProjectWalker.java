package dev.dhipicker.discover;

import dev.dhipicker.migrate.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Walks a project tree in a stable order (names sorted) and keeps the files discover reads.
 * Skipped: folders of other people's code and caches ({@code .git}, {@code node_modules},
 * {@code vendor} ...), build outputs beside the build file that makes them ({@code target} beside
 * a {@code pom.xml}, {@code build} beside a Gradle build ...), what a {@code .gitignore} excludes,
 * and what a {@code .dockerignore} excludes except the files discover reads (Docker reads a
 * Dockerfile whatever the {@code .dockerignore} says, and deployment and CI files are the
 * project's even when kept out of an image); a folder a {@code .dockerignore} excludes is not
 * entered, except {@code .github} and {@code .gitlab}. Symbolic links to folders are not followed; a link
 * to a file is read only when the file is inside the tree. The limits stop the walk with a notice.
 */
public final class ProjectWalker {
    private static final Set<String> ALWAYS_SKIPPED = Set.of(".git", ".hg", ".svn", "node_modules", "vendor",
            "bower_components", ".venv", "venv", "__pycache__", ".tox", ".mypy_cache", ".pytest_cache", ".gradle",
            ".terraform", ".idea", ".vscode", ".next", ".nuxt", ".cache", ".yarn");

    /**
     * What a walk found.
     *
     * @param files   the files discover reads, in walk order
     * @param notices limits reached and links left out
     * @param seen    how many files were looked at
     */
    public record Result(List<ProjectFile> files, List<Notice> notices, int seen) {
    }

    private final WalkLimits limits;

    public ProjectWalker(WalkLimits limits) {
        this.limits = limits;
    }

    /**
     * Walks a folder.
     *
     * @throws IOException when the root itself cannot be read
     */
    public Result walk(Path root) throws IOException {
        Path real = root.toRealPath();
        if (!Files.isDirectory(real)) {
            throw new java.nio.file.NotDirectoryException(root.toString());
        }
        Walk w = new Walk(real);
        w.folder(real, "", 0, List.of(), List.of());
        return new Result(w.files, w.notices, w.seen);
    }

    private final class Walk {
        final Path root;
        final List<ProjectFile> files = new ArrayList<>();
        final List<Notice> notices = new ArrayList<>();
        int seen;
        boolean stopped;

        Walk(Path root) {
            this.root = root;
        }

        void folder(Path dir, String rel, int depth, List<IgnoreRules> git, List<IgnoreRules> docker) throws IOException {
            TreeMap<String, Path> entries = new TreeMap<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                for (Path p : s) {
                    entries.put(p.getFileName().toString(), p);
                }
            } catch (IOException e) {
                if (depth == 0) {
                    throw e;
                }
                notices.add(new Notice(rel, 0, 0, Severity.WARNING, "file-unreadable", List.of(oneLine(e))));
                return;
            }
            List<IgnoreRules> g = with(git, rel, entries.get(".gitignore"), false);
            List<IgnoreRules> d = with(docker, rel, entries.get(".dockerignore"), true);
            for (var e : entries.entrySet()) {
                if (stopped) {
                    return;
                }
                String name = e.getKey();
                String path = rel.isEmpty() ? name : rel + "/" + name;
                Path p = e.getValue();
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException ex) {
                    continue;
                }
                if (a.isDirectory()) {
                    if (skippedFolder(name, entries) || excluded(path, true, g, d)) {
                        continue;
                    }
                    if (depth + 1 > limits.maxDepth()) {
                        notices.add(new Notice(path, 0, 0, Severity.WARNING, "depth-limit",
                                List.of(String.valueOf(limits.maxDepth()))));
                        continue;
                    }
                    folder(p, path, depth + 1, g, d);
                } else if (a.isRegularFile() || a.isSymbolicLink()) {
                    file(p, path, a, g, d);
                }
            }
        }

        void file(Path p, String path, BasicFileAttributes a, List<IgnoreRules> g, List<IgnoreRules> d) throws IOException {
            if (++seen > limits.maxFiles()) {
                notices.add(new Notice(".", 0, 0, Severity.WARNING, "file-limit", List.of(String.valueOf(limits.maxFiles()))));
                stopped = true;
                return;
            }
            FileKind kind = FileKind.of(path);
            if (kind == null || excluded(path, false, g, d)) {
                return;
            }
            long size = a.size();
            if (a.isSymbolicLink()) {
                Path target;
                try {
                    target = p.toRealPath();
                } catch (IOException e) {
                    return; // a dangling link names no file
                }
                if (!target.startsWith(root)) {
                    notices.add(new Notice(path, 0, 0, Severity.INFO, "link-outside", List.of()));
                    return;
                }
                if (!Files.isRegularFile(target)) {
                    return;
                }
                size = Files.size(target);
            }
            files.add(new ProjectFile(path, p, kind, size));
        }

        private boolean excluded(String path, boolean dir, List<IgnoreRules> git, List<IgnoreRules> docker) {
            if (verdict(git, path, dir)) {
                return true;
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (dir ? name.equals(".github") || name.equals(".gitlab") : FileKind.of(path) != null) {
                return false;
            }
            return verdict(docker, path, dir);
        }

        private List<IgnoreRules> with(List<IgnoreRules> rules, String rel, Path file, boolean anchored) {
            if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return rules;
            }
            try {
                if (Files.size(file) > limits.maxFileBytes()) {
                    return rules;
                }
                IgnoreRules r = IgnoreRules.parse(rel, new String(Files.readAllBytes(file), StandardCharsets.UTF_8),
                        anchored);
                if (r.isEmpty()) {
                    return rules;
                }
                List<IgnoreRules> out = new ArrayList<>(rules);
                out.add(r);
                return out;
            } catch (IOException e) {
                return rules;
            }
        }
    }

    private static boolean verdict(List<IgnoreRules> rules, String path, boolean dir) {
        Boolean out = null;
        for (IgnoreRules r : rules) {
            Boolean v = r.excludes(path, dir);
            if (v != null) {
                out = v;
            }
        }
        return Boolean.TRUE.equals(out);
    }

    /** Folders never read, and build outputs beside the build file that writes them. */
    static boolean skippedFolder(String name, java.util.Map<String, Path> siblings) {
        if (ALWAYS_SKIPPED.contains(name)) {
            return true;
        }
        return switch (name) {
            case "target" -> siblings.containsKey("pom.xml") || siblings.containsKey("Cargo.toml")
                    || siblings.containsKey("build.sbt");
            case "build" -> siblings.containsKey("build.gradle") || siblings.containsKey("build.gradle.kts")
                    || siblings.containsKey("settings.gradle") || siblings.containsKey("settings.gradle.kts")
                    || siblings.containsKey("CMakeLists.txt");
            case "dist", "out", ".output" -> siblings.containsKey("package.json") || siblings.containsKey("setup.py")
                    || siblings.containsKey("pyproject.toml");
            case "bin", "obj" -> siblings.keySet().stream().anyMatch(n -> n.endsWith(".csproj") || n.endsWith(".fsproj"));
            default -> false;
        };
    }

    static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
