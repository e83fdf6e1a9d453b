package dev.dhipicker.ui;

import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.ui.model.DefaultEngineLoader;
import dev.dhipicker.ui.model.EngineLoader;
import dev.dhipicker.ui.model.PreloadingEngineLoader;
import dev.dhipicker.ui.model.AnswerMemory;
import dev.dhipicker.ui.model.EngineSwitcher;
import dev.dhipicker.ui.model.PropertiesAnswerStore;
import dev.dhipicker.ui.model.WizardModel;
import dev.dhipicker.ui.pages.ResultsPage;
import dev.dhipicker.ui.print.FxPrintBackend;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import dev.dhipicker.catalog.update.ArchiveDownloader;
import dev.dhipicker.catalog.update.CatalogUpdater;
import dev.dhipicker.catalog.update.ProxyChoice;
import dev.dhipicker.catalog.update.SafeUnpacker;
import dev.dhipicker.catalog.update.UpdateLimits;
import dev.dhipicker.catalog.update.UserCatalogStore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** The desktop application: wires the model, the services and the window. */
public final class DhiPickerApp extends Application {

    /** The engine loader started by {@link #preloadEngine()}, or null (tests start the app directly). */
    private static volatile EngineLoader preloading;

    /** The user's data folder ({@code $XDG_DATA_HOME/dhi-picker}), read once from the process's environment. */
    private static Path dataFolder() {
        return UserCatalogStore.defaultFolder(System.getenv(), System.getProperty("user.home"));
    }

    /** Starts loading the engine (the user's updated catalog or the bundled one) before the toolkit starts. */
    static void preloadEngine() {
        preloading = new PreloadingEngineLoader(new DefaultEngineLoader(Clock.systemDefaultZone(),
                new UserCatalogStore(dataFolder()).current()), Messages.forLocale(Locale.getDefault()).textLanguage());
    }

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.forLocale(Locale.getDefault());
        Path data = dataFolder();
        EngineLoader loader = preloading != null ? preloading
                : new DefaultEngineLoader(Clock.systemDefaultZone(), new UserCatalogStore(data).current());
        preloading = null;
        WizardModel model;
        try {
            model = new WizardModel(loader.preferred(messages.textLanguage()));
        } catch (CatalogException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
            a.setHeaderText(messages.get("ui.error.catalog.header"));
            a.showAndWait();
            Platform.exit();
            return;
        }
        PropertiesAnswerStore store = PropertiesAnswerStore.forUser(System.getenv(), System.getProperty("user.home"));
        new AnswerMemory(store).attach(model);
        EngineSwitcher engines = new EngineSwitcher(loader, model, messages.textLanguage());
        MainWindow[] window = new MainWindow[1];
        // dialogs follow the language the window shows, also after a switch
        Services services = FxServices.create(() -> stage, () -> window[0] == null ? messages : window[0].messages());
        ResultsPage.Actions actions = new ExportActions(stage, model, services, () -> window[0].messages(),
                new FxPrintBackend(messages.locale()));
        java.util.Map<String, String> env = System.getenv();
        CatalogUpdates updates = new CatalogUpdates(Clock.systemDefaultZone(), () -> {
            UpdateLimits limits = UpdateLimits.DEFAULT;
            return new CatalogUpdater(new UserCatalogStore(data), new ArchiveDownloader(ProxyChoice.fromEnvironment(env),
                    limits), new SafeUnpacker(limits), CatalogUpdater.UPSTREAM_TARBALLS);
        }, owner -> FxServices.chooseArchive(owner, window[0] == null ? messages : window[0].messages()));
        window[0] = new MainWindow(stage, model, engines, messages, services, actions, store, updates);
        stage.show();
    }

}
