package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.SizePriority;
import dev.dhipicker.ui.model.Step;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Moving through the wizard: Next and Enter, the step list, mnemonics, Start over, Close. */
@ExtendWith(ApplicationExtension.class)
class NavigationUiTest {

    private final UiHarness ui = new UiHarness();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ui.start(stage, Messages.english());
    }

    private Step step() {
        return ui.model.stepProperty().get();
    }

    private static void click(FxRobot robot, String query) {
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean disabled(FxRobot robot, String query) {
        return robot.lookup(query).query().isDisabled();
    }

    @Test
    void theWindowOpensAtItsDefaultSizeWhenNothingIsRemembered() {
        assertThat(stage.getWidth()).isEqualTo(MainWindow.WIDTH);
        assertThat(stage.getHeight()).isEqualTo(MainWindow.HEIGHT);
        assertThat(stage.getMinWidth()).isEqualTo(800);
        assertThat(stage.getMinHeight()).isEqualTo(600);
    }

    @Test
    void aSelectionTheSearchHidesDoesNotDriveNextAndEnterTakesTheTopMatch(FxRobot robot) {
        robot.clickOn("#workload-search").write("node");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.model.workloadProperty().get()).isEqualTo("node");
        for (int i = 0; i < 4; i++) {
            click(robot, "#next-button");
        }
        assertThat(step()).isEqualTo(Step.RESULTS);
        click(robot, "#step-workload");
        assertThat(step()).isEqualTo(Step.WORKLOAD);

        robot.interact(() -> robot.lookup("#workload-search").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#workload-search").write("java");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#workload-list").queryAs(ListView.class);
        assertThat(list.getItems()).as("'JavaScript' in its description keeps Node.js in the list, far down")
                .anyMatch(w -> ((dev.dhipicker.ui.model.WorkloadOption) w).id().equals("node"));
        assertThat(list.getSelectionModel().getSelectedItem()).as("a new search highlights nothing but its own pick").isNull();
        assertThat(disabled(robot, "#next-button")).as("a hidden choice does not drive Next").isTrue();
        assertThat(disabled(robot, "#step-libc")).as("nor the step list").isTrue();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.model.workloadProperty().get()).as("Enter took the top match").isEqualTo("java");
        assertThat(step()).isEqualTo(Step.LIBC);
        VBox pitfalls = robot.lookup("#musl-pitfalls").queryAs(VBox.class);
        String aside = pitfalls.getChildren().stream().map(n -> ((Label) n).getText()).reduce("", String::concat);
        assertThat(aside).as("the C library page speaks about the new workload").doesNotContain("Node")
                .contains(ui.model.profile().orElseThrow().displayName());
    }

    @Test
    void anInvalidOrganisationKeepsNextDisabledAndResultsFocusTheRuntimeReference(FxRobot robot) {
        robot.interact(() -> {
            ui.model.selectWorkload("python");
            ui.model.next();
            ui.model.next();
            ui.model.next();
        });
        click(robot, "#compliance-fips");
        robot.clickOn("#org-field").write("acme corp!");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#answer-error").queryAs(Label.class).isVisible()).isTrue();
        assertThat(disabled(robot, "#next-button")).isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(step()).as("Enter does not go on either").isEqualTo(Step.COMPLIANCE);

        robot.interact(() -> robot.lookup("#org-field").queryAs(javafx.scene.control.TextField.class).setText("acme"));
        assertThat(disabled(robot, "#next-button")).isFalse();
        click(robot, "#next-button");
        click(robot, "#next-button");
        assertThat(step()).isEqualTo(Step.RESULTS);
        Node focus = stage.getScene().getFocusOwner();
        assertThat(focus).isNotNull();
        assertThat(focus.getId()).as("the first focus is on the runtime reference").isEqualTo("runtime-reference");
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.copied).containsExactly(ui.model.recommendationProperty().get().runtime().reference());
        assertThat(robot.lookup("#cancel-button").queryAs(Button.class).getText())
                .as("nothing left to cancel on the results page").isEqualTo("Close");
    }

    /** The mnemonic letters a user can press on the page shown, with what they belong to. */
    private Map<Character, List<String>> mnemonics() {
        Map<Character, List<String>> out = new HashMap<>();
        collect(stage.getScene().getRoot(), out);
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menu-bar");
        for (Menu m : bar.getMenus()) {
            add(m.getText(), m.isMnemonicParsing(), out);
        }
        return out;
    }

    private static void collect(Node n, Map<Character, List<String>> out) {
        if (!n.isVisible() || n instanceof MenuBar) {
            return; // the menus are counted from the menu bar's model
        }
        if (n instanceof Labeled l && !(n instanceof javafx.scene.control.MenuButton)) {
            add(l.getText(), l.isMnemonicParsing(), out);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static void add(String text, boolean parsing, Map<Character, List<String>> out) {
        if (!parsing || text == null) {
            return;
        }
        int i = text.indexOf('_');
        if (i >= 0 && i + 1 < text.length()) {
            out.computeIfAbsent(Character.toUpperCase(text.charAt(i + 1)), k -> new ArrayList<>()).add(text);
        }
    }

    private void noPageSharesAMnemonic(FxRobot robot, Messages messages) {
        robot.interact(() -> {
            if (!ui.window.messages().textLanguage().equals(messages.textLanguage())) {
                ui.window.switchLanguage(messages);
            }
            ui.model.startOver();
            ui.model.selectWorkload("redis");
            ui.model.chooseCompliance(ComplianceNeed.FIPS);
            ui.model.setOrg("acme");
        });
        List<String> shared = new ArrayList<>();
        for (Step s : Step.values()) {
            WaitForAsyncUtils.waitForFxEvents();
            mnemonics().forEach((letter, owners) -> {
                if (owners.size() > 1) {
                    shared.add(messages.textLanguage() + " " + s + ": Alt+" + letter + " " + owners);
                }
            });
            robot.interact(() -> ui.model.next());
        }
        assertThat(shared).isEmpty();
    }

    /** The text a labeled control shows: with mnemonic parsing, its marker is not shown. */
    private static String shown(Labeled l) {
        return l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
    }

    /** Controls of the page (and menu bar) that say the same thing, by what they show without a mnemonic hint. */
    private static void sayings(Node n, Map<String, List<String>> out, List<String> leaks) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            String shown = shown(l);
            // a mnemonic marker shown as text: 复制(_C) without parsing, or _Copy
            if (shown.matches("(?s).*\\(_\\p{Alnum}\\).*") || !l.isMnemonicParsing() && shown.matches("(?s)(.*\\s)?_\\p{Alpha}.*")) {
                leaks.add(l.getId() + ": " + shown);
            }
            String saying = shown.replaceAll("\\(\\p{Alnum}\\)", "").strip();
            out.computeIfAbsent(saying, k -> new ArrayList<>()).add(shown);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> sayings(c, out, leaks));
        }
    }

    /**
     * On every page, in both languages, controls that say the same thing look the same: the Copy
     * buttons of the results page (runtime, chart, helm install) all read 复制 or all 复制(C), never
     * some of each, and no mnemonic marker is shown as text.
     */
    @Test
    void controlsThatSayTheSameThingLookTheSameOnEveryPage(FxRobot robot) {
        List<String> slips = new ArrayList<>();
        int copies = 0;
        for (Messages messages : new Messages[]{Messages.english(), Messages.forLocale(Locale.SIMPLIFIED_CHINESE)}) {
            robot.interact(() -> {
                ui.window.switchLanguage(messages);
                ui.model.startOver();
                ui.model.selectWorkload("redis"); // a DHI chart and its install command: three Copy buttons
                ui.model.chooseHelm(HelmUse.DHI_CHART);
            });
            for (Step s : Step.values()) {
                WaitForAsyncUtils.waitForFxEvents();
                Map<String, List<String>> said = new HashMap<>();
                List<String> leaks = new ArrayList<>();
                sayings(stage.getScene().getRoot(), said, leaks);
                String where = messages.textLanguage() + " " + s;
                leaks.forEach(l -> slips.add(where + ": marker shown as text: " + l));
                said.forEach((saying, forms) -> {
                    if (forms.stream().distinct().count() > 1) {
                        slips.add(where + ": '" + saying + "' shown as " + forms);
                    }
                });
                if (s == Step.RESULTS) {
                    copies += said.getOrDefault(plain(messages.get("ui.results.copy")), List.of()).size();
                }
                robot.interact(() -> ui.model.next());
            }
        }
        assertThat(slips).isEmpty();
        assertThat(copies).as("three Copy buttons in each language were compared").isEqualTo(6);
    }

    private static String plain(String text) {
        return text.replaceAll("\\(_\\p{Alnum}\\)", "").replace("_", "").strip();
    }

    @Test
    void noTwoControlsOnAPageShareAMnemonicInEitherLanguage(FxRobot robot) {
        noPageSharesAMnemonic(robot, Messages.english());
        noPageSharesAMnemonic(robot, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aMnemonicSelectsItsChoiceAndSoDoesAClickOnTheDescription(FxRobot robot) {
        robot.interact(() -> {
            ui.model.selectWorkload("python");
            ui.model.next();
            ui.model.next();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.model.sizeProperty().get()).isEqualTo(SizePriority.BALANCED);
        robot.press(KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.model.sizeProperty().get()).as("Alt+C chooses Compatibility first").isEqualTo(SizePriority.COMPATIBLE);
        robot.press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.model.sizeProperty().get()).as("Alt+A chooses Balanced").isEqualTo(SizePriority.BALANCED);
        assertThat(step()).as("and stays on the page").isEqualTo(Step.SIZE);

        click(robot, "#size-smallest-hint");
        assertThat(ui.model.sizeProperty().get()).as("the description selects its choice").isEqualTo(SizePriority.SMALLEST);
    }

    @Test
    void theStepListGoesToAnyPageAlreadyReached(FxRobot robot) {
        assertThat(disabled(robot, "#step-libc")).as("nothing chosen yet").isTrue();
        robot.interact(() -> ui.model.selectWorkload("go"));
        click(robot, "#next-button");
        click(robot, "#next-button");
        assertThat(step()).isEqualTo(Step.SIZE);
        assertThat(disabled(robot, "#step-compliance")).as("not reached yet").isTrue();
        click(robot, "#step-workload");
        assertThat(step()).isEqualTo(Step.WORKLOAD);
        click(robot, "#step-size");
        assertThat(step()).as("forward to a page reached before").isEqualTo(Step.SIZE);
        click(robot, "#step-compliance");
        assertThat(step()).as("a page not reached stays out of reach").isEqualTo(Step.SIZE);
    }

    @Test
    void startOverAsksFirstAndCancelKeepsTheAnswers(FxRobot robot) {
        robot.interact(() -> {
            ui.model.selectWorkload("redis");
            ui.model.next();
        });
        robot.clickOn("#menu-file").clickOn("#menu-start-over");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#confirm-dialog").tryQuery()).as("Start over asks first").isPresent();
        robot.clickOn(robot.lookup("#confirm-dialog .button").match(n -> ((Button) n).isCancelButton()).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.model.workloadProperty().get()).isEqualTo("redis");
        assertThat(step()).isEqualTo(Step.LIBC);

        robot.clickOn("#menu-file").clickOn("#menu-start-over");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#confirm-dialog .button").match(n -> ((Button) n).isDefaultButton()).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.model.workloadProperty().get()).isNull();
        assertThat(step()).isEqualTo(Step.WORKLOAD);
        assertThat(disabled(robot, "#next-button")).isTrue();
    }

    @Test
    void switchingToAWorkloadThatCannotServeTheHelmAnswerSaysSo(FxRobot robot) {
        robot.interact(() -> {
            ui.model.selectWorkload("redis");
            ui.model.chooseHelm(HelmUse.DHI_CHART);
        });
        Label notice = robot.lookup("#helm-dropped").queryAs(Label.class);
        assertThat(notice.isVisible()).isFalse();
        robot.interact(() -> ui.model.selectWorkload("python"));
        assertThat(ui.model.helmProperty().get()).isEqualTo(HelmUse.NONE);
        assertThat(notice.isVisible()).as("the dropped answer is announced where the workload changed").isTrue();
        assertThat(notice.getText()).contains("DHI chart").contains("No Helm")
                .contains(Messages.english().get("helm.reason.noChart", "python"));
    }
}
