package dev.dhipicker.catalog.update;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/** Where an update reads the upstream catalog from. */
public sealed interface UpdateSource {

    /** The upstream repository's archive: of a commit, or of the default branch's newest commit (commit null). */
    record Upstream(String commit) implements UpdateSource {
    }

    /** An archive ({@code .tar.gz} or {@code .zip}) at an http(s) address. */
    record Address(URI uri) implements UpdateSource {
    }

    /** An archive file on this machine. */
    record ArchiveFile(Path file) implements UpdateSource {
    }

    /** A checkout (local clone) of the upstream repository. */
    record Checkout(Path folder) implements UpdateSource {
    }

    /**
     * The source a {@code --from} value names: an http(s) address, a folder or a file; null means
     * the upstream repository.
     *
     * @throws UpdateException when the value is none of these
     */
    static UpdateSource parse(String from, String commit) throws UpdateException {
        if (from == null || from.isBlank()) {
            return new Upstream(commit);
        }
        String lower = from.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                URI u = new URI(from);
                if (u.getHost() == null) {
                    throw new UpdateException("update.error.badUrl", from);
                }
                return new Address(u);
            } catch (URISyntaxException e) {
                throw new UpdateException("update.error.badUrl", from);
            }
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new UpdateException("update.error.badUrl", from);
        }
        Path p;
        try {
            p = Path.of(from);
        } catch (InvalidPathException e) {
            throw new UpdateException("update.error.noSuchSource", from);
        }
        if (Files.isDirectory(p)) {
            return new Checkout(p);
        }
        if (Files.isRegularFile(p)) {
            return new ArchiveFile(p);
        }
        throw new UpdateException("update.error.noSuchSource", from);
    }
}
