package dev.dhipicker.ui;

import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.ui.model.CatalogUpdateSession;
import dev.dhipicker.ui.model.Engine;
import dev.dhipicker.ui.model.EngineSwitcher;
import dev.dhipicker.ui.model.WizardModel;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.util.function.Supplier;

/**
 * "Update catalog…" in the footer: opens the dialog over the main window; after a successful
 * update the wizard switches to the new catalog and keeps the answers.
 */
final class CatalogUpdateAction {
    private final Stage stage;
    private final WizardModel model;
    private final EngineSwitcher engines;
    private final Services services;
    private final Supplier<Messages> messages;
    private final CatalogUpdates updates;

    CatalogUpdateAction(Stage stage, WizardModel model, EngineSwitcher engines, Services services,
                        Supplier<Messages> messages, CatalogUpdates updates) {
        this.stage = stage;
        this.model = model;
        this.engines = engines;
        this.services = services;
        this.messages = messages;
        this.updates = updates;
    }

    /** Whether the action is offered (an updater is configured). */
    boolean available() {
        return updates.updater() != null;
    }

    void open() {
        Messages m = messages.get();
        Engine e = model.engineProperty().get();
        CatalogUpdateSession session = new CatalogUpdateSession(updates.updater(), r -> {
            Thread t = new Thread(r, "catalog-update");
            t.setDaemon(true);
            t.start();
        }, Platform::runLater);
        new UpdateCatalogDialog(stage, m, e.catalog().info(), CatalogFooter.origin(e, m), session,
                updates.archiveChooser(), () -> {
            try {
                engines.usePreferredCatalog();
            } catch (CatalogException ex) {
                services.dialogs().error(m.get("ui.error.catalog.title"), m.get("ui.error.catalog.header"),
                        ex.getMessage());
            }
        }).show();
    }
}
