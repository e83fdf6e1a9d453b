package dev.dhipicker.ui;

import dev.dhipicker.catalog.UpstreamTrees;
import dev.dhipicker.catalog.update.ArchiveDownloader;
import dev.dhipicker.catalog.update.CatalogUpdater;
import dev.dhipicker.catalog.update.LocalArchiveServer;
import dev.dhipicker.catalog.update.ProxyChoice;
import dev.dhipicker.catalog.update.SafeUnpacker;
import dev.dhipicker.catalog.update.TarBuilder;
import dev.dhipicker.catalog.update.UpdateLimits;
import dev.dhipicker.catalog.update.UserCatalogStore;
import dev.dhipicker.i18n.Messages;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Update catalog…" in the real window against a web server on the loopback interface: the
 * footer's age and action, an update from an address (progress, result, the wizard switching to
 * the new catalog), a hostile archive refused in one line, and Cancel.
 */
@ExtendWith(ApplicationExtension.class)
class UpdateCatalogUiTest {
    static final String COMMIT = "c0ffee0123456789abcdef0123456789abcdef01";
    static final UpdateLimits LIMITS = UpdateLimits.DEFAULT.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));
    static LocalArchiveServer server;

    final UiHarness ui = new UiHarness();
    Path data;

    @BeforeAll
    static void serve() throws Exception {
        Path dir = Files.createTempDirectory("dhi-update-ui");
        Path good = dir.resolve("good.tar.gz");
        TarBuilder.github(good, COMMIT, LocalDate.parse("2026-11-30").toEpochDay() * 86400 + 3600,
                "docker-hardened-images-catalog-c0ffee0", UpstreamTrees.withNewPythonLine());
        Path traversal = dir.resolve("traversal.tar.gz");
        try (TarBuilder t = new TarBuilder(traversal, 0)) {
            t.file("top/image/a/info.yaml", "x".getBytes());
            t.file("top/../../../etc/cron.d/x.yaml", "x".getBytes());
        }
        server = new LocalArchiveServer().serve("/good.tar.gz", Files.readAllBytes(good))
                .serve("/slow.tar.gz", Files.readAllBytes(good))
                .serve("/traversal.tar.gz", Files.readAllBytes(traversal));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    Messages messages() {
        return Messages.forLocale(Locale.ENGLISH);
    }

    String screenshotName() {
        return "update-catalog.png";
    }

    @Start
    void start(Stage stage) throws Exception {
        data = Files.createTempDirectory("dhi-update-ui-data");
        ui.userCatalog = data.resolve(UserCatalogStore.CURRENT);
        ui.updates = new CatalogUpdates(UiHarness.CLOCK, () -> new CatalogUpdater(new UserCatalogStore(data),
                new ArchiveDownloader(ProxyChoice.fromEnvironment(Map.of()), LIMITS), new SafeUnpacker(LIMITS),
                server.uri("/repos/docker-hardened-images/catalog/tarball")), w -> Optional.empty());
        ui.start(stage, messages());
    }

    String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    void updateFrom(FxRobot robot, String path) throws Exception {
        startUpdate(robot, path);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !text(robot, "#update-result").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    void startUpdate(FxRobot robot, String path) {
        robot.clickOn("#update-catalog");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#update-source-address");
        robot.interact(() -> robot.lookup("#update-address").queryAs(TextField.class).setText(server.uri(path).toString()));
        robot.clickOn("#update-start");
    }

    @Test
    void cancelStopsADownloadThatStallsAndNothingChanges(FxRobot robot) throws Exception {
        startUpdate(robot, "/stall/slow.tar.gz");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> text(robot, "#update-status").equals(messages().get("ui.update.phase.download")));
        assertThat(robot.lookup("#update-cancel").queryButton().getText()).isEqualTo(messages().get("ui.update.cancel"));
        robot.clickOn("#update-cancel");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !text(robot, "#update-result").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#update-result")).isEqualTo(messages().get("update.error.cancelled"));
        assertThat(robot.lookup("#update-cancel").queryButton().getText()).isEqualTo(messages().get("ui.update.close"));
        robot.clickOn("#update-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#catalog-footer")).contains("2026-08-22");
        assertThat(Files.exists(data.resolve(UserCatalogStore.CURRENT))).isFalse();
    }

    @Test
    void anUpdateFromAnAddressSwitchesTheWizardToTheNewCatalog(FxRobot robot) throws Exception {
        Messages m = messages();
        assertThat(text(robot, "#catalog-footer")).contains("2026-08-22").contains(m.get("ui.footer.bundled"));
        assertThat(text(robot, "#catalog-age")).isEqualTo(m.get("ui.footer.age", "96"));
        robot.interact(() -> ui.model.selectWorkload("python"));

        updateFrom(robot, "/good.tar.gz");
        String result = text(robot, "#update-result");
        assertThat(result).startsWith(m.get("ui.update.done", "2026-11-30", COMMIT.substring(0, 12)));
        assertThat(text(robot, "#update-status")).isEqualTo(m.get("ui.update.phase.done"));
        assertThat(Files.exists(data.resolve(UserCatalogStore.CURRENT))).isTrue();

        Window dialog = robot.window(w -> w.getScene() != null && w.getScene().lookup("#update-result") != null);
        List<String> clipped = ScreenshotsTest.clippedLabels(dialog.getScene().getRoot(), "update dialog");
        assertThat(clipped).isEmpty();
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = dialog.getScene().snapshot(null));
        Path file = ScreenshotsTest.outputDir().resolve(screenshotName());
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", file.toFile());

        robot.clickOn("#update-cancel"); // Close
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#catalog-footer")).contains("2026-11-30").contains(m.get("ui.footer.updated"));
        assertThat(robot.lookup("#catalog-age").queryAs(Label.class).isVisible()).isFalse();
        assertThat(ui.model.workloadProperty().get()).as("the answers stay").isNotNull();
        assertThat(ui.model.recommendationProperty().get().runtime().reference())
                .isEqualTo("dhi.io/python:" + UpstreamTrees.NEW_LINE + "-debian13");
    }

    @Test
    void theFooterShowsTheAgeAndTheActionUnclippedDownTo800By600(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#update-catalog").queryAs(javafx.scene.control.Hyperlink.class).getText())
                .isEqualTo(messages().get("ui.footer.update"));
        Window main = robot.lookup("#catalog-footer").query().getScene().getWindow();
        for (double[] size : new double[][]{{MainWindow.WIDTH, MainWindow.HEIGHT}, {800, 600}}) {
            robot.interact(() -> {
                main.setWidth(size[0]);
                main.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(ScreenshotsTest.clippedLabels(main.getScene().getRoot(), "footer at " + (int) size[0]))
                    .isEmpty();
        }
        robot.interact(() -> {
            main.setWidth(MainWindow.WIDTH);
            main.setHeight(MainWindow.HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = main.getScene().snapshot(null));
        Path file = ScreenshotsTest.outputDir().resolve(screenshotName().replace(".png", "-footer.png"));
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", file.toFile());
    }

    @Test
    void aHostileArchiveIsRefusedInOneLineAndTheCatalogStays(FxRobot robot) throws Exception {
        updateFrom(robot, "/traversal.tar.gz");
        assertThat(text(robot, "#update-result")).isEqualTo(messages().get("update.error.unsafeName",
                server.uri("/traversal.tar.gz").toString(), "top/../../../etc/cron.d/x.yaml")).doesNotContain("\n");
        assertThat(text(robot, "#update-status")).isEqualTo(messages().get("ui.update.phase.failed"));
        robot.clickOn("#update-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#catalog-footer")).contains("2026-08-22");
        assertThat(Files.exists(data.resolve(UserCatalogStore.CURRENT))).isFalse();
    }
}
