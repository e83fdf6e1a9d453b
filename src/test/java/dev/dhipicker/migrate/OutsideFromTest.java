package dev.dhipicker.migrate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 20: images named outside FROM, lines that cannot be migrated, and final-stage steps that can go. */
class OutsideFromTest {

    @Test
    void copyFromAndMountFromImagesAreMigratedAndStageNamesAreNot() throws Exception {
        // the Laravel shape: Composer copied from its image, uv mounted from its image
        String text = "FROM php:8.3-fpm-alpine AS app\n"
                + "COPY --from=composer:2 /usr/bin/composer /usr/bin/composer\n"
                + "RUN --mount=type=bind,from=ghcr.io/astral-sh/uv:0.5,source=/uv,target=/bin/uv uv --version\n"
                + "FROM app AS final\n"
                + "COPY --from=app /var/www /var/www\n"
                + "COPY --from=0 /etc/php /etc/php\n"
                + "COPY --from=${TOOLS} /bin/tool /bin/tool\n";
        MigrationResult r = MigratorTest.migrate(text);
        assertThat(r.dockerfile())
                .containsPattern("\nCOPY --from=dhi\\.io/composer:[^ ]+-alpine[0-9.]+-php[0-9.]+-dev /usr/bin/composer /usr/bin/composer\n")
                .containsPattern("RUN --mount=type=bind,from=dhi\\.io/uv:[^ ,]+-dev,source=/uv,target=/bin/uv uv --version\n")
                .contains("\nCOPY --from=app /var/www /var/www\n")
                .contains("\nCOPY --from=0 /etc/php /etc/php\n")
                .contains("\nCOPY --from=${TOOLS} /bin/tool /bin/tool\n")
                .contains("# dhi-picker: was composer:2\n");
        assertThat(MigratorTest.rules(r)).contains("2 copy-from-image", "3 copy-from-image", "7 reference-unresolved");
        assertThat(r.findings()).filteredOn(f -> f.line() == 5 || f.line() == 6).isEmpty();
        String composer = Corpus.migrator().migrateReference("composer:2", ReferenceUse.BUILD, MigrateOptions.defaults())
                .replacement();
        assertThat(r.dockerfile()).contains("COPY --from=" + composer + " ");
    }

    @Test
    void anUnknownCopySourceIsReportedAndLeftAlone() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM node:22\nCOPY --from=example.com/acme/assets:1 /dist /app\n");
        assertThat(r.dockerfile()).contains("COPY --from=example.com/acme/assets:1 /dist /app\n");
        assertThat(MigratorTest.rules(r)).contains("2 no-dhi-counterpart");
    }

    @Test
    void anInvalidReferenceIsAnErrorOnItsLineAndTheOtherStagesAreMigrated() throws Exception {
        String text = "FROM python:3.12-slim-bookworm@sha256:abc AS base\nRUN pip install x\n"
                + "FROM node:22-alpine AS web\nRUN npm ci\n";
        MigrationResult r = MigratorTest.migrate(text);
        assertThat(r.dockerfile()).startsWith("FROM python:3.12-slim-bookworm@sha256:abc AS base\n")
                .containsPattern("FROM dhi\\.io/node:22-alpine[0-9.]+-dev AS web");
        assertThat(r.findings()).filteredOn(f -> f.rule().equals("invalid-reference")).singleElement()
                .satisfies(f -> {
                    assertThat(f.line()).isEqualTo(1);
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                });
        assertThat(r.stages().get(0).reasonKey()).isEqualTo("migrate.reason.invalid");
    }

    @Test
    void windowsImagesSayDhiHasNone() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo hi\n"
                + "FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\nCOPY app /app\n");
        assertThat(MigratorTest.rules(r)).containsExactly("1 windows-image", "3 windows-image");
        assertThat(r.changed()).isFalse();
    }

    @Test
    void aFinalStageThatOnlyInstallsCaCertificatesAndFixesModesGetsTheRuntimeImage() throws Exception {
        // the Rust/Go shape: a slim Debian final stage that installs CA certificates, an entrypoint made executable
        String text = "FROM debian:bookworm-slim\n"
                + "RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \\\n"
                + "    && rm -rf /var/lib/apt/lists/*\n"
                + "COPY app /usr/local/bin/app\n"
                + "RUN chmod +x /usr/local/bin/app && chown 65532:65532 /usr/local/bin/app\n"
                + "ENTRYPOINT [\"/usr/local/bin/app\"]\n";
        MigrationResult r = MigratorTest.migrate(text);
        assertThat(r.stages().get(0).role()).isEqualTo(StageRole.RUNTIME);
        assertThat(r.stages().get(0).reference()).isEqualTo("dhi.io/debian-base:trixie-debian13");
        assertThat(r.dockerfile()).contains("\nCOPY --chmod=755 --chown=65532:65532 app /usr/local/bin/app\n")
                .doesNotContain("\nRUN ").contains("# dhi-picker: removed");
        assertThat(MigratorTest.rules(r)).contains("2 packages-carried", "5 copy-flags")
                .noneMatch(x -> x.contains("runtime-needs-shell") || x.contains("run-in-runtime"));
    }

    @Test
    void aFinalStageThatStaysOnDevNamesThePackagesForACustomization() throws Exception {
        // USER root, then packages, then back: the Node shape
        String text = "FROM node:22-slim\nUSER root\nRUN apt-get update && apt-get install -y tini gcc\nUSER node\n"
                + "COPY . /app\nCMD [\"node\", \"/app/x.js\"]\n";
        MigrationResult r = MigratorTest.migrate(text);
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("customize-packages")
                && f.args().get(0).equals("tini") && f.args().get(1).equals("dhi.io/node:22-debian13"));
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("build-packages") && f.args().get(0).equals("gcc"));
        assertThat(MigratorTest.rules(r)).contains("1 runtime-needs-shell");
    }

    @Test
    void aPhpStageThatBuildsExtensionsSplitsAndCopiesThemWithTheirIni() throws Exception {
        String text = "FROM php:8.3-fpm-alpine\nRUN docker-php-ext-install pdo_mysql opcache\n"
                + "COPY . /var/www/html\nCMD [\"php-fpm\"]\n";
        MigrationResult r = MigratorTest.migrate(text);
        assertThat(r.dockerfile()).contains("COPY --from=build $PHP_PREFIX/lib/php/extensions $PHP_PREFIX/lib/php/extensions\n")
                .contains("COPY --from=build $PHP_INI_DIR/conf.d $PHP_INI_DIR/conf.d\n")
                .containsPattern("FROM dhi\\.io/php:8\\.3-alpine[0-9.]+-dev AS build")
                .containsPattern("FROM dhi\\.io/php:8\\.3-alpine[0-9.]+-fpm\n");
        assertThat(MigratorTest.rules(r)).contains("2 php-ext-helper");
    }

    @Test
    void anHttpHealthcheckNamesTheInterpreterCheckToUse() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM node:22\nCOPY . /app\n"
                + "HEALTHCHECK CMD curl -f http://localhost:3000/health || exit 1\nCMD [\"node\", \"/app/x.js\"]\n");
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("healthcheck-http")
                && f.args().get(0).startsWith("HEALTHCHECK CMD [\"node\", \"-e\", \"fetch('http://localhost:3000/health')"));
    }

    @Test
    void mkdirInAFinalStageBecomesWorkdirAndTheImagesWorkingDirectoryComesBack() throws Exception {
        // the Redis shape: an extra data directory made as root in the final stage (DHI redis works in /data)
        MigrationResult r = MigratorTest.migrate("FROM redis:7\nRUN mkdir -p /data/extra\nCMD [\"redis-server\"]\n");
        assertThat(r.stages().get(0).role()).isEqualTo(StageRole.RUNTIME);
        assertThat(r.dockerfile()).contains("\nWORKDIR /data/extra\nWORKDIR /data\nCMD [\"redis-server\"]\n")
                .doesNotContain("\nRUN ");
        assertThat(MigratorTest.rules(r)).contains("2 mkdir-workdir");
        // a directory a COPY or WORKDIR makes anyway needs no line; an existing WORKDIR is restored
        MigrationResult node = MigratorTest.migrate("FROM node:22-slim\nWORKDIR /app\nRUN mkdir -p /app/data /app\n"
                + "COPY . /app\nCMD [\"node\", \"/app/x.js\"]\n");
        assertThat(node.dockerfile()).contains("\nWORKDIR /app/data\nWORKDIR /app\nCOPY . /app\n")
                .doesNotContain("WORKDIR /app\nWORKDIR /app\n");
    }

    @Test
    void userRootThatOnlyServedRemovedStepsGoesWhenALaterUserFollows() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM redis:7\nUSER root\nRUN mkdir -p /data/extra\nUSER 65532\n"
                + "CMD [\"redis-server\"]\n");
        assertThat(r.dockerfile()).doesNotContain("\nUSER root\n").contains("\nUSER 65532\n");
        assertThat(MigratorTest.rules(r)).contains("2 user-root-removed").doesNotContain("2 user-root");
        // without a later USER the image would run as root: it stays, with its error
        MigrationResult kept = MigratorTest.migrate("FROM redis:7\nUSER root\nRUN mkdir -p /data/extra\n");
        assertThat(kept.dockerfile()).contains("\nUSER root\n");
        assertThat(MigratorTest.rules(kept)).contains("2 user-root");
    }

    @Test
    void aFlagSplitOverContinuationLinesIsReportedWithItsReplacement() throws Exception {
        String text = "FROM python:3.12-slim AS b\nRUN --mount=type=bind,\\\nfrom=ghcr.io/astral-sh/uv:0.5,source=/uv,target=/bin/uv uv sync\n";
        MigrationResult r = MigratorTest.migrate(text);
        assertThat(r.dockerfile()).contains("from=ghcr.io/astral-sh/uv:0.5,source=/uv");
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("reference-not-rewritten") && f.line() == 2
                && f.args().get(0).equals("ghcr.io/astral-sh/uv:0.5") && f.args().get(1).startsWith("dhi.io/uv:"));
    }
}
