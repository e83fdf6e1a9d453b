package dev.dhipicker.ui.pages;

import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.ui.model.OptionState;
import dev.dhipicker.ui.model.WizardModel;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

import java.util.Map;

/** Page 5: Helm deployment; options the catalog cannot serve are disabled with the reason. */
public final class HelmPage implements Page {
    private final VBox root;
    private final Choices<HelmUse> choices;

    public HelmPage(PageContext c) {
        WizardModel m = c.model();
        choices = new Choices<>(m.helmProperty(), m::chooseHelm);
        Map<HelmUse, String[]> specs = Map.of(
                HelmUse.NONE, new String[]{"helm-none", "ui.helm.none", "ui.helm.none.hint"},
                HelmUse.OWN_CHART, new String[]{"helm-own-chart", "ui.helm.ownChart", "ui.helm.ownChart.hint"},
                HelmUse.UPSTREAM_CHART, new String[]{"helm-upstream-chart", "ui.helm.upstreamChart", "ui.helm.upstreamChart.hint"},
                HelmUse.DHI_CHART, new String[]{"helm-dhi-chart", "ui.helm.dhiChart", "ui.helm.dhiChart.hint"});
        for (HelmUse h : HelmUse.values()) {
            String[] s = specs.get(h);
            choices.add(h, s[0], c.t(s[1]), c.t(s[2]), null);
        }
        Runnable refresh = () -> {
            for (HelmUse h : HelmUse.values()) {
                OptionState st = m.helmState(h);
                String hint = st.enabled() ? c.t(specs.get(h)[2]) : c.t(st.reasonKey(), st.argument());
                choices.setEnabled(h, st.enabled(), hint);
            }
        };
        m.workloadProperty().addListener((o, was, now) -> refresh.run());
        m.engineProperty().addListener((o, was, now) -> refresh.run());
        refresh.run();
        root = Pages.page("page-helm", c.t("ui.helm.title"), null, choices.node());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return choices.button(HelmUse.NONE);
    }
}
