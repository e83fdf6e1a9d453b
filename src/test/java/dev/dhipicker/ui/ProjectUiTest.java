package dev.dhipicker.ui;

import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.discover.Discovery;
import dev.dhipicker.discover.DiscoveryReport;
import dev.dhipicker.discover.MarkdownReport;
import dev.dhipicker.discover.WalkLimits;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.migrate.Migrator;
import dev.dhipicker.ui.model.Engine;
import dev.dhipicker.ui.model.ProjectTable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
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

import static org.assertj.core.api.Assertions.assertThat;

/** "Open project…": the references of a folder in a table, the filter, the Markdown and the PDF report. */
@ExtendWith(ApplicationExtension.class)
class ProjectUiTest {
    static final Path FIXTURE = Path.of("src/test/resources/discover/fixtures/every-place").toAbsolutePath();

    final UiHarness ui = new UiHarness();

    @Start
    void start(Stage stage) throws Exception {
        ui.start(stage, messages());
    }

    Messages messages() {
        return Messages.english();
    }

    String screenshotName() {
        return "project.png";
    }

    /** The discovery as the CLI's engine makes it, computed here without the window. */
    private DiscoveryReport expected() throws Exception {
        Engine e = ui.model.engineProperty().get();
        ImageMap map = ImageMap.loadBundled(e.catalog());
        Messages m = messages();
        return new Discovery(new Migrator(e.recommender(), map), e.catalog(), map, m::get, WalkLimits.standard())
                .discover(FIXTURE, new MigrateOptions(null, ui.model.complianceProperty().get(),
                        ui.model.orgProperty().get()));
    }

    private void openProject(FxRobot robot) {
        MenuItem item = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0)
                .getItems().stream().filter(i -> "menu-open-project".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo(messages().get("ui.menu.openProject"));
        // not robot.interact: an error dialog waits for its button inside the action
        javafx.application.Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTableShowsEveryReferenceTheFilterNarrowsItAndTheMarkdownReportIsSaved(FxRobot robot, @TempDir Path tmp)
            throws Exception {
        ui.nextProjectFolder = FIXTURE;
        openProject(robot);
        DiscoveryReport report = expected();
        @SuppressWarnings("unchecked")
        TableView<ProjectTable.Row> table = robot.lookup("#project-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(report.references().size())
                .containsExactlyElementsOf(ProjectTable.rows(report, messages()));
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly(
                messages().get("ui.project.column.file"), messages().get("ui.project.column.line"),
                messages().get("ui.project.column.place"), messages().get("ui.project.column.current"),
                messages().get("ui.project.column.counterpart"), messages().get("ui.project.column.status"));
        screenshot(robot);

        TextField filter = robot.lookup("#project-filter").queryAs(TextField.class);
        robot.interact(() -> filter.setText("COMPOSE.YAML"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(report.references().size())
                .allSatisfy(r -> assertThat(r.file() + r.place() + r.current() + r.counterpart() + r.status())
                        .containsIgnoringCase("compose.yaml"));
        robot.interact(() -> filter.setText(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(report.references().size());

        Path target = tmp.resolve("report.md");
        ui.nextDockerfileTarget = target;
        robot.clickOn("#project-save-markdown");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(MarkdownReport.write(report, messages()));
        assertThat(ui.dockerfileRequests).containsExactly(messages().get("ui.project.saveTitle") + " | dhi-discover.md");
        robot.clickOn("#project-close");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void thePdfReportIsTheOneTheCliWritesForTheSameFolder(FxRobot robot, @TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(!messages().locale().getLanguage().equals("zh")
                || "true".equalsIgnoreCase(System.getenv("CI"))
                || !dev.dhipicker.export.FontLocator.fontconfig().find(":lang=zh-cn").isEmpty(), "no CJK font installed");
        ui.nextProjectFolder = FIXTURE;
        openProject(robot);
        Path target = tmp.resolve("report.pdf");
        ui.nextDockerfileTarget = target;
        robot.clickOn("#project-save-pdf");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.dockerfileRequests).containsExactly(messages().get("ui.project.savePdfTitle") + " | dhi-discover.pdf");
        assertThat(robot.lookup("#project-status").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo(messages().get("ui.dockerfile.saved", target.toString()));

        // the CLI, on the same folder with the wizard's day, language and paper
        Path cli = tmp.resolve("cli.pdf");
        String lang = messages().locale().getLanguage().equals("zh") ? "zh-CN" : "en";
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = dev.dhipicker.cli.Cli.run(new String[] {"discover", FIXTURE.toString(), "--lang", lang,
                "--today", ui.model.engineProperty().get().recommender().today().toString(),
                "--paper", dev.dhipicker.export.Paper.forLocale(java.util.Locale.getDefault()).id(),
                "--pdf", cli.toString()}, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        String wizard = pdfText(target);
        assertThat(wizard).isEqualTo(pdfText(cli)).contains(messages().get("discover.pdf.title"), "every-place");
        robot.clickOn("#project-close");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String pdfText(Path pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aSelectedDockerfileOpensInTheMigrationView(FxRobot robot) throws Exception {
        ui.nextProjectFolder = FIXTURE;
        openProject(robot);
        @SuppressWarnings("unchecked")
        TableView<ProjectTable.Row> table = robot.lookup("#project-table").queryAs(TableView.class);
        javafx.scene.control.Button open = robot.lookup("#project-open-migration").queryButton();
        assertThat(open.isDisabled()).as("nothing selected").isTrue();
        int compose = indexOf(table, "compose.yaml");
        robot.interact(() -> table.getSelectionModel().select(compose));
        assertThat(open.isDisabled()).as("not a Dockerfile").isTrue();
        int api = indexOf(table, "api/Dockerfile");
        robot.interact(() -> table.getSelectionModel().select(api));
        assertThat(open.isDisabled()).isFalse();
        robot.clickOn("#project-open-migration");
        WaitForAsyncUtils.waitForFxEvents();
        Engine e = ui.model.engineProperty().get();
        Migrator migrator = new Migrator(e.recommender(), ImageMap.loadBundled(e.catalog()));
        String expected = migrator.migrate(new dev.dhipicker.migrate.DockerfileParser(
                dev.dhipicker.migrate.InputLimits.standard()).parse(Files.readAllBytes(FIXTURE.resolve("api/Dockerfile"))),
                new MigrateOptions(null, ui.model.complianceProperty().get(), ui.model.orgProperty().get()),
                messages()::get).dockerfile();
        assertThat(robot.lookup("#migration-migrated").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo(expected).contains("FROM dhi.io/golang:");
        robot.clickOn("#migration-close");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#project-close");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int indexOf(TableView<ProjectTable.Row> table, String file) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).file().equals(file)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + file);
    }

    @Test
    void cancellingTheFolderDialogOpensNothing(FxRobot robot) {
        ui.nextProjectFolder = null;
        openProject(robot);
        assertThat(robot.lookup("#project-table").tryQuery()).isEmpty();
    }

    @Test
    void aFolderThatCannotBeReadIsOneErrorDialog(FxRobot robot, @TempDir Path tmp) {
        Path missing = tmp.resolve("missing");
        ui.nextProjectFolder = missing;
        openProject(robot);
        assertThat(robot.lookup("#error-detail").tryQuery()).isPresent();
        assertThat(robot.lookup("#project-table").tryQuery()).isEmpty();
        robot.clickOn(robot.lookup("#error-dialog .button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void screenshot(FxRobot robot) throws Exception {
        Window w = robot.window(n -> n.getScene() != null && n.getScene().lookup("#project-table") != null);
        WaitForAsyncUtils.waitForFxEvents();
        // table cells may be cut by their column (the whole text is in the cell's tooltip); nothing else may
        javafx.scene.Parent root = w.getScene().getRoot();
        for (javafx.scene.Node part : root.getChildrenUnmodifiable()) {
            if (part instanceof javafx.scene.Parent p && !(part instanceof TableView)) {
                assertThat(ScreenshotsTest.clippedLabels(p, "project view")).isEmpty();
            }
        }
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = w.getScene().snapshot(null));
        Path file = ScreenshotsTest.outputDir().resolve(screenshotName());
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", file.toFile());
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
