#!/usr/bin/env bash
# Issue 15: how fast a Polybridge program starts on Temurin 25 with each way of launching it.
#   readme     Temurin's java with the README's JIT flags (compiler jars on the upgrade module path)
#   argfile    Temurin's java @target/polybridge/jvm.args (polybridge:jit)
#   image      target/polybridge/runtime/bin/java, no flags (polybridge:runtime)
#   image-aot  target/polybridge/runtime/bin/polybridge-java: the image and its trained AOT cache
#   nojit-aot  Temurin's java without the JIT, with an AOT cache trained the same way
# Each sample is a fresh JVM running one StartupLaunchers scenario (first Python call, jinja2 in a
# first and a second context, first isolated JS result). Every round runs every scenario on every
# launcher, the launcher order rotated from round to round, so that whatever else loads this shared
# machine falls on all launchers alike. Then (unless SETTINGS is 0) StartupSettings runs on the
# trained image once per compile setting and repeat, in an order rotated from repeat to repeat:
# jinja2 in three contexts, then fib(25) for 20 s of the process's CPU time (not wall-clock time:
# on a loaded machine 20 s of wall-clock time may leave the JIT too little CPU to finish).
#   usage: benchmarks/startup-launchers.sh [ROUNDS, default 5; 0 skips the launchers]
#                                          [SETTINGS repeats, default 1; 0 skips the settings]
# Needs Debian's python3-jinja2. Raw samples: benchmarks/target/startup-launchers/samples.tsv.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JDK="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
ROUNDS="${1:-5}"
SETTINGS="${2:-1}"
TARGET="$ROOT/benchmarks/target"
WORK="$TARGET/startup-launchers"
IMAGE="$TARGET/polybridge/runtime"
MAIN=dev.polybridge.benchmarks.StartupLaunchers
NOJIT="--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
README_JIT="-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path=$TARGET/polybridge/jit $NOJIT"
LAUNCHERS=(readme argfile image image-aot nojit-aot)
SCENARIOS=(python jinja2 js)

[ -d /usr/lib/python3/dist-packages/jinja2 ] || {
  echo "Debian's python3-jinja2 is missing: apt-get install python3-jinja2" >&2
  exit 1
}

echo "== build: the benchmarks, polybridge:jit, polybridge:runtime and polybridge:train (-Pruntime)"
(cd "$ROOT" && JAVA_HOME="$JDK" mvn -B -q -pl benchmarks -am package -DskipTests \
  -Dspotless.check.skip=true -Pruntime)
# Every launcher gets the class path the image's cache was trained with: jars only, as the AOT
# cache needs, and the same for all.
CP="$(cat "$IMAGE/lib/polybridge/app.classpath")"
mkdir -p "$WORK"

if [ "$ROUNDS" -gt 0 ]; then
  echo "== training the no-JIT AOT cache on the same run"
  rm -f "$WORK/nojit.aot"
  # shellcheck disable=SC2086
  "$JDK/bin/java" -Xss4m $NOJIT -XX:AOTCacheOutput="$WORK/nojit.aot" -cp "$CP" "$MAIN" train \
    >"$WORK/nojit-training.log" 2>&1
fi

# shellcheck disable=SC2086 # the flags are meant to split into words
command_of() { # launcher -> the java command before the main class, one word per line
  case "$1" in
    readme) printf '%s\n' "$JDK/bin/java" -Xss4m $README_JIT -cp "$CP" ;;
    argfile) printf '%s\n' "$JDK/bin/java" -Xss4m "@$TARGET/polybridge/jvm.args" -cp "$CP" ;;
    image) printf '%s\n' "$IMAGE/bin/java" -Xss4m -cp "$CP" ;;
    image-aot) printf '%s\n' "$IMAGE/bin/polybridge-java" -Xss4m -cp "$CP" ;;
    nojit-aot) printf '%s\n' "$JDK/bin/java" -Xss4m $NOJIT -XX:AOTCache="$WORK/nojit.aot" -cp "$CP" ;;
  esac
}

SAMPLES="$WORK/samples.tsv"
if [ "$ROUNDS" -gt 0 ]; then
printf 'round\tlauncher\tscenario\tstep\tms_since_jvm_start\tms_of_step\tprocess_ms\tcpu_ms\n' >"$SAMPLES"
LOAD_START="$(uptime)"
echo "== load before: $LOAD_START"
for round in $(seq 1 "$ROUNDS"); do
  for scenario in "${SCENARIOS[@]}"; do
    for i in "${!LAUNCHERS[@]}"; do
      launcher="${LAUNCHERS[$(((i + round - 1) % ${#LAUNCHERS[@]}))]}"
      mapfile -t cmd < <(command_of "$launcher")
      start=$(date +%s%N)
      out="$("${cmd[@]}" "$MAIN" "$scenario" 2>"$WORK/stderr")"
      process_ms=$((($(date +%s%N) - start) / 1000000))
      expected=true
      [ "$launcher" = nojit-aot ] && expected=false
      if ! grep -qx "optimizing $expected" <<<"$out"; then
        echo "$launcher ran $scenario with optimizing != $expected:" >&2
        cat "$WORK/stderr" >&2
        exit 1
      fi
      if [ "$launcher" = image-aot ] && grep -q 'not using the AOT cache' "$WORK/stderr"; then
        cat "$WORK/stderr" >&2
        exit 1
      fi
      while read -r _ step since own cpu; do
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$launcher" "$scenario" "$step" "$since" \
          "$own" "$process_ms" "$cpu" >>"$SAMPLES"
      done < <(grep '^result ' <<<"$out")
      echo "round $round $scenario $launcher: $(grep '^result ' <<<"$out" | cut -d' ' -f2,3,5 | tr '\n' ' ')(process ${process_ms} ms; load $(cut -d' ' -f1 /proc/loadavg))"
    done
  done
done
LOAD_END="$(uptime)"
echo "== load after: $LOAD_END"

median() { # launcher step column -> median of that column over the rounds
  awk -F'\t' -v l="$1" -v s="$2" -v c="$3" '$2 == l && $4 == s { print $c }' "$SAMPLES" | sort -n \
    | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f s", ms / 1000 }'; }

echo
echo "Medians of $ROUNDS rounds: wall-clock since the JVM started (for the 2nd context: its own time),"
echo "and the process's CPU time when the result was there."
echo
echo "| launcher | first Python call | first \`import jinja2\` | 2nd-context \`import jinja2\` | first isolated JS | jinja2 program, whole process |"
echo "|---|---:|---:|---:|---:|---:|"
for launcher in "${LAUNCHERS[@]}"; do
  echo "| $launcher | $(seconds "$(median "$launcher" python 5)") | $(seconds "$(median "$launcher" jinja2-first 5)") | $(seconds "$(median "$launcher" jinja2-second 6)") | $(seconds "$(median "$launcher" js 5)") | $(seconds "$(median "$launcher" jinja2-second 7)") |"
done
echo
echo "| launcher, CPU | first Python call | first \`import jinja2\` | after the 2nd context | first isolated JS |"
echo "|---|---:|---:|---:|---:|"
for launcher in "${LAUNCHERS[@]}"; do
  echo "| $launcher | $(seconds "$(median "$launcher" python 8)") | $(seconds "$(median "$launcher" jinja2-first 8)") | $(seconds "$(median "$launcher" jinja2-second 8)") | $(seconds "$(median "$launcher" js 8)") |"
done
readme=$(median readme jinja2-first 5)
trained=$(median image-aot jinja2-first 5)
awk -v t="$trained" -v r="$readme" 'BEGIN { printf "\nfirst import jinja2, trained image / README flags: %.2f (wall)", t / r }'
awk -v t="$(median image-aot jinja2-first 8)" -v r="$(median readme jinja2-first 8)" 'BEGIN { printf ", %.2f (CPU)\n", t / r }'
fi

[ "$SETTINGS" -gt 0 ] || exit 0
echo
echo "== compile settings on the trained image (StartupSettings: jinja2 in 3 contexts, then fib(25) for 20 s of CPU)"
EXPERIMENTAL="-Dpolyglot.engine.AllowExperimentalOptions=true"
setting() { # name, extra JVM options...
  local name="$1"
  shift
  echo "-- $name"
  "$IMAGE/bin/polybridge-java" -Xss4m -Dpolybridge.bench.fibBudget=cpu "$@" -cp "$CP" \
    dev.polybridge.benchmarks.StartupSettings jinja2 \
    2>&1 | grep -E '^(context|fib|polybridge-java)'
}
SETTING_NAMES=("trained image, Truffle's defaults" "engine.CompilerThreads=1" "engine.CompilerThreads=2"
  "engine.Mode=latency" "engine.MultiTier=false" "compilation thresholds x2.5"
  "HotSpot C1 only for Java code (-XX:TieredStopAtLevel=1)")
SETTING_FLAGS=("" "$EXPERIMENTAL -Dpolyglot.engine.CompilerThreads=1"
  "$EXPERIMENTAL -Dpolyglot.engine.CompilerThreads=2" "-Dpolyglot.engine.Mode=latency"
  "$EXPERIMENTAL -Dpolyglot.engine.MultiTier=false"
  "$EXPERIMENTAL -Dpolyglot.engine.FirstTierCompilationThreshold=1000 -Dpolyglot.engine.LastTierCompilationThreshold=25000"
  "-XX:TieredStopAtLevel=1")
echo "== load before: $(uptime)"
for repeat in $(seq 1 "$SETTINGS"); do
  for i in "${!SETTING_NAMES[@]}"; do
    j=$(((i + repeat - 1) % ${#SETTING_NAMES[@]}))
    # shellcheck disable=SC2086 # the flags are meant to split into words
    setting "${SETTING_NAMES[$j]}" ${SETTING_FLAGS[$j]}
  done
done
echo "== load after: $(uptime)"
