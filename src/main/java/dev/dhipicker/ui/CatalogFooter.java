package dev.dhipicker.ui;

import dev.dhipicker.catalog.CatalogInfo;
import dev.dhipicker.catalog.update.CatalogAge;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.ui.model.Engine;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The window's footer: the catalog in use (snapshot date, source, and whether it is the bundled,
 * the updated or an opened one), its age when it is older than {@link CatalogAge#NOTICE_AFTER_DAYS}
 * days, and the "Update catalog…" action.
 */
final class CatalogFooter {
    private final Label source = new Label();
    private final Label age = new Label();
    private final Hyperlink update = new Hyperlink();
    private final HBox box;
    private final Clock clock;

    CatalogFooter(Clock clock, boolean updates, Runnable onUpdate) {
        this.clock = clock;
        source.setId("catalog-footer");
        source.getStyleClass().add("dp-footer");
        source.setMinWidth(0);
        age.setId("catalog-age");
        age.getStyleClass().add("dp-footer-age");
        age.setMinWidth(Region.USE_PREF_SIZE);
        update.setId("update-catalog");
        update.getStyleClass().add("dp-footer-action");
        update.setMinWidth(Region.USE_PREF_SIZE);
        update.setOnAction(e -> onUpdate.run());
        update.setVisible(updates);
        update.setManaged(updates);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(source, Priority.SOMETIMES);
        box = new HBox(source, gap, age, update);
        box.getStyleClass().add("dp-footer-row");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    Node node() {
        return box;
    }

    /** Where an engine's catalog comes from, in words: bundled, updated, or the file opened. */
    static String origin(Engine e, Messages messages) {
        return switch (e.origin()) {
            case Engine.BUNDLED -> messages.get("ui.footer.bundled");
            case Engine.UPDATED -> messages.get("ui.footer.updated");
            default -> e.origin();
        };
    }

    /** Shows the catalog of an engine in a language. */
    void show(Engine e, Messages messages) {
        CatalogInfo info = e.catalog().info();
        String origin = origin(e, messages);
        source.setText(messages.get("ui.footer.catalog", String.valueOf(info.snapshotDate()), info.source(), origin));
        LocalDate today = LocalDate.now(clock);
        boolean old = CatalogAge.needsNotice(info, today);
        age.setText(old ? messages.get("ui.footer.age", String.valueOf(CatalogAge.days(info, today).getAsLong())) : "");
        age.setVisible(old);
        age.setManaged(old);
        update.setText(messages.get("ui.footer.update"));
    }
}
