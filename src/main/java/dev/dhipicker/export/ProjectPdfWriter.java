package dev.dhipicker.export;

import dev.dhipicker.i18n.Messages;

import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link ProjectSheet} as a PDF: the pages of {@link ProjectLayout}, drawn by the
 * comparison sheet's writer with the same embedded fonts (DejaVu Sans, or a CJK font from
 * fontconfig for Chinese), so a missing glyph fails with the sheet's message instead of printing
 * boxes. The result is returned as bytes; callers write it atomically ({@code AtomicFiles}).
 */
public final class ProjectPdfWriter {
    private final Messages messages;
    private final SheetPdfWriter writer;

    /** A writer whose fonts follow the interface language, found through fontconfig where needed. */
    public ProjectPdfWriter(Messages messages) {
        this(messages, messages.locale(), FontLocator.fontconfig());
    }

    /**
     * @param messages   interface strings (page numbers, the continuation mark, errors)
     * @param fontLocale the language whose script the fonts must cover
     * @param fonts      where to look for system fonts (CJK)
     */
    public ProjectPdfWriter(Messages messages, Locale fontLocale, FontLocator fonts) {
        this.messages = messages;
        this.writer = new SheetPdfWriter(messages, fontLocale, fonts);
    }

    /**
     * Renders the report on the given paper.
     *
     * @throws SheetExportException when a font is missing or the PDF cannot be produced
     */
    public SheetPdfWriter.Pdf write(ProjectSheet sheet, Paper paper) throws SheetExportException {
        return writer.render(sheet.title(), sheet.date(), sheet.allText(), measure -> {
            List<ProjectLayout.Placed> placed = new ProjectLayout(measure, messages).layout(sheet, paper.width(),
                    paper.height());
            return placed.stream().map(ProjectLayout.Placed::page).toList();
        });
    }
}
