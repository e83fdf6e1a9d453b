package dev.dhipicker.migrate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages a final stage left on -dev is told to add by customization: real package names
 * only, as the docker-library nginx and PHP Alpine Dockerfiles write their installs
 * ({@code apk add --virtual .build-deps ...}, version probes in shell text).
 */
class PackageListTest {

    @Test
    void virtualSetNamesAndShellTextAreNoPackages() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM alpine:3.20\n"
                + "RUN apk add --no-cache --virtual .build-deps gcc musl-dev \\\n"
                + "    && apk add --no-cache -t .checksum-deps openssl \\\n"
                + "    && apk add --no-cache tini curl=8.11.1-r0 \"$(cat /etc/alpine-release)\" \\\n"
                + "    && apk del .build-deps\n"
                + "CMD [\"tini\", \"--\", \"/app\"]\n");
        Finding customize = r.findings().stream().filter(f -> f.rule().equals("customize-packages")).findFirst()
                .orElseThrow();
        assertThat(customize.args().get(0)).isEqualTo("openssl tini curl");
        Finding build = r.findings().stream().filter(f -> f.rule().equals("build-packages")).findFirst().orElseThrow();
        assertThat(build.args().get(0)).isEqualTo("gcc musl-dev");
    }

    @Test
    void aCommentWrittenAsACommandSubstitutionIsNoPackage() throws Exception {
        // saleor's Dockerfile annotates its apt-get list with `# ...` inside backticks
        MigrationResult r = MigratorTest.migrate("FROM python:3.12-slim\n"
                + "RUN apt-get update && apt-get install -y --no-install-recommends libpq5 \\\n"
                + "    `# libxslt is needed by lxml (PyPI)` libxslt1.1 $(echo media-types) \\\n"
                + "    && rm -rf /var/lib/apt/lists/*\nCOPY . /app\nCMD [\"python\", \"/app/main.py\"]\n");
        Finding customize = r.findings().stream().filter(f -> f.rule().equals("customize-packages")).findFirst()
                .orElseThrow();
        assertThat(customize.args().get(0)).isEqualTo("libpq5 libxslt1.1");
    }
}
