package dev.dhipicker.recommend;

import dev.dhipicker.recommend.Recommendation.Alternative;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentences that cite an answer ("you need glibc", "you put compatibility first", "you chose",
 * "the DHI chart pins"): each must name an answer that was given, with that value.
 */
final class AnswerCitations {
    private AnswerCitations() {
    }

    /** One line per sentence that cites an answer that was not given. */
    static List<String> check(Answers a, Recommendation r) {
        List<String> out = new ArrayList<>();
        for (var e : r.explanations()) {
            String k = e.message().key();
            switch (k) {
                case "distro.debian.glibc" -> need(out, k, a.libc() == LibcNeed.GLIBC, "libc " + a.libc());
                case "distro.debian.unsure" -> need(out, k, a.libc() == LibcNeed.ANY, "libc " + a.libc());
                case "distro.debian.compatible" -> need(out, k, a.libc() == LibcNeed.MUSL
                        && a.size() == SizePriority.COMPATIBLE, "libc " + a.libc() + ", size " + a.size());
                case "distro.alpine.musl" -> need(out, k, a.libc() == LibcNeed.MUSL
                        && a.size() != SizePriority.COMPATIBLE, "libc " + a.libc() + ", size " + a.size());
                case "version.requested" -> need(out, k, a.version() != null, "no version answer");
                case "flavor.chosen" -> need(out, k, a.flavor() != null, "no flavor answer");
                case "flavor.default", "flavor.defaultBuild" -> need(out, k, a.flavor() == null, "flavor " + a.flavor());
                case "helm.own" -> need(out, k, a.helm() == HelmUse.OWN_CHART, "helm " + a.helm());
                case "helm.compat" -> {
                    need(out, k, a.helm() == HelmUse.UPSTREAM_CHART, "helm " + a.helm());
                    if (e.message().params().get("packages").isBlank()) {
                        out.add(k + ": says the -compat variant adds packages, but names none");
                    }
                }
                case "compliance.fips" -> need(out, k, a.compliance().fips(), "compliance " + a.compliance());
                case "compliance.stig" -> need(out, k, a.compliance().stig(), "compliance " + a.compliance());
                default -> {
                }
            }
        }
        for (Alternative alt : r.alternatives()) {
            String k = alt.whyNot().key();
            switch (k) {
                case "whyNot.alpine.glibc" -> need(out, k, a.libc() == LibcNeed.GLIBC, "libc " + a.libc());
                case "whyNot.alpine.unsure" -> need(out, k, a.libc() == LibcNeed.ANY, "libc " + a.libc());
                case "whyNot.alpine.compatible" -> need(out, k, a.size() == SizePriority.COMPATIBLE,
                        "size " + a.size());
                case "whyNot.alpine.fips" -> need(out, k, a.compliance().fips(), "compliance " + a.compliance());
                case "whyNot.alpine.chart", "whyNot.debian.chart" -> need(out, k, r.helmChart() != null,
                        "helm " + a.helm() + " and no chart offered");
                case "whyNot.alpine.noFit" -> need(out, k, a.libc() == LibcNeed.MUSL && a.size() != SizePriority.COMPATIBLE
                        || a.compliance().fips(), "libc " + a.libc() + ", size " + a.size());
                case "whyNot.debian.noFit" -> need(out, k, a.libc() != LibcNeed.MUSL || a.size() == SizePriority.COMPATIBLE
                        || a.compliance().fips(), "libc " + a.libc() + ", size " + a.size());
                case "whyNot.debian" -> need(out, k, a.libc() != LibcNeed.GLIBC, "libc " + a.libc());
                case "whyNot.newerVersion" -> need(out, k, a.version() != null, "no version answer");
                case "whyNot.newerOtherDistro" -> need(out, k, a.version() == null, "version " + a.version());
                case "whyNot.nonFips" -> need(out, k, a.compliance().fips(), "compliance " + a.compliance());
                default -> {
                }
            }
        }
        return out;
    }

    private static void need(List<String> out, String key, boolean holds, String answer) {
        if (!holds) {
            out.add(key + ": cites an answer that was not given (" + answer + ")");
        }
    }
}
