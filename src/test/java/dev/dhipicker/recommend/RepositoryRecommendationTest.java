package dev.dhipicker.recommend;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Recommender#recommendRepository}, over every repository of the bundled catalog, checked
 * against the raw catalog JSON: the repository's own runtime image and its own build image on the
 * same distro release, never another repository, the C library the answer asks for.
 */
class RepositoryRecommendationTest {
    private static RawCatalog raw;
    private static Recommender engine;

    @BeforeAll
    static void load() throws Exception {
        raw = new RawCatalog();
        engine = EngineFixture.engine();
    }

    private static Answers answers(String repo, LibcNeed libc) {
        return new Answers(repo, null, libc, SizePriority.BALANCED, ComplianceNeed.NONE, HelmUse.NONE, null);
    }

    @Test
    void everyRepositoryWithRuntimeImagesGetsItsOwnImagesOnOneRelease() throws Exception {
        int checked = 0;
        for (String repo : raw.byRepo.keySet()) {
            List<RawCatalog.Def> defs = raw.byRepo.get(repo);
            if (defs.stream().noneMatch(RawCatalog.Def::runtimeKind)) {
                if (defs.stream().anyMatch(d -> d.variant().equals("dev") && d.flavors().isEmpty())) {
                    // build images only: the dev image stands for both
                    Recommendation r = engine.recommendRepository(answers(repo, LibcNeed.ANY), OwnBuildImage.DEV);
                    RawCatalog.Def d = raw.byTag.get(repo + ":" + r.runtime().tag());
                    assertThat(d).as(repo).isNotNull();
                    assertThat(d.variant()).as(repo).isEqualTo("dev");
                    assertThat(r.build().tag()).as(repo).isEqualTo(r.runtime().tag());
                } else {
                    assertThatThrownBy(() -> engine.recommendRepository(answers(repo, LibcNeed.ANY), OwnBuildImage.DEV))
                            .as(repo).isInstanceOf(InvalidAnswerException.class);
                }
                continue;
            }
            boolean hasBuild = defs.stream().anyMatch(d -> d.variant().equals("dev") || d.sdk());
            boolean hasAlpine = defs.stream().anyMatch(d -> d.runtimeKind() && d.distro().equals("alpine"));
            for (OwnBuildImage kind : OwnBuildImage.values()) {
                for (LibcNeed libc : List.of(LibcNeed.GLIBC, LibcNeed.MUSL)) {
                    Recommendation r = engine.recommendRepository(answers(repo, libc), kind);
                    String what = repo + " " + kind + " " + libc;
                    assertThat(r.runtime()).as(what).isNotNull();
                    RawCatalog.Def rt = raw.byTag.get(repo + ":" + r.runtime().tag());
                    assertThat(rt).as(what + " runtime tag in the catalog").isNotNull();
                    assertThat(rt.repo()).as(what).isEqualTo(repo);
                    assertThat(rt.runtimeKind()).as(what + " runtime is a runtime image").isTrue();
                    if (libc == LibcNeed.MUSL && hasAlpine) {
                        assertThat(rt.distro()).as(what + " keeps musl").isEqualTo("alpine");
                    }
                    if (r.build() != null) {
                        RawCatalog.Def b = raw.byTag.get(repo + ":" + r.build().tag());
                        assertThat(b).as(what + " build tag in the catalog").isNotNull();
                        assertThat(b.repo()).as(what).isEqualTo(repo);
                        assertThat(b.variant().equals("dev") || b.sdk()).as(what + " build is dev or SDK").isTrue();
                        assertThat(b.distro() + b.distroVersion()).as(what + " same release")
                                .isEqualTo(rt.distro() + rt.distroVersion());
                        if (kind == OwnBuildImage.SDK && defs.stream().anyMatch(d -> d.sdk()
                                && d.distro().equals(rt.distro()) && d.distroVersion().equals(rt.distroVersion())
                                && d.version().split("\\.")[0].equals(rt.version().split("\\.")[0]))) {
                            assertThat(b.sdk()).as(what + " SDK asked for and published").isTrue();
                        }
                    } else {
                        assertThat(hasBuild && defs.stream().anyMatch(d -> (d.variant().equals("dev") || d.sdk())
                                && d.distro().equals(rt.distro()) && d.distroVersion().equals(rt.distroVersion())
                                && d.version().equals(rt.version()) && d.flavors().isEmpty()
                                && !d.qualifiers().stream().anyMatch(q -> q.startsWith("jdk"))
                                && d.qualifiers().equals(rt.qualifiers())))
                                .as(what + ": a dev image of the same version and release exists but was not paired").isFalse();
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void theRepositoryIsNeverMappedToAProfile() throws Exception {
        Recommendation dotnet = engine.recommendRepository(answers("dotnet", LibcNeed.GLIBC), OwnBuildImage.DEV);
        assertThat(dotnet.runtime().repository()).isEqualTo("dotnet");
        assertThat(dotnet.runtime().tag()).doesNotContain("sdk");
        assertThat(dotnet.build().tag()).contains("-sdk");
        Recommendation php = engine.recommendRepository(answers("php", LibcNeed.MUSL), OwnBuildImage.DEV);
        assertThat(php.runtime().repository()).isEqualTo("php");
        assertThat(php.runtime().flavors()).isEmpty();
        assertThat(php.build().repository()).isEqualTo("php");
        Recommendation fpm = engine.recommendRepository(answers("php", LibcNeed.GLIBC).withFlavor("fpm"), OwnBuildImage.DEV);
        assertThat(fpm.runtime().flavors()).containsExactly("fpm");
        assertThat(fpm.build().tag()).endsWith("-dev");
        Recommendation jdk = engine.recommendRepository(answers("eclipse-temurin", LibcNeed.GLIBC).withVersion("21"),
                OwnBuildImage.JDK);
        assertThat(jdk.build().tag()).isEqualTo("21-jdk-debian13-dev");
        // the JRE's own dev image where the catalog has one (Alpine), else the JDK dev image (Debian has no JRE -dev)
        Recommendation jre = engine.recommendRepository(answers("eclipse-temurin", LibcNeed.MUSL).withVersion("21"),
                OwnBuildImage.DEV);
        assertThat(jre.build().tag()).isEqualTo("21-alpine3.24-dev");
        Recommendation jreDebian = engine.recommendRepository(answers("eclipse-temurin", LibcNeed.GLIBC).withVersion("21"),
                OwnBuildImage.DEV);
        assertThat(jreDebian.build().tag()).isEqualTo("21-jdk-debian13-dev");
        Recommendation plain = engine.recommendRepository(answers("static", LibcNeed.ANY), OwnBuildImage.DEV);
        assertThat(plain.runtime().libc().id()).isEqualTo("none");
        assertThat(engine.recommendRepository(answers("static", LibcNeed.GLIBC), OwnBuildImage.DEV).runtime().libc().id())
                .isEqualTo("glibc");
        assertThatThrownBy(() -> engine.recommendRepository(answers("php", LibcNeed.ANY).withFlavor("apache"),
                OwnBuildImage.DEV)).isInstanceOf(InvalidAnswerException.class).hasMessageContaining("apache");
    }
}
