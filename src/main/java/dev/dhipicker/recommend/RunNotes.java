package dev.dhipicker.recommend;

import dev.dhipicker.catalog.HelmChart;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.WorkloadProfile;
import dev.dhipicker.catalog.ref.Libc;
import dev.dhipicker.catalog.ref.Tag;
import dev.dhipicker.recommend.Recommendation.ExplanationItem;
import dev.dhipicker.recommend.Recommendation.ImageChoice;
import dev.dhipicker.recommend.Recommendation.Unmet;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The explanations, warnings and unmet notes that go with the images one run has chosen. */
final class RunNotes {
    private final CatalogQuery q;
    private final WorkloadProfile profile;
    private final Answers a;
    private final LocalDate today;
    private final List<Unmet> unmet;
    private final List<ExplanationItem> explanations;
    private final List<Message> warnings;

    RunNotes(CatalogQuery q, WorkloadProfile profile, Answers a, LocalDate today, List<Unmet> unmet,
             List<ExplanationItem> explanations, List<Message> warnings) {
        this.q = q;
        this.profile = profile;
        this.a = a;
        this.today = today;
        this.unmet = unmet;
        this.explanations = explanations;
        this.warnings = warnings;
    }

    private void explain(String topic, String key, String... params) {
        explanations.add(new ExplanationItem(topic, Message.of(key, params)));
    }

    private String runtimeRepo() {
        return profile == null ? a.workload() : profile.runtimeRepository();
    }

    private static Tag parse(String tag) {
        return RecommendationRun.parse(tag);
    }

    void explainImages(ImageChoice runtime, ImageChoice build) {
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
        if (profile != null) {
            for (String note : profile.notes()) {
                String key = note;
                if (note.equals("profile.go.static") && rt.libc() == Libc.GLIBC) {
                    key = "profile.go.cgo";
                }
                explain("profile", key);
            }
        }
    }

    void explainCompliance(ImageChoice runtime, boolean fipsMet) {
        ComplianceNeed c = a.compliance();
        if (c.fips() && fipsMet) {
            explain("fips", "compliance.fips", "repo", runtime.repository());
            if (profile != null) {
                for (String k : profile.fipsPitfalls()) {
                    warnings.add(Message.of(k));
                }
            }
        }
        if (c.stig()) {
            explain("stig", "compliance.stig");
            unmet.add(new Unmet("compliance", Message.of("unmet.stig", "repo", runtimeRepo())));
        }
        if (c.mirrored() && runtime != null) {
            explain("mirror", "compliance.mirror", "reference", runtime.reference());
        }
    }

    void explainHelm(RecommendationRun.Pick pick, Optional<HelmChart> chart, ImageChoice runtime) {
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

    void warnAboutEol(ImageDefinition d, String tag) {
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
