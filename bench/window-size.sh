#!/usr/bin/env bash
# Opens the wizard N times as on a first launch (empty settings folder) on the current X display
# and prints the size of the window's content each time, as the window manager reports it:
#   DISPLAY=:1 bench/window-size.sh [N] [java options...]
# Needs xdotool and a window manager on that display (the race it checks is the window manager's);
# run `mvn -B -DskipTests -Dcds.skip=true package` first. Every line should read 1000x700.
set -uo pipefail
n=${1:-10}
shift || true
cd "$(dirname "$0")/.."
for i in $(seq 1 "$n"); do
  home=$(mktemp -d)
  XDG_CONFIG_HOME="$home/config" java "$@" -Duser.home="$home" -jar target/dhi-picker.jar >"$home/out" 2>&1 &
  pid=$!
  w=
  for _ in $(seq 1 200); do
    w=$(xdotool search --onlyvisible --name '^DHI Picker$' 2>/dev/null | head -1)
    [ -n "$w" ] && break
    sleep 0.1
  done
  sleep 2 # the window manager's last word
  if [ -n "$w" ]; then
    xdotool getwindowgeometry "$w" | sed -n 's/ *Geometry: //p'
  else
    echo "no window"
  fi
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  rm -rf "$home"
done
