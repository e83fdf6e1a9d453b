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
    private boolean mavenFallback;

    RecommendationRun(Recommender engine, CatalogQuery q, Recommender.Target t, Answers a) {
        this.engine = engine;
        this.q = q;
        this.t = t;
        this.a = a;
        this.catalog = q.catalog();
        this.today = engine.today();
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
        DistroFamily family = preferredFamily();

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
            explainImages(runtime, build);
            if (chart.isPresent()) {
                chartChoice = chartChoice(chart.get());
            }
            alts.forPick(pick, runtime, engine);
        } else {
            alts.nearestWithoutFips(pick);
        }
        explainCompliance(runtime, fipsMet);
        explainHelm(pick, chart, runtime);
        warnAboutEol(rt, runtime != null ? runtime.tag() : q.recommendedTag(rt, pick.line()));
        if (pick.build() != null && !pick.build().repository().equals(rt.repository())) {
            warnAboutEol(pick.build(), q.recommendedTag(pick.build(), q.line(pick.build())));
        }
        if (rt.distro() == DistroFamily.ALPINE && t.profile() != null) {
            for (String k : t.profile().muslPitfalls()) {
                warnings.add(Message.of(k));
            }
        }
        if (mavenFallback) {
            warnings.add(Message.of("warn.mavenMissing", "jdk", pick.line()));
        }
        return new Recommendation(a, t.profile(), runtime, build, chartChoice, unmet, alts.list(), explanations, warnings);
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
                Pick p = pair(line, vd, compat);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Completes a version definition into a runtime + build pair on the same distro release. */
    private Pick pair(String line, ImageDefinition versionDef, boolean compat) {
        DistroFamily f = versionDef.distro();
        String dv = versionDef.distroVersion();
        WorkloadProfile p = t.profile();
        if (p == null) {
            ImageDefinition rt = compat ? compatTwin(versionDef) : versionDef;
            return rt == null ? null : new Pick(line, rt, null);
        }
        ImageDefinition runtime;
        ImageDefinition build;
        if (p.versionFromBuild()) {
            build = versionDef;
            runtime = staticFor(f, dv, p.runtimeMode());
        } else {
            runtime = compat ? compatTwin(versionDef) : versionDef;
            build = runtime == null ? null : buildFor(runtime, line);
        }
        return runtime == null || build == null ? null : new Pick(line, runtime, build);
    }

    private ImageDefinition compatTwin(ImageDefinition d) {
        for (ImageDefinition c : q.defs(d.repository(), CatalogQuery.Kind.RUNTIME, List.of("compat"))) {
            if (q.line(c).equals(q.line(d)) && c.distro() == d.distro() && c.distroVersion().equals(d.distroVersion())) {
                return c;
            }
        }
        return null;
    }

    private ImageDefinition staticFor(DistroFamily f, String dv, RuntimeMode mode) {
        Libc want;
        if (a.compliance().fips()) {
            want = f == DistroFamily.DEBIAN ? Libc.GLIBC : Libc.MUSL; // the static FIPS variants carry a libc
        } else if (mode == RuntimeMode.STATIC_GO) {
            want = a.libc() == LibcNeed.GLIBC ? Libc.GLIBC : Libc.NONE;
        } else {
            want = f == DistroFamily.DEBIAN ? Libc.GLIBC : Libc.NONE;
        }
        for (ImageDefinition s : q.defs(t.runtimeRepo(), CatalogQuery.Kind.RUNTIME, List.of())) {
            if (s.distro() == f && s.distroVersion().equals(dv) && s.libc() == want) {
                return s;
            }
        }
        return null;
    }

    private ImageDefinition buildFor(ImageDefinition runtime, String line) {
        WorkloadProfile p = t.profile();
        DistroFamily f = runtime.distro();
        String dv = runtime.distroVersion();
        switch (p.link()) {
            case SAME: {
                List<ImageDefinition> devs = q.ofLine(q.defs(p.buildRepository(), CatalogQuery.Kind.DEV, List.of()), line, f);
                return CatalogQuery.onDistro(devs, f, dv).orElse(null);
            }
            case MAJOR: {
                List<ImageDefinition> sdks = q.ofLine(q.defs(p.buildRepository(), CatalogQuery.Kind.SDK, List.of()), line, f);
                return CatalogQuery.onDistro(sdks, f, dv).orElse(null);
            }
            case JDK: {
                ImageDefinition best = null;
                for (ImageDefinition m : q.defs(p.buildRepository(), CatalogQuery.Kind.DEV, List.of())) {
                    if (m.distro() == f && m.distroVersion().equals(dv) && q.hasQualifier(m, "jdk" + line)
                            && (best == null || Recommender.compareLines(m.version(), best.version()) > 0)) {
                        best = m;
                    }
                }
                if (best == null) {
                    // No Maven image for this JDK: build on the Temurin JDK of the same line.
                    List<ImageDefinition> jdks = q.ofLine(q.defs(runtime.repository(), CatalogQuery.Kind.DEV, List.of()), line, f);
                    best = CatalogQuery.onDistro(jdks, f, dv).orElse(null);
                    mavenFallback = best != null;
                }
                return best;
            }
            default: {
                List<ImageDefinition> devs = q.defs(p.buildRepository(), CatalogQuery.Kind.DEV, List.of());
                for (String l : q.lines(devs)) {
                    LocalDate eol = Recommender.eolOf(q.ofLine(devs, l, f));
                    if (eol != null && !eol.isAfter(today)) {
                        continue;
                    }
                    Optional<ImageDefinition> d = CatalogQuery.onDistro(q.ofLine(devs, l, f), f, dv);
                    if (d.isPresent()) {
                        return d.get();
                    }
                }
                return null;
            }
        }
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
                ImageDefinition build = t.profile() == null ? null : buildFor(d.get(), q.line(d.get()));
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

    private void explainImages(ImageChoice runtime, ImageChoice build) {
        ImageDefinition rt = runtime.definition();
        explain("runtime", rt.shell() ? "variant.runtimeShell" : "variant.runtime", "user", String.valueOf(rt.user()),
                "uid", String.valueOf(rt.uid()));
        if (build != null) {
            if (q.hasQualifier(build.definition(), "sdk")) {
                explain("build", "variant.sdk", "tag", build.tag());
            } else {
                explain("build", "variant.dev");
            }
            explain("multistage", "build.multistage");
        }
        if (t.profile() != null) {
            for (String note : t.profile().notes()) {
                String key = note;
                if (note.equals("profile.go.static") && rt.libc() == Libc.GLIBC) {
                    key = "profile.go.cgo";
                }
                explain("profile", key);
            }
        }
    }

    private void explainCompliance(ImageChoice runtime, boolean fipsMet) {
        ComplianceNeed c = a.compliance();
        if (c.fips() && fipsMet) {
            explain("fips", "compliance.fips", "repo", runtime.repository());
            if (t.profile() != null) {
                for (String k : t.profile().fipsPitfalls()) {
                    warnings.add(Message.of(k));
                }
            }
        }
        if (c.stig()) {
            explain("stig", "compliance.stig");
            unmet.add(new Unmet("compliance", Message.of("unmet.stig", "repo", t.runtimeRepo())));
        }
        if (c.mirrored() && runtime != null) {
            explain("mirror", "compliance.mirror", "reference", runtime.reference());
        }
    }

    private void explainHelm(Pick pick, Optional<HelmChart> chart, ImageChoice runtime) {
        switch (a.helm()) {
            case OWN_CHART -> explain("helm", "helm.own");
            case UPSTREAM_CHART -> {
                if (pick.runtime().hasFlavor("compat")) {
                    explain("helm", "helm.compat", "packages", String.join(", ", pick.runtime().extraPackages()));
                }
            }
            case DHI_CHART -> chart.ifPresent(c -> {
                explain("helm", "helm.dhiChart", "chart", c.ociReference(), "version", c.latest().version());
                if (runtime != null && a.compliance().mirrored()) {
                    warnings.add(Message.of("warn.chartFips", "reference", runtime.reference()));
                } else if (runtime != null) {
                    warnings.add(Message.of("warn.chartPinsDigest", "reference", runtime.reference()));
                }
            });
            default -> {
            }
        }
    }

    private void warnAboutEol(ImageDefinition d, String tag) {
        Tag parsed = parse(tag);
        String line = parsed.version() == null ? d.version() : parsed.version();
        LocalDate eol = d.endOfLife();
        if (eol == null && parsed.versionIsDate()) {
            return; // dated images (static) have no support window: each build is a snapshot
        }
        if (eol == null) {
            warnings.add(Message.of("warn.eolUnknown", "repo", d.repository(), "version", line));
        } else if (!eol.isAfter(today)) {
            warnings.add(Message.of("warn.eolPassed", "repo", d.repository(), "version", line, "eol", eol.toString()));
        } else if (!eol.isAfter(today.plusMonths(12))) {
            warnings.add(Message.of("warn.eolSoon", "repo", d.repository(), "version", line, "eol", eol.toString()));
        }
    }
}
