package dev.dhipicker.ui.model;

import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.InvalidAnswerException;
import dev.dhipicker.recommend.Recommender;

/**
 * Which Helm answers the catalog can serve for a workload, and why not: the upstream-chart answer
 * needs a {@code -compat} variant, the DHI-chart answer a chart Docker publishes. The model uses it
 * to refuse an option, the Helm page to show the reason.
 */
public final class HelmOptions {
    private final Recommender recommender;

    /** @param recommender the engine over the catalog in use */
    public HelmOptions(Recommender recommender) {
        this.recommender = recommender;
    }

    /**
     * Whether an option can be chosen for a workload.
     *
     * @param workload the chosen workload, or null (every option is open until one is chosen)
     * @param option   the Helm answer
     * @return enabled, or disabled with the message key and argument of the reason
     */
    public OptionState state(String workload, HelmUse option) {
        if (workload == null || option == HelmUse.NONE || option == HelmUse.OWN_CHART) {
            return OptionState.ENABLED;
        }
        try {
            if (option == HelmUse.UPSTREAM_CHART && !recommender.hasCompat(workload)) {
                return OptionState.disabled("helm.reason.noCompat", workload);
            }
            if (option == HelmUse.DHI_CHART && recommender.dhiChart(workload).isEmpty()) {
                return OptionState.disabled("helm.reason.noChart", workload);
            }
        } catch (InvalidAnswerException e) {
            return OptionState.disabled("helm.reason.noCompat", workload);
        }
        return OptionState.ENABLED;
    }
}
