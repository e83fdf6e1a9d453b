package dev.dhipicker.recommend;

import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.WorkloadProfile;
import dev.dhipicker.catalog.WorkloadProfile.RuntimeMode;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.Libc;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Completes a version choice into a runtime image and its build partner on the same distro
 * release: the same repository (frameworks, Python, Node), the Maven or Gradle image for the JDK
 * of the JRE, the .NET SDK of the major version, the Composer image flavored for the PHP version,
 * or the {@code static} image for Go and Rust.
 */
final class PairFinder {

    /**
     * A chosen runtime definition with its build partner.
     *
     * @param line          the version line
     * @param versionDef    the definition that decides the version (the runtime, or the build image for Go and Rust)
     * @param runtime       the runtime definition
     * @param build         the build definition, or null for an application
     * @param buildFallback true when the Java build fell back to the Temurin JDK because the build tool lacks that JDK
     */
    record Pair(String line, ImageDefinition versionDef, ImageDefinition runtime, ImageDefinition build,
                boolean buildFallback) {
    }

    private final CatalogQuery query;
    private final Target target;
    private final Answers answers;
    private final LocalDate today;

    PairFinder(CatalogQuery query, Target target, Answers answers, LocalDate today) {
        this.query = query;
        this.target = target;
        this.answers = answers;
        this.today = today;
    }

    /** Completes a version definition into a runtime + build pair on the same distro release, or null. */
    Pair pair(String line, ImageDefinition versionDef, boolean compat) {
        WorkloadProfile p = target.profile();
        if (p != null && p.versionFromBuild()) {
            ImageDefinition runtime = staticFor(versionDef.distro(), versionDef.distroVersion(), p.runtimeMode());
            return runtime == null ? null : new Pair(line, versionDef, runtime, versionDef, false);
        }
        ImageDefinition runtime = compat ? compatTwin(versionDef) : versionDef;
        if (runtime == null) {
            return null;
        }
        if (target.application()) {
            return new Pair(line, versionDef, runtime, null, false);
        }
        if (target.ownBuild() != null) {
            ImageDefinition build = runtime.variant() == dev.dhipicker.catalog.Variant.DEV ? runtime // build images only
                    : ownBuild(runtime, line, target.ownBuild()).orElse(null);
            return new Pair(line, versionDef, runtime, build, false);
        }
        return buildFor(runtime, line).map(b -> new Pair(line, versionDef, runtime, b.definition(), b.fallback()))
                .orElse(null);
    }

    /** The {@code -compat} twin of a runtime definition: same line and distro release. */
    private ImageDefinition compatTwin(ImageDefinition d) {
        for (ImageDefinition c : query.defs(d.repository(), CatalogQuery.Kind.RUNTIME, List.of("compat"))) {
            if (!query.leftover(c) && query.line(c).equals(query.line(d)) && c.distro() == d.distro()
                    && c.distroVersion().equals(d.distroVersion())) {
                return c;
            }
        }
        return null;
    }

    /**
     * The C library the {@code static} runtime must carry. Go without cgo needs none; with cgo
     * (glibc asked for) the glibc variant. A Rust binary links the C library of its build image
     * dynamically (glibc on Debian, musl on Alpine, where the musl variant also carries libgcc).
     * The FIPS variants exist only with a C library (the OpenSSL FIPS provider needs one).
     */
    static Libc staticLibc(RuntimeMode mode, DistroFamily family, Answers answers) {
        if (answers.compliance().fips() || mode == RuntimeMode.STATIC_RUST) {
            return family.libc();
        }
        return answers.libc() == LibcNeed.GLIBC && family == DistroFamily.DEBIAN ? Libc.GLIBC : Libc.NONE;
    }

    private ImageDefinition staticFor(DistroFamily f, String dv, RuntimeMode mode) {
        Libc want = staticLibc(mode, f, answers);
        for (ImageDefinition s : query.defs(target.runtimeRepo(), CatalogQuery.Kind.RUNTIME, List.of())) {
            if (s.distro() == f && s.distroVersion().equals(dv) && s.libc() == want) {
                return s;
            }
        }
        return null;
    }

    /** A build definition and whether it is a fallback. */
    record Build(ImageDefinition definition, boolean fallback) {
    }

    /** The build partner of a runtime definition on its distro release. */
    Optional<Build> buildFor(ImageDefinition runtime, String line) {
        if (target.profile() == null) {
            return frameworkBuild(runtime, line).map(d -> new Build(d, false));
        }
        WorkloadProfile p = target.profile();
        DistroFamily f = runtime.distro();
        String dv = runtime.distroVersion();
        return switch (p.link()) {
            case SAME -> sameRelease(query.ofLine(query.defs(p.buildRepository(), CatalogQuery.Kind.DEV, List.of()), line, f), dv);
            case MAJOR -> sameRelease(query.ofLine(query.defs(p.buildRepository(), CatalogQuery.Kind.SDK, List.of()), line, f), dv);
            case JDK -> jdkBuild(runtime, line);
            case PHP_FLAVOR -> newestSupported(query.defs(p.buildRepository(), CatalogQuery.Kind.DEV, List.of("php" + line)), f, dv);
            case INDEPENDENT -> newestSupported(query.defs(p.buildRepository(), CatalogQuery.Kind.DEV, List.of()), f, dv);
        };
    }

    private static Optional<Build> sameRelease(List<ImageDefinition> defs, String distroVersion) {
        for (ImageDefinition d : defs) {
            if (d.distroVersion().equals(distroVersion)) {
                return Optional.of(new Build(d, false));
            }
        }
        return Optional.empty();
    }

    /** Maven or Gradle on the JDK of the JRE's version; the Temurin JDK when the build tool lacks that JDK. */
    private Optional<Build> jdkBuild(ImageDefinition runtime, String line) {
        ImageDefinition best = null;
        for (ImageDefinition m : query.defs(target.profile().buildRepository(), CatalogQuery.Kind.DEV, List.of())) {
            if (!query.leftover(m) && m.distro() == runtime.distro() && m.distroVersion().equals(runtime.distroVersion())
                    && query.hasQualifier(m, "jdk" + line) && (best == null || dev.dhipicker.catalog.VersionOrder
                    .compare(m.version(), best.version()) > 0)) {
                best = m;
            }
        }
        if (best != null) {
            return Optional.of(new Build(best, false));
        }
        return temurinJdk(runtime, line).map(d -> new Build(d, true));
    }

    /** The JDK dev image of the same line and release ({@code eclipse-temurin:21-jdk-debian13-dev}). */
    private Optional<ImageDefinition> temurinJdk(ImageDefinition runtime, String line) {
        for (ImageDefinition d : query.ofLine(query.defs(runtime.repository(), CatalogQuery.Kind.DEV, List.of()), line,
                runtime.distro())) {
            if (d.distroVersion().equals(runtime.distroVersion()) && query.hasQualifierPrefix(d, "jdk")) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The newest line of a build repository that is supported on the date and exists on this release. */
    private Optional<Build> newestSupported(List<ImageDefinition> devs, DistroFamily f, String dv) {
        ImageDefinition fallback = null;
        for (String l : query.lines(devs)) {
            Optional<ImageDefinition> d = CatalogQuery.onDistro(query.ofLine(devs, l, f), f, dv);
            if (d.isEmpty()) {
                continue;
            }
            LocalDate eol = d.get().endOfLife();
            if (eol == null || eol.isAfter(today)) {
                return Optional.of(new Build(d.get(), false));
            }
            if (fallback == null) {
                fallback = d.get();
            }
        }
        return Optional.ofNullable(fallback).map(d -> new Build(d, false));
    }

    /**
     * A repository's own build image for its runtime image, of the kind asked for or else the next
     * kind the repository has on the same line and release: the dev variant (with the runtime's
     * flavors, else without), a JDK dev image, the SDK image.
     */
    private Optional<ImageDefinition> ownBuild(ImageDefinition runtime, String line, OwnBuildImage kind) {
        List<OwnBuildImage> order = switch (kind) {
            case DEV -> List.of(OwnBuildImage.DEV, OwnBuildImage.JDK, OwnBuildImage.SDK);
            case JDK -> List.of(OwnBuildImage.JDK, OwnBuildImage.DEV, OwnBuildImage.SDK);
            case SDK -> List.of(OwnBuildImage.SDK, OwnBuildImage.DEV, OwnBuildImage.JDK);
        };
        for (OwnBuildImage k : order) {
            Optional<ImageDefinition> d = switch (k) {
                case DEV -> ownDev(runtime, line, false);
                case JDK -> ownDev(runtime, line, true);
                case SDK -> CatalogQuery.onDistro(query.ofLine(query.defs(runtime.repository(), CatalogQuery.Kind.SDK,
                        List.of()), line, runtime.distro()), runtime.distro(), runtime.distroVersion());
            };
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The dev image of the runtime's line and release: a JDK one, or one with the runtime's qualifiers. */
    private Optional<ImageDefinition> ownDev(ImageDefinition runtime, String line, boolean jdk) {
        for (List<String> flavors : List.of(runtime.flavors(), List.<String>of())) {
            for (ImageDefinition d : query.ofLine(query.defs(runtime.repository(), CatalogQuery.Kind.DEV, flavors), line,
                    runtime.distro())) {
                if (!d.distroVersion().equals(runtime.distroVersion())) {
                    continue;
                }
                boolean isJdk = query.hasQualifierPrefix(d, "jdk");
                if (jdk ? isJdk : !isJdk && query.qualifiers(d).equals(query.qualifiers(runtime))) {
                    return Optional.of(d);
                }
            }
        }
        if (!jdk) {
            // a line the catalog reads differently for the two variants (debian-base: trixie, trixie-dev)
            for (dev.dhipicker.catalog.ref.Tag t : query.catalog().parsedTags(runtime)) {
                Optional<ImageDefinition> d = query.catalog().definitionByTag(runtime.repository(), t.withDev(true).format());
                if (d.isPresent() && d.get().variant() == dev.dhipicker.catalog.Variant.DEV
                        && d.get().distroVersion().equals(runtime.distroVersion())) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The build image of a framework: its dev variant of the same line, release and flavors; a
     * {@code jdk} dev image when there is one (a JRE cannot compile), else the one with the
     * runtime's own qualifiers.
     */
    private Optional<ImageDefinition> frameworkBuild(ImageDefinition runtime, String line) {
        List<ImageDefinition> devs = query.ofLine(query.defs(runtime.repository(), CatalogQuery.Kind.DEV, runtime.flavors()),
                line, runtime.distro());
        ImageDefinition same = null;
        for (ImageDefinition d : devs) {
            if (!d.distroVersion().equals(runtime.distroVersion())) {
                continue;
            }
            if (query.hasQualifierPrefix(d, "jdk")) {
                return Optional.of(d);
            }
            if (same == null && query.qualifiers(d).equals(query.qualifiers(runtime))) {
                same = d;
            }
        }
        return Optional.ofNullable(same);
    }
}
