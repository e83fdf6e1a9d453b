package dev.dhipicker.ui.pages;

import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A copyable reference or command on the results page: the text wraps (a digest-pinned
 * reference stays readable at 800 px), a Copy button that never shrinks, a short "Copied"
 * right beside the button that goes away by itself, and a facts line below. The text takes
 * the focus and copies with the usual shortcut too.
 */
final class CopyRow {
    /** How long the "Copied" notice stays beside the button. */
    static final Duration FEEDBACK = Duration.seconds(2);

    private final PageContext c;

    CopyRow(PageContext c) {
        this.c = c;
    }

    /**
     * Adds a row to {@code refs}.
     *
     * @param id      prefix of the ids: {@code <id>-reference}, {@code copy-<id>}, {@code copy-<id>-feedback}, {@code <id>-facts}
     * @param label   the row's label
     * @param text    what is shown and copied
     * @param copyKey accessible text of the Copy button
     * @param facts   the line below, or null
     * @return the text's label (it can take the focus)
     */
    Label add(VBox refs, String id, String label, String text, String copyKey, String facts) {
        Label ref = Pages.label(text, "dp-reference");
        ref.getStyleClass().add("dp-mono");
        ref.setId(id + "-reference");
        ref.setAccessibleText(text);
        ref.setFocusTraversable(true);
        ref.setMinHeight(Region.USE_PREF_SIZE);
        ref.setMaxWidth(Double.MAX_VALUE);
        ref.setPrefWidth(0); // wrap within the row instead of widening it
        // no mnemonic: the rows' buttons look alike in every language (a Chinese mnemonic is visible
        // text, 复制(C), and only one button could have it); Ctrl+C copies the focused reference
        Button copy = new Button(c.t("ui.results.copy"));
        copy.setId("copy-" + id);
        copy.setMnemonicParsing(false);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setAccessibleText(c.t(copyKey));
        copy.setTooltip(new Tooltip(c.t(copyKey)));
        Label done = Pages.label(c.t("ui.results.copied"), "dp-copied");
        done.setId("copy-" + id + "-feedback");
        done.setMinWidth(Region.USE_PREF_SIZE);
        done.setVisible(false);
        PauseTransition hide = new PauseTransition(FEEDBACK);
        hide.setOnFinished(e -> done.setVisible(false));
        Runnable doCopy = () -> {
            c.services().clipboard().copy(text);
            done.setVisible(true);
            hide.playFromStart();
        };
        copy.setOnAction(e -> doCopy.run());
        ref.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                doCopy.run();
                e.consume();
            }
        });
        HBox line = new HBox(ref, copy, done);
        line.getStyleClass().add("dp-row");
        HBox.setHgrow(ref, Priority.ALWAYS);
        VBox content = new VBox(line);
        content.getStyleClass().add("dp-ref-content");
        if (facts != null) {
            Label f = Pages.label(facts, "dp-hint");
            f.setId(id + "-facts");
            f.setMinHeight(Region.USE_PREF_SIZE);
            content.getChildren().add(f);
        }
        refs.getChildren().add(ResultsPage.row(label, content));
        return ref;
    }
}
