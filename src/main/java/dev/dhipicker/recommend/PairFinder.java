package dev.dhipicker.recommend;

import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.WorkloadProfile;
import dev.dhipicker.catalog.WorkloadProfile.RuntimeMode;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.Libc;
import dev.dhipicker.recommend.RecommendationRun.Pick;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Completes a version choice into a runtime image and its build partner on the same distro
 * release, following the workload profile (same repository, Maven JDK, .NET SDK, static image).
 */
final class PairFinder {
    private final CatalogQuery q;
    private final Recommender.Target t;
    private final Answers a;
    private final LocalDate today;
    private boolean mavenFallback;

    PairFinder(CatalogQuery q, Recommender.Target t, Answers a, LocalDate today) {
        this.q = q;
        this.t = t;
        this.a = a;
        this.today = today;
    }

    /** True when a Java build fell back to the Temurin JDK because Maven lacks that JDK. */
    boolean mavenFallback() {
        return mavenFallback;
    }

    /** Completes a version definition into a runtime + build pair on the same distro release. */
    Pick pair(String line, ImageDefinition versionDef, boolean compat) {
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

    ImageDefinition buildFor(ImageDefinition runtime, String line) {
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

}
