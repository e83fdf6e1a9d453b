package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.ui.export.DockerfilePreview;
import dev.dhipicker.ui.model.WizardModel;
import dev.dhipicker.ui.pages.ResultsPage;
import dev.dhipicker.ui.print.PrintBackend;
import javafx.stage.Window;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The results page's actions: "Export Dockerfile…" opens {@link DockerfilePreview} for the current
 * recommendation; "Print comparison sheet…" and "Save sheet as PDF…" go through {@link SheetActions}.
 */
final class ExportActions implements ResultsPage.Actions {
    private final Window owner;
    private final WizardModel model;
    private final Services services;
    private final Supplier<Messages> messages;
    private final SheetActions sheets;

    /**
     * @param owner    the main window
     * @param model    the wizard model (current recommendation and catalog)
     * @param services clipboard, file chooser, dialogs
     * @param messages the interface strings in use (they change when the language is switched)
     */
    ExportActions(Window owner, WizardModel model, Services services, Supplier<Messages> messages,
                  PrintBackend printBackend) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.model = Objects.requireNonNull(model, "model");
        this.services = Objects.requireNonNull(services, "services");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.sheets = new SheetActions(owner, model, services, messages, printBackend);
    }

    @Override
    public Runnable exportDockerfile() {
        return () -> {
            Recommendation r = model.recommendationProperty().get();
            if (r == null || r.runtime() == null) {
                return; // the button is disabled then
            }
            new DockerfilePreview(owner, r, model.engineProperty().get().catalog(), messages.get(), services).show();
        };
    }

    @Override
    public Runnable printSheet() {
        return sheets::print;
    }

    @Override
    public Runnable savePdf() {
        return sheets::savePdf;
    }
}
