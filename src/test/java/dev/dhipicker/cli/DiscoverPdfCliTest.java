package dev.dhipicker.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.dhipicker.cli.CliTest.run;
import static dev.dhipicker.cli.DiscoverCliTest.args;
import static dev.dhipicker.cli.DiscoverCliTest.copy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code discover DIR --pdf FILE}: written atomically beside an unchanged standard output, never over a file without --force. */
class DiscoverPdfCliTest {

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void writesThePdfAndKeepsStandardOutputAsItWas(@TempDir Path tmp) throws Exception {
        Path dir = copy(tmp.resolve("shop"));
        Path pdf = tmp.resolve("report.pdf");
        for (String format : new String[] {"text", "json", "markdown"}) {
            CliTest.Run plain = run(args(dir, "--format", format));
            CliTest.Run with = run(args(dir, "--format", format, "--pdf", pdf.toString(), "--force"));
            assertThat(with.code()).as(with.err()).isEqualTo(plain.code()).isZero();
            assertThat(with.out()).as(format).isEqualTo(plain.out());
            assertThat(with.err()).contains("Wrote " + pdf + ": ").contains("a4");
        }
        JsonText json = new JsonText(run(args(dir, "--format", "json")).json());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, within(0.5f));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Project: shop", "Date: 2026-11-26", "catalog snapshot " + json.snapshot,
                    "Page " + doc.getNumberOfPages() + " of " + doc.getNumberOfPages(), "Compose service cache");
            String flat = text.replaceAll("\\s+", "");
            for (String reference : json.references) {
                assertThat(flat).contains(reference.replaceAll("\\s+", ""));
            }
        }
        assertThat(tmp).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    /** The references and snapshot date of the JSON report. */
    record JsonText(java.util.List<String> references, String snapshot) {
        JsonText(com.fasterxml.jackson.databind.JsonNode json) {
            this(json.get("references").findValuesAsText("reference"), json.get("catalog").get("snapshotDate").asText());
        }
    }

    @Test
    void refusesToReplaceAFileWithoutForceAndReadsNothingThen(@TempDir Path tmp) throws Exception {
        Path dir = copy(tmp.resolve("p"));
        Path pdf = Files.writeString(tmp.resolve("report.pdf"), "keep me");
        CliTest.Run r = run(args(dir, "--pdf", pdf.toString()));
        assertThat(r.code()).isEqualTo(Cli.FAILURE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).doesNotContain("\n").contains(pdf.toString()).contains("--force");
        assertThat(Files.readString(pdf)).isEqualTo("keep me");

        CliTest.Run forced = run(args(dir, "--pdf", pdf.toString(), "--force", "--paper", "letter"));
        assertThat(forced.code()).as(forced.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, within(0.5f));
        }
    }

    @Test
    void badInputIsOneLineAndTheRightExitCode(@TempDir Path tmp) throws Exception {
        Path pdf = tmp.resolve("report.pdf");
        CliTest.Run missing = run(args(tmp.resolve("nope"), "--pdf", pdf.toString()));
        assertThat(missing.code()).isEqualTo(Cli.FAILURE);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("nope").contains("is not a folder");
        assertThat(pdf).doesNotExist();

        Path dir = copy(tmp.resolve("p"));
        CliTest.Run noFolder = run(args(dir, "--pdf", tmp.resolve("no/such/folder/r.pdf").toString()));
        assertThat(noFolder.code()).isEqualTo(Cli.FAILURE);
        assertThat(noFolder.err().strip()).doesNotContain("\n").contains("r.pdf").contains("does not exist");

        CliTest.Run folder = run(args(dir, "--pdf", tmp.toString()));
        assertThat(folder.code()).isEqualTo(Cli.FAILURE);
        assertThat(folder.err().strip()).doesNotContain("\n").contains(tmp.toString());

        CliTest.Run paper = run(args(dir, "--pdf", pdf.toString(), "--paper", "a3"));
        assertThat(paper.code()).isEqualTo(Cli.USAGE);
        assertThat(paper.err()).contains("--paper").contains("a3");
        CliTest.Run empty = run(args(dir, "--pdf", ""));
        assertThat(empty.code()).isEqualTo(Cli.USAGE);
        assertThat(empty.err()).contains("--pdf");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void chineseReportWithTheBundlesWords(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("true".equalsIgnoreCase(System.getenv("CI"))
                || !dev.dhipicker.export.FontLocator.fontconfig().find(":lang=zh-cn").isEmpty(), "no CJK font installed");
        Path pdf = tmp.resolve("报告.pdf");
        CliTest.Run r = run(args(copy(tmp.resolve("p")), "--lang", "zh-CN", "--pdf", pdf.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("已写入");
        assertThat(text(pdf)).contains("Docker Hardened Images：项目报告", "compose 服务 cache", "有 DHI 对应镜像", "第 1 页");
    }
}
