package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

import java.util.Locale;

/** "Open project…" from the keyboard alone in Simplified Chinese: the same keys, the same letters. */
class ProjectKeyboardZhUiTest extends ProjectKeyboardUiTest {
    // TestFX only looks for @Start on the test class itself
    @Override
    @Start
    void start(Stage stage) throws Exception {
        super.start(stage);
    }

    @Override
    Messages messages() {
        return Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    String screenshotName() {
        return "project-two-workloads-zh.png";
    }
}
