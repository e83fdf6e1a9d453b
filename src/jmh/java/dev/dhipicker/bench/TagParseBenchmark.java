package dev.dhipicker.bench;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogLoader;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.Repository;
import dev.dhipicker.catalog.ref.InvalidReferenceException;
import dev.dhipicker.catalog.ref.Tag;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Parsing every tag of the bundled catalog (about 18,000): one operation parses them all. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class TagParseBenchmark {

    private String[] tags;

    @Setup
    public void collectTags() throws Exception {
        Catalog catalog = new CatalogLoader().loadBundled();
        List<String> all = new ArrayList<>();
        for (Repository r : catalog.repositories()) {
            for (ImageDefinition d : catalog.definitions(r.name())) {
                all.addAll(d.tags());
            }
        }
        tags = all.toArray(String[]::new);
    }

    @Benchmark
    public void parseAllTags(Blackhole bh) throws InvalidReferenceException {
        for (String t : tags) {
            bh.consume(Tag.parse(t));
        }
    }
}
