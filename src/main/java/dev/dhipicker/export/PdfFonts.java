package dev.dhipicker.export;

import dev.dhipicker.i18n.Messages;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The embedded (subset) TrueType fonts of a sheet PDF, so its text is selectable and searchable.
 * Latin-script interfaces use the bundled DejaVu Sans (regular and bold; licence beside the font
 * files). A Chinese interface needs CJK glyphs: the first font fontconfig finds for
 * {@code :lang=zh-cn} that PDFBox can embed is used (TrueType outlines, also inside a
 * {@code .ttc}; CFF-based OpenType such as Noto Sans CJK cannot be embedded by PDFBox as a Type 0
 * font and is skipped). Without one, loading fails with a message naming what is missing.
 */
public final class PdfFonts implements Closeable {
    private static final String BUNDLED = "/dev/dhipicker/export/fonts/";
    /** Class-path resource of the bundled regular font (also used by the JavaFX printer). */
    public static final String REGULAR_RESOURCE = BUNDLED + "DejaVuSans.ttf";
    /** Class-path resource of the bundled bold font. */
    public static final String BOLD_RESOURCE = BUNDLED + "DejaVuSans-Bold.ttf";

    private final PDFont regular;
    private final PDFont bold;
    private final List<Closeable> open;

    private PdfFonts(PDFont regular, PDFont bold, List<Closeable> open) {
        this.regular = regular;
        this.bold = bold;
        this.open = open;
    }

    /** The font for a style. */
    public PDFont font(TextMeasure.Style style) {
        return style.bold() ? bold : regular;
    }

    /**
     * Loads the fonts for a locale into a document.
     *
     * @throws SheetExportException when no usable font exists (translated message)
     */
    public static PdfFonts load(PDDocument doc, Locale locale, FontLocator locator, Messages messages)
            throws SheetExportException {
        if (Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
            return cjk(doc, locator, messages);
        }
        try (InputStream r = resource(REGULAR_RESOURCE); InputStream b = resource(BOLD_RESOURCE)) {
            return new PdfFonts(PDType0Font.load(doc, r, true), PDType0Font.load(doc, b, true), List.of());
        } catch (IOException e) {
            throw new SheetExportException(messages.get("sheet.font.unusable", "DejaVu Sans", e.getMessage()), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = PdfFonts.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("bundled font " + name + " is missing from the application"); // not user-facing: a broken build
        }
        return in;
    }

    private static PdfFonts cjk(PDDocument doc, FontLocator locator, Messages messages) throws SheetExportException {
        String probe = "\u4e2d\u6587"; // "Chinese": two common Han characters every CJK font has
        List<String> rejected = new ArrayList<>();
        // TrueType outlines first (fontconfig's fontformat), then anything else that covers Chinese.
        java.util.Set<FontLocator.FontFile> candidates = new java.util.LinkedHashSet<>(
                locator.find(":lang=zh-cn:fontformat=TrueType"));
        candidates.addAll(locator.find(":lang=zh-cn"));
        for (FontLocator.FontFile f : candidates) {
            List<Closeable> open = new ArrayList<>();
            try {
                TrueTypeFont ttf = open(f, open);
                if (ttf instanceof OpenTypeFont otf && otf.isPostScript()) {
                    throw new IOException("CFF outlines, which PDFBox cannot embed as a Type 0 font"); // not user-facing: diagnostic detail after the localised message
                }
                PDFont font = PDType0Font.load(doc, ttf, true);
                font.encode(probe);
                return new PdfFonts(font, font, open);
            } catch (IOException | RuntimeException e) {
                rejected.add(f.path().getFileName() + ": " + e.getMessage());
                closeAll(open);
            }
        }
        String what = messages.get("sheet.font.missing", messages.get("sheet.font.chinese"));
        throw new SheetExportException(rejected.isEmpty() ? what : what + " [" + String.join("; ", rejected) + "]");
    }

    private static TrueTypeFont open(FontLocator.FontFile f, List<Closeable> open) throws IOException {
        String name = f.path().getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc") || name.endsWith(".otc")) {
            TrueTypeCollection c = new TrueTypeCollection(f.path().toFile());
            open.add(c);
            TrueTypeFont[] pick = new TrueTypeFont[1];
            int[] i = {0};
            c.processAllFonts(ttf -> {
                if (i[0]++ == f.index()) {
                    pick[0] = ttf;
                }
            });
            if (pick[0] == null) {
                throw new IOException("no face " + f.index() + " in the collection"); // not user-facing: diagnostic detail
            }
            return pick[0];
        }
        TrueTypeFont ttf = new org.apache.fontbox.ttf.OTFParser().parse(
                new org.apache.pdfbox.io.RandomAccessReadBufferedFile(f.path().toFile()));
        open.add(ttf);
        return ttf;
    }

    private static void closeAll(List<Closeable> open) {
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    /** Releases font files opened from disk; call after the document is saved. */
    @Override
    public void close() {
        closeAll(open);
    }
}
