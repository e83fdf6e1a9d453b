package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.Recommendation;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The results page: long references, Copy for every reference and command, the copy notice, wording. */
@ExtendWith(ApplicationExtension.class)
class ResultsPageUiTest {

    private final UiHarness ui = new UiHarness();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ui.start(stage, Messages.english());
    }

    private void toResults(FxRobot robot, String workload, HelmUse helm) {
        robot.interact(() -> {
            ui.model.startOver();
            ui.model.selectWorkload(workload);
            ui.model.chooseHelm(helm);
            for (int i = 0; i < 5; i++) {
                ui.model.next();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Bounds onScene(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    /** What a label really shows: the text of its Text children (an ellipsis when it is cut). */
    private static String shown(Label l) {
        return l.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .collect(Collectors.joining()).replace("\n", "");
    }

    @Test
    void aDigestPinnedReferenceStaysReadableAndEveryReferenceAndCommandCanBeCopied(FxRobot robot) throws Exception {
        for (double[] size : new double[][]{{1000, 700}, {800, 600}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            toResults(robot, "redis", HelmUse.DHI_CHART);
            Recommendation r = ui.model.recommendationProperty().get();
            assertThat(r.runtime().reference()).as("the DHI chart pins its image by digest").contains("@sha256:");
            Label runtime = robot.lookup("#runtime-reference").queryAs(Label.class);
            String where = (int) size[0] + "x" + (int) size[1];
            assertThat(shown(runtime)).as(where + ": the whole reference is shown").isEqualTo(r.runtime().reference());
            assertThat(onScene(runtime).getMaxX()).as(where + ": inside the window").isLessThanOrEqualTo(size[0]);
            for (String id : new String[]{"runtime", "chart", "helm-install"}) {
                Button copy = robot.lookup("#copy-" + id).queryAs(Button.class);
                assertThat(copy.getText().replace("_", "")).as(where + " " + id).isEqualTo("Copy");
                assertThat(copy.getWidth()).as(where + ": the Copy button keeps its size").isGreaterThanOrEqualTo(copy.prefWidth(-1) - 0.5);
                assertThat(onScene(copy).getMaxX()).isLessThanOrEqualTo(size[0]);
            }
            assertThat(ScreenshotsTest.clippedLabels(stage.getScene().getRoot(), where)).isEmpty();
            javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
            robot.interact(() -> img[0] = stage.getScene().snapshot(null));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img[0], null), "png",
                    java.nio.file.Path.of("target", "results-redis-chart-" + where + ".png").toFile());
        }
        Recommendation.ChartChoice chart = ui.model.recommendationProperty().get().helmChart();
        ui.copied.clear();
        robot.clickOn("#copy-chart");
        robot.clickOn("#copy-helm-install");
        assertThat(ui.copied).containsExactly(chart.reference(),
                "helm install my-redis " + chart.reference() + " --version " + chart.version());
        assertThat(robot.lookup("#chart-facts").queryAs(Label.class).getText()).contains(chart.version());
        assertThat(robot.lookup("#helm-install-facts").queryAs(Label.class).getText())
                .contains("helm registry login dhi.io");
    }

    @Test
    void copyFeedbackAppearsBesideTheButtonAndGoesAway(FxRobot robot) throws Exception {
        toResults(robot, "redis", HelmUse.NONE);
        Label feedback = robot.lookup("#copy-build-feedback").tryQuery().map(Label.class::cast).orElse(null);
        assertThat(feedback).as("redis has no build image").isNull();
        Label runtimeFeedback = robot.lookup("#copy-runtime-feedback").queryAs(Label.class);
        assertThat(runtimeFeedback.isVisible()).isFalse();
        robot.clickOn("#copy-runtime");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runtimeFeedback.isVisible()).isTrue();
        assertThat(runtimeFeedback.getText()).isEqualTo("Copied");
        Bounds button = onScene(robot.lookup("#copy-runtime").query());
        Bounds notice = onScene(runtimeFeedback);
        assertThat(notice.getMinX()).as("right of the button").isBetween(button.getMaxX(), button.getMaxX() + 40);
        assertThat(notice.getMinY()).as("on the button's line").isLessThan(button.getMaxY());
        assertThat(notice.getMaxY()).isGreaterThan(button.getMinY());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !runtimeFeedback.isVisible());

        robot.clickOn("#copy-runtime");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ui.model.selectWorkload("go"));
        java.util.Set<Node> notices = robot.lookup(".dp-copied").queryAll();
        assertThat(notices).as("the Go results have their own rows").isNotEmpty();
        assertThat(notices).as("no notice survives a change of answers").noneMatch(Node::isVisible);
    }

    @Test
    void aStaticRuntimeSaysNoCLibrary(FxRobot robot) {
        toResults(robot, "go", HelmUse.NONE);
        Recommendation r = ui.model.recommendationProperty().get();
        assertThat(r.runtime().libc().id()).as("Go runs on the static image").isEqualTo("none");
        assertThat(robot.lookup("#runtime-facts").queryAs(Label.class).getText())
                .contains("no C library").doesNotContain(", none,");
    }

    /**
     * The four actions (with Migration, shown once a Dockerfile is in use) at the default size, at the
     * minimum window size and at 798×575, the content a window manager left of an 800×600 window with
     * its frame: every button shows its whole text, inside the window, in both languages.
     */
    @Test
    void everyResultActionShowsItsWholeTextAtTheMinimumSize(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path in = dir.resolve("Dockerfile");
        java.nio.file.Files.writeString(in, MigrationUiTest.DOCKERFILE);
        ui.nextDockerfileToOpen = in;
        // a key press ends the window's first seconds, in which a size below the minimum is corrected
        robot.press(javafx.scene.input.KeyCode.SHIFT).release(javafx.scene.input.KeyCode.SHIFT);
        robot.interact(() -> {
            stage.setMinWidth(0); // the window's own minimum would keep it from 798×575
            stage.setMinHeight(0);
        });
        for (Messages m : new Messages[]{Messages.english(), Messages.forLocale(java.util.Locale.SIMPLIFIED_CHINESE)}) {
            robot.interact(() -> ui.window.switchLanguage(m));
            robot.interact(() -> ui.model.goTo(dev.dhipicker.ui.model.Step.WORKLOAD));
            robot.interact(() -> robot.lookup("#start-from-dockerfile").queryButton().fire());
            robot.interact(() -> {
                for (int i = 0; i < 5; i++) {
                    ui.model.next();
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            for (double[] size : new double[][]{{1000, 700}, {800, 600}, {798, 575}}) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = m.textLanguage() + " " + (int) size[0] + "x" + (int) size[1];
                assertThat(stage.getScene().getWidth()).as(where).isEqualTo(size[0]);
                for (String id : new String[]{"export-dockerfile", "print-sheet", "save-pdf", "show-migration"}) {
                    Button b = robot.lookup("#" + id).queryAs(Button.class);
                    assertThat(b.isVisible()).as(where + " " + id).isTrue();
                    assertThat(b.getWidth()).as(where + " " + id + " keeps its width").isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
                    assertThat(onScene(b).getMaxX()).as(where + " " + id + " inside the window").isLessThanOrEqualTo(size[0]);
                    Text t = (Text) b.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).findFirst().orElseThrow();
                    assertThat(t.getText()).as(where + " " + id + " not cut").isEqualTo(b.getText().replace("_", ""));
                }
                assertThat(ScreenshotsTest.clippedLabels(stage.getScene().getRoot(), where)).isEmpty();
            }
        }
    }
}
