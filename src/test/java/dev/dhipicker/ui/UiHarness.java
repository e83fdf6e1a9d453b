package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.ui.model.EngineSwitcher;
import dev.dhipicker.ui.model.WindowPlacementStore;
import dev.dhipicker.ui.model.DefaultEngineLoader;
import dev.dhipicker.ui.model.WizardModel;
import dev.dhipicker.ui.print.PrintBackend;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the real window for TestFX tests, with a fixed clock and recorded side effects. */
final class UiHarness {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);

    final List<String> copied = new ArrayList<>();
    Path nextCatalogFile;
    /** What the "Start from a Dockerfile" open dialog answers (null: the user cancelled). */
    Path nextDockerfileToOpen;
    /** What the "Open project…" folder dialog answers (null: the user cancelled). */
    Path nextProjectFolder;
    /** What the Dockerfile save dialog answers (null: the user cancelled); each request is recorded. */
    Path nextDockerfileTarget;
    final List<String> dockerfileRequests = new ArrayList<>();
    /** The print system the window sees; by default no printer is installed. */
    PrintBackend printBackend = owner -> Optional.empty();
    WizardModel model;
    /** Where the window's size and position are remembered: in memory, never the user's file. */
    WindowPlacementStore placements = WindowPlacementStore.none();
    MainWindow window;
    /** The user's updated catalog the wizard prefers (null: the bundled one only). */
    Path userCatalog;
    /**
     * The catalog's age and "Update catalog…": judged on {@link #CLOCK}, with the action shown as
     * in the application; only the update tests run an update (others would fail here).
     */
    CatalogUpdates updates = new CatalogUpdates(CLOCK, () -> {
        throw new AssertionError("this test does not update the catalog");
    }, w -> Optional.empty());

    void start(Stage stage, Messages messages) throws Exception {
        model = new WizardModel(new DefaultEngineLoader(CLOCK, userCatalog).preferred(messages.textLanguage()));
        Services real = FxServices.create(() -> stage, () -> messages);
        Services.FileChooserService files = new Services.FileChooserService() {
            @Override
            public Optional<Path> chooseCatalogFile() {
                return Optional.ofNullable(nextCatalogFile);
            }

            @Override
            public Optional<Path> chooseDockerfile() {
                return Optional.ofNullable(nextDockerfileToOpen);
            }

            @Override
            public Optional<Path> chooseProjectFolder() {
                return Optional.ofNullable(nextProjectFolder);
            }

            @Override
            public Optional<Path> chooseSaveTarget(String title, String defaultName) {
                dockerfileRequests.add(title + " | " + defaultName);
                return Optional.ofNullable(nextDockerfileTarget);
            }
        };
        Services services = new Services(copied::add, files, real.dialogs());
        MainWindow[] w = new MainWindow[1];
        EngineSwitcher engines = new EngineSwitcher(new DefaultEngineLoader(CLOCK, userCatalog), model,
                messages.textLanguage());
        window = w[0] = new MainWindow(stage, model, engines, messages, services,
                new ExportActions(stage, model, services, () -> w[0].messages(), owner -> printBackend.open(owner)),
                placements, updates);
        stage.show();
    }
}
