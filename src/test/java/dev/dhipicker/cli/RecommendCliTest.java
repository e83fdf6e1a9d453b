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
        for (String f : new String[]{"reference", "repository", "tag", "distro", "distroVersion", "libc", "variant",
                "flavors", "fips", "inferred", "user", "uid", "eol"}) {
            assertThat(rt.has(f)).as(f).isTrue();
        }
        assertThat(rt.get("variant").asText()).isEqualTo("runtime");
        assertThat(j.get("build").get("reference").asText()).isEqualTo("dhi.io/python:3.14-debian13-dev");
        assertThat(j.get("build").get("variant").asText()).isEqualTo("dev");
        assertThat(j.get("helmChart").isNull()).isTrue();
        assertThat(j.get("unmet").isArray()).isTrue();
        assertThat(j.get("alternatives").get(0).get("whyNot").asText()).isNotBlank();
        JsonNode first = j.get("explanations").get(0);
        assertThat(first.get("topic").asText()).isEqualTo("workload");
        assertThat(first.get("text").asText()).contains("built in the python build image");
        assertThat(j.get("warnings").isArray()).isTrue();
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
}
