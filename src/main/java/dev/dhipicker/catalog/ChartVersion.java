package dev.dhipicker.catalog;

import java.util.List;

/**
 * One version of a DHI Helm chart and the images it pins.
 *
 * @param version chart version ({@code 23.0.7})
 * @param file    source file relative to the chart folder
 * @param images  pinned images, in chart order
 */
public record ChartVersion(String version, String file, List<ChartImage> images) {
    public ChartVersion {
        images = List.copyOf(images);
    }
}
