package dev.dhipicker.recommend;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.VersionOrder;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.Variant;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.Tag;

import java.util.ArrayList;
import java.util.Comparator;
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
    CatalogQuery(Catalog catalog) {
        this.catalog = catalog;
    }

    Catalog catalog() {
        return catalog;
    }

    /** The version line of a definition (worked out once by the catalog from the versions in its tags). */
    String line(ImageDefinition d) {
        return catalog.line(d);
    }

    /** True when the definition is a patch leftover of a newer definition of its line. */
    boolean leftover(ImageDefinition d) {
        return catalog.patchLeftover(d);
    }

    /** Definitions of a repository of one kind, with exactly the given flavors. */
    List<ImageDefinition> defs(String repo, Kind kind, List<String> flavors) {
        return cache.computeIfAbsent(new DefsKey(repo, kind, flavors), k -> {
            List<ImageDefinition> out = new ArrayList<>();
            for (ImageDefinition d : defsOfVariantAnyFlavor(repo, kind)) {
                if (d.flavors().equals(flavors)) {
                    out.add(d);
                }
            }
            return List.copyOf(out);
        });
    }

    /** Definitions of a repository of one kind, whatever their flavors. */
    List<ImageDefinition> defsOfVariantAnyFlavor(String repo, Kind kind) {
        List<ImageDefinition> out = new ArrayList<>();
        for (ImageDefinition d : catalog.definitions(repo)) {
            if (isKind(d, kind)) {
                out.add(d);
            }
        }
        return out;
    }

    /** An SDK image is its own kind, even where the catalog calls it a runtime variant (.NET). */
    private boolean isKind(ImageDefinition d, Kind kind) {
        boolean sdk = hasQualifier(d, "sdk");
        return switch (kind) {
            case RUNTIME -> d.variant() == Variant.RUNTIME && !sdk;
            case DEV -> d.variant() == Variant.DEV;
            case SDK -> sdk;
        };
    }

    /** The qualifiers of a definition's tags ({@code jdk}, {@code jdk21}, {@code sdk}), sorted. */
    List<String> qualifiers(ImageDefinition d) {
        java.util.TreeSet<String> s = new java.util.TreeSet<>();
        for (Tag t : catalog.parsedTags(d)) {
            s.addAll(t.qualifiers());
        }
        return List.copyOf(s);
    }

    /** True when a tag of the definition has the qualifier, or one that starts with it ({@code jdk} matches {@code jdk21}). */
    boolean hasQualifierPrefix(ImageDefinition d, String prefix) {
        for (Tag t : catalog.parsedTags(d)) {
            for (String q : t.qualifiers()) {
                if (q.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean hasQualifier(ImageDefinition d, String qualifier) {
        for (Tag t : catalog.parsedTags(d)) {
            if (t.qualifiers().contains(qualifier)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Distinct version lines, newest first by the newest version each line holds (a line's label
     * can be less precise than its neighbour's); pre-releases only when nothing else exists.
     */
    List<String> lines(List<ImageDefinition> defs) {
        java.util.Map<String, String> newest = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> pre = new java.util.LinkedHashMap<>();
        for (ImageDefinition d : defs) {
            if (!leftover(d)) {
                (preRelease(d) ? pre : newest).merge(line(d), d.version(),
                        (x, y) -> VersionOrder.compare(x, y) >= 0 ? x : y);
            }
        }
        if (newest.isEmpty()) {
            newest.putAll(pre);
        }
        List<String> out = new ArrayList<>(newest.keySet());
        out.sort((a, b) -> {
            int c = VersionOrder.compare(newest.get(b), newest.get(a));
            return c != 0 ? c : VersionOrder.compare(b, a);
        });
        return out;
    }

    /** True for a pre-release (a tag or flavor word such as rc, beta, alpha or preview). */
    boolean preRelease(ImageDefinition d) {
        for (String f : d.flavors()) {
            if (isPreReleaseWord(f)) {
                return true;
            }
        }
        for (Tag t : catalog.parsedTags(d)) {
            String name = t.name();
            if (name != null && isPreReleaseWord(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPreReleaseWord(String w) {
        String s = w.toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("rc") || s.startsWith("beta") || s.startsWith("alpha") || s.startsWith("preview");
    }

    /** Current definitions (no patch leftovers) of one line and distro family, newest distro release first. */
    List<ImageDefinition> ofLine(List<ImageDefinition> defs, String line, DistroFamily family) {
        List<ImageDefinition> out = new ArrayList<>();
        for (ImageDefinition d : defs) {
            if (!leftover(d) && line(d).equals(line) && (family == null || d.distro() == family)) {
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
