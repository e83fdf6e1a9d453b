package dev.dhipicker.ui.model;

import dev.dhipicker.discover.InferredAnswer;
import dev.dhipicker.discover.InferredAnswer.Answer;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.Recommender.VersionLine;
import dev.dhipicker.ui.model.ProjectAnswerPlan.Skip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** From the answers discover inferred to the answers the wizard takes: plain Java, no toolkit. */
class ProjectAnswerPlanTest {
    private static final LocalDate EOL = LocalDate.of(2030, 1, 1);

    /** A small catalog of its own: Python 3.13, 3.12 and an ended 3.8; Node.js 22, 20; Go 1.24; no PHP. */
    static final ProjectAnswerPlan.VersionLines LINES = w -> Optional.ofNullable(Map.of(
            "python", List.of(line("3.13"), line("3.12"), new VersionLine("3.8", LocalDate.of(2024, 10, 7), true)),
            "node", List.of(line("22"), line("20")),
            "go", List.of(line("1.24"))).get(w));

    private static VersionLine line(String l) {
        return new VersionLine(l, EOL, false);
    }

    private static InferredAnswer workload(String value, String file, String rule) {
        return new InferredAnswer(Answer.WORKLOAD, value, file, 1, rule, List.of(file, value));
    }

    private static InferredAnswer version(String value, String file, String rule) {
        return new InferredAnswer(Answer.VERSION, value, file, 1, rule, List.of(file, value));
    }

    private static InferredAnswer glibc(String file, String rule) {
        return new InferredAnswer(Answer.LIBC, "glibc", file, 4, rule, List.of(file));
    }

    static final InferredAnswer PY = workload("python", ".python-version", "python-version");
    static final InferredAnswer PY_312 = version("3.12", ".python-version", "python-version");
    static final InferredAnswer PYPROJECT = workload("python", "pyproject.toml", "requires-python");
    static final InferredAnswer PYPROJECT_312 = version("3.12", "pyproject.toml", "requires-python");
    static final InferredAnswer PYPROJECT_311 = version("3.11", "pyproject.toml", "requires-python");
    static final InferredAnswer PY_38 = version("3.8", ".python-version", "python-version");
    static final InferredAnswer NODE = workload("node", "package.json", "engines-node");
    static final InferredAnswer NODE_20 = version("20", "package.json", "engines-node");
    static final InferredAnswer ADDON = glibc("binding.gyp", "binding-gyp");
    static final InferredAnswer GO = workload("go", "go.mod", "go-mod");
    static final InferredAnswer GO_121 = version("1.21", "go.mod", "go-mod");
    static final InferredAnswer CGO = glibc("c.go", "cgo");
    static final InferredAnswer PHP = workload("php", "composer.json", "composer-php");

    /** answers, picked workload, then the expected workload, version, libc and skipped answers (with why). */
    static Stream<Arguments> plans() {
        return Stream.of(
                Arguments.of("one workload and its supported line", List.of(PY, PY_312), null,
                        "python", "3.12", null, Map.of()),
                Arguments.of("two files agreeing on the line", List.of(PY, PY_312, PYPROJECT, PYPROJECT_312), null,
                        "python", "3.12", null, Map.of()),
                Arguments.of("two files naming different lines: no line", List.of(PY, PY_312, PYPROJECT, PYPROJECT_311),
                        null, "python", null, null,
                        Map.of(PY_312, Skip.VERSIONS_DISAGREE, PYPROJECT_311, Skip.VERSIONS_DISAGREE)),
                Arguments.of("an ended line is not taken", List.of(PY, PY_38), null,
                        "python", null, null, Map.of(PY_38, Skip.UNSUPPORTED_VERSION)),
                Arguments.of("a line the catalog does not have is not taken", List.of(GO, GO_121), null,
                        "go", null, null, Map.of(GO_121, Skip.UNSUPPORTED_VERSION)),
                Arguments.of("cgo asks Go for glibc", List.of(GO, CGO), null, "go", null, LibcNeed.GLIBC, Map.of()),
                Arguments.of("two workloads and no pick: nothing", List.of(PY, PY_312, NODE, NODE_20, ADDON), null,
                        null, null, null, Map.of(PY, Skip.NO_WORKLOAD, PY_312, Skip.NO_WORKLOAD, NODE, Skip.NO_WORKLOAD,
                                NODE_20, Skip.NO_WORKLOAD, ADDON, Skip.NO_WORKLOAD)),
                Arguments.of("two workloads, Python picked", List.of(PY, PY_312, NODE, NODE_20, ADDON), "python",
                        "python", "3.12", null, Map.of(NODE, Skip.OTHER_WORKLOAD, NODE_20, Skip.OTHER_WORKLOAD,
                                ADDON, Skip.OTHER_WORKLOAD)),
                Arguments.of("two workloads, Node.js picked: its addon's glibc", List.of(PY, PY_312, NODE, NODE_20, ADDON),
                        "node", "node", "20", LibcNeed.GLIBC, Map.of(PY, Skip.OTHER_WORKLOAD, PY_312, Skip.OTHER_WORKLOAD)),
                Arguments.of("a pick is ignored when the project names one workload", List.of(PY, PY_312), "node",
                        "python", "3.12", null, Map.of()),
                Arguments.of("a workload the catalog does not have", List.of(PHP), null,
                        null, null, null, Map.of(PHP, Skip.UNKNOWN_WORKLOAD)),
                Arguments.of("only a C-library answer: no workload", List.of(ADDON), null,
                        null, null, null, Map.of(ADDON, Skip.NO_WORKLOAD)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void thePlanTakesOnlyWhatIsUnambiguousAndSaysWhyTheRestIsLeft(String name, List<InferredAnswer> answers, String picked,
                                                                 String workload, String version, LibcNeed libc,
                                                                 Map<InferredAnswer, Skip> skipped) {
        if (picked != null && ProjectAnswerPlan.workloads(answers).size() > 1 && !ProjectAnswerPlan.workloads(answers).contains(picked)) {
            throw new AssertionError("a case of the test is wrong: " + name);
        }
        ProjectAnswerPlan.Plan p = ProjectAnswerPlan.plan(answers, picked, LINES);
        assertThat(p.workload()).isEqualTo(workload);
        assertThat(p.version()).isEqualTo(version);
        assertThat(p.libc()).isEqualTo(libc);
        assertThat(p.any()).isEqualTo(workload != null);
        assertThat(p.skipped()).extracting(ProjectAnswerPlan.Skipped::answer)
                .containsExactlyElementsOf(answers.stream().filter(skipped::containsKey).toList());
        p.skipped().forEach(s -> assertThat(s.why()).as(s.answer().toString()).isEqualTo(skipped.get(s.answer())));
        // every answer is either used or skipped, once, in the report's order
        List<InferredAnswer> both = new ArrayList<>(p.used());
        both.addAll(p.skipped().stream().map(ProjectAnswerPlan.Skipped::answer).toList());
        assertThat(both).containsExactlyInAnyOrderElementsOf(answers);
        assertThat(p.used()).isEqualTo(answers.stream().filter(p.used()::contains).toList());
        assertThat(p.inferred().workload()).isEqualTo(workload);
        assertThat(p.inferred().version()).isEqualTo(version);
        assertThat(p.inferred().libc()).isEqualTo(libc);
        assertThat(p.inferred().size()).as("a project says nothing about the size").isNull();
    }

    @Test
    void theWorkloadsAreListedOnceInTheReportsOrderAndAPickMustBeOneOfThem() {
        assertThat(ProjectAnswerPlan.workloads(List.of(NODE, PY, PY_312, PYPROJECT, ADDON))).containsExactly("node", "python");
        assertThatThrownBy(() -> ProjectAnswerPlan.plan(List.of(PY, NODE), "go", LINES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("go");
    }

    @Test
    void theRealCatalogsNewestSupportedLineIsTakenAndAnEndedOneIsNot() throws Exception {
        var engine = new DefaultEngineLoader(WizardModelTest.CLOCK).bundled("en").recommender();
        List<VersionLine> python = engine.versions("python");
        String supported = python.stream().filter(l -> !l.endOfLife()).findFirst().orElseThrow().line();
        ProjectAnswerPlan.VersionLines real = ProjectAnswerPlan.VersionLines.of(engine);
        assertThat(ProjectAnswerPlan.plan(List.of(PY, version(supported, ".python-version", "python-version")), null, real)
                .version()).isEqualTo(supported);
        assertThat(ProjectAnswerPlan.plan(List.of(PY, version("2.7", ".python-version", "python-version")), null, real)
                .version()).as("Python 2.7 is no supported line").isNull();
        assertThat(real.of("no-such-workload")).isEmpty();
    }

    @Test
    void theTextsNameTheSourceTheReasonAndWhatIsLeftInBothLanguages() {
        ProjectAnswerPlan.Plan p = ProjectAnswerPlan.plan(List.of(PY, PY_38), null, LINES);
        for (Messages m : new Messages[]{Messages.english(), Messages.forLocale(java.util.Locale.SIMPLIFIED_CHINESE)}) {
            ProjectAnswerTexts t = new ProjectAnswerTexts(m);
            assertThat(t.answer(PY_38)).contains(".python-version:1", "3.8",
                    m.get("discover.answer.python-version", ".python-version", "3.8"));
            assertThat(t.skipped(PY_38, p)).isEqualTo(m.get("ui.project.skip.unsupportedVersion", "python", "3.8"));
            assertThat(t.skipped(PY, p)).isNull();
            assertThat(t.plan(List.of("python"), p)).isEqualTo(m.get("ui.project.answers.plan",
                    m.get("ui.project.answers.taken", m.get("discover.answers.workload"), "python")));
            ProjectAnswerPlan.Plan two = ProjectAnswerPlan.plan(List.of(PY, NODE), null, LINES);
            assertThat(t.plan(List.of("python", "node"), two)).isEqualTo(m.get("ui.project.answers.pick",
                    "python" + m.get("value.list.separator") + "node"));
            assertThat(t.skipped(NODE, ProjectAnswerPlan.plan(List.of(PY, NODE), "python", LINES)))
                    .isEqualTo(m.get("ui.project.skip.otherWorkload", "node", "python"));
        }
        assertThat(ProjectAnswerTexts.where(ADDON)).isEqualTo("binding.gyp:4");
        assertThat(ProjectAnswerTexts.where(new InferredAnswer(Answer.LIBC, "glibc", "binding.gyp", 0, "binding-gyp",
                List.of("binding.gyp")))).isEqualTo("binding.gyp");
    }
}
