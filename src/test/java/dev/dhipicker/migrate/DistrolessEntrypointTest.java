package dev.dhipicker.migrate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Distroless interpreter images run CMD through their ENTRYPOINT (GoogleContainerTools/distroless:
 * nodejs runs node, python3 runs python3, java runs java -jar); DHI runtime images set only a CMD,
 * so a kept {@code CMD ["index.js"]} would run the script as a program. The examples are those of
 * the distroless repository and the OpenTelemetry demo's payment service.
 */
class DistrolessEntrypointTest {

    @Test
    void aNodeScriptKeepsItsInterpreter() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM node:22 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\n"
                + "FROM gcr.io/distroless/nodejs22-debian12\nCOPY --from=build /app /app\nWORKDIR /app\nCMD [\"index.js\"]\n");
        assertThat(r.dockerfile()).containsPattern("FROM dhi\\.io/node:22-debian13\n# [^\n]*\nENTRYPOINT \\[\"node\"\\]\n"
                + "COPY --from=build /app /app\n");
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("entrypoint-added") && f.line() == 5);
    }

    @Test
    void aJarKeepsJavaDashJar() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM gcr.io/distroless/java17-debian12\nCOPY main.jar /app/main.jar\n"
                + "WORKDIR /app\nCMD [\"main.jar\"]\n");
        assertThat(r.dockerfile()).contains("ENTRYPOINT [\"java\", \"-jar\"]\nCOPY main.jar /app/main.jar\n");
    }

    @Test
    void aStageWithItsOwnEntrypointIsLeftAlone() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM gcr.io/distroless/python3-debian12\nCOPY app.py /app.py\n"
                + "ENTRYPOINT [\"python3\", \"/app.py\"]\n");
        assertThat(r.dockerfile()).containsOnlyOnce("ENTRYPOINT");
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("entrypoint-added"));
    }

    @Test
    void otherImagesGetNoEntrypoint() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM node:22-slim\nCOPY index.js /app/index.js\nCMD [\"node\", \"/app/index.js\"]\n");
        assertThat(r.dockerfile()).doesNotContain("ENTRYPOINT");
    }

    /**
     * Distroless python3 images name no Python version: each ships its Debian release's python3
     * (distroless python3/testdata: Debian 12 has 3.11, Debian 13 has 3.13; Debian 11 had 3.9), and
     * the unsuffixed name is the Debian 12 image. The line is kept where DHI has it; 3.9 is not
     * published and 3.10 ended in October 2026 (before the test date), so the stage gets 3.11 with a finding.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "gcr.io/distroless/python3, 3.11, 3.11",
            "gcr.io/distroless/python3-debian12, 3.11, 3.11",
            "gcr.io/distroless/python3-debian12:nonroot, 3.11, 3.11",
            "gcr.io/distroless/python3-debian13, 3.13, 3.13",
            "gcr.io/distroless/python3-debian11, 3.9, 3.11"})
    void distrolessPythonKeepsThePythonLineItShips(String image, String ships, String dhi) throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM " + image + "\nCOPY app.py /app/\nCMD [\"/app/app.py\"]\n");
        assertThat(r.stages().get(0).reference()).startsWith("dhi.io/python:" + dhi + "-debian");
        if (ships.equals(dhi)) {
            assertThat(r.findings()).noneMatch(f -> f.rule().startsWith("version-"));
        } else {
            assertThat(r.findings()).anyMatch(f -> f.rule().equals("version-changed")
                    && f.args().equals(java.util.List.of(ships, dhi)));
        }
    }
}
