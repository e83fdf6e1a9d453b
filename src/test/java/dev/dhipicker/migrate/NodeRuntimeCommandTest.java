package dev.dhipicker.migrate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Node.js final stage that starts with npm (aks-store-demo's order-service, dapr's React
 * quickstarts: {@code CMD ["npm", "start"]}) cannot run on the DHI node runtime image, which has
 * no npm or yarn (the DHI node guide: package managers only in -dev variants).
 */
class NodeRuntimeCommandTest {

    @Test
    void npmInTheRuntimeCommandIsAnError() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\n"
                + "RUN npm ci --omit=dev\nCOPY . .\nEXPOSE 3000\nCMD [ \"npm\", \"start\" ]\n");
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("npm-in-runtime") && f.severity() == Severity.ERROR
                && f.line() == 7 && f.args().get(1).equals("npm") && f.args().get(2).startsWith("dhi.io/node:22-alpine"));
    }

    @Test
    void nodeItselfIsFine() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nCMD [\"node\", \"server.js\"]\n");
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("npm-in-runtime"));
    }
}
