package dev.dhipicker.discover;

import dev.dhipicker.catalog.PositionedYaml.Document;
import dev.dhipicker.catalog.PositionedYaml.Entry;
import dev.dhipicker.catalog.PositionedYaml.Mapping;
import dev.dhipicker.catalog.PositionedYaml.Node;
import dev.dhipicker.catalog.PositionedYaml.Scalar;
import dev.dhipicker.catalog.PositionedYaml.Sequence;

import java.util.List;

/**
 * Helm charts: the image values of {@code values*.yaml} files in the common conventions
 * ({@code image: repo:tag}, or {@code image:} with {@code repository} (or {@code name}),
 * {@code tag} and {@code registry}; also keys ending in {@code Image}), and the dependencies of a
 * {@code Chart.yaml}.
 */
final class HelmReader {
    private HelmReader() {
    }

    static void values(ProjectFile f, String text, List<Document> docs, Found out) {
        for (Document d : docs) {
            walk(f, text, d.root(), "", out);
        }
    }

    private static void walk(ProjectFile f, String text, Node n, String path, Found out) {
        if (n instanceof Mapping m) {
            for (Entry e : m.entries()) {
                String key = e.key().value();
                String p = path.isEmpty() ? key : path + "." + key;
                if (key.equals("image") || key.endsWith("Image")) {
                    if (image(f, text, e.value(), p, out)) {
                        continue;
                    }
                }
                walk(f, text, e.value(), p, out);
            }
        } else if (n instanceof Sequence s) {
            for (int i = 0; i < s.items().size(); i++) {
                walk(f, text, s.items().get(i), path + "[" + i + "]", out);
            }
        }
    }

    /** Reads an image value; false when the value is not one. */
    private static boolean image(ProjectFile f, String text, Node value, String path, Found out) {
        if (value instanceof Scalar s) {
            String v = s.value().strip();
            if (v.isEmpty() || v.contains(" ") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return false;
            }
            out.references.add(YamlValues.whole(f, text, s, PlaceKind.HELM_VALUES, path, false));
            return true;
        }
        if (!(value instanceof Mapping m)) {
            return false;
        }
        // the common key is repository; some charts call it name
        Scalar repository = m.scalar("repository") != null ? m.scalar("repository") : m.scalar("name");
        if (repository == null || repository.value().isBlank()) {
            return false;
        }
        Scalar registry = m.scalar("registry");
        Scalar tag = m.scalar("tag");
        Scalar digest = m.scalar("digest");
        boolean hasRegistry = registry != null && !registry.value().isBlank();
        boolean hasTag = tag != null && !tag.value().isBlank();
        boolean hasDigest = digest != null && !digest.value().isBlank();
        String ref = (hasRegistry ? registry.value().strip() + "/" : "") + repository.value().strip()
                + (hasTag ? ":" + tag.value().strip() : "") + (hasDigest ? "@" + digest.value().strip() : "");
        boolean templated = YamlValues.templated(ref);
        EditTarget target = null;
        if (!templated && hasTag && !hasDigest) {
            EditTarget.Span reg = hasRegistry ? YamlValues.span(registry, text) : null;
            EditTarget.Span repo = YamlValues.span(repository, text);
            EditTarget.Span t = YamlValues.span(tag, text);
            if (repo != null && t != null && (reg != null || !hasRegistry)) {
                target = new EditTarget.Split(reg, repo, t);
            }
        }
        Scalar at = hasRegistry ? registry : repository;
        out.references.add(new FoundReference(f.path(), at.line(), at.column(), PlaceKind.HELM_VALUES, ref, path, false,
                target, templated));
        return true;
    }

    /** A {@code Chart.yaml}'s dependencies (name and version; the repository as context). */
    static void chart(ProjectFile f, List<Document> docs, Found out) {
        for (Document d : docs) {
            if (!(d.root() instanceof Mapping root)) {
                continue;
            }
            for (Mapping dep : YamlValues.mappings(root.get("dependencies"))) {
                Scalar name = dep.scalar("name");
                if (name == null || name.value().isBlank()) {
                    continue;
                }
                String version = YamlValues.text(dep, "version");
                String ref = name.value().strip() + (version == null || version.isBlank() ? "" : ":" + version.strip());
                out.references.add(new FoundReference(f.path(), name.line(), name.column(), PlaceKind.HELM_DEPENDENCY,
                        ref, YamlValues.text(dep, "repository"), false, null, false));
            }
        }
    }
}
