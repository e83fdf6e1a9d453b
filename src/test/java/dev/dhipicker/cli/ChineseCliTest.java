package dev.dhipicker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

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
        assertThat(bad.err()).contains("既不是工作负载配置").contains("cobol");
        CliTest.Run lang = run("--lang", "fr", "catalog");
        assertThat(lang.code()).isEqualTo(2);
        assertThat(lang.err()).contains("--lang").contains("en, zh-CN");
    }

    @Test
    void explainLabelsAreChinese() {
        CliTest.Run r = run("explain", "--lang", "zh-CN", "FROM dhi.io/node:24-alpine3.22 AS web");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("发行版：").contains("alpine 3.22").contains("对应镜像：");
    }
}
