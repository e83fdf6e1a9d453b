package dev.dhipicker.export;

import dev.dhipicker.catalog.CatalogLoader;
import dev.dhipicker.catalog.TextCatalog;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.SizePriority;
import dev.dhipicker.testing.ChineseProse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese output assembled from values (the Dockerfile comments, the comparison sheet) names
 * every answer value, distro, C library and variant in Chinese, with full-width punctuation, and
 * its lines never start with closing punctuation.
 */
class ChineseAssembledOutputTest {

    /** Chinese closing punctuation (a half-width "." may start code such as .mvn/ or a build context). */
    static final String FULL_WIDTH_CLOSING = "，。、；：？！）”’》」』】〕…";

    static List<DockerfileTemplatesTest.Case> cases() {
        return DockerfileTemplatesTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dockerfileCommentsNameNoValueInEnglish(DockerfileTemplatesTest.Case c) throws Exception {
        String zh = DockerfileChineseTest.chinese().render(ExportFixture.recommend(c.answers()), c.options());
        String comments = String.join("\n", zh.lines().filter(l -> l.startsWith("#") && !l.startsWith("# syntax=")).toList());
        assertThat(ChineseProse.englishValues(comments)).as(zh).isEmpty();
        assertThat(ChineseProse.punctuationProblems(comments)).as(zh).isEmpty();
        for (String line : comments.split("\n")) {
            String body = line.replaceFirst("^#\\s*", "");
            assertThat(body.isEmpty() || FULL_WIDTH_CLOSING.indexOf(body.charAt(0)) < 0).as("line start: " + line).isTrue();
        }
    }

    @Test
    void dockerfileHeaderListsTheAnswersInChinese() throws Exception {
        String zh = DockerfileChineseTest.chinese().render(ExportFixture.recommend(Answers.defaults("go")),
                DockerfileOptions.defaults());
        String header = zh.lines().filter(l -> l.startsWith("#")).map(l -> l.replaceFirst("^#\\s*", ""))
                .reduce("", String::concat).replace(" ", "");
        assertThat(header).contains("版本：仍受支持的最新版本；C库：不确定；镜像体积：均衡；合规：无；Helm：不使用。")
                .contains("，Debian13，无C库，").contains("构建镜像：");
        String fips = DockerfileChineseTest.chinese().render(ExportFixture.recommend(Answers.defaults("python")
                .withCompliance(ComplianceNeed.FIPS_STIG).withLibc(LibcNeed.MUSL).withSize(SizePriority.SMALLEST)
                .withHelm(HelmUse.OWN_CHART)), DockerfileOptions.defaults());
        String fipsHeader = fips.lines().filter(l -> l.startsWith("#")).map(l -> l.replaceFirst("^#\\s*", ""))
                .reduce("", String::concat).replace(" ", "");
        assertThat(fipsHeader).contains("C库：musl即可；镜像体积：体积最小；合规：FIPS140+STIG；Helm：自己的Helm图表。")
                .contains("同步（mirror）到您在").doesNotContain("镜像到")
                .contains("未满足：“C库”这一回答").contains("未满足：“合规”这一回答").doesNotContain("compliance");
    }

    static ComparisonSheet chineseSheet(Answers answers) throws Exception {
        TextCatalog zhTexts = new CatalogLoader().loadTexts("zh-CN");
        return new SheetBuilder(SheetFixture.CATALOG, zhTexts, DockerfileChineseTest.ZH)
                .build(SheetFixture.recommend(answers), SheetFixture.TODAY);
    }

    @Test
    void sheetNamesNoValueInEnglish() throws Exception {
        List<Answers> all = List.of(Answers.defaults("python"),
                Answers.defaults("go").withCompliance(ComplianceNeed.FIPS),
                Answers.defaults("node").withLibc(LibcNeed.MUSL).withSize(SizePriority.SMALLEST),
                Answers.defaults("node").withCompliance(ComplianceNeed.FIPS),
                Answers.defaults("redis").withHelm(HelmUse.DHI_CHART),
                Answers.defaults("java").withCompliance(ComplianceNeed.STIG).withSize(SizePriority.COMPATIBLE));
        for (Answers a : all) {
            ComparisonSheet s = chineseSheet(a);
            String text = String.join("\n", s.allText());
            assertThat(ChineseProse.englishValues(text)).as(a.toString()).isEmpty();
            assertThat(ChineseProse.punctuationProblems(text)).as(a.toString()).isEmpty();
        }
        ComparisonSheet python = chineseSheet(Answers.defaults("python"));
        assertThat(python.answers()).extracting(ComparisonSheet.Field::value).contains("不确定", "均衡", "无", "不使用");
        assertThat(SheetBuilderTest.cell(python, 0, "distro")).isEqualTo("Debian 13，glibc");
        assertThat(SheetBuilderTest.cell(python, 1, "variant")).startsWith("开发（dev）");
        ComparisonSheet go = chineseSheet(Answers.defaults("go"));
        assertThat(SheetBuilderTest.cell(go, 0, "distro")).isEqualTo("Debian 13，无 C 库");
    }

    @Test
    void chineseTextNeverStartsALineWithClosingPunctuation() {
        TextMeasure measure = SheetFixture.monospace();
        String text = "是（同步到您组织的仓库，需 DHI Select/Enterprise 订阅），标签按命名规则推断：请在同步到您组织的仓库中确认。"
                + "运行时镜像不含 shell、包管理器和调试工具（攻击面最小）。";
        for (float width = 30; width <= 200; width += 3) {
            List<String> lines = TextWrap.wrap(text, width, TextMeasure.Style.BODY, measure);
            for (String l : lines.subList(1, lines.size())) {
                assertThat(l).as("width " + width).isNotEmpty();
                assertThat(TextWrap.CLOSING.indexOf(l.charAt(0))).as("width " + width + ": " + l).isNegative();
            }
            for (String l : lines.subList(0, lines.size() - 1)) {
                assertThat(TextWrap.OPENING.indexOf(l.charAt(l.length() - 1))).as("width " + width + ": " + l).isNegative();
            }
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        }
        // Chinese fills the line instead of leaving the rest of it empty
        List<String> lines = TextWrap.wrap("这是一个很长的中文句子，没有空格，但可以在任意两个汉字之间换行。", 60,
                TextMeasure.Style.BODY, measure);
        assertThat(lines.get(0).length()).isGreaterThan(5);
    }
}
