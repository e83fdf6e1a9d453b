package dev.dhipicker.catalog;

import java.time.LocalDate;

/**
 * Where a catalog file came from.
 *
 * @param source         upstream repository URL
 * @param upstreamCommit upstream commit the snapshot was taken at
 * @param snapshotDate   date of that commit
 * @param generator      the program (and version) that generated the file
 */
public record CatalogInfo(String source, String upstreamCommit, LocalDate snapshotDate, String generator) {
}
