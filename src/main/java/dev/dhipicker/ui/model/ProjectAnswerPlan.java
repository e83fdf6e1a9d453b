package dev.dhipicker.ui.model;

import dev.dhipicker.discover.InferredAnswer;
import dev.dhipicker.discover.InferredAnswer.Answer;
import dev.dhipicker.discover.ProjectAnswers;
import dev.dhipicker.migrate.AnswerInference;
import dev.dhipicker.recommend.InvalidAnswerException;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.Recommender;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which of the answers discover inferred from a project the wizard takes ("Use these answers in
 * the wizard"), and why the others are left out. Nothing is resolved silently:
 * <ul>
 *   <li>the workload: the one the project names; when its files name several (Python and Node.js in
 *       one repository), none until the user picks one of them;</li>
 *   <li>the version line: the chosen workload's, when its files agree on one and the catalog in use
 *       still supports it, matched as "Start from a Dockerfile" matches a tag's version; otherwise
 *       none, and the wizard takes the newest line, as it does for a Dockerfile;</li>
 *   <li>the C library: the chosen workload's answer ({@link ProjectAnswers#workloadOf}).</li>
 * </ul>
 * Every answer not taken is listed with its reason. Plain Java: no toolkit.
 */
public final class ProjectAnswerPlan {

    /** Why an inferred answer is not taken. */
    public enum Skip {
        /** It belongs to another of the project's workloads than the one used. */
        OTHER_WORKLOAD,
        /** The catalog in use has no such workload. */
        UNKNOWN_WORKLOAD,
        /** The workload's files name different version lines. */
        VERSIONS_DISAGREE,
        /** The catalog has no supported version line for that version. */
        UNSUPPORTED_VERSION,
        /** The workload's files give different C-library answers, or one the wizard does not have. */
        LIBCS_DISAGREE,
        /** No workload is taken (none inferred, or several and none picked), so nothing else is either. */
        NO_WORKLOAD
    }

    /**
     * An answer left out.
     *
     * @param answer the inferred answer
     * @param why    why it is not taken
     */
    public record Skipped(InferredAnswer answer, Skip why) {
    }

    /**
     * What the wizard takes.
     *
     * @param workload the workload id, or null when none is taken (then nothing is)
     * @param version  the catalog's version line, or null for the engine's default (the newest line)
     * @param libc     the C-library answer, or null to keep the wizard's
     * @param used     the inferred answers behind those three, in the report's order
     * @param skipped  the others, in the report's order
     */
    public record Plan(String workload, String version, LibcNeed libc, List<InferredAnswer> used,
                       List<Skipped> skipped) {
        public Plan {
            used = List.copyOf(used);
            skipped = List.copyOf(skipped);
        }

        /** True when a workload is taken: only then can the plan be used. */
        public boolean any() {
            return workload != null;
        }

        /** The taken answers in the form "Start from a Dockerfile" gives them (no image, no size answer). */
        public AnswerInference.Inferred inferred() {
            return new AnswerInference.Inferred(null, workload, version, libc, null);
        }

        /** The used answers of one kind. */
        public List<InferredAnswer> used(Answer kind) {
            return used.stream().filter(a -> a.answer() == kind).toList();
        }
    }

    /** The version lines of a workload in the catalog in use, newest first; empty when it has no such workload. */
    @FunctionalInterface
    public interface VersionLines {
        Optional<List<Recommender.VersionLine>> of(String workload);

        /** The lines the engine offers with each workload's default flavor. */
        static VersionLines of(Recommender engine) {
            return w -> {
                try {
                    return Optional.of(engine.versions(w));
                } catch (InvalidAnswerException e) {
                    return Optional.empty();
                }
            };
        }
    }

    private ProjectAnswerPlan() {
    }

    /** The distinct workloads the answers name, in the report's order. */
    public static List<String> workloads(List<InferredAnswer> answers) {
        Set<String> out = new LinkedHashSet<>();
        for (InferredAnswer a : answers) {
            if (a.answer() == Answer.WORKLOAD) {
                out.add(a.value());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The plan for a project's answers.
     *
     * @param answers the report's inferred answers
     * @param picked  the workload the user picked among several, or null; ignored when the project names one
     * @param lines   the catalog's version lines
     * @throws IllegalArgumentException when {@code picked} is not one of the project's workloads
     */
    public static Plan plan(List<InferredAnswer> answers, String picked, VersionLines lines) {
        List<String> workloads = workloads(answers);
        String workload = workloads.size() == 1 ? workloads.get(0) : picked;
        if (workload != null && !workloads.contains(workload)) {
            throw new IllegalArgumentException("not a workload of the project: " + workload);
        }
        Optional<List<Recommender.VersionLine>> known = workload == null ? Optional.empty() : lines.of(workload);
        List<Skipped> skipped = new ArrayList<>();
        if (known.isEmpty()) {
            for (InferredAnswer a : answers) {
                boolean own = workload != null && workload.equals(ProjectAnswers.workloadOf(a.rule()));
                skipped.add(new Skipped(a, own ? Skip.UNKNOWN_WORKLOAD
                        : workload == null ? Skip.NO_WORKLOAD : Skip.OTHER_WORKLOAD));
            }
            return new Plan(null, null, null, List.of(), skipped);
        }
        List<InferredAnswer> used = new ArrayList<>();
        List<InferredAnswer> versions = new ArrayList<>();
        List<InferredAnswer> libcs = new ArrayList<>();
        for (InferredAnswer a : answers) {
            if (!workload.equals(ProjectAnswers.workloadOf(a.rule()))) {
                skipped.add(new Skipped(a, Skip.OTHER_WORKLOAD));
            } else if (a.answer() == Answer.WORKLOAD) {
                used.add(a);
            } else if (a.answer() == Answer.VERSION) {
                versions.add(a);
            } else {
                libcs.add(a);
            }
        }
        String version = null;
        if (distinct(versions) > 1) {
            versions.forEach(a -> skipped.add(new Skipped(a, Skip.VERSIONS_DISAGREE)));
        } else if (!versions.isEmpty()) {
            version = AnswerInference.supportedLine(known.get(), versions.get(0).value());
            Skip none = version == null ? Skip.UNSUPPORTED_VERSION : null;
            versions.forEach(a -> {
                if (none == null) {
                    used.add(a);
                } else {
                    skipped.add(new Skipped(a, none));
                }
            });
        }
        LibcNeed libc = null;
        Optional<LibcNeed> named = libcs.isEmpty() ? Optional.empty() : libc(libcs.get(0).value());
        if (distinct(libcs) > 1 || !libcs.isEmpty() && named.isEmpty()) {
            libcs.forEach(a -> skipped.add(new Skipped(a, Skip.LIBCS_DISAGREE)));
        } else if (named.isPresent()) {
            libc = named.get();
            used.addAll(libcs);
        }
        // the report's order, whatever order the answers were sorted in above
        used.sort(java.util.Comparator.comparingInt(answers::indexOf));
        skipped.sort(java.util.Comparator.comparingInt(s -> answers.indexOf(s.answer())));
        return new Plan(workload, version, libc, used, skipped);
    }

    private static long distinct(List<InferredAnswer> answers) {
        return answers.stream().map(InferredAnswer::value).distinct().count();
    }

    private static Optional<LibcNeed> libc(String id) {
        for (LibcNeed n : LibcNeed.values()) {
            if (Objects.equals(n.id(), id)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
