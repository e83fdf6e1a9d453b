package dev.dhipicker.recommend;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Together, recommendations explain every point of the seed document (Docker's "Image types" page). */
class ExplanationCoverageTest {

    @Test
    void recommendationsCoverEveryPointOfTheSeedDocument() throws Exception {
        Recommender engine = EngineFixture.engine();
        List<Answers> spread = List.of(
                Answers.defaults("python"),
                Answers.defaults("bun"),
                Answers.defaults("node").withLibc(LibcNeed.MUSL).withSize(SizePriority.SMALLEST),
                Answers.defaults("python").withLibc(LibcNeed.GLIBC).withCompliance(ComplianceNeed.FIPS_STIG),
                Answers.defaults("redis").withHelm(HelmUse.UPSTREAM_CHART),
                Answers.defaults("redis").withHelm(HelmUse.DHI_CHART));
        Set<String> keys = new HashSet<>();
        for (Answers a : spread) {
            engine.recommend(a).explanations().forEach(e -> keys.add(e.message().key()));
        }
        assertThat(keys).contains(
                "workload.framework",      // framework images
                "workload.application",    // application images
                "distro.debian.unsure",    // Debian/glibc: broadest compatibility, start from the familiar base
                "distro.debian.glibc",
                "distro.alpine.musl",      // Alpine/musl: smaller, faster to pull
                "variant.runtime",         // minimal runtime without shell, package manager, debug tools
                "variant.dev",             // dev images with shell, package manager, root
                "build.multistage",        // multi-stage builds
                "compliance.fips",         // FIPS variants for regulated environments
                "compliance.stig",         // STIG-ready variants with signed scan attestations
                "compliance.mirror",
                "helm.compat",             // compat variants for Helm charts
                "helm.dhiChart");
    }

    @Test
    void everyTextCitesADocumentationPage() {
        for (String key : EngineFixture.TEXTS.keys()) {
            assertThat(EngineFixture.TEXTS.source(key)).as(key).startsWith("https://");
        }
    }

    @Test
    void everyProfileTextExists() {
        for (var p : EngineFixture.PROFILES.all()) {
            for (String k : p.notes()) {
                assertThat(EngineFixture.TEXTS.has(k)).as(p.id() + " note " + k).isTrue();
            }
            for (String k : p.muslPitfalls()) {
                assertThat(EngineFixture.TEXTS.has(k)).as(p.id() + " musl pitfall " + k).isTrue();
            }
            for (String k : p.fipsPitfalls()) {
                assertThat(EngineFixture.TEXTS.has(k)).as(p.id() + " FIPS pitfall " + k).isTrue();
            }
        }
    }

    @Test
    void chineseTextsHaveTheSameKeysAndPlaceholders() throws Exception {
        dev.dhipicker.catalog.TextCatalog zh = new dev.dhipicker.catalog.CatalogLoader().loadTexts("zh-CN");
        assertThat(zh.keys()).isEqualTo(EngineFixture.TEXTS.keys());
        java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\{[a-z]+}");
        for (String key : EngineFixture.TEXTS.keys()) {
            Set<String> en = new HashSet<>();
            Set<String> cn = new HashSet<>();
            placeholder.matcher(EngineFixture.TEXTS.render(key, java.util.Map.of())).results().forEach(r -> en.add(r.group()));
            placeholder.matcher(zh.render(key, java.util.Map.of())).results().forEach(r -> cn.add(r.group()));
            assertThat(cn).as(key).isEqualTo(en);
            assertThat(zh.render(key, java.util.Map.of())).as(key).matches(".*\\p{IsHan}.*");
        }
    }

    @Test
    void noExplanationTextIsUnused() throws Exception {
        StringBuilder all = new StringBuilder(java.nio.file.Files.readString(java.nio.file.Path.of("catalog-data/profiles.json")));
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.append(java.nio.file.Files.readString(f));
            }
        }
        List<String> unused = EngineFixture.TEXTS.keys().stream().filter(k -> !all.toString().contains("\"" + k + "\"")).toList();
        assertThat(unused).isEmpty();
    }
}
