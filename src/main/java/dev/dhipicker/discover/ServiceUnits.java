package dev.dhipicker.discover;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits a report into services, the pages of the PDF report. A service is one deployable unit
 * as the project's files name it: a compose service (with the Dockerfile it builds, when that
 * Dockerfile is in the project), a Kubernetes workload (the object whose pod runs the containers:
 * Deployment, StatefulSet, CronJob ...; a container of an object without a name is a unit by its
 * own name), a Kustomize
 * {@code images:} entry, a Helm values image (by its key path), a Helm chart dependency, a CI job
 * (GitHub Actions: its container, service containers and {@code docker://} steps; GitLab CI: its
 * image and services, the file's defaults being one more), and every Dockerfile that no compose
 * service of the project builds. Services keep the order of the report's files.
 */
final class ServiceUnits {
    private ServiceUnits() {
    }

    /** What kind of unit a service is (it picks the page heading). */
    enum Kind { COMPOSE, DOCKERFILE, WORKLOAD, CONTAINER, KUSTOMIZE, HELM_VALUES, HELM_DEPENDENCY, GITHUB_JOB, GITLAB_JOB,
        GITLAB_DEFAULTS, FILE }

    /**
     * One service.
     *
     * @param kind       what it is
     * @param name       its name in the file (service, container, job, key path, chart), or the file for a Dockerfile
     * @param file       the file that declares it
     * @param references its references, in file order
     * @param builds     the project's Dockerfiles its compose {@code build:} entries build, in order (compose only)
     */
    record Service(Kind kind, String name, String file, List<DiscoveredReference> references, List<FileReport> builds) {
    }

    static List<Service> of(DiscoveryReport r) {
        Map<String, FileReport> byPath = new LinkedHashMap<>();
        r.files().forEach(f -> byPath.put(f.path(), f));
        Set<String> built = new TreeSet<>();
        for (DiscoveredReference x : r.references()) {
            if (x.found().place() == PlaceKind.COMPOSE_BUILD && x.builtFrom() != null) {
                FileReport f = byPath.get(x.builtFrom());
                if (f != null && f.kind() == FileKind.DOCKERFILE) {
                    built.add(f.path());
                }
            }
        }
        Map<String, Builder> units = new LinkedHashMap<>();
        for (FileReport f : r.files()) {
            if (f.kind() == FileKind.DOCKERFILE && !built.contains(f.path())
                    && (!f.references().isEmpty() || !f.findings().isEmpty())) {
                units.computeIfAbsent("dockerfile\u0000" + f.path(), k -> new Builder(Kind.DOCKERFILE, f.path(), f.path()));
            }
            for (DiscoveredReference x : f.references()) {
                FoundReference p = x.found();
                if (isDockerfile(p.place())) {
                    if (!built.contains(f.path())) {
                        units.get("dockerfile\u0000" + f.path()).refs.add(x);
                    }
                    continue;
                }
                Kind kind = kind(p);
                String name = name(p, kind);
                String key = kind + "\u0000" + f.path() + "\u0000" + (kind == Kind.HELM_DEPENDENCY ? p.line() : name);
                Builder b = units.computeIfAbsent(key, k -> new Builder(kind, name == null ? f.path() : name, f.path()));
                b.refs.add(x);
                if (p.place() == PlaceKind.COMPOSE_BUILD && x.builtFrom() != null && built.contains(x.builtFrom())
                        && !b.builds.contains(byPath.get(x.builtFrom()))) {
                    b.builds.add(byPath.get(x.builtFrom()));
                }
            }
        }
        List<Service> out = new ArrayList<>();
        units.values().forEach(b -> out.add(new Service(b.kind, b.name, b.file, List.copyOf(b.refs), List.copyOf(b.builds))));
        return out;
    }

    static boolean isDockerfile(PlaceKind p) {
        return p == PlaceKind.DOCKERFILE_FROM || p == PlaceKind.DOCKERFILE_COPY_FROM || p == PlaceKind.DOCKERFILE_MOUNT_FROM;
    }

    private static Kind kind(FoundReference p) {
        if (p.context() == null && p.owner() == null && p.place() != PlaceKind.GITLAB_IMAGE && p.place() != PlaceKind.GITLAB_SERVICE
                && p.place() != PlaceKind.HELM_DEPENDENCY) {
            return Kind.FILE;
        }
        return switch (p.place()) {
            case COMPOSE_IMAGE, COMPOSE_BUILD -> Kind.COMPOSE;
            case K8S_CONTAINER, K8S_INIT_CONTAINER, K8S_EPHEMERAL_CONTAINER -> p.owner() == null ? Kind.CONTAINER : Kind.WORKLOAD;
            case KUSTOMIZE_IMAGE -> Kind.KUSTOMIZE;
            case HELM_VALUES -> Kind.HELM_VALUES;
            case HELM_DEPENDENCY -> Kind.HELM_DEPENDENCY;
            case GITHUB_CONTAINER, GITHUB_SERVICE, GITHUB_DOCKER_ACTION -> Kind.GITHUB_JOB;
            case GITLAB_IMAGE, GITLAB_SERVICE -> p.context() == null ? Kind.GITLAB_DEFAULTS : Kind.GITLAB_JOB;
            default -> Kind.FILE;
        };
    }

    private static String name(FoundReference p, Kind kind) {
        return switch (kind) {
            // a service container's context is "job/service": the page is the job's
            case GITHUB_JOB -> p.place() == PlaceKind.GITHUB_SERVICE && p.context().indexOf('/') > 0
                    ? p.context().substring(0, p.context().indexOf('/')) : p.context();
            case HELM_DEPENDENCY -> p.reference();
            case WORKLOAD -> p.owner();
            case GITLAB_DEFAULTS, FILE -> null;
            default -> p.context();
        };
    }

    private static final class Builder {
        final Kind kind;
        final String name;
        final String file;
        final List<DiscoveredReference> refs = new ArrayList<>();
        final List<FileReport> builds = new ArrayList<>();

        Builder(Kind kind, String name, String file) {
            this.kind = kind;
            this.name = name;
            this.file = file;
        }
    }
}
