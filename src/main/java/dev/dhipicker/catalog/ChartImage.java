package dev.dhipicker.catalog;

/**
 * An image that a DHI Helm chart pins.
 *
 * @param name      the chart's name for the image ({@code redis}, {@code kubectl})
 * @param reference the full reference with digest ({@code dhi.io/redis:8.10.1-debian13-compat@sha256:...})
 */
public record ChartImage(String name, String reference) {
}
