package dev.dhipicker.catalog;

import dev.dhipicker.catalog.ref.Tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The version lines of one repository, worked out from the versions written in its tags (never
 * from upstream file names, which outlive the releases they were named after).
 *
 * <p>Definitions are compared within a <em>group</em>: the same variant, flavors, SDK or not,
 * distro release and libc. The repository's line precision is the smallest number of version
 * parts that tells apart every two current definitions of any group ({@code 3.13} and
 * {@code 3.14} need two, Node's {@code 22} and {@code 24} one), and at least as precise as
 * upstream names its current lines ({@code 2.4} for httpd, whose only line needs one part). A definition's line is its least
 * precise version tag at that precision or finer; a definition without such a tag uses its own
 * version. A <em>patch leftover</em> is a definition whose only version tag is its full version
 * while a newer definition of the same group carries a less precise tag covering it (kafka's
 * {@code 4.3.0} next to {@code 4.3} = 4.3.1): it belongs to that line but is never its current
 * image.
 */
final class VersionLines {

    private final Map<ImageDefinition, String> lines = new IdentityHashMap<>();
    private final Map<ImageDefinition, Boolean> leftovers = new IdentityHashMap<>();

    VersionLines(List<ImageDefinition> definitions, Map<ImageDefinition, List<Tag>> tags) {
        Map<ImageDefinition, List<String>> versions = new IdentityHashMap<>();
        Map<List<Object>, List<ImageDefinition>> groups = new LinkedHashMap<>();
        for (ImageDefinition d : definitions) {
            List<String> vs = new ArrayList<>();
            boolean sdk = false;
            for (Tag t : tags.getOrDefault(d, List.of())) {
                if (t.version() != null && t.name() == null && !vs.contains(t.version())) {
                    vs.add(t.version());
                }
                sdk |= t.qualifiers().contains("sdk");
            }
            vs.sort((a, b) -> Integer.compare(precision(a), precision(b)));
            versions.put(d, vs);
            // an SDK is another kind of image with versions of its own (.NET SDK 10.0.400 beside runtime 10.0.11);
            // other qualifiers (jdk21, jre23) describe an image of the same line
            List<Object> key = Arrays.asList(d.variant(), d.flavors(), sdk, d.distro(), d.distroVersion(), d.libc());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        Map<ImageDefinition, ImageDefinition> coveredBy = new IdentityHashMap<>();
        for (List<ImageDefinition> group : groups.values()) {
            for (ImageDefinition d : group) {
                ImageDefinition owner = coveringOwner(d, group, versions);
                if (owner != null) {
                    coveredBy.put(d, owner);
                }
            }
        }
        int precision = Math.max(linePrecision(groups.values(), coveredBy), namedPrecision(definitions, coveredBy));
        for (ImageDefinition d : definitions) {
            lines.put(d, ownLine(d, versions.get(d), precision));
        }
        for (Map.Entry<ImageDefinition, ImageDefinition> e : coveredBy.entrySet()) {
            ImageDefinition owner = e.getValue();
            while (coveredBy.containsKey(owner)) {
                owner = coveredBy.get(owner);
            }
            lines.put(e.getKey(), lines.get(owner));
            leftovers.put(e.getKey(), Boolean.TRUE);
        }
    }

    /** The line of a definition of this repository, or null for a definition it does not know. */
    String line(ImageDefinition d) {
        return lines.get(d);
    }

    /** True when the definition is a patch leftover of a newer definition of its line. */
    boolean leftover(ImageDefinition d) {
        return leftovers.containsKey(d);
    }

    private static ImageDefinition coveringOwner(ImageDefinition d, List<ImageDefinition> group,
                                                 Map<ImageDefinition, List<String>> versions) {
        List<String> own = versions.get(d);
        if (own.size() > 1 || d.version() == null) {
            return null;
        }
        for (ImageDefinition o : group) {
            if (o == d || o.version() == null || VersionOrder.compare(o.version(), d.version()) <= 0) {
                continue;
            }
            for (String v : versions.get(o)) {
                if (!v.equals(d.version()) && covers(v, d.version())) {
                    return o;
                }
            }
        }
        return null;
    }

    private static int linePrecision(Iterable<List<ImageDefinition>> groups, Map<ImageDefinition, ImageDefinition> coveredBy) {
        for (int p = 1; p < 6; p++) {
            if (distinctAt(p, groups, coveredBy)) {
                return p;
            }
        }
        return 6;
    }

    /**
     * How precisely upstream names the repository's current lines ({@code 2.4.yaml} for httpd,
     * {@code 24.yaml} for node): a lower bound for the precision, so that a repository with one
     * line is still offered as {@code 2.4} rather than {@code 2}. Only the precision is taken
     * from the name, never the line itself; patch leftovers and names without a version count not.
     */
    private static int namedPrecision(List<ImageDefinition> definitions, Map<ImageDefinition, ImageDefinition> coveredBy) {
        int max = 1;
        for (ImageDefinition d : definitions) {
            if (coveredBy.containsKey(d) || d.file() == null) {
                continue;
            }
            String stem = d.file().substring(d.file().lastIndexOf('/') + 1);
            if (stem.startsWith("jdk-") || stem.startsWith("jre-")) {
                stem = stem.substring(4);
            }
            int end = 0;
            while (end < stem.length() && (Character.isDigit(stem.charAt(end)) || stem.charAt(end) == '.')) {
                end++;
            }
            String named = stem.substring(0, end).replaceAll("\\.+$", "");
            if (!named.isEmpty() && Character.isDigit(named.charAt(0)) && d.version() != null
                    && covers(named, d.version())) {
                max = Math.max(max, precision(named));
            }
        }
        return max;
    }

    private static boolean distinctAt(int p, Iterable<List<ImageDefinition>> groups,
                                      Map<ImageDefinition, ImageDefinition> coveredBy) {
        for (List<ImageDefinition> group : groups) {
            Map<String, String> seen = new HashMap<>();
            for (ImageDefinition d : group) {
                if (coveredBy.containsKey(d) || d.version() == null) {
                    continue;
                }
                String prev = seen.put(truncate(d.version(), p), d.version());
                if (prev != null && !prev.equals(d.version())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String ownLine(ImageDefinition d, List<String> versions, int precision) {
        for (String v : versions) {
            if (precision(v) >= precision) {
                return v;
            }
        }
        if (!versions.isEmpty()) {
            return versions.get(versions.size() - 1);
        }
        return Objects.requireNonNullElse(d.version(), "");
    }

    /** True when {@code line} is {@code version} or a less precise form of it ({@code 3.14} covers {@code 3.14.2}). */
    static boolean covers(String line, String version) {
        return version.equals(line) || version.startsWith(line + ".");
    }

    static int precision(String v) {
        int parts = 1;
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) == '.') {
                parts++;
            }
        }
        return parts;
    }

    private static String truncate(String v, int parts) {
        int seen = 0;
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) == '.' && ++seen == parts) {
                return v.substring(0, i);
            }
        }
        return v;
    }
}
