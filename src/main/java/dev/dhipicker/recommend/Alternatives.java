package dev.dhipicker.recommend;

import dev.dhipicker.catalog.DerivedTag;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.Libc;
import dev.dhipicker.recommend.Recommendation.Alternative;
import dev.dhipicker.recommend.Recommendation.ImageChoice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds the "why not" list: each choice that was not picked, with a one-line reason. */
final class Alternatives {
    private static final int MAX = 8;

    private final CatalogQuery q;
    private final Answers a;
    private final String org;
    private final List<Alternative> list = new ArrayList<>();
    private final Set<String> seen = new LinkedHashSet<>();

    Alternatives(CatalogQuery q, Answers a, String org) {
        this.q = q;
        this.a = a;
        this.org = org;
    }

    List<Alternative> list() {
        return List.copyOf(list);
    }

    private String ref(String repo, String tag, boolean fips) {
        String t = tag;
        if (fips) {
            DerivedTag derived = q.catalog().compliance().fipsTag(repo, RecommendationRun.parse(tag));
            if (derived.inferred()) {
                return null; // only FIPS tags that a guide writes out are offered as alternatives
            }
            t = derived.tag();
        }
        return (a.compliance().mirrored() ? org + "/dhi-" + repo : "dhi.io/" + repo) + ":" + t;
    }

    private void add(String reference, Message whyNot) {
        if (reference != null && list.size() < MAX && seen.add(reference)) {
            list.add(new Alternative(reference, whyNot));
        }
    }

    /** Alternatives around a runtime that was picked. */
    void forPick(RecommendationRun.Pick pick, ImageChoice runtime, Recommender engine) {
        seen.add(runtime.reference());
        ImageDefinition rt = pick.runtime();
        String repo = rt.repository();
        boolean fips = runtime.fips();
        String line = q.line(rt);
        String floating = q.floatingTag(rt, line);
        if (floating != null) {
            add(ref(repo, floating, fips), Message.of("whyNot.floating"));
        }
        String patch = q.catalog().pinnedTag(rt);
        if (patch != null) {
            add(ref(repo, patch, fips), Message.of("whyNot.patchPinned"));
        }
        List<ImageDefinition> sameKind = q.defs(repo, CatalogQuery.Kind.RUNTIME, rt.flavors());
        // the same line on the other distro family
        for (ImageDefinition o : q.ofLine(sameKind, line, Recommender.other(rt.distro()))) {
            if (!repo.equals("static") || o.libc() == rt.libc()) {
                add(ref(repo, q.recommendedTag(o, line), fips), Message.of(
                        o.distro() == DistroFamily.ALPINE ? "whyNot.alpine" : "whyNot.debian"));
                break;
            }
        }
        // an older release of the same distro
        for (ImageDefinition o : q.ofLine(sameKind, line, rt.distro())) {
            if (!o.distroVersion().equals(rt.distroVersion()) && o.libc() == rt.libc()
                    && Recommender.compareLines(o.distroVersion(), rt.distroVersion()) < 0) {
                add(ref(repo, q.recommendedTag(o, line), fips), Message.of("whyNot.olderDistro"));
                break;
            }
        }
        if (!rt.repository().equals("static")) {
            otherLines(rt, line, sameKind, fips);
            newerLineElsewhere(rt, line, sameKind, fips);
        }
        // compat or standard twin
        List<String> otherFlavors = rt.hasFlavor("compat") ? List.of() : List.of("compat");
        for (ImageDefinition o : q.ofLine(q.defs(repo, CatalogQuery.Kind.RUNTIME, otherFlavors), line, rt.distro())) {
            if (o.distroVersion().equals(rt.distroVersion())) {
                add(ref(repo, q.recommendedTag(o, line), fips), otherFlavors.isEmpty() ? Message.of("whyNot.standard")
                        : Message.of("whyNot.compat", "packages", String.join(", ", o.extraPackages())));
            }
        }
        if (fips) {
            add(ref(repo, q.recommendedTag(rt, line), false), Message.of("whyNot.nonFips"));
        }
        if (repo.equals("static")) {
            staticAlternatives(pick, fips);
        }
    }

    private void otherLines(ImageDefinition rt, String line, List<ImageDefinition> sameKind, boolean fips) {
        List<String> lines = q.lines(sameKind);
        int i = lines.indexOf(line);
        if (i < 0) {
            return;
        }
        if (i + 1 < lines.size()) {
            String older = lines.get(i + 1);
            for (ImageDefinition o : q.ofLine(sameKind, older, rt.distro())) {
                LocalDate eol = o.endOfLife();
                add(ref(rt.repository(), q.recommendedTag(o, older), fips), Message.of("whyNot.olderVersion",
                        "eol", eol == null ? "?" : eol.toString()));
                break;
            }
        }
        if (a.version() != null && i > 0) {
            String newer = lines.get(i - 1);
            for (ImageDefinition o : q.ofLine(sameKind, newer, rt.distro())) {
                add(ref(rt.repository(), q.recommendedTag(o, newer), fips), Message.of("whyNot.newerVersion"));
                break;
            }
        }
    }

    /** A newer line that exists only on the other distro family (the distro answer cost a version). */
    private void newerLineElsewhere(ImageDefinition rt, String line, List<ImageDefinition> sameKind, boolean fips) {
        if (a.version() != null) {
            return;
        }
        DistroFamily other = Recommender.other(rt.distro());
        for (String l : q.lines(sameKind)) {
            if (Recommender.compareLines(l, line) <= 0) {
                break;
            }
            List<ImageDefinition> there = q.ofLine(sameKind, l, other);
            if (!there.isEmpty() && q.ofLine(sameKind, l, rt.distro()).isEmpty()) {
                ImageDefinition o = there.get(0);
                add(ref(rt.repository(), q.recommendedTag(o, l), fips),
                        Message.of("whyNot.newerOtherDistro", "distro", other.id()));
                return;
            }
        }
    }

    private void staticAlternatives(RecommendationRun.Pick pick, boolean fips) {
        ImageDefinition rt = pick.runtime();
        for (ImageDefinition s : q.defs("static", CatalogQuery.Kind.RUNTIME, List.of())) {
            if (s.distro() == rt.distro() && s.distroVersion().equals(rt.distroVersion()) && s != rt
                    && (s.libc() == Libc.NONE || s.libc() == Libc.GLIBC)) {
                add(ref("static", q.recommendedTag(s, q.line(s)), fips),
                        Message.of(s.libc() == Libc.GLIBC ? "whyNot.staticGlibc" : "whyNot.staticPlain"));
            }
        }
        ImageDefinition build = pick.build();
        if (build != null && build.repository().equals("golang")) {
            for (ImageDefinition g : q.defs("golang", CatalogQuery.Kind.RUNTIME, List.of())) {
                if (g.distro() == build.distro() && g.distroVersion().equals(build.distroVersion())
                        && q.line(g).equals(q.line(build))) {
                    add(ref("golang", q.recommendedTag(g, q.line(g)), fips), Message.of("whyNot.golangRuntime"));
                }
            }
        }
    }

    /** When FIPS cannot be offered: the nearest images without it. */
    void nearestWithoutFips(RecommendationRun.Pick pick) {
        ImageDefinition rt = pick.runtime();
        String line = q.line(rt);
        String name = (a.compliance().mirrored() ? org + "/dhi-" : "dhi.io/") + rt.repository();
        add(name + ":" + q.recommendedTag(rt, line), Message.of("whyNot.nonFips"));
        String floating = q.floatingTag(rt, line);
        if (floating != null) {
            add(name + ":" + floating, Message.of("whyNot.nonFips"));
        }
    }
}
