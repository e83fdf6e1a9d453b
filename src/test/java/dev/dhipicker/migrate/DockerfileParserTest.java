package dev.dhipicker.migrate;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DockerfileParserTest {

    private final DockerfileParser parser = new DockerfileParser(InputLimits.standard());

    @Test
    void continuationsJoinLinesAndDropCommentAndEmptyLinesInside() throws Exception {
        Dockerfile d = parser.parse("FROM debian:12\nRUN apt-get update && \\\n  # why\n\n  apt-get install -y curl\nCMD [\"bash\"]\n");
        Instruction run = d.instructions().get(1);
        assertThat(run.keyword()).isEqualTo("RUN");
        assertThat(run.startLine()).isEqualTo(2);
        assertThat(run.endLine()).isEqualTo(5);
        assertThat(run.words()).containsExactly("apt-get", "update", "&&", "apt-get", "install", "-y", "curl");
        assertThat(d.instructions().get(2).exec()).containsExactly("bash");
    }

    @Test
    void escapeDirectiveMakesTheBacktickTheContinuationCharacter() throws Exception {
        Dockerfile d = parser.parse("# escape=`\nFROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN echo a `\n  b\nCOPY c:\\src\\ d\n");
        assertThat(d.escape()).isEqualTo('`');
        assertThat(d.directives()).extracting(Directive::name).containsExactly("escape");
        assertThat(d.instructions().get(1).words()).containsExactly("echo", "a", "b");
        assertThat(d.instructions().get(2).startLine()).isEqualTo(5);
    }

    @Test
    void hereDocumentsBelongToTheirInstructionUntilTheDelimiter() throws Exception {
        Dockerfile d = parser.parse("FROM alpine\nRUN <<EOF\napk add curl\nEOF\nCOPY <<-EOT /x\n\thello\n\tEOT\nUSER 1000\n");
        Instruction run = d.instructions().get(1);
        assertThat(run.heredocs()).hasSize(1);
        assertThat(run.heredocs().get(0).body()).isEqualTo("apk add curl");
        assertThat(run.endLine()).isEqualTo(4);
        Instruction copy = d.instructions().get(2);
        assertThat(copy.heredocs().get(0).body()).isEqualTo("hello");
        assertThat(copy.endLine()).isEqualTo(7);
        assertThat(d.instructions().get(3).startLine()).isEqualTo(8);
    }

    @Test
    void fromFlagsStageNamesAndLowerCaseKeywordsAreRead() throws Exception {
        Dockerfile d = parser.parse("ARG V=3.12\nfrom --platform=$BUILDPLATFORM python:${V}-slim as build\nonbuild run echo hi\n");
        Instruction from = d.instructions().get(1);
        assertThat(from.keyword()).isEqualTo("FROM");
        assertThat(from.flag("platform")).isEqualTo("$BUILDPLATFORM");
        assertThat(from.rest()).isEqualTo("python:${V}-slim as build");
        Instruction onbuild = d.instructions().get(2);
        assertThat(onbuild.trigger().keyword()).isEqualTo("RUN");
        assertThat(onbuild.trigger().rest()).isEqualTo("echo hi");
    }

    @Test
    void offsetsPointAtTheInstructionTextSoThatRewritesKeepTheRest() throws Exception {
        String text = "# top\n\n  FROM node:20 AS b  \r\nCMD node x.js";
        Dockerfile d = parser.parse(text);
        Instruction from = d.instructions().get(0);
        assertThat(text.substring(from.start(), from.end())).isEqualTo("FROM node:20 AS b  \r");
        Instruction cmd = d.instructions().get(1);
        assertThat(text.substring(cmd.start(), cmd.end())).isEqualTo("CMD node x.js");
        assertThat(cmd.exec()).isNull();
    }

    @Test
    void substitutionFollowsTheDockerfileReference() {
        Map<String, String> vars = new HashMap<>();
        vars.put("A", "x");
        vars.put("E", "");
        vars.put("N", null);
        Set<String> missing = new HashSet<>();
        assertThat(Substitution.expand("$A-${A}-${E:-d}-${E-d}-${N:-n}-${A:+p}-${U+q}-\\$A", vars, '\\', missing))
                .isEqualTo("x-x-d--n-p--$A");
        assertThat(Substitution.expand("${U}", vars, '\\', missing)).isEmpty();
        assertThat(missing).containsExactly("U");
        assertThat(Substitution.expand("${A", vars, '\\', missing)).isNull();
    }

    @Test
    void execFormIsOnlyAValidJsonArrayOfStrings() {
        assertThat(ExecForm.parse("[\"a\", \"b\\\"c\"]")).containsExactly("a", "b\"c");
        assertThat(ExecForm.parse("[]")).isEmpty();
        assertThat(ExecForm.parse("[a, b]")).isNull();
        assertThat(ExecForm.parse("[\"a\" \"b\"]")).isNull();
        assertThat(ExecForm.format(List.of("sh", "-c", "echo \"x\""))).isEqualTo("[\"sh\", \"-c\", \"echo \\\"x\\\"\"]");
    }

    @Test
    void errorsNameTheLine() {
        assertThatThrownBy(() -> parser.parse("FROM a\nRUNN x\n"))
                .isInstanceOf(DockerfileSyntaxException.class).hasMessageStartingWith("line 2:");
        assertThatThrownBy(() -> parser.parse("RUN x\nFROM a\n")).hasMessageStartingWith("line 1:");
        assertThatThrownBy(() -> parser.parse("FROM a\nRUN <<EOF\nx\n")).hasMessageStartingWith("line 2:");
        assertThatThrownBy(() -> parser.parse("# escape=x\nFROM a\n")).hasMessageStartingWith("line 1:");
        assertThatThrownBy(() -> parser.parse("# just a comment\n")).isInstanceOf(DockerfileSyntaxException.class);
    }

    @Test
    void binaryAndOversizedInputIsRejectedBeforeParsing() {
        byte[] binary = "FROM a\nRUN x\n\0\1\2".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> parser.parse(binary)).hasMessageStartingWith("line 3:");
        byte[] latin1 = "FROM a\nLABEL x=\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> parser.parse(latin1)).hasMessageStartingWith("line 2:").hasMessageContaining("migrate.error.encoding");
        DockerfileParser small = new DockerfileParser(new InputLimits(100, 5, 3));
        assertThatThrownBy(() -> small.parse(new byte[101])).hasMessageContaining("migrate.error.tooLarge");
        assertThatThrownBy(() -> small.parse("FROM a\n\n\n\n\n\n")).hasMessageStartingWith("line 6:");
        assertThatThrownBy(() -> small.parse("FROM a\nRUN a \\\nb \\\nc \\\nd\n")).hasMessageStartingWith("line 2:");
    }
}
