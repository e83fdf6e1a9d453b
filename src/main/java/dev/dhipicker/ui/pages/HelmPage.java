package dev.dhipicker.ui.pages;

import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.ui.model.HelmDrop;
import dev.dhipicker.ui.model.HelmOptions;
import dev.dhipicker.ui.model.OptionState;
import dev.dhipicker.ui.model.WizardModel;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Page 5: Helm deployment; options the catalog cannot serve are disabled with the reason. */
public final class HelmPage implements Page {
    private final VBox root;
    private final Choices<HelmUse> choices;
    private final Subscriptions subscriptions = new Subscriptions();

    public HelmPage(PageContext c) {
        WizardModel m = c.model();
        choices = new Choices<>(m.helmProperty(), m::chooseHelm, subscriptions);
        for (HelmUse h : HelmUse.values()) {
            choices.add(h, "helm-" + h.id(), c.t(labelKey(h)), c.t(hintKey(h)), null);
        }
        Runnable refresh = () -> {
            HelmOptions options = m.helmOptions();
            for (HelmUse h : HelmUse.values()) {
                OptionState st = options.state(m.workloadProperty().get(), h);
                String hint = st.enabled() ? c.t(hintKey(h)) : c.t(st.reasonKey(), st.argument());
                choices.setEnabled(h, st.enabled(), hint);
            }
        };
        subscriptions.onChange(refresh, m.workloadProperty(), m.engineProperty());
        refresh.run();
        root = Pages.page("page-helm", c.t("ui.helm.title"), null, dropNotice(c, subscriptions), choices.node());
    }

    /** Message key of an option's label (literal keys, so that the unused-key check sees them). */
    static String labelKey(HelmUse h) {
        return switch (h) {
            case NONE -> "ui.helm.none";
            case OWN_CHART -> "ui.helm.ownChart";
            case UPSTREAM_CHART -> "ui.helm.upstreamChart";
            case DHI_CHART -> "ui.helm.dhiChart";
        };
    }

    private static String hintKey(HelmUse h) {
        return switch (h) {
            case NONE -> "ui.helm.none.hint";
            case OWN_CHART -> "ui.helm.ownChart.hint";
            case UPSTREAM_CHART -> "ui.helm.upstreamChart.hint";
            case DHI_CHART -> "ui.helm.dhiChart.hint";
        };
    }

    /**
     * A notice, shown while it applies, that the last workload change dropped the Helm answer
     * (the new workload cannot serve it) and why.
     */
    static Label dropNotice(PageContext c, Subscriptions subscriptions) {
        WizardModel m = c.model();
        Label notice = Pages.label("", "dp-warning");
        notice.setId("helm-dropped");
        subscriptions.bind(notice.textProperty(), Bindings.createStringBinding(() -> {
            HelmDrop d = m.helmDropProperty().get();
            return d == null ? "" : c.t("ui.helm.dropped", Pages.plain(c.t(labelKey(d.dropped()))),
                    c.t(d.reason().reasonKey(), d.reason().argument()));
        }, m.helmDropProperty()));
        subscriptions.bind(notice.visibleProperty(), m.helmDropProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return choices.focusTarget();
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
    }
}
