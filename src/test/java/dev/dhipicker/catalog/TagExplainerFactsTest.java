package dev.dhipicker.catalog;

import dev.dhipicker.testing.BundledData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code explain} takes each fact from one place: the catalog for what it knows, the tag only for what it does not. */
class TagExplainerFactsTest {

    private final TagExplainer explainer = new TagExplainer(BundledData.CATALOG);

    @Test
    void aTagWhoseLineLivesOnOneReleaseDoesNotFloat() {
        TagFacts f = explainer.explain("dhi.io/alpine-base:3.22-dev");
        assertThat(f.known()).isTrue();
        assertThat(f.distro()).isEqualTo("alpine");
        assertThat(f.distroVersion()).isEqualTo("3.22");
        assertThat(f.floating()).isFalse();
        assertThat(f.resolvesTo()).contains("alpine3.22");
    }

    @Test
    void aTagWithoutReleaseFloatsWhenItsLineIsOnSeveralReleases() {
        TagFacts f = explainer.explain("dhi.io/python:3.13");
        assertThat(f.floating()).isTrue();
        assertThat(f.distroVersion()).as("the release it points at now").isEqualTo("13");
    }

    @Test
    void flavorsAreTheCatalogsNotTheTagParsers() {
        TagFacts f = explainer.explain("dhi.io/redis:8.10-debian13-compat");
        ImageDefinition d = BundledData.CATALOG.definitionByTag("redis", "8.10-debian13-compat").orElseThrow();
        assertThat(f.flavors()).isEqualTo(d.flavors()).containsExactly("compat");
        assertThat(f.libc()).isEqualTo(d.libc().id());
    }

    @Test
    void aFipsStaticImageHasNoDevCounterpart() {
        TagFacts f = explainer.explain("acme/dhi-static:20250419-glibc-debian13-fips");
        assertThat(f.libc()).isEqualTo("glibc");
        assertThat(f.known()).as("FIPS tags are not in the public catalog").isFalse();
        assertThat(f.counterpart()).isNull();
    }

    @Test
    void theTemurinJdkDevImagePairsWithTheJreRuntime() {
        TagFacts jdk = explainer.explain("dhi.io/eclipse-temurin:21-jdk-debian13-dev");
        assertThat(jdk.counterpart()).isEqualTo("dhi.io/eclipse-temurin:21-debian13");
        TagFacts jre = explainer.explain("dhi.io/eclipse-temurin:21-debian13");
        // Debian 13 has no JRE dev image: the JRE runtime's build partner is the JDK dev image of its version
        assertThat(jre.counterpart()).isEqualTo("dhi.io/eclipse-temurin:21-jdk-debian13-dev");
    }

    @Test
    void anUnknownTagOfADhiRepositoryGetsNoInventedCounterpart() {
        TagFacts f = explainer.explain("dhi.io/python:9.99-debian13");
        assertThat(f.known()).isFalse();
        assertThat(f.counterpart()).isNull();
    }
}
