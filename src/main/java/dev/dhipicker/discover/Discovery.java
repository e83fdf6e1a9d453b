package dev.dhipicker.discover;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.catalog.TagExplainer;
import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.migrate.Migrator;
import dev.dhipicker.migrate.Severity;
import dev.dhipicker.migrate.Texts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every image reference of a project and what replaces it: walks the tree, reads each
 * file it knows, and migrates every reference through the {@link Migrator} (Dockerfiles whole, the
 * rest reference by reference), so that the answers and the mapping are those of {@code migrate}.
 * Nothing is written: the report carries the text {@code --write} would write for each file.
 */
public final class Discovery {
    private final Migrator migrator;
    private final Catalog catalog;
    private final TagExplainer explainer;
    private final Texts texts;
    private final WalkLimits limits;

    /**
     * @param migrator the migration engine (its mapping and answers decide every replacement)
     * @param catalog  the catalog (DHI charts for chart dependencies)
     * @param map      the image mapping, for {@code explain}'s facts of upstream references
     * @param texts    resolves message keys (comments written into migrated Dockerfiles, reasons)
     * @param limits   how far the walk goes
     */
    public Discovery(Migrator migrator, Catalog catalog, ImageMap map, Texts texts, WalkLimits limits) {
        this.migrator = migrator;
        this.catalog = catalog;
        this.explainer = new TagExplainer(catalog, map);
        this.texts = texts;
        this.limits = limits;
    }

    /**
     * Discovers a project.
     *
     * @param root    the project folder
     * @param options the answers, as for {@code migrate}
     * @throws IOException when the folder cannot be read
     */
    public DiscoveryReport discover(Path root, MigrateOptions options) throws IOException {
        ProjectWalker.Result walk = new ProjectWalker(limits).walk(root);
        FileScanner scanner = new FileScanner(migrator, new Assessor(migrator, catalog, explainer, options), options,
                texts, limits);
        // files are independent and the engine's caches are concurrent maps: read them in parallel,
        // keeping the walk's order (the report does not depend on the number of cores)
        List<FileScanner.Scanned> scanned = walk.files().parallelStream().map(scanner::scanLinked).toList();
        Map<String, FileReport> byPath = new java.util.LinkedHashMap<>();
        Map<String, FileKind> walked = new HashMap<>();
        for (int i = 0; i < scanned.size(); i++) {
            walked.put(walk.files().get(i).path(), walk.files().get(i).kind());
            byPath.put(walk.files().get(i).path(), scanned.get(i).report());
        }
        new ComposeLinks(root.toRealPath(), scanner, walked, limits).follow(scanned, byPath);
        List<FileReport> linked = new ArrayList<>();
        for (FileReport r : byPath.values()) {
            if (r != null) {
                linked.add(r.kind() == FileKind.COMPOSE ? link(r, byPath) : r);
            }
        }
        List<InferredAnswer> answers = ProjectAnswers.infer(new DiskProjectFiles(root.toRealPath(), limits));
        return new DiscoveryReport(linked, walk.notices(), walk.seen(), walk.files().size(), answers);
    }

    /**
     * The {@code FROM} whose image a build ends on: the final stage's, or that of the stage a
     * compose {@code target:} names, following stages built on earlier stages; null when none.
     */
    private static DiscoveredReference result(FileReport dockerfile, String target) {
        List<DiscoveredReference> froms = dockerfile.references().stream()
                .filter(s -> s.found().place() == PlaceKind.DOCKERFILE_FROM).toList();
        if (target == null) {
            return froms.isEmpty() ? null : froms.get(froms.size() - 1);
        }
        String stage = target.toLowerCase(java.util.Locale.ROOT);
        for (int hops = 0; hops < 64 && dockerfile.stages().containsKey(stage); hops++) {
            stage = dockerfile.stages().get(stage);
        }
        for (DiscoveredReference s : froms) {
            if (s.found().context() != null && s.found().context().equalsIgnoreCase(stage)) {
                return s;
            }
        }
        return null;
    }

    /**
     * A compose file's {@code build:} entries take the status and replacement of the final
     * {@code FROM} of the Dockerfile they build; a Dockerfile that was not found gets a notice.
     */
    private static FileReport link(FileReport r, Map<String, FileReport> byPath) {
        List<DiscoveredReference> refs = new ArrayList<>();
        List<Notice> notices = new ArrayList<>(r.notices());
        for (DiscoveredReference x : r.references()) {
            if (x.found().place() != PlaceKind.COMPOSE_BUILD) {
                refs.add(x);
                continue;
            }
            FileReport built = byPath.get(x.found().reference());
            DiscoveredReference last = built == null ? null : result(built, x.found().stage());
            if (last == null) {
                FoundReference f = x.found();
                notices.add(new Notice(f.file(), f.line(), f.column(), Severity.INFO, "build-unresolved",
                        List.of(f.context(), f.reference())));
                refs.add(new DiscoveredReference(f, Status.UNRESOLVED, null, false, null, null, List.of(), f.reference()));
            } else {
                FoundReference f = x.found();
                FoundReference image = new FoundReference(f.file(), f.line(), f.column(), f.place(),
                        last.found().reference(), f.context(), false, null, last.found().templated(), f.stage());
                refs.add(new DiscoveredReference(image, last.status(), last.replacement(), false, last.dhi(),
                        last.upstream(), List.of(), f.reference()));
            }
        }
        return new FileReport(r.path(), r.kind(), refs, r.findings(), notices, r.original(), r.migrated());
    }
}
