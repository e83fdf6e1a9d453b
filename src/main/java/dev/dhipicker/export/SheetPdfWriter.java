package dev.dhipicker.export;

import dev.dhipicker.i18n.Messages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Function;
import java.time.LocalDate;

/**
 * Writes a {@link ComparisonSheet} as a PDF with Apache PDFBox: the pages of {@link SheetLayout},
 * drawn with embedded subset fonts so the text can be selected and searched. The result is
 * returned as bytes; callers write it atomically ({@code AtomicFiles}).
 */
public final class SheetPdfWriter {

    /**
     * A rendered PDF.
     *
     * @param bytes the file content
     * @param pages number of pages
     */
    public record Pdf(byte[] bytes, int pages) {
    }

    private final Messages messages;
    private final Locale fontLocale;
    private final FontLocator fonts;

    /** A writer whose fonts follow the interface language, found through fontconfig where needed. */
    public SheetPdfWriter(Messages messages) {
        this(messages, messages.locale(), FontLocator.fontconfig());
    }

    /**
     * @param messages   interface strings (page numbers, captions, errors)
     * @param fontLocale the language whose script the fonts must cover
     * @param fonts      where to look for system fonts (CJK)
     */
    public SheetPdfWriter(Messages messages, Locale fontLocale, FontLocator fonts) {
        this.messages = messages;
        this.fontLocale = fontLocale;
        this.fonts = fonts;
    }

    /**
     * Renders the sheet on the given paper.
     *
     * @throws SheetExportException when a font is missing or the PDF cannot be produced
     */
    public Pdf write(ComparisonSheet sheet, Paper paper) throws SheetExportException {
        return render(sheet.title(), sheet.date(), sheet.allText(),
                measure -> new SheetLayout(measure, messages).layout(sheet, paper.width(), paper.height()));
    }

    /**
     * Renders pages laid out by {@code layout} with this writer's fonts: the one drawing code of
     * the comparison sheet and the project report.
     *
     * @param title   the document title
     * @param date    the document's creation date
     * @param allText every text that will be drawn (each character must have a glyph)
     * @param layout  lays the pages out with the measure of the embedded fonts
     */
    Pdf render(String title, LocalDate date, List<String> allText,
               Function<TextMeasure, List<SheetPage>> layout) throws SheetExportException {
        try (PDDocument doc = new PDDocument(); PdfFonts f = PdfFonts.load(doc, fontLocale, fonts, messages)) {
            TextMeasure measure = new TextMeasure() {
                @Override
                public float width(String text, TextMeasure.Style style) {
                    return SheetPdfWriter.width(f, text, style);
                }

                @Override
                public boolean canDisplay(String text) {
                    try {
                        f.font(TextMeasure.Style.BODY).encode(text);
                        f.font(TextMeasure.Style.BOLD).encode(text);
                        return true;
                    } catch (IllegalArgumentException | IOException e) {
                        return false;
                    }
                }
            };
            for (String s : allText) {
                for (String line : s.split("\n")) {
                    measure.width(line, TextMeasure.Style.BODY); // every character needs a glyph
                }
            }
            List<SheetPage> pages = layout.apply(measure);
            for (SheetPage page : pages) {
                draw(doc, f, page);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("DHI Picker");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            created.clear();
            created.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
            info.setCreationDate(created);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new Pdf(out.toByteArray(), pages.size());
        } catch (MissingGlyphException e) {
            if (e.control) {
                // no font draws a control character: the text is wrong, not the fonts
                throw new SheetExportException(messages.get("sheet.pdf.controlCharacter", e.getMessage()), e);
            }
            throw new SheetExportException(messages.get("sheet.font.missing", e.getMessage()), e);
        } catch (IOException e) {
            throw new SheetExportException(messages.get("sheet.pdf.failed", String.valueOf(e.getMessage())), e);
        }
    }

    private static float width(PdfFonts f, String text, TextMeasure.Style style) {
        try {
            return f.font(style).getStringWidth(text) / 1000f * style.size();
        } catch (IllegalArgumentException | IOException e) {
            throw new MissingGlyphException(describe(text, f, style), firstUnencodable(text, f, style));
        }
    }

    private static boolean firstUnencodable(String text, PdfFonts f, TextMeasure.Style style) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int cp = text.codePointAt(i);
            try {
                f.font(style).encode(new String(Character.toChars(cp)));
            } catch (IllegalArgumentException | IOException e) {
                return Character.isISOControl(cp);
            }
        }
        return false;
    }

    /** Names the first character the font has no glyph for: its script and code point. */
    private static String describe(String text, PdfFonts f, TextMeasure.Style style) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int cp = text.codePointAt(i);
            try {
                f.font(style).encode(new String(Character.toChars(cp)));
            } catch (IllegalArgumentException | IOException e) {
                return Character.UnicodeScript.of(cp) + String.format(Locale.ROOT, " (U+%04X)", cp);
            }
        }
        return text;
    }

    private static void draw(PDDocument doc, PdfFonts f, SheetPage page) throws IOException {
        PDPage p = new PDPage(new PDRectangle(page.width(), page.height()));
        doc.addPage(p);
        float h = page.height();
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
            cs.setLineWidth(0.5f);
            cs.setStrokingColor(0.55f);
            for (SheetPage.Item item : page.items()) {
                if (item instanceof SheetPage.Shade s) {
                    cs.setNonStrokingColor(0.9f);
                    cs.addRect(s.x(), h - s.y() - s.height(), s.width(), s.height());
                    cs.fill();
                }
            }
            for (SheetPage.Item item : page.items()) {
                if (item instanceof SheetPage.Rule r) {
                    cs.moveTo(r.x1(), h - r.y1());
                    cs.lineTo(r.x2(), h - r.y2());
                    cs.stroke();
                }
            }
            cs.setNonStrokingColor(0f);
            for (SheetPage.Item item : page.items()) {
                if (item instanceof SheetPage.Text t) {
                    cs.beginText();
                    cs.setFont(f.font(t.style()), t.style().size());
                    cs.newLineAtOffset(t.x(), h - t.baseline());
                    cs.showText(t.text());
                    cs.endText();
                }
            }
        }
    }

    /** A character without a glyph in the chosen font; the message names it. */
    private static final class MissingGlyphException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final boolean control;

        MissingGlyphException(String what, boolean control) {
            super(what);
            this.control = control;
        }
    }
}
