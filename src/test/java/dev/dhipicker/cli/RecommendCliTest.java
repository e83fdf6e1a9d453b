package dev.dhipicker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.dhipicker.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

class RecommendCliTest {

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        CliTest.Run r = run("recommend", "--workload", "python", "--libc", "glibc", "--today", "2026-11-26", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("catalog").get("snapshotDate").asText()).isEqualTo("2026-08-22");
        assertThat(j.get("answers").get("libc").asText()).isEqualTo("glibc");
        assertThat(j.get("answers").get("size").asText()).isEqualTo("balanced");
        JsonNode rt = j.get("runtime");
        assertThat(rt.get("reference").asText()).isEqualTo("dhi.io/python:3.14-debian13");
        // every field carries the engine's value for the same answers
        dev.dhipicker.recommend.Recommendation.ImageChoice e = dev.dhipicker.testing.BundledData.recommend(
                dev.dhipicker.recommend.Answers.defaults("python").withLibc(dev.dhipicker.recommend.LibcNeed.GLIBC)).runtime();
        assertThat(rt.get("repository").asText()).isEqualTo(e.repository());
        assertThat(rt.get("tag").asText()).isEqualTo(e.tag());
        assertThat(rt.get("distro").asText()).isEqualTo(e.distro().id());
        assertThat(rt.get("distroVersion").asText()).isEqualTo(e.distroVersion());
        assertThat(rt.get("libc").asText()).isEqualTo(e.libc().id());
        assertThat(rt.get("flavors").size()).isEqualTo(e.flavors().size());
        assertThat(rt.get("fips").asBoolean()).isFalse();
        assertThat(rt.get("inferred").asBoolean()).isFalse();
        assertThat(rt.get("user").asText()).isEqualTo(e.user());
        assertThat(rt.get("uid").asInt()).isEqualTo(e.uid());
        assertThat(rt.get("eol").asText()).isEqualTo(String.valueOf(e.eol()));
        assertThat(rt.get("variant").asText()).isEqualTo("runtime");
        assertThat(j.get("build").get("reference").asText()).isEqualTo("dhi.io/python:3.14-debian13-dev");
        assertThat(j.get("build").get("variant").asText()).isEqualTo("dev");
        assertThat(j.get("helmChart").isNull()).isTrue();
        assertThat(j.get("unmet").isArray()).isTrue();
        assertThat(j.get("alternatives").get(0).get("reference").asText()).isEqualTo("dhi.io/python:3.14");
        assertThat(j.get("alternatives").get(0).get("whyNot").asText()).startsWith("Floating alias");
        JsonNode first = j.get("explanations").get(0);
        assertThat(first.get("topic").asText()).isEqualTo("workload");
        assertThat(first.get("text").asText()).contains("built in the python build image");
        assertThat(j.get("warnings").isArray()).isTrue();
        JsonNode facts = j.get("facts");
        assertThat(facts.get("kind").asText()).isEqualTo("profile");
        assertThat(facts.get("line").asText()).isEqualTo("3.14");
        assertThat(facts.get("eol").asText()).isEqualTo(String.valueOf(e.eol()));
        assertThat(facts.get("eolStatus").asText()).isEqualTo("supported");
        assertThat(facts.get("cgo").asBoolean()).isFalse();
    }

    @Test
    void noRuntimeIsStillExitZero() throws Exception {
        CliTest.Run r = run("recommend", "--workload", "node", "--compliance", "fips", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("runtime").isNull()).isTrue();
        assertThat(r.json().get("unmet").get(0).get("answer").asText()).isEqualTo("compliance");
    }

    @Test
    void textOutputLeadsWithTheReferences() {
        CliTest.Run r = run("recommend", "--workload", "redis", "--helm", "dhi-chart");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Runtime:  dhi.io/redis:").contains("Chart:    oci://dhi.io/redis-chart")
                .contains("Build:    none (application image");
    }

    @Test
    void invalidAnswersExitTwoNamingTheOption() {
        CliTest.Run size = run("recommend", "--workload", "python", "--size", "tiny");
        assertThat(size.code()).isEqualTo(2);
        assertThat(size.err()).contains("--size").contains("smallest, balanced, compatible").contains("tiny");
        assertThat(size.err().strip().lines().count()).isEqualTo(1);

        CliTest.Run helm = run("recommend", "--workload", "python", "--helm", "kustomize");
        assertThat(helm.err()).contains("none, own-chart, upstream-chart, dhi-chart");

        CliTest.Run workload = run("recommend", "--workload", "cobol");
        assertThat(workload.code()).isEqualTo(2);
        assertThat(workload.err()).contains("--workload").contains("'cobol'");

        CliTest.Run version = run("recommend", "--workload", "python", "--version", "2.7");
        assertThat(version.code()).isEqualTo(2);
        assertThat(version.err()).contains("--version").contains("3.14");

        CliTest.Run missing = run("recommend");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--workload");
    }

    @Test
    void theFlavorOptionChoosesAFlavorAndAnUnknownOneIsAUsageError() {
        CliTest.Run r = run("recommend", "--workload", "wordpress", "--flavor", "php8.3-fpm", "--today", "2026-11-26");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Runtime:  dhi.io/wordpress:7.0.4-debian13-php8.3-fpm\n");
        CliTest.Run bad = run("recommend", "--workload", "wordpress", "--flavor", "php7.4-fpm");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--flavor").contains("php8.5-fpm");
        assertThat(bad.err().strip().lines().count()).isEqualTo(1);
    }
}
