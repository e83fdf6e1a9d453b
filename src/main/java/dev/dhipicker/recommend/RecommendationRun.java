package dev.dhipicker.recommend;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.DerivedTag;
import dev.dhipicker.catalog.HelmChart;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.Variant;
import dev.dhipicker.catalog.WorkloadProfile.RuntimeMode;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.ImageReference;
import dev.dhipicker.catalog.ref.InvalidReferenceException;
import dev.dhipicker.catalog.ref.Tag;
import dev.dhipicker.recommend.ChartPicker.ChartPick;
import dev.dhipicker.recommend.PairFinder.Pair;
import dev.dhipicker.recommend.Recommendation.ChartChoice;
import dev.dhipicker.recommend.Recommendation.EolStatus;
import dev.dhipicker.recommend.Recommendation.Facts;
import dev.dhipicker.recommend.Recommendation.ImageChoice;
import dev.dhipicker.recommend.Recommendation.LineChoice;
import dev.dhipicker.recommend.Recommendation.WorkloadKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One run of the engine for one set of answers. Each step returns a value; the sentences are
 * written from those values once they are final, so no sentence can contradict the pick.
 */
final class RecommendationRun {

    private final CatalogQuery query;
    private final Catalog catalog;
    private final Target target;
    private final Answers answers;
    private final LocalDate today;
    private final RunLog log = new RunLog();
    private final LinePicker lines;

    RecommendationRun(CatalogQuery query, Target target, Answers answers, LocalDate today) {
        this.query = query;
        this.catalog = query.catalog();
        this.target = target;
        this.answers = answers;
        this.today = today;
        this.lines = new LinePicker(query, target, answers, today, new PairFinder(query, target, answers, today));
    }

    private String org() {
        return answers.org() != null ? answers.org() : catalog.compliance().defaultOrg();
    }

    Recommendation run() {
        explainWorkload();
        DistroFamily preferred = preferredFamily();
        DistroFamily family = fipsFamily(preferred);

        Optional<HelmChart> chart = answers.helm() == HelmUse.DHI_CHART
                ? catalog.ownChart(target.runtimeRepo()) : Optional.empty();
        ChartPick chartPick = chart.map(c -> new ChartPicker(query, target, answers, lines, log::unmet).pick(c)).orElse(null);
        LinePicker.Result picked;
        if (chartPick != null) {
            picked = chartPick.result();
        } else {
            if (answers.helm() == HelmUse.DHI_CHART) {
                log.unmet("helm", "unmet.helm.noChart", "repo", target.runtimeRepo());
            }
            picked = pickWithHelm(family);
        }
        if (picked == null) {
            log.unmet("workload", "unmet.version.unavailable", "repo", target.versionRepo(),
                    "version", String.valueOf(answers.version()), "distro", ImageChoice.distroLabel(family, null));
            return new Recommendation(answers, target.profile(), null, null, null, log.unmet(), List.of(),
                    log.explanations(), log.warnings(), new Facts(target.kind(), target.flavor(), null, false));
        }
        Pair pair = picked.pair();
        explainDistro(preferred, family, pair.runtime(), chartPick);
        LineChoice line = lineChoice(picked, chartPick);
        explainVersion(line, chartPick, picked.skippedNewer());
        boolean cgo = cgo(pair);

        boolean fipsMet = !answers.compliance().fips() || catalog.compliance().fipsDocumented(pair.runtime().repository());
        if (!fipsMet) {
            log.unmet("compliance", "unmet.fips", "repo", pair.runtime().repository());
        }
        ImageChoice runtime = null;
        ImageChoice build = null;
        ChartChoice chartChoice = null;
        Alternatives alternatives = new Alternatives(query, answers, org(), today);
        if (fipsMet) {
            runtime = chartPick != null ? chartRuntime(chartPick, line)
                    : choice(pair.runtime(), query.recommendedTag(pair.runtime(), query.line(pair.runtime())), null, line);
            if (pair.build() != null) {
                ImageDefinition b = pair.build();
                build = choice(b, query.recommendedTag(b, query.line(b)), null, null);
            }
            if (chartPick != null) {
                chartChoice = new ChartChoice(chartPick.chart().ociReference(), chartPick.version().version(),
                        chartPick.version().images());
            }
            alternatives.forPick(pair, runtime, line, family, chartPick != null);
        } else {
            alternatives.nearestWithoutFips(pair);
        }
        RunNotes notes = new RunNotes(query, target, answers, log);
        if (runtime != null) {
            notes.explainImages(runtime, build, pair.buildFallback(), cgo);
        }
        notes.explainCompliance(runtime, fipsMet);
        notes.explainHelm(pair, chartPick, runtime);
        notes.warnAboutLine(line);
        if (pair.build() != null && !pair.build().repository().equals(line.repository())) {
            notes.warnAboutBuildEol(pair.build(), query.line(pair.build()), today);
        }
        if (pair.runtime().distro() == DistroFamily.ALPINE && target.profile() != null) {
            for (String k : target.profile().muslPitfalls()) {
                log.warn(k);
            }
        }
        if (pair.buildFallback()) {
            log.warn("warn.buildToolMissing", "tool", target.profile().buildRepository(), "jdk", pair.line());
        }
        return new Recommendation(answers, target.profile(), runtime, build, chartChoice, log.unmet(),
                alternatives.list(), log.explanations(), log.warnings(),
                new Facts(target.kind(), target.flavor(), line, cgo));
    }

    private void explainWorkload() {
        switch (target.kind()) {
            case APPLICATION -> log.explain("workload", "workload.application", "repo", target.runtimeRepo());
            case FRAMEWORK -> log.explain("workload", "workload.framework", "repo", target.runtimeRepo());
            case PROFILE -> {
                if (target.mappedFrom() != null) {
                    log.explain("workload", "workload.mapped", "repo", target.mappedFrom(),
                            "profile", target.profile().displayName());
                } else {
                    log.explain("workload", "workload.profile", "build", target.buildRepo(),
                            "runtime", target.runtimeRepo());
                }
            }
        }
        if (target.flavor() != null && target.kind() != WorkloadKind.PROFILE) {
            log.explain("flavor", answers.flavor() != null ? "flavor.chosen"
                            : defaultBuildFlavor() ? "flavor.defaultBuild" : "flavor.default",
                    "repo", target.runtimeRepo(), "flavor", target.flavor());
        }
    }

    /** True when the target's flavor is that of the repository's default build (its tags name no flavor). */
    private boolean defaultBuildFlavor() {
        return query.defs(target.runtimeRepo(), CatalogQuery.Kind.RUNTIME, target.flavors()).stream()
                .anyMatch(ImageDefinition::flavorImplied);
    }

    /** Go builds with cgo only when glibc is asked for; Go's own FIPS module needs no C library. */
    private boolean cgo(Pair pair) {
        return target.profile() != null && target.profile().runtimeMode() == RuntimeMode.STATIC_GO
                && pair.runtime().libc() == PairFinder.staticLibc(RuntimeMode.STATIC_GO, pair.runtime().distro(), answers)
                && answers.libc() == LibcNeed.GLIBC && pair.runtime().distro() == DistroFamily.DEBIAN;
    }

    private DistroFamily preferredFamily() {
        if (answers.libc() == LibcNeed.MUSL && answers.size() != SizePriority.COMPATIBLE) {
            return DistroFamily.ALPINE;
        }
        return DistroFamily.DEBIAN;
    }

    private String preferenceKey(DistroFamily preferred) {
        if (answers.libc() == LibcNeed.GLIBC) {
            return "distro.debian.glibc";
        }
        if (answers.libc() == LibcNeed.ANY) {
            return "distro.debian.unsure";
        }
        return preferred == DistroFamily.DEBIAN ? "distro.debian.compatible" : "distro.alpine.musl";
    }

    /**
     * FIPS is a hard requirement: when the repository's guide documents FIPS tags only on the
     * other distro family, that family wins over the libc/size preference (and the libc answer
     * is reported as not met).
     */
    private DistroFamily fipsFamily(DistroFamily preferred) {
        if (!answers.compliance().fips()) {
            return preferred;
        }
        Set<DistroFamily> documented = catalog.compliance().documentedFipsFamilies(target.runtimeRepo());
        if (documented.isEmpty() || documented.contains(preferred)) {
            return preferred;
        }
        DistroFamily other = Recommender.other(preferred);
        if (answers.libc() == LibcNeed.ANY) {
            return other; // no libc preference to override; the distro sentence says why
        }
        log.unmet("libc", "unmet.fips.family", "repo", target.runtimeRepo(), "distro", label(other));
        return other;
    }

    private static String label(DistroFamily f) {
        return ImageChoice.distroLabel(f, null);
    }

    /** The distro sentence, written after the pick so it names the distro that was picked. */
    private void explainDistro(DistroFamily preferred, DistroFamily family, ImageDefinition runtime, ChartPick chartPick) {
        DistroFamily picked = runtime.distro();
        String repo = runtime.repository();
        if (chartPick != null && picked != preferred) {
            log.explain("distro", "distro.chart", "chart", chartPick.chart().ociReference(),
                    "distro", ImageChoice.distroLabel(picked, runtime.distroVersion()));
            if (answers.libc() == LibcNeed.MUSL) {
                log.unmet("libc", "unmet.libc.chart", "chart", chartPick.chart().ociReference(),
                        "distro", label(picked));
            }
        } else if (picked == preferred) {
            log.explain("distro", preferenceKey(preferred));
        } else if (picked == family) {
            log.explain("distro", "distro.fips", "repo", target.runtimeRepo(), "distro", label(family));
        } else {
            log.explain("distro", "distro.fallback", "repo", repo, "wanted", label(family), "distro", label(picked));
            if (picked == DistroFamily.ALPINE && answers.libc() == LibcNeed.GLIBC && !log.hasUnmet("libc")) {
                log.unmet("libc", "unmet.libc.noDebian", "repo", repo);
            }
        }
        log.explain("pinning", "distro.pinned", "distro", ImageChoice.distroLabel(runtime.distro(), runtime.distroVersion()));
    }

    /** Applies the Helm answer's need for a -compat variant, relaxing the libc preference first. */
    private LinePicker.Result pickWithHelm(DistroFamily family) {
        if (answers.helm() == HelmUse.UPSTREAM_CHART) {
            LinePicker.Result p = lines.pick(family, true);
            if (p != null) {
                return p;
            }
            p = lines.pick(Recommender.other(family), true);
            if (p != null) {
                log.unmet("libc", "unmet.libc.compatOther", "repo", target.runtimeRepo(),
                        "distro", label(Recommender.other(family)));
                return p;
            }
            log.unmet("helm", "unmet.helm.noCompat", "repo", target.runtimeRepo());
        }
        LinePicker.Result p = lines.pick(family, false);
        return p != null ? p : lines.pick(Recommender.other(family), false);
    }

    private LineChoice lineChoice(LinePicker.Result picked, ChartPick chartPick) {
        Pair pair = picked.pair();
        ImageDefinition v = pair.versionDef();
        if (chartPick != null && !chartPick.inCatalog()) {
            return new LineChoice(v.repository(), chartPick.pinnedVersion(), chartPick.pinnedVersion(), null,
                    EolStatus.UNKNOWN, answers.version() != null, false, null);
        }
        LocalDate eol = v.endOfLife();
        EolStatus status = status(eol, v);
        return new LineChoice(v.repository(), pair.line(), v.version(), eol, status, answers.version() != null,
                picked.allEnded(), picked.newerOnOtherDistro());
    }

    private EolStatus status(LocalDate eol, ImageDefinition v) {
        if (eol == null) {
            return catalog.parsedTags(v).stream().anyMatch(Tag::versionIsDate) ? EolStatus.SNAPSHOT : EolStatus.UNKNOWN;
        }
        if (!eol.isAfter(today)) {
            return EolStatus.ENDED;
        }
        return eol.isAfter(today.plusMonths(12)) ? EolStatus.SUPPORTED : EolStatus.ENDS_SOON;
    }

    private void explainVersion(LineChoice line, ChartPick chartPick, String skippedNewer) {
        String repo = line.repository();
        String version = line.line();
        if (chartPick != null) {
            log.explain("version", "version.chart", "version", version, "chart", chartPick.chart().ociReference(),
                    "chartVersion", chartPick.version().version());
        } else if (line.requested()) {
            log.explain("version", "version.requested", "version", version);
        } else if (line.status() == EolStatus.ENDED && line.allEnded() && target.flavor() != null) {
            // the other flavours' lines may well be supported: the sentence is about this flavour
            log.explain("version", "version.allEnded.flavor", "repo", repo, "flavor", target.flavor(), "version", version);
        } else if (line.status() == EolStatus.ENDED) {
            log.explain("version", line.allEnded() ? "version.allEnded" : "version.newestPaired", "repo", repo,
                    "version", version);
        } else if (skippedNewer != null) {
            log.explain("version", "version.newestWithBuild", "version", version, "newer", skippedNewer);
        } else if (line.newerOnOtherDistro() != null) {
            log.explain("version", "version.newestOnDistro", "version", version,
                    "newer", line.newerOnOtherDistro());
        } else {
            log.explain("version", "version.newest", "version", version);
        }
        switch (line.status()) {
            case SUPPORTED, ENDS_SOON -> log.explain("eol", "eol.date", "eol", line.eol().toString());
            case ENDED -> log.explain("eol", "eol.ended", "eol", line.eol().toString());
            case UNKNOWN -> log.explain("eol", "eol.unknown", "repo", repo, "version", version);
            case SNAPSHOT -> log.explain("eol", "eol.snapshot", "repo", repo);
        }
    }

    private ImageChoice chartRuntime(ChartPick pick, LineChoice line) {
        ImageDefinition d = pick.result().pair().runtime();
        String digest = pick.digest();
        boolean mirrored = answers.compliance().mirrored();
        ImageChoice c = choice(d, pick.pinnedTag(), mirrored ? null : digest, line);
        if (!pick.inCatalog()) {
            log.warn("warn.chartPinOutsideCatalog", "reference", pick.image().reference(),
                    "facts", "dhi.io/" + d.repository() + ":" + catalog.pinnedTag(d));
        }
        return c;
    }

    /**
     * One recommended image. The end of life of the runtime is the line's (so it cannot differ
     * from the version sentence); a build image carries its own.
     */
    private ImageChoice choice(ImageDefinition d, String tag, String digest, LineChoice line) {
        boolean fips = answers.compliance().fips();
        boolean mirrored = answers.compliance().mirrored();
        Tag parsed = parse(tag);
        boolean inferred = false;
        if (fips) {
            DerivedTag derived = catalog.compliance().fipsTag(d.repository(), parsed);
            parsed = parse(derived.tag());
            inferred = derived.inferred();
        }
        String reference = References.of(d.repository(), parsed, mirrored, org(), digest);
        if (inferred) {
            log.warn("warn.inferred", "reference", reference);
        }
        Variant variant = query.hasQualifier(d, "sdk") ? Variant.DEV : d.variant();
        LocalDate eol = line != null ? line.eol() : d.endOfLife();
        if (line != null && !line.repository().equals(d.repository())) {
            eol = d.endOfLife(); // Go and Rust: the static runtime has its own (dated) lifecycle
        }
        return new ImageChoice(reference, d.repository(), parsed.format(), mirrored ? null : digest, d.distro(),
                d.distroVersion(), d.libc(), variant, d.flavors(), fips, inferred, d.user(), d.uid(), d.gid(), eol, d);
    }

    static Tag parse(String tag) {
        try {
            return Tag.parse(tag);
        } catch (InvalidReferenceException e) {
            throw new IllegalStateException("catalog tag does not parse: " + tag, e);
        }
    }

    /** References built through {@link ImageReference}'s factories, in one place. */
    static final class References {
        private References() {
        }

        static String of(String repository, Tag tag, boolean mirrored, String org, String digest) {
            ImageReference r = mirrored ? ImageReference.mirrored(org, repository, tag)
                    : ImageReference.dhi(repository, tag, digest);
            return r.format();
        }
    }
}
