#!/usr/bin/env bash
# Builds the self-contained app image (and a .deb where dpkg-deb and fakeroot exist) from
# target/dhi-picker.jar + target/lib/. Called by `mvn -Ppackage package`; see README "Packaging".
#   $1 = target directory, $2 = project version
# The launcher starts with an AppCDS archive (lib/app/dhi-picker.jsa) made here from training
# runs of the packaged launcher: the CLI (recommend, explain) and, when a display or xvfb-run
# is available and the bench jar was built, the wizard up to its first frame. Without it the launcher still works (CDS is
# simply not used: -Xshare:auto).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=$(cd "$1" && pwd)
version=$2
# The image, its folder and its launcher are named without a space: the JDK 17 archive dump
# cannot open module-path jars under a folder whose name has one (it looks for
# "DHI%20Picker/lib/app/javafx/...": ENOENT). The name people see, "DHI Picker", is the menu
# entry's (packaging/linux/dhi-picker.desktop) and the vendor's.
name=dhi-picker
input="$target/jpackage-input"
out="$target/jpackage"
image="$out/$name"
launcher="$image/bin/$name"
jsa="$image/lib/app/dhi-picker.jsa"

rm -rf "$input" "$out"
mkdir -p "$input/lib" "$out"
cp "$target/dhi-picker.jar" "$input/"
# JavaFX's platform jars (javafx-base-21.0.11-linux.jar...) go on the module path, as
# packaging/dhi-picker starts the wizard: JavaFX supports only that, and on the class path it warns
# "Unsupported JavaFX configuration" at every start. jpackage 17 puts every jar under --input on
# the class path (sub-folders too), so they are copied into the image after jpackage, into
# lib/app/javafx; the empty javafx-*.jar without a platform classifier are left out.
fx=()
for f in "$target"/lib/*.jar; do
  b=$(basename "$f")
  if [[ "$b" =~ ^javafx-[a-z]+-[0-9][0-9.]*-[a-z0-9-]+\.jar$ ]]; then
    fx+=("$f")
  elif [[ "$b" != javafx-* ]]; then
    cp "$f" "$input/lib/"
  fi
done
if [ "${#fx[@]}" -eq 0 ]; then
  echo "jpackage: no JavaFX platform jars in $target/lib" >&2
  exit 1
fi

# C1 only and the serial collector: a picker lives for a minute, so start-up time and memory
# matter more than peak throughput (the engine's work is microseconds either way). The module
# path and exports are those of packaging/dhi-picker's wizard; the CLI resolves the JavaFX modules
# too (one launcher, one set of options) but never starts the toolkit (dev.dhipicker.Main).
jpackage --type app-image --dest "$out" --name "$name" --app-version "$version" \
  --vendor "DHI Picker" --description "Choose a Docker Hardened Image" \
  --input "$input" --main-jar dhi-picker.jar --main-class dev.dhipicker.Main \
  --java-options '-XX:SharedArchiveFile=$APPDIR/dhi-picker.jsa' \
  --java-options '-XX:TieredStopAtLevel=1' \
  --java-options '-XX:+UseSerialGC' \
  --java-options '-Xms16m' \
  --java-options '--module-path=$APPDIR/javafx' \
  --java-options '--add-modules=javafx.controls' \
  --java-options '--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED' \
  --java-options '--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED' \
  --java-options '--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED' \
  --java-options '--add-exports=javafx.graphics/com.sun.javafx.scene=ALL-UNNAMED' \
  --java-options '--add-exports=javafx.graphics/com.sun.javafx.scene.traversal=ALL-UNNAMED' \
  --java-options '--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED'
mkdir -p "$image/lib/app/javafx"
cp "${fx[@]}" "$image/lib/app/javafx/"
echo "jpackage: app image $image"

# --- AppCDS archive: class lists from training runs, then a static dump -----------------------
lists="$target/cds"
rm -rf "$lists"
mkdir -p "$lists"
home="$lists/home"   # keeps the training runs' preferences out of the user's home
mkdir -p "$home"
train() { # $1 = list file, rest = command
  local list=$1
  shift
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list -Duser.home=$home -Djava.util.prefs.userRoot=$home/prefs" \
    "$@" >/dev/null 2>"$list.err" || { echo "jpackage: training run failed: $*" >&2; cat "$list.err" >&2; return 1; }
}
train "$lists/cli.lst" "$launcher" recommend --workload python --format json
train "$lists/cli2.lst" "$launcher" explain 'dhi.io/python:3.13-debian13-dev' --format json
# The wizard up to its first frame, through a copy of the launcher whose .cfg starts the bench
# jar's WizardFirstFrame (it reports the first frame and exits; see bench/process-timing.py);
# the copy is removed again, so the image ships without it.
bench="$target/dhi-picker-bench.jar"
cfg="$image/lib/app/$name.cfg"
probe="$name-bench"
if [ ! -f "$bench" ]; then
  echo "jpackage: $bench not built: the CDS archive covers the CLI only" >&2
elif [ -n "${DISPLAY:-}" ] || command -v xvfb-run >/dev/null 2>&1; then
  sed -e 's/^app.mainclass=.*/app.mainclass=dev.dhipicker.bench.WizardFirstFrame/' "$cfg" \
    | awk -v jar="$bench" '{line[NR] = $0} /^app.classpath=/{last = NR}
        END {for (i = 1; i <= NR; i++) {print line[i]; if (i == last) print "app.classpath=" jar}}' \
    > "$image/lib/app/$probe.cfg"
  cp "$launcher" "$image/bin/$probe"
  x=()
  [ -n "${DISPLAY:-}" ] || x=(xvfb-run -a -s "-screen 0 1280x1024x24")
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$lists/gui.lst -Duser.home=$home -Djava.util.prefs.userRoot=$home/prefs" \
    timeout 120 "${x[@]}" "$image/bin/$probe" >/dev/null 2>"$lists/gui.err" \
    || echo "jpackage: GUI training run failed; the archive covers the CLI only" >&2
  rm -f "$image/bin/$probe" "$image/lib/app/$probe.cfg"
else
  echo "jpackage: no display and no xvfb-run: the CDS archive covers the CLI only" >&2
fi
cat "$lists"/*.lst | grep -v '^dev/dhipicker/bench/' | awk '!seen[$0]++' > "$lists/classes.lst"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$lists/classes.lst" "$launcher" >"$lists/dump.log" 2>&1 || true
if [ -f "$jsa" ]; then
  echo "jpackage: AppCDS archive $jsa ($(du -h "$jsa" | cut -f1), $(grep -vc '^@' "$lists/classes.lst") classes)"
else
  echo "jpackage: AppCDS dump failed (see $lists/dump.log); the launcher runs without it" >&2
fi

# --- smoke test ------------------------------------------------------------------------------
"$launcher" catalog --search python --format json >/dev/null
echo "jpackage: launcher runs the CLI"

# --- .deb where the tools exist ----------------------------------------------------------------
if command -v dpkg-deb >/dev/null 2>&1 && command -v fakeroot >/dev/null 2>&1; then
  jpackage --type deb --dest "$out" --app-image "$image" --name "$name" --app-version "$version" \
    --vendor "DHI Picker" --description "Choose a Docker Hardened Image" \
    --linux-package-name dhi-picker --linux-shortcut --linux-menu-group Development \
    --resource-dir "$here/linux"
  echo "jpackage: $(ls "$out"/*.deb)"
else
  echo "jpackage: dpkg-deb or fakeroot not found: skipping the .deb"
fi
