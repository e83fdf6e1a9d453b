package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.ui.model.Step;
import dev.dhipicker.ui.model.WizardModel;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The step list on the left: the current page highlighted, pages already reached clickable
 * (a later page only while the current page lets Next go on), pages not reached yet disabled.
 */
final class StepList {
    private static final String[] KEYS = {"ui.step.workload", "ui.step.libc", "ui.step.size", "ui.step.compliance",
            "ui.step.helm", "ui.step.results"};

    private final WizardModel model;
    private final Map<Step, Button> buttons = new EnumMap<>(Step.class);
    private final VBox box = new VBox();

    StepList(WizardModel model, Messages messages) {
        this.model = model;
        box.setId("step-list");
        box.getStyleClass().add("dp-steps");
        box.setPadding(new Insets(16));
        for (Step s : Step.values()) {
            Button b = new Button((s.ordinal() + 1) + "  " + messages.get(KEYS[s.ordinal()]));
            b.setId("step-" + s.name().toLowerCase(Locale.ROOT));
            b.getStyleClass().add("dp-step");
            b.setMnemonicParsing(false);
            b.setFocusTraversable(false); // Tab stays on the page; Back and Next are the keyboard's way
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> model.goTo(s));
            buttons.put(s, b);
            box.getChildren().add(b);
        }
    }

    VBox node() {
        return box;
    }

    /** Marks the current page and enables the pages that can be reached now. */
    void update(ObservableBooleanValue pageReady) {
        Step current = model.stepProperty().get();
        for (Map.Entry<Step, Button> e : buttons.entrySet()) {
            Step s = e.getKey();
            Button b = e.getValue();
            b.getStyleClass().removeAll("dp-step-current", "dp-step-done");
            if (s == current) {
                b.getStyleClass().add("dp-step-current");
            } else if (s.ordinal() < current.ordinal()) {
                b.getStyleClass().add("dp-step-done");
            }
            boolean forward = s.ordinal() > current.ordinal();
            b.setDisable(s != current && (!model.canGoTo(s) || (forward && !pageReady.get())));
        }
    }
}
