package dev.dhipicker.discover;

import dev.dhipicker.catalog.PositionedYaml.Document;
import dev.dhipicker.catalog.PositionedYaml.Mapping;
import dev.dhipicker.catalog.PositionedYaml.Node;
import dev.dhipicker.catalog.PositionedYaml.Scalar;

import java.util.List;
import java.util.Set;

/**
 * Kubernetes manifests (every document of a file, and the items of a {@code List}): the
 * containers, init containers and ephemeral containers of the pod template of a Pod, Deployment,
 * StatefulSet, DaemonSet, ReplicaSet, Job or CronJob; and Kustomize's {@code images:} list.
 */
final class KubernetesReader {
    private static final Set<String> TEMPLATED = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job",
            "ReplicationController");

    private KubernetesReader() {
    }

    /** True when a text may hold a manifest: a cheap test before a file is parsed. */
    static boolean mayHoldManifest(String text) {
        return text.contains("kind") && text.contains("apiVersion");
    }

    static void read(ProjectFile f, String text, List<Document> docs, Found out) {
        for (Document d : docs) {
            if (d.root() instanceof Mapping root) {
                object(f, text, root, out, 0);
            }
        }
    }

    private static void object(ProjectFile f, String text, Mapping o, Found out, int depth) {
        String kind = YamlValues.text(o, "kind");
        if (kind == null || o.get("apiVersion") == null) {
            return;
        }
        if (kind.equals("List") && depth == 0) {
            for (Mapping item : YamlValues.mappings(o.get("items"))) {
                object(f, text, item, out, 1);
            }
            return;
        }
        Mapping spec = o.mapping("spec");
        Mapping pod = null;
        if (kind.equals("Pod")) {
            pod = spec;
        } else if (TEMPLATED.contains(kind)) {
            pod = template(spec);
        } else if (kind.equals("CronJob") && spec != null && spec.mapping("jobTemplate") != null) {
            pod = template(spec.mapping("jobTemplate").mapping("spec"));
        } else if (kind.equals("PodTemplate")) {
            pod = template(o);
        }
        if (pod != null) {
            int from = out.references.size();
            containers(f, text, pod.get("initContainers"), PlaceKind.K8S_INIT_CONTAINER, out);
            containers(f, text, pod.get("containers"), PlaceKind.K8S_CONTAINER, out);
            containers(f, text, pod.get("ephemeralContainers"), PlaceKind.K8S_EPHEMERAL_CONTAINER, out);
            Mapping metadata = o.mapping("metadata");
            String name = metadata == null ? null : YamlValues.text(metadata, "name");
            if (name != null && !name.isBlank()) {
                // the object the containers run in: several objects of one file may name a container alike
                for (int i = from; i < out.references.size(); i++) {
                    out.references.set(i, out.references.get(i).ownedBy(kind + "/" + name.strip()));
                }
            }
        }
    }

    private static Mapping template(Mapping spec) {
        Mapping t = spec == null ? null : spec.mapping("template");
        return t == null ? null : t.mapping("spec");
    }

    private static void containers(ProjectFile f, String text, Node list, PlaceKind place, Found out) {
        for (Mapping c : YamlValues.mappings(list)) {
            if (c.get("image") instanceof Scalar image && !image.value().isBlank()) {
                boolean build = place == PlaceKind.K8S_EPHEMERAL_CONTAINER || YamlValues.runsShell(c, "command", "args");
                out.references.add(YamlValues.whole(f, text, image, place, YamlValues.text(c, "name"), build));
            }
        }
    }

    /** A {@code newName} line to insert before a block-style {@code newTag} line, or null. */
    private static EditTarget insertBefore(Scalar key, EditTarget.Span tag, String text) {
        int lineStart = text.lastIndexOf('\n', key.start() - 1) + 1;
        String indent = text.substring(lineStart, key.start());
        boolean ownLine = indent.chars().allMatch(c -> c == ' ') && text.indexOf('\n', key.start()) >= tag.end();
        return ownLine ? new EditTarget.NameInsert(tag, lineStart, indent) : null;
    }

    /** A Kustomize file's {@code images:} entries: the image each one sets. */
    static void kustomization(ProjectFile f, String text, List<Document> docs, Found out) {
        for (Document d : docs) {
            if (!(d.root() instanceof Mapping root)) {
                continue;
            }
            for (Mapping e : YamlValues.mappings(root.get("images"))) {
                Scalar name = e.scalar("name");
                if (name == null) {
                    continue;
                }
                Scalar newName = e.scalar("newName");
                Scalar newTag = e.scalar("newTag");
                Scalar digest = e.scalar("digest");
                String ref = (newName != null ? newName.value() : name.value())
                        + (newTag != null && !newTag.value().isEmpty() ? ":" + newTag.value() : "")
                        + (digest != null && !digest.value().isEmpty() ? "@" + digest.value() : "");
                EditTarget target = null;
                EditTarget.Span t = newTag == null ? null : YamlValues.span(newTag, text);
                if (newName != null && t != null && digest == null) {
                    EditTarget.Span n = YamlValues.span(newName, text);
                    if (n != null) {
                        target = new EditTarget.Split(null, n, t);
                    }
                } else if (newName == null && t != null && digest == null) {
                    target = insertBefore(e.entry("newTag").key(), t, text);
                }
                Scalar at = newName != null ? newName : name;
                boolean templated = YamlValues.templated(ref);
                out.references.add(new FoundReference(f.path(), at.line(), at.column(), PlaceKind.KUSTOMIZE_IMAGE, ref,
                        name.value(), false, templated ? null : target, templated));
            }
        }
    }
}
