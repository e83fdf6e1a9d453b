package dev.dhipicker.export;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectLayoutTest {

    final TextMeasure measure = SheetFixture.monospace();
    final ProjectLayout layout = new ProjectLayout(measure, SheetFixture.MESSAGES);

    static ProjectSheet sheet(List<ProjectSheet.Page> pages) {
        return new ProjectSheet("Report", SheetFixture.TODAY, "Report: demo, 2026-08-22, catalog snapshot 2026-08-22", pages);
    }

    static ProjectSheet.Section reference(int i, String value) {
        return new ProjectSheet.Section("image-" + i + ":1.0",
                List.of(new ProjectSheet.Field("Where", "compose.yaml:" + i + " (compose image)"),
                        new ProjectSheet.Field("DHI counterpart", value)),
                List.of("warning version-changed (line " + i + "): the line moves " + "on ".repeat(40)));
    }

    static List<String> texts(SheetPage p) {
        List<String> out = new ArrayList<>();
        for (SheetPage.Item i : p.items()) {
            if (i instanceof SheetPage.Text t) {
                out.add(t.text());
            }
        }
        return out;
    }

    @Test
    void everyLogicalPageStartsASheetAndALongOneContinuesUnderItsHeading() {
        List<ProjectSheet.Section> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(reference(i, "dhi.io/image-" + i + ":1.0-debian13"));
        }
        ProjectSheet s = sheet(List.of(new ProjectSheet.Page("Summary", List.of("Project: demo"), List.of()),
                new ProjectSheet.Page("Compose service big", List.of("File: compose.yaml"), many),
                new ProjectSheet.Page("Compose service small", List.of("File: compose.yaml"), List.of(reference(99, "x")))));
        List<ProjectLayout.Placed> placed = layout.layout(s, Paper.A4.width(), Paper.A4.height());
        assertThat(placed.get(0).source()).isZero();
        assertThat(placed.get(1).source()).isEqualTo(1);
        assertThat(placed.get(1).continued()).isFalse();
        long bigSheets = placed.stream().filter(p -> p.source() == 1).count();
        assertThat(bigSheets).isGreaterThan(2);
        for (ProjectLayout.Placed p : placed) {
            String heading = texts(p.page()).get(0);
            String expected = s.pages().get(p.source()).heading();
            assertThat(heading).isEqualTo(p.continued() ? expected + " (continued)" : expected);
            assertThat(texts(p.page())).contains("Page " + p.page().number() + " of " + placed.size());
        }
        assertThat(placed.get(placed.size() - 1).source()).isEqualTo(2);
        assertThat(placed.get(placed.size() - 1).continued()).isFalse();
        // every value is on some page, word for word, and each reference's heading once
        String all = String.join("", placed.stream().flatMap(p -> texts(p.page()).stream()).toList()).replaceAll("\\s+", "");
        for (int i = 1; i <= 40; i++) {
            assertThat(all).contains(("dhi.io/image-" + i + ":1.0-debian13").replaceAll("\\s+", ""));
            String heading = "image-" + i + ":1.0";
            assertThat(placed.stream().flatMap(p -> texts(p.page()).stream()).filter(heading::equals)).hasSize(1);
        }
    }

    @Test
    void nothingIsDrawnOutsideThePrintableArea() {
        String longValue = "registry.example.com/a-very-long-organisation/" + "segment/".repeat(30) + "image:1";
        String tall = String.join("\n", Collections.nCopies(150, "line"));
        ProjectSheet s = sheet(List.of(new ProjectSheet.Page("A heading that is long enough to wrap over the width "
                + "of a page when it is set in the title style of the sheet", List.of("File: " + longValue),
                List.of(new ProjectSheet.Section(longValue, List.of(new ProjectSheet.Field("A label far too long for "
                        + "the label column of the table", longValue), new ProjectSheet.Field("Tall", tall)),
                        List.of(longValue + " " + longValue))))));
        for (Paper paper : Paper.values()) {
            List<ProjectLayout.Placed> placed = layout.layout(s, paper.width(), paper.height());
            assertThat(placed.size()).isGreaterThan(1);
            long lines = 0;
            for (ProjectLayout.Placed p : placed) {
                for (SheetPage.Item i : p.page().items()) {
                    if (i instanceof SheetPage.Text t) {
                        assertThat(t.x()).as(t.text()).isGreaterThanOrEqualTo(SheetLayout.MARGIN);
                        assertThat(t.x() + measure.width(t.text(), t.style())).as(t.text())
                                .isLessThanOrEqualTo(paper.width() - SheetLayout.MARGIN + 0.01f);
                        assertThat(t.baseline()).as(t.text()).isLessThanOrEqualTo(paper.height() - SheetLayout.MARGIN / 2);
                        assertThat(t.baseline() - t.style().size()).as(t.text()).isGreaterThanOrEqualTo(SheetLayout.MARGIN);
                        lines += t.text().equals("line") ? 1 : 0;
                    }
                }
            }
            assertThat(lines).as("the tall value continues, line by line, and loses none").isEqualTo(150);
        }
    }

    @Test
    void aSectionCutByTheEndOfAPageRepeatsItsHeadingMarkedContinued() {
        String tall = String.join("\n", Collections.nCopies(150, "line"));
        ProjectSheet s = sheet(List.of(new ProjectSheet.Page("Service", List.of(),
                List.of(new ProjectSheet.Section("Tall section", List.of(new ProjectSheet.Field("Tall", tall)), List.of()),
                        new ProjectSheet.Section("Next section", List.of(new ProjectSheet.Field("Short", "x")), List.of())))));
        List<ProjectLayout.Placed> placed = layout.layout(s, Paper.A4.width(), Paper.A4.height());
        assertThat(placed).hasSizeGreaterThan(1);
        assertThat(texts(placed.get(0).page())).contains("Tall section").doesNotContain("Tall section (continued)");
        for (ProjectLayout.Placed p : placed.subList(1, placed.size())) {
            assertThat(texts(p.page()).subList(0, 2)).containsExactly("Service (continued)", "Tall section (continued)");
        }
        assertThat(texts(placed.get(placed.size() - 1).page())).contains("Next section");
    }

    @Test
    void textsDoNotOverlapTheFooter() {
        List<ProjectSheet.Section> many = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            many.add(reference(i, "dhi.io/x:" + i));
        }
        ProjectSheet s = sheet(List.of(new ProjectSheet.Page("Service", List.of(), many)));
        for (ProjectLayout.Placed p : layout.layout(s, Paper.LETTER.width(), Paper.LETTER.height())) {
            float footerTop = Float.MAX_VALUE;
            float bodyBottom = 0;
            for (SheetPage.Item i : p.page().items()) {
                if (i instanceof SheetPage.Text t) {
                    if (t.text().startsWith("Report: demo") || t.text().startsWith("Page ")) {
                        footerTop = Math.min(footerTop, t.baseline() - t.style().size());
                    } else {
                        bodyBottom = Math.max(bodyBottom, t.baseline());
                    }
                }
            }
            assertThat(bodyBottom).isLessThan(footerTop);
        }
    }
}
