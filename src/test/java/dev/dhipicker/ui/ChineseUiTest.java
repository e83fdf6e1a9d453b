package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.testing.ChineseProse;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
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
    void resultsPageNamesNoValueInEnglish(FxRobot robot) {
        robot.interact(() -> {
            ui.model.selectWorkload("go");
            ui.model.chooseCompliance(dev.dhipicker.recommend.ComplianceNeed.FIPS);
        });
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#next-button");
            WaitForAsyncUtils.waitForFxEvents();
        }
        String all = String.join("\n", robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList());
        assertThat(all).contains("Debian 13，glibc").contains("同步到您组织的仓库").contains("构建镜像");
        assertThat(ChineseProse.englishValues(all)).as(all).isEmpty();
        assertThat(ChineseProse.punctuationProblems(all)).as(all).isEmpty();
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

    @Test
    void languageMenuNamesEachLanguageInItself(FxRobot robot) {
        robot.clickOn("#menu-language");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(1).getItems())
                .extracting(javafx.scene.control.MenuItem::getText).containsExactly("English", "简体中文");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void firstPageNamesProfilesAndCategoriesInChinese(FxRobot robot) {
        robot.clickOn("#workload-search").write("static");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = robot.lookup("#workload-list").queryAs(javafx.scene.control.ListView.class)
                .lookupAll(".dp-cell-text").stream().map(n -> ((javafx.scene.text.Text) n).getText().strip()).toList();
        assertThat(texts).contains("静态网站（Node 构建，nginx 提供服务）", "语言预设")
                .noneMatch(t -> t.contains("Static website"));
        TextField search = robot.lookup("#workload-search").queryAs(TextField.class);
        robot.interact(() -> search.setText("access-log"));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> repo = robot.lookup("#workload-list").queryAs(javafx.scene.control.ListView.class)
                .lookupAll(".dp-cell-text").stream().map(n -> ((javafx.scene.text.Text) n).getText().strip()).toList();
        assertThat(repo).contains("监控与可观测性").noneMatch(t -> t.contains("monitoring-and-observability"));
        robot.interact(() -> search.setText("监控"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#workload-list").queryAs(javafx.scene.control.ListView.class).getItems())
                .as("the Chinese category name finds its repositories").hasSizeGreaterThan(50);
    }

    @Test
    void chineseHeadingsAreSetInABoldFace(FxRobot robot) {
        Font title = robot.lookup(".dp-page-title").queryAs(Label.class).getFont();
        // a CJK font that has a bold face of its own: the fallback font would draw regular strokes
        assertThat(title.getFamily()).isEqualTo("Noto Sans CJK SC");
        assertThat(title.getStyle()).containsIgnoringCase("bold");
        Font hint = robot.lookup(".dp-page-hint").queryAs(Label.class).getFont();
        assertThat(hint.getStyle()).doesNotContainIgnoringCase("bold");
    }

    @Test
    void dialogButtonsSpeakChinese(FxRobot robot) {
        robot.interact(() -> ui.model.selectWorkload("python"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#confirm-dialog").queryAs(DialogPane.class);
        List<String> buttons = pane.getButtonTypes().stream().map(b -> ((Button) pane.lookupButton(b)).getText()).toList();
        assertThat(buttons).containsExactlyInAnyOrder("确定", "取消");
        Button cancel = pane.getButtonTypes().stream().map(b -> (Button) pane.lookupButton(b))
                .filter(b -> b.getText().equals("取消")).findFirst().orElseThrow();
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#confirm-dialog").tryQuery()).as("取消 keeps the window").isEmpty();
        assertThat(robot.lookup("#workload-search").tryQuery()).isPresent();
    }
}
