package dev.dhipicker.catalog;

import dev.dhipicker.catalog.ref.ImageReference;
import dev.dhipicker.testing.BundledData;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageMapTest {

    static final ImageMap MAP = load();

    static ImageMap load() {
        try {
            return ImageMap.loadBundled(BundledData.CATALOG);
        } catch (CatalogException e) {
            throw new IllegalStateException(e);
        }
    }

    static String dhiRepoOf(String reference) throws Exception {
        return MAP.lookup(ImageReference.parse(reference)).map(m -> m.mapping().repository()).orElse(null);
    }

    @Test
    void everyEntryNamesACatalogRepositoryAndAWorkloadTheEngineKnows() {
        Set<String> profiles = new HashSet<>();
        BundledData.PROFILES.all().forEach(p -> profiles.add(p.id()));
        assertThat(MAP.entries()).hasSizeGreaterThan(200);
        for (ImageMapping m : MAP.entries()) {
            assertThat(BundledData.CATALOG.repository(m.repository())).as(m.upstream()).isPresent();
            assertThat(profiles.contains(m.workload()) || BundledData.CATALOG.repository(m.workload()).isPresent())
                    .as(m.upstream() + " -> workload " + m.workload()).isTrue();
            assertThat(m.source()).as(m.upstream()).startsWith("https://");
        }
    }

    @Test
    void theImagesTheIssueNamesAreReachable() throws Exception {
        List<String[]> expected = List.of(
                new String[]{"python:3.12-slim", "python"}, new String[]{"node:lts", "node"},
                new String[]{"golang:1.22", "golang"}, new String[]{"openjdk:17", "eclipse-temurin"},
                new String[]{"eclipse-temurin:21-jre", "eclipse-temurin"}, new String[]{"amazoncorretto:21", "amazoncorretto"},
                new String[]{"maven:3.9-eclipse-temurin-17", "maven"}, new String[]{"gradle:8-jdk17", "gradle"},
                new String[]{"nginx", "nginx"}, new String[]{"httpd:2.4", "httpd"}, new String[]{"redis:7", "redis"},
                new String[]{"postgres:16", "postgres"}, new String[]{"mongo:7", "mongodb"},
                new String[]{"rabbitmq:3-management", "rabbitmq"}, new String[]{"php:8.3-fpm", "php"},
                new String[]{"ruby:3.3", "ruby"}, new String[]{"rust:1.80", "rust"}, new String[]{"perl:5.40", "perl"},
                new String[]{"busybox", "busybox"}, new String[]{"alpine:3.20", "alpine-base"},
                new String[]{"debian:bookworm", "debian-base"}, new String[]{"ubuntu:22.04", "debian-base"},
                new String[]{"mcr.microsoft.com/dotnet/sdk:8.0", "dotnet"},
                new String[]{"mcr.microsoft.com/dotnet/aspnet:8.0", "aspnetcore"},
                new String[]{"mcr.microsoft.com/dotnet/runtime:8.0", "dotnet"},
                new String[]{"mcr.microsoft.com/dotnet/runtime-deps:8.0", "dotnet"},
                new String[]{"gcr.io/distroless/static-debian12", "static"},
                new String[]{"gcr.io/distroless/java17-debian12", "eclipse-temurin"},
                new String[]{"cgr.dev/chainguard/python:latest-dev", "python"},
                new String[]{"bitnami/redis:7.2", "redis"},
                new String[]{"quay.io/prometheus/prometheus:v2.53.0", "prometheus"},
                new String[]{"grafana/grafana:11.1.0", "grafana"},
                new String[]{"docker.io/library/python:3.12", "python"},
                new String[]{"index.docker.io/library/node:20", "node"},
                // Docker Hub through its public mirrors (skaffold's examples pull mirror.gcr.io/library/golang)
                new String[]{"mirror.gcr.io/library/golang:1.18", "golang"},
                new String[]{"mirror.gcr.io/bitnami/redis:7.2", "redis"},
                new String[]{"public.ecr.aws/docker/library/alpine:3", "alpine-base"});
        for (String[] e : expected) {
            assertThat(dhiRepoOf(e[0])).as(e[0]).isEqualTo(e[1]);
        }
    }

    @Test
    void unknownImagesAndDhiReferencesHaveNoEntry() throws Exception {
        assertThat(dhiRepoOf("example.com/acme/app:1")).isNull();
        assertThat(dhiRepoOf("dhi.io/python:3.13")).isNull();
        assertThat(dhiRepoOf("gcr.io/distroless/static/extra")).isNull();
        // only the Docker Official Images of ECR Public are Docker Hub's
        assertThat(dhiRepoOf("public.ecr.aws/acme/python:3.12")).isNull();
    }

    @Test
    void theWildcardPartIsReportedForVersionsInTheName() throws Exception {
        ImageMap.Match m = MAP.lookup(ImageReference.parse("gcr.io/distroless/nodejs20-debian12")).orElseThrow();
        assertThat(m.mapping().version()).isEqualTo(ImageMapping.VersionSource.NAME);
        assertThat(m.rest()).isEqualTo("20-debian12");
    }

    @Test
    void theLoaderRejectsARepositoryTheCatalogDoesNotHave() {
        String json = "{\"schemaVersion\":1,\"images\":[{\"upstream\":\"x\",\"repository\":\"no-such-repo\",\"source\":\"https://x\"}]}";
        assertThatThrownBy(() -> ImageMap.load("m.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                BundledData.CATALOG)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("/images/0/repository").hasMessageContaining("no-such-repo");
    }

    @Test
    void everyEntrySaysWhatTheUpstreamImageIsConsistentlyWithItsUse() {
        for (ImageMapping m : MAP.entries()) {
            switch (m.kind()) {
                case BUILD_TOOL, SDK -> assertThat(m.buildOnly() || m.repository().equals("uv"))
                        .as(m.upstream() + " is a build image").isTrue();
                case STATIC -> assertThat(m.repository()).as(m.upstream()).isEqualTo("static");
                case BASE -> assertThat(m.repository()).as(m.upstream()).isIn("debian-base", "alpine-base", "busybox");
                case JDK, RUNTIME -> assertThat(BundledData.CATALOG.repository(m.repository()).orElseThrow().categories())
                        .as(m.upstream() + " is a language image").contains("languages-and-frameworks");
                default -> assertThat(m.buildOnly()).as(m.upstream() + " is an application").isFalse();
            }
        }
        assertThat(MAP.entries()).filteredOn(ImageMapping::nearest).extracting(ImageMapping::upstream)
                .contains("mcr.microsoft.com/dotnet/runtime-deps", "pypy", "gcr.io/distroless/base*");
    }

    @Test
    void theLoaderRejectsAnUnknownKind() {
        String json = "{\"schemaVersion\":1,\"images\":[{\"upstream\":\"x\",\"repository\":\"python\",\"kind\":\"tool\","
                + "\"source\":\"https://x\"}]}";
        assertThatThrownBy(() -> ImageMap.load("m.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                BundledData.CATALOG)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("/images/0/kind").hasMessageContaining("'tool'");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "\"tags\":\"(\"|/images/0/tags",
            "\"line\":\"3.x\"|/images/0/line",
            "\"carries\":{\"image\":\"u\",\"paths\":[\"bin/uv\"],\"to\":\"/b/\"}|/images/0/carries/paths",
            "\"carries\":{\"image\":\"u\",\"paths\":[\"/bin/uv\"],\"to\":\"/b\"}|/images/0/carries/to"})
    void theLoaderRejectsABadTagExpressionLineOrCarriedTool(String field, String where) {
        String json = "{\"schemaVersion\":1,\"images\":[{\"upstream\":\"x\",\"repository\":\"python\",\"kind\":\"runtime\","
                + field + ",\"source\":\"https://x\"}]}";
        assertThatThrownBy(() -> ImageMap.load("m.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                BundledData.CATALOG)).isInstanceOf(CatalogException.class).hasMessageContaining(where);
    }

    @Test
    void anEntryWithATagExpressionWinsForItsTagsAndAListedNameHasNoWildcardFallback() throws Exception {
        String json = "{\"schemaVersion\":1,\"images\":["
                + "{\"upstream\":\"acme/tool\",\"repository\":\"uv\",\"kind\":\"build-tool\",\"source\":\"https://x\"},"
                + "{\"upstream\":\"acme/tool\",\"tags\":\"^python\\\\d\",\"repository\":\"python\",\"kind\":\"runtime\",\"source\":\"https://x\"},"
                + "{\"upstream\":\"acme/app\",\"tags\":\"^(?!base)\",\"repository\":\"nginx\",\"kind\":\"application\",\"source\":\"https://x\"},"
                + "{\"upstream\":\"acme/*\",\"repository\":\"redis\",\"kind\":\"application\",\"source\":\"https://x\"}]}";
        ImageMap map = ImageMap.load("m.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), BundledData.CATALOG);
        java.util.function.Function<String, String> repo = r -> {
            try {
                return map.lookup(ImageReference.parse(r)).map(m -> m.mapping().repository()).orElse(null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(repo.apply("acme/tool:python3.12-alpine")).isEqualTo("python");
        assertThat(repo.apply("acme/tool:0.9")).isEqualTo("uv");
        assertThat(repo.apply("acme/tool")).isEqualTo("uv");
        assertThat(repo.apply("acme/app:2")).isEqualTo("nginx");
        assertThat(repo.apply("acme/app:base2")).isNull();
        assertThat(map.otherTagsRepositories(ImageReference.parse("acme/app:base2"))).containsExactly("nginx");
        assertThat(map.otherTagsRepositories(ImageReference.parse("acme/app:2"))).isEmpty();
        assertThat(repo.apply("acme/other:1")).isEqualTo("redis");
    }
}
