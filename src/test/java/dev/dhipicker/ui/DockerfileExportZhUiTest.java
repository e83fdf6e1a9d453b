package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The export window in Simplified Chinese: the same scenarios, Chinese comments, dockerfile-preview-zh.png. */
class DockerfileExportZhUiTest extends DockerfileExportUiTest {
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
        return "dockerfile-preview-zh.png";
    }

    @Test
    void theCommentsAreChineseAndTheInstructionsAreNot(FxRobot robot) {
        robot.interact(() -> ui.model.selectWorkload("node"));
        for (int i = 0; i < 5; i++) {
            robot.interact(() -> ui.model.next());
        }
        robot.clickOn("#export-dockerfile");
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#dockerfile-preview").queryAs(TextArea.class).getText();
        assertThat(text).startsWith("# syntax=docker/dockerfile:1\n").contains("# 最终阶段：").contains("RUN npm ci");
    }
}
