package dev.dhipicker.recommend;

import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.VersionOrder;
import dev.dhipicker.catalog.ref.Libc;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.recommend.PairFinder.Pair;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the version line: the asked one, or the newest line whose end of life (on the distro
 * family being tried) has not passed, then completes it into a runtime and build pair.
 */
final class LinePicker {

    /**
     * A picked pair and what the version sentence must know about the lines around it.
     *
     * @param pair               the runtime and build definitions
     * @param allEnded           true when every candidate line has passed its end of life
     * @param newerOnOtherDistro a newer supported line that exists only on the other family, or null
     * @param skippedNewer       a newer supported line on this family that has no matching build image, or null
     */
    record Result(Pair pair, boolean allEnded, String newerOnOtherDistro, String skippedNewer) {
    }

    private final CatalogQuery query;
    private final Target target;
    private final Answers answers;
    private final LocalDate today;
    private final PairFinder pairs;

    LinePicker(CatalogQuery query, Target target, Answers answers, LocalDate today, PairFinder pairs) {
        this.query = query;
        this.target = target;
        this.answers = answers;
        this.today = today;
        this.pairs = pairs;
    }

    PairFinder pairs() {
        return pairs;
    }

    /** Definitions whose lines the version answer chooses among. */
    static List<ImageDefinition> versionDefs(CatalogQuery query, Target t) {
        if (t.profile() != null && t.profile().versionFromBuild()) {
            return query.defs(t.versionRepo(), CatalogQuery.Kind.DEV, List.of());
        }
        List<ImageDefinition> defs = query.defs(t.versionRepo(), CatalogQuery.Kind.RUNTIME, t.flavors());
        if (defs.isEmpty() && t.flavors().isEmpty()) {
            defs = query.defs(t.versionRepo(), CatalogQuery.Kind.RUNTIME, List.of("compat"));
        }
        if (defs.isEmpty() && t.ownBuild() != null) {
            defs = query.defs(t.versionRepo(), CatalogQuery.Kind.DEV, List.of()); // build images only
        }
        return defs;
    }

    /** Lines matching a version answer: the line itself, a prefix of it, or one of its versions. */
    static List<String> matchingLines(CatalogQuery query, List<ImageDefinition> defs, String version) {
        List<String> out = new ArrayList<>();
        for (String line : query.lines(defs)) {
            boolean match = matches(version, line);
            for (ImageDefinition d : query.ofLine(defs, line, null)) {
                match |= matches(version, d.version());
            }
            if (match) {
                out.add(line);
            }
        }
        // the line named exactly comes first (pytorch has a line 2.11 and a lone 2.11.0 image)
        if (out.remove(version)) {
            out.add(0, version);
        }
        return out;
    }

    /** True when a version answer names this version or a line containing it ({@code 8.8} matches {@code 8.8.2}). */
    static boolean matches(String answer, String version) {
        return version != null && (version.equals(answer) || version.startsWith(answer + "."));
    }

    /** The end of life of a line on a family: that of its image on the family's newest release. */
    private LocalDate eol(List<ImageDefinition> defs, String line, DistroFamily family) {
        List<ImageDefinition> there = query.ofLine(defs, line, family);
        if (there.isEmpty()) {
            there = query.ofLine(defs, line, null);
        }
        return there.isEmpty() ? null : there.get(0).endOfLife();
    }

    private boolean ended(LocalDate eol) {
        return eol != null && !eol.isAfter(today);
    }

    /** Picks on one distro family, or returns null when no line has a pair there. */
    Result pick(DistroFamily family, boolean compat) {
        List<ImageDefinition> defs = versionDefs(query, target);
        List<String> candidates = answers.version() == null ? query.lines(defs)
                : matchingLines(query, defs, answers.version());
        List<String> ordered = new ArrayList<>();
        List<String> endOfLife = new ArrayList<>();
        for (String line : candidates) {
            (answers.version() == null && ended(eol(defs, line, family)) ? endOfLife : ordered).add(line);
        }
        boolean allEnded = ordered.isEmpty() && answers.version() == null;
        ordered.addAll(endOfLife);
        String skippedNewer = null;
        for (String line : ordered) {
            for (ImageDefinition vd : byLibc(query.ofLine(defs, line, family))) {
                Pair p = pairs.pair(line, vd, compat);
                if (p != null) {
                    return new Result(p, allEnded, newerOnOtherDistro(defs, line, family), skippedNewer);
                }
            }
            if (skippedNewer == null && !query.ofLine(defs, line, family).isEmpty()
                    && !ended(eol(defs, line, family))) {
                skippedNewer = line;
            }
        }
        return null;
    }

    /**
     * For a repository asked for as itself, images of one release that differ by C library
     * ({@code static}, {@code static-glibc}) in the order the libc answer wants: the named libc
     * first, else the plainest image (the one with the shortest tag). Other targets keep the catalog order.
     */
    private List<ImageDefinition> byLibc(List<ImageDefinition> defs) {
        if (target.ownBuild() == null || defs.size() < 2) {
            return defs;
        }
        Libc wanted = switch (answers.libc()) {
            case GLIBC -> Libc.GLIBC;
            case MUSL -> Libc.MUSL;
            case ANY -> null;
        };
        List<ImageDefinition> out = new ArrayList<>(defs);
        out.sort(Comparator.comparing((ImageDefinition d) -> d.distro())
                .thenComparing((a, b) -> VersionOrder.compare(b.distroVersion(), a.distroVersion()))
                .thenComparing(d -> wanted != null && d.libc() == wanted ? 0 : 1)
                .thenComparing(d -> d.tags().stream().mapToInt(String::length).min().orElse(0)));
        return out;
    }

    /** A newer, supported line that only the other distro family has (the distro answer cost a version). */
    private String newerOnOtherDistro(List<ImageDefinition> defs, String picked, DistroFamily family) {
        if (answers.version() != null) {
            return null;
        }
        DistroFamily other = Recommender.other(family);
        for (String l : query.lines(defs)) {
            if (l.equals(picked)) {
                break;
            }
            if (query.ofLine(defs, l, family).isEmpty() && !query.ofLine(defs, l, other).isEmpty()
                    && !ended(eol(defs, l, other))) {
                return l;
            }
        }
        return null;
    }
}
