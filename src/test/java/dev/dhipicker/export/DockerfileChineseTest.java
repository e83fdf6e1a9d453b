package dev.dhipicker.export;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Dockerfile with Simplified Chinese comments: every case of {@link DockerfileTemplatesTest}
 * renders with Chinese comments, exactly the instructions of the English file (which the structural
 * checks cover), comment lines wrapped at 100 columns, and no dockerfile-utils diagnostic.
 */
class DockerfileChineseTest {

    static final Messages ZH = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    static DockerfileWriter chinese() {
        return new DockerfileWriter(ZH, ExportFixture.CATALOG);
    }

    static List<DockerfileTemplatesTest.Case> cases() {
        return DockerfileTemplatesTest.cases();
    }

    private static List<String> instructions(String text) {
        return text.lines().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void chineseCommentsSameInstructions(DockerfileTemplatesTest.Case c) throws Exception {
        Recommendation r = ExportFixture.recommend(c.answers());
        String zh = chinese().render(r, c.options());
        String en = ExportFixture.writer().render(r, c.options());

        assertThat(zh).startsWith("# syntax=docker/dockerfile:1\n");
        assertThat(instructions(zh)).as("only the comments are translated").isEqualTo(instructions(en));
        List<String> comments = zh.lines().filter(l -> l.startsWith("#")).toList();
        assertThat(comments.stream().filter(l -> HAN.matcher(l).find()).count())
                .as("most comments are in Chinese").isGreaterThan(comments.size() / 2);
        assertThat(zh).contains("运行时镜像");
        if (!r.application()) {
            assertThat(zh).contains("构建镜像").contains("构建阶段");
        }

        ParsedDockerfile df = ParsedDockerfile.parse(zh);
        assertThat(df.stages()).hasSize(r.application() ? 1 : 2);
        assertThat(df.finalStage().all("RUN")).isEmpty();
        assertThat(df.finalStage().from()).isEqualTo(ParsedDockerfile.parse(en).finalStage().from());
        for (String line : comments) {
            boolean oneToken = line.startsWith("#   ") && !line.substring(4).contains(" ");
            if (!oneToken && !line.startsWith("# syntax=")) {
                assertThat(DockerfileText.columns(line)).as("wrapped: " + line).isLessThanOrEqualTo(100);
            }
        }
    }

    @Test
    void chineseIsWrappedBetweenCharactersButNotBeforePunctuation() {
        DockerfileText out = new DockerfileText(ZH);
        String text = "构建阶段：开发镜像带 shell 和包管理器，以 root 运行。".repeat(8);
        out.commentText(text);
        List<String> lines = out.text().lines().toList();
        assertThat(lines).hasSizeGreaterThan(2);
        for (String l : lines) {
            assertThat(DockerfileText.columns(l)).isLessThanOrEqualTo(100);
        }
        for (String l : lines.subList(1, lines.size())) {
            assertThat(l).startsWith("#   ").doesNotStartWith("#   ，").doesNotStartWith("#   。")
                    .doesNotStartWith("#   ：");
        }
        String joined = String.join("", lines.stream().map(l -> l.replaceFirst("^#\\s+", "")).toList());
        assertThat(joined.replace(" ", "")).isEqualTo(text.replace(" ", ""));
        assertThat(DockerfileText.breakable("dhi.io/python:3.14-debian13）")).containsExactly("dhi.io/python:3.14-debian13）");
        assertThat(DockerfileText.breakable("English")).containsExactly("English");
    }

    @Test
    void everyChineseDockerfilePassesTheDockerfileUtilsValidator(@TempDir Path dir) throws Exception {
        NodeValidator.requireAvailable();
        Map<Path, String> files = new LinkedHashMap<>();
        int n = 0;
        for (DockerfileTemplatesTest.Case c : cases()) {
            Path f = dir.resolve(String.format("%02d-%s.zh.Dockerfile", n++, c.name().replaceAll("[^a-z0-9]+", "-")));
            Files.writeString(f, chinese().render(ExportFixture.recommend(c.answers()), c.options()));
            files.put(f.toAbsolutePath(), c.name());
        }
        assertThat(NodeValidator.problems(files)).as("dockerfile-utils diagnostics (errors and warnings)").isEmpty();
    }

    @Test
    void errorsAreInChineseToo() {
        Recommendation r = ExportFixture.recommend(dev.dhipicker.recommend.Answers.defaults("python"));
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(DockerfileException.class,
                () -> chinese().render(r, new DockerfileOptions("app.py;rm", false))).getMessage())
                .startsWith("拒绝写入 Dockerfile：入口“");
    }
}
