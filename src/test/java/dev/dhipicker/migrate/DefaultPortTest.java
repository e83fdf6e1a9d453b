package dev.dhipicker.migrate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An image whose DHI counterpart listens on another port (nginx: 80 upstream, 8080 on DHI) is
 * reported also when the file never writes the port (excalidraw's and skaffold's nginx stages rely
 * on the default), once, and on the EXPOSE line when there is one.
 */
class DefaultPortTest {

    @Test
    void aStageThatReliesOnTheDefaultPortIsToldItMoves() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM nginx:1.29-alpine\nCOPY dist /usr/share/nginx/html\n");
        List<Finding> ports = r.findings().stream().filter(f -> f.rule().equals("port-changed")).toList();
        assertThat(ports).hasSize(1);
        assertThat(ports.get(0).line()).isEqualTo(1);
        assertThat(ports.get(0).args()).containsExactly("80", "8080");
    }

    @Test
    void anExposedDefaultPortIsReportedOnItsLineOnly() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM nginx:1.29\nCOPY dist /usr/share/nginx/html\nEXPOSE 80\n");
        List<Finding> ports = r.findings().stream().filter(f -> f.rule().equals("port-changed")).toList();
        assertThat(ports).hasSize(1);
        assertThat(ports.get(0).line()).isEqualTo(3);
    }

    @Test
    void anImageOnTheSamePortGetsNoPortFinding() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM python:3.12-slim\nCOPY app.py /app.py\nCMD [\"python\", \"/app.py\"]\n");
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("port-changed"));
    }
}
