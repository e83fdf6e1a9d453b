package dev.dhipicker.catalog;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a definition's {@code contents}, {@code vars} and {@code paths} say beyond its tags and
 * package list: the DHI images it is built from, a shell binary it copies from one of them or
 * writes itself, and the executables it writes under a bin directory.
 */
final class ContentsEvidence {
    /** A DHI image reference as contents and vars write it: {@code dhi.io/php:8.5.9-...} or {@code dhi/php:8.5.9-...}. */
    private static final Pattern DHI_REF = Pattern.compile("^(?:dhi\\.io|dhi)/([a-z0-9][a-z0-9._-]*):(\\d+(?:\\.\\d+)*)");

    private ContentsEvidence() {
    }

    /**
     * The DHI images a definition is built from, as {@code name:version}, sorted by name: the
     * image references of {@code contents.artifacts} and of {@code vars} ending in
     * {@code _REFERENCE}; of two versions of one image the more precise one.
     */
    static List<String> components(JsonNode d) {
        Map<String, String> found = new TreeMap<>();
        JsonNode vars = d.get("vars");
        if (vars != null && vars.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = vars.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().endsWith("_REFERENCE") && e.getValue().isValueNode()) {
                    add(found, e.getValue().asText());
                }
            }
        }
        JsonNode artifacts = d.path("contents").get("artifacts");
        if (artifacts != null && artifacts.isArray()) {
            for (JsonNode a : artifacts) {
                JsonNode name = a.get("name");
                if (name != null && name.isValueNode()) {
                    add(found, name.asText());
                }
            }
        }
        List<String> out = new ArrayList<>();
        found.forEach((k, v) -> out.add(k + ":" + v));
        return out;
    }

    private static void add(Map<String, String> found, String reference) {
        Matcher m = DHI_REF.matcher(reference);
        if (m.find()) {
            found.merge(m.group(1), m.group(2), (a, b) -> b.startsWith(a + ".") ? b : a);
        }
    }

    /** A shell binary ({@code usr/bin/sh}) that the definition copies from another image or writes itself. */
    static boolean copiesShell(JsonNode d) {
        List<String> paths = new ArrayList<>();
        JsonNode artifacts = d.path("contents").get("artifacts");
        if (artifacts != null && artifacts.isArray()) {
            for (JsonNode a : artifacts) {
                paths.addAll(DefinitionReader.strings(a.get("includes")));
            }
        }
        JsonNode files = d.get("paths");
        if (files != null && files.isArray()) {
            for (JsonNode f : files) {
                String type = DefinitionReader.text(f, "type");
                if (!"directory".equals(type) && DefinitionReader.text(f, "path") != null) {
                    paths.add(DefinitionReader.text(f, "path"));
                }
            }
        }
        for (String p : paths) {
            String name = p.substring(p.lastIndexOf('/') + 1);
            String dir = p.substring(0, Math.max(0, p.lastIndexOf('/')));
            if ((dir.endsWith("bin")) && (DefinitionReader.SHELLS.contains(name) || name.equals("sh"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The files and symlinks of {@code paths} in a {@code bin} or {@code sbin} directory, as
     * absolute paths in file order (an executable the definition writes itself, such as
     * {@code /usr/local/bin/composer}).
     */
    static List<String> binPaths(YamlFields at, JsonNode d) throws CatalogException {
        JsonNode files = d.get("paths");
        List<String> out = new ArrayList<>();
        if (files == null || !files.isArray()) {
            return out;
        }
        for (JsonNode f : files) {
            String type = at.oneLine(f, "type");
            String path = at.oneLine(f, "path");
            if (path == null || "directory".equals(type) || !path.startsWith("/")) {
                continue;
            }
            String dir = path.substring(0, path.lastIndexOf('/'));
            String dirName = dir.substring(dir.lastIndexOf('/') + 1);
            if ((dirName.equals("bin") || dirName.equals("sbin")) && path.length() > dir.length() + 1
                    && !out.contains(path)) {
                out.add(path);
            }
        }
        return out;
    }
}
