package dev.dhipicker.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.InvalidReferenceException;
import dev.dhipicker.catalog.ref.Libc;
import dev.dhipicker.catalog.ref.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns one upstream image definition (YAML tree) into catalog facts: tags, variant, flavors,
 * run-as user, dates, and what its package list says about shell, package manager and libc.
 */
final class DefinitionReader {
    static final Set<String> SHELLS = Set.of("bash", "dash", "busybox", "zsh", "mksh", "ash", "yash");
    static final Set<String> PACKAGE_MANAGERS = Set.of("apt", "apk-tools", "dpkg");

    private DefinitionReader() {
    }

    /**
     * Where a distro folder has a definition whose tags name the libc ({@code -musl-alpine3.24})
     * beside one that names none and does not install that libc, the latter has no libc at all
     * (the {@code static} image on Alpine).
     */
    static void markLibcFreeStatics(List<Raw> raws) {
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

    /**
     * A definition as read, before the packages of flavored siblings are compared and before the
     * flavors are completed from the evidence ({@link FlavorEvidence}).
     *
     * @param flavors       the flavors: those of the {@code flavor} field, completed by {@link FlavorEvidence}
     * @param declared      the {@code flavor} field as written
     * @param components    the DHI images the definition is built from ({@code php:8.5.9})
     * @param environment   the {@code environment} block as written, name to value, in file order
     * @param binPaths      the executables the definition writes under a bin or sbin directory ({@code paths})
     * @param flavorImplied true when the flavor was decided from evidence other than the tags
     * @param shellCopied   true when a shell binary comes from another image ({@code contents.artifacts}
     *                      includes) or from {@code paths}, not from a package
     */
    record Raw(String repo, String file, String title, Variant variant, List<String> flavors,
                       DistroFamily distro, String distroVersion, Libc libc, String version, List<String> tags,
                       List<String> platforms, LocalDate release, LocalDate eol, String user, Integer uid,
                       Integer gid, String workDir, List<String> entrypoint, List<String> cmd, List<String> ports,
                       Set<String> packages, List<String> declared, List<String> components,
                       Map<String, String> environment, List<String> binPaths, boolean flavorImplied,
                       boolean shellCopied) {
        Raw withLibc(Libc l) {
            return new Raw(repo, file, title, variant, flavors, distro, distroVersion, l, version, tags, platforms,
                    release, eol, user, uid, gid, workDir, entrypoint, cmd, ports, packages, declared, components,
                    environment, binPaths, flavorImplied, shellCopied);
        }

        Raw withFlavors(List<String> f, boolean implied) {
            return new Raw(repo, file, title, variant, List.copyOf(f), distro, distroVersion, libc, version, tags,
                    platforms, release, eol, user, uid, gid, workDir, entrypoint, cmd, ports, packages, declared,
                    components, environment, binPaths, implied, shellCopied);
        }

        String siblingKey() {
            return distro + "/" + distroVersion + "/" + variant + "/" + version;
        }

        ImageDefinition toDefinition(List<String> extra) {
            boolean shell = shellCopied || packages.stream().anyMatch(SHELLS::contains);
            boolean pm = packages.stream().anyMatch(PACKAGE_MANAGERS::contains);
            return new ImageDefinition(repo, file, title, variant, flavors, distro, distroVersion, libc, version,
                    tags, platforms, release, eol, user, uid, gid, workDir, entrypoint, cmd, ports,
                    packages.size(), shell, pm, extra, components, environment, binPaths, flavorImplied);
        }
    }

    static Raw readDefinition(String repo, String file, DistroFamily distro, String distroVersion,
                              YamlReader.Doc doc, String display) throws CatalogException {
        YamlFields at = new YamlFields(display, doc);
        JsonNode d = doc.root();
        if (d == null || !d.isObject()) {
            throw at.error(d, null, "not a YAML mapping");
        }
        if (!d.has("variant") || !d.has("tags")) {
            throw at.error(d, null, "not an image definition (no 'variant' or 'tags' field)");
        }
        String variantText = at.oneLine(d, "variant");
        Variant variant = Variant.fromId(variantText);
        if (variant == null) {
            throw at.error(d.get("variant"), "variant", "unknown variant '" + variantText + "' (expected runtime or dev)");
        }
        String image = at.oneLine(d, "image");
        if (image == null) {
            throw at.error(d, "image", "missing field 'image'");
        }
        if (!image.equals("dhi.io/" + repo)) {
            throw at.error(d.get("image"), "image", "image '" + image + "' does not match its folder (expected dhi.io/" + repo + ")");
        }
        List<String> tags = at.strings(d, "tags");
        if (tags.isEmpty()) {
            throw at.error(d.get("tags"), "tags", "no tags");
        }
        String best = null;
        int bestPrecision = 0;
        for (int i = 0; i < tags.size(); i++) {
            String t = tags.get(i);
            Tag parsed;
            try {
                parsed = Tag.parse(t);
            } catch (InvalidReferenceException e) {
                throw at.error(d.get("tags").get(i), "tags[" + i + "]", e.getMessage());
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
                flavors.addAll(at.strings(d, "flavor"));
            } else {
                flavors.add(at.oneLine(d, "flavor"));
            }
        }
        JsonNode dates = d.get("dates");
        LocalDate release = date(at, dates, "release");
        LocalDate eol = date(at, dates, "end-of-life");

        JsonNode accounts = d.get("accounts");
        String user = accounts == null ? null : at.oneLine(accounts, "run-as");
        Integer uid = null;
        Integer gid = null;
        if (user != null) {
            if (user.equals("root")) {
                uid = 0;
                gid = 0;
            } else if (user.matches("\\d{1,9}")) {
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
                        if (uid == null) {
                            throw at.error(u, "accounts.users", "the run-as user '" + user + "' has no valid uid ('"
                                    + uidText + "')");
                        }
                        break;
                    }
                }
            }
        }
        if (uid == null) {
            // Without the uid a Dockerfile could set neither USER nor --chown.
            throw at.error(accounts == null ? d : accounts, "accounts.run-as", user == null
                    ? "the user the image runs as is not given"
                    : "the run-as user '" + user + "' has no uid in accounts.users");
        }
        Set<String> packages = new TreeSet<>();
        Set<String> excluded = new TreeSet<>();
        JsonNode contents = d.get("contents");
        if (contents != null && contents.get("packages") != null) {
            for (String p : at.strings(contents, "packages")) {
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
        return new Raw(repo, file, at.oneLine(d, "name"), variant, flavors, distro, distroVersion, libc, best, tags,
                at.strings(d, "platforms"), release, eol, user, uid, gid, at.oneLine(d, "work-dir"),
                commandList(at, d, "entrypoint"), commandList(at, d, "cmd"), at.strings(d, "ports"), packages,
                List.copyOf(flavors), ContentsEvidence.components(d), at.oneLineMap(d, "environment"), ContentsEvidence.binPaths(at, d),
                false, ContentsEvidence.copiesShell(d));
    }

    private static Integer parseIntOrNull(String s) {
        if (s == null || !s.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(s);
    }

    private static LocalDate date(YamlFields at, JsonNode dates, String key) throws CatalogException {
        String t = dates == null ? null : at.oneLine(dates, key);
        if (t == null || t.isBlank()) {
            return null;
        }
        // LocalDate.parse also takes years such as +999999999; upstream dates have four digits
        if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw at.error(dates.get(key), "dates." + key, "'" + t + "' is not a date (YYYY-MM-DD)");
    }

    private static List<String> commandList(YamlFields at, JsonNode d, String key) throws CatalogException {
        JsonNode n = d.get(key);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (n.isArray()) {
            return at.strings(d, key);
        }
        return List.of(at.oneLine(d, key));
    }

    static String text(JsonNode n, String key) {
        if (n == null) {
            return null;
        }
        JsonNode v = n.get(key);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    static List<String> strings(JsonNode n) {
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

    static Repository readInfo(String name, YamlReader.Doc doc, String file) throws CatalogException {
        YamlFields at = new YamlFields(file, doc);
        JsonNode root = doc.root();
        if (root == null || !root.isObject()) {
            throw at.error(root, null, "info.yaml is not a mapping");
        }
        JsonNode md = root.get("metadata");
        if (md == null || !md.isObject()) {
            throw at.error(root, null, "missing field 'metadata'");
        }
        String display = at.oneLine(md, "display-name");
        if (display == null || display.isBlank()) {
            throw at.error(md, "metadata", "missing field 'metadata.display-name'");
        }
        List<Tool> tools = new ArrayList<>();
        JsonNode t = md.get("included-tools");
        if (t != null && t.isArray()) {
            for (JsonNode n : t) {
                String tn = at.oneLine(n, "name");
                if (tn != null) {
                    tools.add(new Tool(tn, at.prose(n, "description")));
                }
            }
        }
        return new Repository(name, display, at.prose(md, "short-description"), at.strings(md, "categories"), tools,
                at.strings(md, "alternatives"));
    }
}
