package dev.dhipicker.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SheetPdfWriterTest {

    static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void extractedTextHasEveryReferenceRowHeaderAndTheSnapshotDate() throws Exception {
        ComparisonSheet s = SheetFixture.sixColumns();
        SheetPdfWriter.Pdf pdf = new SheetPdfWriter(SheetFixture.MESSAGES).write(s, Paper.A4);
        String text = text(pdf.bytes());
        String flat = squeeze(text); // a long reference may wrap inside its cell
        for (ComparisonSheet.Column c : s.columns()) {
            assertThat(flat).contains(squeeze(c.reference()));
        }
        for (String row : s.rowHeaders()) {
            assertThat(text).contains(row);
        }
        assertThat(text).contains("2026-08-22").contains("Docker Hardened Image comparison sheet");
    }

    @Test
    void sixColumnsSpanPagesAndEveryCellSurvives() throws Exception {
        ComparisonSheet s = SheetFixture.sixColumns();
        SheetPdfWriter.Pdf pdf = new SheetPdfWriter(SheetFixture.MESSAGES).write(s, Paper.A4);
        assertThat(pdf.pages()).isGreaterThanOrEqualTo(2);
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pdf.pages());
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            String page1 = first.getText(doc);
            assertThat(page1).contains("Runtime (recommended)").doesNotContain("Alternative 4");
            String flat = squeeze(new PDFTextStripper().getText(doc));
            for (ComparisonSheet.Column c : s.columns()) {
                for (String cell : c.cells()) {
                    assertThat(flat).contains(squeeze(cell));
                }
            }
            assertThat(flat).contains("Page1of" + pdf.pages(), "Page" + pdf.pages() + "of" + pdf.pages());
        }
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void pageSizeMatchesThePaper(Paper paper) throws Exception {
        SheetPdfWriter.Pdf pdf = new SheetPdfWriter(SheetFixture.MESSAGES).write(SheetFixture.sixColumns(), paper);
        float w = paper == Paper.A4 ? 595.28f : 612f;
        float h = paper == Paper.A4 ? 841.89f : 792f;
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            for (PDPage p : doc.getPages()) {
                assertThat(p.getMediaBox().getWidth()).isCloseTo(w, within(0.5f));
                assertThat(p.getMediaBox().getHeight()).isCloseTo(h, within(0.5f));
            }
        }
    }

    @Test
    void fontsAreEmbeddedSoTheTextIsSearchable() throws Exception {
        SheetPdfWriter.Pdf pdf = new SheetPdfWriter(SheetFixture.MESSAGES).write(SheetFixture.sixColumns(), Paper.A4);
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            List<String> fonts = new ArrayList<>();
            PDPage p = doc.getPage(0);
            for (var name : p.getResources().getFontNames()) {
                PDFont f = p.getResources().getFont(name);
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                fonts.add(f.getName());
            }
            assertThat(fonts).anyMatch(n -> n.contains("DejaVuSans"));
        }
    }

    @Test
    void chineseTextIsEmbeddedWithACjkFontFromFontconfig() throws Exception {
        List<FontLocator.FontFile> cjk = FontLocator.fontconfig().find(":lang=zh-cn");
        Assumptions.assumeTrue(CI || !cjk.isEmpty(), "no CJK font installed (CI installs fonts-wqy-zenhei)");
        ComparisonSheet s = new ComparisonSheet("镜像对比表", SheetFixture.TODAY, List.of("目录快照 2026-08-22"),
                List.of(new ComparisonSheet.Field("工作负载", "python")), List.of("引用", "发行版"),
                List.of(new ComparisonSheet.Column("运行时（推荐）", "dhi.io/python:3.14-debian13",
                        List.of("dhi.io/python:3.14-debian13", "Debian 13, glibc"))),
                List.of(new ComparisonSheet.Section("警告", List.of("请在 Docker Hub 中确认"))));
        SheetPdfWriter.Pdf pdf = new SheetPdfWriter(SheetFixture.MESSAGES, Locale.SIMPLIFIED_CHINESE,
                FontLocator.fontconfig()).write(s, Paper.A4);
        String text = text(pdf.bytes());
        assertThat(text).contains("镜像对比表", "目录快照", "工作负载", "运行时（推荐）", "请在 Docker Hub 中确认",
                "dhi.io/python:3.14-debian13");
    }

    @Test
    void withoutACjkFontAChineseSheetFailsWithAMessageNamingTheMissingFont() {
        SheetPdfWriter writer = new SheetPdfWriter(SheetFixture.MESSAGES, Locale.SIMPLIFIED_CHINESE, pattern -> List.of());
        assertThatThrownBy(() -> writer.write(SheetFixture.sixColumns(), Paper.A4))
                .isInstanceOf(SheetExportException.class)
                .hasMessageContaining("No installed font covers Chinese")
                .hasMessageContaining("fonts-wqy-zenhei");
    }

    @Test
    void aCharacterTheFontLacksIsReportedInsteadOfPrintedAsABox() {
        ComparisonSheet s = SheetFixture.handMade(List.of("Row"),
                List.of(new ComparisonSheet.Column("Column", "ref", List.of("中文"))));
        assertThatThrownBy(() -> new SheetPdfWriter(SheetFixture.MESSAGES).write(s, Paper.A4))
                .isInstanceOf(SheetExportException.class)
                .hasMessageContaining("HAN (U+4E2D)");
    }
}
