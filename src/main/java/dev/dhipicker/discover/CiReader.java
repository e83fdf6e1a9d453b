package dev.dhipicker.discover;

import dev.dhipicker.catalog.PositionedYaml.Document;
import dev.dhipicker.catalog.PositionedYaml.Entry;
import dev.dhipicker.catalog.PositionedYaml.Mapping;
import dev.dhipicker.catalog.PositionedYaml.Node;
import dev.dhipicker.catalog.PositionedYaml.Scalar;
import dev.dhipicker.catalog.PositionedYaml.Sequence;

import java.util.List;
import java.util.Set;

/**
 * CI files: a GitHub Actions workflow's job {@code container:}, {@code services:} and
 * {@code uses: docker://} steps; a GitLab CI file's {@code image:} and {@code services:} (at the
 * top, under {@code default:} and in every job). A job's image runs the job's scripts, so it gets
 * the build image; a service runs as it is, so it gets the runtime image.
 */
final class CiReader {
    private static final String DOCKER = "docker://";
    private static final Set<String> GITLAB_GLOBAL = Set.of("stages", "variables", "include", "workflow", "spec");

    private CiReader() {
    }

    static void github(ProjectFile f, String text, List<Document> docs, Found out) {
        for (Document d : docs) {
            Mapping jobs = d.root() instanceof Mapping root ? root.mapping("jobs") : null;
            if (jobs == null) {
                continue;
            }
            for (Entry e : jobs.entries()) {
                if (e.value() instanceof Mapping job) {
                    githubJob(f, text, e.key().value(), job, out);
                }
            }
        }
    }

    private static void githubJob(ProjectFile f, String text, String name, Mapping job, Found out) {
        Node container = job.get("container");
        Scalar image = container instanceof Scalar s ? s
                : container instanceof Mapping m ? m.scalar("image") : null;
        if (image != null && !image.value().isBlank()) {
            out.references.add(YamlValues.whole(f, text, image, PlaceKind.GITHUB_CONTAINER, name, true));
        }
        Mapping services = job.mapping("services");
        if (services != null) {
            for (Entry e : services.entries()) {
                Scalar si = e.value() instanceof Scalar s ? s
                        : e.value() instanceof Mapping m ? m.scalar("image") : null;
                if (si != null && !si.value().isBlank()) {
                    out.references.add(YamlValues.whole(f, text, si, PlaceKind.GITHUB_SERVICE,
                            name + "/" + e.key().value(), false));
                }
            }
        }
        for (Mapping step : YamlValues.mappings(job.get("steps"))) {
            Scalar uses = step.scalar("uses");
            if (uses == null || !uses.value().strip().startsWith(DOCKER)) {
                continue;
            }
            String ref = uses.value().strip().substring(DOCKER.length());
            boolean templated = YamlValues.templated(ref);
            EditTarget.Span span = templated ? null : YamlValues.inner(uses, text, ref);
            int column = span == null ? uses.column() : uses.column() + (span.start() - uses.start());
            out.references.add(new FoundReference(f.path(), uses.line(), column, PlaceKind.GITHUB_DOCKER_ACTION, ref,
                    name, false, span == null ? null : new EditTarget.Whole(span), templated));
        }
    }

    static void gitlab(ProjectFile f, String text, List<Document> docs, Found out) {
        for (Document d : docs) {
            if (!(d.root() instanceof Mapping root)) {
                continue;
            }
            gitlabJob(f, text, null, root, out);
            for (Entry e : root.entries()) {
                String key = e.key().value();
                if (e.value() instanceof Mapping job && !GITLAB_GLOBAL.contains(key)) {
                    gitlabJob(f, text, key, job, out);
                }
            }
        }
    }

    private static void gitlabJob(ProjectFile f, String text, String name, Mapping job, Found out) {
        Scalar image = named(job.get("image"));
        if (image != null) {
            out.references.add(YamlValues.whole(f, text, image, PlaceKind.GITLAB_IMAGE, name, true));
        }
        if (job.get("services") instanceof Sequence services) {
            for (Node s : services.items()) {
                Scalar si = named(s);
                if (si != null) {
                    out.references.add(YamlValues.whole(f, text, si, PlaceKind.GITLAB_SERVICE, name, false));
                }
            }
        }
    }

    /** A GitLab image: a string, or a mapping with {@code name:}. */
    private static Scalar named(Node n) {
        Scalar s = n instanceof Scalar sc ? sc : n instanceof Mapping m ? m.scalar("name") : null;
        return s == null || s.value().isBlank() ? null : s;
    }
}
