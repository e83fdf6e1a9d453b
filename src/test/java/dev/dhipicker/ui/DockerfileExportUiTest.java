package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.HelmUse;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Export Dockerfile…" on the results page: preview, copy, save, overwrite confirmation, errors. */
@ExtendWith(ApplicationExtension.class)
class DockerfileExportUiTest {

    final UiHarness ui = new UiHarness();

    @Start
    void start(Stage stage) throws Exception {
        ui.start(stage, messages());
    }

    Messages messages() {
        return Messages.english();
    }

    String screenshotName() {
        return "dockerfile-preview.png";
    }

    /** Walks to the results page for python, clicking Next like a user. */
    private void walkToResults(FxRobot robot, String workload) {
        robot.interact(() -> ui.model.selectWorkload(workload));
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#next-button");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(ui.model.stepProperty().get().name()).isEqualTo("RESULTS");
    }

    private void openPreview(FxRobot robot) {
        // the actions sit right under the references, visible without scrolling
        robot.clickOn("#export-dockerfile");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dockerfile-preview").tryQuery()).as("the preview window opened").isPresent();
    }

    private static String preview(FxRobot robot) {
        return robot.lookup("#dockerfile-preview").queryAs(TextArea.class).getText();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#dockerfile-status").queryAs(Label.class).getText();
    }

    private static void click(FxRobot robot, String query) {
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the OK (true) or Cancel (false) button of the open confirmation dialog. */
    private static void answer(FxRobot robot, boolean ok) {
        assertThat(robot.lookup("#confirm-dialog").tryQuery()).as("a confirmation is asked").isPresent();
        Button b = robot.lookup("#confirm-dialog .button").match((Node n) -> n instanceof Button btn
                && (ok ? btn.isDefaultButton() : btn.isCancelButton())).queryButton();
        robot.clickOn(b);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#confirm-dialog").tryQuery()).isEmpty();
    }

    @Test
    void previewCopySaveAndOverwrite(FxRobot robot, @TempDir Path dir) throws Exception {
        walkToResults(robot, "python");
        String runtime = robot.lookup("#runtime-reference").queryAs(Label.class).getText();
        openPreview(robot);

        TextArea area = robot.lookup("#dockerfile-preview").queryAs(TextArea.class);
        String text = area.getText();
        assertThat(area.isEditable()).isFalse();
        assertThat(area.getStyleClass()).contains("dp-mono");
        assertThat(text).startsWith("# syntax=docker/dockerfile:1\n").contains("FROM " + runtime + "\n");
        assertThat(text).contains("FROM " + ui.model.recommendationProperty().get().build().reference() + " AS build");

        click(robot, "#dockerfile-copy");
        assertThat(ui.copied).containsExactly(text);
        assertThat(status(robot)).isNotBlank();

        // Save: the chooser offers "Dockerfile"; the file gets exactly the preview's text.
        Path target = dir.resolve("Dockerfile");
        ui.nextDockerfileTarget = target;
        click(robot, "#dockerfile-save");
        assertThat(ui.dockerfileRequests).hasSize(1).allSatisfy(r -> assertThat(r).endsWith("| Dockerfile"));
        assertThat(robot.lookup("#confirm-dialog").tryQuery()).as("a new file is written without asking").isEmpty();
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(status(robot)).contains(target.toString());

        // Saving over an existing file: the save dialog has asked already, so it is replaced without a
        // second question, and the focus comes back to the preview window.
        String mine = "# my own Dockerfile\nFROM scratch\n";
        Files.writeString(target, mine);
        click(robot, "#dockerfile-save");
        assertThat(robot.lookup("#confirm-dialog").tryQuery()).as("asked once, by the save dialog").isEmpty();
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(text);
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).as("no temporary file left behind").containsExactly(target);
        }
        Window previewWindow = robot.window(n -> n.getScene() != null && n.getScene().lookup("#dockerfile-preview") != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(previewWindow.isFocused()).as("the focus returns to the preview").isTrue();
        assertThat(previewWindow.getScene().getFocusOwner()).isSameAs(area);

        // Cancelling the save dialog writes nothing and asks nothing.
        ui.nextDockerfileTarget = null;
        Files.writeString(target, mine);
        click(robot, "#dockerfile-save");
        assertThat(robot.lookup("#confirm-dialog").tryQuery()).isEmpty();
        assertThat(Files.readString(target)).isEqualTo(mine);

        click(robot, "#dockerfile-close");
        assertThat(robot.lookup("#dockerfile-preview").tryQuery()).as("Close closes the window").isEmpty();
    }

    @Test
    void aFailedWriteIsOneClearErrorDialog(FxRobot robot, @TempDir Path dir) throws Exception {
        walkToResults(robot, "go");
        openPreview(robot);
        Path missing = dir.resolve("no-such-folder").resolve("Dockerfile");
        ui.nextDockerfileTarget = missing;
        click(robot, "#dockerfile-save");
        Label detail = robot.lookup("#error-detail").queryAs(Label.class);
        assertThat(detail.getText()).isEqualTo(messages().get("dockerfile.error.noFolder", missing.toString(),
                missing.getParent().toString())).doesNotContain("Exception").doesNotContain("\tat ");
        robot.clickOn(robot.lookup("#error-dialog .button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#error-detail").tryQuery()).isEmpty();
        assertThat(Files.exists(missing)).isFalse();
        assertThat(robot.lookup("#dockerfile-preview").tryQuery()).as("the preview stays open").isPresent();
    }

    @Test
    void theEntryOptionChangesThePreviewAndAnUnsafeOneIsRefused(FxRobot robot) {
        walkToResults(robot, "python");
        openPreview(robot);
        assertThat(preview(robot)).contains("\"app.py\"");
        robot.clickOn("#dockerfile-entry").write("myapp.main");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview(robot)).contains("\"-m\", \"myapp.main\"").doesNotContain("\"app.py\"");

        robot.interact(() -> robot.lookup("#dockerfile-entry").queryAs(TextField.class).setText("app.py\nRUN rm -rf /"));
        Label problem = robot.lookup("#dockerfile-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains(messages().get("dockerfile.field.entry"));
        assertThat(robot.lookup("#dockerfile-copy").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#dockerfile-save").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(() -> robot.lookup("#dockerfile-entry").queryAs(TextField.class).setText(""));
        assertThat(problem.isVisible()).isFalse();
        assertThat(preview(robot)).contains("\"app.py\"");
    }

    @Test
    void anApplicationImageHasNoEntryAndKeepsTheChartDigest(FxRobot robot) {
        robot.interact(() -> {
            ui.model.selectWorkload("redis");
            ui.model.chooseHelm(HelmUse.DHI_CHART);
        });
        for (int i = 0; i < 5; i++) {
            robot.interact(() -> ui.model.next());
        }
        String runtime = ui.model.recommendationProperty().get().runtime().reference();
        openPreview(robot);
        assertThat(robot.lookup("#dockerfile-entry").tryQuery()).as("an application image has no entry").isEmpty();
        assertThat(preview(robot)).contains("FROM " + runtime + "\n");
        assertThat(runtime).as("DHI chart images are pinned by digest").contains("@sha256:");
    }

    @Test
    void screenshotOfThePreview(FxRobot robot) throws Exception {
        walkToResults(robot, "python");
        openPreview(robot);
        Window w = robot.window(n -> n.getScene() != null && n.getScene().lookup("#dockerfile-preview") != null);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> clipped = ScreenshotsTest.clippedLabels(w.getScene().getRoot(), "dockerfile preview");
        assertThat(clipped).isEmpty();
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = w.getScene().snapshot(null));
        Path file = ScreenshotsTest.outputDir().resolve(screenshotName());
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", file.toFile());
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
