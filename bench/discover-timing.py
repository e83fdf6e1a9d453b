#!/usr/bin/env python3
"""Whole-process timing of `discover` on a generated project tree (see docs/benchmarks.md).

Generates (deterministically) a tree of 10,000 files holding 500 image references: 100 Dockerfiles
(two FROM lines each), 50 compose files, 50 Kubernetes manifests, 25 Helm values files and 25
GitHub Actions workflows (two references each), plus 9,750 other files (source code, Markdown, YAML
configuration that is not a manifest). Then runs `java -jar target/dhi-picker.jar discover TREE
--format json` round after round and reports the median, minimum and maximum wall time and the
child's CPU time (user + system) and peak resident memory.

Usage:  mvn -B -DskipTests -Dcds.skip=true package && python3 bench/discover-timing.py [--runs 7] [--keep DIR]
"""
import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IMAGES = ["python:3.12-slim", "node:20-alpine", "golang:1.22", "nginx:1.27", "redis:7.2", "postgres:16",
          "eclipse-temurin:21-jre", "busybox:1.36", "alpine:3.20", "ruby:3.3", "php:8.3-fpm", "rust:1.80",
          "mcr.microsoft.com/dotnet/aspnet:8.0", "maven:3.9-eclipse-temurin-21", "dhi.io/python:3.13-debian13",
          "quay.io/prometheus/prometheus:v2.53.0", "ghcr.io/acme/internal-tool:1.4"]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def generate(tree):
    rnd = random.Random(21)
    img = lambda: rnd.choice(IMAGES)
    files = refs = 0
    for i in range(100):
        write(f"{tree}/services/svc{i}/Dockerfile",
              f"FROM {img()} AS build\nWORKDIR /src\nCOPY . .\nRUN make\n\nFROM {img()}\n"
              "COPY --from=build /src/app /app\nCMD [\"/app\"]\n")
        files += 1; refs += 2
    for i in range(50):
        write(f"{tree}/stacks/s{i}/compose.yaml",
              f"services:\n  app:\n    image: {img()}\n    ports: [\"8080:8080\"]\n  db:\n    image: \"{img()}\"\n")
        files += 1; refs += 2
    for i in range(50):
        write(f"{tree}/deploy/m{i}.yaml",
              f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: m{i}\nspec:\n  template:\n    spec:\n"
              f"      containers:\n        - name: app\n          image: {img()}\n        - name: side\n"
              f"          image: {img()}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: m{i}\n")
        files += 1; refs += 2
    for i in range(25):
        repo, tag = img().rsplit(":", 1)
        write(f"{tree}/charts/c{i}/values.yaml",
              f"# values\nimage:\n  repository: {repo}\n  tag: \"{tag}\"\nsidecar:\n  image: {img()}\n")
        write(f"{tree}/charts/c{i}/Chart.yaml", f"apiVersion: v2\nname: c{i}\nversion: 0.1.0\n")
        files += 2; refs += 2
    for i in range(25):
        write(f"{tree}/.github/workflows/w{i}.yml",
              f"on: [push]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    container: {img()}\n    services:\n"
              f"      db:\n        image: {img()}\n    steps:\n      - run: make test\n")
        files += 1; refs += 2
    body = "".join(f"// line {k} of ordinary source code\n" for k in range(30))
    k = 0
    while files < 10_000:
        kind = k % 10
        d = f"{tree}/src/pkg{k % 200}/sub{k % 7}"
        if kind < 7:
            write(f"{d}/file{k}.go", body)
        elif kind < 9:
            write(f"{d}/notes{k}.md", "# Notes\n\nNothing here names an image.\n")
        else:
            write(f"{d}/config{k}.yaml", "linters:\n  enable: [govet, errcheck]\nrun:\n  timeout: 5m\n")
        files += 1; k += 1
    return files, refs


def run(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.exit(f"discover failed ({p.returncode}): {p.stderr.decode()[:500]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024, p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--keep", help="generate the tree here and keep it")
    args = ap.parse_args()
    jar = os.path.join(ROOT, "target", "dhi-picker.jar")
    if not os.path.exists(jar):
        sys.exit("build first: mvn -B -DskipTests -Dcds.skip=true package")
    tree = args.keep or tempfile.mkdtemp(prefix="discover-bench-")
    if os.path.exists(tree) and os.listdir(tree):
        shutil.rmtree(tree)
    files, refs = generate(tree)
    print(f"# tree: {files} files, {refs} image references written")
    cmd = ["java", "-jar", jar, "discover", tree, "--today", "2026-11-26", "--format", "json"]
    run(cmd)  # warm the file cache once
    walls, cpus, rss = [], [], 0
    found = None
    for _ in range(args.runs):
        wall, cpu, maxrss, out = run(cmd)
        walls.append(wall); cpus.append(cpu); rss = max(rss, maxrss)
        found = out.count(b'"place" :')
    print(f"# references reported: {found}")
    print(f"discover wall  median {statistics.median(walls):.3f} s  min {min(walls):.3f}  max {max(walls):.3f}")
    print(f"discover cpu   median {statistics.median(cpus):.3f} s")
    print(f"peak RSS of a child  {rss:.0f} MiB")
    print(f"load average at end {os.getloadavg()[0]:.2f}, {os.cpu_count()} cores")
    if not args.keep:
        shutil.rmtree(tree)


if __name__ == "__main__":
    main()
