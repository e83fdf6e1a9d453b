package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Labeled;
import dev.dhipicker.recommend.Message;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.ui.model.WorkloadOption;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the real window (headless Monocle) through full scenarios by the controls' ids. */
@ExtendWith(ApplicationExtension.class)
class WizardUiTest {

    private final UiHarness ui = new UiHarness();

    @Start
    void start(Stage stage) throws Exception {
        ui.start(stage, Messages.english());
    }

    private void chooseWorkload(FxRobot robot, String query, String id) {
        robot.clickOn("#workload-search").write(query);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#workload-list").queryAs(ListView.class);
        int index = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (((WorkloadOption) list.getItems().get(i)).id().equals(id)) {
                index = i;
                break;
            }
        }
        assertThat(index).as("workload " + id + " listed").isGreaterThanOrEqualTo(0);
        int row = index;
        robot.interact(() -> list.scrollTo(row));
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getIndex() == row).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.model.workloadProperty().get()).isEqualTo(id);
    }

    private void next(FxRobot robot) {
        robot.clickOn("#next-button");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    /** The bullet lines of a results section, without their bullets. */
    private static List<String> section(FxRobot robot, String id) {
        VBox box = robot.lookup(id).queryAs(VBox.class);
        return box.getChildren().stream().skip(1).map(n -> ((Label) n).getText().replaceFirst("^• ", "")).toList();
    }

    private List<String> rendered(List<Message> messages) {
        var texts = ui.model.engineProperty().get().texts();
        return messages.stream().map(m -> texts.render(m.key(), m.params())).toList();
    }

    @Test
    void pythonWithGlibcGetsTheDebianPair(FxRobot robot) {
        chooseWorkload(robot, "python", "python");
        next(robot);
        robot.clickOn("#libc-glibc");
        next(robot);
        robot.clickOn("#size-balanced");
        next(robot);
        robot.clickOn("#compliance-none");
        next(robot);
        robot.clickOn("#helm-none");
        next(robot);
        assertThat(text(robot, "#runtime-reference")).isEqualTo("dhi.io/python:3.14-debian13");
        assertThat(text(robot, "#build-reference")).isEqualTo("dhi.io/python:3.14-debian13-dev");
        Recommendation r = ui.model.recommendationProperty().get();
        assertThat(section(robot, "#explanations")).as("every explanation of the engine, in its order")
                .isEqualTo(rendered(r.explanations().stream().map(e -> e.message()).toList()))
                .anySatisfy(line -> assertThat(line).contains("glibc"));
        robot.clickOn("#copy-runtime");
        assertThat(ui.copied).containsExactly("dhi.io/python:3.14-debian13");
        assertThat(robot.lookup("#export-dockerfile").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#print-sheet").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#save-pdf").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void nodeWithMuslAndSmallestGetsAnAlpinePair(FxRobot robot) {
        chooseWorkload(robot, "node", "node");
        next(robot);
        robot.clickOn("#libc-musl");
        assertThat(robot.lookup("#musl-pitfalls").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .as("the workload's musl pitfalls are shown beside the choice").hasSizeGreaterThan(1);
        next(robot);
        robot.clickOn("#size-smallest");
        next(robot);
        next(robot);
        next(robot);
        assertThat(text(robot, "#runtime-reference")).isEqualTo("dhi.io/node:26-alpine3.24");
        assertThat(text(robot, "#build-reference")).isEqualTo("dhi.io/node:26-alpine3.24-dev");
        List<Message> warnings = ui.model.recommendationProperty().get().warnings();
        assertThat(warnings).as("musl for Node.js comes with a warning").isNotEmpty();
        assertThat(section(robot, "#warnings")).isEqualTo(rendered(warnings));
    }

    @Test
    void redisWithAnUpstreamChartGetsTheCompatVariant(FxRobot robot) {
        chooseWorkload(robot, "redis", "redis");
        next(robot);
        next(robot);
        next(robot);
        next(robot);
        assertThat(robot.lookup("#helm-upstream-chart").queryAs(RadioButton.class).isDisabled()).isFalse();
        robot.clickOn("#helm-upstream-chart");
        next(robot);
        assertThat(text(robot, "#runtime-reference")).isEqualTo("dhi.io/redis:8.10-debian13-compat");
        assertThat(text(robot, "#build-reference-none")).isEqualTo(Messages.english().get("ui.results.noBuild"));
        assertThat(robot.lookup("#build-reference").tryQuery()).as("no build row for an application image").isEmpty();
    }

    @Test
    void unservableHelmOptionsAreDisabledWithTheReason(FxRobot robot) {
        chooseWorkload(robot, "python", "python");
        robot.interact(() -> ui.model.next());
        robot.interact(() -> ui.model.next());
        robot.interact(() -> ui.model.next());
        robot.interact(() -> ui.model.next());
        assertThat(robot.lookup("#helm-dhi-chart").queryAs(RadioButton.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#helm-dhi-chart-hint").queryAs(Label.class).getText())
                .isEqualTo("Docker publishes no DHI chart for python.");
    }

    @Test
    void keyboardAloneWorks(FxRobot robot) {
        // a fresh start: type, Enter takes the top match (no Down needed)
        robot.clickOn("#workload-search").write("ruby");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.model.stepProperty().get().name()).isEqualTo("LIBC");
        assertThat(ui.model.workloadProperty().get()).isEqualTo("ruby");
        for (String expected : new String[]{"SIZE", "COMPLIANCE", "HELM", "RESULTS"}) {
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(ui.model.stepProperty().get().name()).as("focus owner " + robot.targetWindow().getScene().getFocusOwner()).isEqualTo(expected);
        }
        assertThat(text(robot, "#runtime-reference")).isEqualTo("dhi.io/ruby:4.0-debian13");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#confirm-dialog").tryQuery()).as("Esc asks before closing").isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#confirm-dialog").tryQuery()).isEmpty();
        javafx.stage.Window main = robot.lookup("#runtime-reference").query().getScene().getWindow();
        assertThat(main.isShowing()).as("cancelled: the window stays open").isTrue();
        assertThat(ui.model.stepProperty().get().name()).isEqualTo("RESULTS");
    }

    @Test
    void badCatalogFileShowsOneErrorAndKeepsTheCatalog(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken-catalog.json");
        Files.writeString(bad, "{\"format\": 1, \"info\": ");
        ui.nextCatalogFile = bad;
        String footerBefore = robot.lookup("#catalog-footer").queryAs(Label.class).getText();
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Label detail = robot.lookup("#error-detail").queryAs(Label.class);
        assertThat(detail.getText()).contains("broken-catalog.json").contains("malformed JSON")
                .doesNotContain("Exception").doesNotContain("\tat ");
        robot.clickOn(robot.lookup("#error-dialog .button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#error-detail").tryQuery()).isEmpty();
        assertThat(robot.lookup("#catalog-footer").queryAs(Label.class).getText()).isEqualTo(footerBefore)
                .contains("2026-08-22");
    }

    @Test
    void aGarbageCatalogFileGivesADialogNoWiderThanTheWindow(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("garbage.json");
        StringBuilder junk = new StringBuilder("{\"format\":1,\"info\":\"");
        java.util.Random random = new java.util.Random(14);
        for (int i = 0; i < 4000; i++) {
            junk.append((char) ('!' + random.nextInt(90)));
        }
        Files.writeString(bad, junk);
        ui.nextCatalogFile = bad;
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Label detail = robot.lookup("#error-detail").queryAs(Label.class);
        javafx.stage.Window dialog = detail.getScene().getWindow();
        javafx.stage.Window main = robot.lookup("#catalog-footer").query().getScene().getWindow();
        assertThat(detail.getText()).contains("garbage.json");
        assertThat(dialog.getWidth()).as("the text wraps instead of widening the dialog")
                .isLessThanOrEqualTo(700).isLessThan(main.getWidth());
        assertThat(detail.getHeight()).as("a long detail wraps onto several lines")
                .isGreaterThan(detail.getFont().getSize() * 1.5);
        robot.clickOn(robot.lookup("#error-dialog .button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
