package dev.dhipicker.catalog;

import java.util.List;

/**
 * A DHI Helm chart, pulled as {@code oci://dhi.io/<name>-chart}.
 *
 * @param name        chart folder name ({@code redis})
 * @param ociName     OCI repository name ({@code redis-chart})
 * @param displayName human name
 * @param description one-line description
 * @param versions    versions, newest first
 */
public record HelmChart(String name, String ociName, String displayName, String description,
                        List<ChartVersion> versions) {
    public HelmChart {
        versions = List.copyOf(versions);
    }

    /** The OCI reference to install from, {@code oci://dhi.io/<name>-chart}. */
    public String ociReference() {
        return "oci://dhi.io/" + ociName;
    }

    /** The newest version, or null when there is none. */
    public ChartVersion latest() {
        return versions.isEmpty() ? null : versions.get(0);
    }
}
