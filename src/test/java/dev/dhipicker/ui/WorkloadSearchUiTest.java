package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.ui.model.WorkloadOption;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The workload search: ranking, what a row shows, the hint in the box, a readable selected row. */
@ExtendWith(ApplicationExtension.class)
class WorkloadSearchUiTest {

    private final UiHarness ui = new UiHarness();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ui.start(stage, Messages.english());
    }

    @SuppressWarnings("unchecked")
    private static ListView<WorkloadOption> list(FxRobot robot) {
        return robot.lookup("#workload-list").queryAs(ListView.class);
    }

    private static void search(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#workload-search").queryAs(TextField.class).setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The visible cell of a workload (after scrolling to it). */
    private static ListCell<?> cell(FxRobot robot, String id) {
        ListView<WorkloadOption> list = list(robot);
        int index = list.getItems().stream().map(WorkloadOption::id).toList().indexOf(id);
        robot.interact(() -> list.scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.getIndex() == index
                && c.getItem() != null).queryAs(ListCell.class);
    }

    /** The texts a row shows (its Text nodes, without the spaces and line break between them). */
    private static List<String> texts(Node cell) {
        return cell.lookupAll(".dp-cell-text").stream().map(n -> ((Text) n).getText().strip())
                .filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void exactAndPrefixMatchesComeFirst(FxRobot robot) {
        search(robot, "redis");
        List<String> ids = list(robot).getItems().stream().map(WorkloadOption::id).toList();
        assertThat(ids.get(0)).isEqualTo("redis");
        assertThat(ids).contains("harbor-redis");
        int prefix = (int) ids.stream().takeWhile(i -> i.startsWith("redis")).count();
        assertThat(ids.indexOf("harbor-redis")).as("a word match comes after every prefix match").isGreaterThanOrEqualTo(prefix);
    }

    @Test
    void aRowShowsTheIdOnlyWhenItDiffersAndReflowsTheDescription(FxRobot robot) {
        search(robot, "python");
        assertThat(texts(cell(robot, "python"))).as("no 'Python python'").containsOnlyOnce("Python").doesNotContain("python");
        search(robot, "node");
        assertThat(texts(cell(robot, "node"))).contains("Node.js", "node");

        WorkloadOption broken = ui.model.workloads().stream()
                .filter(w -> w.description() != null && w.description().strip().contains("\n")).findFirst()
                .orElseThrow(() -> new AssertionError("the catalog has descriptions with hard line breaks"));
        search(robot, broken.id());
        assertThat(texts(cell(robot, broken.id()))).contains(broken.summary())
                .noneSatisfy(t -> assertThat(t).contains("\n"));
    }

    @Test
    void theSearchBoxShowsItsHintWhileItHasTheFocus(FxRobot robot) {
        robot.clickOn("#workload-search");
        WaitForAsyncUtils.waitForFxEvents();
        TextField box = robot.lookup("#workload-search").queryAs(TextField.class);
        assertThat(box.isFocused()).isTrue();
        Set<Text> prompt = box.lookupAll(".text").stream().filter(n -> n instanceof Text t
                && box.getPromptText().equals(t.getText())).map(Text.class::cast).collect(Collectors.toSet());
        assertThat(prompt).as("the hint is drawn").isNotEmpty().allSatisfy(t -> {
            assertThat(t.isVisible()).isTrue();
            assertThat(((Color) t.getFill()).getOpacity()).as("not transparent").isGreaterThan(0.5);
        });
    }

    /** WCAG contrast ratio of two opaque colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    @Test
    void greyTextOnASelectedRowStaysReadable(FxRobot robot) {
        search(robot, "redis");
        robot.clickOn(cell(robot, "redis"));
        WaitForAsyncUtils.waitForFxEvents();
        for (boolean listFocused : new boolean[]{true, false}) {
            if (!listFocused) {
                robot.clickOn("#workload-search");
                WaitForAsyncUtils.waitForFxEvents();
            }
            ListCell<?> selected = cell(robot, "redis");
            assertThat(selected.isSelected()).isTrue();
            Background bg = selected.getBackground();
            Paint fill = bg.getFills().get(bg.getFills().size() - 1).getFill();
            java.util.Set<Node> texts = selected.lookupAll(".dp-cell-text");
            assertThat(texts).as("name, kind and description").hasSizeGreaterThanOrEqualTo(3);
            for (Node n : texts) {
                Text t = (Text) n;
                assertThat(contrast((Color) t.getFill(), (Color) fill))
                        .as("'" + t.getText() + "' on the selected row (list focused: " + listFocused + ")")
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
    }
}
