package dev.dhipicker.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.dhipicker.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SheetCliTest {

    @TempDir
    Path dir;

    @Test
    void writesTheSheetOnLetterPaperAndSaysWhere() throws Exception {
        Path pdf = dir.resolve("sheet.pdf");
        CliTest.Run r = run("sheet", "--workload", "python", "--libc", "glibc", "--today", "2026-11-26",
                "-o", pdf.toString(), "--paper", "letter");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote " + pdf).contains("letter");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, within(0.5f));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Date: 2026-11-26", "dhi.io/python:3.14-debian13", "Workload: python");
        }
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path pdf = dir.resolve("sheet.pdf");
        Files.writeString(pdf, "keep me");
        CliTest.Run r = run("sheet", "--workload", "redis", "-o", pdf.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("exists").contains("--force");
        assertThat(Files.readString(pdf)).isEqualTo("keep me");

        CliTest.Run forced = run("sheet", "--workload", "redis", "-o", pdf.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
    }

    @Test
    void noRuntimeStillWritesASheetThatNamesTheUnmetAnswer() throws Exception {
        Path pdf = dir.resolve("fips.pdf");
        CliTest.Run r = run("sheet", "--workload", "node", "--compliance", "fips", "-o", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("No runtime image meets every answer", "Not met", "Compliance: FIPS");
        }
    }

    @Test
    void badPaperIsAUsageErrorAndAMissingFolderAFailure() {
        CliTest.Run paper = run("sheet", "--workload", "python", "-o", dir.resolve("a.pdf").toString(), "--paper", "a3");
        assertThat(paper.code()).isEqualTo(2);
        assertThat(paper.err()).contains("--paper").contains("a4, letter").contains("a3");
        CliTest.Run folder = run("sheet", "--workload", "python", "-o", dir.resolve("no/such/a.pdf").toString());
        assertThat(folder.code()).isEqualTo(1);
        assertThat(folder.err().strip().lines().count()).isEqualTo(1);
        CliTest.Run answer = run("sheet", "--workload", "python", "--libc", "bsd", "-o", dir.resolve("b.pdf").toString());
        assertThat(answer.code()).isEqualTo(2);
    }
}
