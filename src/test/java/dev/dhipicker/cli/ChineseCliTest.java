package dev.dhipicker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dhipicker.testing.ChineseProse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;

import static dev.dhipicker.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code --lang zh-CN}: text output, help and errors in Chinese; JSON keeps English names and values. */
class ChineseCliTest {

    @Test
    void recommendTextIsChinese() {
        CliTest.Run r = run("--lang", "zh-CN", "recommend", "--workload", "python", "--today", "2026-11-26");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("运行时：").contains("dhi.io/python:3.14-debian13")
                .contains("理由：").contains("多阶段构建").contains("目录快照 2026-08-22");
    }

    @Test
    void jsonKeepsEnglishFieldsButTranslatesTexts() throws Exception {
        CliTest.Run r = run("recommend", "--lang", "zh-CN", "--workload", "redis", "--helm", "upstream-chart",
                "--format", "json");
        JsonNode j = r.json();
        assertThat(j.get("answers").get("helm").asText()).isEqualTo("upstream-chart");
        assertThat(j.get("runtime").get("variant").asText()).isEqualTo("runtime");
        assertThat(j.get("explanations").get(0).get("topic").asText()).isEqualTo("workload");
        assertThat(j.get("explanations").get(0).get("text").asText()).contains("应用镜像");
    }

    @Test
    void helpAndErrorsAreChinese() {
        CliTest.Run help = run("recommend", "--help", "--lang=zh-CN");
        assertThat(help.out()).contains("推荐运行时镜像").contains("（默认：balanced）");
        CliTest.Run bad = run("--lang", "zh-CN", "recommend", "--workload", "cobol");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("既不是工作负载预设").contains("cobol").contains("python、node");
        CliTest.Run lang = run("--lang", "fr", "catalog");
        assertThat(lang.code()).isEqualTo(2);
        assertThat(lang.err()).contains("--lang").contains("en, zh-CN");
    }

    @Test
    void explainLabelsAreChinese() {
        CliTest.Run r = run("explain", "--lang", "zh-CN", "FROM dhi.io/node:24-alpine3.22 AS web");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("发行版：").contains("Alpine 3.22").contains("对应镜像：");
    }

    static final List<List<String>> ANSWERS = List.of(
            List.of("--workload", "python", "--libc", "glibc"),
            List.of("--workload", "node", "--libc", "musl", "--size", "smallest"),
            List.of("--workload", "java", "--compliance", "fips", "--org", "acme"),
            List.of("--workload", "go", "--compliance", "stig", "--size", "compatible"),
            List.of("--workload", "redis", "--helm", "upstream-chart"),
            List.of("--workload", "redis", "--helm", "dhi-chart"),
            List.of("--workload", "node", "--compliance", "fips-stig"),
            List.of("--workload", "rust", "--helm", "own-chart"));

    @Test
    void recommendTextNamesNoAnswerValueInEnglish() {
        for (List<String> answers : ANSWERS) {
            List<String> args = new ArrayList<>(List.of("--lang", "zh-CN", "recommend", "--today", "2026-11-26"));
            args.addAll(answers);
            CliTest.Run r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(answers.toString()).isZero();
            assertThat(ChineseProse.englishValues(r.out())).as(answers + "\n" + r.out()).isEmpty();
            assertThat(ChineseProse.punctuationProblems(r.out())).as(answers.toString()).isEmpty();
        }
        CliTest.Run go = run("--lang", "zh-CN", "recommend", "--workload", "go", "--today", "2026-11-26");
        assertThat(go.out()).contains("Debian 13，glibc").doesNotContain("debian 13");
    }

    @Test
    void explainNamesDistroLibcAndVariantInChinese() {
        CliTest.Run r = run("--lang", "zh-CN", "explain", "FROM dhi.io/node:24-alpine3.22 AS web",
                "dhi.io/python:3.13-debian13-dev", "dhi.io/static:20250419-debian13", "dhi.io/python:3.13");
        assertThat(r.code()).isZero();
        assertThat(ChineseProse.englishValues(r.out())).as(r.out()).isEmpty();
        assertThat(ChineseProse.punctuationProblems(r.out())).isEmpty();
        assertThat(r.out()).contains("变体：           开发").contains("变体：           运行时")
                .contains("C 库：           无 C 库").contains("Shell：").doesNotContain("shell：");
    }

    @Test
    void helpHeadingsAreChinese() {
        for (String[] args : List.of(new String[]{"--lang", "zh-CN", "--help"},
                new String[]{"--lang", "zh-CN", "recommend", "--help"}, new String[]{"--lang", "zh-CN", "sheet", "--help"})) {
            CliTest.Run r = run(args);
            assertThat(r.out()).as(String.join(" ", args)).startsWith("用法：dhi-picker").doesNotContain("Usage:");
        }
        CliTest.Run root = run("--lang", "zh-CN", "--help");
        assertThat(root.out()).contains("\n命令：\n").doesNotContain("Commands:");
        assertThat(run("--lang", "en", "--help").out()).startsWith("Usage: dhi-picker").contains("Commands:");
        CliTest.Run format = run("--lang", "zh-CN", "catalog", "--help");
        assertThat(format.out()).contains("text 或 json").doesNotContain("text, json");
    }

    @Test
    void chinesePdfSheetHasChineseValuesAndNoLineStartingWithClosingPunctuation(@TempDir Path dir) throws Exception {
        for (List<String> answers : ANSWERS) {
            Path pdf = dir.resolve(answers.get(1) + answers.size() + ".pdf");
            List<String> args = new ArrayList<>(List.of("--lang", "zh-CN", "sheet", "--today", "2026-11-26", "-o",
                    pdf.toString(), "--force"));
            args.addAll(answers);
            CliTest.Run r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(r.err()).isZero();
            String text;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(doc);
            }
            assertThat(text).contains("对比表").contains("C 库：").doesNotContain("C 库: ");
            assertThat(ChineseProse.englishValues(text)).as(answers.toString()).isEmpty();
            for (String line : text.split("\\R")) {
                String l = line.strip();
                assertThat(l.isEmpty() || "，。、；：？！）”’》」』】〕…".indexOf(l.charAt(0)) < 0)
                        .as(answers + " line: " + line).isTrue();
            }
        }
    }
}
