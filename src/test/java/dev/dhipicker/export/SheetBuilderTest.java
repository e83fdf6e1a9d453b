package dev.dhipicker.export;

import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.HelmUse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dhipicker.export.SheetFixture.sheet;
import static org.assertj.core.api.Assertions.assertThat;

class SheetBuilderTest {

    static String cell(ComparisonSheet s, int column, String row) {
        return s.columns().get(column).cells().get(SheetBuilder.ROWS.indexOf("sheet.row." + row));
    }

    @Test
    void comparesRuntimeBuildAndAlternativesInAtMostSixColumns() {
        ComparisonSheet s = SheetFixture.sixColumns();
        assertThat(s.columns()).extracting(ComparisonSheet.Column::heading).containsExactly(
                "Runtime (recommended)", "Build image (recommended)", "Alternative 1", "Alternative 2",
                "Alternative 3", "Alternative 4");
        assertThat(s.rowHeaders()).hasSize(SheetBuilder.ROWS.size()).contains("Reference", "STIG", "Compat");
        assertThat(cell(s, 0, "reference")).isEqualTo("dhi.io/python:3.14-debian13");
        assertThat(cell(s, 0, "shell")).isEqualTo("no");
        assertThat(cell(s, 1, "packageManager")).isEqualTo("yes");
        assertThat(cell(s, 1, "user")).isEqualTo("root (uid 0)");
        assertThat(cell(s, 0, "platforms")).contains("linux/amd64");
        assertThat(cell(s, 0, "why")).contains("non-root user nonroot");
        assertThat(s.header()).anyMatch(h -> h.contains("2026-08-22") && h.contains("github.com/docker-hardened-images"));
        assertThat(s.answers()).extracting(ComparisonSheet.Field::value).contains("python", "not sure", "balanced");
    }

    @Test
    void alternativesGetTheirFactsFromTheCatalog() {
        ComparisonSheet s = SheetFixture.sixColumns();
        int alpine = -1;
        for (int i = 0; i < s.columns().size(); i++) {
            if (s.columns().get(i).reference().contains("alpine")) {
                alpine = i;
            }
        }
        assertThat(alpine).isPositive();
        assertThat(cell(s, alpine, "distro")).isEqualTo("Alpine 3.24, musl");
        assertThat(cell(s, alpine, "eol")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(cell(s, alpine, "why")).startsWith("Alpine (musl)");
    }

    @Test
    void aSheetWithoutRuntimeStillComparesTheNearestImagesAndNamesTheUnmetAnswer() {
        ComparisonSheet s = sheet(Answers.defaults("node").withCompliance(ComplianceNeed.FIPS));
        assertThat(s.header()).anyMatch(h -> h.startsWith("No runtime image meets every answer"));
        assertThat(s.columns()).isNotEmpty().allMatch(c -> c.heading().startsWith("Alternative"));
        // <your-org>/dhi-node:26-debian13 is a placeholder reference: its facts come from dhi.io/node
        assertThat(cell(s, 0, "reference")).startsWith("<your-org>/dhi-node:");
        assertThat(cell(s, 0, "distro")).isEqualTo("Debian 13, glibc");
        assertThat(s.sections().get(0).heading()).isEqualTo("Not met");
        assertThat(s.sections().get(0).lines()).singleElement().asString().startsWith("Compliance: FIPS");
    }

    @Test
    void fipsReferencesReadTheirPublicTwinAndSayTheTagIsInferred() {
        ComparisonSheet s = sheet(Answers.defaults("python").withCompliance(ComplianceNeed.FIPS).withOrg("acme"));
        assertThat(cell(s, 0, "reference")).isEqualTo("acme/dhi-python:3.14-debian13-fips");
        assertThat(cell(s, 0, "fips")).startsWith("yes, tag inferred");
        int floating = 2; // acme/dhi-python:3.14-fips
        assertThat(cell(s, floating, "reference")).isEqualTo("acme/dhi-python:3.14-fips");
        assertThat(cell(s, floating, "fips")).startsWith("yes");
        assertThat(cell(s, floating, "distro")).isEqualTo("Debian 13, glibc");
        assertThat(s.answers()).extracting(ComparisonSheet.Field::value).contains("acme");
    }

    @Test
    void stigRowRepeatsWhatTheEngineSaysAndCompatRowNamesTheFlavor() {
        ComparisonSheet stig = sheet(Answers.defaults("python").withCompliance(ComplianceNeed.STIG));
        assertThat(cell(stig, 0, "stig")).contains("confirm in Docker Hub");
        assertThat(stig.sections().get(0).lines()).anyMatch(l -> l.startsWith("Compliance: STIG"));

        ComparisonSheet compat = sheet(Answers.defaults("redis").withHelm(HelmUse.UPSTREAM_CHART));
        assertThat(cell(compat, 0, "compat")).isEqualTo("yes");
        assertThat(cell(compat, 0, "variant")).isEqualTo("runtime, flavors: compat");
        ComparisonSheet.Column standard = compat.columns().stream()
                .filter(c -> c.reference().equals("dhi.io/redis:8.10-debian13")).findFirst().orElseThrow();
        assertThat(standard.cells().get(SheetBuilder.ROWS.indexOf("sheet.row.compat"))).isEqualTo("no (a -compat variant exists)");
        assertThat(List.of(compat.columns().get(0).cells().get(SheetBuilder.ROWS.indexOf("sheet.row.eol")))).containsExactly("not given");
    }

    @Test
    void anUnknownReferenceIsShownAsNotInTheCatalog() {
        ImageColumns cols = new ImageColumns(SheetFixture.CATALOG, SheetFixture.MESSAGES, Answers.defaults("python"));
        ComparisonSheet.Column c = cols.alternative("Alternative 1", "dhi.io/python:9.99-debian13", "why not");
        assertThat(c.cells().get(SheetBuilder.ROWS.indexOf("sheet.row.distro"))).isEqualTo("not in the catalog snapshot");
        ComparisonSheet.Column bad = cols.alternative("Alternative 2", "NOT A REFERENCE", "why not");
        assertThat(bad.cells().get(0)).isEqualTo("NOT A REFERENCE");
        assertThat(bad.cells().get(SheetBuilder.ROWS.indexOf("sheet.row.why"))).isEqualTo("why not");
    }

    @Test
    void aStaticRuntimeHasNoCLibraryOnTheSheet() {
        ComparisonSheet go = sheet(Answers.defaults("go"));
        assertThat(go.columns().get(0).reference()).as("Go runs on the static image").startsWith("dhi.io/static:");
        assertThat(cell(go, 0, "distro")).endsWith(", no C library").doesNotContain("none");
    }
}
