package dev.dhipicker.migrate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The small independent reader the real-corpus invariants use: what it must see in a Dockerfile. */
class ReferenceScannerTest {

    private static List<String> refs(String text) {
        return ReferenceScanner.references(text).stream()
                .map(r -> r.use() + " " + r.startLine() + "-" + r.endLine() + " " + r.resolved() + (r.internal() ? " internal" : ""))
                .toList();
    }

    @Test
    void findsFromCopyFromAndMountFromWithArgDefaultsSubstituted() {
        String text = """
                ARG PREFIX=mirror.gcr.io/library/
                ARG GO=1.26
                FROM ${PREFIX}golang:${GO} AS build
                RUN --mount=type=cache,target=/root/.cache \\
                    --mount=type=bind,from=ghcr.io/astral-sh/uv:0.9,source=/uv,target=/uv \\
                    go build ./...
                FROM scratch
                COPY --from=build /out /out
                COPY --chown=1:1 --from=0 /a /a
                COPY --link --from=docker.io/library/busybox:1 /bin/sh /sh
                """;
        assertThat(refs(text)).containsExactly(
                "FROM 3-3 mirror.gcr.io/library/golang:1.26",
                "MOUNT_FROM 4-6 ghcr.io/astral-sh/uv:0.9",
                "FROM 7-7 scratch internal",
                "COPY_FROM 8-8 build internal",
                "COPY_FROM 9-9 0 internal",
                "COPY_FROM 10-10 docker.io/library/busybox:1");
    }

    @Test
    void conditionalSubstitutionsFollowDockerRules() {
        String text = """
                ARG GPU
                FROM debian:13 AS qdrant-cpu
                FROM qdrant-${GPU:+gpu-}${GPU:-cpu}
                """;
        assertThat(refs(text)).containsExactly("FROM 2-2 debian:13", "FROM 3-3 qdrant-cpu internal");
    }

    @Test
    void heredocBodiesAndCommentsAreNotInstructionsAndTheEscapeDirectiveIsRead() {
        String text = """
                # escape=`
                FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
                RUN <<EOF
                FROM not-an-instruction
                EOF
                COPY --from=caddy:2-windowsservercore `
                    C:\\caddy.exe C:\\caddy.exe
                """;
        assertThat(refs(text)).containsExactly(
                "FROM 2-2 mcr.microsoft.com/windows/nanoserver:ltsc2022",
                "COPY_FROM 6-7 caddy:2-windowsservercore");
    }

    @Test
    void outputLinesMapBackToTheInputLinesTheyReplaceOrFollow() {
        String input = "FROM python:3.12\nRUN pip install x\nCMD [\"python\"]";
        String output = "# was python:3.12\nFROM dhi.io/python:3.12-dev\nRUN pip install x\nCMD [\"python\"]";
        int[] map = ReferenceScanner.inputLineOf(input, output);
        assertThat(map).containsExactly(0, 0, 1, 2);
    }
}
