package dev.dhipicker.recommend;

import dev.dhipicker.catalog.WorkloadProfile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every workload (profile and repository) x flavor x version line (and no version answer) x
 * libc x size x compliance x Helm answer, each recommendation checked by the
 * {@link CounterExampleOracle}: no negative or comparative sentence that an image of the raw
 * definitions makes false, no sentence that cites an answer that was not given.
 */
class CounterExampleOracleTest {
    private static OracleCatalog oracle;
    private static Recommender engine;

    @BeforeAll
    static void load() throws Exception {
        oracle = OracleCatalog.load();
        engine = EngineFixture.engine();
    }

    private static List<String> workloads() {
        Set<String> w = new LinkedHashSet<>(EngineFixture.PROFILES.all().stream().map(WorkloadProfile::id).toList());
        w.addAll(EngineFixture.CATALOG.repositories().stream().map(r -> r.name()).toList());
        return new ArrayList<>(w);
    }

    @Test
    void noSentenceIsContradictedByTheCatalogOrTheAnswers() throws Exception {
        Map<String, Integer> byKey = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        CounterExampleOracle check = new CounterExampleOracle(oracle, EngineFixture.TODAY);
        long answers = 0;
        long engineNanos = 0;
        long oracleNanos = 0;
        long start = System.nanoTime();
        for (String w : workloads()) {
            List<String> flavors;
            try {
                flavors = new ArrayList<>(engine.flavors(w));
            } catch (InvalidAnswerException e) {
                continue; // no runtime image at all: CatalogWideInvariantsTest checks the refusal
            }
            if (flavors.isEmpty()) {
                flavors.add(null);
            }
            for (String f : flavors) {
                List<String> versions = new ArrayList<>();
                versions.add(null);
                engine.versions(w, f).forEach(v -> versions.add(v.line()));
                for (String v : versions) {
                    for (LibcNeed libc : LibcNeed.values()) {
                        for (SizePriority size : SizePriority.values()) {
                            for (ComplianceNeed c : ComplianceNeed.values()) {
                                for (HelmUse h : HelmUse.values()) {
                                    Answers a = new Answers(w, v, libc, size, c, h, null).withFlavor(f);
                                    answers++;
                                    long t0 = System.nanoTime();
                                    Recommendation rec = engine.recommend(a);
                                    long t1 = System.nanoTime();
                                    List<String> found = check.check(a, rec);
                                    engineNanos += t1 - t0;
                                    oracleNanos += System.nanoTime() - t1;
                                    for (String ce : found) {
                                        String key = ce.substring(0, ce.indexOf(':'));
                                        if (byKey.merge(key, 1, Integer::sum) <= 3) {
                                            examples.add(w + " " + f + " " + v + " " + libc + " " + size + " " + c + " "
                                                    + h + ": " + ce);
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        int total = byKey.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("counter-example oracle (" + (oracle.fromYaml ? "upstream YAML" : "JSON + evidence file")
                + "): " + answers + " answer combinations in " + ms + " ms (engine " + engineNanos / 1_000_000
                + " ms, oracle " + oracleNanos / 1_000_000 + " ms), " + total + " counter-examples " + byKey);
        examples.forEach(e -> System.out.println("  " + e));
        assertThat(answers).isGreaterThan(200_000);
        assertThat(examples).as("%d counter-examples by sentence %s", total, byKey).isEmpty();
    }

    /** The evidence file a clone without the upstream folder uses must say what the YAML says. */
    @Test
    void committedEvidenceMatchesTheUpstreamDefinitions() throws Exception {
        Assumptions.assumeTrue(OracleCatalog.upstreamPresent(), "../shared/dhi-catalog is not present");
        String now = OracleCatalog.fromYaml().evidenceText();
        if (Boolean.getBoolean("oracle.writeEvidence")) {
            Files.createDirectories(OracleCatalog.EVIDENCE.getParent());
            Files.writeString(OracleCatalog.EVIDENCE, now, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(OracleCatalog.EVIDENCE, StandardCharsets.UTF_8))
                .as("stale: run this test with -Doracle.writeEvidence=true").isEqualTo(now);
    }
}
