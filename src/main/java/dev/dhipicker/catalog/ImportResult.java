package dev.dhipicker.catalog;

import java.util.List;

/**
 * What the importer read.
 *
 * @param info         provenance of the snapshot
 * @param repositories repositories, sorted by name
 * @param definitions  image definitions, sorted by repository and file
 * @param charts       Helm charts, sorted by name
 * @param filesRead    YAML files looked at
 * @param skipped      files left out, each with the reason
 * @param disagreements definitions whose sources (flavor field, tags, contents) say different things, one line each
 */
public record ImportResult(CatalogInfo info, List<Repository> repositories, List<ImageDefinition> definitions,
                           List<HelmChart> charts, int filesRead, List<Skipped> skipped, List<String> disagreements) {

    /** A file the importer left out and why. */
    public record Skipped(String file, String reason) {
    }

    public ImportResult {
        repositories = List.copyOf(repositories);
        definitions = List.copyOf(definitions);
        charts = List.copyOf(charts);
        skipped = List.copyOf(skipped);
        disagreements = List.copyOf(disagreements);
    }
}
