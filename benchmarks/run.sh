#!/usr/bin/env bash
# Runs every Polybridge benchmark on Temurin 25 with guest code JIT-compiled, times the peers
# (CPython, Node) and writes the results table of BENCHMARKS.md and benchmarks/chart.png.
#
#   benchmarks/run.sh            full run: every benchmark, enough forks and iterations to quote
#   benchmarks/run.sh --quick    one fork and one short iteration each, calls and snippets up to
#                                the "after 10 s" window, start-up with the JIT only: indicative
#                                numbers only
#   benchmarks/run.sh --smoke    one iteration of everything, to prove it all runs; the report goes
#                                to benchmarks/results/, not BENCHMARKS.md
#
# Options:
#   --only GROUPS      comma-separated subset of: call,isolated,compute,conversion,pool,startup,
#                      import,peers,report (default: all, in that order, after deleting the
#                      JSON and logs of any earlier run; with --only, earlier files are kept and
#                      reported together with the new ones)
#   --no-build         reuse benchmarks/target from an earlier build
#   --results DIR      where the JSON results and logs go (default benchmarks/results)
#   --markdown FILE    the file whose generated block the report fills (default BENCHMARKS.md)
#   --chart FILE       the chart the report draws (default benchmarks/chart.png)
#   --jmh "ARGS"       extra arguments for every JMH run, e.g. "-foe true" or "-prof gc"
# Environment: JDK25 (default /usr/lib/jvm/temurin-25-jdk-amd64), PYTHON (default python3),
# NODE (default node).
#
# Run it on a quiet machine: other work on the 2 cores shows up in every number.
# benchmarks/per-second.sh prints the per-second series of calls and isolated snippets outside JMH.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/benchmarks"
PYTHON="${PYTHON:-python3}"
NODE="${NODE:-node}"

MODE=full
STARTUP_NOJIT=1
BUILD=1
ALL_GROUPS="call,isolated,compute,conversion,pool,startup,import,peers,report"
ONLY="$ALL_GROUPS"
RESULTS="$BENCH/results"
MARKDOWN=""
CHART=""
EXTRA_JMH=""

usage() {
  sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

while [ $# -gt 0 ]; do
  case "$1" in
    --quick) MODE=quick ;;
    --smoke) MODE=smoke ;;
    --full) MODE=full ;;
    --no-build) BUILD=0 ;;
    --only) ONLY="$2"; shift ;;
    --results) RESULTS="$2"; shift ;;
    --markdown) MARKDOWN="$2"; shift ;;
    --chart) CHART="$2"; shift ;;
    --jmh) EXTRA_JMH="$2"; shift ;;
    -h|--help) usage 0 ;;
    *) echo "run.sh: unknown option $1" >&2; usage 2 ;;
  esac
  shift
done

if [ "$MODE" = smoke ]; then
  MARKDOWN="${MARKDOWN:-$RESULTS/BENCHMARKS.smoke.md}"
  CHART="${CHART:-$RESULTS/chart.smoke.png}"
else
  MARKDOWN="${MARKDOWN:-$ROOT/BENCHMARKS.md}"
  CHART="${CHART:-$BENCH/chart.png}"
fi

wants() { case ",$ONLY," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }

# ---- JMH settings per group and mode: forks, warm-up and measurement ----
case "$MODE" in
  full)
    # Calls and isolated snippets: one fork per benchmark, every second measured from its start
    # (no JMH warm-up); the report reads the seconds after 10 s and after 60 s (report.Windows).
    CALL="-f 1 -wi 0 -i 63 -r 1s"
    ISOLATED="$CALL"
    COMPUTE="-f 2 -wi 8 -w 3s -i 5 -r 3s"
    CONVERSION="-f 2 -wi 5 -w 2s -i 5 -r 2s"
    POOL="-f 2 -wi 5 -w 2s -i 5 -r 2s"
    STARTUP="-f 10"
    IMPORT="-f 5"
    IMPORT_NOCACHE="-f 3"
    PEERS="--warmup 20 --measure 15 --import-runs 10"
    ;;
  quick)
    # One fork each and about 2 s of iterations: most of a quick run is the forks' start-up (a
    # GraalPy context costs seconds in every fork). It leaves out the start-up runs without the
    # JIT; the report shows those rows as n/a.
    # Calls and isolated snippets: the first 13 seconds of each fork, so the "after 10 s" window
    # only ("after 60 s" reads n/a).
    SHORT="-f 1 -wi 1 -w 1s -i 1 -r 1s"
    CALL="-f 1 -wi 0 -i 13 -r 1s"
    ISOLATED="$CALL"
    COMPUTE="-f 1 -wi 2 -w 1s -i 1 -r 2s"
    CONVERSION="$SHORT"
    POOL="$SHORT"
    STARTUP="-f 1"
    STARTUP_NOJIT=0
    # Imports: jinja2 only, and the step before the bytecode cache without the JIT only.
    IMPORT="-f 1 -p modules=jinja2"
    IMPORT_NOCACHE="-f 1 -p modules=jinja2"
    IMPORT_NOCACHE_JIT=0
    PEERS="--warmup 1 --measure 2 --import-runs 3"
    ;;
  smoke)
    CALL="-f 1 -wi 0 -i 1 -r 1s"
    ISOLATED="$CALL"
    COMPUTE="$CALL"
    CONVERSION="$CALL"
    POOL="$CALL"
    STARTUP="-f 1"
    IMPORT="-f 1"
    IMPORT_NOCACHE="-f 1 -p modules=stdlib"
    PEERS="--warmup 0.5 --measure 1 --import-runs 1"
    ;;
esac

# The import group and the peers import Debian's python3-jinja2: check it before an hour of other
# groups runs, not when the import group starts.
DIST_PACKAGES=/usr/lib/python3/dist-packages
if { wants import || wants peers; } && [ ! -f "$DIST_PACKAGES/jinja2/__init__.py" ]; then
  echo "run.sh: the import and peers groups import jinja2 from $DIST_PACKAGES, which has none;" \
    "install Debian's python3-jinja2 (apt-get install python3-jinja2, as .ci/run does) or leave" \
    "those groups out with --only" >&2
  exit 2
fi

# ---- Temurin 25, the build, the class path and the JIT flags (shared with per-second.sh) ----
# shellcheck source=benchmarks/jvm-env.sh
. "$BENCH/jvm-env.sh"
mkdir -p "$RESULTS"
if [ "$ONLY" = "$ALL_GROUPS" ]; then
  # A whole run starts clean, so the report never mixes in an earlier run's files.
  rm -f "$RESULTS"/*.json "$RESULTS"/*.log
fi

# jmh NAME CLASS SETTINGS [jit|nojit] [FORK FLAGS]: one JMH run of one class, JSON to
# $RESULTS/NAME.json.
jmh() {
  local name="$1" class="$2" settings="$3" jit="${4:-jit}" extra="${5:-}" fork_flags
  if [ "$jit" = jit ]; then
    fork_flags="$FORK_JVM $JIT_FLAGS -Dpolybridge.requireJit=true"
  else
    fork_flags="$FORK_JVM $NOJIT_FLAGS -Dpolybridge.requireInterpreter=true"
  fi
  fork_flags="$fork_flags $extra"
  echo "== JMH $name: $class $settings ($jit)"
  # shellcheck disable=SC2086 # settings are word lists on purpose
  "$JAVA" --sun-misc-unsafe-memory-access=allow -cp "$CP" org.openjdk.jmh.Main "^dev\\.polybridge\\.benchmarks\\.$class\\." \
    $settings $EXTRA_JMH -jvmArgsAppend "$fork_flags" \
    -rf json -rff "$RESULTS/$name.json" 2>&1 | tee "$RESULTS/$name.log"
}

START=$(date +%s)
# group NAME COMMAND...: runs one group and says how long it took.
group() {
  local name="$1" t0
  shift
  t0=$(date +%s)
  "$@"
  echo "== $name took $(( $(date +%s) - t0 )) s"
}
wants call && group call jmh call CallOverheadBenchmark "$CALL"
wants isolated && group isolated jmh isolated IsolatedJsBenchmark "$ISOLATED"
wants compute && group compute jmh compute ComputeBenchmark "$COMPUTE"
wants conversion && group conversion jmh conversion ConversionBenchmark "$CONVERSION"
wants pool && group pool jmh pool PoolThroughputBenchmark "$POOL"
if wants startup; then
  group startup-jit jmh startup-jit StartupBenchmark "$STARTUP" jit
  if [ "$STARTUP_NOJIT" = 1 ]; then
    group startup-nojit jmh startup-nojit StartupBenchmark "$STARTUP" nojit
  fi
fi
if wants import; then
  # Polybridge's default: a bytecode cache that an earlier run filled.
  echo "== Filling the bytecode cache, as a first run of the application would"
  # shellcheck disable=SC2086
  "$JAVA" $FORK_JVM $NOJIT_FLAGS -cp "$CP" dev.polybridge.benchmarks.PrimeBytecodeCache
  group import-jit jmh import-jit PythonImportStartupBenchmark "$IMPORT" jit
  group import-nojit jmh import-nojit PythonImportStartupBenchmark "$IMPORT" nojit
  # The step before: the same imports without the bytecode cache.
  if [ "${IMPORT_NOCACHE_JIT:-1}" = 1 ]; then
    group import-jit-nocache jmh import-jit-nocache PythonImportStartupBenchmark "$IMPORT_NOCACHE" \
      jit -Dpolybridge.bench.bytecodeCache=false
  fi
  group import-nojit-nocache jmh import-nojit-nocache PythonImportStartupBenchmark "$IMPORT_NOCACHE" \
    nojit -Dpolybridge.bench.bytecodeCache=false
fi
if wants peers; then
  echo "== Peers: $PYTHON, $NODE"
  # shellcheck disable=SC2086
  "$JAVA" -cp "$CP" dev.polybridge.benchmarks.peers.PeerRunner --out "$RESULTS/peers.json" \
    --python "$PYTHON" --node "$NODE" $PEERS 2>&1 | tee "$RESULTS/peers.log"
fi
if grep -l -E "runs guest code in the interpreter, but -D|JIT-compiles guest code, but -D" "$RESULTS"/*.log 2>/dev/null; then
  echo "run.sh: forks in the logs above ran guest code in the wrong mode (JIT or not); not writing a report" >&2
  exit 1
fi
FAILED="$(grep -l "<failure>" "$RESULTS"/*.log 2>/dev/null || true)"
if [ -n "$FAILED" ]; then
  echo "== Some benchmarks failed (their rows read n/a); see <failure> in:" $FAILED
fi
if wants report; then
  echo "== Report"
  [ -f "$MARKDOWN" ] || cp "$ROOT/BENCHMARKS.md" "$MARKDOWN"
  "$JAVA" -Djava.awt.headless=true -cp "$CP" dev.polybridge.benchmarks.report.Report \
    --results "$RESULTS" --markdown "$MARKDOWN" --chart "$CHART" --mode "$MODE"
fi
echo "== Done in $(( $(date +%s) - START )) s ($MODE run); results in $RESULTS"
