package dev.dhipicker.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.InvalidReferenceException;
import dev.dhipicker.catalog.ref.Libc;
import dev.dhipicker.catalog.ref.Tag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a checkout with the upstream DHI catalog layout ({@code image/<repo>/info.yaml},
 * {@code image/<repo>/<distro>-<version>/*.yaml}, {@code chart/<name>/helm/*.yaml}) into catalog
 * records. Files that are not usable are skipped with a reason, never silently.
 */
public final class CatalogImporter {

    /** Recorded as the generator of the files this importer writes. */
    public static final String GENERATOR = "dhi-picker import-catalog 0.1.0";

    private static final Pattern DISTRO_DIR = Pattern.compile("(debian|alpine)-(\\d+(?:\\.\\d+)?)");
    private static final Set<String> SHELLS = Set.of("bash", "dash", "busybox", "zsh", "mksh", "ash", "yash");
    private static final Set<String> PACKAGE_MANAGERS = Set.of("apt", "apk-tools", "dpkg");

    private final YamlReader yaml = new YamlReader();

    /**
     * Imports a catalog checkout.
     *
     * @param root     the checkout's top folder (holding {@code image/})
     * @param info     provenance to record
     * @param progress called with (files done, files in all) as files are read; may be null
     * @throws CatalogException when the folder does not have the upstream layout at all
     */
    public ImportResult importFrom(Path root, CatalogInfo info, BiConsumer<Integer, Integer> progress)
            throws CatalogException {
        Path imageDir = root.resolve("image");
        if (!Files.isDirectory(imageDir)) {
            throw new CatalogException(root.toString(), null, "not a DHI catalog checkout: there is no image/ folder");
        }
        List<Path> repoDirs = listDirs(imageDir);
        Path chartDir = root.resolve("chart");
        List<Path> chartDirs = Files.isDirectory(chartDir) ? listDirs(chartDir) : List.of();
        int total = 0;
        for (Path d : repoDirs) {
            total += countYaml(d, 2);
        }
        for (Path d : chartDirs) {
            total += countYaml(d, 1) + (Files.isDirectory(d.resolve("helm")) ? countYaml(d.resolve("helm"), 1) : 0);
        }
        Counter counter = new Counter(total, progress);
        List<ImportResult.Skipped> skipped = new ArrayList<>();
        List<Repository> repos = new ArrayList<>();
        List<ImageDefinition> defs = new ArrayList<>();
        for (Path repoDir : repoDirs) {
            importRepository(root, repoDir, repos, defs, skipped, counter);
        }
        List<HelmChart> charts = new ArrayList<>();
        for (Path c : chartDirs) {
            importChart(root, c, charts, skipped, counter);
        }
        skipped.sort(Comparator.comparing(ImportResult.Skipped::file));
        return new ImportResult(info, repos, defs, charts, counter.done, skipped);
    }

    private static final class Counter {
        final int total;
        final BiConsumer<Integer, Integer> progress;
        int done;

        Counter(int total, BiConsumer<Integer, Integer> progress) {
            this.total = total;
            this.progress = progress;
        }

        void tick() {
            done++;
            if (progress != null) {
                progress.accept(done, total);
            }
        }
    }

    private static List<Path> listDirs(Path dir) throws CatalogException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new CatalogException(dir.toString(), null, "cannot list folder: " + e.getMessage());
        }
    }

    private static List<Path> listYaml(Path dir) throws CatalogException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new CatalogException(dir.toString(), null, "cannot list folder: " + e.getMessage());
        }
    }

    private static int countYaml(Path dir, int depth) throws CatalogException {
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return (int) s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).count();
        } catch (IOException e) {
            throw new CatalogException(dir.toString(), null, "cannot list folder: " + e.getMessage());
        }
    }

    private static String rel(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private void importRepository(Path root, Path repoDir, List<Repository> repos, List<ImageDefinition> defs,
                                  List<ImportResult.Skipped> skipped, Counter counter) throws CatalogException {
        String name = repoDir.getFileName().toString();
        Path infoFile = repoDir.resolve("info.yaml");
        List<Path> subdirs = listDirs(repoDir);
        if (!Files.isRegularFile(infoFile)) {
            skipped.add(new ImportResult.Skipped(rel(root, repoDir), "repository folder has no info.yaml"));
            for (Path sub : subdirs) {
                for (Path f : listYaml(sub)) {
                    counter.tick();
                    skipped.add(new ImportResult.Skipped(rel(root, f), "its repository has no info.yaml"));
                }
            }
            return;
        }
        Repository repo;
        try {
            repo = readInfo(name, yaml.read(infoFile, rel(root, infoFile)), rel(root, infoFile));
        } catch (CatalogException e) {
            counter.tick();
            skipped.add(new ImportResult.Skipped(rel(root, infoFile), reasonOf(e)));
            for (Path sub : subdirs) {
                for (Path f : listYaml(sub)) {
                    counter.tick();
                    skipped.add(new ImportResult.Skipped(rel(root, f), "its repository's info.yaml was skipped"));
                }
            }
            return;
        }
        counter.tick();
        repos.add(repo);
        List<Raw> raws = new ArrayList<>();
        for (Path sub : subdirs) {
            Matcher m = DISTRO_DIR.matcher(sub.getFileName().toString());
            for (Path f : listYaml(sub)) {
                counter.tick();
                String relName = rel(root, f);
                if (!m.matches()) {
                    skipped.add(new ImportResult.Skipped(relName, "not in a <distro>-<version> folder (configuration or data file)"));
                    continue;
                }
                try {
                    raws.add(readDefinition(name, rel(repoDir, f), DistroFamily.fromId(m.group(1)), m.group(2),
                            yaml.read(f, relName), relName));
                } catch (CatalogException e) {
                    skipped.add(new ImportResult.Skipped(relName, reasonOf(e)));
                }
            }
        }
        markLibcFreeStatics(raws);
        Map<String, Set<String>> standardPackages = new HashMap<>();
        for (Raw r : raws) {
            if (r.flavors.isEmpty()) {
                standardPackages.put(r.siblingKey(), r.packages);
            }
        }
        for (Raw r : raws) {
            List<String> extra = List.of();
            if (!r.flavors.isEmpty()) {
                Set<String> base = standardPackages.get(r.siblingKey());
                if (base != null) {
                    Set<String> added = new TreeSet<>(r.packages);
                    added.removeAll(base);
                    extra = List.copyOf(added);
                }
            }
            defs.add(r.toDefinition(extra));
        }
    }

    /**
     * Where a distro folder has a definition whose tags name the libc ({@code -musl-alpine3.24})
     * beside one that names none and does not install that libc, the latter has no libc at all
     * (the {@code static} image on Alpine).
     */
    private static void markLibcFreeStatics(List<Raw> raws) {
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            boolean namesLibc = r.tags.stream().anyMatch(t -> t.contains("musl") || t.contains("glibc"));
            String libcPackage = r.distro == DistroFamily.ALPINE ? "musl" : "libc6";
            if (namesLibc || r.packages.contains(libcPackage) || r.libc == Libc.NONE) {
                continue;
            }
            boolean siblingNamesLibc = raws.stream().anyMatch(o -> o != r && o.distro == r.distro
                    && o.distroVersion.equals(r.distroVersion) && o.variant == r.variant
                    && o.tags.stream().anyMatch(t -> t.contains("-" + r.distro.libc().id() + "-")));
            if (siblingNamesLibc) {
                raws.set(i, r.withLibc(Libc.NONE));
            }
        }
    }

    private static String reasonOf(CatalogException e) {
        return (e.location() == null ? "" : e.location() + ": ") + e.reason();
    }

    private static Repository readInfo(String name, JsonNode root, String file) throws CatalogException {
        if (root == null || !root.isObject()) {
            throw new CatalogException(file, null, "info.yaml is not a mapping");
        }
        JsonNode md = root.get("metadata");
        if (md == null || !md.isObject()) {
            throw new CatalogException(file, null, "missing field 'metadata'");
        }
        String display = text(md, "display-name");
        if (display == null || display.isBlank()) {
            throw new CatalogException(file, null, "missing field 'metadata.display-name'");
        }
        List<Tool> tools = new ArrayList<>();
        JsonNode t = md.get("included-tools");
        if (t != null && t.isArray()) {
            for (JsonNode n : t) {
                String tn = text(n, "name");
                if (tn != null) {
                    tools.add(new Tool(tn, text(n, "description")));
                }
            }
        }
        return new Repository(name, display, text(md, "short-description"), strings(md.get("categories")), tools,
                strings(md.get("alternatives")));
    }

    /** A definition as read, before the packages of flavored siblings are compared. */
    private record Raw(String repo, String file, String title, Variant variant, List<String> flavors,
                       DistroFamily distro, String distroVersion, Libc libc, String version, List<String> tags,
                       List<String> platforms, LocalDate release, LocalDate eol, String user, Integer uid,
                       Integer gid, String workDir, List<String> entrypoint, List<String> cmd, List<String> ports,
                       Set<String> packages) {
        Raw withLibc(Libc l) {
            return new Raw(repo, file, title, variant, flavors, distro, distroVersion, l, version, tags, platforms,
                    release, eol, user, uid, gid, workDir, entrypoint, cmd, ports, packages);
        }

        String siblingKey() {
            return distro + "/" + distroVersion + "/" + variant + "/" + version;
        }

        ImageDefinition toDefinition(List<String> extra) {
            boolean shell = packages.stream().anyMatch(SHELLS::contains);
            boolean pm = packages.stream().anyMatch(PACKAGE_MANAGERS::contains);
            return new ImageDefinition(repo, file, title, variant, flavors, distro, distroVersion, libc, version,
                    tags, platforms, release, eol, user, uid, gid, workDir, entrypoint, cmd, ports,
                    packages.size(), shell, pm, extra);
        }
    }

    private static Raw readDefinition(String repo, String file, DistroFamily distro, String distroVersion,
                                      JsonNode d, String display) throws CatalogException {
        if (d == null || !d.isObject()) {
            throw new CatalogException(display, null, "not a YAML mapping");
        }
        if (!d.has("variant") || !d.has("tags")) {
            throw new CatalogException(display, null, "not an image definition (no 'variant' or 'tags' field)");
        }
        String variantText = text(d, "variant");
        Variant variant = Variant.fromId(variantText);
        if (variant == null) {
            throw new CatalogException(display, "variant", "unknown variant '" + variantText + "' (expected runtime or dev)");
        }
        String image = text(d, "image");
        if (image == null) {
            throw new CatalogException(display, "image", "missing field 'image'");
        }
        if (!image.equals("dhi.io/" + repo)) {
            throw new CatalogException(display, "image", "image '" + image + "' does not match its folder (expected dhi.io/" + repo + ")");
        }
        List<String> tags = strings(d.get("tags"));
        if (tags.isEmpty()) {
            throw new CatalogException(display, "tags", "no tags");
        }
        String best = null;
        int bestPrecision = 0;
        for (String t : tags) {
            Tag parsed;
            try {
                parsed = Tag.parse(t);
            } catch (InvalidReferenceException e) {
                throw new CatalogException(display, "tags", e.getMessage());
            }
            if (parsed.version() != null && parsed.versionPrecision() > bestPrecision) {
                best = parsed.version();
                bestPrecision = parsed.versionPrecision();
            }
        }
        if (best == null) {
            String stem = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.yaml$", "");
            best = stem;
        }
        List<String> flavors = new ArrayList<>();
        JsonNode fl = d.get("flavor");
        if (fl != null && !fl.isNull()) {
            if (fl.isArray()) {
                flavors.addAll(strings(fl));
            } else {
                flavors.add(fl.asText());
            }
        }
        JsonNode dates = d.get("dates");
        LocalDate release = date(dates, "release", display);
        LocalDate eol = date(dates, "end-of-life", display);

        JsonNode accounts = d.get("accounts");
        String user = accounts == null ? null : text(accounts, "run-as");
        Integer uid = null;
        Integer gid = null;
        if (user != null) {
            if (user.equals("root")) {
                uid = 0;
                gid = 0;
            } else if (user.matches("\\d+")) {
                uid = Integer.valueOf(user);
            }
            JsonNode users = accounts.get("users");
            if (users != null && users.isArray()) {
                for (JsonNode u : users) {
                    String un = text(u, "name");
                    String uidText = text(u, "uid");
                    boolean match = user.equals(un) || user.equals(uidText);
                    if (match) {
                        uid = parseIntOrNull(uidText);
                        gid = parseIntOrNull(text(u, "gid"));
                        break;
                    }
                }
            }
        }
        Set<String> packages = new TreeSet<>();
        Set<String> excluded = new TreeSet<>();
        JsonNode contents = d.get("contents");
        if (contents != null && contents.get("packages") != null) {
            for (String p : strings(contents.get("packages"))) {
                int eq = p.indexOf('=');
                String pkg = eq < 0 ? p : p.substring(0, eq);
                if (pkg.isBlank()) {
                    continue;
                } else if (pkg.startsWith("!")) {
                    excluded.add(pkg.substring(1)); // an exclusion, not an installed package
                } else {
                    packages.add(pkg);
                }
            }
        }
        // Package lists name what is installed on top of the distro's base, so libc is usually not
        // listed: the distro decides it, unless the definition excludes libc (static images).
        Libc libc = distro.libc();
        if (excluded.contains("libc6") || excluded.contains("glibc") || excluded.contains("musl")) {
            libc = Libc.NONE;
        }
        for (String t : tags) {
            if (t.contains("-musl-") || t.startsWith("musl-") || t.endsWith("-musl")) {
                libc = Libc.MUSL;
            } else if (t.contains("-glibc-") || t.startsWith("glibc-") || t.endsWith("-glibc")) {
                libc = Libc.GLIBC;
            }
        }
        return new Raw(repo, file, text(d, "name"), variant, flavors, distro, distroVersion, libc, best, tags,
                strings(d.get("platforms")), release, eol, user, uid, gid, text(d, "work-dir"),
                commandList(d.get("entrypoint")), commandList(d.get("cmd")), strings(d.get("ports")), packages);
    }

    private static Integer parseIntOrNull(String s) {
        if (s == null || !s.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(s);
    }

    private static LocalDate date(JsonNode dates, String key, String display) throws CatalogException {
        String t = dates == null ? null : text(dates, key);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new CatalogException(display, "dates." + key, "'" + t + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static List<String> commandList(JsonNode n) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (n.isArray()) {
            return strings(n);
        }
        return List.of(n.asText());
    }

    private static String text(JsonNode n, String key) {
        if (n == null) {
            return null;
        }
        JsonNode v = n.get(key);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            for (JsonNode e : n) {
                if (e != null && !e.isNull() && !e.isContainerNode()) {
                    out.add(e.asText());
                }
            }
        }
        return out;
    }

    private void importChart(Path root, Path chartDir, List<HelmChart> charts, List<ImportResult.Skipped> skipped,
                             Counter counter) throws CatalogException {
        String name = chartDir.getFileName().toString();
        Path infoFile = chartDir.resolve("info.yaml");
        String display = null;
        String description = null;
        if (Files.isRegularFile(infoFile)) {
            counter.tick();
            try {
                JsonNode info = yaml.read(infoFile, rel(root, infoFile));
                JsonNode md = info == null ? null : info.get("metadata");
                display = text(md, "display-name");
                description = text(md, "short-description");
            } catch (CatalogException e) {
                skipped.add(new ImportResult.Skipped(rel(root, infoFile), reasonOf(e)));
            }
        }
        Path helmDir = chartDir.resolve("helm");
        List<ChartVersion> versions = new ArrayList<>();
        String ociName = null;
        if (Files.isDirectory(helmDir)) {
            for (Path f : listYaml(helmDir)) {
                counter.tick();
                String relName = rel(root, f);
                try {
                    JsonNode d = yaml.read(f, relName);
                    if (d == null || !d.isObject() || !"helm".equals(text(d, "variant"))) {
                        throw new CatalogException(relName, null, "not a Helm chart definition (variant is not 'helm')");
                    }
                    String image = text(d, "image");
                    List<String> tags = strings(d.get("tags"));
                    if (image == null || !image.startsWith("dhi.io/") || tags.isEmpty()) {
                        throw new CatalogException(relName, null, "chart definition needs 'image: dhi.io/<name>' and a tag");
                    }
                    ociName = image.substring("dhi.io/".length());
                    versions.add(new ChartVersion(tags.get(0), rel(chartDir, f), chartImages(d)));
                } catch (CatalogException e) {
                    skipped.add(new ImportResult.Skipped(relName, reasonOf(e)));
                }
            }
        }
        // config/ and other folders hold chart values, not definitions; they are not read.
        if (versions.isEmpty()) {
            skipped.add(new ImportResult.Skipped(rel(root, chartDir), "chart has no usable helm/<version>.yaml"));
            return;
        }
        versions.sort((a, b) -> compareVersions(b.version(), a.version()));
        charts.add(new HelmChart(name, ociName, display, description, versions));
    }

    private static List<ChartImage> chartImages(JsonNode d) {
        JsonNode vars = d.get("vars");
        String registry = text(vars, "DHI_REGISTRY");
        String namespace = text(vars, "DHI_NAMESPACE");
        List<ChartImage> out = new ArrayList<>();
        collectChartImages(d.get("contents"), out);
        if (out.isEmpty() && vars != null && vars.isObject()) {
            vars.fields().forEachRemaining(e -> {
                if (e.getKey().endsWith("_REFERENCE") && e.getValue().isTextual()) {
                    String n = e.getKey().substring(0, e.getKey().length() - "_REFERENCE".length())
                            .toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                    out.add(new ChartImage(n, e.getValue().asText()));
                }
            });
        }
        List<ChartImage> resolved = new ArrayList<>();
        for (ChartImage i : out) {
            String ref = i.reference();
            if (registry != null && namespace != null && ref.startsWith(namespace + "/")) {
                ref = registry + ref.substring(namespace.length());
            }
            resolved.add(new ChartImage(i.name(), ref));
        }
        return resolved;
    }

    private static void collectChartImages(JsonNode n, List<ChartImage> out) {
        if (n == null) {
            return;
        }
        if (n.isObject()) {
            JsonNode chart = n.get("chart");
            if (chart != null && chart.isObject() && chart.get("images") != null && chart.get("images").isArray()) {
                for (JsonNode img : chart.get("images")) {
                    String name = text(img, "name");
                    String ref = text(img, "ref");
                    if (name != null && ref != null) {
                        out.add(new ChartImage(name, ref));
                    }
                }
            }
            n.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("chart")) {
                    collectChartImages(e.getValue(), out);
                }
            });
        } else if (n.isArray()) {
            for (JsonNode e : n) {
                collectChartImages(e, out);
            }
        }
    }

    /** Compares dotted versions numerically where both parts are numbers, else as text. */
    public static int compareVersions(String a, String b) {
        // Hand-written (no regular expressions): the engine sorts with this on every click.
        // Same result as splitting "^v"-stripped text on '.' and '-' (trailing empty parts
        // dropped, as String.split does) and comparing parts numerically when both are 1-18 digits.
        String[] x = versionParts(a);
        String[] y = versionParts(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i >= x.length) {
                return -1;
            }
            if (i >= y.length) {
                return 1;
            }
            int c;
            if (isNumber(x[i]) && isNumber(y[i])) {
                c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String[] versionParts(String v) {
        String s = v.startsWith("v") ? v.substring(1) : v;
        List<String> parts = new ArrayList<>(4);
        int start = 0;
        boolean split = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '-') {
                parts.add(s.substring(start, i));
                start = i + 1;
                split = true;
            }
        }
        if (!split) {
            return new String[] {s};
        }
        parts.add(s.substring(start));
        int n = parts.size();
        while (n > 0 && parts.get(n - 1).isEmpty()) {
            n--;
        }
        return parts.subList(0, n).toArray(new String[0]);
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
