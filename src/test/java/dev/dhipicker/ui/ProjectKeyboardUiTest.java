package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.AnswerInference;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.ui.model.ProjectTable;
import dev.dhipicker.ui.model.Step;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Open project…" from the keyboard alone: the menu's mnemonics and its accelerator, the filter
 * focused first, Tab through the table and every button, arrows in the table, Enter on a
 * Dockerfile's row, Esc closing the Migration view and then the project view, and "Use these
 * answers in the wizard" by its mnemonic. No clicks, no selection calls: keys only.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectKeyboardUiTest {
    static final Path TWO_WORKLOADS = Path.of("src/test/resources/discover/fixtures/python-and-node").toAbsolutePath();

    final UiHarness ui = new UiHarness();
    Stage main;

    @Start
    void start(Stage stage) throws Exception {
        main = stage;
        ui.start(stage, messages());
    }

    Messages messages() {
        return Messages.english();
    }

    String screenshotName() {
        return "project-two-workloads.png";
    }

    /** The answers section with a pick made: nothing in it may be cut short. */
    private void screenshot(FxRobot robot, Window w) throws Exception {
        javafx.scene.Parent answers = (javafx.scene.Parent) w.getScene().lookup("#project-answers");
        assertThat(fx(() -> ScreenshotsTest.clippedLabels(answers, "answers section"))).isEmpty();
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> img[0] = w.getScene().snapshot(null));
        Path file = ScreenshotsTest.outputDir().resolve(screenshotName());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img[0], null), "png", file.toFile());
    }

    // ---- keys ----

    private static void type(FxRobot robot, KeyCode... keys) {
        robot.type(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void alt(FxRobot robot, KeyCode letter) {
        robot.press(KeyCode.ALT, letter).release(letter, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shiftTab(FxRobot robot) {
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- windows and focus, read on the FX thread ----

    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The shown window whose scene holds the node of that id. */
    private static Optional<Window> window(String id) {
        return fx(() -> Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().lookup("#" + id) != null).findFirst());
    }

    private static Window waitForWindow(String id) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window(id).isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no window with #" + id + " is shown", e);
        }
        return window(id).orElseThrow();
    }

    private static void waitUntilClosed(String id) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window(id).isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window with #" + id + " is still shown", e);
        }
    }

    /** The id of the focused node in a window (or of its nearest parent with an id), once the window has focus. */
    private static String focused(Window w) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(w::isFocused));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window " + w + " does not get the focus", e);
        }
        return fx(() -> {
            Node n = w.getScene().getFocusOwner();
            while (n != null && n.getId() == null) {
                n = n.getParent();
            }
            return n == null ? null : n.getId();
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<ProjectTable.Row> table(Window w) {
        return (TableView<ProjectTable.Row>) w.getScene().lookup("#project-table");
    }

    /** The mnemonic letter of each labeled control of a window that has one, with its text. */
    private static Map<Character, List<String>> mnemonics(Node n, Map<Character, List<String>> out) {
        if (n instanceof Labeled l && l.isMnemonicParsing() && l.getText() != null && l.getText().matches("(?s).*_\\p{Alnum}.*")) {
            int at = l.getText().indexOf('_');
            out.computeIfAbsent(Character.toUpperCase(l.getText().charAt(at + 1)), k -> new ArrayList<>()).add(l.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> mnemonics(c, out));
        }
        return out;
    }

    private static List<ButtonBase> buttons(Node n, List<ButtonBase> out) {
        if (n instanceof Button b) {
            out.add(b);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> buttons(c, out));
        }
        return out;
    }

    // ---- the scenarios ----

    /** File by its mnemonic (Alt+F), then the arrows down to "Open project…" and Enter. */
    private void openByMenu(FxRobot robot, Path folder) {
        ui.nextProjectFolder = folder;
        assertThat(focused(main)).as("the main window has the focus to start with").isNotNull();
        alt(robot, KeyCode.F);
        Window menu = waitForWindow("menu-open-project");
        for (int i = 0; i < 10 && !"menu-open-project".equals(fx(() -> idOf(menu.getScene().getFocusOwner()))); i++) {
            type(robot, KeyCode.DOWN);
        }
        assertThat(fx(() -> idOf(menu.getScene().getFocusOwner()))).isEqualTo("menu-open-project");
        type(robot, KeyCode.ENTER);
    }

    /** File by its mnemonic (Alt+F), then the letter "Open project…" underlines. */
    private void openByMenuLetter(FxRobot robot, Path folder) {
        ui.nextProjectFolder = folder;
        assertThat(focused(main)).isNotNull();
        alt(robot, KeyCode.F);
        waitForWindow("menu-open-project");
        type(robot, KeyCode.P);
    }

    private static String idOf(Node n) {
        return n == null ? null : n.getId();
    }

    private void openByAccelerator(FxRobot robot, Path folder) {
        ui.nextProjectFolder = folder;
        assertThat(focused(main)).isNotNull();
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theProjectViewWorksFromTheKeyboardAlone(FxRobot robot) {
        String before = focused(main);
        openByMenu(robot, ProjectUiTest.FIXTURE);
        Window project = waitForWindow("project-window");
        assertThat(focused(project)).as("the filter has the focus first").isEqualTo("project-filter");

        // every button has its own mnemonic, and no two controls of the window share one
        Map<Character, List<String>> letters = fx(() -> mnemonics(project.getScene().getRoot(), new HashMap<>()));
        assertThat(letters).allSatisfy((letter, owners) -> assertThat(owners).as("Alt+" + letter).hasSize(1));
        assertThat(fx(() -> buttons(project.getScene().getRoot(), new ArrayList<>()))).extracting(Node::getId)
                .contains("project-use-answers", "project-open-migration", "project-save-markdown", "project-close");
        assertThat(fx(() -> buttons(project.getScene().getRoot(), new ArrayList<>()))).allSatisfy(b -> {
            assertThat(b.isMnemonicParsing()).as(b.getId()).isTrue();
            assertThat(letters.values().stream().flatMap(List::stream)).as(b.getId()).contains(b.getText());
        });

        // Tab reaches the table, Shift+Tab goes back
        type(robot, KeyCode.TAB);
        assertThat(focused(project)).isEqualTo("project-table");
        shiftTab(robot);
        assertThat(focused(project)).isEqualTo("project-filter");
        type(robot, KeyCode.TAB);

        // the arrows move the selection; the Migration button follows what the row is
        TableView<ProjectTable.Row> table = table(project);
        Button migrate = (Button) project.getScene().lookup("#project-open-migration");
        List<ProjectTable.Row> rows = fx(() -> List.copyOf(table.getItems()));
        int target = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).file().equals("api/Dockerfile")) {
                target = i;
                break;
            }
        }
        assertThat(target).as("the fixture has api/Dockerfile").isGreaterThanOrEqualTo(0);
        List<Integer> seen = new ArrayList<>();
        boolean sawOther = false;
        for (int i = 0; i < rows.size() && !Integer.valueOf(target).equals(fx(() -> table.getSelectionModel().getSelectedIndex())); i++) {
            type(robot, KeyCode.DOWN);
            int now = fx(() -> table.getSelectionModel().getSelectedIndex());
            seen.add(now);
            assertThat(fx(migrate::isDisabled)).as("row " + now).isEqualTo(!rows.get(now).dockerfile());
            sawOther |= !rows.get(now).dockerfile();
        }
        assertThat(seen).as("each Down moves one row").isSorted().doesNotHaveDuplicates().last().isEqualTo(target);
        assertThat(sawOther || target == 0).isTrue();
        assertThat(focused(project)).isEqualTo("project-table");

        // Enter opens the Dockerfile's migration; Esc closes it and the project view has the focus again
        type(robot, KeyCode.ENTER);
        Window migration = waitForWindow("migration-migrated");
        assertThat(focused(migration)).isEqualTo("migration-migrated");
        assertThat(fx(() -> ((Stage) migration).getTitle())).contains("Dockerfile");
        type(robot, KeyCode.ESCAPE);
        waitUntilClosed("migration-migrated");
        assertThat(focused(project)).isEqualTo("project-table");

        // Tab through every button and around; Shift+Tab the same way back
        // the button bar's buttons as it lays them out (a button added there joins the order)
        List<String> bar = fx(() -> buttons(project.getScene().lookup(".button-bar"), new ArrayList<>()).stream()
                .map(Node::getId).toList());
        assertThat(bar).containsSubsequence("project-open-migration", "project-save-markdown", "project-close");
        List<String> order = new ArrayList<>(List.of("project-table", "project-use-answers"));
        order.addAll(bar);
        order.addAll(List.of("project-filter", "project-table"));
        List<String> forward = new ArrayList<>(List.of(focused(project)));
        for (int i = 1; i < order.size(); i++) {
            type(robot, KeyCode.TAB);
            forward.add(focused(project));
        }
        assertThat(forward).containsExactlyElementsOf(order);
        List<String> backward = new ArrayList<>(List.of(focused(project)));
        for (int i = 1; i < order.size(); i++) {
            shiftTab(robot);
            backward.add(focused(project));
        }
        List<String> reversed = new ArrayList<>(order);
        java.util.Collections.reverse(reversed);
        assertThat(backward).containsExactlyElementsOf(reversed);

        // the Migration button's mnemonic does what Enter did
        alt(robot, KeyCode.M);
        Window again = waitForWindow("migration-migrated");
        assertThat(focused(again)).isEqualTo("migration-migrated");
        type(robot, KeyCode.ESCAPE);
        waitUntilClosed("migration-migrated");

        // Esc closes the project view and the main window has the focus where it was
        assertThat(focused(project)).as("a mnemonic focuses its button").isEqualTo("project-open-migration");
        type(robot, KeyCode.ESCAPE);
        waitUntilClosed("project-window");
        assertThat(focused(main)).isEqualTo(before);
    }

    /** The wizard's note on its first page, as the project's answers are named there. */
    private String expectedNote(String folder, List<String[]> kept) {
        Messages m = messages();
        List<String> items = kept.stream().map(k -> m.get("ui.project.inferred.item", m.get(k[0]), k[1])).toList();
        return m.get("ui.project.inferred", folder, String.join(m.get("value.list.separator"), items));
    }

    private String supported(String workload, String version) throws Exception {
        return AnswerInference.supportedLine(ui.model.engineProperty().get().recommender().versions(workload), version);
    }

    @Test
    void theAnswersOfAProjectWithOneWorkloadAreUsedByTheirMnemonic(FxRobot robot) throws Exception {
        openByAccelerator(robot, ProjectUiTest.FIXTURE);
        Window project = waitForWindow("project-window");
        assertThat(focused(project)).isEqualTo("project-filter");
        assertThat(fx(() -> ((Label) project.getScene().lookup("#project-answers-plan")).getText()))
                .contains("python");
        alt(robot, KeyCode.U);
        waitUntilClosed("project-window");
        assertThat(focused(main)).isNotNull();
        String line = supported("python", "3.12");
        assertThat(line).as("the catalog supports Python 3.12 on the tests' date").isEqualTo("3.12");
        assertThat(ui.model.stepProperty().get()).isEqualTo(Step.WORKLOAD);
        assertThat(ui.model.workloadProperty().get()).isEqualTo("python");
        assertThat(ui.model.versionProperty().get()).isEqualTo(line);
        assertThat(ui.model.libcProperty().get()).as("the project says nothing of it").isEqualTo(LibcNeed.ANY);
        assertThat(fx(() -> ((Label) main.getScene().lookup("#inferred-note")).getText())).isEqualTo(expectedNote(
                "every-place", List.of(new String[]{"answer.workload", ".python-version:1"},
                        new String[]{"answer.version", ".python-version:1"})));
    }

    @Test
    void withTwoWorkloadsTheUserPicksOneByKeyboardAndOnlyItsAnswersAreUsed(FxRobot robot) throws Exception {
        robot.interact(() -> ui.model.chooseLibc(LibcNeed.MUSL)); // an earlier answer the node addon overrides
        openByMenuLetter(robot, TWO_WORKLOADS);
        Window project = waitForWindow("project-window");
        assertThat(focused(project)).isEqualTo("project-filter");
        Button use = (Button) project.getScene().lookup("#project-use-answers");
        assertThat(fx(use::isDisabled)).as("nothing is used before a workload is picked").isTrue();
        alt(robot, KeyCode.U);
        assertThat(window("project-window")).as("a disabled button's mnemonic does nothing").isPresent();
        // Tab to the workloads the project names; Space picks Node.js
        List<String> forward = new ArrayList<>(List.of(focused(project)));
        for (int i = 0; i < 3; i++) {
            type(robot, KeyCode.TAB);
            forward.add(focused(project));
        }
        assertThat(forward).containsExactly("project-filter", "project-table", "project-answer-workload-python",
                "project-answer-workload-node");
        type(robot, KeyCode.SPACE);
        assertThat(fx(use::isDisabled)).isFalse();
        Messages m = messages();
        String plan = fx(() -> ((Label) project.getScene().lookup("#project-answers-plan")).getText());
        dev.dhipicker.ui.model.ProjectAnswerTexts texts = new dev.dhipicker.ui.model.ProjectAnswerTexts(m);
        assertThat(plan).isEqualTo(m.get("ui.project.answers.plan", String.join(m.get("value.list.separator"),
                texts.taken(dev.dhipicker.discover.InferredAnswer.Answer.WORKLOAD, "node"),
                texts.taken(dev.dhipicker.discover.InferredAnswer.Answer.VERSION, supported("node", "22")),
                texts.taken(dev.dhipicker.discover.InferredAnswer.Answer.LIBC, m.get("value.libcNeed.glibc")))));
        // the Python answers stay listed, each saying why it is not used
        List<String> rows = fx(() -> project.getScene().getRoot().lookupAll(".label").stream()
                .filter(n -> n.getId() != null && n.getId().matches("project-answer-\\d+")).map(n -> ((Label) n).getText()).toList());
        assertThat(rows).hasSize(7).filteredOn(t -> t.contains(".python-version")).hasSize(2)
                .allSatisfy(t -> assertThat(t).endsWith(m.get("ui.project.skip.otherWorkload", "python", "node")));
        screenshot(robot, project);
        type(robot, KeyCode.TAB);
        assertThat(focused(project)).as("the button is reachable once enabled").isEqualTo("project-use-answers");
        type(robot, KeyCode.ENTER);
        waitUntilClosed("project-window");
        assertThat(focused(main)).isNotNull();
        String line = supported("node", "22");
        assertThat(line).as("the catalog supports Node.js 22 on the tests' date").isEqualTo("22");
        assertThat(ui.model.stepProperty().get()).isEqualTo(Step.WORKLOAD);
        assertThat(ui.model.workloadProperty().get()).isEqualTo("node");
        assertThat(ui.model.versionProperty().get()).isEqualTo(line);
        assertThat(ui.model.libcProperty().get()).as("the native addon asks for glibc").isEqualTo(LibcNeed.GLIBC);
        assertThat(fx(() -> ((Label) main.getScene().lookup("#inferred-note")).getText())).isEqualTo(expectedNote(
                "python-and-node", List.of(new String[]{"answer.workload", "package.json:5"},
                        new String[]{"answer.version", "package.json:5"}, new String[]{"answer.libc", "web/binding.gyp"})));
    }
}
