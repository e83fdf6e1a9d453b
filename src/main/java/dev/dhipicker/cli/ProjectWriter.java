package dev.dhipicker.cli;

import dev.dhipicker.discover.DiscoveryReport;
import dev.dhipicker.discover.FileReport;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.UnifiedDiff;
import dev.dhipicker.util.AtomicFiles;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code discover --write}: writes each file the report would change, atomically, after checking
 * that every one of them is still inside the project and still as it was read (none is written
 * when one is not); prints the unified diff of each
 * on standard output and one line per written file on standard error.
 */
final class ProjectWriter {
    private final Path dir;
    private final Messages m;
    private final PrintWriter out;
    private final PrintWriter err;

    ProjectWriter(Path dir, Messages m, PrintWriter out, PrintWriter err) {
        this.dir = dir;
        this.m = m;
        this.out = out;
        this.err = err;
    }

    void write(DiscoveryReport report) {
        if (report.changes().isEmpty()) {
            err.println(m.get("discover.cli.nothing"));
            err.flush();
            return;
        }
        Path root;
        try {
            root = dir.toRealPath();
        } catch (IOException e) {
            throw new UserException(m.get("discover.cli.readFailed", dir.toString(), Cli.oneLine(e.getMessage())));
        }
        // every file is checked before any is written, so that a file changed meanwhile stops the run
        java.util.Map<FileReport, Path> targets = new java.util.LinkedHashMap<>();
        for (FileReport f : report.changes()) {
            Path target = target(root, f.path());
            try {
                if (!unchanged(target, f.original())) {
                    throw new UserException(m.get("discover.cli.writeFailed", f.path(), m.get("discover.cli.changed")));
                }
            } catch (IOException e) {
                throw new UserException(m.get("discover.cli.writeFailed", f.path(), Cli.oneLine(e.getMessage())));
            }
            targets.put(f, target);
        }
        for (var e : targets.entrySet()) {
            FileReport f = e.getKey();
            out.print(UnifiedDiff.diff(f.path(), f.path(), f.original(), f.migrated()));
            out.flush();
            try {
                AtomicFiles.write(e.getValue(), f.migrated().getBytes(StandardCharsets.UTF_8), true);
            } catch (IOException x) {
                throw new UserException(m.get("discover.cli.writeFailed", f.path(), Cli.oneLine(x.getMessage())));
            }
            err.println(m.get("migrate.cli.wrote", f.path()));
            err.flush();
        }
    }

    /** The real file behind a report path: inside the project and unchanged since it was read. */
    private Path target(Path root, String path) {
        try {
            Path real = root.resolve(path).toRealPath();
            if (!real.startsWith(root)) {
                throw new UserException(m.get("discover.cli.writeFailed", path, m.get("discover.cli.outside")));
            }
            return real;
        } catch (IOException e) {
            throw new UserException(m.get("discover.cli.writeFailed", path, Cli.oneLine(e.getMessage())));
        }
    }

    /** Whether the file still holds what was read (checked just before it is replaced). */
    static boolean unchanged(Path file, String original) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).equals(original);
    }
}
