#!/usr/bin/env python3
"""Whole-process start-up timing for DHI Picker (see docs/benchmarks.md).

Runs each command of a group in turn, round after round (alternating, so that drift in machine
load hits every command alike), and reports the median, minimum and maximum wall time, CPU time
(user + system, which a busy machine inflates less than wall time) and peak resident memory
(ru_maxrss of the child) of each.

  CLI group: java -version | trivial main from the jar | recommend --format json [| with the AppCDS
             archive target/dhi-picker.jsa] [| packaged launcher]
  GUI group: bare JavaFX window | wizard, each on the class path without an archive, with the AppCDS
             archive target/dhi-picker.jsa, and as packaging/dhi-picker starts the wizard (JavaFX on
             the module path) without and with its archive target/dhi-picker-gui.jsa: the ratio of
             a pair is the wizard's cost over a bare window under the same conditions [| packaged
             launcher] [| --before-jar: an earlier build's wizard, class path, no archive]: each process prints
             first-frame-ms=<ms since process start> when its first frame is drawn and exits. Needs a
             display: run the script under xvfb-run.

The baselines and the first-frame probe live in target/dhi-picker-bench.jar (built by mvn package
from src/test/java/dev/dhipicker/bench), never in the application: the wizard is started through
dev.dhipicker.bench.WizardFirstFrame with the application jar first on the class path (so that an
archive dumped for `java -jar target/dhi-picker.jar` still applies), and the packaged launcher
through a copy of it whose .cfg names that class (made next to the launcher for the run, then
removed).

Usage:  xvfb-run -a -s "-screen 0 1280x1024x24" python3 bench/process-timing.py [--runs 7] [--wait-quiet]
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def shown(path):
    """A path as the results file records it: relative to the repository, else its last two parts,
    so that the file names no folder of the machine it was measured on."""
    if not path:
        return path
    full = os.path.abspath(path)
    if full.startswith(ROOT + os.sep):
        return os.path.relpath(full, ROOT)
    return os.path.join("<outside the repository>", *full.split(os.sep)[-2:])


def loadavg():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def wait_quiet(limit, timeout):
    start = time.time()
    while True:
        load = loadavg()
        if load < limit:
            return load
        if time.time() - start > timeout:
            print(f"# machine not quiet after {timeout:.0f} s (load {load}); measuring anyway", file=sys.stderr)
            return load
        print(f"# waiting for 1-minute load < {limit} (now {load})", file=sys.stderr)
        time.sleep(20)


def run_once(cmd, env):
    """Runs a command; returns wall ms, peak RSS MB, first-frame ms (or None), exit code, stderr."""
    # the probe's clock (StartupProbe): the wall-clock instant the process is started
    env = dict(env, DHI_BENCH_START_EPOCH_NS=str(time.time_ns()))
    t0 = time.perf_counter()
    p = RusagePopen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out, err = p.communicate()
    wall = (time.perf_counter() - t0) * 1000
    rss = getattr(p, "rusage_maxrss", None)
    cpu = getattr(p, "rusage_cpu", None)
    frame = None
    for line in out.decode(errors="replace").splitlines():
        if line.startswith("first-frame-ms="):
            frame = float(line.split("=", 1)[1])
    return wall, rss, frame, cpu, p.returncode, err.decode(errors="replace")


class RusagePopen(subprocess.Popen):
    """Popen that reaps the child with os.wait4 and keeps its peak RSS (MB)."""

    def _try_wait(self, wait_flags):
        try:
            pid, sts, ru = os.wait4(self.pid, wait_flags)
        except ChildProcessError:
            pid, sts = self.pid, 0
            ru = None
        if pid == self.pid and ru is not None:
            self.rusage_maxrss = ru.ru_maxrss / 1024.0
            self.rusage_cpu = (ru.ru_utime + ru.ru_stime) * 1000
        return (pid, sts)



def summary(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": round(statistics.median(values), 1), "min": round(min(values), 1),
            "max": round(max(values), 1), "n": len(values)}


def measure(group, commands, runs, env, loads):
    results = {name: {"wall": [], "rss": [], "frame": [], "cpu": []} for name, _, _ in commands}
    for r in range(runs):
        for name, cmd, extra in commands:
            wall, rss, frame, cpu, code, err = run_once(cmd, dict(env, **extra))
            if code != 0:
                print(f"# {name}: exit {code}: {err.strip()[-400:]}", file=sys.stderr)
            results[name]["wall"].append(wall)
            results[name]["rss"].append(rss)
            results[name]["frame"].append(frame)
            results[name]["cpu"].append(cpu)
        loads.append(loadavg())
        print(f"# {group}: round {r + 1}/{runs} done (load {loads[-1]})", file=sys.stderr)
    return {name: {k: summary(v) for k, v in res.items()} for name, res in results.items()}


def fmt(s):
    return "-" if s is None else f"{s['median']:.0f} ({s['min']:.0f}-{s['max']:.0f})"


def make_bench_launcher(launcher, bench_jar):
    """A copy of the packaged launcher that starts dev.dhipicker.bench.WizardFirstFrame.

    A jpackage launcher reads lib/app/<its own name>.cfg, so a copy named "<name>-bench" with a
    .cfg that names the probe's class (and adds the bench jar after the application's class
    path, keeping the AppCDS archive valid) runs the wizard with the same runtime, options and
    archive as the real launcher."""
    bin_dir = os.path.dirname(launcher)
    name = os.path.basename(launcher)
    app_dir = os.path.join(os.path.dirname(bin_dir), "lib", "app")
    cfg = os.path.join(app_dir, name + ".cfg")
    if not os.path.exists(cfg):
        print(f"# {cfg} not found: the packaged wizard is not measured", file=sys.stderr)
        return None
    lines = []
    with open(cfg) as f:
        for line in f.read().splitlines():
            if line.startswith("app.mainclass="):
                line = "app.mainclass=dev.dhipicker.bench.WizardFirstFrame"
            lines.append(line)
    # the bench jar goes after the last class-path entry
    last = max(i for i, l in enumerate(lines) if l.startswith("app.classpath=") or l.startswith("app.mainclass="))
    lines.insert(last + 1, "app.classpath=" + os.path.abspath(bench_jar))
    copy = os.path.join(bin_dir, name + "-bench")
    with open(os.path.join(app_dir, name + "-bench.cfg"), "w") as f:
        f.write("\n".join(lines) + "\n")
    with open(launcher, "rb") as src, open(copy, "wb") as dst:
        dst.write(src.read())
    os.chmod(copy, 0o755)
    return copy


def start_script_command(main, bench_jar, home):
    """The java command line of packaging/dhi-picker for the wizard (JavaFX on the module path, its
    archive when it exists), with `main` as the main class and the bench jar after the application jar."""
    env = dict(os.environ, DHI_PICKER_PRINT="1", DHI_PICKER_MAIN=main, DHI_PICKER_CLASS_PATH=os.path.abspath(bench_jar),
               DHI_PICKER_HOME=home)
    out = subprocess.run([os.path.join(ROOT, "packaging", "dhi-picker")], env=env, check=True,
                         stdout=subprocess.PIPE).stdout.decode()
    return out.splitlines()


def remove_bench_launcher(copy):
    name = os.path.basename(copy)
    app_dir = os.path.join(os.path.dirname(os.path.dirname(copy)), "lib", "app")
    for path in (copy, os.path.join(app_dir, name + ".cfg")):
        if os.path.exists(path):
            os.remove(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7, help="rounds per group (at least 5)")
    ap.add_argument("--java", default="java")
    ap.add_argument("--jar", default=os.path.join(ROOT, "target", "dhi-picker.jar"))
    ap.add_argument("--bench-jar", default=os.path.join(ROOT, "target", "dhi-picker-bench.jar"))
    ap.add_argument("--jsa", default=os.path.join(ROOT, "target", "dhi-picker.jsa"),
                    help="AppCDS archive for the jar, measured too when it exists")
    ap.add_argument("--baseline-jar", help="an older build's jar to measure in the same rounds (it must still"
                    " carry the in-jar probe of -Ddhi.firstFrame=exit, as builds before the bench jar did)")
    ap.add_argument("--baseline-launcher", help="an older build's packaged launcher (with the in-jar probe) to measure too")
    ap.add_argument("--before-jar", help="an earlier build's jar (with its lib/ beside it) whose wizard is started"
                    " through this build's first-frame probe, class path, no archive")
    ap.add_argument("--java-opts", default="", help="extra JVM options for the app-jar commands (not the baselines)")
    ap.add_argument("--launcher", default=os.path.join(ROOT, "target", "jpackage", "dhi-picker", "bin", "dhi-picker"),
                    help="packaged launcher, measured too when it exists")
    ap.add_argument("--only", choices=["cli", "gui"], help="measure one group only")
    ap.add_argument("--wait-quiet", action="store_true", help="wait (up to 10 min) for 1-minute load < 0.6")
    ap.add_argument("--json", help="also write the results to this file")
    a = ap.parse_args()
    if a.runs < 5:
        ap.error("--runs must be at least 5")

    env = dict(os.environ, LC_ALL="C.UTF-8")
    env.pop("JAVA_TOOL_OPTIONS", None)
    env.pop("JDK_JAVA_OPTIONS", None)
    java, jar, opts = a.java, a.jar, a.java_opts.split()
    if not os.path.exists(a.bench_jar):
        ap.error(f"{a.bench_jar} is missing: build it with mvn package (without -Dmaven.test.skip)")
    cp = jar + os.pathsep + a.bench_jar
    jsa = a.jsa if os.path.exists(a.jsa) else None
    cds = [f"-XX:SharedArchiveFile={jsa}"] if jsa else []
    launcher = a.launcher if os.path.exists(a.launcher) else None
    bench_launcher = make_bench_launcher(launcher, a.bench_jar) if launcher else None
    old = a.baseline_jar

    load_before = wait_quiet(0.6, 600) if a.wait_quiet else loadavg()
    report = {"machine": {"nproc": os.cpu_count(), "kernel": platform.release()},
              "load_before": load_before, "runs": a.runs, "java_opts": a.java_opts, "jsa": shown(jsa),
              "baseline_jar": shown(old), "before_jar": shown(a.before_jar), "baseline_launcher": shown(a.baseline_launcher), "groups": {}}
    loads = [load_before]

    try:
        if a.only in (None, "cli"):
            args = ["recommend", "--workload", "python", "--format", "json"]
            cli = [("java -version", [java, "-version"], {}),
                   ("trivial main", [java, "-cp", cp, "dev.dhipicker.bench.BaselineMain"], {}),
                   ("recommend (jar)", [java, *opts, "-jar", jar, *args], {})]
            if jsa:
                cli.append(("recommend (jar + jsa)", [java, *cds, *opts, "-jar", jar, *args], {}))
            if launcher:
                cli.append(("recommend (launcher)", [launcher, *args], {}))
            if old:
                cli.append(("recommend (baseline jar)", [java, *opts, "-jar", old, *args], {}))
            if a.baseline_launcher:
                cli.append(("recommend (baseline launcher)", [a.baseline_launcher, *args], {}))
            report["groups"]["cli"] = measure("cli", cli, a.runs, env, loads)

        if a.only in (None, "gui"):
            if not os.environ.get("DISPLAY"):
                print("# no DISPLAY: run under xvfb-run for the GUI group; skipping it", file=sys.stderr)
            else:
                wizard = "dev.dhipicker.bench.WizardFirstFrame"
                bare = "dev.dhipicker.bench.BareWindowApp$Launcher"
                gui = [("bare window", [java, "-cp", cp, bare], {}),
                       ("wizard (jar)", [java, *opts, "-cp", cp, wizard], {})]
                if jsa:
                    gui.append(("bare window (jar + jsa)", [java, *cds, "-cp", cp, bare], {}))
                    gui.append(("wizard (jar + jsa)", [java, *cds, *opts, "-cp", cp, wizard], {}))
                for name, main in (("bare window (module path", bare), ("wizard (module path", wizard)):
                    mp = start_script_command(main, a.bench_jar, os.path.dirname(jar))
                    plain = [x for x in mp if not x.startswith("-XX:SharedArchiveFile=")]
                    gui.append((name + ")", [plain[0], *opts, *plain[1:]], {}))
                    if plain != mp:
                        gui.append((name + " + jsa)", [mp[0], *opts, *mp[1:]], {}))
                if a.before_jar:
                    gui.append(("wizard (before, jar)", [java, "-cp", a.before_jar + os.pathsep + a.bench_jar, wizard], {}))
                if bench_launcher:
                    gui.append(("wizard (launcher)", [bench_launcher], {}))
                if old:
                    gui.append(("wizard (baseline jar)", [java, *opts, "-Ddhi.firstFrame=exit", "-jar", old], {}))
                if a.baseline_launcher:
                    gui.append(("wizard (baseline launcher)", [a.baseline_launcher],
                                {"JAVA_TOOL_OPTIONS": "-Ddhi.firstFrame=exit"}))
                report["groups"]["gui"] = measure("gui", gui, a.runs, env, loads)
    finally:
        if bench_launcher:
            remove_bench_launcher(bench_launcher)

    report["load_after"] = loadavg()
    loads.append(report["load_after"])
    report["load_per_round"] = summary(loads)
    print(f"load average (1 min) before {report['load_before']}, after {report['load_after']}, "
          f"per round {fmt(report['load_per_round'])}; {a.runs} alternating runs; median (min-max)")
    for group, res in report["groups"].items():
        print(f"\n[{group}]  {'command':<26} {'wall ms':>18} {'first frame ms':>18} {'CPU ms':>18} {'peak RSS MB':>14}")
        for name, s in res.items():
            print(f"        {name:<26} {fmt(s['wall']):>18} {fmt(s['frame']):>18} {fmt(s['cpu']):>18} {fmt(s['rss']):>14}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(report, f, indent=2)


if __name__ == "__main__":
    main()
