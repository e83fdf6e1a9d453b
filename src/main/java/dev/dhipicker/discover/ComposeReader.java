package dev.dhipicker.discover;

import dev.dhipicker.catalog.PositionedYaml.Document;
import dev.dhipicker.catalog.PositionedYaml.Entry;
import dev.dhipicker.catalog.PositionedYaml.Mapping;
import dev.dhipicker.catalog.PositionedYaml.Node;
import dev.dhipicker.catalog.PositionedYaml.Scalar;
import dev.dhipicker.migrate.Severity;

import java.util.List;

/**
 * A compose file: each service's {@code image:}, or, for a service that is built, its
 * {@code build:} linked to the Dockerfile it builds (the service's {@code image:} is then the name
 * given to the result, not an image to replace); and the other compose files it names, in
 * {@code include:} and in a service's {@code extends: {file: ...}}, which discover reads as compose
 * files whatever their names.
 */
final class ComposeReader {
    private ComposeReader() {
    }

    /**
     * A compose file another one names.
     *
     * @param path    relative to the project root, or null when it is outside the project or remote
     * @param written the path as written
     * @param line    1-based line where it is written
     * @param column  1-based column
     */
    record Link(String path, String written, int line, int column) {
    }

    static void read(ProjectFile f, String text, List<Document> docs, Variables env, Found out) {
        for (Document d : docs) {
            if (!(d.root() instanceof Mapping root)) {
                continue;
            }
            include(f, root.get("include"), env, out);
            if (root.mapping("services") == null) {
                continue;
            }
            for (Entry e : root.mapping("services").entries()) {
                if (e.value() instanceof Mapping service) {
                    if (service.get("extends") instanceof Mapping ext && ext.scalar("file") != null) {
                        link(f, ext.scalar("file"), env, out);
                    }
                    service(f, text, e.key().value(), service, env, out);
                }
            }
        }
    }

    /** {@code include:}: a list of paths, or of mappings whose {@code path} is a path or a list of them. */
    private static void include(ProjectFile f, Node include, Variables env, Found out) {
        if (!(include instanceof dev.dhipicker.catalog.PositionedYaml.Sequence list)) {
            return;
        }
        for (Node item : list.items()) {
            Node path = item instanceof Mapping m ? m.get("path") : item;
            if (path instanceof Scalar s) {
                link(f, s, env, out);
            } else if (path instanceof dev.dhipicker.catalog.PositionedYaml.Sequence paths) {
                for (Node p : paths.items()) {
                    if (p instanceof Scalar s) {
                        link(f, s, env, out);
                    }
                }
            }
        }
    }

    private static void link(ProjectFile f, Scalar s, Variables env, Found out) {
        String written = s.value().strip();
        String path = YamlValues.templated(written) ? env.resolve(written) : written;
        String resolved = path == null || path.isBlank() || YamlValues.templated(path) ? null : composePath(f.path(), path);
        out.composeFiles.add(new Link(resolved, written, s.line(), s.column()));
    }

    /** A compose file's path relative to the root, from one relative to the naming file's folder; null when unreadable. */
    static String composePath(String from, String path) {
        if (path.contains("://") || path.startsWith("/") || path.startsWith("git@")) {
            return null;
        }
        int slash = from.lastIndexOf('/');
        return normalise(join(slash < 0 ? "" : from.substring(0, slash), path));
    }

    private static void service(ProjectFile f, String text, String name, Mapping service, Variables env, Found out) {
        boolean shell = YamlValues.runsShell(service, "entrypoint", "command");
        Node build = service.get("build");
        if (build != null) {
            build(f, name, build, service, env, out);
            return;
        }
        if (service.get("image") instanceof Scalar image && !image.value().isBlank()) {
            FoundReference ref = YamlValues.whole(f, text, image, PlaceKind.COMPOSE_IMAGE, name, shell);
            String resolved = ref.templated() ? env.resolve(ref.reference()) : null;
            if (resolved != null && !resolved.isBlank() && !YamlValues.templated(resolved)) {
                // the value is in .env: reported as resolved, but --write leaves .env alone
                out.notices.add(new Notice(f.path(), image.line(), image.column(), Severity.INFO, "env-resolved",
                        List.of(ref.reference(), resolved)));
                ref = new FoundReference(ref.file(), ref.line(), ref.column(), ref.place(), resolved, name, shell, null,
                        false);
            }
            out.references.add(ref);
        }
    }

    private static void build(ProjectFile f, String name, Node build, Mapping service, Variables env, Found out) {
        String context = ".";
        String dockerfile = "Dockerfile";
        String target = null;
        Scalar at;
        if (build instanceof Scalar s) {
            context = s.value();
            at = s;
        } else if (build instanceof Mapping m) {
            at = m.entries().isEmpty() ? service.entry("build").key() : m.entries().get(0).key();
            if (m.get("dockerfile_inline") != null) {
                return;
            }
            target = YamlValues.text(m, "target");
            if (YamlValues.text(m, "context") != null) {
                context = YamlValues.text(m, "context");
            }
            if (YamlValues.text(m, "dockerfile") != null) {
                dockerfile = YamlValues.text(m, "dockerfile");
                if (m.scalar("dockerfile") != null) {
                    at = m.scalar("dockerfile");
                }
            }
        } else {
            return;
        }
        String written = context + "/" + dockerfile;
        context = YamlValues.templated(context) ? env.resolve(context) : context;
        dockerfile = YamlValues.templated(dockerfile) ? env.resolve(dockerfile) : dockerfile;
        String path = context == null || dockerfile == null ? null : dockerfilePath(f.path(), context, dockerfile);
        if (path == null) {
            out.notices.add(new Notice(f.path(), at.line(), at.column(), Severity.INFO, "build-unresolved",
                    List.of(name, written)));
            return;
        }
        out.references.add(new FoundReference(f.path(), at.line(), at.column(), PlaceKind.COMPOSE_BUILD, path, name,
                false, null, false, target == null || target.isBlank() ? null : target.strip()));
    }

    /**
     * The Dockerfile's path relative to the project root: the context is relative to the compose
     * file's folder and the Dockerfile to the context; null for a remote context or a path that
     * leaves the tree.
     */
    static String dockerfilePath(String composeFile, String context, String dockerfile) {
        if (context.contains("://") || context.startsWith("git@") || dockerfile.startsWith("/")
                || context.startsWith("/")) {
            return null;
        }
        int slash = composeFile.lastIndexOf('/');
        String base = slash < 0 ? "" : composeFile.substring(0, slash);
        return normalise(join(join(base, context), dockerfile));
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "/" + b;
    }

    private static String normalise(String path) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }
}
