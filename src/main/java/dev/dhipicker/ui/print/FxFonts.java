package dev.dhipicker.ui.print;

import dev.dhipicker.export.PdfFonts;
import dev.dhipicker.export.TextMeasure;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JavaFX fonts of the printed sheet, one per {@link TextMeasure.Style}: the DejaVu Sans that
 * the PDF embeds, so print and PDF wrap alike; for a Chinese interface the system font, which
 * JavaFX completes with CJK glyphs through fontconfig. Also measures text for the layout.
 */
final class FxFonts implements TextMeasure {
    private final Map<Style, Font> fonts = new EnumMap<>(Style.class);
    private final Text probe = new Text();

    FxFonts(Locale locale) {
        boolean cjk = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        for (Style s : Style.values()) {
            fonts.put(s, cjk ? Font.font("System", s.bold() ? FontWeight.BOLD : FontWeight.NORMAL, s.size())
                    : load(s.bold() ? PdfFonts.BOLD_RESOURCE : PdfFonts.REGULAR_RESOURCE, s.size()));
        }
    }

    private static Font load(String resource, double size) {
        try (InputStream in = FxFonts.class.getResourceAsStream(resource)) {
            Font f = in == null ? null : Font.loadFont(in, size);
            if (f == null) {
                throw new IllegalStateException("the bundled font " + resource + " could not be loaded");
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Font font(Style style) {
        return fonts.get(style);
    }

    @Override
    public float width(String text, Style style) {
        probe.setFont(fonts.get(style));
        probe.setText(text);
        return (float) probe.getLayoutBounds().getWidth();
    }
}
