package dev.dhipicker.export;

import dev.dhipicker.catalog.CatalogInfo;
import dev.dhipicker.catalog.ComplianceFacts;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.recommend.Recommendation.ImageChoice;


/**
 * The comment block at the top of the Dockerfile: the answers, the images, the catalog snapshot,
 * and the notes that decide whether the file builds as written (mirrored FIPS/STIG repositories,
 * the ORG build argument, inferred tags, digest pinning, answers that were not met).
 */
final class HeaderSection {
    private final CatalogInfo info;
    private final ComplianceFacts compliance;

    HeaderSection(CatalogInfo info, ComplianceFacts compliance) {
        this.info = info;
        this.compliance = compliance;
    }

    void write(DockerfileText out, Recommendation r, FromImage build, FromImage runtime, boolean pinDigest) {
        Answers a = r.answers();
        out.directive("# syntax=docker/dockerfile:1");
        out.blank();
        out.comment(r.application() ? "dockerfile.header.titleApplication" : "dockerfile.header.title", a.workload());
        ValueLabels labels = out.labels();
        out.comment("dockerfile.header.answers", a.workload(),
                a.version() == null ? out.message("dockerfile.header.versionNewest") : a.version(),
                labels.libcNeed(a.libc()), labels.size(a.size()), labels.compliance(a.compliance()), labels.helm(a.helm()));
        image(out, "dockerfile.header.runtime", r.runtime(), runtime);
        if (r.build() != null) {
            image(out, "dockerfile.header.build", r.build(), build);
        }
        if (info != null) {
            out.comment("dockerfile.header.catalog", String.valueOf(info.snapshotDate()), String.valueOf(info.source()),
                    shortCommit(info.upstreamCommit()));
        }
        if (a.compliance().mirrored()) {
            out.blank();
            String tiers = compliance == null || compliance.tiers().isEmpty() ? "DHI Select / DHI Enterprise"
                    : String.join(" / ", compliance.tiers());
            out.comment("dockerfile.header.mirrored", out.message(complianceKey(a.compliance())), tiers,
                    compliance == null ? "-" : String.valueOf(compliance.mirrorSource()));
            if (runtime.orgArg() || (build != null && build.orgArg())) {
                out.comment("dockerfile.header.orgArg", FromImage.ORG_ARG, "${" + FromImage.ORG_ARG + "}");
            }
            if (a.compliance().stig()) {
                out.comment("dockerfile.header.stig");
            }
        }
        boolean inferredSeen = false;
        if (r.build() != null && r.build().inferred()) {
            out.blank();
            inferredSeen = true;
            out.comment("dockerfile.header.inferred", build.text());
        }
        if (r.runtime().inferred()) {
            if (!inferredSeen) {
                out.blank();
            }
            out.comment("dockerfile.header.inferred", runtime.text());
        }
        if (!r.unmet().isEmpty()) {
            out.blank();
            for (Recommendation.Unmet u : r.unmet()) {
                out.comment("dockerfile.header.unmet", out.message(Messages.answerKey(u.answer())));
            }
        }
        out.blank();
        pinning(out, build, runtime, pinDigest);
        out.blank();
        // a -compat variant can carry a shell: never call it shell-less then
        boolean shell = r.runtime().definition() != null && r.runtime().definition().shell();
        if (r.application()) {
            out.comment(shell ? "dockerfile.header.rulesApplicationShell" : "dockerfile.header.rulesApplication");
        } else {
            out.comment(shell ? "dockerfile.header.rulesShell" : "dockerfile.header.rules");
        }
    }

    private static void image(DockerfileText out, String key, ImageChoice c, FromImage from) {
        ImageFacts facts = out.facts();
        out.comment(key, from.text(), facts.distro(c.distro(), c.distroVersion()), facts.libc(c.libc()),
                facts.user(c.user(), c.uid()));
    }

    private static void pinning(DockerfileText out, FromImage build, FromImage runtime, boolean pinDigest) {
        boolean unpinned = false;
        boolean mirrored = false;
        for (FromImage from : build == null ? new FromImage[]{runtime} : new FromImage[]{build, runtime}) {
            if (from.digest() != null) {
                out.comment("dockerfile.header.pinned", from.text().substring(0, from.text().indexOf('@')), from.digest());
            } else if (from.orgArg()) {
                mirrored = true;
            } else {
                unpinned = true;
            }
        }
        if (mirrored) {
            out.comment("dockerfile.header.pinMirrored");
        }
        if (unpinned) {
            out.comment(pinDigest ? "dockerfile.header.noDigest" : "dockerfile.header.howToPin");
        }
    }

    private static String shortCommit(String commit) {
        if (commit == null) {
            return "-";
        }
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }

    /** The message key naming a mirrored compliance regime (literal keys, so that unused-key checks can see them). */
    static String complianceKey(ComplianceNeed need) {
        return switch (need) {
            case FIPS -> "dockerfile.compliance.fips";
            case STIG -> "dockerfile.compliance.stig";
            case FIPS_STIG -> "dockerfile.compliance.fips-stig";
            case NONE -> throw new IllegalArgumentException("public images are not mirrored");
        };
    }
}
