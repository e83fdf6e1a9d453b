package dev.dhipicker.ui.pages;

import dev.dhipicker.recommend.SizePriority;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** Page 3: image size priority, each option with its consequence. */
public final class SizePage implements Page {
    private final VBox root;
    private final Choices<SizePriority> choices;
    private final Subscriptions subscriptions = new Subscriptions();

    public SizePage(PageContext c) {
        choices = new Choices<>(c.model().sizeProperty(), c.model()::chooseSize, subscriptions);
        choices.add(SizePriority.SMALLEST, "size-smallest", c.t("ui.size.smallest"), c.t("ui.size.smallest.hint"), null);
        choices.add(SizePriority.BALANCED, "size-balanced", c.t("ui.size.balanced"), c.t("ui.size.balanced.hint"), null);
        choices.add(SizePriority.COMPATIBLE, "size-compatible", c.t("ui.size.compatible"), c.t("ui.size.compatible.hint"), null);
        root = Pages.page("page-size", c.t("ui.size.title"), null, choices.node());
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
