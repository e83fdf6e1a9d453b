package dev.dhipicker.migrate;

import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.Recommender;
import dev.dhipicker.recommend.SizePriority;
import dev.dhipicker.testing.BundledData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The wizard answers inferred from a Dockerfile's final image. */
class AnswerInferenceTest {

    static final Recommender ENGINE = BundledData.engine(BundledData.TODAY);

    static AnswerInference.Inferred infer(String text) throws Exception {
        Dockerfile d = new DockerfileParser(InputLimits.standard()).parse(text);
        return new AnswerInference(ENGINE, Corpus.MAP).infer(d);
    }

    /** True when the engine publishes the line and still supports it on the fixed day. */
    static boolean supported(String workload, String line) throws Exception {
        return ENGINE.versions(workload).stream().anyMatch(l -> l.line().equals(line) && !l.endOfLife());
    }

    @Test
    void aSlimDebianImageGivesItsWorkloadVersionGlibcAndTheSmallestSize() throws Exception {
        var i = infer("FROM python:3.12-slim\nCOPY app.py /app/\nCMD [\"python\", \"/app/app.py\"]\n");
        assertThat(supported("python", "3.12")).as("fixture: the engine has python 3.12").isTrue();
        assertThat(i.image()).isEqualTo("python:3.12-slim");
        assertThat(i.workload()).isEqualTo("python");
        assertThat(i.version()).isEqualTo("3.12");
        assertThat(i.libc()).isEqualTo(LibcNeed.GLIBC);
        assertThat(i.size()).isEqualTo(SizePriority.SMALLEST);
        assertThat(i.any()).isTrue();
    }

    @Test
    void aFullDebianImageIsBalancedAndGlibc() throws Exception {
        var i = infer("FROM node:22-bookworm\nCOPY . /app\n");
        assertThat(i.workload()).isEqualTo("node");
        assertThat(i.version()).isEqualTo("22");
        assertThat(i.libc()).isEqualTo(LibcNeed.GLIBC);
        assertThat(i.size()).isEqualTo(SizePriority.BALANCED);
    }

    @Test
    void theFinalStageCountsNotTheBuildStage() throws Exception {
        var i = infer("FROM maven:3.9-eclipse-temurin-21 AS build\nRUN mvn -q package\n"
                + "FROM eclipse-temurin:17-jre-alpine\nCOPY --from=build /target/app.jar /app.jar\n");
        assertThat(i.image()).isEqualTo("eclipse-temurin:17-jre-alpine");
        assertThat(i.workload()).isEqualTo(Corpus.MAP.entries().stream()
                .filter(m -> m.upstream().equals("eclipse-temurin")).findFirst().orElseThrow().workload());
        assertThat(i.version()).isEqualTo(supported(i.workload(), "17") ? "17" : null);
        assertThat(i.libc()).as("alpine: musl is acceptable").isEqualTo(LibcNeed.MUSL);
        assertThat(i.size()).isEqualTo(SizePriority.SMALLEST);
    }

    @Test
    void aFinalStageBuiltOnAnEarlierStageReadsThatStagesImage() throws Exception {
        var i = infer("FROM node:22-slim AS base\nWORKDIR /app\nFROM base AS deps\nRUN npm ci\nFROM base\nCOPY . .\n");
        assertThat(i.image()).isEqualTo("node:22-slim");
        assertThat(i.workload()).isEqualTo("node");
        assertThat(i.size()).isEqualTo(SizePriority.SMALLEST);
    }

    @Test
    void anArgDrivenFromIsReadWithItsDefault() throws Exception {
        var i = infer("ARG PY=3.13\nFROM python:${PY}-alpine\nCOPY . /app\n");
        assertThat(i.image()).isEqualTo("python:3.13-alpine");
        assertThat(i.version()).isEqualTo(supported("python", "3.13") ? "3.13" : null);
        assertThat(i.libc()).isEqualTo(LibcNeed.MUSL);
    }

    @Test
    void aVersionTheEngineNoLongerSupportsIsLeftToTheEngine() throws Exception {
        assertThat(supported("python", "3.8")).as("fixture: 3.8 is not a supported line").isFalse();
        var i = infer("FROM python:3.8\nCOPY . /app\n");
        assertThat(i.workload()).isEqualTo("python");
        assertThat(i.version()).isNull();
        assertThat(i.libc()).isEqualTo(LibcNeed.GLIBC);
        assertThat(i.size()).isEqualTo(SizePriority.BALANCED);
    }

    @Test
    void distrolessIsGlibc() throws Exception {
        var i = infer("FROM gcr.io/distroless/python3-debian12\nCOPY . /app\n");
        assertThat(i.workload()).isNotNull();
        assertThat(i.libc()).isEqualTo(LibcNeed.GLIBC);
    }

    @Test
    void scratchUnknownImagesAndUnresolvedArgumentsInferNothing() throws Exception {
        assertThat(infer("FROM golang:1.22 AS b\nRUN go build -o /x .\nFROM scratch\nCOPY --from=b /x /x\n").any())
                .isFalse();
        var unknown = infer("FROM example.com/team/thing:1.0\nCOPY . /\n");
        assertThat(unknown.any()).isFalse();
        assertThat(unknown.libc()).isNull();
        assertThat(unknown.size()).isNull();
        assertThat(infer("ARG BASE\nFROM ${BASE}\n").any()).isFalse();
    }
}
