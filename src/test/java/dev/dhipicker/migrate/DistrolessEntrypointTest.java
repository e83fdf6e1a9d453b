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
}
