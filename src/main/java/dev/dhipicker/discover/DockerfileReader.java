package dev.dhipicker.discover;

import dev.dhipicker.migrate.Dockerfile;
import dev.dhipicker.migrate.Instruction;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A parsed Dockerfile's image references: every {@code FROM} (not {@code scratch}, not an earlier
 * stage), every {@code COPY --from=} and {@code RUN --mount=...,from=} that names an image rather
 * than a stage. Positions are those of the reference in the source.
 */
final class DockerfileReader {
    private DockerfileReader() {
    }

    static void read(ProjectFile f, Dockerfile d, Found out) {
        Variables args = globalArgs(d);
        Set<String> stages = new HashSet<>();
        int count = 0;
        int froms = (int) d.instructions().stream().filter(i -> i.is("FROM")).count();
        for (Instruction in : d.instructions()) {
            if (in.is("FROM")) {
                String[] words = in.rest().strip().split("\\s+");
                String image = words.length > 0 ? words[0] : "";
                String name = words.length >= 3 && words[1].equalsIgnoreCase("AS") ? words[2] : null;
                count++;
                String resolved = YamlValues.templated(image) ? args.resolve(image) : image;
                if (!image.isEmpty() && !image.equalsIgnoreCase("scratch")
                        && !stages.contains(image.toLowerCase(Locale.ROOT))
                        && (resolved == null || !stages.contains(resolved.toLowerCase(Locale.ROOT)))) {
                    add(f, d, in, image, PlaceKind.DOCKERFILE_FROM, name, count < froms, out);
                    if (resolved != null && !resolved.equals(image) && !resolved.isBlank()) {
                        resolvedByArg(out, image, resolved);
                    }
                }
                if (name != null) {
                    stages.add(name.toLowerCase(Locale.ROOT));
                    String parent = resolved == null ? image : resolved;
                    if (stages.contains(parent.toLowerCase(Locale.ROOT))) {
                        out.stages.put(name.toLowerCase(Locale.ROOT), parent.toLowerCase(Locale.ROOT));
                    }
                }
                stages.add(String.valueOf(count - 1));
            } else if (in.is("COPY") || in.is("ADD")) {
                String from = in.flag("from");
                if (from != null && isImage(from, stages)) {
                    add(f, d, in, from, PlaceKind.DOCKERFILE_COPY_FROM, null, true, out);
                }
            } else if (in.is("RUN")) {
                for (String flag : in.flags()) {
                    if (!flag.startsWith("--mount=")) {
                        continue;
                    }
                    for (String kv : flag.substring("--mount=".length()).split(",")) {
                        if (kv.startsWith("from=") && isImage(kv.substring(5), stages)) {
                            add(f, d, in, kv.substring(5), PlaceKind.DOCKERFILE_MOUNT_FROM, null, true, out);
                        }
                    }
                }
            }
        }
    }

    /** The last reference found, with the image its build arguments' defaults give it. */
    private static void resolvedByArg(Found out, String image, String resolved) {
        FoundReference r = out.references.remove(out.references.size() - 1);
        out.references.add(new FoundReference(r.file(), r.line(), r.column(), r.place(), resolved, r.context(), r.build(),
                null, false));
        out.notices.add(new Notice(r.file(), r.line(), r.column(), dev.dhipicker.migrate.Severity.INFO, "arg-resolved",
                List.of(image, resolved)));
    }

    /** The build arguments declared before the first {@code FROM}, with their defaults. */
    private static Variables globalArgs(Dockerfile d) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (Instruction in : d.instructions()) {
            if (in.is("FROM")) {
                break;
            }
            if (!in.is("ARG")) {
                continue;
            }
            for (String word : in.rest().strip().split("\\s+")) {
                int eq = word.indexOf('=');
                if (eq > 0) {
                    String v = word.substring(eq + 1);
                    if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
                        v = v.substring(1, v.length() - 1);
                    }
                    values.put(word.substring(0, eq), v);
                }
            }
        }
        return Variables.of(values);
    }

    private static boolean isImage(String from, Set<String> stages) {
        return !from.isEmpty() && !stages.contains(from.toLowerCase(Locale.ROOT)) && !from.matches("\\d+");
    }

    private static void add(ProjectFile f, Dockerfile d, Instruction in, String image, PlaceKind place, String context,
                            boolean build, Found out) {
        String text = d.text();
        int at = text.indexOf(image, in.start() + in.keyword().length());
        if (at < 0 || at > in.end()) {
            at = in.start();
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        out.references.add(new FoundReference(f.path(), line, at - lineStart + 1, place, image, context, build, null,
                YamlValues.templated(image)));
    }
}
