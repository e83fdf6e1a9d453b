package dev.dhipicker.ui.pages;

import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A group of radio choices bound to one answer: each choice has an id, a label with a
 * mnemonic, a one-line hint and optionally a badge; selecting one calls the model's command.
 */
final class Choices<T> {
    private final ToggleGroup group = new ToggleGroup();
    private final Map<T, RadioButton> buttons = new LinkedHashMap<>();
    private final Map<T, Label> hints = new LinkedHashMap<>();
    private final VBox box = new VBox();
    private boolean updating;

    Choices(ObservableValue<T> answer, Consumer<T> command, Subscriptions subscriptions) {
        box.getStyleClass().add("dp-choices");
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (!updating && now != null) {
                @SuppressWarnings("unchecked")
                T value = (T) now.getUserData();
                command.accept(value);
            }
        });
        subscriptions.listen(answer, (o, was, now) -> select(now));
        box.sceneProperty().addListener((o, was, now) -> select(answer.getValue()));
    }

    /** Adds a choice. */
    RadioButton add(T value, String id, String text, String hint, String badge) {
        RadioButton b = new RadioButton(text);
        b.setMnemonicParsing(true);
        b.setId(id);
        b.setUserData(value);
        b.setToggleGroup(group);
        b.getStyleClass().add("dp-choice");
        // A mnemonic sends an ActionEvent without selecting; make it choose, like a click.
        b.addEventHandler(ActionEvent.ACTION, e -> choose(b));
        Label h = new Label(hint);
        h.getStyleClass().add("dp-hint");
        h.setWrapText(true);
        h.setId(id + "-hint");
        b.setAccessibleHelp(hint);
        HBox line = new HBox(b);
        line.getStyleClass().add("dp-choice-line");
        if (badge != null) {
            Label l = new Label(badge);
            l.getStyleClass().add("dp-badge");
            l.setId(id + "-badge");
            line.getChildren().add(l);
        }
        VBox item = new VBox(line, h);
        item.getStyleClass().add("dp-choice-item");
        // the description belongs to the choice: clicking it chooses too
        item.setOnMouseClicked(e -> choose(b));
        box.getChildren().add(item);
        buttons.put(value, b);
        hints.put(value, h);
        return b;
    }

    private static void choose(RadioButton b) {
        if (b.isDisabled()) {
            return;
        }
        if (!b.isSelected()) {
            b.setSelected(true);
        }
        b.requestFocus();
    }

    void select(T value) {
        updating = true;
        try {
            RadioButton b = buttons.get(value);
            group.selectToggle(b);
        } finally {
            updating = false;
        }
    }

    /** Enables or disables a choice, showing the reason in place of its hint. */
    void setEnabled(T value, boolean enabled, String hint) {
        RadioButton b = buttons.get(value);
        b.setDisable(!enabled);
        hints.get(value).setText(hint);
        b.setAccessibleHelp(hint);
        hints.get(value).getStyleClass().remove("dp-reason");
        if (!enabled) {
            hints.get(value).getStyleClass().add("dp-reason");
        }
    }

    /** The chosen option's button (the first enabled one when none is chosen), for the initial focus. */
    RadioButton focusTarget() {
        if (group.getSelectedToggle() instanceof RadioButton b && !b.isDisabled()) {
            return b;
        }
        return buttons.values().stream().filter(b -> !b.isDisabled()).findFirst().orElse(null);
    }

    RadioButton button(T value) {
        return buttons.get(value);
    }

    VBox node() {
        return box;
    }
}
