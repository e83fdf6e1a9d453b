package dev.dhipicker.discover;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bundled, sourced list of packages that need the GNU C library: one package a row, with why,
 * the version and date it was checked and the public sources that say so. The lists are
 * {@code glibc-python-packages.tsv} and {@code glibc-node-packages.tsv} beside this class; their
 * header comments say how the rows were checked.
 */
final class GlibcPackages {
    /** The resource of the Python list. */
    static final String PYTHON = "glibc-python-packages.tsv";
    /** The resource of the Node.js list. */
    static final String NODE = "glibc-node-packages.tsv";
    private static final Set<String> WHY = Set.of("manylinux-only", "manylinux-only-no-sdist", "glibc-library",
            "glibc-browser");

    /**
     * One row.
     *
     * @param name     the package name as matched (normalised for Python)
     * @param why      kebab-case reason id; its text is the message {@code discover.glibc.<why>}
     * @param version  the release or range the sources speak of
     * @param checked  the date the row was checked
     * @param sources  the public sources (https URLs)
     * @param evidence what the sources show, in a few words
     */
    record Entry(String name, String why, String version, LocalDate checked, List<String> sources, String evidence) {
        Entry {
            sources = List.copyOf(sources);
        }
    }

    private final Map<String, Entry> entries;

    private GlibcPackages(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The row of a package, or null. */
    Entry get(String name) {
        return entries.get(name);
    }

    /** Every row, in file order. */
    List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** Reads one of the bundled lists ({@link #PYTHON} or {@link #NODE}). */
    static GlibcPackages bundled(String resource) {
        try (InputStream in = GlibcPackages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": the bundled list is missing");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses a list.
     *
     * @param file the file's name, for errors
     * @throws IllegalArgumentException naming the file, the line and what is wrong with it
     */
    static GlibcPackages parse(String file, String text) {
        Map<String, Entry> out = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] cells = line.split("\t", -1);
            if (cells.length != 6) {
                throw new IllegalArgumentException(where + "expected 6 tab-separated columns (package, why, version,"
                        + " checked, sources, evidence), found " + cells.length);
            }
            for (int c = 0; c < cells.length; c++) {
                if (cells[c].isBlank() || !cells[c].equals(cells[c].strip())) {
                    throw new IllegalArgumentException(where + "column " + (c + 1) + " is empty or has blanks around it");
                }
            }
            if (!WHY.contains(cells[1])) {
                throw new IllegalArgumentException(where + "unknown reason '" + cells[1] + "' (expected one of "
                        + new java.util.TreeSet<>(WHY) + ")");
            }
            LocalDate checked;
            try {
                checked = LocalDate.parse(cells[3]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + "checked date '" + cells[3] + "' is not YYYY-MM-DD");
            }
            List<String> sources = List.of(cells[4].split(" "));
            for (String s : sources) {
                if (!s.startsWith("https://") || s.length() <= "https://".length()) {
                    throw new IllegalArgumentException(where + "source '" + s + "' is not an https URL");
                }
            }
            if (out.containsKey(cells[0])) {
                throw new IllegalArgumentException(where + "package '" + cells[0] + "' is listed twice");
            }
            out.put(cells[0], new Entry(cells[0], cells[1], cells[2], checked, sources, cells[5]));
        }
        return new GlibcPackages(out);
    }
}
