package dev.dhipicker.migrate;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.VersionOrder;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.ImageReference;
import dev.dhipicker.catalog.ref.InvalidReferenceException;
import dev.dhipicker.catalog.ref.Tag;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.InvalidAnswerException;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.recommend.Recommender;
import dev.dhipicker.recommend.SizePriority;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the engine for the DHI images that replace an upstream image: the version line is kept
 * when DHI has it and supports it, else the oldest supported line not older than it; the
 * distro family is kept through the libc answer. It owns no tag rule: every tag comes from
 * {@link Recommender#recommend(Answers)}.
 */
final class ImageChooser {

    /**
     * The engine's answer for one upstream image.
     *
     * @param runtime    the runtime reference
     * @param build      the build ({@code -dev}/SDK) reference
     * @param line       the version of the runtime tag
     * @param buildLine  the version of the build tag, or null
     * @param user       the runtime's user
     * @param uid        the runtime's uid, or null
     * @param distro     the runtime's distro family
     * @param complianceFallback true when the compliance answer could not be met and was dropped
     */
    record Choice(String runtime, String build, String line, String buildLine, String user, Integer uid,
                  DistroFamily distro, boolean complianceFallback) {
    }

    private final Recommender engine;
    private final MigrateOptions options;
    private final Map<String, Choice> cache;
    private final Map<String, List<Recommender.VersionLine>> lineCache;

    /**
     * @param cache     answers of the engine by workload, version, libc and compliance (shared by the
     *                  migrations of one {@link Migrator}: the engine is a pure function of its answers)
     * @param lineCache version lines by workload
     */
    ImageChooser(Recommender engine, MigrateOptions options, Map<String, Choice> cache,
                 Map<String, List<Recommender.VersionLine>> lineCache) {
        this.engine = engine;
        this.options = options;
        this.cache = cache;
        this.lineCache = lineCache;
    }

    /**
     * The choice for an upstream image, adding findings about the version and distro changes.
     *
     * @return the choice, or empty when the engine cannot serve the workload
     */
    Optional<Choice> choose(String workload, UpstreamImage up, int line, List<Finding> findings) {
        List<Recommender.VersionLine> lines = lineCache.get(workload);
        if (lines == null) {
            try {
                lines = engine.versions(workload);
            } catch (InvalidAnswerException e) {
                return Optional.empty();
            }
            lineCache.put(workload, lines);
        }
        String pick = null;
        if (up.version() != null) {
            pick = pickLine(lines, up.version(), line, findings);
        }
        LibcNeed libc = options.libc() != null ? options.libc()
                : up.distro() == UpstreamImage.Distro.ALPINE ? LibcNeed.MUSL
                : up.distro() == UpstreamImage.Distro.DISTROLESS ? LibcNeed.ANY : LibcNeed.GLIBC;
        String key = workload + "|" + pick + "|" + libc + "|" + options.compliance() + "|" + options.org();
        Choice c = cache.get(key);
        if (c == null) {
            c = recommend(workload, pick, libc);
            if (c == null) {
                return Optional.empty();
            }
            cache.put(key, c);
        }
        if (c.complianceFallback()) {
            findings.add(new Finding(line, Severity.WARNING, "compliance-unavailable",
                    List.of(workload, options.compliance().id()), Sources.FIPS));
        }
        distroFindings(up, c, line, findings);
        return Optional.of(c);
    }

    private String pickLine(List<Recommender.VersionLine> lines, String v, int line, List<Finding> findings) {
        Recommender.VersionLine same = null;
        for (Recommender.VersionLine l : lines) {
            if (matches(l.line(), v)) {
                if (!l.endOfLife()) {
                    same = l;
                    break;
                }
            }
        }
        if (same != null) {
            return same.line();
        }
        Recommender.VersionLine oldestNewer = null;
        Recommender.VersionLine newestSupported = null;
        for (Recommender.VersionLine l : lines) {
            if (l.endOfLife()) {
                continue;
            }
            if (newestSupported == null) {
                newestSupported = l;
            }
            if (VersionOrder.compare(l.line(), v) >= 0
                    && (oldestNewer == null || VersionOrder.compare(l.line(), oldestNewer.line()) < 0)) {
                oldestNewer = l;
            }
        }
        Recommender.VersionLine to = oldestNewer != null ? oldestNewer : newestSupported;
        if (to == null) {
            Recommender.VersionLine newest = lines.isEmpty() ? null : lines.get(0);
            if (newest == null) {
                return null;
            }
            findings.add(new Finding(line, Severity.WARNING, "version-eol",
                    List.of(v, newest.line(), newest.eol() == null ? "-" : newest.eol().toString()), Sources.AVAILABLE));
            return newest.line();
        }
        findings.add(new Finding(line, Severity.WARNING, "version-changed",
                List.of(v, to.line()), Sources.AVAILABLE));
        return to.line();
    }

    static boolean matches(String line, String v) {
        return line.equals(v) || v.startsWith(line + ".") || line.startsWith(v + ".");
    }

    private Choice recommend(String workload, String version, LibcNeed libc) {
        ComplianceNeed compliance = options.compliance();
        Answers a = new Answers(workload, version, libc, SizePriority.BALANCED, compliance, HelmUse.NONE, options.org());
        try {
            Recommendation r = engine.recommend(a);
            boolean fallback = false;
            if (r.runtime() == null && compliance != ComplianceNeed.NONE) {
                fallback = true;
                r = engine.recommend(a.withCompliance(ComplianceNeed.NONE));
            }
            if (r.runtime() == null) {
                return null;
            }
            Recommendation.ImageChoice rt = r.runtime();
            String build = r.build() != null ? r.build().reference() : devOf(rt.reference(), rt.tag());
            Tag tag = Tag.parse(rt.tag());
            String v = tag.version() != null ? tag.version() : rt.tag();
            String bv = r.build() != null ? Tag.parse(r.build().tag()).version() : v;
            return new Choice(rt.reference(), build, v, bv, rt.user(), rt.uid(), tag.impliedDistro(), fallback);
        } catch (InvalidAnswerException | InvalidReferenceException e) {
            return null;
        }
    }

    /** The {@code -dev} counterpart of a runtime reference, as the catalog publishes it. */
    private String devOf(String runtime, String tag) throws InvalidReferenceException {
        ImageReference ref = ImageReference.parse(runtime);
        Catalog catalog = engine.catalog();
        Tag rt = Tag.parse(tag);
        if (rt.dev()) {
            return runtime;
        }
        Tag dev = rt.withDev(true);
        String repo = ref.dhiRepository();
        if (catalog.definitionByTag(repo, dev.format()).isPresent() || rt.fips()) {
            return ref.withTag(dev).format();
        }
        Optional<ImageDefinition> def = catalog.definitionByTag(repo, rt.format());
        Optional<ImageDefinition> other = def.flatMap(catalog::counterpart);
        if (other.isPresent()) {
            return ref.withTag(Tag.parse(catalog.pinnedTag(other.get()))).format();
        }
        return null;
    }

    private static void distroFindings(UpstreamImage up, Choice c, int line, List<Finding> findings) {
        switch (up.distro()) {
            case ALPINE -> {
                if (c.distro() != DistroFamily.ALPINE) {
                    findings.add(new Finding(line, Severity.WARNING, "distro-changed",
                            List.of("alpine", c.distro().id()), Sources.MIGRATE));
                }
            }
            case UBUNTU, WOLFI -> findings.add(new Finding(line, Severity.INFO, "distro-changed",
                    List.of(up.distro().name().toLowerCase(java.util.Locale.ROOT), c.distro().id()), Sources.MIGRATE));
            case RHEL -> findings.add(new Finding(line, Severity.WARNING, "rpm-distro", List.of(c.distro().id()),
                    Sources.MIGRATE));
            default -> {
                if (c.distro() == DistroFamily.ALPINE && up.distro() != UpstreamImage.Distro.ALPINE) {
                    findings.add(new Finding(line, Severity.WARNING, "distro-changed",
                            List.of(up.distro().name().toLowerCase(java.util.Locale.ROOT), c.distro().id()), Sources.MIGRATE));
                }
            }
        }
    }
}
