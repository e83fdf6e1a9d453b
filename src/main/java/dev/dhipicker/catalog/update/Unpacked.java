package dev.dhipicker.catalog.update;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * An archive unpacked into a temporary folder.
 *
 * @param root         the folder holding {@code image/} (the archive's top folder when it has one)
 * @param commit       the full commit id the archive says it is (a tarball's pax comment, a zip's comment), or null
 * @param shortCommit  the abbreviated commit of a top folder named {@code <owner>-<repo>-<sha>}, or null
 * @param date         the newest modification date of its files (GitHub gives them the commit's date), or null
 * @param entries      entries read
 * @param filesWritten files unpacked (the catalog's YAML files; the rest is read and checked, not written)
 * @param linksSkipped links inside the tree, which are never created
 */
public record Unpacked(Path root, String commit, String shortCommit, LocalDate date, int entries, int filesWritten,
                       int linksSkipped) {
}
