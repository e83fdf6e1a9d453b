package dev.dhipicker.recommend;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecommenderBehaviourTest {

    private static List<String> keys(List<Message> messages) {
        return messages.stream().map(Message::key).toList();
    }

    @Test
    void fipsAnswerPicksMirroredReference() throws Exception {
        Recommendation r = EngineFixture.engine().recommend(Answers.defaults("python")
                .withCompliance(ComplianceNeed.FIPS).withOrg("acme"));
        assertThat(r.runtime().reference()).isEqualTo("acme/dhi-python:3.14-debian13-fips");
        assertThat(r.runtime().fips()).isTrue();
        assertThat(r.runtime().inferred()).as("3.14-debian13-fips is not written out in the guide").isTrue();
        assertThat(r.build().reference()).isEqualTo("acme/dhi-python:3.14-debian13-fips-dev");
        // the tag the guide writes out comes first, with the reason it was not the pick
        assertThat(r.alternatives().get(0).reference()).isEqualTo("acme/dhi-python:3.14-fips");
        assertThat(r.alternatives().get(0).whyNot().key()).isEqualTo("whyNot.fipsDocumented.floating");
        assertThat(keys(r.warnings())).contains("warn.inferred", "pitfall.fips.python");
        assertThat(r.explanations()).extracting(e -> e.message().key()).contains("compliance.fips", "compliance.mirror");
    }

    @Test
    void undocumentedFipsGivesNoRuntimeButTheNearestOptions() throws Exception {
        Recommendation r = EngineFixture.engine().recommend(Answers.defaults("node").withCompliance(ComplianceNeed.FIPS));
        assertThat(r.runtime()).isNull();
        assertThat(r.build()).isNull();
        assertThat(r.unmet()).extracting(Recommendation.Unmet::answer).containsExactly("compliance");
        assertThat(r.unmet().get(0).message().params()).containsEntry("repo", "node");
        assertThat(r.alternatives()).isNotEmpty().allSatisfy(a -> assertThat(a.whyNot().key()).isEqualTo("whyNot.nonFips"));
    }

    @Test
    void stigHasNoSuffixAndSaysHowToConfirm() throws Exception {
        Recommendation r = EngineFixture.engine().recommend(Answers.defaults("python").withCompliance(ComplianceNeed.STIG));
        assertThat(r.runtime().tag()).isEqualTo("3.14-debian13");
        assertThat(r.runtime().reference()).startsWith("<your-org>/dhi-python:");
        assertThat(r.explanations()).extracting(e -> e.message().key()).contains("compliance.stig");
        assertThat(r.unmet()).extracting(u -> u.message().key()).containsExactly("unmet.stig");
    }

    @Test
    void upstreamChartPicksCompatAndSaysWhatItAdds() throws Exception {
        Recommendation r = EngineFixture.engine().recommend(Answers.defaults("redis").withHelm(HelmUse.UPSTREAM_CHART));
        assertThat(r.runtime().flavors()).containsExactly("compat");
        String packages = r.explanations().stream().filter(e -> e.message().key().equals("helm.compat"))
                .findFirst().orElseThrow().message().params().get("packages");
        assertThat(packages).contains("bash").contains("coreutils");
        assertThat(r.alternatives()).anySatisfy(a -> assertThat(a.whyNot().key()).isEqualTo("whyNot.standard"));
    }

    @Test
    void dhiChartNamesTheChartAndItsDigestPins() throws Exception {
        Recommendation r = EngineFixture.engine().recommend(Answers.defaults("redis").withHelm(HelmUse.DHI_CHART));
        assertThat(r.helmChart().reference()).isEqualTo("oci://dhi.io/redis-chart");
        assertThat(r.helmChart().version()).isEqualTo("23.0.7");
        assertThat(r.helmChart().images()).allSatisfy(i -> assertThat(i.reference()).contains("@sha256:"));
        assertThat(r.runtime().digest()).startsWith("sha256:");
        assertThat(r.runtime().reference()).endsWith("@" + r.runtime().digest());
    }

    @Test
    void warnsWhenEndOfLifeIsWithinTwelveMonths() throws Exception {
        Recommendation r = EngineFixture.engine().recommend(Answers.defaults("node").withVersion("22"));
        assertThat(r.runtime().eol()).isEqualTo(LocalDate.parse("2027-04-30"));
        assertThat(keys(r.warnings())).contains("warn.eolSoon");
        Recommendation newer = EngineFixture.engine().recommend(Answers.defaults("python"));
        assertThat(keys(newer.warnings())).doesNotContain("warn.eolSoon", "warn.eolPassed");
    }

    @Test
    void defaultVersionSkipsLinesPastEndOfLife() throws Exception {
        // .NET 8 and 9 end on 2026-11-10: before that date they are candidates, after it they are not
        assertThat(EngineFixture.engine().recommend(Answers.defaults("dotnet")).runtime().tag()).isEqualTo("10-debian13");
        assertThat(EngineFixture.engine().recommend(Answers.defaults("java")).runtime().tag())
                .as("Temurin 26 ended on 2026-09-15; 25 is supported until 2031").isEqualTo("25-debian13");
        Recommendation earlier = EngineFixture.engine(LocalDate.parse("2026-08-01")).recommend(Answers.defaults("java"));
        assertThat(earlier.runtime().tag()).as("before its end of life Temurin 26 is the newest line").isEqualTo("26-debian13");
    }

    @Test
    void askedForVersionPastEndOfLifeIsGivenWithAWarning() throws Exception {
        Recommendation r = EngineFixture.engine().recommend(Answers.defaults("dotnet").withVersion("8"));
        assertThat(r.runtime().tag()).isEqualTo("8-debian13");
        assertThat(keys(r.warnings())).contains("warn.eolPassed");
    }

    @Test
    void alpineChoiceWarnsAboutTheProfilesMuslPitfalls() throws Exception {
        Recommendation r = EngineFixture.engine().recommend(Answers.defaults("python")
                .withLibc(LibcNeed.MUSL).withSize(SizePriority.SMALLEST));
        assertThat(r.runtime().distro().id()).isEqualTo("alpine");
        assertThat(keys(r.warnings())).contains("pitfall.musl.python");
        assertThat(r.alternatives()).anySatisfy(a -> assertThat(a.whyNot().key()).isEqualTo("whyNot.debian"));
    }

    @Test
    void versionChooserListsLinesWithTheirEndOfLife() throws Exception {
        List<Recommender.VersionLine> lines = EngineFixture.engine().versions("dotnet");
        assertThat(lines).extracting(Recommender.VersionLine::line).containsExactly("10", "9", "8");
        assertThat(lines.get(0).endOfLife()).isFalse();
        assertThat(lines.get(2).endOfLife()).isTrue();
        assertThat(lines.get(2).eol()).isEqualTo(LocalDate.parse("2026-11-10"));
    }

    @Test
    void catalogQuestionsForTheWizard() throws Exception {
        Recommender e = EngineFixture.engine();
        assertThat(e.hasCompat("redis")).isTrue();
        assertThat(e.hasCompat("python")).isFalse();
        assertThat(e.dhiChart("redis")).isPresent();
        assertThat(e.dhiChart("python")).isEmpty();
        assertThat(e.fipsDocumented("python")).isTrue();
        assertThat(e.fipsDocumented("node")).isFalse();
    }

    @Test
    void invalidAnswersNameTheAnswer() {
        Recommender e = EngineFixture.engine();
        assertThatThrownBy(() -> e.recommend(Answers.defaults("cobol")))
                .isInstanceOfSatisfying(InvalidAnswerException.class, x -> assertThat(x.answer()).isEqualTo("workload"))
                .hasMessageContaining("python, node");
        assertThatThrownBy(() -> e.recommend(Answers.defaults("python").withVersion("2.7")))
                .isInstanceOfSatisfying(InvalidAnswerException.class, x -> assertThat(x.answer()).isEqualTo("version"))
                .hasMessageContaining("3.14, 3.13");
        assertThatThrownBy(() -> e.recommend(Answers.defaults("python").withOrg("Bad Org")))
                .isInstanceOfSatisfying(InvalidAnswerException.class, x -> assertThat(x.answer()).isEqualTo("org"));
    }

    @Test
    void fipsFollowsTheDistroItsGuideDocuments() throws Exception {
        Recommendation r = EngineFixture.engine().recommend(Answers.defaults("python")
                .withLibc(LibcNeed.MUSL).withSize(SizePriority.SMALLEST).withCompliance(ComplianceNeed.FIPS));
        assertThat(r.runtime().tag()).isEqualTo("3.14-debian13-fips");
        assertThat(r.unmet()).extracting(u -> u.message().key()).containsExactly("unmet.fips.family");
        assertThat(r.explanations()).extracting(e -> e.message().key()).contains("distro.fips")
                .doesNotContain("distro.alpine.musl");
        // static documents musl FIPS variants on Alpine, so Go keeps Alpine
        Recommendation go = EngineFixture.engine().recommend(Answers.defaults("go")
                .withLibc(LibcNeed.MUSL).withSize(SizePriority.SMALLEST).withCompliance(ComplianceNeed.FIPS));
        assertThat(go.runtime().distro().id()).isEqualTo("alpine");
        assertThat(go.runtime().tag()).contains("-musl-alpine");
    }
}
