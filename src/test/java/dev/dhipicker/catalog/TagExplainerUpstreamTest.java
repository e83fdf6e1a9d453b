package dev.dhipicker.catalog;

import dev.dhipicker.testing.BundledData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** explain must not invent DHI facts for references that are not DHI (issue 11, point 9). */
class TagExplainerUpstreamTest {

    private final TagExplainer explainer = new TagExplainer(BundledData.CATALOG, ImageMapTest.MAP);

    @Test
    void aDockerOfficialImageIsNotDhiAndNamesItsCounterpart() {
        UpstreamFacts f = explainer.upstream("python:3.12-slim").orElseThrow();
        assertThat(f.image()).isEqualTo("python");
        assertThat(f.registry()).isNull();
        assertThat(f.tag()).isEqualTo("3.12-slim");
        assertThat(f.dhiCounterpart()).isEqualTo("dhi.io/python");
        assertThat(explainer.upstream("node:20-alpine").orElseThrow().dhiCounterpart()).isEqualTo("dhi.io/node");
        assertThat(explainer.upstream("FROM ubuntu:22.04 AS base").orElseThrow().dhiCounterpart()).isEqualTo("dhi.io/debian-base");
    }

    @Test
    void otherRegistriesAreNeverDhiEvenWithoutACounterpart() {
        UpstreamFacts cg = explainer.upstream("cgr.dev/chainguard/python:latest-dev").orElseThrow();
        assertThat(cg.registry()).isEqualTo("cgr.dev");
        assertThat(cg.dhiCounterpart()).isEqualTo("dhi.io/python");
        UpstreamFacts unknown = explainer.upstream("example.com/team/app:1.0").orElseThrow();
        assertThat(unknown.dhiCounterpart()).isNull();
        assertThat(explainer.upstream("bitnami/redis:7.2").orElseThrow().dhiCounterpart()).isEqualTo("dhi.io/redis");
    }

    @Test
    void dhiReferencesAndTheDocumentedShortFormStayDhi() {
        assertThat(explainer.upstream("dhi.io/python:3.13-debian13-dev")).isEmpty();
        assertThat(explainer.upstream("acme/dhi-python:3.13")).isEmpty();
        assertThat(explainer.upstream("python:3.13-debian13")).isEmpty();
        assertThat(explainer.upstream("3.13-debian13")).isEmpty();
        assertThat(explainer.explain("python:3.13-debian13").known()).isTrue();
    }
}
