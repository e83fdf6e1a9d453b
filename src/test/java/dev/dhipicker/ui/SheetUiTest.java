package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** "Save sheet as PDF…" and "Print comparison sheet…" from the results page of the real window. */
@ExtendWith(ApplicationExtension.class)
class SheetUiTest {

    private final UiHarness ui = new UiHarness();

    @Start
    void start(Stage stage) throws Exception {
        ui.start(stage, Messages.english());
    }

    private void toResults(FxRobot robot) {
        robot.interact(() -> {
            ui.model.selectWorkload("python");
            for (int i = 0; i < 5; i++) {
                ui.model.next();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String pdfText(Path file) throws Exception {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void savesASearchablePdfAndReplacesAFileWithoutAskingTwice(FxRobot robot, @TempDir Path dir) throws Exception {
        toResults(robot);
        String runtime = robot.lookup("#runtime-reference").queryAs(Label.class).getText();
        Path target = dir.resolve("sheet.pdf");
        ui.nextDockerfileTarget = target;
        robot.clickOn("#save-pdf");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#info-dialog").tryQuery()).isPresent();
        robot.clickOn(robot.lookup("#info-dialog .button").queryButton());
        assertThat(Files.readString(target, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        assertThat(pdfText(target)).contains(runtime).contains("2026-08-22");
        long size = Files.size(target);

        // The save dialog asks before replacing a file; the wizard does not ask a second time.
        Files.writeString(target, "my own notes");
        robot.clickOn("#save-pdf");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#confirm-dialog").tryQuery()).as("asked once, by the save dialog").isEmpty();
        robot.clickOn(robot.lookup("#info-dialog .button").queryButton());
        assertThat(Files.readString(target, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        assertThat(size).isGreaterThan(5_000);
    }

    @Test
    void printShowsAPreviewAndOffersPdfWhenNoPrinterIsInstalled(FxRobot robot, @TempDir Path dir) throws Exception {
        toResults(robot);
        robot.clickOn("#print-sheet");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#print-preview-pages").tryQuery()).isPresent();
        // the tests run with the en_US locale: the preview is laid out on US Letter, and says so
        assertThat(SheetActions.paperFor(java.util.Locale.getDefault())).isEqualTo(dev.dhipicker.export.Paper.LETTER);
        javafx.scene.layout.Region firstPage = (javafx.scene.layout.Region) robot.lookup(".dp-print-page").query();
        assertThat(firstPage.getWidth()).as("a Letter page is 612 pt wide").isCloseTo(612, org.assertj.core.data.Offset.offset(1.0));
        assertThat(robot.lookup("#print-preview-count").queryAs(Label.class).getText())
                .matches("\\d+ page\\(s\\) on US Letter \\(8\\.5 × 11 in\\) paper");
        javafx.scene.Scene preview = robot.lookup("#print-preview").query().getScene();
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> img[0] = preview.snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img[0], null), "png",
                ScreenshotsTest.outputDir().resolve("print-preview.png").toFile());
        Path target = dir.resolve("from-print.pdf");
        ui.nextDockerfileTarget = target;
        robot.clickOn("#print-preview-print");
        WaitForAsyncUtils.waitForFxEvents();
        Label text = robot.lookup("#confirm-dialog .content").queryAs(Label.class);
        assertThat(text.getText()).contains("No printer is installed");
        robot.clickOn(robot.lookup("#confirm-dialog .button").match(n -> ((javafx.scene.control.Button) n).isDefaultButton())
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#info-dialog .button").queryButton());
        assertThat(Files.exists(target)).isTrue();
        assertThat(pdfText(target)).contains("python");
    }
}
