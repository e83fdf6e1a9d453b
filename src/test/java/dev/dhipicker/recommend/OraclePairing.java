package dev.dhipicker.recommend;

import dev.dhipicker.catalog.WorkloadProfile;
import dev.dhipicker.recommend.OracleCatalog.Def;
import dev.dhipicker.recommend.Recommendation.WorkloadKind;

import java.util.List;

/**
 * The oracle's own pairing of a version definition with a build image on the same release, read
 * from the raw definitions: the dev image of the same line, the SDK of the major version, Maven or
 * Gradle with the JDK word, Composer carrying the same PHP, the static image of the release.
 */
final class OraclePairing {
    private final OracleCatalog cat;
    private final Recommendation r;
    private final WorkloadProfile p;

    OraclePairing(OracleCatalog cat, Recommendation r) {
        this.cat = cat;
        this.r = r;
        this.p = r.profile();
    }

    /** True when the oracle finds a build partner for this version definition on its own release. */
    boolean pairable(Def v) {
        if (r.facts().kind() == WorkloadKind.APPLICATION) {
            return true;
        }
        if (p == null) {
            return cat.defs(v.repo()).stream().anyMatch(b -> b.variant().equals("dev") && sameRelease(b, v)
                    && b.flavor().equals(v.flavor()) && b.version() != null && v.version() != null
                    && sameLine(b.version(), v.version()));
        }
        if (p.versionFromBuild()) {
            return cat.defs(p.runtimeRepository()).stream().anyMatch(s -> sameRelease(s, v));
        }
        String line = lineOf(v);
        List<Def> tools = cat.defs(p.buildRepository());
        return switch (p.link()) {
            case SAME -> tools.stream().anyMatch(b -> b.variant().equals("dev") && b.flavor().isEmpty()
                    && sameRelease(b, v) && b.inLine(line));
            case MAJOR -> tools.stream().anyMatch(b -> b.sdk() && sameRelease(b, v) && b.inLine(line));
            case JDK -> tools.stream().anyMatch(b -> sameRelease(b, v) && b.words().contains("jdk" + line))
                    || cat.defs(v.repo()).stream().anyMatch(b -> b.variant().equals("dev") && sameRelease(b, v)
                    && b.inLine(line) && b.words().stream().anyMatch(w -> w.startsWith("jdk")));
            case PHP_FLAVOR -> tools.stream().anyMatch(b -> b.variant().equals("dev") && sameRelease(b, v)
                    && line.equals(phpOf(b)));
            case INDEPENDENT -> tools.stream().anyMatch(b -> b.variant().equals("dev") && sameRelease(b, v));
        };
    }

    /** The line a version definition belongs to, as the pick names lines (the pick's precision). */
    String lineOf(Def v) {
        String picked = r.facts().line().line();
        int parts = picked.split("\\.").length;
        String[] vp = v.version().split("\\.");
        return String.join(".", java.util.Arrays.copyOf(vp, Math.min(parts, vp.length)));
    }

    static boolean sameLine(String x, String y) {
        String[] a1 = x.split("\\.");
        String[] b1 = y.split("\\.");
        int n = Math.min(2, Math.min(a1.length, b1.length));
        for (int i = 0; i < n; i++) {
            if (!a1[i].equals(b1[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean sameRelease(Def x, Def y) {
        return x.family().equals(y.family()) && x.release().equals(y.release());
    }

    /** The PHP version (major.minor) a Composer image carries: contents or vars first, then the flavor field, then a tag word. */
    static String phpOf(Def b) {
        String v = b.components().get("php");
        if (v != null) {
            String[] parts = v.split("\\.");
            return parts.length >= 2 ? parts[0] + "." + parts[1] : v;
        }
        for (String f : b.flavorField()) {
            if (f.matches("php\\d+\\.\\d+")) {
                return f.substring(3);
            }
        }
        for (String w : b.words()) {
            if (w.matches("php\\d+\\.\\d+")) {
                return w.substring(3);
            }
        }
        return null;
    }
}
