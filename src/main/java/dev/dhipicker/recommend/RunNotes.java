package dev.dhipicker.recommend;

import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.ref.Libc;
import dev.dhipicker.recommend.ChartPicker.ChartPick;
import dev.dhipicker.recommend.PairFinder.Pair;
import dev.dhipicker.recommend.Recommendation.ImageChoice;
import dev.dhipicker.recommend.Recommendation.LineChoice;

import java.time.LocalDate;

/** The explanations and warnings that go with the images one run has chosen, written from their facts. */
final class RunNotes {
    private final CatalogQuery query;
    private final Target target;
    private final Answers answers;
    private final RunLog log;

    RunNotes(CatalogQuery query, Target target, Answers answers, RunLog log) {
        this.query = query;
        this.target = target;
        this.answers = answers;
        this.log = log;
    }

    void explainImages(ImageChoice runtime, ImageChoice build, boolean buildFallback, boolean cgo) {
        log.explain("runtime", runtimeKey(runtime.definition()), "user", String.valueOf(runtime.user()),
                "uid", String.valueOf(runtime.uid()));
        if (build != null) {
            ImageDefinition b = build.definition();
            if (query.hasQualifier(b, "sdk")) {
                log.explain("build", "variant.sdk", "tag", build.tag());
            } else if (b.runsAsRoot()) {
                log.explain("build", b.packageManager() ? "variant.dev" : "variant.devNoPm");
            } else {
                log.explain("build", "variant.devUser", "user", String.valueOf(b.user()), "uid", String.valueOf(b.uid()));
            }
            log.explain("multistage", "build.multistage");
        }
        if (target.profile() != null && build != null) {
            for (String note : target.profile().notes()) {
                explainProfileNote(note, runtime, build, buildFallback, cgo);
            }
        }
        if (target.kind() == Recommendation.WorkloadKind.FRAMEWORK && build != null) {
            log.explain("profile", "framework.pair", "build", build.tag(), "runtime", runtime.tag());
        }
    }

    private static String runtimeKey(ImageDefinition rt) {
        if (rt.runsAsRoot()) {
            return "variant.runtimeRoot";
        }
        if (rt.packageManager()) {
            return rt.shell() ? "variant.runtimeShellPm" : "variant.runtimePm";
        }
        return rt.shell() ? "variant.runtimeShell" : "variant.runtime";
    }

    /** A profile note, chosen by the facts of the pick (cgo, libc, build tool) rather than by the profile alone. */
    private void explainProfileNote(String note, ImageChoice runtime, ImageChoice build, boolean fallback, boolean cgo) {
        switch (note) {
            case "profile.go.static" -> log.explain("profile", cgo ? "profile.go.cgo"
                    : answers.compliance().fips() ? "profile.go.fips" : "profile.go.static");
            case "profile.rust.static" -> log.explain("profile", runtime.libc() == Libc.GLIBC ? "profile.rust.gnu"
                    : "profile.rust.musl");
            case "profile.java.jre", "profile.gradle.jre" -> log.explain("profile",
                    fallback ? "profile.java.temurinBuild" : note, "build", build.repository(), "jdk", build.tag());
            case "profile.php.composer" -> log.explain("profile", note, "build", build.tag());
            default -> log.explain("profile", note);
        }
    }

    void explainCompliance(ImageChoice runtime, boolean fipsMet) {
        ComplianceNeed c = answers.compliance();
        if (c.fips() && fipsMet) {
            log.explain("fips", "compliance.fips", "repo", runtime.repository());
            if (target.profile() != null) {
                for (String k : target.profile().fipsPitfalls()) {
                    log.warn(k);
                }
            }
        }
        if (c.stig()) {
            log.explain("stig", "compliance.stig");
            log.unmet("compliance", "unmet.stig", "repo", target.runtimeRepo());
        }
        if (c.mirrored() && runtime != null) {
            log.explain("mirror", "compliance.mirror", "reference", runtime.reference());
        }
    }

    void explainHelm(Pair pair, ChartPick chart, ImageChoice runtime) {
        switch (answers.helm()) {
            case OWN_CHART -> log.explain("helm", "helm.own");
            case UPSTREAM_CHART -> {
                if (pair.runtime().hasFlavor("compat") && pair.runtime().extraPackages().isEmpty()) {
                    log.explain("helm", "helm.compat.noExtra");
                } else if (pair.runtime().hasFlavor("compat")) {
                    log.explain("helm", "helm.compat", "packages", String.join(", ", pair.runtime().extraPackages()));
                }
            }
            case DHI_CHART -> {
                if (chart != null) {
                    log.explain("helm", "helm.dhiChart", "chart", chart.chart().ociReference(),
                            "version", chart.version().version());
                    if (runtime != null && answers.compliance().mirrored()) {
                        log.warn("warn.chartFips", "reference", runtime.reference());
                    } else if (runtime != null) {
                        log.warn("warn.chartPinsDigest", "reference", runtime.reference());
                    }
                }
            }
            default -> {
            }
        }
    }

    /** Warnings about the line's end of life, from the same values as the version sentence. */
    void warnAboutLine(LineChoice line) {
        switch (line.status()) {
            case ENDS_SOON -> log.warn("warn.eolSoon", "repo", line.repository(), "version", line.line(),
                    "eol", line.eol().toString());
            case ENDED -> log.warn("warn.eolPassed", "repo", line.repository(), "version", line.line(),
                    "eol", line.eol().toString());
            case UNKNOWN -> log.warn("warn.eolUnknown", "repo", line.repository(), "version", line.line());
            default -> {
            }
        }
    }

    /** Warnings about a build image of another repository (Maven, Composer, Node for a site). */
    void warnAboutBuildEol(ImageDefinition build, String line, LocalDate today) {
        LocalDate eol = build.endOfLife();
        if (eol == null) {
            return; // a build tool without a date: its lifecycle does not end up in production
        }
        if (!eol.isAfter(today)) {
            log.warn("warn.eolPassed", "repo", build.repository(), "version", line, "eol", eol.toString());
        } else if (!eol.isAfter(today.plusMonths(12))) {
            log.warn("warn.eolSoon", "repo", build.repository(), "version", line, "eol", eol.toString());
        }
    }
}
