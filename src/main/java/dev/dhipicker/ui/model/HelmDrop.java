package dev.dhipicker.ui.model;

import dev.dhipicker.recommend.HelmUse;

/**
 * A Helm answer the wizard had to drop because the newly chosen workload cannot serve it; the
 * pages say so instead of changing the answer silently.
 *
 * @param dropped  the Helm answer that was given
 * @param workload the workload that cannot serve it
 * @param reason   why not (message key and argument)
 */
public record HelmDrop(HelmUse dropped, String workload, OptionState reason) {
}
