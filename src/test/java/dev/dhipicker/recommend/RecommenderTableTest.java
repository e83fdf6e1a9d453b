package dev.dhipicker.recommend;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Realistic cases with the answer a DHI expert expects, on the bundled catalog at a fixed date
 * (2026-11-26): .NET 8/9 and Temurin 26 are past end of life then.
 */
class RecommenderTableTest {

    /**
     * workload | version | libc | size | compliance | helm | expected runtime | expected build | unmet answers (;) | chart
     */
    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // Python with numpy, no compliance: the Debian pair of the newest line
            "python      | -    | glibc | balanced   | none      | none           | dhi.io/python:3.14-debian13 | dhi.io/python:3.14-debian13-dev | - | -",
            "python      | -    | any   | smallest   | none      | none           | dhi.io/python:3.14-debian13 | dhi.io/python:3.14-debian13-dev | - | -",
            "python      | -    | musl  | smallest   | none      | none           | dhi.io/python:3.14-alpine3.24 | dhi.io/python:3.14-alpine3.24-dev | - | -",
            "python      | -    | musl  | compatible | none      | none           | dhi.io/python:3.14-debian13 | dhi.io/python:3.14-debian13-dev | - | -",
            "python      | 3.12 | any   | balanced   | none      | none           | dhi.io/python:3.12-debian13 | dhi.io/python:3.12-debian13-dev | - | -",
            "python      | 3.13.15 | any | balanced  | none      | none           | dhi.io/python:3.13-debian13 | dhi.io/python:3.13-debian13-dev | - | -",
            "python      | -    | any   | balanced   | fips      | none           | <your-org>/dhi-python:3.14-debian13-fips | <your-org>/dhi-python:3.14-debian13-fips-dev | - | -",
            "python      | -    | any   | balanced   | stig      | none           | <your-org>/dhi-python:3.14-debian13 | <your-org>/dhi-python:3.14-debian13-dev | compliance | -",
            "python      | -    | any   | balanced   | none      | upstream-chart | dhi.io/python:3.14-debian13 | dhi.io/python:3.14-debian13-dev | helm | -",
            "python      | -    | any   | balanced   | none      | dhi-chart      | dhi.io/python:3.14-debian13 | dhi.io/python:3.14-debian13-dev | helm | -",
            // Node: musl fine and smallest gives an Alpine 3.24 pair
            "node        | -    | musl  | smallest   | none      | none           | dhi.io/node:26-alpine3.24 | dhi.io/node:26-alpine3.24-dev | - | -",
            "node        | 24   | any   | balanced   | none      | none           | dhi.io/node:24-debian13 | dhi.io/node:24-debian13-dev | - | -",
            "node        | 22   | glibc | balanced   | none      | own-chart      | dhi.io/node:22-debian13 | dhi.io/node:22-debian13-dev | - | -",
            "node        | -    | any   | balanced   | fips      | none           | - | - | compliance | -",
            // Go: CGO_ENABLED=0 on static, glibc static with cgo, Alpine when musl is fine
            "go          | -    | any   | balanced   | none      | none           | dhi.io/static:20250419-debian13 | dhi.io/golang:1.26-debian13-dev | - | -",
            "go          | -    | glibc | balanced   | none      | none           | dhi.io/static:20250419-glibc-debian13 | dhi.io/golang:1.26-debian13-dev | - | -",
            "go          | -    | musl  | smallest   | none      | none           | dhi.io/static:20260611-alpine3.24 | dhi.io/golang:1.27-alpine3.24-dev | - | -",
            "go          | -    | any   | balanced   | fips      | none           | <your-org>/dhi-static:20250419-glibc-debian13-fips | <your-org>/dhi-golang:1.26-debian13-fips-dev | - | -",
            // Java: Maven JDK build, Temurin JRE of the same major
            "java        | -    | any   | balanced   | none      | none           | dhi.io/eclipse-temurin:25-debian13 | dhi.io/maven:3-jdk25-debian13-dev | - | -",
            "java        | 21   | any   | balanced   | none      | none           | dhi.io/eclipse-temurin:21-debian13 | dhi.io/maven:3-jdk21-debian13-dev | - | -",
            "java        | 17   | musl  | smallest   | none      | none           | dhi.io/eclipse-temurin:17-alpine3.24 | dhi.io/maven:3-jdk17-alpine3.24-dev | - | -",
            "java        | 11   | any   | balanced   | none      | none           | dhi.io/eclipse-temurin:11-debian13 | dhi.io/eclipse-temurin:11-jdk-debian13-dev | - | -",
            // .NET: SDK build, ASP.NET Core runtime; 8 and 9 are past end of life
            "dotnet      | -    | any   | balanced   | none      | none           | dhi.io/aspnetcore:10-debian13 | dhi.io/dotnet:10-sdk-debian13 | - | -",
            "dotnet      | -    | musl  | smallest   | none      | none           | dhi.io/aspnetcore:10-alpine3.24 | dhi.io/dotnet:10-sdk-alpine3.24 | - | -",
            "dotnet      | 8    | any   | balanced   | none      | none           | dhi.io/aspnetcore:8-debian13 | dhi.io/dotnet:8-sdk-debian13 | - | -",
            "dotnet      | -    | any   | balanced   | fips      | none           | - | - | compliance | -",
            // Rust: glibc static for the gnu target, libc-free static for musl builds
            "rust        | -    | any   | balanced   | none      | none           | dhi.io/static:20250419-glibc-debian13 | dhi.io/rust:1-debian13-dev | - | -",
            "rust        | -    | musl  | smallest   | none      | none           | dhi.io/static:20260611-musl-alpine3.24 | dhi.io/rust:1-alpine3.24-dev | - | -",
            "ruby        | -    | any   | balanced   | none      | none           | dhi.io/ruby:4.0-debian13 | dhi.io/ruby:4.0-debian13-dev | - | -",
            "php         | -    | any   | balanced   | none      | none           | dhi.io/php:8.5-debian13-fpm | dhi.io/composer:2.10-debian13-php8.5-dev | - | -",
            "php         | 8.4  | musl  | smallest   | none      | none           | dhi.io/php:8.4-alpine3.22-fpm | dhi.io/composer:2.10-alpine3.22-php8.4-dev | - | -",
            "static-site | -    | any   | balanced   | none      | none           | dhi.io/nginx:1.31-debian13 | dhi.io/node:26-debian13-dev | - | -",
            // Application images: runtime only
            "redis       | -    | any   | balanced   | none      | none           | dhi.io/redis:8.10-debian13 | - | - | -",
            "redis       | -    | any   | balanced   | none      | upstream-chart | dhi.io/redis:8.10-debian13-compat | - | - | -",
            "redis       | -    | musl  | smallest   | none      | upstream-chart | dhi.io/redis:8.10-debian13-compat | - | libc | -",
            "redis       | -    | musl  | smallest   | none      | none           | dhi.io/redis:8.8-alpine3.24 | - | - | -",
            "redis       | -    | any   | balanced   | none      | dhi-chart      | dhi.io/redis:8.10.1-debian13-compat | - | - | oci://dhi.io/redis-chart",
            "nginx       | -    | musl  | smallest   | none      | none           | dhi.io/nginx:1.31-alpine3.24 | - | - | -",
            "vault       | -    | any   | balanced   | none      | upstream-chart | dhi.io/vault:2-debian13-compat | - | - | -",
            "postgres    | -    | any   | balanced   | none      | dhi-chart      | dhi.io/postgres:18-debian13 | - | helm | -",
            "alpine-base | -    | glibc | balanced   | none      | none           | dhi.io/alpine-base:3.24-alpine3.24 | - | libc | -",
    })
    void recommendsWhatAnExpertWould(String workload, String version, String libc, String size, String compliance,
                                     String helm, String runtime, String build, String unmet, String chart)
            throws Exception {
        Answers answers = new Answers(workload, version, LibcNeed.fromId(libc), SizePriority.fromId(size),
                ComplianceNeed.fromId(compliance), HelmUse.fromId(helm), null);
        Recommendation r = EngineFixture.engine().recommend(answers);

        assertThat(r.runtime() == null ? null : stripDigest(r.runtime().reference())).isEqualTo(runtime);
        assertThat(r.build() == null ? null : r.build().reference()).isEqualTo(build);
        assertThat(r.unmet().stream().map(Recommendation.Unmet::answer).distinct().toList())
                .isEqualTo(unmet == null ? List.of() : Arrays.asList(unmet.split(";")));
        assertThat(r.helmChart() == null ? null : r.helmChart().reference()).isEqualTo(chart);
    }

    private static String stripDigest(String ref) {
        int at = ref.indexOf('@');
        return at < 0 ? ref : ref.substring(0, at);
    }
}
