package dev.dhipicker.recommend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The bundled catalog read straight from its JSON with a plain tree parser: the oracle of the
 * catalog-wide tests. It shares no code with the engine's catalog model or query code, so a test
 * that compares the two can fail when the engine's reading is wrong.
 */
final class RawCatalog {

    /** One image definition as the JSON writes it, plus the words of its tags. */
    record Def(String repo, String file, String variant, List<String> flavors, String distro, String distroVersion,
               String libc, String version, List<String> tags, LocalDate eol, String user, Integer uid,
               boolean shell, boolean packageManager, List<String> qualifiers) {

        boolean sdk() {
            return qualifiers.contains("sdk");
        }

        boolean runtimeKind() {
            return variant.equals("runtime") && !sdk();
        }
    }

    /** One pinned image of one chart version. */
    record Pin(String chart, String chartVersion, int position, String reference) {
        String repo() {
            String name = reference.substring(0, reference.indexOf(':'));
            return name.substring(name.lastIndexOf('/') + 1);
        }
    }

    final Map<String, List<Def>> byRepo = new LinkedHashMap<>();
    final Map<String, Def> byTag = new HashMap<>();
    final Map<String, List<String>> categories = new HashMap<>();
    final List<Pin> pins = new ArrayList<>();
    /** Chart name by OCI repository name ({@code tempo-chart} is the {@code grafana-tempo} chart). */
    final Map<String, String> chartByOciName = new HashMap<>();

    RawCatalog() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Path.of("catalog-data/dhi-catalog.json").toFile());
        for (JsonNode r : root.get("repositories")) {
            String repo = r.get("name").asText();
            List<String> cats = new ArrayList<>();
            r.get("categories").forEach(c -> cats.add(c.asText()));
            categories.put(repo, cats);
            List<Def> defs = new ArrayList<>();
            for (JsonNode i : r.get("images")) {
                List<String> tags = texts(i.get("tags"));
                TreeSet<String> qualifiers = new TreeSet<>();
                for (String t : tags) {
                    for (String w : t.split("-")) {
                        if (w.matches("(?:jdk|jre|sdk)\\d*|erlang\\d+")) {
                            qualifiers.add(w);
                        }
                    }
                }
                Def d = new Def(repo, i.get("file").asText(), i.get("variant").asText(), texts(i.get("flavors")),
                        i.get("distro").asText(), i.get("distroVersion").asText(), i.get("libc").asText(),
                        i.get("version").asText(), tags,
                        i.hasNonNull("eol") ? LocalDate.parse(i.get("eol").asText()) : null,
                        i.hasNonNull("user") ? i.get("user").asText() : null,
                        i.hasNonNull("uid") ? i.get("uid").asInt() : null,
                        i.get("shell").asBoolean(), i.get("packageManager").asBoolean(), List.copyOf(qualifiers));
                defs.add(d);
                for (String t : tags) {
                    byTag.put(repo + ":" + t, d);
                }
            }
            byRepo.put(repo, defs);
        }
        for (JsonNode c : root.get("charts")) {
            chartByOciName.put(c.get("ociName").asText(), c.get("name").asText());
            for (JsonNode v : c.get("versions")) {
                int pos = 0;
                for (JsonNode img : v.get("images")) {
                    pins.add(new Pin(c.get("name").asText(), v.get("version").asText(), pos++,
                            img.get("reference").asText()));
                }
            }
        }
    }

    private static List<String> texts(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) {
            n.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    /** Compares dotted versions numerically, part by part (the oracle's own comparison). */
    static int compareVersions(String a, String b) {
        String[] x = a.replaceFirst("^v", "").split("[.-]");
        String[] y = b.replaceFirst("^v", "").split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i >= x.length) {
                return -1;
            }
            if (i >= y.length) {
                return 1;
            }
            boolean nx = x[i].matches("\\d{1,18}");
            boolean ny = y[i].matches("\\d{1,18}");
            int c = nx && ny ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]))
                    : nx != ny ? (nx ? -1 : 1) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
