package dev.dhipicker.export;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 12, point 11: a control character in the sheet's text is named as such, not blamed on the fonts. */
class SheetControlCharacterTest {

    @Test
    void aTabInTheTextIsReportedAsAControlCharacterNotAsAMissingFont() {
        ComparisonSheet s = SheetFixture.handMade(List.of("Tag"),
                List.of(new ComparisonSheet.Column("Runtime", "dhi.io/x:1", List.of("1\t2"))));
        SheetExportException e = catchThrowableOfType(SheetExportException.class,
                () -> new SheetPdfWriter(SheetFixture.MESSAGES).write(s, Paper.A4));
        assertThat(e.getMessage()).contains("control character").contains("U+0009")
                .doesNotContain("install").doesNotContain("font");
    }
}
