package dev.dhipicker.bench;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogLoader;
import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.migrate.DockerfileParser;
import dev.dhipicker.migrate.InputLimits;
import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.migrate.MigrationResult;
import dev.dhipicker.migrate.Migrator;
import dev.dhipicker.recommend.Recommender;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/**
 * Parsing and migrating a 300-line, 16-stage Dockerfile (Python, Node.js, Go, Java, .NET build
 * stages, continuations, a here-document, comments) in-process. Goal of issue 13: at most 5 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class MigrateBenchmark {
    private static final String[] STAGES = {
        "FROM python:3.12-slim AS py%d\nWORKDIR /app\n# dependencies first, for the layer cache\nCOPY requirements.txt .\n"
            + "RUN pip install --no-cache-dir \\\n    -r requirements.txt\nCOPY . .\n",
        "FROM node:20-alpine AS web%d\nWORKDIR /web\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n",
        "FROM golang:1.24 AS go%d\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n"
            + "RUN CGO_ENABLED=0 go build -o /out/app%d ./cmd/app\n",
        "FROM maven:3.9-eclipse-temurin-21 AS jvm%d\nWORKDIR /w\nCOPY pom.xml .\nRUN mvn -B -q dependency:go-offline\n"
            + "COPY src src\nRUN mvn -B -q package -DskipTests\n",
        "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS net%d\nWORKDIR /src\nCOPY . .\nRUN <<EOF\ndotnet restore\n"
            + "dotnet publish -c Release -o /pub\nEOF\n",
    };

    private Migrator migrator;
    private Recommender engine;
    private ImageMap map;
    private DockerfileParser parser;
    private byte[] dockerfile;

    @Setup
    public void load() throws Exception {
        CatalogLoader loader = new CatalogLoader();
        Catalog catalog = loader.loadBundled();
        engine = new Recommender(catalog, loader.loadProfiles(catalog),
                Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC));
        map = ImageMap.loadBundled(catalog);
        migrator = new Migrator(engine, map);
        parser = new DockerfileParser(InputLimits.standard());
        StringBuilder b = new StringBuilder("# syntax=docker/dockerfile:1\nARG BASE=python:3.12-slim\n");
        int k = 0;
        while (b.toString().split("\n", -1).length < 290) {
            b.append(String.format(STAGES[k % STAGES.length], k, k)).append('\n');
            k++;
        }
        b.append("FROM ${BASE}\nWORKDIR /app\nCOPY --from=py0 /app /app\nRUN pip install -r requirements.txt\n")
                .append("USER 1000\nEXPOSE 8000\nCMD python -m app\n");
        dockerfile = b.toString().getBytes(StandardCharsets.UTF_8);
        if (migrate().stages().size() < 10) {
            throw new IllegalStateException("the benchmark Dockerfile did not parse as intended");
        }
    }

    /** Parse and migrate the whole file with a migrator that has answered before (the wizard's case). */
    @Benchmark
    public MigrationResult migrate() throws Exception {
        return migrator.migrate(parser.parse(dockerfile), MigrateOptions.defaults(), (key, args) -> key);
    }

    /** Parse and migrate with a new migrator: every engine answer is computed (the command line's case). */
    @Benchmark
    public MigrationResult migrateCold() throws Exception {
        return new Migrator(engine, map).migrate(parser.parse(dockerfile), MigrateOptions.defaults(), (key, args) -> key);
    }
}
