package dev.dhipicker.migrate;

import dev.dhipicker.catalog.ref.ImageReference;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.testing.BundledData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20: a stage keeps the kind of image it had and its C library. One row per case, each the
 * shape of a real Dockerfile; the expected tags were read in the DHI catalog definitions
 * (image/&lt;repo&gt;/&lt;distro&gt;/*.yaml) and each row checks that the bundled catalog has them.
 */
class LikeForLikeTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // ASP.NET Core app whose final stage installs curl for its health check
                row("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nRUN apt-get update && apt-get install -y curl\n"
                        + "COPY out/ /app/\nENTRYPOINT [\"dotnet\", \"/app/Api.dll\"]\n", 0, "aspnetcore:10-debian13-dev"),
                // Gradle build on the Temurin JDK (no DHI 24 line: the oldest supported line above it)
                row("FROM eclipse-temurin:24-jdk AS build\nWORKDIR /src\nCOPY . .\nRUN ./gradlew bootJar\n"
                        + "FROM eclipse-temurin:24-jre\nCOPY --from=build /src/build/libs/app.jar /app.jar\n"
                        + "CMD [\"java\", \"-jar\", \"/app.jar\"]\n", 0, "eclipse-temurin:25-jdk-debian13-dev"),
                // PHP CLI tool on Alpine that installs an extension in its only stage
                row("FROM php:8.5-cli-alpine3.24\nRUN apk add --no-cache git\nCOPY . /app\nCMD [\"php\", \"/app/bin/run\"]\n",
                        0, "php:8.5-alpine3.24-dev"),
                // a .NET console app on the .NET runtime (not ASP.NET Core)
                row("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /src\nCOPY . .\n"
                        + "RUN dotnet publish -c Release -o /out\nFROM mcr.microsoft.com/dotnet/runtime:10.0\n"
                        + "COPY --from=build /out /app\nENTRYPOINT [\"dotnet\", \"/app/Worker.dll\"]\n", 1, "dotnet:10-debian13"),
                row("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /src\nCOPY . .\n"
                        + "RUN dotnet publish -c Release -o /out\nFROM mcr.microsoft.com/dotnet/runtime:10.0\n"
                        + "COPY --from=build /out /app\nENTRYPOINT [\"dotnet\", \"/app/Worker.dll\"]\n", 0, "dotnet:10-sdk-debian13"),
                // a self-contained .NET app published for musl keeps musl
                row("FROM mcr.microsoft.com/dotnet/sdk:10.0-alpine AS build\nWORKDIR /src\nCOPY . .\n"
                        + "RUN dotnet publish -r linux-musl-x64 --self-contained -o /out\n"
                        + "FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine\nCOPY --from=build /out /app\n"
                        + "ENTRYPOINT [\"/app/Worker\"]\n", 1, "dotnet:10-alpine3.24"),
                // "extra" (ICU and time zones added) is no distro word: the Alpine image stays on Alpine
                row("FROM mcr.microsoft.com/dotnet/sdk:10.0-alpine AS build\nWORKDIR /src\nCOPY . .\n"
                        + "RUN dotnet publish -o /app\n"
                        + "FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine-extra\nCOPY --from=build /app /app\n"
                        + "ENTRYPOINT [\"/app/globalapp\"]\n", 1, "dotnet:10-alpine3.24"),
                row("FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled-extra\nCOPY app /app\n"
                        + "ENTRYPOINT [\"/app/app\"]\n", 0, "dotnet:10-debian13"),
                // a static Go binary on distroless static: DHI's plain static image, no C library
                row("FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n"
                        + "FROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\nENTRYPOINT [\"/app\"]\n",
                        1, "static:20250419-debian13"),
                row("FROM golang:1.26-alpine AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n"
                        + "FROM alpine:3.24\nCOPY --from=build /app /app\nENTRYPOINT [\"/app\"]\n", 0, "golang:1.26-alpine3.24-dev"),
                // build tools keep their tool
                row("FROM maven:3.9-eclipse-temurin-21 AS build\nCOPY . .\nRUN mvn -B package\n"
                        + "FROM eclipse-temurin:21-jre\nCOPY --from=build /target/app.jar /app.jar\n", 0, "maven:3-jdk21-debian13-dev"),
                row("FROM gradle:9-jdk21 AS build\nCOPY . .\nRUN gradle bootJar\nFROM eclipse-temurin:21-jre\n"
                        + "COPY --from=build /home/gradle/build/libs/app.jar /app.jar\n", 0, "gradle:9-jdk21-debian13-dev"),
                // a repository of build images only keeps its own image (not Python)
                row("FROM continuumio/miniconda3\nCOPY environment.yml .\nRUN conda env create -f environment.yml\n",
                        0, "miniconda3:26-debian13-dev"),
                // a single-stage Corretto build splits onto Corretto, not onto Temurin
                row("FROM amazoncorretto:21\nWORKDIR /app\nCOPY . .\nRUN ./gradlew bootJar\n"
                        + "CMD [\"java\", \"-jar\", \"build/libs/app.jar\"]\n", 0, "amazoncorretto:21-debian13"),
                // runtimes keep their own -dev image and C library
                row("FROM node:22-alpine AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\n"
                        + "FROM node:22-alpine\nCOPY --from=deps /app/node_modules /app/node_modules\n", 0, "node:22-alpine3.24-dev"),
                row("FROM eclipse-temurin:17-jre-alpine\nRUN apk add --no-cache fontconfig\nCOPY app.jar /app.jar\n", 0,
                        "eclipse-temurin:17-alpine3.24-dev"),
                row("FROM python:3.12-slim-bookworm\nCOPY app.py /app.py\nCMD [\"python\", \"/app.py\"]\n", 0,
                        "python:3.12-debian13"),
                row("FROM php:8.3-fpm-alpine\nCOPY . /var/www/html\nCMD [\"php-fpm\"]\n", 0, "php:8.3-alpine3.24-fpm"));
    }

    private static Arguments row(String dockerfile, int stage, String expected) {
        return Arguments.of(dockerfile, stage, expected);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void aStageKeepsItsKindAndItsCLibrary(String dockerfile, int stage, String expected) throws Exception {
        String repo = expected.substring(0, expected.indexOf(':'));
        String tag = expected.substring(expected.indexOf(':') + 1);
        assertThat(BundledData.CATALOG.definitionByTag(repo, tag)).as("the catalog publishes " + expected).isPresent();
        MigrationResult r = MigratorTest.migrate(dockerfile);
        assertThat(r.stages().get(stage).reference()).isEqualTo("dhi.io/" + expected);
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("libc-changed"));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void theDhiReferenceOfABareReferenceIsTheSameAsTheStageGets(String dockerfile, int stage, String expected)
            throws Exception {
        Stage s = StageReader.read(new DockerfileParser(InputLimits.standard()).parse(dockerfile)).stages().get(stage);
        MigrationResult r = MigratorTest.migrate(dockerfile);
        StageRole role = r.stages().get(stage).role();
        ReferenceMigration m = Corpus.migrator().migrateReference(s.image(),
                role == StageRole.BUILD ? ReferenceUse.BUILD : ReferenceUse.RUNTIME, MigrateOptions.defaults());
        assertThat(m.replacement()).isEqualTo("dhi.io/" + expected);
    }

    @org.junit.jupiter.api.Test
    void crossingTheCLibraryIsAnErrorUnlessLibcAskedForIt() throws Exception {
        // httpd has no Alpine image in DHI
        String text = "FROM httpd:2.4-alpine\nCOPY public/ /usr/local/apache2/htdocs/\n";
        MigrationResult r = MigratorTest.migrate(text);
        assertThat(r.stages().get(0).reference()).startsWith("dhi.io/httpd:").contains("debian13");
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("libc-changed");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.args()).startsWith("musl", "glibc");
        });
        MigrationResult asked = MigratorTest.migrate(text, new MigrateOptions(LibcNeed.GLIBC, ComplianceNeed.NONE, null));
        assertThat(asked.findings()).noneMatch(f -> f.rule().equals("libc-changed"))
                .anyMatch(f -> f.rule().equals("distro-changed") && f.severity() == Severity.WARNING);
        MigrationResult node = MigratorTest.migrate("FROM node:22-alpine\nCOPY . /app\n",
                new MigrateOptions(LibcNeed.GLIBC, ComplianceNeed.NONE, null));
        assertThat(node.stages().get(0).reference()).isEqualTo("dhi.io/node:22-debian13");
    }

    @org.junit.jupiter.api.Test
    void anImageWithoutATwinSaysWhichRepositoryStandsInAndWhy() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine\nCOPY app /app\n"
                + "ENTRYPOINT [\"/app/app\"]\n");
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("nearest-repository")
                && f.args().equals(List.of("mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine", "dotnet")));
        MigrationResult jdk = MigratorTest.migrate("FROM eclipse-temurin:21\nCOPY app.jar /app.jar\n"
                + "CMD [\"java\", \"-jar\", \"/app.jar\"]\n");
        assertThat(jdk.stages().get(0).reference()).isEqualTo("dhi.io/eclipse-temurin:21-debian13");
        assertThat(jdk.findings()).anyMatch(f -> f.rule().equals("jdk-runtime")
                && f.args().equals(List.of("dhi.io/eclipse-temurin:21-debian13", "dhi.io/eclipse-temurin:21-jdk-debian13-dev")));
        assertThat(ImageReference.parse(jdk.stages().get(0).reference()).dhiRepository()).isEqualTo("eclipse-temurin");
    }

    @org.junit.jupiter.api.Test
    void aRuntimeRepositoryWithoutDevImageUsesItsSdkAndSaysSo() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM mcr.microsoft.com/dotnet/runtime:10.0\n"
                + "RUN apt-get update && apt-get install -y procps\n"
                + "COPY out /app\nENTRYPOINT [\"dotnet\", \"/app/Worker.dll\"]\n");
        assertThat(r.stages().get(0).reference()).isEqualTo("dhi.io/dotnet:10-sdk-debian13");
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("sdk-for-shell"));
        assertThat(Messages.english().get("migrate.finding.sdk-for-shell", "dotnet", "x")).contains("SDK");
    }

    @org.junit.jupiter.api.Test
    void aBuildToolKeepsItsToolAndSaysWhenItsMajorVersionChanges() throws Exception {
        // DHI pairs the newest Gradle that has the JDK; the upstream Gradle 8 becomes Gradle 9 with a warning
        MigrationResult r = MigratorTest.migrate("FROM gradle:8-jdk17 AS build\nCOPY . .\nRUN gradle bootJar\n"
                + "FROM eclipse-temurin:17-jre\nCOPY --from=build /home/gradle/build/libs/app.jar /app.jar\n");
        assertThat(r.stages().get(0).reference()).startsWith("dhi.io/gradle:").contains("-jdk17-").endsWith("-dev");
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("build-tool-changed") && f.severity() == Severity.WARNING);
        assertThat(r.stages().get(1).reference()).isEqualTo("dhi.io/eclipse-temurin:17-debian13");
    }

    @ParameterizedTest
    @MethodSource("dev.dhipicker.migrate.MigrationCorpusTest#corpus")
    void inTheCorpusNoStageChangesRepositoryOrCLibraryWithoutAFinding(java.nio.file.Path file) throws Exception {
        MigrationResult r = Corpus.migrate(file);
        for (StageResult st : r.stages()) {
            if (st.reference() == null) {
                continue;
            }
            Stage in = StageReader.read(Corpus.parse(file)).stages().get(st.index());
            var match = Corpus.MAP.lookup(ImageReference.parse(in.resolved())).orElseThrow();
            String repo = ImageReference.parse(st.reference()).dhiRepository();
            List<String> rules = r.findings().stream().filter(f -> f.line() == st.line()).map(Finding::rule).toList();
            assertThat(repo.equals(match.mapping().repository()) || rules.contains("stage-split"))
                    .as(file + " line " + st.line() + ": " + in.resolved() + " -> " + st.reference() + " " + rules).isTrue();
            boolean musl = in.resolved().contains("alpine") || "alpine".equals(match.mapping().distro());
            boolean dhiMusl = st.reference().contains("alpine");
            if (musl != dhiMusl && Corpus.options(file).libc() == null) {
                assertThat(rules).as(file + " line " + st.line() + ": C library crossing").contains("libc-changed");
            }
        }
    }

    /**
     * {@code ghcr.io/astral-sh/uv:pythonX.Y-<distro>} is that Python with uv; DHI python has no uv
     * and DHI uv no Python (catalog contents), so the stage gets DHI python of the tag's line and C
     * library, and uv copied from DHI uv when that has the same C library (DHI uv is Debian only).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "python3.12-bookworm-slim, 3.12, debian, true",
            "python3.13-trixie, 3.13, debian, true",
            "python3.12-alpine, 3.12, alpine, false"})
    void uvWithPythonBecomesDhiPythonWithUv(String tag, String line, String distro, boolean copied) throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM ghcr.io/astral-sh/uv:" + tag + " AS b\nRUN uv sync --locked\n"
                + "FROM scratch\nCOPY --from=b /app /app\n");
        String ref = r.stages().get(0).reference();
        assertThat(ref).startsWith("dhi.io/python:" + line + "-" + distro).endsWith("-dev");
        assertThat(r.findings()).noneMatch(f -> f.rule().startsWith("version-") || f.rule().equals("libc-changed"));
        if (copied) {
            assertThat(r.dockerfile()).containsPattern("\\nCOPY --from=dhi\\.io/uv:[^ ]+ /usr/local/bin/uv /usr/local/bin/uvx "
                    + "/usr/local/bin/\\nRUN uv sync");
            assertThat(MigratorTest.rules(r)).contains("1 tool-copied");
        } else {
            assertThat(r.dockerfile()).doesNotContain("/usr/local/bin/uv");
            assertThat(MigratorTest.rules(r)).contains("1 nearest-repository");
        }
    }

    /** With FIPS asked for, the copied uv comes from an image without FIPS (DHI has none for uv): a warning says so. */
    @org.junit.jupiter.api.Test
    void aCopiedToolWithoutTheAskedComplianceIsNamed() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM ghcr.io/astral-sh/uv:python3.12-bookworm-slim AS b\nRUN uv sync --locked\n"
                + "FROM scratch\nCOPY --from=b /app /app\n", new MigrateOptions(null, ComplianceNeed.FIPS, null));
        assertThat(r.stages().get(0).reference()).contains("fips");
        assertThat(r.dockerfile()).contains("COPY --from=dhi.io/uv:");
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("compliance-unavailable") && f.line() == 1
                && f.args().contains("fips"));
    }

    /** The uv binary image stays DHI uv; a Debian code name in its tag is not a uv version. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"FROM ghcr.io/astral-sh/uv:bookworm-slim AS b\nRUN uv python install 3.12\n",
            "FROM python:3.12-slim AS b\nCOPY --from=ghcr.io/astral-sh/uv:0.9.26 /uv /uvx /bin/\nRUN uv sync\n"})
    void theUvBinaryImageStaysDhiUv(String text) throws Exception {
        MigrationResult r = MigratorTest.migrate(text + "FROM scratch\nCOPY --from=b /app /app\n");
        assertThat(r.dockerfile()).contains("dhi.io/uv:0-");
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("version-changed") || f.rule().equals("tool-copied"));
    }

    /**
     * Docker's official {@code docker} image is Alpine; its version and {@code dind} tags carry the
     * daemon (DHI docker-dind, Alpine), its {@code cli} tags only the client (DHI docker, Debian only,
     * so the C library change is an error, never silent).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "docker:29.6, dhi.io/docker-dind:29-alpine, false",
            "docker:dind, dhi.io/docker-dind:29-alpine, false",
            "docker:29-dind, dhi.io/docker-dind:29-alpine, false",
            "docker:29.6-cli, dhi.io/docker:29-debian13-cli, true",
            "docker:cli, dhi.io/docker:29-debian13-cli, true"})
    void theDockerDaemonImageIsDind(String image, String expected, boolean libcChanged) throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM " + image + " AS d\nFROM alpine:3.23\nCOPY --from=d /usr/local/bin /usr/local/bin\n");
        assertThat(r.stages().get(0).reference()).startsWith(expected);
        assertThat(r.findings()).noneMatch(f -> f.line() == 1 && f.rule().equals("tag-not-published"));
        assertThat(r.findings().stream().anyMatch(f -> f.line() == 1 && f.rule().equals("libc-changed")))
                .isEqualTo(libcChanged);
    }

    /**
     * uptime-kuma publishes its application under version tags; {@code base2}, {@code base2-slim}
     * and {@code builder-go} are the project's own build images, which are not the application.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"base2, false", "base2-slim, false", "builder-go, false",
            "2, true", "2.0.2-slim, true", "latest, true"})
    void uptimeKumaBuildImagesAreNotTheApplication(String tag, boolean app) throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM louislam/uptime-kuma:" + tag + "\nEXPOSE 3001\n");
        if (app) {
            assertThat(r.stages().get(0).reference()).startsWith("dhi.io/uptime-kuma:");
        } else {
            assertThat(r.stages().get(0).reference()).isNull();
            assertThat(r.findings()).anyMatch(f -> f.line() == 1 && f.rule().equals("tag-not-mapped")
                    && f.args().equals(List.of("louislam/uptime-kuma:" + tag, "uptime-kuma")));
            assertThat(r.dockerfile()).startsWith("FROM louislam/uptime-kuma:" + tag + "\n");
        }
    }
}
