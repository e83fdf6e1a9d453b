package dev.dhipicker.recommend;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.VersionOrder;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.Variant;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.Tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read-only questions the engine asks the catalog: version lines, definitions of a kind, the tag
 * to show for a definition. Per-repository results are cached, so a recommendation costs a few
 * map look-ups once warm.
 */
final class CatalogQuery {

    /** What kind of image a query is about. */
    enum Kind { RUNTIME, DEV, SDK }

    private final Catalog catalog;
    /** Cache key of {@link #defs}: cheap to hash, unlike a string built on every call. */
    private record DefsKey(String repo, Kind kind, List<String> flavors) {
        // Written out: a record's generated equals and hashCode are bootstrapped through
        // invokedynamic, which costs a fresh JVM tens of milliseconds on the first call.
        @Override
        public boolean equals(Object o) {
            return o instanceof DefsKey k && repo.equals(k.repo) && kind == k.kind && flavors.equals(k.flavors);
        }

        @Override
        public int hashCode() {
            return (repo.hashCode() * 31 + kind.hashCode()) * 31 + flavors.hashCode();
        }
    }

    private final Map<DefsKey, List<ImageDefinition>> cache = new ConcurrentHashMap<>();
    /**
     * Version line of every definition, one identity map per repository, filled on first use of
     * the repository and never changed after (a definition record's own hashCode walks all its
     * fields, so it is not used as a key on the hot path).
     */
    private final Map<String, Map<ImageDefinition, String>> linesByRepo = new ConcurrentHashMap<>();

    CatalogQuery(Catalog catalog) {
        this.catalog = catalog;
    }

    Catalog catalog() {
        return catalog;
    }

    /**
     * The version line of a definition, as upstream groups its files: {@code 3.14}, {@code 21},
     * {@code 10}, {@code 8.4}. Named lines (nginx's {@code mainline}) use the major.minor version.
     */
    String line(ImageDefinition d) {
        Map<ImageDefinition, String> m = linesByRepo.computeIfAbsent(d.repository(), repo -> {
            Map<ImageDefinition, String> lines = new IdentityHashMap<>();
            for (ImageDefinition o : catalog.definitions(repo)) {
                lines.put(o, computeLine(o));
            }
            return lines;
        });
        String line = m.get(d);
        return line != null ? line : computeLine(d);
    }

    private static String computeLine(ImageDefinition d) {
        String stem = d.file().substring(d.file().lastIndexOf('/') + 1).replaceFirst("\\.yaml$", "");
        stem = stem.replaceFirst("-dev$", "");
        List<String> flavors = new ArrayList<>(d.flavors());
        flavors.sort(Comparator.comparingInt(String::length).reversed());
        for (String f : flavors) {
            stem = stem.replace("-" + f, "");
        }
        stem = stem.replaceFirst("^(jre|jdk)-", "").replaceFirst("-sdk$", "");
        if (stem.isEmpty() || !Character.isDigit(stem.charAt(0))) {
            String[] parts = d.version().split("\\.");
            if (parts.length >= 2 && parts[0].matches("\\d+") && parts[1].matches("\\d+")) {
                return parts[0] + "." + parts[1];
            }
            return stem.isEmpty() ? d.version() : stem;
        }
        return stem;
    }

    /** Definitions of a repository of one kind, with exactly the given flavors. */
    List<ImageDefinition> defs(String repo, Kind kind, List<String> flavors) {
        return cache.computeIfAbsent(new DefsKey(repo, kind, flavors), k -> {
            List<ImageDefinition> out = new ArrayList<>();
            for (ImageDefinition d : catalog.definitions(repo)) {
                if (!d.flavors().equals(flavors)) {
                    continue;
                }
                boolean sdk = hasQualifier(d, "sdk");
                boolean match = switch (kind) {
                    case RUNTIME -> d.variant() == Variant.RUNTIME && !sdk;
                    case DEV -> d.variant() == Variant.DEV;
                    case SDK -> sdk;
                };
                if (match) {
                    out.add(d);
                }
            }
            return List.copyOf(out);
        });
    }

    boolean hasQualifier(ImageDefinition d, String qualifier) {
        for (Tag t : catalog.parsedTags(d)) {
            if (t.qualifiers().contains(qualifier)) {
                return true;
            }
        }
        return false;
    }

    /** Distinct version lines, newest first. */
    List<String> lines(List<ImageDefinition> defs) {
        LinkedHashSet<String> s = new LinkedHashSet<>();
        for (ImageDefinition d : defs) {
            s.add(line(d));
        }
        List<String> out = new ArrayList<>(s);
        out.sort((a, b) -> VersionOrder.compare(b, a));
        return out;
    }

    /** Definitions of one line and distro family, newest distro release first. */
    List<ImageDefinition> ofLine(List<ImageDefinition> defs, String line, DistroFamily family) {
        List<ImageDefinition> out = new ArrayList<>();
        for (ImageDefinition d : defs) {
            if (line(d).equals(line) && (family == null || d.distro() == family)) {
                out.add(d);
            }
        }
        out.sort(NEWEST_DISTRO);
        return out;
    }

    /** Newest distro release first; Debian before Alpine when families differ. */
    static final Comparator<ImageDefinition> NEWEST_DISTRO = Comparator
            .comparing((ImageDefinition d) -> d.distro())
            .thenComparing((a, b) -> VersionOrder.compare(b.distroVersion(), a.distroVersion()));

    /** The definition in {@code defs} on exactly this distro release, if any. */
    static Optional<ImageDefinition> onDistro(List<ImageDefinition> defs, DistroFamily family, String distroVersion) {
        for (ImageDefinition d : defs) {
            if (d.distro() == family && d.distroVersion().equals(distroVersion)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * The tag to recommend: an explicit distro release, the version at the line's precision
     * ({@code 3.14-debian13}), no package revision.
     */
    String recommendedTag(ImageDefinition d, String line) {
        int precision = numericLinePrecision(line);
        Tag best = null;
        for (Tag t : catalog.parsedTags(d)) {
            if (t.distroVersion() == null || t.revision() != null || t.version() == null || t.name() != null) {
                continue;
            }
            if (t.version().equals(line)) {
                return t.format();
            }
            if (t.versionPrecision() == precision && (best == null || t.format().length() < best.format().length())) {
                best = t;
            }
        }
        return best != null ? best.format() : catalog.pinnedTag(d);
    }

    /**
     * For a line of digits and dots ({@code 3.14}): its number of dot-separated parts as
     * {@code String.split("\\.")} counts them (trailing empty parts dropped); otherwise 2.
     */
    static int numericLinePrecision(String line) {
        if (line.isEmpty() || line.charAt(0) < '0' || line.charAt(0) > '9') {
            return 2;
        }
        int end = line.length();
        for (int i = 1; i < end; i++) {
            char c = line.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return 2;
            }
        }
        while (line.charAt(end - 1) == '.') {
            end--;
        }
        int parts = 1;
        for (int i = 1; i < end; i++) {
            if (line.charAt(i) == '.') {
                parts++;
            }
        }
        return parts;
    }

    /** The floating alias of the same line ({@code 3.14}, {@code 24-alpine}), or null. */
    String floatingTag(ImageDefinition d, String line) {
        String best = null;
        for (Tag t : catalog.parsedTags(d)) {
            if (line.equals(t.version()) && t.distroVersion() == null && t.revision() == null && t.name() == null) {
                if (best == null || t.format().length() < best.length()) {
                    best = t.format();
                }
            }
        }
        return best;
    }
}
