package dev.dhipicker.recommend;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.ChartImage;
import dev.dhipicker.catalog.DerivedTag;
import dev.dhipicker.catalog.HelmChart;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.Variant;
import dev.dhipicker.catalog.WorkloadProfile;
import dev.dhipicker.catalog.WorkloadProfile.RuntimeMode;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.InvalidReferenceException;
import dev.dhipicker.catalog.ref.Libc;
import dev.dhipicker.catalog.ref.Tag;
import dev.dhipicker.recommend.Recommendation.ChartChoice;
import dev.dhipicker.recommend.Recommendation.ExplanationItem;
import dev.dhipicker.recommend.Recommendation.ImageChoice;
import dev.dhipicker.recommend.Recommendation.Unmet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One run of the engine for one set of answers; collects explanations, warnings and unmet answers. */
final class RecommendationRun {

    /** A chosen runtime definition with its build partner and the line it belongs to. */
    record Pick(String line, ImageDefinition runtime, ImageDefinition build, String pinnedReference) {
        Pick(String line, ImageDefinition runtime, ImageDefinition build) {
            this(line, runtime, build, null);
        }
    }

    private final Recommender engine;
    private final CatalogQuery q;
    private final Recommender.Target t;
    private final Answers a;
    private final Catalog catalog;
    private final LocalDate today;
    private final List<Unmet> unmet = new ArrayList<>();
    private final List<ExplanationItem> explanations = new ArrayList<>();
    private final List<Message> warnings = new ArrayList<>();

    private final RunNotes notes;
    private final PairFinder pairs;

    RecommendationRun(Recommender engine, CatalogQuery q, Recommender.Target t, Answers a) {
        this.engine = engine;
        this.q = q;
        this.t = t;
        this.a = a;
        this.catalog = q.catalog();
        this.today = engine.today();
        this.notes = new RunNotes(q, t.profile(), a, today, unmet, explanations, warnings);
        this.pairs = new PairFinder(q, t, a, today);
    }

    private void explain(String topic, String key, String... params) {
        explanations.add(new ExplanationItem(topic, Message.of(key, params)));
    }

    private String org() {
        return a.org() != null ? a.org() : catalog.compliance().defaultOrg();
    }

    Recommendation run() {
        String workloadRepo = t.application() ? t.runtimeRepo() : t.versionRepo();
        explain("workload", t.application() ? "workload.application" : "workload.framework", "repo", workloadRepo);
        DistroFamily family = fipsFamily(preferredFamily());

        Optional<HelmChart> chart = a.helm() == HelmUse.DHI_CHART ? engine.chartFor(t.runtimeRepo()) : Optional.empty();
        Pick pick = chart.isPresent() ? pickFromChart(chart.get()) : null;
        if (pick == null) {
            pick = pickWithHelm(family);
        }
        if (pick == null) {
            // Valid answers, yet nothing fits (should not happen with the bundled catalog): say so.
            unmet.add(new Unmet("workload", Message.of("unmet.version.unavailable", "repo", workloadRepo,
                    "version", String.valueOf(a.version()), "distro", family.id())));
            return new Recommendation(a, t.profile(), null, null, null, unmet, List.of(), explanations, warnings);
        }
        if (pick.runtime().distro() != family && unmet.stream().noneMatch(u -> u.answer().equals("libc"))) {
            String repo = pick.runtime().repository();
            if (family == DistroFamily.ALPINE) {
                warnings.add(Message.of("warn.alpineMissing", "repo", repo));
            } else if (a.libc() == LibcNeed.GLIBC) {
                unmet.add(new Unmet("libc", Message.of("unmet.libc.noDebian", "repo", repo)));
            } else {
                warnings.add(Message.of("warn.debianMissing", "repo", repo));
            }
        }
        ImageDefinition rt = pick.runtime();
        explain("pinning", "distro.pinned", "distro", rt.distro().id() + rt.distroVersion());
        LocalDate lineEol = Recommender.eolOf(List.of(t.profile() != null && t.profile().versionFromBuild() ? pick.build() : rt));
        explain("version", a.version() == null ? "version.newest" : "version.requested", "version",
                pick.line(), "eol", lineEol == null ? "-" : lineEol.toString());

        boolean mirrored = a.compliance().mirrored();
        boolean fipsMet = true;
        if (a.compliance().fips() && !catalog.compliance().fipsDocumented(rt.repository())) {
            fipsMet = false;
            unmet.add(new Unmet("compliance", Message.of("unmet.fips", "repo", rt.repository())));
        }
        ImageChoice runtime = null;
        ImageChoice build = null;
        ChartChoice chartChoice = null;
        Alternatives alts = new Alternatives(q, a, org());
        if (fipsMet) {
            String pinned = pick.pinnedReference();
            String digest = pinned != null && pinned.indexOf('@') > 0 ? pinned.substring(pinned.indexOf('@') + 1) : null;
            String rtTag = pinned != null ? pinnedTag(pinned, rt) : q.recommendedTag(rt, pick.line());
            runtime = choice(rt, rtTag, digest, mirrored, a.compliance().fips());
            if (pick.build() != null) {
                ImageDefinition b = pick.build();
                build = choice(b, q.recommendedTag(b, q.line(b)), null, mirrored, a.compliance().fips());
            }
            notes.explainImages(runtime, build);
            if (chart.isPresent()) {
                chartChoice = chartChoice(chart.get());
            }
            alts.forPick(pick, runtime, engine);
        } else {
            alts.nearestWithoutFips(pick);
        }
        notes.explainCompliance(runtime, fipsMet);
        notes.explainHelm(pick, chart, runtime);
        notes.warnAboutEol(rt, runtime != null ? runtime.tag() : q.recommendedTag(rt, pick.line()));
        if (pick.build() != null && !pick.build().repository().equals(rt.repository())) {
            notes.warnAboutEol(pick.build(), q.recommendedTag(pick.build(), q.line(pick.build())));
        }
        if (rt.distro() == DistroFamily.ALPINE && t.profile() != null) {
            for (String k : t.profile().muslPitfalls()) {
                warnings.add(Message.of(k));
            }
        }
        if (pairs.mavenFallback()) {
            warnings.add(Message.of("warn.mavenMissing", "jdk", pick.line()));
        }
        return new Recommendation(a, t.profile(), runtime, build, chartChoice, unmet, alts.list(), explanations, warnings);
    }

    /**
     * FIPS is a hard requirement: when the repository's guide documents FIPS tags only on the
     * other distro family, that family wins over the libc/size preference (and the answer is
     * reported as not met), rather than recommending an undocumented FIPS variant.
     */
    private DistroFamily fipsFamily(DistroFamily preferred) {
        if (!a.compliance().fips()) {
            return preferred;
        }
        java.util.Set<DistroFamily> documented = catalog.compliance().documentedFipsFamilies(t.runtimeRepo());
        if (documented.isEmpty() || documented.contains(preferred)) {
            return preferred;
        }
        DistroFamily other = Recommender.other(preferred);
        unmet.add(new Unmet("libc", Message.of("unmet.fips.family", "repo", t.runtimeRepo(), "distro", other.id())));
        // the libc/size explanation no longer describes the pick: say what decided it instead
        explanations.removeIf(e -> e.topic().equals("distro"));
        explain("distro", "distro.fips", "repo", t.runtimeRepo(), "distro", other.id());
        return other;
    }

    private DistroFamily preferredFamily() {
        if (a.libc() == LibcNeed.GLIBC) {
            explain("distro", "distro.debian.glibc");
            return DistroFamily.DEBIAN;
        }
        if (a.libc() == LibcNeed.ANY) {
            explain("distro", "distro.debian.unsure");
            return DistroFamily.DEBIAN;
        }
        if (a.size() == SizePriority.COMPATIBLE) {
            explain("distro", "distro.debian.compatible");
            return DistroFamily.DEBIAN;
        }
        explain("distro", "distro.alpine.musl");
        return DistroFamily.ALPINE;
    }

    /** Applies the Helm answer's need for a -compat variant, relaxing the libc preference first. */
    private Pick pickWithHelm(DistroFamily family) {
        if (a.helm() == HelmUse.UPSTREAM_CHART) {
            Pick p = pick(family, true, false);
            if (p != null) {
                return p;
            }
            p = pick(Recommender.other(family), true, false);
            if (p != null) {
                unmet.add(new Unmet("libc", Message.of("unmet.libc.compatDebian", "repo", t.runtimeRepo())));
                return p;
            }
            unmet.add(new Unmet("helm", Message.of("unmet.helm.noCompat", "repo", t.runtimeRepo())));
        }
        if (a.helm() == HelmUse.DHI_CHART) {
            unmet.add(new Unmet("helm", Message.of("unmet.helm.noChart", "repo", t.runtimeRepo())));
        }
        Pick p = pick(family, false, false);
        return p != null ? p : pick(Recommender.other(family), false, false);
    }

    /** Picks the newest suitable line (or the asked one) with a runtime and, where needed, a build image. */
    Pick pick(DistroFamily family, boolean compat, boolean anyLine) {
        List<ImageDefinition> versionDefs = engine.versionDefs(t);
        List<String> lines = a.version() == null ? q.lines(versionDefs) : engine.matchingLines(versionDefs, a.version());
        List<String> ordered = new ArrayList<>();
        List<String> endOfLife = new ArrayList<>();
        for (String line : lines) {
            LocalDate eol = Recommender.eolOf(q.ofLine(versionDefs, line, null));
            if (a.version() == null && eol != null && !eol.isAfter(today)) {
                endOfLife.add(line);
            } else {
                ordered.add(line);
            }
        }
        ordered.addAll(endOfLife);
        for (String line : ordered) {
            for (ImageDefinition vd : q.ofLine(versionDefs, line, family)) {
                Pick p = pairs.pair(line, vd, compat);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /** With a DHI chart, the runtime is the image the chart pins. */
    private Pick pickFromChart(HelmChart chart) {
        for (ChartImage img : chart.latest().images()) {
            String ref = img.reference();
            String prefix = "dhi.io/" + t.runtimeRepo() + ":";
            if (!ref.startsWith(prefix)) {
                continue;
            }
            String tag = ref.substring(prefix.length()).replaceFirst("@.*$", "");
            Optional<ImageDefinition> d = catalog.definitionByTag(t.runtimeRepo(), tag);
            if (d.isPresent()) {
                if (a.libc() == LibcNeed.MUSL && a.size() != SizePriority.COMPATIBLE && d.get().distro() != DistroFamily.ALPINE) {
                    unmet.add(new Unmet("libc", Message.of("unmet.libc.compatDebian", "repo", t.runtimeRepo())));
                }
                ImageDefinition build = t.profile() == null ? null : pairs.buildFor(d.get(), q.line(d.get()));
                return new Pick(q.line(d.get()), d.get(), build, ref);
            }
        }
        return null;
    }

    private static String pinnedTag(String pinnedReference, ImageDefinition rt) {
        return pinnedReference.substring(("dhi.io/" + rt.repository() + ":").length()).replaceFirst("@.*$", "");
    }

    private static ChartChoice chartChoice(HelmChart chart) {
        return new ChartChoice(chart.ociReference(), chart.latest().version(), chart.latest().images());
    }

    ImageChoice choice(ImageDefinition d, String tag, String digest, boolean mirrored, boolean fips) {
        String finalTag = tag;
        boolean inferred = false;
        if (fips) {
            DerivedTag derived = catalog.compliance().fipsTag(d.repository(), parse(tag));
            finalTag = derived.tag();
            inferred = derived.inferred();
        }
        String name = mirrored ? org() + "/dhi-" + d.repository() : "dhi.io/" + d.repository();
        String reference = name + ":" + finalTag + (digest != null && !fips && !mirrored ? "@" + digest : "");
        if (inferred) {
            warnings.add(Message.of("warn.inferred", "reference", reference));
        }
        Variant variant = q.hasQualifier(d, "sdk") ? Variant.DEV : d.variant();
        return new ImageChoice(reference, d.repository(), finalTag, fips || mirrored ? null : digest, d.distro(),
                d.distroVersion(), d.libc(), variant, d.flavors(), fips, inferred, d.user(), d.uid(), d.gid(),
                d.endOfLife(), d);
    }

    static Tag parse(String tag) {
        try {
            return Tag.parse(tag);
        } catch (InvalidReferenceException e) {
            throw new IllegalStateException("catalog tag does not parse: " + tag, e);
        }
    }

}
