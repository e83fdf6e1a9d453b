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

    /** A definition as read, before the packages of flavored siblings are compared. */
    record Raw(String repo, String file, String title, Variant variant, List<String> flavors,
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

    static Raw readDefinition(String repo, String file, DistroFamily distro, String distroVersion,
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

    static Repository readInfo(String name, JsonNode root, String file) throws CatalogException {
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
}
