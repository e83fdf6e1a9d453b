package dev.dhipicker.recommend;

import dev.dhipicker.catalog.DerivedTag;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.VersionOrder;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.Libc;
import dev.dhipicker.catalog.ref.Tag;
import dev.dhipicker.recommend.PairFinder.Pair;
import dev.dhipicker.recommend.Recommendation.Alternative;
import dev.dhipicker.recommend.Recommendation.ImageChoice;
import dev.dhipicker.recommend.Recommendation.LineChoice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds the "why not" list: each choice that was not picked, with a one-line reason true for it. */
final class Alternatives {
    private static final int MAX = 8;

    private final CatalogQuery query;
    private final Answers answers;
    private final String org;
    private final LocalDate today;
    private final List<Alternative> list = new ArrayList<>();
    private final Set<String> seen = new LinkedHashSet<>();
    private DistroFamily wanted;
    private boolean chartPinned;

    Alternatives(CatalogQuery query, Answers answers, String org, LocalDate today) {
        this.query = query;
        this.answers = answers;
        this.org = org;
        this.today = today;
    }

    List<Alternative> list() {
        return List.copyOf(list);
    }

    /** The reference of a public tag, as the FIPS/mirror answers want it; null for an undocumented FIPS tag. */
    private String ref(String repo, String tag, boolean fips) {
        Tag t = RecommendationRun.parse(tag);
        if (fips) {
            DerivedTag derived = query.catalog().compliance().fipsTag(repo, t);
            if (derived.inferred()) {
                return null; // only FIPS tags that a guide writes out are offered as alternatives
            }
            t = RecommendationRun.parse(derived.tag());
        }
        return RecommendationRun.References.of(repo, t, answers.compliance().mirrored(), org, null);
    }

    private void add(String reference, Message whyNot) {
        if (reference != null && list.size() < MAX && seen.add(reference)) {
            list.add(new Alternative(reference, whyNot));
        }
    }

    /**
     * Alternatives around a runtime that was picked.
     *
     * @param wanted      the distro family the answers pointed to (after FIPS)
     * @param chartPinned true when the runtime is the image a DHI chart pins
     */
    void forPick(Pair pair, ImageChoice runtime, LineChoice line, DistroFamily wanted, boolean chartPinned) {
        this.wanted = wanted;
        this.chartPinned = chartPinned;
        seen.add(runtime.reference());
        ImageDefinition rt = pair.runtime();
        String repo = rt.repository();
        boolean fips = runtime.fips();
        String rtLine = query.line(rt);
        if (fips && runtime.inferred()) {
            documentedFips(repo, rtLine);
        }
        String floating = query.floatingTag(rt, rtLine);
        if (floating != null) {
            add(ref(repo, floating, fips), Message.of("whyNot.floating"));
        }
        String patch = query.catalog().pinnedTag(rt);
        if (patch != null) {
            add(ref(repo, patch, fips), Message.of("whyNot.patchPinned"));
        }
        List<ImageDefinition> sameKind = query.defs(repo, CatalogQuery.Kind.RUNTIME, rt.flavors());
        for (ImageDefinition o : sameKind) {
            if (query.leftover(o) && query.line(o).equals(rtLine) && o.distro() == rt.distro()) {
                add(ref(repo, query.catalog().pinnedTag(o), fips), Message.of("whyNot.patchLeftover", "version", o.version()));
            }
        }
        // the same line on the other distro family
        for (ImageDefinition o : query.ofLine(sameKind, rtLine, Recommender.other(rt.distro()))) {
            if (!repo.equals("static") || o.libc() == rt.libc() || o.libc() == rt.distro().libc()) {
                add(ref(repo, query.recommendedTag(o, rtLine), fips), otherDistroReason(repo, o.distro()));
                break;
            }
        }
        // an older release of the same distro
        for (ImageDefinition o : query.ofLine(sameKind, rtLine, rt.distro())) {
            if (o.libc() == rt.libc() && VersionOrder.compare(o.distroVersion(), rt.distroVersion()) < 0) {
                add(ref(repo, query.recommendedTag(o, rtLine), fips), Message.of("whyNot.olderDistro",
                        "distro", ImageChoice.distroLabel(o.distro(), o.distroVersion())));
                break;
            }
        }
        if (!repo.equals("static")) {
            otherLines(rt, rtLine, sameKind, fips, line);
        }
        // compat or standard twin
        List<String> otherFlavors = rt.hasFlavor("compat") ? List.of() : List.of("compat");
        if (rt.flavors().isEmpty() || rt.hasFlavor("compat")) {
            for (ImageDefinition o : query.ofLine(query.defs(repo, CatalogQuery.Kind.RUNTIME, otherFlavors), rtLine, rt.distro())) {
                if (o.distroVersion().equals(rt.distroVersion())) {
                    add(ref(repo, query.recommendedTag(o, rtLine), fips), otherFlavors.isEmpty() ? standardReason(o, rt)
                            : compatReason(o));
                }
            }
        }
        if (fips) {
            add(ref(repo, query.recommendedTag(rt, rtLine), false), Message.of("whyNot.nonFips"));
        }
        if (repo.equals("static")) {
            staticAlternatives(pair, fips);
        }
    }

    /** Why not the standard twin of a -compat pick: it lacks a shell, or (when it has one) the packages the pick adds. */
    private static Message standardReason(ImageDefinition standard, ImageDefinition compat) {
        if (!standard.shell()) {
            return Message.of("whyNot.standard");
        }
        return compat.extraPackages().isEmpty() ? Message.of("whyNot.standard.sameTools")
                : Message.of("whyNot.standard.shell", "packages", String.join(", ", compat.extraPackages()));
    }

    /** Why not the -compat twin: what it adds, when the catalog shows anything. */
    private static Message compatReason(ImageDefinition compat) {
        return compat.extraPackages().isEmpty() ? Message.of("whyNot.compat.noExtra")
                : Message.of("whyNot.compat", "packages", String.join(", ", compat.extraPackages()));
    }

    /**
     * Why the other distro family was not picked: the answers that decided it, or, when the
     * answers pointed to it, that none of its images fits them all.
     */
    private Message otherDistroReason(String repo, DistroFamily other) {
        if (chartPinned) {
            return Message.of(other == DistroFamily.DEBIAN ? "whyNot.debian.chart" : "whyNot.alpine.chart");
        }
        if (other == wanted) {
            return Message.of(other == DistroFamily.DEBIAN ? "whyNot.debian.noFit" : "whyNot.alpine.noFit");
        }
        if (other == DistroFamily.DEBIAN) {
            return Message.of("whyNot.debian");
        }
        Set<DistroFamily> documented = query.catalog().compliance().documentedFipsFamilies(repo);
        if (answers.compliance().fips() && answers.libc() != LibcNeed.GLIBC && !documented.isEmpty()
                && !documented.contains(DistroFamily.ALPINE)) {
            return Message.of("whyNot.alpine.fips"); // the FIPS documentation decided the family, not the answers
        }
        return Message.of(switch (answers.libc()) {
            case GLIBC -> "whyNot.alpine.glibc";
            case ANY -> "whyNot.alpine.unsure";
            case MUSL -> "whyNot.alpine.compatible";
        });
    }

    /**
     * FIPS tags the repository's guide writes out, first, when the pick's FIPS tag is only
     * inferred: those of the pick's line, else those of the newest documented line.
     */
    private void documentedFips(String repo, String line) {
        List<Tag> sameLine = new ArrayList<>();
        Tag newest = null;
        for (String documented : query.catalog().compliance().documentedTags(repo)) {
            if (documented.startsWith("-") || documented.endsWith("-dev")) {
                continue;
            }
            Tag t = RecommendationRun.parse(documented);
            if (t.version() == null || query.catalog().definitionByTag(repo, t.withFips(false).format()).isEmpty()) {
                continue;
            }
            if (LinePicker.matches(line, t.version()) || LinePicker.matches(t.version(), line)) {
                sameLine.add(t);
            } else if (newest == null || VersionOrder.compare(t.version(), newest.version()) > 0) {
                newest = t;
            }
        }
        if (sameLine.isEmpty() && newest != null) {
            sameLine.add(newest);
        }
        for (Tag t : sameLine) {
            boolean floating = t.distroVersion() == null && LinePicker.matches(line, t.version());
            add(RecommendationRun.References.of(repo, t, answers.compliance().mirrored(), org, null),
                    Message.of(floating ? "whyNot.fipsDocumented.floating" : "whyNot.fipsDocumented", "tag", t.format()));
        }
    }

    private void otherLines(ImageDefinition rt, String line, List<ImageDefinition> sameKind, boolean fips,
                            LineChoice pick) {
        List<String> lines = query.lines(sameKind);
        int i = lines.indexOf(line);
        if (i < 0) {
            return;
        }
        if (i + 1 < lines.size()) {
            String older = lines.get(i + 1);
            for (ImageDefinition o : query.ofLine(sameKind, older, rt.distro())) {
                if (VersionOrder.compare(o.version(), rt.version()) >= 0) {
                    break; // another line label of the same version (pytorch 2.11 and 2.11.0): not older
                }
                add(ref(rt.repository(), query.recommendedTag(o, older), fips), olderReason(o.endOfLife(), pick.eol()));
                break;
            }
        }
        if (answers.version() != null && i > 0) {
            String newer = lines.get(i - 1);
            for (ImageDefinition o : query.ofLine(sameKind, newer, rt.distro())) {
                if (VersionOrder.compare(o.version(), rt.version()) <= 0) {
                    break;
                }
                add(ref(rt.repository(), query.recommendedTag(o, newer), fips), Message.of("whyNot.newerVersion"));
                break;
            }
        }
        if (pick.newerOnOtherDistro() != null) {
            for (ImageDefinition o : query.ofLine(sameKind, pick.newerOnOtherDistro(), Recommender.other(rt.distro()))) {
                add(ref(rt.repository(), query.recommendedTag(o, pick.newerOnOtherDistro()), fips),
                        Message.of("whyNot.newerOtherDistro", "distro", ImageChoice.distroLabel(o.distro(), null)));
                break;
            }
        }
    }

    /** The reason against an older line, comparing its end of life with the pick's. */
    private Message olderReason(LocalDate older, LocalDate picked) {
        if (older == null) {
            return Message.of("whyNot.olderVersion.noEol");
        }
        if (!older.isAfter(today)) {
            return Message.of("whyNot.olderVersion.ended", "eol", older.toString());
        }
        if (picked != null && older.isBefore(picked)) {
            return Message.of("whyNot.olderVersion", "eol", older.toString());
        }
        return Message.of("whyNot.olderVersion.newerPicked", "eol", older.toString());
    }

    private void staticAlternatives(Pair pair, boolean fips) {
        ImageDefinition rt = pair.runtime();
        for (ImageDefinition s : query.defs("static", CatalogQuery.Kind.RUNTIME, List.of())) {
            if (s.distro() == rt.distro() && s.distroVersion().equals(rt.distroVersion()) && s != rt) {
                String key = switch (s.libc()) {
                    case GLIBC -> "whyNot.staticGlibc";
                    case MUSL -> "whyNot.staticMusl";
                    default -> "whyNot.staticPlain";
                };
                add(ref("static", query.recommendedTag(s, query.line(s)), fips), Message.of(key));
            }
        }
        ImageDefinition build = pair.build();
        if (build != null && build.repository().equals("golang")) {
            for (ImageDefinition g : query.defs("golang", CatalogQuery.Kind.RUNTIME, List.of())) {
                if (g.distro() == build.distro() && g.distroVersion().equals(build.distroVersion())
                        && query.line(g).equals(query.line(build))) {
                    add(ref("golang", query.recommendedTag(g, query.line(g)), fips), Message.of("whyNot.golangRuntime"));
                }
            }
        }
    }

    /** When FIPS cannot be offered: the nearest images without it. */
    void nearestWithoutFips(Pair pair) {
        ImageDefinition rt = pair.runtime();
        String line = query.line(rt);
        add(ref(rt.repository(), query.recommendedTag(rt, line), false), Message.of("whyNot.nonFips"));
        String floating = query.floatingTag(rt, line);
        if (floating != null) {
            add(ref(rt.repository(), floating, false), Message.of("whyNot.nonFips"));
        }
    }
}
