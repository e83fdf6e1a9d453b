package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A walk through the wizard in Simplified Chinese, and switching language while it runs. */
@ExtendWith(ApplicationExtension.class)
class ChineseUiTest {

    private final UiHarness ui = new UiHarness();

    @Start
    void start(Stage stage) throws Exception {
        ui.start(stage, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
    }

    private static String sectionText(FxRobot robot, String id) {
        StringBuilder b = new StringBuilder();
        robot.lookup(id).queryAs(VBox.class).getChildren().forEach(n -> b.append(((Label) n).getText()).append('\n'));
        return b.toString();
    }

    @Test
    void resultsPageSpeaksChinese(FxRobot robot) {
        robot.clickOn("#workload-search").write("python");
        robot.interact(() -> ui.model.selectWorkload("python"));
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#next-button");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(robot.lookup("#runtime-reference").queryAs(Label.class).getText())
                .as("catalog facts are not translated").isEqualTo("dhi.io/python:3.14-debian13");
        String why = sectionText(robot, "#explanations");
        assertThat(why).contains("理由").contains("运行时镜像").contains("多阶段构建").contains("攻击面");
        assertThat(robot.lookup(".dp-page-title").queryAs(Label.class).getText()).isEqualTo("推荐结果");
    }

    @Test
    void languageSwitchesAtOnceAndKeepsTheAnswers(FxRobot robot) {
        robot.interact(() -> {
            ui.model.selectWorkload("redis");
            ui.model.next();
        });
        assertThat(robot.lookup(".dp-page-title").queryAs(Label.class).getText()).isEqualTo("您的软件需要哪种 C 库？");
        robot.interact(() -> ui.window.switchLanguage(Messages.english()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dp-page-title").queryAs(Label.class).getText())
                .isEqualTo("Which C library does your software need?");
        assertThat(ui.model.workloadProperty().get()).isEqualTo("redis");
        assertThat(ui.model.stepProperty().get().name()).isEqualTo("LIBC");
        robot.clickOn("#menu-language").clickOn("#menu-language-zh-cn");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dp-page-title").queryAs(Label.class).getText()).isEqualTo("您的软件需要哪种 C 库？");
    }
}
