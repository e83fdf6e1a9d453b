package dev.dhipicker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.dhipicker.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** explain on an upstream image names the images migrate gives it: one mapping and rule set (issue 20). */
class ExplainUpstreamCliTest {

    @Test
    void explainShowsTheImagesMigrateGivesTheSameReference() throws Exception {
        String[] inputs = {"mcr.microsoft.com/dotnet/runtime:10.0", "php:8.5-cli-alpine3.24", "eclipse-temurin:21-jdk"};
        CliTest.Run r = run("explain", "--format", "json", inputs[0], inputs[1], inputs[2]);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode arr = r.json();
        for (int i = 0; i < inputs.length; i++) {
            JsonNode m = arr.get(i).get("migratesTo");
            String repo = arr.get(i).get("dhiCounterpart").asText();
            assertThat(m.get("runtime").asText()).as(inputs[i]).startsWith(repo + ":");
            assertThat(m.get("build").asText()).as(inputs[i]).startsWith(repo + ":");
            // the FROM line of a one-stage file without steps gets the runtime image explain names
            java.nio.file.Path f = java.nio.file.Files.createTempFile("explain", ".Dockerfile");
            try {
                java.nio.file.Files.writeString(f, "FROM " + inputs[i] + "\nCOPY app /app\n");
                CliTest.Run mig = run("migrate", f.toString(), "--format", "json");
                assertThat(mig.json().get("stages").get(0).get("reference").asText()).isEqualTo(m.get("runtime").asText());
            } finally {
                java.nio.file.Files.deleteIfExists(f);
            }
        }
        assertThat(arr.get(0).get("migratesTo").get("runtime").asText()).startsWith("dhi.io/dotnet:10-");
        assertThat(arr.get(1).get("migratesTo").get("build").asText()).contains("alpine").endsWith("-dev");
        assertThat(arr.get(2).get("migratesTo").get("build").asText()).contains("-jdk-");
        CliTest.Run text = run("explain", inputs[0]);
        assertThat(text.out()).contains("Runtime stage:").contains("Build stage:").contains("dhi.io/dotnet:10-sdk-");
    }
}
