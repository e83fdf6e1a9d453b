package dev.dhipicker.recommend;

import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.Variant;
import dev.dhipicker.catalog.WorkloadProfile;
import dev.dhipicker.catalog.ref.ImageReference;
import dev.dhipicker.recommend.Recommendation.ImageChoice;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every profile and a spread of applications, under every combination of answers. */
class RecommenderExhaustiveTest {

    static List<String> workloads() {
        List<String> w = new ArrayList<>(EngineFixture.PROFILES.all().stream().map(WorkloadProfile::id).toList());
        w.addAll(List.of("redis", "nginx", "postgres", "vault", "mongodb", "alpine-base", "static", "kafka", "busybox"));
        return w;
    }

    @Test
    void everyCombinationGivesAConsistentAnswer() throws Exception {
        Recommender engine = EngineFixture.engine();
        List<String> problems = new ArrayList<>();
        int runs = 0;
        for (String w : workloads()) {
            for (LibcNeed libc : LibcNeed.values()) {
                for (SizePriority size : SizePriority.values()) {
                    for (ComplianceNeed c : ComplianceNeed.values()) {
                        for (HelmUse h : HelmUse.values()) {
                            Answers a = new Answers(w, null, libc, size, c, h, null);
                            Recommendation r = engine.recommend(a);
                            runs++;
                            check(a, r, problems);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(runs).isGreaterThan(1000);
    }

    private static void check(Answers a, Recommendation r, List<String> problems) {
        String id = a.toString();
        if (r.runtime() == null && r.unmet().isEmpty()) {
            problems.add(id + ": no runtime and no unmet answer");
            return;
        }
        if (r.explanations().isEmpty()) {
            problems.add(id + ": no explanation");
        }
        for (Recommendation.Unmet u : r.unmet()) {
            checkText(id, u.message(), problems);
        }
        r.explanations().forEach(e -> checkText(id, e.message(), problems));
        r.warnings().forEach(m -> checkText(id, m, problems));
        r.alternatives().forEach(alt -> checkText(id, alt.whyNot(), problems));
        if (r.runtime() == null) {
            return;
        }
        ImageChoice rt = r.runtime();
        checkImage(id, rt, a, problems);
        if (rt.variant() != Variant.RUNTIME) {
            problems.add(id + ": runtime is a " + rt.variant() + " image");
        }
        if (r.profile() != null && r.build() == null) {
            problems.add(id + ": a profile without a build image");
        }
        if (r.profile() == null && r.build() != null) {
            problems.add(id + ": an application image with a build stage");
        }
        if (r.build() != null) {
            ImageChoice b = r.build();
            checkImage(id, b, a, problems);
            if (b.distro() != rt.distro() || !b.distroVersion().equals(rt.distroVersion())) {
                problems.add(id + ": build " + b.reference() + " and runtime " + rt.reference() + " differ in distro");
            }
            if (b.fips() != rt.fips()) {
                problems.add(id + ": build and runtime differ in FIPS");
            }
            if (b.repository().equals(rt.repository()) && !b.definition().version().equals(rt.definition().version())) {
                problems.add(id + ": build and runtime of one repository differ in version");
            }
            if (!b.definition().shell()) {
                problems.add(id + ": build image " + b.reference() + " has no shell");
            }
        }
        if (a.compliance().fips() && !rt.fips()) {
            problems.add(id + ": FIPS asked, runtime not FIPS");
        }
        boolean mirrored = rt.reference().startsWith("<your-org>/dhi-");
        if (a.compliance().mirrored() != mirrored) {
            problems.add(id + ": mirrored reference expected " + a.compliance().mirrored() + " for " + rt.reference());
        }
    }

    private static void checkImage(String id, ImageChoice c, Answers a, List<String> problems) {
        try {
            // "<your-org>" is the documented placeholder; any real organisation name must make it valid
            ImageReference ref = ImageReference.parse(c.reference().replace("<your-org>/", "acme/"));
            if (!c.repository().equals(ref.dhiRepository())) {
                problems.add(id + ": " + c.reference() + " does not name " + c.repository());
            }
        } catch (Exception e) {
            problems.add(id + ": invalid reference " + c.reference() + ": " + e.getMessage());
        }
        boolean known = EngineFixture.CATALOG.definitionByTag(c.repository(), c.tag()).isPresent();
        if (!known && !c.fips()) {
            problems.add(id + ": " + c.reference() + " is not in the catalog");
        }
        if (c.fips()) {
            String publicTwin = c.tag().replace("-fips", "");
            ImageDefinition twin = EngineFixture.CATALOG.definitionByTag(c.repository(), publicTwin).orElse(null);
            if (twin == null) {
                problems.add(id + ": FIPS tag " + c.tag() + " has no public twin in the catalog");
            }
            boolean documented = EngineFixture.CATALOG.compliance().documentsTag(c.repository(), c.tag());
            if (!documented && !c.inferred()) {
                problems.add(id + ": " + c.reference() + " is neither documented nor marked inferred");
            }
        }
        if (c.distroVersion() == null || c.tag().equals(c.definition().version())) {
            problems.add(id + ": " + c.reference() + " does not pin a distro release");
        }
    }

    private static void checkText(String id, Message m, List<String> problems) {
        if (!EngineFixture.TEXTS.has(m.key())) {
            problems.add(id + ": no text for key " + m.key());
            return;
        }
        String text = EngineFixture.TEXTS.render(m.key(), m.params());
        if (text.matches(".*\\{[a-z]+}.*")) {
            problems.add(id + ": unfilled placeholder in " + m.key() + ": " + text);
        }
    }
}
