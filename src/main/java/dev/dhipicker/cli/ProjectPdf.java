package dev.dhipicker.cli;

import dev.dhipicker.catalog.CatalogInfo;
import dev.dhipicker.discover.DiscoveryReport;
import dev.dhipicker.discover.ProjectSheetBuilder;
import dev.dhipicker.export.Paper;
import dev.dhipicker.export.ProjectPdfWriter;
import dev.dhipicker.export.SheetExportException;
import dev.dhipicker.export.SheetPdfWriter;
import dev.dhipicker.i18n.Messages;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * {@code discover --pdf FILE}: the project report as a PDF, written atomically. As {@code sheet}
 * does, an existing file is kept unless {@code --force} is given, and the target is checked before
 * the project is read, so a refusal costs nothing.
 */
final class ProjectPdf {
    private final Path output;
    private final boolean force;
    private final Messages m;
    private int pages;

    ProjectPdf(Path output, boolean force, Messages m) {
        this.output = output;
        this.force = force;
        this.m = m;
    }

    /** Fails with one line when the target cannot be written (exists without --force, no folder, not a file). */
    void check() {
        publish(null);
    }

    /** The PDF's bytes; a missing font is one line. */
    byte[] render(DiscoveryReport report, String project, CatalogInfo catalog, LocalDate date, Paper paper) {
        try {
            SheetPdfWriter.Pdf pdf = new ProjectPdfWriter(m).write(
                    new ProjectSheetBuilder(m).build(report, project, catalog, date), paper);
            pages = pdf.pages();
            return pdf.bytes();
        } catch (SheetExportException e) {
            throw new UserException(e.getMessage());
        }
    }

    /** How many pages the rendered PDF has. */
    int pages() {
        return pages;
    }

    void write(byte[] bytes) {
        publish(bytes);
    }

    private void publish(byte[] bytes) {
        PdfOutput.publish(m, output, force, bytes);
    }
}
