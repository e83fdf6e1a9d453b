package dev.dhipicker.recommend;

import dev.dhipicker.recommend.Recommendation.Alternative;
import dev.dhipicker.recommend.Recommendation.EolStatus;
import dev.dhipicker.recommend.Recommendation.WorkloadKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One table row or test per class of wrong answer the accuracy review found, with its named examples. */
class AccuracyTableTest {

    private static Recommendation recommend(Answers a) throws Exception {
        return EngineFixture.engine().recommend(a);
    }

    private static List<String> keys(List<Message> messages) {
        return messages.stream().map(Message::key).toList();
    }

    private static List<String> explanationKeys(Recommendation r) {
        return r.explanations().stream().map(e -> e.message().key()).toList();
    }

    @ParameterizedTest(name = "{0} picks the line of its newest definition: {1}")
    @CsvSource({
            "kafka, dhi.io/kafka:4.3-debian13",
            "fluxcd-helm-controller, dhi.io/fluxcd-helm-controller:1.6-debian13",
            "zookeeper, dhi.io/zookeeper:3.9-jre23-debian13",
            "jenkins-agent, dhi.io/jenkins-agent:3383-debian13"})
    void staleVersionLinesNeverWin(String workload, String runtime) throws Exception {
        Recommendation r = recommend(Answers.defaults(workload));
        assertThat(r.runtime().reference()).isEqualTo(runtime);
        assertThat(r.facts().line().version()).isEqualTo(r.runtime().definition().version());
    }

    @Test
    void aPatchLeftoverIsOfferedAsPatchPinnedNeverPicked() throws Exception {
        Recommendation r = recommend(Answers.defaults("kafka"));
        assertThat(r.alternatives()).anySatisfy(a -> {
            assertThat(a.reference()).isEqualTo("dhi.io/kafka:4.3.0-debian13");
            assertThat(a.whyNot().key()).isEqualTo("whyNot.patchLeftover");
        });
    }

    @ParameterizedTest(name = "{0} without a flavor answer runs {1}")
    @CsvSource({
            "patroni, dhi.io/patroni:4-debian13-pg18, pg18",
            "wordpress, dhi.io/wordpress:7.0.4-debian13-php8.5-fpm, php8.5-fpm",
            "strimzi-kafka, '', kafka-4.3.1",
            "azure-functions-node, '', node24.19"})
    void flavouredRuntimesGetADefaultFlavor(String workload, String runtime, String flavor) throws Exception {
        Recommendation r = recommend(Answers.defaults(workload));
        assertThat(r.runtime()).isNotNull();
        if (!runtime.isEmpty()) {
            assertThat(r.runtime().reference()).isEqualTo(runtime);
        }
        assertThat(r.facts().flavor()).isEqualTo(flavor);
        assertThat(r.runtime().flavors()).containsExactly(flavor);
        assertThat(explanationKeys(r)).contains("flavor.default");
    }

    @Test
    void aFlavorAnswerChoosesTheFlavorAndAnUnknownOneIsRefused() throws Exception {
        Recommendation r = recommend(Answers.defaults("wordpress").withFlavor("php8.3-fpm").withVersion("6.9"));
        assertThat(r.runtime().reference()).isEqualTo("dhi.io/wordpress:6.9.7-debian13-php8.3-fpm");
        assertThat(explanationKeys(r)).contains("flavor.chosen");
        assertThat(EngineFixture.engine().flavors("wordpress")).containsExactly("php8.5-fpm", "php8.4-fpm", "php8.3-fpm");
        assertThatThrownBy(() -> recommend(Answers.defaults("wordpress").withFlavor("php7.4-fpm")))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("php8.5-fpm");
        assertThat(EngineFixture.engine().flavors("redis")).as("a repository with standard runtimes").isEmpty();
    }

    @ParameterizedTest(name = "{0} is a framework: built on {2}, run on {1}")
    @CsvSource({
            "bun, dhi.io/bun:1-debian13, dhi.io/bun:1-debian13-dev",
            "deno, '', ''",
            "perl, '', ''",
            "elixir, '', ''"})
    void languageImagesWithDevVariantsComeAsAPair(String workload, String runtime, String build) throws Exception {
        Recommendation r = recommend(Answers.defaults(workload));
        assertThat(r.facts().kind()).isEqualTo(WorkloadKind.FRAMEWORK);
        assertThat(r.build()).isNotNull();
        assertThat(r.build().repository()).isEqualTo(workload);
        assertThat(r.build().definition().version()).isEqualTo(r.runtime().definition().version());
        if (!runtime.isEmpty()) {
            assertThat(r.runtime().reference()).isEqualTo(runtime);
            assertThat(r.build().reference()).isEqualTo(build);
        }
        assertThat(explanationKeys(r)).contains("workload.framework").doesNotContain("workload.application");
    }

    @ParameterizedTest(name = "{0} is one half of the {1} workload")
    @CsvSource({"golang, go, static", "eclipse-temurin, java, eclipse-temurin", "aspnetcore, dotnet, aspnetcore",
            "maven, java, eclipse-temurin", "composer, php, php"})
    void languageRepositoriesOfAProfileGetThatProfile(String workload, String profile, String runtimeRepo) throws Exception {
        Recommendation r = recommend(Answers.defaults(workload));
        assertThat(r.profile().id()).isEqualTo(profile);
        assertThat(r.runtime().repository()).isEqualTo(runtimeRepo);
        assertThat(explanationKeys(r)).contains("workload.mapped");
    }

    @Test
    void gradleBuildsOnTheGradleImageOfTheJresJdk() throws Exception {
        Recommendation r = recommend(Answers.defaults("gradle").withVersion("21"));
        assertThat(r.runtime().reference()).isEqualTo("dhi.io/eclipse-temurin:21-debian13");
        assertThat(r.build().reference()).startsWith("dhi.io/gradle:").contains("-jdk21-debian13-dev");
    }

    @Test
    void aDhiChartGivesExactlyTheImageItPinsWithoutDenyingIt() throws Exception {
        Recommendation r = recommend(Answers.defaults("grafana").withHelm(HelmUse.DHI_CHART));
        assertThat(r.helmChart().reference()).isEqualTo("oci://dhi.io/grafana-chart");
        assertThat(r.runtime().reference()).startsWith("dhi.io/grafana:12.4.8-debian13@sha256:e045");
        assertThat(r.unmet()).extracting(Recommendation.Unmet::answer).doesNotContain("helm");
        assertThat(keys(r.warnings())).contains("warn.chartPinOutsideCatalog");
        assertThat(r.facts().line().status()).isEqualTo(EolStatus.UNKNOWN);
    }

    @Test
    void aChartThatMerelyEmbedsAnImageIsNotOffered() throws Exception {
        Recommendation r = recommend(Answers.defaults("etcd").withHelm(HelmUse.DHI_CHART));
        assertThat(r.helmChart()).isNull();
        assertThat(r.unmet()).extracting(u -> u.message().key()).contains("unmet.helm.noChart");
        assertThat(EngineFixture.engine().dhiChart("etcd")).isEmpty();
        assertThat(EngineFixture.engine().dhiChart("tempo")).get().extracting(c -> c.name()).isEqualTo("grafana-tempo");
    }

    @Test
    void aVersionTheChartCannotGiveIsUnmetAndNotCalledTheOneAskedFor() throws Exception {
        Recommendation r = recommend(Answers.defaults("redis").withHelm(HelmUse.DHI_CHART).withVersion("8.8"));
        assertThat(r.runtime().reference()).startsWith("dhi.io/redis:8.10.1-debian13-compat@sha256:");
        assertThat(r.unmet()).extracting(u -> u.message().key()).contains("unmet.chart.version");
        assertThat(explanationKeys(r)).contains("version.chart").doesNotContain("version.requested");
    }

    @Test
    void aLineWhoseEndOfLifeHasPassedIsNeverCalledSupported() throws Exception {
        Recommendation r = recommend(Answers.defaults("cloudnative-pg"));
        assertThat(r.facts().line().status()).isEqualTo(EolStatus.ENDED);
        assertThat(explanationKeys(r)).contains("version.allEnded", "eol.ended").doesNotContain("version.newest");
        assertThat(keys(r.warnings())).contains("warn.eolPassed");
    }

    @Test
    void anOlderLineThatLivesLongerIsNotCalledShorterLived() throws Exception {
        Recommendation r = recommend(Answers.defaults("valkey"));
        Alternative older = r.alternatives().stream().filter(a -> a.reference().startsWith("dhi.io/valkey:8.1-")).findFirst()
                .orElseThrow();
        assertThat(older.whyNot().key()).isEqualTo("whyNot.olderVersion.newerPicked");
    }

    @Test
    void theDistroSentenceNamesTheDistroThatWasPicked() throws Exception {
        Recommendation r = recommend(Answers.defaults("prometheus").withLibc(LibcNeed.MUSL).withSize(SizePriority.SMALLEST));
        assertThat(r.runtime().distroLabel()).isEqualTo("Debian 13");
        assertThat(explanationKeys(r)).contains("distro.fallback").doesNotContain("distro.alpine.musl");
    }

    @Test
    void rustOnAlpineRunsOnTheMuslVariantOfStatic() throws Exception {
        Recommendation r = recommend(Answers.defaults("rust").withLibc(LibcNeed.MUSL).withSize(SizePriority.SMALLEST));
        assertThat(r.runtime().reference()).isEqualTo("dhi.io/static:20260611-musl-alpine3.24");
        assertThat(explanationKeys(r)).contains("profile.rust.musl");
    }

    @Test
    void goWithFipsKeepsCgoOffAndDoesNotClaimGlibcWasAsked() throws Exception {
        Recommendation r = recommend(Answers.defaults("go").withLibc(LibcNeed.MUSL).withSize(SizePriority.SMALLEST)
                .withCompliance(ComplianceNeed.FIPS));
        assertThat(r.facts().cgo()).isFalse();
        assertThat(explanationKeys(r)).contains("profile.go.fips").doesNotContain("profile.go.cgo");
        assertThat(recommend(Answers.defaults("go").withLibc(LibcNeed.GLIBC)).facts().cgo()).isTrue();
    }

    @Test
    void phpDependenciesComeFromTheComposerImageOfTheSamePhpVersion() throws Exception {
        Recommendation r = recommend(Answers.defaults("php"));
        assertThat(r.runtime().reference()).isEqualTo("dhi.io/php:8.5-debian13-fpm");
        assertThat(r.build().reference()).isEqualTo("dhi.io/composer:2.10-debian13-php8.5-dev");
    }

    @Test
    void aFipsTagTheGuideWritesOutComesFirstWhenThePickIsInferred() throws Exception {
        Recommendation r = recommend(Answers.defaults("kafka").withCompliance(ComplianceNeed.FIPS).withOrg("acme"));
        assertThat(r.runtime().inferred()).isTrue();
        assertThat(r.alternatives().get(0).reference()).isEqualTo("acme/dhi-kafka:4.1-fips");
        assertThat(r.alternatives().get(0).whyNot().key()).isEqualTo("whyNot.fipsDocumented");
    }

    @Test
    void aRepositoryWithOnlyBuildImagesIsRefusedWithTheReason() {
        assertThatThrownBy(() -> recommend(Answers.defaults("sbx-templates")))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("only build");
    }

    // ---- issue 22: facts from the whole definition, no sentence the catalog contradicts ----

    @ParameterizedTest(name = "php musl, version {0}: {1} built on {2}")
    @CsvSource({
            "'', dhi.io/php:8.5-alpine3.22-fpm, dhi.io/composer:2.10-alpine3.22-dev",
            "8.5, dhi.io/php:8.5-alpine3.22-fpm, dhi.io/composer:2.10-alpine3.22-dev",
            "8.4, dhi.io/php:8.4-alpine3.22-fpm, dhi.io/composer:2.10-alpine3.22-php8.4-dev"})
    void composersDefaultAlpineBuildIsComposerForPhp85(String version, String runtime, String build) throws Exception {
        Answers a = Answers.defaults("php").withLibc(LibcNeed.MUSL).withVersion(version.isEmpty() ? null : version);
        Recommendation r = recommend(a);
        assertThat(r.runtime().reference()).isEqualTo(runtime);
        assertThat(r.build().reference()).isEqualTo(build);
        assertThat(r.build().definition().flavors()).containsExactly("php" + r.facts().line().line());
        assertThat(explanationKeys(r)).contains("distro.alpine.musl").doesNotContain("distro.fallback",
                "version.newestWithBuild");
    }

    @ParameterizedTest(name = "{0} without a flavor answer: {1} ({2})")
    @CsvSource({
            "pgvector, dhi.io/pgvector:0.8-pg18-debian13, pg18, flavor.default",
            "pytorch, dhi.io/pytorch:2.13-cuda12.6-cudnn9-debian13, python3.11, flavor.defaultBuild"})
    void aComponentFlavourInTheTagsOrTheContentsIsAFlavour(String workload, String runtime, String flavor, String key)
            throws Exception {
        Recommendation r = recommend(Answers.defaults(workload));
        assertThat(r.runtime().reference()).isEqualTo(runtime);
        assertThat(r.facts().flavor()).isEqualTo(flavor);
        assertThat(explanationKeys(r)).contains(key).doesNotContain("version.allEnded");
    }

    @Test
    void aFlavourWhoseLinesAllEndedSaysSoForTheFlavourOnly() throws Exception {
        Recommendation r = recommend(Answers.defaults("pgvector").withFlavor("pg14"));
        assertThat(explanationKeys(r)).contains("version.allEnded.flavor").doesNotContain("version.allEnded");
    }

    @Test
    void theAlpineWhyNotCitesOnlyAnswersThatWereGiven() throws Exception {
        // python's DHI chart does not exist: the Alpine alternative must not blame a chart
        Recommendation r = recommend(Answers.defaults("python").withLibc(LibcNeed.MUSL)
                .withSize(SizePriority.COMPATIBLE).withHelm(HelmUse.DHI_CHART));
        assertThat(r.helmChart()).isNull();
        assertThat(r.alternatives()).extracting(x -> x.whyNot().key()).contains("whyNot.alpine.compatible")
                .doesNotContain("whyNot.alpine.chart");
    }

    @Test
    void aShellCopiedFromAnotherImageIsAShell() throws Exception {
        Recommendation r = recommend(Answers.defaults("cephcsi"));
        assertThat(r.runtime().definition().shell()).isTrue();
        assertThat(explanationKeys(r)).contains("variant.runtimeShell").doesNotContain("variant.runtime");
    }
}
