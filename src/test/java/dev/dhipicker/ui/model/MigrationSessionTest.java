package dev.dhipicker.ui.model;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.MigrationResult;
import dev.dhipicker.migrate.StageRole;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.SizePriority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The view model of "Start from a Dockerfile": plain Java, no toolkit. */
class MigrationSessionTest {
    static final Messages EN = Messages.english();

    static WizardModel model() throws Exception {
        return new WizardModel(new DefaultEngineLoader(WizardModelTest.CLOCK).bundled("en"));
    }

    @Test
    void openingFillsTheInferredAnswersAndReturnsToTheFirstPage(@TempDir Path dir) throws Exception {
        WizardModel m = model();
        m.selectWorkload("go");
        m.chooseCompliance(ComplianceNeed.FIPS);
        m.next();
        m.next();
        Path f = dir.resolve("Dockerfile");
        Files.writeString(f, "FROM node:22-alpine AS b\nRUN npm ci\nFROM node:22-alpine\nCOPY --from=b /app /app\n");
        MigrationSession s = new MigrationSession(m);
        MigrationSession.Loaded l = s.open(f, EN::get);
        assertThat(l.inferred().image()).isEqualTo("node:22-alpine");
        assertThat(m.workloadProperty().get()).isEqualTo("node");
        assertThat(m.versionProperty().get()).isEqualTo("22");
        assertThat(m.libcProperty().get()).isEqualTo(LibcNeed.MUSL);
        assertThat(m.sizeProperty().get()).isEqualTo(SizePriority.SMALLEST);
        assertThat(m.complianceProperty().get()).as("an answer a Dockerfile does not say is kept").isEqualTo(ComplianceNeed.FIPS);
        assertThat(m.stepProperty().get()).isEqualTo(Step.WORKLOAD);
        assertThat(s.loadedProperty().get()).isSameAs(l);
        assertThat(s.keptInferences()).containsExactly("workload", "version", "libc", "size");
        m.chooseLibc(LibcNeed.GLIBC);
        assertThat(s.keptInferences()).containsExactly("workload", "version", "size");
        m.selectWorkload("python");
        assertThat(s.keptInferences()).as("another workload: nothing is inferred any more").isEmpty();
    }

    @Test
    void theMigrationUsesTheCurrentComplianceAnswer(@TempDir Path dir) throws Exception {
        WizardModel m = model();
        Path f = dir.resolve("Dockerfile");
        Files.writeString(f, "FROM python:3.12-slim\nCOPY app.py /app/\nCMD [\"python\", \"/app/app.py\"]\n");
        MigrationSession s = new MigrationSession(m);
        s.open(f, EN::get);
        MigrationResult plain = s.migrate(EN::get);
        assertThat(plain.stages()).singleElement().satisfies(st -> {
            assertThat(st.role()).isEqualTo(StageRole.RUNTIME);
            assertThat(st.reference()).startsWith("dhi.io/python:3.12");
        });
        m.chooseCompliance(ComplianceNeed.FIPS);
        m.setOrg("acme");
        MigrationResult fips = s.migrate(EN::get);
        assertThat(fips.findings()).anyMatch(x -> x.rule().equals("mirrored-repository"));
        assertThat(plain.findings()).noneMatch(x -> x.rule().equals("mirrored-repository"));
    }

    @Test
    void aFileThatCannotBeUsedChangesNothingAndSaysWhyInOneLine(@TempDir Path dir) throws Exception {
        WizardModel m = model();
        m.selectWorkload("go");
        MigrationSession s = new MigrationSession(m);
        Path big = dir.resolve("big");
        Files.write(big, new byte[(1 << 20) + 10]);
        Path noFrom = dir.resolve("noFrom");
        Files.writeString(noFrom, "# only a comment\n");
        Path badRef = dir.resolve("badRef");
        Files.writeString(badRef, "FROM UPPER:case:bad\n");
        for (Path p : List.of(big, noFrom, dir.resolve("missing"), dir)) {
            assertThatThrownBy(() -> s.open(p, EN::get)).isInstanceOfSatisfying(MigrationSession.OpenException.class,
                    e -> assertThat(e.message(EN::get)).contains(p.toString()).doesNotContain("\n")
                            .doesNotContain("Exception"));
        }
        assertThat(m.workloadProperty().get()).isEqualTo("go");
        assertThat(s.loadedProperty().get()).isNull();
        assertThatThrownBy(() -> s.migrate(EN::get)).isInstanceOf(MigrationSession.OpenException.class);
        // an invalid reference does not block the file: it is an error finding on its line (issue 20)
        s.open(badRef, EN::get);
        assertThat(s.migrate(EN::get).findings()).anyMatch(f -> f.rule().equals("invalid-reference") && f.line() == 1);
    }

    @Test
    void projectAnswersAreFilledAndKeptLikeADockerfilesAndReplaceIt(@TempDir Path dir) throws Exception {
        WizardModel m = model();
        m.chooseLibc(LibcNeed.MUSL);
        m.chooseCompliance(ComplianceNeed.FIPS);
        m.selectWorkload("go");
        m.next();
        m.next();
        MigrationSession s = new MigrationSession(m);
        Path f = dir.resolve("Dockerfile");
        Files.writeString(f, "FROM node:22-alpine\n");
        s.open(f, EN::get);
        int opened = s.openedProperty().get();
        String supported = m.engineProperty().get().recommender().versions("python").stream()
                .filter(l -> !l.endOfLife()).findFirst().orElseThrow().line();
        var py = new dev.dhipicker.discover.InferredAnswer(dev.dhipicker.discover.InferredAnswer.Answer.WORKLOAD, "python",
                ".python-version", 1, "python-version", List.of(".python-version", supported));
        var line = new dev.dhipicker.discover.InferredAnswer(dev.dhipicker.discover.InferredAnswer.Answer.VERSION, supported,
                ".python-version", 1, "python-version", List.of(".python-version", supported));
        ProjectAnswerPlan.Plan plan = ProjectAnswerPlan.plan(List.of(py, line), null,
                ProjectAnswerPlan.VersionLines.of(m.engineProperty().get().recommender()));
        m.next();
        s.useProjectAnswers(dir, plan);
        assertThat(m.workloadProperty().get()).isEqualTo("python");
        assertThat(m.versionProperty().get()).isEqualTo(supported);
        assertThat(m.libcProperty().get()).as("the Dockerfile's musl stays: the project says nothing of it").isEqualTo(LibcNeed.MUSL);
        assertThat(m.complianceProperty().get()).isEqualTo(ComplianceNeed.FIPS);
        assertThat(m.stepProperty().get()).as("the page the Dockerfile start goes to").isEqualTo(Step.WORKLOAD);
        assertThat(s.loadedProperty().get()).as("the answers no longer come from the Dockerfile").isNull();
        assertThat(s.projectProperty().get().plan()).isSameAs(plan);
        assertThat(s.openedProperty().get()).isEqualTo(opened + 1);
        assertThat(s.keptInferences()).containsExactly("workload", "version");
        m.selectVersion(null);
        assertThat(s.keptInferences()).containsExactly("workload");
        s.clear();
        assertThat(s.projectProperty().get()).isNull();
        assertThat(s.keptInferences()).isEmpty();
        assertThatThrownBy(() -> s.useProjectAnswers(dir, ProjectAnswerPlan.plan(List.of(), null, w -> java.util.Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
