package dev.dhipicker.discover;

import dev.dhipicker.export.FontLocator;
import dev.dhipicker.export.Paper;
import dev.dhipicker.export.ProjectPdfWriter;
import dev.dhipicker.export.ProjectSheet;
import dev.dhipicker.export.SheetLayout;
import dev.dhipicker.export.SheetPdfWriter;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.Finding;
import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.testing.BundledData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF project report of the every-place fixture and of the five real projects, in English and
 * Chinese, read back with PDFBox: one page per service after the summary (continuations marked),
 * every reference with its place, current value, counterpart and finding rules on its service's
 * page, and no glyph outside the printable area. The expected services are counted here from the
 * report by the rule the README states, not through the builder.
 */
class ProjectPdfTest {
    static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

    static Stream<String> projects() throws Exception {
        return Stream.concat(Stream.of("fixtures/every-place"),
                RealProjectsTest.projects().stream().map(p -> "real/" + p));
    }

    @ParameterizedTest
    @MethodSource("projects")
    void english(String project) throws Exception {
        check(project, Messages.english());
    }

    @ParameterizedTest
    @MethodSource("projects")
    void chinese(String project) throws Exception {
        Assumptions.assumeTrue(CI || !FontLocator.fontconfig().find(":lang=zh-cn").isEmpty(),
                "no CJK font installed (CI installs fonts-wqy-zenhei)");
        Document d = check(project, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertThat(d.pages.get(0)).contains("项目报告", "按状态统计的引用");
        assertThat(String.join("", d.pages)).contains("有DHI对应镜像").doesNotContain("\uFFFD");
    }

    @org.junit.jupiter.api.Test
    void aProjectWithoutImagesIsOneSummaryPageThatSaysSo(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("README.md"), "no images here\n");
        Messages m = Messages.english();
        DiscoveryReport r = Fixtures.discovery(m).discover(tmp, MigrateOptions.defaults());
        assertThat(r.references()).isEmpty();
        ProjectSheet sheet = new ProjectSheetBuilder(m).build(r, "empty", BundledData.CATALOG.info(), BundledData.TODAY);
        SheetPdfWriter.Pdf pdf = new ProjectPdfWriter(m).write(sheet, Paper.LETTER);
        Document d = read(pdf.bytes(), Paper.LETTER);
        assertThat(d.pages()).hasSize(1);
        assertThat(d.pages().get(0)).contains(squeeze(m.get("discover.pdf.noServices")), "Project:empty", "Page1of1");
    }

    /** The text of each sheet of paper, blanks removed (wrapping only ever breaks at a blank or inside a word). */
    record Document(List<String> pages, int declared) {
    }

    private Document check(String project, Messages m) throws Exception {
        Path dir = Fixtures.ROOT.resolve(project);
        DiscoveryReport r = Fixtures.discovery(m).discover(dir, MigrateOptions.defaults());
        ReportTexts t = new ReportTexts(m);
        String name = dir.getFileName().toString();
        ProjectSheet sheet = new ProjectSheetBuilder(m).build(r, name, BundledData.CATALOG.info(), BundledData.TODAY);
        SheetPdfWriter.Pdf pdf = new ProjectPdfWriter(m).write(sheet, Paper.A4);
        Document doc = read(pdf.bytes(), Paper.A4);
        assertThat(doc.pages()).hasSize(pdf.pages());

        // sheets of paper to logical pages: each starts with its heading, or the heading "(continued)"
        List<String> headings = sheet.pages().stream().map(ProjectSheet.Page::heading).toList();
        assertThat(headings).hasSize(1 + services(r));
        List<StringBuilder> logical = new ArrayList<>();
        int continuations = 0;
        for (String page : doc.pages()) {
            int at = logical.size() - 1;
            if (at >= 0 && page.startsWith(squeeze(m.get("sheet.continued", headings.get(at))))) {
                logical.get(at).append(page);
                continuations++;
            } else {
                assertThat(logical.size()).as("more sheets than pages and continuations").isLessThan(headings.size());
                assertThat(page).startsWith(squeeze(headings.get(logical.size())));
                logical.add(new StringBuilder(page));
            }
        }
        assertThat(logical).hasSize(headings.size());
        assertThat(doc.pages()).hasSize(headings.size() + continuations);
        for (int i = 0; i < doc.pages().size(); i++) {
            assertThat(doc.pages().get(i)).contains(squeeze(m.get("sheet.page", i + 1, doc.pages().size())));
        }

        // the summary: the one-line summary, each status with its count, every inferred answer
        String summary = logical.get(0).toString();
        assertThat(summary).contains(squeeze(Summary.line(r, t)), squeeze(String.valueOf(BundledData.CATALOG.info().snapshotDate())));
        r.counts().forEach((status, n) -> assertThat(summary).contains(squeeze(t.status(status) + n)));
        r.answers().forEach(a -> assertThat(summary).contains(squeeze(t.answer(a))));

        Set<String> built = built(r);
        for (FileReport f : r.files()) {
            for (DiscoveredReference x : f.references()) {
                FoundReference p = x.found();
                List<String> want = new ArrayList<>(List.of(
                        squeeze(m.get("discover.pdf.whereValue", p.file(), String.valueOf(p.line()), t.place(p.place()))),
                        squeeze(p.reference()), squeeze(x.replacement() == null ? "-" : x.replacement())));
                x.findings().forEach(y -> want.add(y.rule()));
                List<String> pages = pagesOf(x, f, r, built, m, headings, logical);
                assertThat(pages).as(p.file() + ":" + p.line()).isNotEmpty();
                for (String page : pages) {
                    assertThat(page).as(p.file() + ":" + p.line()).contains(want);
                }
            }
            for (Finding y : f.findings()) {
                List<String> pages = dockerfilePages(f.path(), r, built, m, headings, logical);
                assertThat(pages).as(f.path()).isNotEmpty().allSatisfy(page -> assertThat(page).contains(y.rule()));
            }
            f.notices().forEach(n -> assertThat(String.join("", doc.pages())).contains(n.rule()));
        }
        r.notices().forEach(n -> assertThat(summary).contains(n.rule()));
        return doc;
    }

    /** The logical pages a reference must be on: its service's, or each compose service's that builds its Dockerfile. */
    private static List<String> pagesOf(DiscoveredReference x, FileReport f, DiscoveryReport r, Set<String> built,
                                        Messages m, List<String> headings, List<StringBuilder> logical) {
        FoundReference p = x.found();
        if (f.kind() == FileKind.DOCKERFILE) {
            return dockerfilePages(f.path(), r, built, m, headings, logical);
        }
        String unit = unit(p);
        List<String> out = new ArrayList<>();
        for (int i = 1; i < headings.size(); i++) {
            String page = logical.get(i).toString();
            // a reference of no named unit is on its file's page: GitLab CI's defaults, or "Images in" the file
            String nameless = f.kind() == FileKind.GITLAB_CI ? m.get("discover.pdf.service.gitlabDefaults")
                    : m.get("discover.pdf.service.file", f.path());
            String title = p.owner() != null ? m.get("discover.pdf.service.workload", p.owner().split("/", 2)[0],
                    p.owner().split("/", 2)[1]) : unit == null ? nameless : m.get(titleKey(f.kind()), unit);
            boolean named = headings.get(i).equals(title);
            if (named && page.startsWith(squeeze(headings.get(i)) + squeeze(m.get("discover.pdf.file", f.path())))) {
                out.add(page);
            }
        }
        return out;
    }

    private static List<String> dockerfilePages(String path, DiscoveryReport r, Set<String> built, Messages m,
                                                List<String> headings, List<StringBuilder> logical) {
        List<String> titles = new ArrayList<>();
        if (built.contains(path)) {
            r.references().stream().filter(c -> c.found().place() == PlaceKind.COMPOSE_BUILD && path.equals(c.builtFrom()))
                    .forEach(c -> titles.add(m.get("discover.pdf.service.compose", c.found().context())
                            + m.get("discover.pdf.file", c.found().file())));
        } else {
            titles.add(m.get("discover.pdf.service.dockerfile", path) + m.get("discover.pdf.file", path));
        }
        List<String> out = new ArrayList<>();
        for (int i = 1; i < logical.size(); i++) {
            String page = logical.get(i).toString();
            if (titles.stream().anyMatch(h -> page.startsWith(squeeze(h)))) {
                out.add(page);
            }
        }
        assertThat(out).as(path).hasSizeGreaterThanOrEqualTo(1);
        return out;
    }

    /** The heading of a named unit, by the kind of file that names it. */
    static String titleKey(FileKind kind) {
        return switch (kind) {
            case COMPOSE -> "discover.pdf.service.compose";
            case KUBERNETES -> "discover.pdf.service.container";
            case KUSTOMIZATION -> "discover.pdf.service.kustomize";
            case HELM_VALUES -> "discover.pdf.service.helmValues";
            case HELM_CHART -> "discover.pdf.service.helmDependency";
            case GITHUB_WORKFLOW -> "discover.pdf.service.githubJob";
            case GITLAB_CI -> "discover.pdf.service.gitlabJob";
            case DOCKERFILE -> "discover.pdf.service.dockerfile";
        };
    }

    /** The Dockerfiles of the project that a compose service builds. */
    static Set<String> built(DiscoveryReport r) {
        Set<String> dockerfiles = new HashSet<>();
        r.files().stream().filter(f -> f.kind() == FileKind.DOCKERFILE).forEach(f -> dockerfiles.add(f.path()));
        Set<String> out = new HashSet<>();
        r.references().stream().filter(x -> x.found().place() == PlaceKind.COMPOSE_BUILD && x.builtFrom() != null)
                .map(DiscoveredReference::builtFrom).filter(dockerfiles::contains).forEach(out::add);
        return out;
    }

    /**
     * The name a reference's service has in its file: the workload a Kubernetes container runs in,
     * the job of a GitHub service container, a chart dependency's reference, else its context.
     */
    static String unit(FoundReference p) {
        if (p.owner() != null) {
            return p.owner();
        }
        return switch (p.place()) {
            case GITHUB_SERVICE -> p.context().split("/")[0];
            case HELM_DEPENDENCY -> p.reference();
            default -> p.context();
        };
    }

    /**
     * How many services the README's rule gives: per file, one per name (compose service,
     * Kubernetes workload, job, values key, Kustomize entry; a chart dependency per line), and one per
     * Dockerfile with references or findings that no compose service builds.
     */
    static int services(DiscoveryReport r) {
        Set<String> built = built(r);
        Set<String> keys = new HashSet<>();
        for (FileReport f : r.files()) {
            if (f.kind() == FileKind.DOCKERFILE) {
                if (!built.contains(f.path()) && (!f.references().isEmpty() || !f.findings().isEmpty())) {
                    keys.add(f.path());
                }
                continue;
            }
            for (DiscoveredReference x : f.references()) {
                String unit = x.found().place() == PlaceKind.HELM_DEPENDENCY ? "line " + x.found().line() : unit(x.found());
                keys.add(f.path() + "\u0000" + unit);
            }
        }
        return keys.size();
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Each page's text, and every glyph checked to lie inside the margins. */
    static Document read(byte[] bytes, Paper paper) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i - 1);
                float w = page.getMediaBox().getWidth();
                float h = page.getMediaBox().getHeight();
                int number = i;
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        for (TextPosition g : positions) {
                            String what = "page " + number + " '" + text + "'";
                            assertThat(g.getXDirAdj()).as(what).isGreaterThanOrEqualTo(SheetLayout.MARGIN - 0.5f);
                            assertThat(g.getXDirAdj() + g.getWidthDirAdj()).as(what)
                                    .isLessThanOrEqualTo(w - SheetLayout.MARGIN + 0.5f);
                            assertThat(g.getYDirAdj()).as(what).isBetween(SheetLayout.MARGIN, h - SheetLayout.MARGIN / 2);
                        }
                        super.writeString(text, positions);
                    }
                };
                s.setStartPage(i);
                s.setEndPage(i);
                pages.add(squeeze(s.getText(doc)));
            }
            assertThat(w(doc)).isEqualTo(paper.width(), org.assertj.core.api.Assertions.within(0.5f));
        }
        return new Document(pages, pages.size());
    }

    private static float w(PDDocument doc) {
        return doc.getPage(0).getMediaBox().getWidth();
    }
}
