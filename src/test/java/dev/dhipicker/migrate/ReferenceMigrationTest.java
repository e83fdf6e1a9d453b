package dev.dhipicker.migrate;

import dev.dhipicker.i18n.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Migrator#migrateReference}: a bare reference gets what a FROM line with the same image gets. */
class ReferenceMigrationTest {
    private final Migrator migrator = Corpus.migrator();

    private String fromLine(String dockerfile, int stage) throws Exception {
        Dockerfile d = new DockerfileParser(InputLimits.standard()).parse(dockerfile);
        return migrator.migrate(d, MigrateOptions.defaults(), Messages.english()::get).stages().get(stage).reference();
    }

    @Test
    void aRuntimeUseGetsWhatAFinalStageWithoutStepsGets() throws Exception {
        ReferenceMigration m = migrator.migrateReference("python:3.12-slim", ReferenceUse.RUNTIME, MigrateOptions.defaults());
        assertThat(m.status()).isEqualTo(ReferenceStatus.COUNTERPART);
        assertThat(m.replacement()).isEqualTo(fromLine("FROM python:3.12-slim\nCMD [\"python\"]\n", 0));
        assertThat(m.original()).isEqualTo("python:3.12-slim");
    }

    @Test
    void aBuildUseGetsWhatABuildStageGets() throws Exception {
        ReferenceMigration m = migrator.migrateReference("node:22-alpine", ReferenceUse.BUILD, MigrateOptions.defaults());
        assertThat(m.status()).isEqualTo(ReferenceStatus.COUNTERPART);
        assertThat(m.replacement()).isEqualTo(fromLine("FROM node:22-alpine AS b\nRUN npm ci\nFROM scratch\n", 0))
                .contains("alpine").endsWith("-dev");
    }

    @Test
    void dhiUnknownInvalidAndWindowsReferencesAreReportedNotReplaced() {
        MigrateOptions o = MigrateOptions.defaults();
        assertThat(migrator.migrateReference("dhi.io/python:3.13", ReferenceUse.RUNTIME, o).status())
                .isEqualTo(ReferenceStatus.ALREADY_DHI);
        ReferenceMigration unknown = migrator.migrateReference("example.com/acme/tool:1", ReferenceUse.BUILD, o);
        assertThat(unknown.status()).isEqualTo(ReferenceStatus.NO_COUNTERPART);
        assertThat(unknown.replacement()).isNull();
        assertThat(unknown.findings()).extracting(Finding::rule).containsExactly("no-dhi-counterpart");
        ReferenceMigration bad = migrator.migrateReference("python:3.12-slim-bookworm@sha256:abc", ReferenceUse.RUNTIME, o);
        assertThat(bad.status()).isEqualTo(ReferenceStatus.INVALID);
        assertThat(bad.replacement()).isNull();
        assertThat(bad.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("invalid-reference");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.line()).isZero();
        });
        ReferenceMigration win = migrator.migrateReference("mcr.microsoft.com/windows/servercore:ltsc2022",
                ReferenceUse.RUNTIME, o);
        assertThat(win.status()).isEqualTo(ReferenceStatus.NO_COUNTERPART);
        assertThat(win.findings()).extracting(Finding::rule).containsExactly("windows-image");
    }

    @Test
    void theFindingsOfTheKindChangeComeWithABareReferenceToo() {
        MigrateOptions o = MigrateOptions.defaults();
        ReferenceMigration jdk = migrator.migrateReference("eclipse-temurin:21", ReferenceUse.RUNTIME, o);
        assertThat(jdk.replacement()).isEqualTo("dhi.io/eclipse-temurin:21-debian13");
        assertThat(jdk.findings()).extracting(Finding::rule).contains("jdk-runtime");
        ReferenceMigration sdk = migrator.migrateReference("mcr.microsoft.com/dotnet/runtime:10.0", ReferenceUse.BUILD, o);
        assertThat(sdk.replacement()).isEqualTo("dhi.io/dotnet:10-sdk-debian13");
        assertThat(sdk.findings()).extracting(Finding::rule).contains("sdk-for-shell");
        ReferenceMigration none = migrator.migrateReference("prom/prometheus:v3.1.0", ReferenceUse.BUILD, o);
        assertThat(none.status()).isEqualTo(ReferenceStatus.NO_COUNTERPART);
        assertThat(none.replacement()).isNull();
        assertThat(none.findings()).extracting(Finding::rule).contains("no-build-image");
        ReferenceMigration runtime = migrator.migrateReference("prom/prometheus:v3.1.0", ReferenceUse.RUNTIME, o);
        assertThat(runtime.status()).isEqualTo(ReferenceStatus.COUNTERPART);
        assertThat(runtime.replacement()).startsWith("dhi.io/prometheus:");
        ReferenceMigration alpine = migrator.migrateReference("httpd:2.4-alpine", ReferenceUse.RUNTIME, o);
        assertThat(alpine.findings()).extracting(Finding::rule).contains("libc-changed");
    }
}
