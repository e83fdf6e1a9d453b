package dev.dhipicker.discover;

import dev.dhipicker.migrate.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the compose files that compose files name in {@code include:} and {@code extends: {file:}}
 * as compose files, whatever their names, following them from file to file: only regular files
 * inside the project are read (a path that leaves it, a remote one, or a missing file gets a
 * {@code compose-file-missing} notice on the file that names it), each file once.
 */
final class ComposeLinks {
    private final Path root;
    private final FileScanner scanner;
    private final Map<String, FileKind> walked;
    private final WalkLimits limits;

    /**
     * @param root    the project folder (real path)
     * @param scanner reads a file
     * @param walked  the kind the walk gave each file it found
     * @param limits  the walk's bounds (the number of files)
     */
    ComposeLinks(Path root, FileScanner scanner, Map<String, FileKind> walked, WalkLimits limits) {
        this.root = root;
        this.scanner = scanner;
        this.walked = walked;
        this.limits = limits;
    }

    /**
     * Reads every compose file the scanned files name, and what those name in turn; each is put in
     * {@code byPath} (replacing what the walk made of it), and the notices are added to the files
     * that name a file that cannot be read.
     */
    void follow(List<FileScanner.Scanned> scanned, Map<String, FileReport> byPath) {
        Deque<Pending> pending = new ArrayDeque<>();
        for (FileScanner.Scanned s : scanned) {
            s.composeFiles().forEach(l -> pending.add(new Pending(s.path(), l)));
        }
        Map<String, List<Notice>> notices = new HashMap<>();
        int read = 0;
        while (!pending.isEmpty() && read < limits.maxFiles()) {
            Pending p = pending.removeFirst();
            String path = p.link().path();
            if (path != null && walked.containsKey(path) && walked.get(path) != FileKind.KUBERNETES) {
                continue; // already a compose file, or a file of another kind that the walk read as such
            }
            Path file = path == null ? null : readable(path);
            if (file == null) {
                notices.computeIfAbsent(p.from(), k -> new ArrayList<>()).add(new Notice(p.from(), p.link().line(),
                        p.link().column(), Severity.WARNING, "compose-file-missing", List.of(p.link().written())));
                continue;
            }
            walked.put(path, FileKind.COMPOSE);
            read++;
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                size = Long.MAX_VALUE; // reported as too large to read
            }
            FileScanner.Scanned s = scanner.scanLinked(new ProjectFile(path, file, FileKind.COMPOSE, size));
            byPath.put(path, s.report());
            s.composeFiles().forEach(l -> pending.add(new Pending(path, l)));
        }
        notices.forEach((from, extra) -> {
            FileReport r = byPath.get(from);
            if (r == null) {
                r = new FileReport(from, FileKind.COMPOSE, List.of(), List.of(), List.of(), null, null);
            }
            List<Notice> all = new ArrayList<>(r.notices());
            all.addAll(extra);
            byPath.put(from, new FileReport(r.path(), r.kind(), r.references(), r.findings(), all, r.original(),
                    r.migrated(), r.stages()));
        });
    }

    /** The file, when it is a regular file inside the project (links resolved); else null. */
    private Path readable(String path) {
        Path p = root.resolve(path).normalize();
        try {
            if (!p.startsWith(root) || !Files.isRegularFile(p) || !p.toRealPath().startsWith(root)) {
                return null;
            }
            return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? p : p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private record Pending(String from, ComposeReader.Link link) {
    }
}
