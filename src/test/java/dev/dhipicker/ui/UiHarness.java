package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.ui.model.AnswerStore;
import dev.dhipicker.ui.model.DefaultEngineLoader;
import dev.dhipicker.ui.model.WizardModel;
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
    WizardModel model;
    MainWindow window;

    void start(Stage stage, Messages messages) throws Exception {
        model = new WizardModel(new DefaultEngineLoader(CLOCK), AnswerStore.none(), messages.textLanguage());
        Services real = FxServices.create(() -> stage, () -> messages);
        Services services = new Services(copied::add, () -> Optional.ofNullable(nextCatalogFile), real.dialogs());
        window = new MainWindow(stage, model, messages, services, DhiPickerApp.noActionsYet());
        stage.show();
    }
}
