package dev.dhipicker.migrate;

import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.ImageMapping;
import dev.dhipicker.catalog.VersionOrder;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.InvalidReferenceException;
import dev.dhipicker.catalog.ref.Tag;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.InvalidAnswerException;
import dev.dhipicker.recommend.OwnBuildImage;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.recommend.Recommender;
import dev.dhipicker.recommend.SizePriority;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the engine for the DHI images that replace an upstream image, like for like: the mapping
 * says what the upstream image is and names its DHI twin, and the engine is asked for that
 * repository's own images (its runtime image, and its own dev, JDK or SDK image for a stage that
 * needs a shell), so a stage keeps its kind. Only a build tool or SDK that a workload profile
 * builds with (Maven, Gradle, Composer, Go, Rust, the .NET SDK) is asked for through that profile,
 * whose build image is the tool itself. The version line is kept when DHI has it and supports
 * it, else the oldest supported line not older than it; the C library is kept through the libc
 * answer. It owns no tag rule: every tag comes from the engine.
 */
final class ImageChooser {

    /**
     * The engine's answer for one upstream image.
     *
     * @param runtime    the runtime reference
     * @param build      the build ({@code -dev}/JDK/SDK) reference, or null when the repository has none
     * @param line       the version of the runtime tag
     * @param buildLine  the version of the build tag, or null
     * @param user       the runtime's user
     * @param uid        the runtime's uid, or null
     * @param distro     the runtime's distro family
     * @param complianceFallback true when the compliance answer could not be met and was dropped
     * @param buildRepository the repository of the build image, or null
     * @param buildSdk   true when the build image is an SDK image (the repository has no dev variant)
     * @param buildJdk   true when the build image is a JDK image that the runtime image is not (Temurin: JDK and JRE)
     * @param workDir    the runtime image's working directory, or null when the catalog gives none
     * @param runtimeDefinition the catalog definition of the runtime image
     * @param buildDefinition   the catalog definition of the build image, or null when there is none
     */
    record Choice(String runtime, String build, String line, String buildLine, String user, Integer uid,
                  DistroFamily distro, boolean complianceFallback, String buildRepository, boolean buildSdk,
                  boolean buildJdk, String workDir, ImageDefinition runtimeDefinition,
                  ImageDefinition buildDefinition) {
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

    /** True when the mapping entry is asked for through its workload profile (a tool the profile builds with). */
    boolean throughProfile(ImageMapping m) {
        if (m.kind() != ImageMapping.Kind.SDK && m.kind() != ImageMapping.Kind.BUILD_TOOL) {
            return false;
        }
        return engine.profiles().byId(m.workload()).map(p -> p.buildRepository().equals(m.repository())).orElse(false);
    }

    /**
     * The choice for an upstream image, adding findings about the version and C library changes.
     *
     * @return the choice, or empty when the engine cannot serve the image
     */
    Optional<Choice> choose(ImageMapping m, UpstreamImage up, int line, List<Finding> findings) {
        if (throughProfile(m)) {
            return chooseWorkload(m.workload(), up, line, findings, m.kind());
        }
        String flavor = flavor(m.repository(), up);
        OwnBuildImage build = switch (m.kind()) {
            case JDK -> up.words().contains("jre") ? OwnBuildImage.DEV : OwnBuildImage.JDK;
            case SDK -> OwnBuildImage.SDK;
            default -> OwnBuildImage.DEV;
        };
        List<Recommender.VersionLine> lines = versions("repo:" + m.repository() + ":" + flavor,
                () -> engine.repositoryVersions(m.repository(), flavor));
        if (lines == null) {
            return Optional.empty();
        }
        String pick = up.version() != null ? pickLine(lines, up.version(), line, findings) : null;
        LibcNeed libc = libc(up, m.kind());
        java.util.function.Function<String, Choice> choice = v -> cached("repo|" + m.repository() + "|" + flavor + "|"
                + build + "|" + v + "|" + libc + "|" + options.compliance() + "|" + options.org(),
                () -> recommend(a -> engine.recommendRepository(a.withFlavor(flavor), build), m.repository(), v, libc));
        Choice c = sameLibc(choice, lines, up, pick, libc);
        return c == null ? Optional.empty() : Optional.of(noted(c, m.repository(), up, line, findings));
    }

    /**
     * The choice for a workload profile or repository as the engine's wizard reads it (a build
     * tool with its language runtime).
     */
    Optional<Choice> chooseWorkload(String workload, UpstreamImage up, int line, List<Finding> findings,
                                    ImageMapping.Kind kind) {
        List<Recommender.VersionLine> lines = versions(workload, () -> engine.versions(workload));
        if (lines == null) {
            return Optional.empty();
        }
        String pick = up.version() != null ? pickLine(lines, up.version(), line, findings) : null;
        LibcNeed libc = libc(up, kind);
        java.util.function.Function<String, Choice> choice = v -> cached(workload + "|" + v + "|" + libc + "|"
                + options.compliance() + "|" + options.org(), () -> recommend(engine::recommend, workload, v, libc));
        Choice c = sameLibc(choice, lines, up, pick, libc);
        return c == null ? Optional.empty() : Optional.of(noted(c, workload, up, line, findings));
    }

    private Choice cached(String key, java.util.function.Supplier<Choice> compute) {
        Choice c = cache.get(key);
        if (c == null) {
            c = compute.get();
            if (c != null) {
                cache.put(key, c);
            }
        }
        return c;
    }

    /**
     * The choice for the picked line; when the upstream tag names a less precise version
     * ({@code golang:1-buster}) and the newest line it covers exists only on the other C library
     * (Go 1.27 only on Alpine), an older line it also covers that keeps the C library.
     */
    private Choice sameLibc(java.util.function.Function<String, Choice> choice, List<Recommender.VersionLine> lines,
                            UpstreamImage up, String pick, LibcNeed libc) {
        Choice c = choice.apply(pick);
        if (c == null || pick == null || up.version() == null || options.libc() != null || keepsLibc(c, libc)) {
            return c;
        }
        for (Recommender.VersionLine l : lines) {
            if (!l.endOfLife() && !l.line().equals(pick) && l.line().startsWith(up.version() + ".")) {
                Choice other = choice.apply(l.line());
                if (other != null && keepsLibc(other, libc)) {
                    return other;
                }
            }
        }
        return c;
    }

    private static boolean keepsLibc(Choice c, LibcNeed libc) {
        return switch (libc) {
            case GLIBC -> c.distro() != DistroFamily.ALPINE;
            case MUSL -> c.distro() == DistroFamily.ALPINE;
            default -> true;
        };
    }

    private Choice noted(Choice c, String what, UpstreamImage up, int line, List<Finding> findings) {
        if (c.complianceFallback()) {
            findings.add(new Finding(line, Severity.WARNING, "compliance-unavailable",
                    List.of(what, options.compliance().id()), Sources.FIPS));
        }
        distroFindings(up, c, line, findings);
        return c;
    }

    /** A version source that may fail for an unknown workload. */
    private interface Lines {
        List<Recommender.VersionLine> get() throws InvalidAnswerException;
    }

    private List<Recommender.VersionLine> versions(String key, Lines source) {
        List<Recommender.VersionLine> lines = lineCache.get(key);
        if (lines == null) {
            try {
                lines = source.get();
            } catch (InvalidAnswerException e) {
                return null;
            }
            lineCache.put(key, lines);
        }
        return lines;
    }

    /** The runtime flavor of the repository that a word of the upstream tag names ({@code fpm}), or null. */
    private String flavor(String repository, UpstreamImage up) {
        var sets = engine.repositoryFlavors(repository);
        for (String w : up.words()) {
            if (!w.equals("compat") && sets.contains(List.of(w))) {
                return w;
            }
        }
        return null;
    }

    /**
     * The libc answer that keeps the upstream's C library: musl for Alpine, none asked for an image
     * without one (static), glibc for everything else; the {@code --libc} option wins.
     */
    private LibcNeed libc(UpstreamImage up, ImageMapping.Kind kind) {
        if (options.libc() != null) {
            return options.libc();
        }
        if (up.distro() == UpstreamImage.Distro.ALPINE) {
            return LibcNeed.MUSL;
        }
        return kind == ImageMapping.Kind.STATIC ? LibcNeed.ANY : LibcNeed.GLIBC;
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

    /** One engine call, as the chooser makes it. */
    private interface Ask {
        Recommendation ask(Answers a) throws InvalidAnswerException;
    }

    private Choice recommend(Ask ask, String workload, String version, LibcNeed libc) {
        ComplianceNeed compliance = options.compliance();
        Answers a = new Answers(workload, version, libc, SizePriority.BALANCED, compliance, HelmUse.NONE, options.org());
        try {
            Recommendation r = ask.ask(a);
            boolean fallback = false;
            if (r.runtime() == null && compliance != ComplianceNeed.NONE) {
                fallback = true;
                r = ask.ask(a.withCompliance(ComplianceNeed.NONE));
            }
            if (r.runtime() == null) {
                return null;
            }
            Recommendation.ImageChoice rt = r.runtime();
            Recommendation.ImageChoice b = r.build();
            Tag tag = Tag.parse(rt.tag());
            String v = tag.version() != null ? tag.version() : rt.tag();
            String bv = b != null ? Tag.parse(b.tag()).version() : null;
            List<String> bq = b == null ? List.of() : Tag.parse(b.tag()).qualifiers();
            boolean jdk = bq.stream().anyMatch(q -> q.startsWith("jdk"))
                    && tag.qualifiers().stream().noneMatch(q -> q.startsWith("jdk"));
            return new Choice(rt.reference(), b == null ? null : b.reference(), v, bv, rt.user(), rt.uid(),
                    tag.impliedDistro(), fallback, b == null ? null : b.repository(), bq.contains("sdk"), jdk,
                    rt.definition() == null ? null : rt.definition().workDir(), rt.definition(),
                    b == null ? null : b.definition());
        } catch (InvalidAnswerException | InvalidReferenceException e) {
            return null;
        }
    }

    /**
     * Findings about the distribution: a C library crossing (musl to glibc or back) is an error
     * unless {@code --libc} asked for it; Ubuntu, Wolfi and RPM distributions become Debian.
     */
    private void distroFindings(UpstreamImage up, Choice c, int line, List<Finding> findings) {
        String from = up.distro().name().toLowerCase(java.util.Locale.ROOT);
        boolean upMusl = up.distro() == UpstreamImage.Distro.ALPINE;
        boolean dhiMusl = c.distro() == DistroFamily.ALPINE;
        if (upMusl != dhiMusl) {
            if (options.libc() == null) {
                findings.add(new Finding(line, Severity.ERROR, "libc-changed",
                        List.of(upMusl ? "musl" : "glibc", dhiMusl ? "musl" : "glibc", c.runtime()), Sources.MIGRATE));
            } else {
                findings.add(new Finding(line, Severity.WARNING, "distro-changed", List.of(from, c.distro().id()),
                        Sources.MIGRATE));
            }
            return;
        }
        switch (up.distro()) {
            case UBUNTU, WOLFI -> findings.add(new Finding(line, Severity.INFO, "distro-changed",
                    List.of(from, c.distro().id()), Sources.MIGRATE));
            case RHEL -> findings.add(new Finding(line, Severity.WARNING, "rpm-distro", List.of(c.distro().id()),
                    Sources.MIGRATE));
            default -> {
            }
        }
    }
}
