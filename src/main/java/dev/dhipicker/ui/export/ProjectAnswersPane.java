package dev.dhipicker.ui.export;

import dev.dhipicker.discover.InferredAnswer;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.ui.model.ProjectAnswerPlan;
import dev.dhipicker.ui.model.ProjectAnswerTexts;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The project view's "Answers from the project" section: each answer discover inferred with where
 * it was read and why, a choice when the project names several workloads, what the wizard will take
 * ({@link ProjectAnswerPlan}) and "Use these answers in the wizard".
 */
public final class ProjectAnswersPane {
    private final List<InferredAnswer> answers;
    private final ProjectAnswerPlan.VersionLines lines;
    private final ProjectAnswerTexts texts;
    private final List<String> workloads;
    private final List<Label> rows = new ArrayList<>();
    private final Label plan = new Label();
    private final Button use;
    private final VBox root = new VBox();
    private String picked;
    private ProjectAnswerPlan.Plan current;

    /**
     * @param answers  the answers discover inferred (the section is only built when there are some)
     * @param messages interface strings
     * @param lines    the version lines of the catalog in use
     * @param onUse    takes the plan when the user presses "Use these answers in the wizard"
     */
    public ProjectAnswersPane(List<InferredAnswer> answers, Messages messages, ProjectAnswerPlan.VersionLines lines,
                              Consumer<ProjectAnswerPlan.Plan> onUse) {
        this.answers = List.copyOf(answers);
        this.lines = lines;
        this.texts = new ProjectAnswerTexts(messages);
        this.workloads = ProjectAnswerPlan.workloads(answers);
        Label title = new Label(messages.get("ui.project.answers.title"));
        title.getStyleClass().add("dp-section-title");
        root.getChildren().add(title);
        for (int i = 0; i < this.answers.size(); i++) {
            Label row = new Label();
            row.setId("project-answer-" + i);
            row.setWrapText(true);
            // a long reason takes a second line; the table above gives up the height
            row.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            rows.add(row);
            root.getChildren().add(row);
        }
        if (workloads.size() > 1) {
            // several workloads: the user picks one; none is taken before
            Label ask = new Label(messages.get("ui.project.answers.workload"));
            ToggleGroup group = new ToggleGroup();
            FlowPane choice = new FlowPane(ask);
            choice.getStyleClass().add("dp-project-pick");
            for (String w : workloads) {
                RadioButton r = new RadioButton(w);
                r.setId("project-answer-workload-" + w);
                r.setToggleGroup(group);
                r.setOnAction(e -> pick(w));
                choice.getChildren().add(r);
            }
            root.getChildren().add(choice);
        }
        plan.setId("project-answers-plan");
        plan.setWrapText(true);
        plan.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        plan.getStyleClass().add("dp-hint");
        use = new Button(messages.get("ui.project.useAnswers"));
        use.setId("project-use-answers");
        use.setMnemonicParsing(true);
        use.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        use.setOnAction(e -> {
            if (current.any()) {
                onUse.accept(current);
            }
        });
        HBox bottom = new HBox(plan, use);
        bottom.getStyleClass().add("dp-row");
        HBox.setHgrow(plan, Priority.ALWAYS);
        plan.setMaxWidth(Double.MAX_VALUE);
        root.getChildren().add(bottom);
        root.setId("project-answers");
        root.getStyleClass().add("dp-section");
        refresh();
    }

    private void pick(String workload) {
        picked = workload;
        refresh();
    }

    private void refresh() {
        current = ProjectAnswerPlan.plan(answers, picked, lines);
        for (int i = 0; i < answers.size(); i++) {
            String line = texts.answer(answers.get(i));
            String skipped = texts.skipped(answers.get(i), current);
            Label row = rows.get(i);
            row.setText(skipped == null ? line : line + " " + skipped);
            // an answer left out is shown muted
            row.getStyleClass().removeAll("dp-text", "dp-hint");
            row.getStyleClass().add(skipped == null ? "dp-text" : "dp-hint");
        }
        plan.setText(texts.plan(workloads, current));
        use.setDisable(!current.any());
    }

    /** The section. */
    public Node node() {
        return root;
    }
}
