#!/usr/bin/env bash
# Measures the desktop app's start-up: from the JVM start to the first frame drawn with the
# window shown and the default model loaded (the app logs this line itself, at INFO). Runs the
# packaged jar RUNS times (default 7) in a virtual X display and prints each time and the median.
#
#   mvn -q package -DskipTests && scripts/startup-time.sh 7
#
# With a LAUNCHER it measures that instead, e.g. the installed app:
#
#   scripts/startup-time.sh 9 /opt/usthem/bin/UsThem
#
# A jpackage launcher takes no JVM options on its command line, so they go in JAVA_TOOL_OPTIONS.
#
# Needs xvfb-run (Debian package xvfb). Uses a fresh workspace and settings file in a temporary
# folder, so the shipped model is the one loaded and nothing of the user's is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
launcher=${2:-}
jar=target/usthem.jar
if [[ -n $launcher ]]; then
  [[ -x $launcher ]] || { echo "$launcher is not an executable launcher" >&2; exit 1; }
  command=("$launcher")
else
  [[ -f $jar ]] || { echo "no $jar: run 'mvn -q package -DskipTests' first" >&2; exit 1; }
  command=(java -jar "$jar")
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
times=()
for run in $(seq "$runs"); do
  log="$tmp/run$run.log"
  USTHEM_WORKSPACE="$tmp/workspace" \
    JAVA_TOOL_OPTIONS="-Dusthem.config=$tmp/settings.json -Dorg.slf4j.simpleLogger.log.com.usthem.app=info" \
    xvfb-run -a -s "-screen 0 1400x900x24" "${command[@]}" 2> "$log" &
  runner=$!
  line=""
  for _ in $(seq 600); do
    line=$(grep -o 'startup: ready [0-9]* ms.*' "$log" || true)
    [[ -n $line ]] && break
    sleep 0.1
  done
  app=$(pgrep -P "$runner" -x "$(basename "${command[0]}")" || true)
  [[ -n $app ]] && kill "$app"
  wait "$runner" 2>/dev/null || true
  [[ -n $line ]] || { echo "run $run: no start-up line; log:" >&2; cat "$log" >&2; exit 1; }
  echo "run $run: $line"
  times+=("$(awk '{print $3}' <<< "$line")")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "median of $runs runs: $median ms from JVM start to an interactive window with the model loaded"
