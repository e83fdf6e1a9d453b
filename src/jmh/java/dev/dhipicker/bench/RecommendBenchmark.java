package dev.dhipicker.bench;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogLoader;
import dev.dhipicker.catalog.Repository;
import dev.dhipicker.catalog.WorkloadProfile;
import dev.dhipicker.catalog.WorkloadProfiles;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.InvalidAnswerException;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.recommend.Recommender;
import dev.dhipicker.recommend.SizePriority;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One recommendation over the whole catalog, cycling through a spread of answers: every workload
 * profile and every application repository with a runtime image, each with the defaults, musl +
 * smallest, glibc + compatible, FIPS, STIG, an upstream chart and the DHI chart.
 * {@code catalog=x10} runs over the generated catalog ten times the bundled one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class RecommendBenchmark {

    @Param({"bundled", "x10"})
    public String catalog;

    private Recommender engine;
    private Catalog loaded;
    private WorkloadProfiles profiles;
    private final Clock clock = Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC);
    private Answers[] profileAnswers;
    private Answers[] applicationAnswers;
    private int p;
    private int a;

    @Setup
    public void load() throws Exception {
        CatalogLoader loader = new CatalogLoader();
        loaded = "x10".equals(catalog) ? loader.load(ScaledCatalog.write(10)) : loader.loadBundled();
        profiles = loader.loadProfiles(loaded);
        engine = new Recommender(loaded, profiles, clock);
        List<String> profileIds = new ArrayList<>();
        for (WorkloadProfile w : profiles.all()) {
            profileIds.add(w.id());
        }
        List<String> repos = new ArrayList<>();
        for (Repository r : loaded.repositories()) {
            repos.add(r.name());
        }
        profileAnswers = spread(profileIds);
        applicationAnswers = spread(repos);
    }

    /** The valid answer sets for these workloads (a repository without a runtime image is skipped). */
    private Answers[] spread(List<String> workloads) {
        List<Answers> out = new ArrayList<>();
        for (String w : workloads) {
            Answers d = Answers.defaults(w);
            for (Answers x : List.of(d, d.withLibc(LibcNeed.MUSL).withSize(SizePriority.SMALLEST),
                    d.withLibc(LibcNeed.GLIBC).withSize(SizePriority.COMPATIBLE), d.withCompliance(ComplianceNeed.FIPS),
                    d.withCompliance(ComplianceNeed.STIG).withOrg("acme"), d.withHelm(HelmUse.UPSTREAM_CHART),
                    d.withHelm(HelmUse.DHI_CHART))) {
                try {
                    engine.recommend(x);
                    out.add(x);
                } catch (InvalidAnswerException e) {
                    break;
                }
            }
        }
        return out.toArray(Answers[]::new);
    }

    /** Workload profiles (a build and a runtime image). */
    @Benchmark
    public Recommendation profiles() throws InvalidAnswerException {
        Answers x = profileAnswers[p];
        p = p + 1 == profileAnswers.length ? 0 : p + 1;
        return engine.recommend(x);
    }

    /** Application repositories run as they are. */
    @Benchmark
    public Recommendation applications() throws InvalidAnswerException {
        Answers x = applicationAnswers[a];
        a = a + 1 == applicationAnswers.length ? 0 : a + 1;
        return engine.recommend(x);
    }

    /** The first click: a fresh engine (empty caches) and one profile recommendation. */
    @Benchmark
    public Recommendation firstOnFreshEngine() throws InvalidAnswerException {
        Answers x = profileAnswers[p];
        p = p + 1 == profileAnswers.length ? 0 : p + 1;
        return new Recommender(loaded, profiles, clock).recommend(x);
    }
}
