package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.SizePriority;
import dev.dhipicker.ui.model.Step;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders every page at the default size (1000×700) and at 800×600, checks that no label is cut
 * short with an ellipsis, and writes PNGs to target/screenshots (or to the folder named by
 * {@code -Ddhi.screenshots=docs/screenshots}, which is how the README's pictures are made).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {

    private final UiHarness ui = new UiHarness();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ui.start(stage, messages());
    }

    Messages messages() {
        return Messages.english();
    }

    String prefix() {
        return "wizard";
    }

    static Path outputDir() throws IOException {
        Path dir = Path.of(System.getProperty("dhi.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        return dir;
    }

    @Test
    void everyPageRendersWithoutClippedText(FxRobot robot) throws Exception {
        List<String> clipped = new ArrayList<>();
        for (double[] size : new double[][]{{1000, 700}, {800, 600}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
                ui.model.startOver();
            });
            // the first page as a first-time user sees it: nothing chosen, nothing highlighted
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#workload-list").queryAs(javafx.scene.control.ListView.class)
                    .getSelectionModel().getSelectedItem()).as("no preselected answer").isNull();
            assertThat(robot.lookup("#next-button").query().isDisabled()).isTrue();
            for (Step s : Step.values()) {
                if (s != Step.WORKLOAD) {
                    robot.interact(() -> ui.model.next());
                    WaitForAsyncUtils.waitForFxEvents();
                }
                assertThat(ui.model.stepProperty().get()).isEqualTo(s);
                clipped.addAll(clippedLabels(stage.getScene().getRoot(), s + " at " + (int) size[0]));
                if (size[0] == 1000) {
                    Path file = outputDir().resolve(prefix() + "-" + (s.ordinal() + 1) + "-"
                            + s.name().toLowerCase(Locale.ROOT) + ".png");
                    ImageIO.write(SwingFXUtils.fromFXImage(snapshot(robot), null), "png", file.toFile());
                    assertThat(Files.size(file)).as(file.toString()).isGreaterThan(10_000);
                }
                if (s == Step.WORKLOAD) {
                    robot.interact(() -> {
                        ui.model.selectWorkload("python");
                        ui.model.chooseLibc(LibcNeed.MUSL);
                        ui.model.chooseSize(SizePriority.SMALLEST);
                        ui.model.chooseCompliance(ComplianceNeed.FIPS);
                        ui.model.setOrg("acme");
                        ui.model.chooseHelm(HelmUse.OWN_CHART);
                    });
                }
            }
        }
        assertThat(clipped).isEmpty();
    }

    private WritableImage snapshot(FxRobot robot) {
        WritableImage[] out = new WritableImage[1];
        robot.interact(() -> out[0] = stage.getScene().snapshot(null));
        return out[0];
    }

    /** Labels whose text is shown cut short (JavaFX replaces the end with an ellipsis). */
    static List<String> clippedLabels(Node node, String where) {
        List<String> out = new ArrayList<>();
        if (node instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && t.getText() != null
                        && !t.getText().replace("_", "").equals(l.getText().replace("_", ""))
                        && (t.getText().endsWith("…") || t.getText().endsWith("..."))) {
                    out.add(where + ": '" + l.getText() + "' shown as '" + t.getText() + "'");
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                out.addAll(clippedLabels(c, where));
            }
        }
        return out;
    }
}
