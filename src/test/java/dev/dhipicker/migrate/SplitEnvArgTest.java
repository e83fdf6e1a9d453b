package dev.dhipicker.migrate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A split final stage carries its ENV lines into the runtime stage; one that reads a build
 * argument (aks-store-demo's {@code ARG APP_VERSION} / {@code ENV APP_VERSION=$APP_VERSION}) needs
 * the argument declared there too, or it is empty at run time.
 */
class SplitEnvArgTest {

    @Test
    void theRuntimeStageDeclaresTheArgumentsItsEnvReads() throws Exception {
        MigrationResult r = MigratorTest.migrate("ARG BASE_ENV=production\nFROM python:3.12-slim\n"
                + "ARG APP_VERSION=0.1.0\nENV APP_VERSION=$APP_VERSION\nENV MODE=${BASE_ENV} OTHER=x\n"
                + "WORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\n"
                + "CMD [\"python\", \"main.py\"]\n");
        String runtime = r.dockerfile().substring(r.dockerfile().lastIndexOf("\nFROM "));
        assertThat(runtime).contains("\nARG APP_VERSION=0.1.0\n").contains("\nARG BASE_ENV\n");
        assertThat(runtime.indexOf("ARG APP_VERSION")).isLessThan(runtime.indexOf("ENV APP_VERSION"));
        assertThat(runtime.indexOf("ARG BASE_ENV")).isLessThan(runtime.indexOf("ENV MODE"));
    }

    @Test
    void envWithoutVariablesBringsNoArgument() throws Exception {
        MigrationResult r = MigratorTest.migrate("FROM python:3.12-slim\nARG UNUSED=1\nENV MODE=prod\nWORKDIR /app\n"
                + "COPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD [\"python\", \"main.py\"]\n");
        String runtime = r.dockerfile().substring(r.dockerfile().lastIndexOf("\nFROM "));
        assertThat(runtime).doesNotContain("ARG ");
    }
}
