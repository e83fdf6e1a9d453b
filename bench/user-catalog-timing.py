#!/usr/bin/env python3
"""CLI start-up with and without a user's updated catalog (see docs/benchmarks.md, issue 23).

Needs target/dhi-picker.jar and two data folders made by update-catalog: DATA/dhi-picker/catalog.json
with its catalog.bin, and NOBIN/dhi-picker/catalog.json alone (a copy without catalog.bin). Runs
`recommend --workload python --today 2026-12-04 --format json` alternately, round after round, and
prints the median wall and CPU time (user + system of the child).

Usage:  python3 bench/user-catalog-timing.py ROUNDS EMPTY DATA NOBIN
"""
import os, subprocess, time, statistics, resource, sys
jar = os.path.join("target", "dhi-picker.jar")
cmd = ["java", "-jar", jar, "recommend", "--workload", "python", "--today", "2026-12-04", "--format", "json"]
def run(env):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    w = time.perf_counter() - t
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert p.returncode == 0, p.stderr
    return w, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
base = dict(os.environ)
envs = {"bundled (no user catalog)": dict(base, XDG_DATA_HOME=sys.argv[2]),
        "updated catalog.json + catalog.bin": dict(base, XDG_DATA_HOME=sys.argv[3]),
        "updated catalog.json without catalog.bin": dict(base, XDG_DATA_HOME=sys.argv[4])}
res = {k: [] for k in envs}
for i in range(int(sys.argv[1])):
    for k, e in envs.items():
        res[k].append(run(e))
for k, v in res.items():
    w = [x[0] * 1000 for x in v]; c = [x[1] * 1000 for x in v]
    print(f"{k}: wall median {statistics.median(w):.0f} ms (min {min(w):.0f}, max {max(w):.0f}); cpu median {statistics.median(c):.0f} ms")
