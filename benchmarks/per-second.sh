#!/usr/bin/env bash
# Issue 13's second yardstick, outside JMH: how many isolated JS snippets ("6 * 7") and how many
# guest calls (x + 1) each variant does in every second of a fresh JVM, raw GraalVM next to
# Polybridge. One JVM per variant (Temurin 25 with the Graal JIT, the flags and class path of
# run.sh's JMH forks), run one after the other; then the series side by side and a compact
# Markdown table for BENCHMARKS.md. The clock starts when each JVM's main starts.
#
#   benchmarks/per-second.sh [--seconds N] [--only isolated,call] [--no-build] [--results DIR]
#
#   --seconds N    how long each variant runs (default 30)
#   --only GROUPS  isolated (raw new context on a shared engine, evalIsolated, newContext + eval +
#                  close), call (raw Value.execute, Handle.call, interface proxy; JS, then Python);
#                  default both
#   --no-build     reuse benchmarks/target from an earlier build
#   --results DIR  where each variant's series goes (default benchmarks/results/per-second)
#
# Takes about (3 + 6) x (N + 5) seconds. Run it on a quiet machine.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/benchmarks"
SECONDS_EACH=30
ONLY="isolated,call"
BUILD=1
RESULTS="$BENCH/results/per-second"

while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) SECONDS_EACH="$2"; shift ;;
    --only) ONLY="$2"; shift ;;
    --no-build) BUILD=0 ;;
    --results) RESULTS="$2"; shift ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "per-second.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

# shellcheck source=benchmarks/jvm-env.sh
. "$BENCH/jvm-env.sh"
mkdir -p "$RESULTS"

wants() { case ",$ONLY," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }

# series GROUP-TITLE VARIANT...: each variant in its own JVM, then the table.
series() {
  local title="$1" variant files=()
  shift
  for variant in "$@"; do
    echo "== $variant ($SECONDS_EACH s, fresh JVM)"
    # shellcheck disable=SC2086 # flag lists on purpose
    "$JAVA" $FORK_JVM $JIT_FLAGS -Dpolybridge.requireJit=true -cp "$CP" \
      dev.polybridge.benchmarks.PerSecond "$variant" "$SECONDS_EACH" >"$RESULTS/$variant.txt"
    tail -1 "$RESULTS/$variant.txt"
    files+=("$RESULTS/$variant.txt")
  done
  "$JAVA" -cp "$CP" dev.polybridge.benchmarks.PerSecondTable "$title" "${files[@]}" \
    | tee "$RESULTS/$(echo "$title" | tr ' ' '-').md"
}

echo "== load before: $(uptime)"
START=$(date +%s)
if wants isolated; then
  series "snippets per second" raw-isolated evalIsolated newContext
fi
if wants call; then
  series "calls per second" raw-call-js handle-call-js proxy-call-js \
    raw-call-python handle-call-python proxy-call-python
fi
echo "== load after: $(uptime)"
echo "== Done in $(( $(date +%s) - START )) s; series in $RESULTS"
