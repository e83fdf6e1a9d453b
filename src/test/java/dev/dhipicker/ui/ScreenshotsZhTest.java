package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;

import java.util.Locale;

/** The same page walk in Simplified Chinese: no clipped labels, PNGs named wizard-zh-*. */
class ScreenshotsZhTest extends ScreenshotsTest {
    // TestFX only looks for @Start on the test class itself
    @Override
    @org.testfx.framework.junit5.Start
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
    }

    @Override
    Messages messages() {
        return Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    String prefix() {
        return "wizard-zh";
    }
}
