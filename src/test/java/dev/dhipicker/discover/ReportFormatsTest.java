package dev.dhipicker.discover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.dhipicker.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormatsTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static DiscoveryReport report;

    @BeforeAll
    static void discover() throws Exception {
        report = Fixtures.discover(Fixtures.EVERY_PLACE);
    }

    static Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("org", null);
        o.put("libc", null);
        o.put("compliance", "none");
        o.put("today", "2026-11-26");
        return o;
    }

    static JsonSchema sarifSchema() throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(
                MAPPER.readTree(Fixtures.ROOT.resolve("sarif/sarif-schema-2.1.0.json").toFile()));
    }

    @Test
    void sarifValidatesAgainstTheOasisSchemaInBothLanguages() throws Exception {
        JsonSchema schema = sarifSchema();
        for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            JsonNode sarif = MAPPER.readTree(SarifReport.write(report, "0.1.0", Messages.forLocale(l)));
            assertThat(schema.validate(sarif)).as(l.toString()).isEmpty();
        }
    }

    @Test
    void theSarifSchemaCatchesABrokenReport() throws Exception {
        JsonNode sarif = MAPPER.readTree(SarifReport.write(report, "0.1.0", Messages.english()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.get("runs").get(0).get("results").get(0))
                .put("level", "fatal");
        assertThat(sarifSchema().validate(sarif)).isNotEmpty();
    }

    @Test
    void sarifHasOneRulePerFindingKindAndEveryResultPointsAtItsRuleAndLine() throws Exception {
        JsonNode run = MAPPER.readTree(SarifReport.write(report, "0.1.0", Messages.english())).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> assertThat(ids.add(r.get("id").asText())).as("rule listed once").isTrue());
        Set<String> used = new HashSet<>();
        for (JsonNode r : run.get("results")) {
            String id = r.get("ruleId").asText();
            used.add(id);
            JsonNode rule = rules.get(r.get("ruleIndex").asInt());
            assertThat(rule.get("id").asText()).isEqualTo(id);
            assertThat(rule.path("shortDescription").path("text").asText()).as(id).isNotBlank()
                    .isNotEqualTo(id).doesNotContain("{0}");
            JsonNode loc = r.get("locations").get(0).get("physicalLocation");
            assertThat(Files.exists(Fixtures.EVERY_PLACE.resolve(loc.get("artifactLocation").get("uri").asText())))
                    .isTrue();
        }
        assertThat(used).isEqualTo(ids).contains(SarifReport.COUNTERPART_RULE, "version-changed", "windows-image",
                "templated-reference");
        long counterparts = report.references().stream().filter(r -> r.replacement() != null
                && (r.status() == Status.COUNTERPART || r.status() == Status.LINE_ENDED)).count();
        long results = 0;
        for (JsonNode r : run.get("results")) {
            if (r.get("ruleId").asText().equals(SarifReport.COUNTERPART_RULE)) {
                results++;
                assertThat(r.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                        .isPositive();
            }
        }
        assertThat(results).isEqualTo(counterparts);
    }

    @Test
    void everyRuleSarifCanNameHasAShortDescriptionInBothLanguages() throws Exception {
        java.util.SortedSet<String> ids = new java.util.TreeSet<>(dev.dhipicker.migrate.Finding.rules());
        ids.addAll(Notice.rules());
        ids.add(SarifReport.COUNTERPART_RULE);
        for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Messages m = Messages.forLocale(l);
            Set<String> texts = new HashSet<>();
            for (String id : ids) {
                String text = m.get(RuleDescriptions.key(id));
                assertThat(text).as(l + " " + id).isNotBlank().doesNotContain("{");
                assertThat(texts.add(text)).as(l + ": " + id + " has the short description of another rule").isTrue();
            }
        }
        JsonNode zh = MAPPER.readTree(SarifReport.write(report, "0.1.0", Messages.forLocale(Locale.SIMPLIFIED_CHINESE)));
        assertThat(zh.get("runs").get(0).get("tool").get("driver").get("rules")).allSatisfy(r ->
                assertThat(r.get("shortDescription").get("text").asText())
                        .isEqualTo(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).get("discover.rule." + r.get("id").asText())));
    }

    @Test
    void jsonFollowsItsDocumentedSchema() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(MAPPER.readTree(Path.of("docs/discover-report.schema.json").toFile()));
        JsonNode json = MAPPER.readTree(JsonReport.write(report, "every-place", options(), Messages.english()));
        assertThat(schema.validate(json)).isEmpty();
        assertThat(json.get("references")).hasSize(report.references().size());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("references").get(0)).put("status", "fine");
        assertThat(schema.validate(json)).isNotEmpty();
        java.util.Map<String, Object> catalog = new java.util.LinkedHashMap<>();
        catalog.put("snapshotDate", "2026-08-22");
        catalog.put("source", "https://github.com/docker-hardened-images/catalog");
        catalog.put("upstreamCommit", null);
        catalog.put("origin", "bundled");
        catalog.put("file", null);
        JsonNode withCatalog = MAPPER.readTree(JsonReport.write(report, "every-place", options(), catalog,
                Messages.english()));
        assertThat(schema.validate(withCatalog)).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) withCatalog.get("catalog")).put("origin", "somewhere");
        assertThat(schema.validate(withCatalog)).isNotEmpty();
    }

    @Test
    void markdownHasASummaryTableAndASectionPerFile() {
        String md = MarkdownReport.write(report, Messages.english());
        assertThat(md).startsWith("## Docker Hardened Images: image references in this project\n");
        long rows = md.lines().filter(l -> l.startsWith("| `")).count();
        assertThat(rows).isEqualTo(report.references().size());
        for (FileReport f : report.files()) {
            assertThat(md).contains("\n### `" + f.path() + "`\n");
        }
        assertThat(md).contains("| `api/Dockerfile` | 2 | FROM | `golang:1.22` | `dhi.io/golang:");
        // every table row has exactly the six columns (no unescaped pipe)
        md.lines().filter(l -> l.startsWith("| `")).forEach(l ->
                assertThat(l.replace("\\|", "").chars().filter(c -> c == '|').count()).as(l).isEqualTo(7));
    }

    @Test
    void markdownEscapesWhatWouldBreakATableOrAddMarkup() {
        assertThat(MarkdownReport.cell("a|b <script> *x*")).isEqualTo("a\\|b \\<script\\> \\*x\\*");
        assertThat(MarkdownReport.code("a`b|c")).isEqualTo("``a`b\\|c``");
    }

    @Test
    void csvHasOneQuotedRowPerReferenceAndDisarmsFormulas() {
        String csv = CsvReport.write(report);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(report.references().size() + 1);
        assertThat(lines.get(0)).startsWith("\"file\",\"line\",\"column\",\"place\"");
        assertThat(csv).contains("\"api/Dockerfile\",\"2\",\"6\",\"dockerfile-from\",\"build\",\"golang:1.22\"");
        assertThat(csv.split("\r\n")).hasSize(lines.size());
        FoundReference evil = new FoundReference("a \"b\".yaml", 1, 1, PlaceKind.COMPOSE_IMAGE, "=HYPERLINK(\"x\")", "-svc",
                false, null, false);
        DiscoveryReport one = new DiscoveryReport(List.of(new FileReport("a \"b\".yaml", FileKind.COMPOSE, List.of(
                new DiscoveredReference(evil, Status.INVALID, null, false, null, null, List.of())), List.of(), List.of(),
                "", null)), List.of(), 1, 1, List.of());
        assertThat(CsvReport.write(one).lines().toList().get(1)).startsWith(
                "\"a \"\"b\"\".yaml\",\"1\",\"1\",\"compose-image\",\"'-svc\",\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void textNamesEveryFileAndReference() {
        String text = TextReport.write(report, Messages.english());
        assertThat(text.lines().findFirst().orElseThrow()).contains(report.references().size() + " image references");
        for (DiscoveredReference r : report.references()) {
            assertThat(text).contains(r.found().line() + ":" + r.found().column());
        }
    }

    @Test
    void chineseReportsUseTheChineseTexts() {
        Messages zh = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(MarkdownReport.write(report, zh)).contains("本项目中的镜像引用", "有 DHI 对应镜像");
        assertThat(TextReport.write(report, zh)).contains("个镜像引用");
    }
}
