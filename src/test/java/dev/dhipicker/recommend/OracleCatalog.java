package dev.dhipicker.recommend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The counter-example oracle's own reading of the catalog. Where the upstream definitions are
 * present ({@code ../shared/dhi-catalog/image}) it reads their YAML itself, with a plain tree
 * parser and none of the importer's or the catalog model's code: variant, the {@code flavor}
 * field, tags, distro folder, end of life, and the DHI images a definition is built from
 * ({@code contents.artifacts} references and {@code vars} such as {@code PHP_MAJOR_MINOR_VERSION}).
 * On a clone without them it reads the bundled JSON for tags, variant, distro and dates and the
 * committed evidence file ({@link #EVIDENCE}) for the flavor field and the components: facts
 * written by this class from the YAML, checked against it wherever the YAML is present.
 */
final class OracleCatalog {
    /** The upstream definitions: {@code ../shared/dhi-catalog}, or the folder the property {@code dhi.upstream} names. */
    static final Path UPSTREAM = Path.of(System.getProperty("dhi.upstream", "../shared/dhi-catalog"), "image");
    static final Path EVIDENCE = Path.of("src", "test", "resources", "oracle", "definition-evidence.tsv");

    private static final Pattern FOLDER = Pattern.compile("(debian|alpine)-(\\d+(?:\\.\\d+)*)");
    /** A DHI image reference in contents or vars: {@code dhi.io/php:8.5.9-alpine3.22@sha256:...}, {@code dhi/php:8.5.9-...}. */
    private static final Pattern DHI_REF = Pattern.compile("^(?:dhi\\.io|dhi)/([a-z0-9][a-z0-9._-]*):(\\d+(?:\\.\\d+)*)");
    private static final Pattern SHELL = Pattern.compile(
            "^package:(bash|dash|busybox|zsh|mksh|yash)$|(^|/)s?bin/(sh|bash|dash|ash|zsh|mksh|busybox)$");
    private static final Pattern PACKAGE_MANAGER = Pattern.compile(
            "^package:(apt|apk-tools|dpkg)$|(^|/)s?bin/(apt|apt-get|apk|dpkg)$");
    private static final Pattern MAJOR_MINOR_VAR = Pattern.compile("([A-Z]+)_MAJOR_MINOR_VERSION");

    /**
     * One definition as the oracle reads it.
     *
     * @param components DHI image name to the version this definition carries ({@code php -> 8.5.9})
     */
    record Def(String repo, String file, String variant, List<String> flavorField, String family, String release,
               List<String> tags, LocalDate eol, Map<String, String> components, boolean shell,
               boolean packageManager, List<String> flavor, TreeSet<String> words, String version) {
        Def {
            if (words == null) {
                words = new TreeSet<>();
                for (String t : tags) {
                    words.addAll(List.of(t.split("-")));
                }
            }
            if (version == null) {
                version = versionOf(tags, file);
            }
        }

        Def(String repo, String file, String variant, List<String> flavorField, String family, String release,
            List<String> tags, LocalDate eol, Map<String, String> components, boolean shell, boolean packageManager,
            List<String> flavor) {
            this(repo, file, variant, flavorField, family, release, tags, eol, components, shell, packageManager, flavor,
                    null, null);
        }

        Def withFlavor(List<String> f) {
            return new Def(repo, file, variant, flavorField, family, release, tags, eol, components, shell,
                    packageManager, f, words, version);
        }

        /** Whether the oracle lists this definition in the evidence file: it has evidence beyond tags, or is unusual. */
        boolean notable() {
            boolean usual = variant.equals("runtime") ? !shell && !packageManager : shell && packageManager;
            return !flavorField.isEmpty() || !components.isEmpty() || !usual;
        }

        /** The most precise version among the tags' leading version words, else the file name's stem. */
        private static String versionOf(List<String> tags, String file) {
            String best = null;
            for (String t : tags) {
                String w = t.split("-")[0];
                if (w.matches("\\d+(?:\\.\\d+)*") && (best == null || dots(w) > dots(best))) {
                    best = w;
                }
            }
            return best != null ? best : file.substring(file.indexOf('/') + 1).replaceFirst("\\.yaml$", "");
        }

        boolean inLine(String line) {
            String v = version();
            return v != null && (v.equals(line) || v.startsWith(line + "."));
        }

        boolean sdk() {
            return words().contains("sdk");
        }

        boolean runtimeKind() {
            return variant.equals("runtime") && !sdk();
        }

        boolean supportedOn(LocalDate today) {
            return eol == null || eol.isAfter(today);
        }

        String folder() {
            return file.substring(0, file.indexOf('/'));
        }

        private static int dots(String s) {
            return s.length() - s.replace(".", "").length();
        }
    }

    final Map<String, List<Def>> byRepo = new LinkedHashMap<>();
    /**
     * FIPS tags each repository's guide writes out ({@code fips-tags-in-guides.tsv} beside the
     * definitions), or null on a clone without the upstream folder.
     */
    Map<String, List<String>> fipsTags;
    /**
     * Chart name to the DHI images its definitions pin, in the order written (from
     * {@code chart/<name>/helm/*.yaml}, or from the bundled JSON's chart pins without the upstream folder).
     */
    final Map<String, List<String>> chartPins = new TreeMap<>();
    final Map<String, Def> byTag = new HashMap<>();
    final boolean fromYaml;

    private OracleCatalog(boolean fromYaml) {
        this.fromYaml = fromYaml;
    }

    static boolean upstreamPresent() {
        return Files.isDirectory(UPSTREAM);
    }

    /** From the upstream YAML when present, else from the bundled JSON and the evidence file. */
    static OracleCatalog load() throws IOException {
        return upstreamPresent() ? fromYaml() : fromJsonAndEvidence();
    }

    static OracleCatalog fromYaml() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        OracleCatalog c = new OracleCatalog(true);
        List<Path> files;
        try (Stream<Path> s = Files.walk(UPSTREAM, 3)) {
            files = s.filter(p -> p.toString().endsWith(".yaml") && p.getNameCount() - UPSTREAM.getNameCount() == 3)
                    .sorted().toList();
        }
        for (Path p : files) {
            Path rel = UPSTREAM.relativize(p);
            Matcher m = FOLDER.matcher(rel.getName(1).toString());
            if (!m.matches()) {
                continue;
            }
            JsonNode d = yaml.readTree(p.toFile());
            if (d == null || !d.has("tags") || !d.has("variant")) {
                continue;
            }
            String repo = rel.getName(0).toString();
            Map<String, String> components = new TreeMap<>();
            JsonNode vars = d.get("vars");
            if (vars != null) {
                vars.fields().forEachRemaining(e -> {
                    String v = e.getValue().asText();
                    Matcher ref = DHI_REF.matcher(v);
                    if (e.getKey().endsWith("_REFERENCE") && ref.find()) {
                        components.merge(ref.group(1), ref.group(2), OracleCatalog::morePrecise);
                    }
                    Matcher mm = MAJOR_MINOR_VAR.matcher(e.getKey());
                    if (mm.matches() && !mm.group(1).equals("SEMVER")) {
                        components.merge(mm.group(1).toLowerCase(java.util.Locale.ROOT), v, OracleCatalog::morePrecise);
                    }
                });
            }
            JsonNode contents = d.get("contents");
            if (contents != null && contents.get("artifacts") != null) {
                for (JsonNode a : contents.get("artifacts")) {
                    Matcher ref = DHI_REF.matcher(a.path("name").asText());
                    if (ref.find()) {
                        components.merge(ref.group(1), ref.group(2), OracleCatalog::morePrecise);
                    }
                }
            }
            // shell and package manager: a package, or a binary copied from another image or written under paths
            List<String> inImage = new ArrayList<>();
            for (JsonNode pk : d.path("contents").path("packages")) {
                String name = pk.asText().split("=")[0];
                inImage.add(name.startsWith("!") ? "" : "package:" + name);
            }
            for (JsonNode a : d.path("contents").path("artifacts")) {
                a.path("includes").forEach(i -> inImage.add(i.asText()));
            }
            for (JsonNode f : d.path("paths")) {
                if (!f.path("type").asText().equals("directory")) {
                    inImage.add(f.path("path").asText());
                }
            }
            boolean shell = inImage.stream().anyMatch(f -> SHELL.matcher(f).find());
            boolean pm = inImage.stream().anyMatch(f -> PACKAGE_MANAGER.matcher(f).find());
            JsonNode eol = d.path("dates").get("end-of-life");
            c.add(new Def(repo, rel.getName(1) + "/" + rel.getName(2), d.get("variant").asText(), texts(d.get("flavor")),
                    m.group(1), m.group(2), texts(d.get("tags")),
                    eol == null || eol.asText().isBlank() ? null : LocalDate.parse(eol.asText()), components, shell, pm,
                    List.of()));
        }
        c.decideFlavors();
        Path tsv = UPSTREAM.getParent().resolve("fips-tags-in-guides.tsv");
        if (Files.isRegularFile(tsv)) {
            c.fipsTags = new HashMap<>();
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                c.fipsTags.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
            }
        }
        Path charts = UPSTREAM.getParent().resolve("chart");
        try (Stream<Path> s = Files.walk(charts, 3)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".yaml") && x.getParent().getFileName().toString().equals("helm"))
                    .sorted().toList()) {
                String chart = p.getParent().getParent().getFileName().toString();
                Matcher m = Pattern.compile("ref: dhi/([a-z0-9._-]+):").matcher(Files.readString(p));
                List<String> pins = c.chartPins.computeIfAbsent(chart, k -> new ArrayList<>());
                while (m.find()) {
                    pins.add(m.group(1));
                }
            }
        }
        return c;
    }

    private static String morePrecise(String a, String b) {
        return b.length() > a.length() && b.startsWith(a) ? b : a;
    }

    static OracleCatalog fromJsonAndEvidence() throws IOException {
        Map<String, String[]> evidence = new HashMap<>();
        for (String line : Files.readAllLines(EVIDENCE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            evidence.put(f[0] + "/" + f[1], f);
        }
        OracleCatalog c = new OracleCatalog(false);
        JsonNode root = new ObjectMapper().readTree(Path.of("catalog-data/dhi-catalog.json").toFile());
        for (JsonNode r : root.get("repositories")) {
            String repo = r.get("name").asText();
            for (JsonNode i : r.get("images")) {
                String file = i.get("file").asText();
                String[] ev = evidence.get(repo + "/" + file);
                List<String> flavor = ev == null || ev[2].isEmpty() ? List.of() : List.of(ev[2].split(","));
                Map<String, String> components = new TreeMap<>();
                if (ev != null && !ev[3].isEmpty()) {
                    for (String kv : ev[3].split(",")) {
                        components.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
                    }
                }
                String variant = i.get("variant").asText();
                boolean runtime = variant.equals("runtime");
                boolean shell = ev == null ? !runtime : ev[4].equals("shell");
                boolean pm = ev == null ? !runtime : ev[5].equals("package-manager");
                c.add(new Def(repo, file, variant, flavor, i.get("distro").asText(),
                        i.get("distroVersion").asText(), texts(i.get("tags")),
                        i.hasNonNull("eol") ? LocalDate.parse(i.get("eol").asText()) : null, components, shell, pm,
                        List.of()));
            }
        }
        c.decideFlavors();
        for (JsonNode ch : root.get("charts")) {
            List<String> pins = c.chartPins.computeIfAbsent(ch.get("name").asText(), k -> new ArrayList<>());
            for (JsonNode v : ch.get("versions")) {
                for (JsonNode img : v.get("images")) {
                    String ref = img.get("reference").asText();
                    String name = ref.substring(0, ref.indexOf(':'));
                    pins.add(name.substring(name.lastIndexOf('/') + 1));
                }
            }
        }
        return c;
    }

    /** The evidence file's text for this catalog: one line per definition with a flavor field or a component. */
    String evidenceText() {
        StringBuilder b = new StringBuilder("# repository\tfile\tflavor field\tcomponents (DHI image=version, from contents"
                + " and vars)\tshell\tpackage manager\n# Written by OracleCatalog from the upstream YAML; see"
                + " CounterExampleOracleTest. A definition not listed has no flavor field and no component, and is\n"
                + "# usual: a runtime image without shell or package manager, a dev image with both.\n");
        for (List<Def> defs : byRepo.values()) {
            for (Def d : defs) {
                if (!d.notable()) {
                    continue;
                }
                List<String> kv = new ArrayList<>();
                d.components().forEach((k, v) -> kv.add(k + "=" + v));
                b.append(d.repo()).append('\t').append(d.file()).append('\t').append(String.join(",", d.flavorField()))
                        .append('\t').append(String.join(",", kv))
                        .append('\t').append(d.shell() ? "shell" : "-")
                        .append('\t').append(d.packageManager() ? "package-manager" : "-").append('\n');
            }
        }
        return b.toString();
    }

    /** Component words of tags and the images they name ({@code pg16} is Postgres 16). */
    private static final Map<String, String> WORD_COMPONENT = Map.of("php", "php", "pg", "postgres", "python", "python",
            "node", "node");
    private static final Pattern COMPONENT_WORD = Pattern.compile("(php|pg|python|node)(\\d+(?:\\.\\d+)*)");

    /**
     * The oracle's own flavour of each definition: the flavor field; else a component word
     * ({@code pg16}) in every tag; else, where siblings carry such a word, the component's
     * version in what the definition is built from (a default build such as Composer for PHP 8.5).
     */
    private void decideFlavors() {
        for (Map.Entry<String, List<Def>> e : byRepo.entrySet()) {
            List<Def> defs = e.getValue();
            for (int i = 0; i < defs.size(); i++) {
                Def d = defs.get(i);
                if (!d.flavorField().isEmpty()) {
                    defs.set(i, d.withFlavor(d.flavorField()));
                    continue;
                }
                String common = null;
                boolean all = true;
                for (String t : d.tags()) {
                    String w = java.util.Arrays.stream(t.split("-")).filter(x -> COMPONENT_WORD.matcher(x).matches())
                            .reduce((x, y) -> y).orElse(null);
                    all &= w != null && (common == null || common.equals(w));
                    common = w;
                }
                if (all && common != null) {
                    defs.set(i, d.withFlavor(List.of(common)));
                }
            }
            for (int i = 0; i < defs.size(); i++) {
                Def d = defs.get(i);
                if (!d.flavor().isEmpty()) {
                    continue;
                }
                for (Def o : defs) {
                    Matcher m = o.flavor().size() == 1 ? COMPONENT_WORD.matcher(o.flavor().get(0)) : null;
                    String v = m != null && m.matches() ? d.components().get(WORD_COMPONENT.get(m.group(1))) : null;
                    if (v != null) {
                        String[] parts = v.split("\\.");
                        int n = Math.min(parts.length, m.group(2).split("\\.").length);
                        defs.set(i, d.withFlavor(List.of(m.group(1) + String.join(".", java.util.Arrays.copyOf(parts, n)))));
                        break;
                    }
                }
            }
            for (Def d : defs) {
                for (String t : d.tags()) {
                    byTag.put(d.repo() + ":" + t, d);
                }
            }
        }
    }

    private void add(Def d) {
        byRepo.computeIfAbsent(d.repo(), k -> new ArrayList<>()).add(d);
        for (String t : d.tags()) {
            byTag.put(d.repo() + ":" + t, d);
        }
    }

    List<Def> defs(String repo) {
        return byRepo.getOrDefault(repo, List.of());
    }

    private static List<String> texts(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else {
            out.add(n.asText());
        }
        return out;
    }
}
