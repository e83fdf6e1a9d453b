package dev.dhipicker.ui;

import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.discover.Discovery;
import dev.dhipicker.discover.DiscoveryReport;
import dev.dhipicker.discover.WalkLimits;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.migrate.Migrator;
import dev.dhipicker.ui.export.ProjectAnswersPane;
import dev.dhipicker.ui.export.ProjectView;
import dev.dhipicker.ui.model.Engine;
import dev.dhipicker.ui.model.MigrationSession;
import dev.dhipicker.ui.model.ProjectAnswerPlan;
import dev.dhipicker.ui.model.WizardModel;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Open project…" (File menu): asks for a folder, runs the same discovery as {@code discover}
 * with the wizard's compliance and organisation answers, and shows the project view; a folder it
 * cannot read is one error dialog. The answers discover inferred can be taken into the wizard.
 */
final class ProjectController {
    private final Window owner;
    private final WizardModel model;
    private final MigrationSession session;
    private final Services services;
    private final Supplier<Messages> messages;
    private ProjectView last;

    ProjectController(Window owner, WizardModel model, MigrationSession session, Services services,
                      Supplier<Messages> messages) {
        this.owner = owner;
        this.session = session;
        this.model = model;
        this.services = services;
        this.messages = messages;
    }

    void open() {
        Optional<Path> folder = services.files().chooseProjectFolder();
        if (folder.isEmpty()) {
            return;
        }
        Messages m = messages.get();
        Engine e = model.engineProperty().get();
        try {
            ImageMap map = ImageMap.loadBundled(e.catalog());
            Migrator migrator = new Migrator(e.recommender(), map);
            MigrateOptions options = new MigrateOptions(null, model.complianceProperty().get(), model.orgProperty().get());
            DiscoveryReport report = new Discovery(migrator, e.catalog(), map, m::get, WalkLimits.standard())
                    .discover(folder.get(), options);
            Path project = folder.get();
            ProjectAnswersPane answers = report.answers().isEmpty() ? null : new ProjectAnswersPane(report.answers(), m,
                    ProjectAnswerPlan.VersionLines.of(e.recommender()), plan -> useAnswers(project, plan));
            last = new ProjectView(owner, project, report, e.catalog().info(), e.recommender().today(), m, services,
                    file -> openDockerfile(file, migrator, options, m), answers == null ? null : answers.node());
            last.show();
        } catch (IOException | CatalogException x) {
            services.dialogs().error(m.get("ui.project.error.title"), m.get("ui.project.error.open", folder.get().toString()),
                    String.valueOf(x.getMessage()));
        }
    }

    /**
     * "Use these answers in the wizard": the answers are filled as "Start from a Dockerfile" fills
     * its own, the project view closes and the wizard shows its first page.
     */
    private void useAnswers(Path folder, ProjectAnswerPlan.Plan plan) {
        session.useProjectAnswers(folder, plan);
        if (last != null) {
            last.stage().close();
        }
    }

    /** A Dockerfile of the project in the Migration view, migrated as discover migrated it. */
    private void openDockerfile(Path file, Migrator migrator, MigrateOptions options, Messages m) {
        try {
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            dev.dhipicker.migrate.Dockerfile d = new dev.dhipicker.migrate.DockerfileParser(
                    dev.dhipicker.migrate.InputLimits.standard()).parse(bytes);
            Window where = last == null ? owner : last.stage();
            new dev.dhipicker.ui.export.MigrationView(where, file, migrator.migrate(d, options, m::get), m, services).show();
        } catch (IOException e) {
            services.dialogs().error(m.get("ui.project.error.title"), m.get("ui.project.error.open", file.toString()),
                    String.valueOf(e.getMessage()));
        } catch (dev.dhipicker.migrate.DockerfileSyntaxException e) {
            services.dialogs().error(m.get("ui.project.error.title"), m.get("ui.project.error.open", file.toString()),
                    m.get(e.key(), e.messageArgs()));
        }
    }

    /** The last project window, for tests. */
    ProjectView last() {
        return last;
    }
}
