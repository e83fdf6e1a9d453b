package dev.dhipicker.ui.model;

import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.SizePriority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wizard's view model, without a JavaFX toolkit. */
class WizardModelTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);

    /** Remembers answers in memory, like Preferences would. */
    static final class MemoryStore implements AnswerStore {
        Answers saved;

        @Override
        public Optional<Answers> load() {
            return Optional.ofNullable(saved);
        }

        @Override
        public void save(Answers answers) {
            saved = answers;
        }

        @Override
        public void clear() {
            saved = null;
        }
    }

    static WizardModel model(AnswerStore store) throws CatalogException {
        WizardModel m = new WizardModel(new DefaultEngineLoader(CLOCK).bundled("en"));
        new AnswerMemory(store).attach(m);
        return m;
    }

    @Test
    void startsOnTheWorkloadPageWithProfilesFirst() throws Exception {
        WizardModel m = model(AnswerStore.none());
        assertThat(m.stepProperty().get()).isEqualTo(Step.WORKLOAD);
        assertThat(m.workloads().get(0).id()).isEqualTo("python");
        assertThat(m.workloads().get(0).profile()).isTrue();
        assertThat(m.workloads()).hasSize(10 + 554);
        assertThat(m.recommendationProperty().get()).isNull();
        assertThat(m.canGoNext()).as("nothing chosen yet").isFalse();
        m.next();
        assertThat(m.stepProperty().get()).isEqualTo(Step.WORKLOAD);
    }

    @Test
    void answersDriveTheEnginesRecommendation() throws Exception {
        WizardModel m = model(AnswerStore.none());
        m.selectWorkload("python");
        assertThat(m.recommendationProperty().get().runtime().reference()).isEqualTo("dhi.io/python:3.14-debian13");
        m.chooseLibc(LibcNeed.MUSL);
        m.chooseSize(SizePriority.SMALLEST);
        assertThat(m.recommendationProperty().get().runtime().reference()).isEqualTo("dhi.io/python:3.14-alpine3.24");
        m.chooseCompliance(ComplianceNeed.FIPS);
        m.setOrg("acme");
        assertThat(m.recommendationProperty().get().runtime().reference()).startsWith("acme/dhi-python:");
    }

    @Test
    void goingBackKeepsAnswersAndEarlyChangesUpdateTheResult() throws Exception {
        WizardModel m = model(AnswerStore.none());
        m.selectWorkload("node");
        m.next();
        m.chooseLibc(LibcNeed.MUSL);
        m.next();
        m.chooseSize(SizePriority.SMALLEST);
        m.next();
        m.next();
        m.next();
        assertThat(m.stepProperty().get()).isEqualTo(Step.RESULTS);
        assertThat(m.recommendationProperty().get().runtime().reference()).isEqualTo("dhi.io/node:26-alpine3.24");
        m.back();
        m.back();
        m.back();
        m.back();
        assertThat(m.stepProperty().get()).isEqualTo(Step.LIBC);
        assertThat(m.libcProperty().get()).isEqualTo(LibcNeed.MUSL);
        m.chooseLibc(LibcNeed.GLIBC);
        assertThat(m.recommendationProperty().get().runtime().reference()).isEqualTo("dhi.io/node:26-debian13");
        assertThat(m.sizeProperty().get()).as("later answers are kept").isEqualTo(SizePriority.SMALLEST);
    }

    @Test
    void helmOptionsTheCatalogCannotServeAreDisabledWithTheReason() throws Exception {
        WizardModel m = model(AnswerStore.none());
        m.selectWorkload("python");
        HelmOptions options = m.helmOptions();
        assertThat(options.state("python", HelmUse.UPSTREAM_CHART)).isEqualTo(new OptionState(false, "helm.reason.noCompat", "python"));
        assertThat(options.state("python", HelmUse.DHI_CHART)).isEqualTo(new OptionState(false, "helm.reason.noChart", "python"));
        assertThat(options.state("python", HelmUse.OWN_CHART).enabled()).isTrue();
        m.chooseHelm(HelmUse.DHI_CHART);
        assertThat(m.helmProperty().get()).as("a disabled option cannot be chosen").isEqualTo(HelmUse.NONE);

        m.selectWorkload("redis");
        assertThat(m.helmOptions().state("redis", HelmUse.UPSTREAM_CHART).enabled()).isTrue();
        m.chooseHelm(HelmUse.DHI_CHART);
        assertThat(m.recommendationProperty().get().helmChart().reference()).isEqualTo("oci://dhi.io/redis-chart");
        assertThat(m.helmDropProperty().get()).isNull();
        m.selectWorkload("python");
        assertThat(m.helmProperty().get()).as("falls back when the new workload cannot serve it").isEqualTo(HelmUse.NONE);
        assertThat(m.helmDropProperty().get()).as("and says so")
                .isEqualTo(new HelmDrop(HelmUse.DHI_CHART, "python", new OptionState(false, "helm.reason.noChart", "python")));
        m.chooseHelm(HelmUse.OWN_CHART);
        assertThat(m.helmDropProperty().get()).as("a new Helm answer replaces the notice").isNull();
    }

    @Test
    void versionChooserOffersTheLinesOfTheWorkload() throws Exception {
        WizardModel m = model(AnswerStore.none());
        m.selectWorkload("dotnet");
        assertThat(m.versions()).extracting(v -> v.line()).containsExactly("10", "9", "8");
        m.selectVersion("9");
        assertThat(m.recommendationProperty().get().runtime().tag()).isEqualTo("9-debian13");
        m.selectWorkload("python");
        assertThat(m.versionProperty().get()).as("a new workload resets the version").isNull();
    }

    @Test
    void invalidOrgIsReportedNotThrown() throws Exception {
        WizardModel m = model(AnswerStore.none());
        m.selectWorkload("python");
        m.chooseCompliance(ComplianceNeed.FIPS);
        m.setOrg("Not An Org");
        assertThat(m.canGoNext()).as("Next waits for a valid organisation").isFalse();
        m.next();
        assertThat(m.stepProperty().get()).isEqualTo(Step.WORKLOAD);
        assertThat(m.recommendationProperty().get()).isNull();
        assertThat(m.answerErrorProperty().get().getMessage()).contains("Not An Org");
        assertThat(m.answerErrorProperty().get().key()).isEqualTo("answer.error.org");
        m.setOrg("acme");
        assertThat(m.answerErrorProperty().get()).isNull();
        assertThat(m.canGoNext()).isTrue();
    }

    @Test
    void theStepListGoesBackAnywhereAndForwardOnlyToPagesReached() throws Exception {
        WizardModel m = model(AnswerStore.none());
        assertThat(m.goTo(Step.LIBC)).as("nothing chosen yet").isFalse();
        m.selectWorkload("python");
        assertThat(m.goTo(Step.SIZE)).as("not reached yet").isFalse();
        m.next();
        m.next();
        m.next();
        assertThat(m.reachedProperty().get()).isEqualTo(Step.COMPLIANCE);
        assertThat(m.goTo(Step.WORKLOAD)).isTrue();
        assertThat(m.canGoTo(Step.COMPLIANCE)).isTrue();
        assertThat(m.canGoTo(Step.HELM)).isFalse();
        assertThat(m.goTo(Step.COMPLIANCE)).isTrue();
        assertThat(m.stepProperty().get()).isEqualTo(Step.COMPLIANCE);
        m.chooseCompliance(ComplianceNeed.FIPS);
        m.setOrg("bad org!");
        m.back();
        assertThat(m.goTo(Step.COMPLIANCE)).as("forward only with usable answers").isFalse();
        m.startOver();
        assertThat(m.reachedProperty().get()).isEqualTo(Step.WORKLOAD);
    }

    @Test
    void lastAnswersAreRememberedAndStartOverForgetsThem() throws Exception {
        MemoryStore store = new MemoryStore();
        WizardModel first = model(store);
        first.selectWorkload("redis");
        first.chooseHelm(HelmUse.UPSTREAM_CHART);
        assertThat(store.saved.workload()).isEqualTo("redis");

        WizardModel second = model(store);
        assertThat(second.workloadProperty().get()).isEqualTo("redis");
        assertThat(second.helmProperty().get()).isEqualTo(HelmUse.UPSTREAM_CHART);
        assertThat(second.recommendationProperty().get().runtime().flavors()).containsExactly("compat");

        second.startOver();
        assertThat(second.workloadProperty().get()).isNull();
        assertThat(second.answeredProperty().get()).isFalse();
        assertThat(store.saved).isNull();
    }

    @Test
    void switchingLanguageKeepsTheAnswersAndGivesNewTexts() throws Exception {
        WizardModel m = model(AnswerStore.none());
        m.selectWorkload("node");
        Engine before = m.engineProperty().get();
        var r = m.recommendationProperty().get();
        java.util.List<Object> seen = new java.util.ArrayList<>();
        m.recommendationProperty().addListener((o, was, now) -> seen.add(now));
        new EngineSwitcher(new DefaultEngineLoader(CLOCK), m, "en").switchLanguage("zh-CN");
        assertThat(m.engineProperty().get()).isNotSameAs(before);
        assertThat(m.engineProperty().get().catalog()).isSameAs(before.catalog());
        assertThat(m.workloadProperty().get()).isEqualTo("node");
        assertThat(m.recommendationProperty().get()).isEqualTo(r);
        assertThat(seen).as("no null-and-back refresh").doesNotContainNull();
    }

    @Test
    void badCatalogFileKeepsTheCatalogItHad(@TempDir Path dir) throws Exception {
        WizardModel m = model(AnswerStore.none());
        m.selectWorkload("python");
        Engine before = m.engineProperty().get();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":1,");
        EngineSwitcher engines = new EngineSwitcher(new DefaultEngineLoader(CLOCK), m, "en");
        assertThatThrownBy(() -> engines.openCatalog(bad)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("malformed JSON");
        assertThat(m.engineProperty().get()).isSameAs(before);
        assertThat(m.recommendationProperty().get()).isNotNull();
    }

    @Test
    void aFlavouredWorkloadOffersItsFlavorsAndAChosenOneReachesTheEngineAndTheStore() throws Exception {
        MemoryStore store = new MemoryStore();
        WizardModel m = model(store);
        m.selectWorkload("redis");
        assertThat(m.flavors()).as("redis has standard runtime images").isEmpty();
        m.selectWorkload("wordpress");
        assertThat(m.flavors()).containsExactly("php8.5-fpm", "php8.4-fpm", "php8.3-fpm");
        assertThat(m.recommendationProperty().get().runtime().flavors()).containsExactly("php8.5-fpm");
        m.selectVersion("6.9.7");
        m.selectFlavor("php8.3-fpm");
        assertThat(m.versionProperty().get()).as("6.9.7 exists with this flavor too").isEqualTo("6.9.7");
        assertThat(m.recommendationProperty().get().runtime().reference()).isEqualTo("dhi.io/wordpress:6.9.7-debian13-php8.3-fpm");
        assertThat(store.saved.flavor()).isEqualTo("php8.3-fpm");
        m.selectWorkload("patroni");
        assertThat(m.flavorProperty().get()).as("a new workload forgets the flavor").isNull();
        WizardModel again = model(store);
        assertThat(again.flavors()).containsExactly("pg18");
    }
}
