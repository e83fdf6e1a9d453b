package dev.dhipicker.ui.model;

import dev.dhipicker.discover.InferredAnswer;
import dev.dhipicker.discover.ProjectAnswers;
import dev.dhipicker.discover.ReportTexts;
import dev.dhipicker.export.ValueLabels;
import dev.dhipicker.i18n.Messages;

import java.util.ArrayList;
import java.util.List;

/** The words of the project view's answers section: each answer with its source and reason, and the plan. */
public final class ProjectAnswerTexts {
    private final Messages m;
    private final ReportTexts report;
    private final ValueLabels labels;

    public ProjectAnswerTexts(Messages messages) {
        this.m = messages;
        this.report = new ReportTexts(messages);
        this.labels = new ValueLabels(messages);
    }

    /** Where an answer was read: {@code file:line}, or the file alone when no line is known. */
    public static String where(InferredAnswer a) {
        return a.line() > 0 ? a.file() + ":" + a.line() : a.file();
    }

    /** One answer: what it answers, its value, where it was read and why. */
    public String answer(InferredAnswer a) {
        return m.get("ui.project.answer", report.answerName(a.answer()), a.value(), where(a), report.reason(a));
    }

    /** Why an answer is not taken, or null when it is taken or no workload is chosen yet. */
    public String skipped(InferredAnswer a, ProjectAnswerPlan.Plan plan) {
        for (ProjectAnswerPlan.Skipped s : plan.skipped()) {
            if (s.answer().equals(a)) {
                return switch (s.why()) {
                    case OTHER_WORKLOAD -> m.get("ui.project.skip.otherWorkload", ProjectAnswers.workloadOf(a.rule()),
                            plan.workload());
                    case UNKNOWN_WORKLOAD -> m.get("ui.project.skip.unknownWorkload", ProjectAnswers.workloadOf(a.rule()));
                    case VERSIONS_DISAGREE -> m.get("ui.project.skip.versionsDisagree");
                    case UNSUPPORTED_VERSION -> m.get("ui.project.skip.unsupportedVersion", plan.workload(), a.value());
                    case LIBCS_DISAGREE -> m.get("ui.project.skip.libcsDisagree");
                    case NO_WORKLOAD -> null;
                };
            }
        }
        return null;
    }

    /** One answer the wizard will take, named with its value. */
    public String taken(InferredAnswer.Answer answer, String value) {
        return m.get("ui.project.answers.taken", report.answerName(answer), value);
    }

    /**
     * The line under the answers: what the wizard will take, or what stops it (several workloads
     * and none picked, or no workload at all).
     */
    public String plan(List<String> workloads, ProjectAnswerPlan.Plan plan) {
        if (plan.any()) {
            List<String> taken = new ArrayList<>();
            taken.add(taken(InferredAnswer.Answer.WORKLOAD, plan.workload()));
            if (plan.version() != null) {
                taken.add(taken(InferredAnswer.Answer.VERSION, plan.version()));
            }
            if (plan.libc() != null) {
                taken.add(taken(InferredAnswer.Answer.LIBC, labels.libcNeed(plan.libc())));
            }
            return m.get("ui.project.answers.plan", labels.list(taken));
        }
        if (workloads.size() > 1) {
            return m.get("ui.project.answers.pick", labels.list(workloads));
        }
        if (workloads.isEmpty()) {
            return m.get("ui.project.answers.noWorkload");
        }
        return m.get("ui.project.skip.unknownWorkload", workloads.get(0));
    }
}
