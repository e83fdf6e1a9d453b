package dev.dhipicker.discover;

import dev.dhipicker.catalog.CatalogInfo;
import dev.dhipicker.export.ProjectSheet;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.Finding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Builds the PDF project report ({@link ProjectSheet}) of a discovery: a summary page (project,
 * date, catalog snapshot, the summary line, counts by status, the inferred answers, the services
 * and the notices that belong to no service), then one page per service ({@link ServiceUnits}):
 * each reference with where it is, what it is, its DHI counterpart, its status, its findings and
 * the notices of its line. A compose service that builds a Dockerfile of the project carries that
 * Dockerfile's references too. The texts are those of the other reports ({@link ReportTexts}).
 */
public final class ProjectSheetBuilder {
    private final Messages m;
    private final ReportTexts t;

    /** @param messages interface strings, in the report's language */
    public ProjectSheetBuilder(Messages messages) {
        this.m = messages;
        this.t = new ReportTexts(messages);
    }

    /**
     * The report of a discovery.
     *
     * @param r       what discover found
     * @param project the project's name (its folder's name)
     * @param catalog the catalog the answers come from
     * @param date    the date the report is made for
     */
    public ProjectSheet build(DiscoveryReport r, String project, CatalogInfo catalog, LocalDate date) {
        List<ServiceUnits.Service> services = ServiceUnits.of(r);
        Set<Object> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        List<ProjectSheet.Page> pages = new ArrayList<>();
        pages.add(null); // the summary, once the services have taken their notices
        for (ServiceUnits.Service s : services) {
            pages.add(page(s, r, shown));
        }
        pages.set(0, summary(r, project, catalog, date, services, shown));
        String snapshot = catalog == null ? "-" : String.valueOf(catalog.snapshotDate());
        String title = m.get("discover.pdf.title");
        return new ProjectSheet(title, date, m.get("discover.pdf.footer", title, project, date.toString(), snapshot),
                pages);
    }

    private ProjectSheet.Page summary(DiscoveryReport r, String project, CatalogInfo catalog, LocalDate date,
                                      List<ServiceUnits.Service> services, Set<Object> shown) {
        List<String> lines = new ArrayList<>();
        lines.add(m.get("discover.pdf.project", project));
        lines.add(m.get("sheet.date", date.toString()));
        if (catalog != null) {
            String commit = catalog.upstreamCommit() == null ? "-"
                    : catalog.upstreamCommit().substring(0, Math.min(12, catalog.upstreamCommit().length()));
            lines.add(m.get("sheet.catalog", String.valueOf(catalog.snapshotDate()), catalog.source(), commit));
        }
        lines.add(Summary.line(r, t));
        List<ProjectSheet.Section> sections = new ArrayList<>();
        List<ProjectSheet.Field> counts = new ArrayList<>();
        r.counts().forEach((status, n) -> counts.add(new ProjectSheet.Field(t.status(status), String.valueOf(n))));
        sections.add(new ProjectSheet.Section(m.get("discover.pdf.byStatus"), counts, List.of()));
        if (!r.answers().isEmpty()) {
            sections.add(new ProjectSheet.Section(m.get("discover.answers.title").replaceAll("[:：]$", ""), List.of(),
                    r.answers().stream().map(t::answer).toList()));
        }
        List<String> listed = services.stream().map(s -> m.get("discover.pdf.serviceItem", title(s), s.file())).toList();
        sections.add(new ProjectSheet.Section(m.get("discover.pdf.services", services.size()), List.of(),
                listed.isEmpty() ? List.of(m.get("discover.pdf.noServices")) : listed));
        List<String> rest = new ArrayList<>();
        for (FileReport f : r.files()) {
            for (Finding x : f.findings()) {
                if (!shown.contains(x)) {
                    rest.add(m.get("discover.pdf.fileItem", f.path(), finding(x)));
                }
            }
            for (Notice n : f.notices()) {
                if (!shown.contains(n)) {
                    rest.add(m.get("discover.pdf.fileItem", f.path(), notice(n)));
                }
            }
        }
        for (Notice n : r.notices()) {
            rest.add(m.get("discover.pdf.fileItem", n.file(), notice(n)));
        }
        if (!rest.isEmpty()) {
            sections.add(new ProjectSheet.Section(m.get("discover.pdf.notices"), List.of(), rest));
        }
        return new ProjectSheet.Page(m.get("discover.pdf.title"), lines, sections);
    }

    private ProjectSheet.Page page(ServiceUnits.Service s, DiscoveryReport r, Set<Object> shown) {
        List<ProjectSheet.Section> sections = new ArrayList<>();
        FileReport own = file(r, s.file());
        for (DiscoveredReference x : s.references()) {
            sections.add(reference(x, own, shown));
        }
        List<String> notes = new ArrayList<>();
        List<FileReport> dockerfiles = new ArrayList<>(s.builds());
        if (s.kind() == ServiceUnits.Kind.DOCKERFILE && own != null) {
            dockerfiles.add(0, own);
        }
        for (FileReport d : dockerfiles) {
            if (d != own) {
                for (DiscoveredReference x : d.references()) {
                    sections.add(reference(x, d, shown));
                }
            }
            // the Dockerfile's lines that are not references, and its notices of no reference line
            d.findings().forEach(x -> {
                shown.add(x);
                notes.add(m.get("discover.pdf.fileItem", d.path(), finding(x)));
            });
            d.notices().stream().filter(n -> d.references().stream().noneMatch(x -> x.found().line() == n.line()))
                    .forEach(n -> {
                shown.add(n);
                notes.add(m.get("discover.pdf.fileItem", d.path(), notice(n)));
            });
        }
        if (!notes.isEmpty()) {
            sections.add(new ProjectSheet.Section(m.get("discover.pdf.notes"), List.of(), notes));
        }
        return new ProjectSheet.Page(title(s), List.of(m.get("discover.pdf.file", s.file())), sections);
    }

    private ProjectSheet.Section reference(DiscoveredReference x, FileReport file, Set<Object> shown) {
        FoundReference p = x.found();
        List<ProjectSheet.Field> fields = new ArrayList<>();
        String none = m.get("sheet.value.none");
        fields.add(new ProjectSheet.Field(m.get("discover.pdf.where"),
                m.get("discover.pdf.whereValue", p.file(), String.valueOf(p.line()), t.place(p.place()))));
        fields.add(new ProjectSheet.Field(m.get("discover.pdf.current"), t.reference(x)));
        String what = t.what(x);
        fields.add(new ProjectSheet.Field(m.get("discover.pdf.what"), what == null ? none : what));
        fields.add(new ProjectSheet.Field(m.get("discover.md.counterpart"),
                x.replacement() == null ? none : x.replacement()));
        fields.add(new ProjectSheet.Field(m.get("discover.md.status"), t.status(x.status())));
        List<String> items = new ArrayList<>();
        for (Finding y : x.findings()) {
            items.add(finding(y));
        }
        if (file != null) {
            for (Notice n : file.notices()) {
                if (n.line() == p.line()) {
                    shown.add(n);
                    items.add(notice(n));
                }
            }
        }
        return new ProjectSheet.Section(t.reference(x), fields, items);
    }

    private String finding(Finding y) {
        return m.get("discover.pdf.finding", t.severity(y.severity()), y.rule(), String.valueOf(y.line()), t.finding(y));
    }

    private String notice(Notice n) {
        return n.line() == 0 ? m.get("discover.pdf.noticeFile", t.severity(n.severity()), n.rule(), t.notice(n))
                : m.get("discover.pdf.finding", t.severity(n.severity()), n.rule(), String.valueOf(n.line()), t.notice(n));
    }

    private static FileReport file(DiscoveryReport r, String path) {
        return r.files().stream().filter(f -> f.path().equals(path)).findFirst().orElse(null);
    }

    /** The page heading of a service. */
    String title(ServiceUnits.Service s) {
        return switch (s.kind()) {
            case COMPOSE -> m.get("discover.pdf.service.compose", s.name());
            case DOCKERFILE -> m.get("discover.pdf.service.dockerfile", s.name());
            case CONTAINER -> m.get("discover.pdf.service.container", s.name());
            case WORKLOAD -> m.get("discover.pdf.service.workload", s.name().substring(0, s.name().indexOf('/')),
                    s.name().substring(s.name().indexOf('/') + 1));
            case KUSTOMIZE -> m.get("discover.pdf.service.kustomize", s.name());
            case HELM_VALUES -> m.get("discover.pdf.service.helmValues", s.name());
            case HELM_DEPENDENCY -> m.get("discover.pdf.service.helmDependency", s.name());
            case GITHUB_JOB -> m.get("discover.pdf.service.githubJob", s.name());
            case GITLAB_JOB -> m.get("discover.pdf.service.gitlabJob", s.name());
            case GITLAB_DEFAULTS -> m.get("discover.pdf.service.gitlabDefaults");
            case FILE -> m.get("discover.pdf.service.file", s.name());
        };
    }
}
