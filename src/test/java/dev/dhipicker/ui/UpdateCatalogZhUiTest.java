package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;

import java.util.Locale;

/** "Update catalog…" in Simplified Chinese: the same walk, no clipped labels, update-catalog-zh.png. */
class UpdateCatalogZhUiTest extends UpdateCatalogUiTest {
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
    String screenshotName() {
        return "update-catalog-zh.png";
    }
}
