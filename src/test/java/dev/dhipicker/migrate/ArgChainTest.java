package dev.dhipicker.migrate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Global build arguments whose defaults name earlier arguments, as CMake's release images write
 * them ({@code ARG FROM_IMAGE=$FROM_IMAGE_NAME$FROM_IMAGE_DIGEST}): Docker expands the default with
 * the arguments declared before it, and so does migrate.
 */
class ArgChainTest {

    @Test
    void aDefaultBuiltFromEarlierArgumentsResolvesAsDockerResolvesIt() throws Exception {
        MigrationResult r = MigratorTest.migrate("ARG NAME=python\nARG VERSION=3.12-slim\nARG IMAGE=$NAME:${VERSION}\n"
                + "FROM $IMAGE\nCOPY app.py /app.py\nCMD [\"python\", \"/app.py\"]\n");
        assertThat(r.stages().get(0).reference()).startsWith("dhi.io/python:3.12-");
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("invalid-reference") || f.rule().equals("arg-unresolved"));
        // the default is not written in place (it is made of other arguments), so FROM is rewritten
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("arg-from-inline"));
        assertThat(r.dockerfile()).contains("ARG IMAGE=$NAME:${VERSION}\n");
    }

    @Test
    void aDefaultNamingAnArgumentWithoutValueIsUnresolvedNotInvalid() throws Exception {
        MigrationResult r = MigratorTest.migrate("ARG REGISTRY\nARG IMAGE=$REGISTRY/python:3.12\nFROM $IMAGE\n"
                + "COPY app.py /app.py\n");
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("arg-unresolved") && f.severity() == Severity.WARNING);
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("invalid-reference"));
        assertThat(r.dockerfile()).contains("FROM $IMAGE\n");
    }

    @Test
    void aNameNeverDeclaredExpandsToNothingAsInDocker() throws Exception {
        MigrationResult r = MigratorTest.migrate("ARG IMAGE=python:3.12${SUFFIX}\nFROM $IMAGE\nCOPY app.py /app.py\n");
        assertThat(r.stages().get(0).reference()).startsWith("dhi.io/python:3.12-");
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("arg-unresolved"));
    }

    /**
     * BuildKit sets TARGETOS and the other platform arguments in the global scope of every build, so
     * {@code FROM binaries-$TARGETOS} picks one of the stages it names; it is a stage, not an image
     * missing a default. A name no stage matches stays an unresolved argument.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"binaries-$TARGETOS", "binaries-${TARGETOS}",
            "binaries-$TARGETOS-$TARGETARCH"})
    void aStageNamedThroughPlatformArgumentsIsAStage(String from) throws Exception {
        String text = "FROM scratch AS binaries-linux\nFROM scratch AS binaries-linux-amd64\nFROM scratch AS binaries-darwin\n"
                + "FROM " + from + " AS binaries\n";
        MigrationResult r = MigratorTest.migrate(text);
        assertThat(r.stages().get(3).role()).isEqualTo(StageRole.STAGE);
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("arg-unresolved"));
        assertThat(r.dockerfile()).isEqualTo(text);
    }

    @Test
    void aPlatformArgumentThatNamesNoStageIsStillUnresolved() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM scratch AS binaries-linux\nFROM tools-$TARGETOS AS t\n"
                + "FROM example-$VERSION-$TARGETOS\n");
        assertThat(MigratorTest.rules(r)).contains("2 arg-unresolved", "3 arg-unresolved");
    }
}
