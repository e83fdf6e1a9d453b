package dev.dhipicker.export;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SheetLayoutTest {

    final TextMeasure measure = SheetFixture.monospace();
    final SheetLayout layout = new SheetLayout(measure, SheetFixture.MESSAGES);

    static List<SheetPage.Text> texts(SheetPage p) {
        List<SheetPage.Text> out = new ArrayList<>();
        for (SheetPage.Item i : p.items()) {
            if (i instanceof SheetPage.Text t) {
                out.add(t);
            }
        }
        return out;
    }

    static String allText(List<SheetPage> pages) {
        return pages.stream().flatMap(p -> texts(p).stream()).map(SheetPage.Text::text).collect(Collectors.joining(" "));
    }

    @Test
    void sixColumnsContinueOnANextPageWithTheRowHeadersRepeated() {
        ComparisonSheet s = SheetFixture.sixColumns();
        List<SheetPage> pages = layout.layout(s, Paper.A4.width(), Paper.A4.height());
        assertThat(layout.columnsPerPage(s, Paper.A4.width())).isEqualTo(3);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        for (SheetPage p : pages) {
            assertThat(texts(p)).extracting(SheetPage.Text::text).contains("Reference", "End of life",
                    "Page " + p.number() + " of " + pages.size());
        }
        assertThat(allText(pages)).contains("Images 1 to 3 of 6", "Images 4 to 6 of 6");
    }

    @Test
    void nothingIsDrawnOutsideThePrintableArea() {
        for (Paper paper : Paper.values()) {
            List<SheetPage> pages = layout.layout(SheetFixture.sixColumns(), paper.width(), paper.height());
            for (SheetPage p : pages) {
                assertThat(p.width()).isEqualTo(paper.width());
                for (SheetPage.Text t : texts(p)) {
                    assertThat(t.x()).as(t.text()).isGreaterThanOrEqualTo(SheetLayout.MARGIN);
                    assertThat(t.x() + measure.width(t.text(), t.style())).as(t.text())
                            .isLessThanOrEqualTo(paper.width() - SheetLayout.MARGIN + 0.01f);
                    assertThat(t.baseline()).as(t.text()).isLessThanOrEqualTo(paper.height() - SheetLayout.MARGIN / 2);
                }
            }
        }
    }

    @Test
    void everyCellTextIsOnSomePageWordForWord() {
        ComparisonSheet s = SheetFixture.sixColumns();
        String all = allText(layout.layout(s, Paper.LETTER.width(), Paper.LETTER.height())).replaceAll("\\s+", "");
        for (ComparisonSheet.Column c : s.columns()) {
            for (String cell : c.cells()) {
                assertThat(all).contains(cell.replaceAll("\\s+", ""));
            }
        }
    }

    @Test
    void anUnbreakableWordWrapsAtPunctuationAndThenBetweenCharacters() {
        List<String> lines = TextWrap.wrap("registry.example.com/a-very-long-organisation/dhi-python:3.14-debian13-fips-dev",
                60, TextMeasure.Style.BODY, measure);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo("registry.example.com/a-very-long-organisation/dhi-python:3.14-debian13-fips-dev");
        for (String l : lines) {
            assertThat(measure.width(l, TextMeasure.Style.BODY)).isLessThanOrEqualTo(60);
        }
        assertThat(TextWrap.wrap("x".repeat(40), 20, TextMeasure.Style.BODY, measure)).allMatch(l -> l.length() == 4);
    }

    @Test
    void aRowTallerThanAPageContinuesOnTheNextPage() {
        String tall = String.join("\n", java.util.Collections.nCopies(100, "line"));
        ComparisonSheet s = SheetFixture.handMade(List.of("Row"),
                List.of(new ComparisonSheet.Column("Column", "ref", List.of(tall))));
        List<SheetPage> pages = layout.layout(s, Paper.A4.width(), Paper.A4.height());
        assertThat(pages).hasSize(2);
        long lines = pages.stream().flatMap(p -> texts(p).stream()).filter(t -> t.text().equals("line")).count();
        assertThat(lines).isEqualTo(100);
        assertThat(texts(pages.get(1))).extracting(SheetPage.Text::text).contains("Column");
    }

    @Test
    void aRowThatDoesNotFitTheRestOfThePageMovesWhole() {
        List<String> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add("Row " + i);
            cells.add(String.join("\n", java.util.Collections.nCopies(8, "cell " + i)));
        }
        ComparisonSheet s = SheetFixture.handMade(rows, List.of(new ComparisonSheet.Column("Column", "ref", cells)));
        List<SheetPage> pages = layout.layout(s, Paper.A4.width(), Paper.A4.height());
        assertThat(pages).hasSize(2);
        for (int i = 0; i < 12; i++) {
            String want = "cell " + i;
            long onPages = pages.stream().filter(p -> texts(p).stream().anyMatch(t -> t.text().equals(want))).count();
            assertThat(onPages).as(want).isEqualTo(1);
        }
    }
}
