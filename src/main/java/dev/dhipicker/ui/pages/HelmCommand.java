package dev.dhipicker.ui.pages;

import dev.dhipicker.recommend.Recommendation.ChartChoice;

import java.util.Locale;

/**
 * The {@code helm install} command for a DHI chart, as its usage guides write it: a release name,
 * the OCI reference and {@code --version}. Each chart names its own value for the image pull
 * secret, so the command leaves it out and the hint says where to find it.
 */
final class HelmCommand {
    private HelmCommand() {
    }

    /** {@code helm install my-redis oci://dhi.io/redis-chart --version 23.0.7}. */
    static String install(ChartChoice chart) {
        return "helm install " + release(chart.reference()) + " " + chart.reference() + " --version " + chart.version();
    }

    /** The registry host the chart is pulled from ({@code dhi.io}), for {@code helm registry login}. */
    static String registry(ChartChoice chart) {
        String ref = chart.reference().replaceFirst("^oci://", "");
        int slash = ref.indexOf('/');
        return slash < 0 ? ref : ref.substring(0, slash);
    }

    /** A release name from the chart's name: {@code redis-chart} gives {@code my-redis}. */
    static String release(String reference) {
        String name = reference.substring(reference.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT)
                .replaceFirst("-chart$", "").replaceAll("[^a-z0-9-]", "-");
        String release = "my-" + name;
        // Helm release names are DNS labels of at most 53 characters.
        return release.length() > 53 ? release.substring(0, 53).replaceFirst("-+$", "") : release;
    }
}
