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

    public LibcPage(PageContext c) {
        WizardModel m = c.model();
        choices = new Choices<>(m.libcProperty(), m::chooseLibc);
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
        m.workloadProperty().addListener((o, was, now) -> fill.run());
        m.engineProperty().addListener((o, was, now) -> fill.run());
        fill.run();
        root = Pages.page("page-libc", c.t("ui.libc.title"), null, choices.node(), pitfalls);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return choices.button(LibcNeed.GLIBC);
    }
}
