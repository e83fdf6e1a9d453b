#!/usr/bin/env bash
# Dumps an AppCDS archive for the application jar from training runs: the classes that a CLI
# recommendation, an explain, a Dockerfile and (when a display or xvfb-run is available and the
# bench jar was built) the wizard up to its first frame load, with the JDK's, JavaFX's and the
# libraries' classes among them. Called by `mvn package` (see pom.xml, README "Packaging") as
#   cds-archive.sh TARGET_DIR JAVA
# and writes TARGET_DIR/dhi-picker.jsa, used by
#   java -XX:SharedArchiveFile=target/dhi-picker.jsa -jar target/dhi-picker.jar ...
# An archive is only valid for the jar it was dumped with (the JVM checks the class path, size and
# time stamps and silently runs without it otherwise), so every package makes a new one.
# It also writes TARGET_DIR/dhi-picker-gui.jsa for the wizard as packaging/dhi-picker starts it
# (JavaFX on the module path), from a training run with exactly those options: an archive fits only
# the module path and class path it was dumped with.
# Never fails the build: without an archive the jar runs as before.
set -uo pipefail
target=$(cd "$1" && pwd)
java=${2:-java}
jar="$target/dhi-picker.jar"
bench="$target/dhi-picker-bench.jar"
jsa="$target/dhi-picker.jsa"
lists="$target/cds-jar"
home="$lists/home"   # keeps the training runs' saved answers out of the user's home
gui_jsa="$target/dhi-picker-gui.jsa"
rm -rf "$lists" "$jsa" "$gui_jsa"
mkdir -p "$home"
opts=(-Duser.home="$home" -Djava.util.prefs.userRoot="$home/prefs" -Duser.language=en -Duser.country=US)

train() { # $1 = list name, rest = arguments after the JVM options
  local list="$lists/$1.lst"
  shift
  timeout 120 "$java" -XX:DumpLoadedClassList="$list" "${opts[@]}" "$@" >/dev/null 2>"$list.err" \
    || echo "cds-archive: training run failed ($*); see $list.err" >&2
}
train recommend -jar "$jar" recommend --workload python --format json
train explain -jar "$jar" explain 'dhi.io/python:3.13-debian13-dev'
train dockerfile -jar "$jar" dockerfile --workload node
if [ -f "$bench" ]; then
  wizard=(-cp "$jar:$bench" dev.dhipicker.bench.WizardFirstFrame)
  if [ -n "${DISPLAY:-}" ]; then
    train wizard "${wizard[@]}"
  elif command -v xvfb-run >/dev/null 2>&1; then
    timeout 120 xvfb-run -a -s "-screen 0 1280x1024x24" "$java" -XX:DumpLoadedClassList="$lists/wizard.lst" \
      "${opts[@]}" "${wizard[@]}" >/dev/null 2>"$lists/wizard.lst.err" \
      || echo "cds-archive: wizard training run failed; the archive covers the CLI only" >&2
  else
    echo "cds-archive: no display and no xvfb-run: the archive covers the CLI only" >&2
  fi
else
  echo "cds-archive: $bench not built: the archive covers the CLI only" >&2
fi
# the bench classes are not on the application's class path
cat "$lists"/*.lst 2>/dev/null | grep -v '^dev/dhipicker/bench/' | awk '!seen[$0]++' > "$lists/classes.lst"
"$java" -Xshare:dump -XX:SharedClassListFile="$lists/classes.lst" -XX:SharedArchiveFile="$jsa" \
  -jar "$jar" >"$lists/dump.log" 2>&1
if [ -f "$jsa" ]; then
  echo "cds-archive: $jsa ($(du -h "$jsa" | cut -f1), $(grep -vc '^@' "$lists/classes.lst") classes)"
else
  echo "cds-archive: dump failed (see $lists/dump.log); the jar runs without an archive" >&2
fi

# --- the wizard as packaging/dhi-picker starts it: JavaFX on the module path ---------------------
start="$(dirname "$0")/dhi-picker"
if [ -f "$bench" ] && { [ -n "${DISPLAY:-}" ] || command -v xvfb-run >/dev/null 2>&1; }; then
  mapfile -t gui < <(JAVA_HOME="$(dirname "$(dirname "$java")")" DHI_PICKER_HOME="$target" DHI_PICKER_PRINT=1 \
    DHI_PICKER_MAIN=dev.dhipicker.bench.WizardFirstFrame DHI_PICKER_CLASS_PATH="$bench" "$start")
  x=()
  [ -n "${DISPLAY:-}" ] || x=(xvfb-run -a -s "-screen 0 1280x1024x24")
  timeout 120 "${x[@]}" "${gui[0]}" -XX:DumpLoadedClassList="$lists/gui.lst" "${opts[@]}" "${gui[@]:1}" \
    >/dev/null 2>"$lists/gui.lst.err" || echo "cds-archive: module-path wizard training run failed" >&2
  grep -v '^dev/dhipicker/bench/' "$lists/gui.lst" | awk '!seen[$0]++' > "$lists/gui-classes.lst"
  # the same options without the probe's class path and main class
  n=${#gui[@]}
  "${gui[0]}" -Xshare:dump -XX:SharedClassListFile="$lists/gui-classes.lst" -XX:SharedArchiveFile="$gui_jsa" \
    "${gui[@]:1:$((n - 4))}" -cp "$jar" >"$lists/gui-dump.log" 2>&1
  if [ -f "$gui_jsa" ]; then
    echo "cds-archive: $gui_jsa ($(du -h "$gui_jsa" | cut -f1), $(grep -vc '^@' "$lists/gui-classes.lst") classes)"
  else
    echo "cds-archive: wizard dump failed (see $lists/gui-dump.log); packaging/dhi-picker runs without it" >&2
  fi
fi
exit 0
