package dev.dhipicker.migrate;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.LibcNeed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Behaviour of the migration, one rule at a time (the corpus test covers whole files). */
class MigratorTest {

    static MigrationResult migrate(String text, MigrateOptions o) throws Exception {
        Dockerfile d = new DockerfileParser(InputLimits.standard()).parse(text);
        return Corpus.migrator().migrate(d, o, Messages.english()::get);
    }

    static MigrationResult migrate(String text) throws Exception {
        return migrate(text, MigrateOptions.defaults());
    }

    static List<String> rules(MigrationResult r) {
        return r.findings().stream().map(f -> f.line() + " " + f.rule()).toList();
    }

    @Test
    void aSupportedVersionLineIsKeptAndTheDistroFamilyToo() throws Exception {
        MigrationResult deb = migrate("FROM node:22-bookworm-slim\nCOPY . /app\nCMD [\"node\", \"/app/x.js\"]\n");
        assertThat(deb.stages().get(0).reference()).isEqualTo("dhi.io/node:22-debian13");
        assertThat(rules(deb)).noneMatch(r -> r.contains("version-"));
        MigrationResult alp = migrate("FROM node:22-alpine\nCOPY . /app\nCMD [\"node\", \"/app/x.js\"]\n");
        assertThat(alp.stages().get(0).reference()).startsWith("dhi.io/node:22-alpine");
        MigrationResult forced = migrate("FROM node:22-alpine\nCOPY . /app\n", new MigrateOptions(LibcNeed.GLIBC,
                ComplianceNeed.NONE, null));
        assertThat(forced.stages().get(0).reference()).isEqualTo("dhi.io/node:22-debian13");
    }

    @Test
    void aLineDhiDoesNotSupportBecomesTheOldestSupportedLineNotOlder() throws Exception {
        MigrationResult r = migrate("FROM golang:1.22 AS b\nRUN go build -o /x .\nFROM scratch\nCOPY --from=b /x /x\n");
        assertThat(r.stages().get(0).reference()).startsWith("dhi.io/golang:1.26-");
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("version-changed") && f.line() == 1
                && f.args().equals(List.of("1.22", "1.26")));
        assertThat(r.stages().get(1).role()).isEqualTo(StageRole.SCRATCH);
        assertThat(r.dockerfile()).contains("\nFROM scratch\nCOPY --from=b /x /x\n");
    }

    @Test
    void latestAndNoTagGetTheEngineDefaultWithAFinding() throws Exception {
        MigrationResult r = migrate("FROM python\nCOPY a.py /a.py\nCMD [\"python\", \"/a.py\"]\n");
        assertThat(r.stages().get(0).reference()).startsWith("dhi.io/python:3.");
        assertThat(rules(r)).contains("1 default-version");
        assertThat(rules(migrate("FROM node:latest\nCOPY . /a\n"))).contains("1 default-version");
    }

    @Test
    void untouchedTextStaysByteForByte() throws Exception {
        String text = "# syntax=docker/dockerfile:1\n\n# build  \nFROM   example.com/x:1   AS   a\n\tRUN  make \\\n"
                + "   # note\n   all\n";
        MigrationResult r = migrate(text);
        assertThat(r.dockerfile()).isEqualTo(text);
        assertThat(r.changed()).isFalse();
        assertThat(rules(r)).containsExactly("4 no-dhi-counterpart");
    }

    @Test
    void aDigestCannotCarryOverAndFedoraSaysThePackageManagerChanges() throws Exception {
        MigrationResult r = migrate("FROM fedora:40@sha256:" + "a".repeat(64) + "\nRUN dnf install -y git\n");
        assertThat(r.stages().get(0).reference()).startsWith("dhi.io/debian-base:").doesNotContain("@");
        assertThat(r.dockerfile()).containsPattern("\nFROM dhi\\.io/debian-base:[^@\\s]+-dev\n");
        assertThat(rules(r)).contains("1 digest-dropped", "1 rpm-distro", "2 package-manager", "1 runtime-needs-shell");
    }

    @Test
    void anArgDefaultIsRewrittenWhenOnlyFromUsesItElseTheFromLineIs() throws Exception {
        MigrationResult safe = migrate("ARG IMG=python:3.12-slim\nFROM ${IMG}\nCMD [\"python\"]\n");
        assertThat(safe.dockerfile()).contains("ARG IMG=dhi.io/python:3.12-debian13\n").contains("FROM ${IMG}\n");
        assertThat(rules(safe)).contains("2 arg-from-rewritten");
        MigrationResult unsafe = migrate("ARG IMG=python:3.12-slim\nFROM ${IMG}\nARG IMG\nCMD [\"python\"]\n");
        assertThat(unsafe.dockerfile()).contains("ARG IMG=python:3.12-slim\n").contains("FROM dhi.io/python:3.12-debian13\n");
        assertThat(rules(unsafe)).contains("2 arg-from-inline");
    }

    @Test
    void theRuntimeStageRulesPointAtTheirLines() throws Exception {
        MigrationResult r = migrate("FROM nginx:1.27\nCOPY site /usr/share/nginx/html\nUSER root\nEXPOSE 80 443\n"
                + "HEALTHCHECK CMD wget -q -O- http://localhost:8080/ || exit 1\nCMD nginx -g daemon off;\n");
        assertThat(r.stages().get(0).role()).isEqualTo(StageRole.RUNTIME);
        assertThat(rules(r)).contains("3 user-root", "4 port-changed", "4 low-port", "5 healthcheck-shell",
                "6 shell-form-needs-shell");
        assertThat(r.findings()).filteredOn(f -> f.rule().equals("user-root")).allMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void aSplitCarriesFilesCopiedOutsideTheBuildOutputAndDropsUsersTheBuildCreated() throws Exception {
        MigrationResult r = migrate("FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci && useradd app\n"
                + "COPY conf.json /etc/app/conf.json\nUSER app\nCMD [\"node\", \"main.js\"]\n");
        String out = r.dockerfile();
        String runtime = out.substring(out.lastIndexOf("\nFROM "));
        assertThat(runtime).startsWith("\nFROM dhi.io/node:22-debian13\n").contains("COPY --from=build /app /app\n")
                .contains("COPY conf.json /etc/app/conf.json\n").doesNotContain("USER app").doesNotContain("RUN ");
        assertThat(rules(r)).contains("1 stage-split", "4 useradd", "6 user-dropped");
    }

    @Test
    void aFinalStageThatCannotSplitKeepsTheDevImageWithAnError() throws Exception {
        MigrationResult r = migrate("FROM ruby:3.3\nWORKDIR /app\nCOPY . .\nRUN bundle install\nCMD [\"ruby\", \"app.rb\"]\n");
        assertThat(r.stages().get(0).role()).isEqualTo(StageRole.BUILD);
        assertThat(r.stages().get(0).reference()).endsWith("-dev");
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("runtime-needs-shell") && f.severity() == Severity.ERROR);
    }

    @Test
    void fipsPicksMirroredReferencesAndSaysSo() throws Exception {
        MigrationResult r = migrate("FROM python:3.13-slim\nCMD [\"python\"]\n",
                new MigrateOptions(null, ComplianceNeed.FIPS, "acme"));
        assertThat(r.stages().get(0).reference()).startsWith("acme/dhi-python:3.13-").endsWith("-fips");
        assertThat(rules(r)).contains("1 mirrored-repository");
    }
}
