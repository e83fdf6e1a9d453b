package dev.dhipicker.ui.pages;

import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.Message;
import dev.dhipicker.ui.model.WizardModel;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Page 2: glibc, musl or not sure, with the workload's musl pitfalls beside the choice. */
public final class LibcPage implements Page {
    private final VBox root;
    private final Choices<LibcNeed> choices;
    private final Subscriptions subscriptions = new Subscriptions();

    public LibcPage(PageContext c) {
        WizardModel m = c.model();
        choices = new Choices<>(m.libcProperty(), m::chooseLibc, subscriptions);
        choices.add(LibcNeed.GLIBC, "libc-glibc", c.t("ui.libc.glibc"), c.t("ui.libc.glibc.hint"), null);
        choices.add(LibcNeed.MUSL, "libc-musl", c.t("ui.libc.musl"), c.t("ui.libc.musl.hint"), null);
        choices.add(LibcNeed.ANY, "libc-any", c.t("ui.libc.any"), c.t("ui.libc.any.hint"), null);
        VBox pitfalls = new VBox();
        pitfalls.setId("musl-pitfalls");
        pitfalls.getStyleClass().add("dp-aside");
        Runnable fill = () -> {
            pitfalls.getChildren().clear();
            String w = m.workloadProperty().get();
            var profile = m.profile();
            // an application image is run as it is: no language words (wheels, gems) in its hints
            boolean application = w != null && profile.isEmpty();
            choices.setEnabled(LibcNeed.GLIBC, true,
                    c.t(application ? "ui.libc.glibc.hint.application" : "ui.libc.glibc.hint"));
            choices.setEnabled(LibcNeed.MUSL, true,
                    c.t(application ? "ui.libc.musl.hint.application" : "ui.libc.musl.hint"));
            if (profile.isPresent() && !profile.get().muslPitfalls().isEmpty()) {
                pitfalls.getChildren().add(Pages.label(c.t("ui.libc.pitfalls", profile.get().displayName(c.messages().textLanguage())), "dp-section-title"));
                for (String key : profile.get().muslPitfalls()) {
                    Label l = Pages.label(c.render(Message.of(key)), "dp-text");
                    pitfalls.getChildren().add(l);
                }
            } else if (w != null) {
                pitfalls.getChildren().add(Pages.label(c.t("ui.libc.noPitfalls", w), "dp-text"));
            }
        };
        subscriptions.onChange(fill, m.workloadProperty(), m.engineProperty());
        fill.run();
        root = Pages.page("page-libc", c.t("ui.libc.title"), null, choices.node(), pitfalls);
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
