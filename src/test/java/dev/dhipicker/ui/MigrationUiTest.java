package dev.dhipicker.ui;

import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.DockerfileParser;
import dev.dhipicker.migrate.Finding;
import dev.dhipicker.migrate.InputLimits;
import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.migrate.MigrationResult;
import dev.dhipicker.migrate.Migrator;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.SizePriority;
import dev.dhipicker.ui.model.Step;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
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

/** "Start from a Dockerfile…": inferred answers, the Migration view, copy and save of the migrated file. */
@ExtendWith(ApplicationExtension.class)
class MigrationUiTest {

    static final String DOCKERFILE = """
            FROM python:3.12-slim
            WORKDIR /app
            COPY requirements.txt .
            RUN pip install --no-cache-dir -r requirements.txt
            COPY . .
            EXPOSE 80
            CMD python app.py
            """;

    final UiHarness ui = new UiHarness();

    @Start
    void start(Stage stage) throws Exception {
        ui.start(stage, messages());
    }

    Messages messages() {
        return Messages.english();
    }

    String screenshotName() {
        return "migration.png";
    }

    private static void click(FxRobot robot, String query) {
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path dockerfile(Path dir) throws Exception {
        Path in = dir.resolve("Dockerfile");
        Files.writeString(in, DOCKERFILE, StandardCharsets.UTF_8);
        return in;
    }

    /** The migration as the engine makes it, computed here without the window. */
    private MigrationResult expected(Path in) throws Exception {
        var engine = ui.model.engineProperty().get();
        Migrator migrator = new Migrator(engine.recommender(), ImageMap.loadBundled(engine.catalog()));
        return migrator.migrate(new DockerfileParser(InputLimits.standard()).parse(Files.readAllBytes(in)),
                MigrateOptions.defaults(), messages()::get);
    }

    private void openFromFirstPage(FxRobot robot, Path in) {
        ui.nextDockerfileToOpen = in;
        click(robot, "#start-from-dockerfile");
    }

    private void walkToResultsAndOpenMigration(FxRobot robot, String inferredNote) {
        for (int i = 0; i < 5; i++) {
            click(robot, "#next-button");
        }
        assertThat(ui.model.stepProperty().get()).isEqualTo(Step.RESULTS);
        assertThat(robot.lookup("#migration-inferred").queryAs(Label.class).getText()).isEqualTo(inferredNote);
        windowShot(robot, "results");
        click(robot, "#show-migration");
        assertThat(robot.lookup("#migration-original").tryQuery()).as("the migration window opened").isPresent();
    }

    @Test
    void aDockerfileFillsTheInferredAnswersAndMigratesAndSaves(FxRobot robot, @TempDir Path dir) throws Exception {
        Path in = dockerfile(dir);
        openFromFirstPage(robot, in);

        // inferred from python:3.12-slim: the workload, its version line, glibc (Debian), smallest (slim)
        assertThat(ui.model.workloadProperty().get()).isEqualTo("python");
        assertThat(ui.model.versionProperty().get()).isEqualTo("3.12");
        assertThat(ui.model.libcProperty().get()).isEqualTo(LibcNeed.GLIBC);
        assertThat(ui.model.sizeProperty().get()).isEqualTo(SizePriority.SMALLEST);
        assertThat(ui.model.stepProperty().get()).isEqualTo(Step.WORKLOAD);
        assertThat(robot.lookup("#version-choice").queryComboBox().getValue()).as("the page shows the inferred line")
                .isEqualTo("3.12");
        Label note = robot.lookup("#inferred-note").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        Messages m = messages();
        String all = String.join(m.get("value.list.separator"), m.get("answer.workload"), m.get("answer.version"),
                m.get("answer.libc"), m.get("answer.size"));
        assertThat(note.getText()).isEqualTo(m.get("ui.migration.inferred", "Dockerfile", "python:3.12-slim", all));
        windowShot(robot, "start");

        // an answer the user changes is no longer called inferred
        robot.interact(() -> ui.model.chooseSize(SizePriority.BALANCED));
        assertThat(note.getText()).doesNotContain(m.get("answer.size"));
        robot.interact(() -> ui.model.chooseSize(SizePriority.SMALLEST));

        walkToResultsAndOpenMigration(robot, note.getText());
        assertThat(ui.model.recommendationProperty().get().runtime().reference()).startsWith("dhi.io/python:3.12");

        MigrationResult want = expected(in);
        TextArea original = robot.lookup("#migration-original").queryAs(TextArea.class);
        TextArea migrated = robot.lookup("#migration-migrated").queryAs(TextArea.class);
        assertThat(original.isEditable()).isFalse();
        assertThat(migrated.isEditable()).isFalse();
        assertThat(original.getText()).isEqualTo(DOCKERFILE);
        assertThat(migrated.getText()).isEqualTo(want.dockerfile())
                .contains("FROM dhi.io/python:3.12").doesNotContain("FROM python:3.12-slim");

        // the findings, and selecting one selects its line in the original
        @SuppressWarnings("unchecked")
        ListView<Finding> findings = robot.lookup("#migration-findings").queryAs(ListView.class);
        assertThat(findings.getItems()).isEqualTo(want.findings());
        Finding port = findings.getItems().stream().filter(f -> f.rule().equals("low-port")).findFirst().orElseThrow();
        assertThat(port.line()).isEqualTo(6);
        robot.interact(() -> findings.getSelectionModel().select(port));
        assertThat(original.getSelectedText()).isEqualTo("EXPOSE 80");
        Finding cmd = findings.getItems().stream().filter(f -> f.line() == 7).findFirst().orElseThrow();
        robot.interact(() -> findings.getSelectionModel().select(cmd));
        assertThat(original.getSelectedText()).isEqualTo("CMD python app.py");
        // each stage with what it became and why, in the interface language
        @SuppressWarnings("unchecked")
        ListView<dev.dhipicker.migrate.StageResult> stages = robot.lookup("#migration-stages").queryAs(ListView.class);
        assertThat(stages.getItems()).isEqualTo(want.stages()).isNotEmpty();
        java.util.Set<javafx.scene.Node> stageCells = robot.lookup("#migration-stages .list-cell").queryAll();
        for (dev.dhipicker.migrate.StageResult st : want.stages()) {
            String reason = m.get(st.reasonKey(), st.reasonArgs().toArray());
            assertThat(stageCells).as("stage at line " + st.line()).anySatisfy(n -> assertThat(((javafx.scene.control.Labeled) n)
                    .getText()).contains(st.from()).contains(reason));
        }
        screenshot(robot);

        // the changes beside it: a diff whose removed lines come from the original and added ones from the result
        robot.clickOn((javafx.scene.Node) robot.lookup("#migration-views .tab").nth(1).query());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> diff = robot.lookup("#migration-diff").queryAs(ListView.class);
        assertThat(diff.isVisible()).isTrue();
        List<String> inLines = DOCKERFILE.lines().toList();
        List<String> outLines = want.dockerfile().lines().toList();
        List<String> removed = diff.getItems().stream().filter(l -> l.startsWith("-") && !l.startsWith("--- ")).toList();
        List<String> added = diff.getItems().stream().filter(l -> l.startsWith("+") && !l.startsWith("+++ ")).toList();
        assertThat(removed).contains("-FROM python:3.12-slim").allSatisfy(l -> assertThat(inLines).contains(l.substring(1)));
        assertThat(added).anySatisfy(l -> assertThat(l).startsWith("+FROM dhi.io/python:3.12"))
                .allSatisfy(l -> assertThat(outLines).contains(l.substring(1)));
        for (javafx.scene.Node n : robot.lookup("#migration-diff .list-cell").queryAll()) {
            String text = ((javafx.scene.control.Labeled) n).getText();
            if (text == null) {
                continue;
            }
            boolean plus = text.startsWith("+") && !text.startsWith("+++ ");
            boolean minus = text.startsWith("-") && !text.startsWith("--- ");
            assertThat(n.getStyleClass().contains("dp-diff-added")).as(text).isEqualTo(plus);
            assertThat(n.getStyleClass().contains("dp-diff-removed")).as(text).isEqualTo(minus);
        }
        screenshotAs(robot, screenshotName().replace("migration", "migration-diff"));
        robot.clickOn((javafx.scene.Node) robot.lookup("#migration-views .tab").nth(0).query());
        WaitForAsyncUtils.waitForFxEvents();

        click(robot, "#migration-copy");
        assertThat(ui.copied).containsExactly(want.dockerfile());

        // save: a new file gets exactly the migrated text; an existing one is replaced (the dialog asked)
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Path target = out.resolve("Dockerfile");
        ui.nextDockerfileTarget = target;
        click(robot, "#migration-save");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(want.dockerfile());
        assertThat(robot.lookup("#migration-status").queryAs(Label.class).getText()).contains(target.toString());
        Files.writeString(target, "FROM scratch\n");
        click(robot, "#migration-save");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(want.dockerfile());
        try (var files = Files.list(out)) {
            assertThat(files.toList()).as("no temporary file left behind").containsExactly(target);
        }
        assertThat(ui.dockerfileRequests).hasSize(2)
                .allSatisfy(r -> assertThat(r).isEqualTo(m.get("ui.migration.chooser.title") + " | Dockerfile"));
        assertThat(Files.readString(in)).as("the input is never touched").isEqualTo(DOCKERFILE);

        // a failed write is one error dialog, no stack trace
        Path missing = dir.resolve("no-such-folder").resolve("Dockerfile");
        ui.nextDockerfileTarget = missing;
        click(robot, "#migration-save");
        Label detail = robot.lookup("#error-detail").queryAs(Label.class);
        assertThat(detail.getText()).isEqualTo(m.get("dockerfile.error.noFolder", missing.toString(),
                missing.getParent().toString())).doesNotContain("Exception");
        robot.clickOn(robot.lookup("#error-dialog .button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        click(robot, "#migration-close");
        assertThat(robot.lookup("#migration-original").tryQuery()).isEmpty();
    }

    @Test
    void selectingAFindingFarDownScrollsTheOriginalToItsLine(FxRobot robot, @TempDir Path dir) throws Exception {
        Path in = dir.resolve("Dockerfile");
        Files.writeString(in, "FROM node:22\n" + "# padding\n".repeat(150) + "EXPOSE 80\nCMD [\"node\", \"s.js\"]\n");
        openFromFirstPage(robot, in);
        walkToResultsAndOpenMigration(robot, robot.lookup("#inferred-note").queryAs(Label.class).getText());
        TextArea original = robot.lookup("#migration-original").queryAs(TextArea.class);
        assertThat(original.getScrollTop()).isZero();
        @SuppressWarnings("unchecked")
        ListView<Finding> findings = robot.lookup("#migration-findings").queryAs(ListView.class);
        Finding port = findings.getItems().stream().filter(f -> f.line() == 152).findFirst().orElseThrow();
        robot.interact(() -> findings.getSelectionModel().select(port));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(original.getSelectedText()).isEqualTo("EXPOSE 80");
        javafx.scene.text.Text probe = new javafx.scene.text.Text("X");
        probe.setFont(original.getFont());
        double lineTop = 151 * probe.getLayoutBounds().getHeight();
        assertThat(original.getScrollTop()).as("the line is scrolled into view")
                .isBetween(lineTop - original.getHeight() + 40, lineTop);
        click(robot, "#migration-close");
    }

    @Test
    void theFileMenuOpensADockerfileToo(FxRobot robot, @TempDir Path dir) throws Exception {
        Path in = dir.resolve("Dockerfile.alpine");
        Files.writeString(in, "FROM node:22-alpine\nCOPY . /app\nCMD [\"node\", \"/app/server.js\"]\n");
        ui.nextDockerfileToOpen = in;
        MenuItem item = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0)
                .getItems().stream().filter(i -> "menu-start-from-dockerfile".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo(messages().get("ui.menu.startFromDockerfile"));
        robot.interact(item::fire);
        assertThat(ui.model.workloadProperty().get()).isEqualTo("node");
        assertThat(ui.model.libcProperty().get()).as("alpine: musl is acceptable").isEqualTo(LibcNeed.MUSL);
        assertThat(ui.model.sizeProperty().get()).isEqualTo(SizePriority.SMALLEST);
    }

    @Test
    void anInferredWorkloadIsShownAndSelectedEvenWhenAnOldSearchHid(FxRobot robot, @TempDir Path dir) throws Exception {
        // a search for kafka, its top match taken with Enter, then on to the results
        robot.clickOn("#workload-search").write("kafka");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.model.workloadProperty().get()).isEqualTo("kafka");
        for (int i = 0; i < 4; i++) {
            click(robot, "#next-button");
        }
        assertThat(ui.model.stepProperty().get()).isEqualTo(Step.RESULTS);

        // File → Start from a Dockerfile… with python:3.12-slim
        ui.nextDockerfileToOpen = dockerfile(dir);
        click(robot, "#menu-file");
        click(robot, "#menu-start-from-dockerfile");
        assertThat(ui.model.stepProperty().get()).isEqualTo(Step.WORKLOAD);
        assertThat(ui.model.workloadProperty().get()).isEqualTo("python");
        javafx.scene.control.TextField search = robot.lookup("#workload-search").queryAs(javafx.scene.control.TextField.class);
        assertThat(search.getText()).as("the old search no longer hides the answer").isEmpty();
        @SuppressWarnings("unchecked")
        ListView<dev.dhipicker.ui.model.WorkloadOption> list = robot.lookup("#workload-list").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedItem()).as("the inferred workload is highlighted").isNotNull()
                .satisfies(w -> assertThat(w.id()).isEqualTo("python"));
        assertThat(robot.lookup("#next-button").query().isDisabled()).as("Next goes on with it").isFalse();
        javafx.geometry.Bounds row = robot.lookup("#workload-list .list-cell:selected").query().localToScreen(
                robot.lookup("#workload-list .list-cell:selected").query().getBoundsInLocal());
        javafx.geometry.Bounds view = list.localToScreen(list.getBoundsInLocal());
        assertThat(view.contains(row.getCenterX(), row.getCenterY())).as("and scrolled into view").isTrue();

        // a search typed now still hides what it does not match, and the same Dockerfile opened again shows it
        robot.clickOn("#workload-search").write("kafka");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#next-button").query().isDisabled()).isTrue();
        click(robot, "#start-from-dockerfile");
        assertThat(search.getText()).isEmpty();
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo("python");
        assertThat(robot.lookup("#next-button").query().isDisabled()).isFalse();
    }

    @Test
    void aBadFileIsOneErrorDialogAndChangesNothing(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> ui.model.selectWorkload("go"));
        Path bad = dir.resolve("Dockerfile");
        Files.write(bad, new byte[]{'F', 'R', 'O', 'M', ' ', 0, 1, 2, '\n'});
        openFromFirstPage(robot, bad);
        Label detail = robot.lookup("#error-detail").queryAs(Label.class);
        Messages m = messages();
        assertThat(detail.getText()).isEqualTo(m.get("ui.migration.error.syntax", bad.toString(),
                m.get("migrate.error.binary", "1", "0x0"))).doesNotContain("Exception").doesNotContain("\tat ");
        robot.clickOn(robot.lookup("#error-dialog .button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.model.workloadProperty().get()).isEqualTo("go");
        assertThat(robot.lookup("#inferred-note").queryAs(Label.class).isVisible()).isFalse();

        Path none = dir.resolve("missing");
        openFromFirstPage(robot, none);
        assertThat(robot.lookup("#error-detail").queryAs(Label.class).getText())
                .isEqualTo(m.get("ui.migration.error.noFile", none.toString()));
        robot.clickOn(robot.lookup("#error-dialog .button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 5; i++) {
            robot.interact(() -> ui.model.next());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#show-migration").query().isVisible()).as("no Dockerfile, no migration").isFalse();
    }

    /** The main window, for a look at the inferred note and the Migration button (target/screenshots only). */
    private void windowShot(FxRobot robot, String what) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = robot.lookup("#menu-bar").query().getScene().snapshot(null));
        try {
            Path file = Path.of("target/screenshots").resolve(screenshotName().replace("migration", "migration-" + what));
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void screenshot(FxRobot robot) throws Exception {
        screenshotAs(robot, screenshotName());
    }

    private void screenshotAs(FxRobot robot, String name) throws Exception {
        Window w = robot.window(n -> n.getScene() != null && n.getScene().lookup("#migration-original") != null);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> clipped = ScreenshotsTest.clippedLabels(w.getScene().getRoot(), "migration view");
        assertThat(clipped).isEmpty();
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = w.getScene().snapshot(null));
        Path file = ScreenshotsTest.outputDir().resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", file.toFile());
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
