package dev.dhipicker.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Chinese bundle and the Chinese explanation texts use the terms of docs/terminology.zh-CN.md
 * (Docker's own Chinese terms where it has one): one term per concept, and never the forms the
 * table forbids. Each text is checked together with its English original, so that a concept is
 * recognised by what the English says.
 */
class TerminologyZhTest {

    static final Path TABLE = Path.of("docs/terminology.zh-CN.md");

    /** Every Chinese text with its English original, by "bundle:key" or "explanations:key". */
    static final Map<String, String[]> TEXTS = new TreeMap<>();

    @BeforeAll
    static void load() throws IOException {
        Properties en = MessagesTest.load("messages.properties");
        Properties zh = MessagesTest.load("messages_zh_CN.properties");
        for (String key : zh.stringPropertyNames()) {
            TEXTS.put("bundle:" + key, new String[]{en.getProperty(key, ""), zh.getProperty(key)});
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode enTexts = json.readTree(Path.of("catalog-data/explanations.en.json").toFile()).get("texts");
        JsonNode zhTexts = json.readTree(Path.of("catalog-data/explanations.zh-CN.json").toFile()).get("texts");
        for (Iterator<Map.Entry<String, JsonNode>> it = zhTexts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode english = enTexts.get(e.getKey());
            TEXTS.put("explanations:" + e.getKey(), new String[]{english == null ? "" : english.get("text").asText(),
                    e.getValue().get("text").asText()});
        }
        assertThat(TEXTS).hasSizeGreaterThan(400);
    }

    /** The keys whose Chinese text matches a pattern. */
    private static List<String> chineseMatching(Pattern p) {
        List<String> hits = new ArrayList<>();
        TEXTS.forEach((key, t) -> {
            if (p.matcher(t[1]).find()) {
                hits.add(key + " = " + t[1]);
            }
        });
        return hits;
    }

    /** The keys whose English text matches {@code english} but whose Chinese text does not match {@code chinese}. */
    private static List<String> conceptNotNamed(Pattern english, Pattern chinese) {
        List<String> misses = new ArrayList<>();
        TEXTS.forEach((key, t) -> {
            if (english.matcher(t[0]).find() && !chinese.matcher(t[1]).find()) {
                misses.add(key + " = " + t[1]);
            }
        });
        return misses;
    }

    @Test
    void mirrorIsNeverWrittenAsTheWordForImage() {
        assertThat(chineseMatching(Pattern.compile("镜像到|镜像的仓库|您镜像|镜像仓库所属|镜像同步|镜像后")))
                .as("镜像 in the sense of mirror").isEmpty();
        assertThat(conceptNotNamed(Pattern.compile("(?i)\\bmirror"), Pattern.compile("同步")))
                .as("English says mirror, Chinese must say 同步").isEmpty();
    }

    @Test
    void helmChartIsHelmTubiaoAndNeverABareChart() {
        // "chart" inside code stays (own-chart, redis-chart, chart/<name>/helm/...)
        assertThat(chineseMatching(Pattern.compile("(?i)(?<![-\\w/{])chart(?![-\\w/}])"))).as("bare chart").isEmpty();
        assertThat(conceptNotNamed(Pattern.compile("(?i)(?<![-\\w/])charts?(?![-\\w/])"), Pattern.compile("图表")))
                .as("English says chart, Chinese must say 图表").isEmpty();
    }

    @Test
    void versionLineAndFlavorHaveOneTermEach() {
        assertThat(chineseMatching(Pattern.compile("版本系列|版本线路"))).as("version line is 版本线").isEmpty();
        assertThat(conceptNotNamed(Pattern.compile("(?i)\\b(version )?lines?\\b(?! break)"), Pattern.compile("版本线|版本|行")))
                .as("English says line").isEmpty();
        assertThat(chineseMatching(Pattern.compile("变种"))).as("flavor is 风味").isEmpty();
        assertThat(conceptNotNamed(Pattern.compile("(?i)\\bflavou?rs?\\b"), Pattern.compile("风味|flavor")))
                .as("English says flavor").isEmpty();
    }

    @Test
    void endOfLifeHasOneTerm() {
        assertThat(chineseMatching(Pattern.compile("生命周期终点"))).isEmpty();
        assertThat(conceptNotNamed(Pattern.compile("(?i)end of life|end-of-life"), Pattern.compile("生命周期")))
                .isEmpty();
    }

    @Test
    void theBuildImageIsNotCalledTheDevImage() {
        assertThat(conceptNotNamed(Pattern.compile("(?i)build (image|reference)|<build>"), Pattern.compile("构建镜像")))
                .as("English says build image").isEmpty();
        List<String> devForBuild = new ArrayList<>();
        TEXTS.forEach((key, t) -> {
            if (Pattern.compile("(?i)build (image|reference)|<build>").matcher(t[0]).find() && t[1].contains("开发镜像")
                    && !t[0].toLowerCase().contains("dev")) {
                devForBuild.add(key + " = " + t[1]);
            }
        });
        assertThat(devForBuild).as("开发镜像 where the English means the build image").isEmpty();
        assertThat(chineseMatching(Pattern.compile("SDK[^。；]{0,6}开发镜像|开发镜像[^。；]{0,6}SDK")))
                .as("an SDK image is not a dev variant").isEmpty();
    }

    @Test
    void aProfileIsAPresetNeverAConfiguration() {
        assertThat(chineseMatching(Pattern.compile("(语言|工作负载)配置"))).isEmpty();
        assertThat(conceptNotNamed(Pattern.compile("(?i)(workload|language) profile"), Pattern.compile("预设")))
                .isEmpty();
    }

    @Test
    void theCatalogFileIsNotCalledAFolder() {
        assertThat(chineseMatching(Pattern.compile("目录文件|目录的检出"))).isEmpty();
    }

    @Test
    void chineseSentencesUseFullWidthPunctuation() {
        // JavaFX mnemonics such as 文件(_F) are the platform's convention and stay half-width
        Pattern half = Pattern.compile("\\p{IsHan} ?[,;:!?()]|[,;:!?()] ?\\p{IsHan}");
        List<String> hits = new ArrayList<>();
        TEXTS.forEach((key, t) -> {
            String text = t[1].replaceAll("\\(_[A-Za-z0-9]\\)", "");
            if (half.matcher(text).find()) {
                hits.add(key + " = " + t[1]);
            }
        });
        assertThat(hits).isEmpty();
    }

    @Test
    void noSpaceBetweenTwoChineseCharacters() {
        assertThat(chineseMatching(Pattern.compile("[\\p{IsHan}，。：；、（）] +[\\p{IsHan}，。：；、（）]"))).isEmpty();
    }

    @Test
    void theTableNamesEveryTermThisTestEnforces() throws IOException {
        String table = Files.readString(TABLE);
        assertThat(table).contains("| Helm chart | Helm 图表 | Helm 图表 |")
                .contains("同步（mirror）到您组织的仓库")
                .contains("| build image").contains("构建镜像")
                .contains("生命周期结束").contains("生命周期终点")
                .contains("预设").contains("| image | 镜像 | 镜像 |");
    }

    @Test
    void theScansFindWhatTheyLookFor() {
        // the patterns are not vacuous: each recognises the mistake it is there for
        assertThat(Pattern.compile("(?i)(?<![-\\w/{])chart(?![-\\w/}])").matcher("DHI chart（Docker 官方）").find()).isTrue();
        assertThat(Pattern.compile("(?i)(?<![-\\w/{])chart(?![-\\w/}])").matcher("none、own-chart 或 dhi-chart").find()).isFalse();
        assertThat(Pattern.compile("\\p{IsHan} ?[,;:!?()]|[,;:!?()] ?\\p{IsHan}").matcher("目录文件 (*.json)").find()).isTrue();
        assertThat(Pattern.compile("镜像到|镜像的仓库|您镜像").matcher("从您镜像的仓库拉取").find()).isTrue();
    }
}
