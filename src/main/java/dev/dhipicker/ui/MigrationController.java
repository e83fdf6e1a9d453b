package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.MigrationResult;
import dev.dhipicker.ui.export.MigrationView;
import dev.dhipicker.ui.model.MigrationSession;
import dev.dhipicker.ui.model.WizardModel;
import dev.dhipicker.ui.pages.DockerfileStart;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Start from a Dockerfile…" (File menu and first page) and the results page's Migration view:
 * asks for the file through the file chooser service, lets the {@link MigrationSession} read it and
 * fill the answers, and reports a file it cannot use as one error dialog.
 */
final class MigrationController implements DockerfileStart {
    private final Window owner;
    private final MigrationSession session;
    private final Services services;
    private final Supplier<Messages> messages;

    MigrationController(Window owner, WizardModel model, Services services, Supplier<Messages> messages) {
        this.owner = owner;
        this.session = new MigrationSession(model);
        this.services = services;
        this.messages = messages;
    }

    @Override
    public MigrationSession session() {
        return session;
    }

    @Override
    public void open() {
        Optional<Path> file = services.files().chooseDockerfile();
        if (file.isEmpty()) {
            return;
        }
        Messages m = messages.get();
        try {
            session.open(file.get(), m::get);
        } catch (MigrationSession.OpenException e) {
            services.dialogs().error(m.get("ui.migration.error.openTitle"),
                    m.get("ui.migration.error.openHeader", file.get().toString()), e.message(m::get));
        }
    }

    @Override
    public void showMigration() {
        MigrationSession.Loaded loaded = session.loadedProperty().get();
        if (loaded == null) {
            return; // the button is hidden then
        }
        Messages m = messages.get();
        MigrationResult result;
        try {
            result = session.migrate(m::get);
        } catch (MigrationSession.OpenException e) {
            services.dialogs().error(m.get("ui.migration.error.openTitle"),
                    m.get("ui.migration.error.openHeader", loaded.file().toString()), e.message(m::get));
            return;
        }
        new MigrationView(owner, loaded.file(), result, m, services).show();
    }
}
