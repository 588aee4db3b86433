#!/usr/bin/env bash
# Issue 7: which JIT settings keep Python start-up fast on this machine, and what they cost in
# steady state. Runs StartupSettings (jinja2 imported in a new bridge's 1st, 2nd and 3rd context,
# then fib(25) for 20 s) in a fresh Temurin 25 JVM per setting, REPEAT times each.
#   usage: benchmarks/startup-settings.sh [REPEAT, default 2]
# Needs the benchmarks build (benchmarks/run.sh builds it) and Debian's python3-jinja2.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JDK="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
REPEAT="${1:-2}"
CP="$ROOT/benchmarks/target/classes:$ROOT/benchmarks/target/lib/*"
JIT="$(cat "$ROOT/benchmarks/target/jvm-flags.txt")"
NOJIT="--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
EXPERIMENTAL="-Dpolyglot.engine.AllowExperimentalOptions=true"
WORK="$ROOT/benchmarks/target/startup-settings"
AOT="$WORK/app.aot"

run() { # name, JVM flags...
  local name="$1"
  shift
  echo "== $name"
  # shellcheck disable=SC2068
  "$JDK/bin/java" -Xss4m $@ -cp "$CP" dev.polybridge.benchmarks.StartupSettings jinja2 2>&1 \
    | grep -E '^(context|fib)'
}

# JDK 25's AOT cache needs the class path as jars; the classes folder goes in a jar for it.
mkdir -p "$WORK"
(cd "$ROOT/benchmarks/target/classes" && "$JDK/bin/jar" cf "$WORK/benchmark-classes.jar" .)
AOT_CP="$WORK/benchmark-classes.jar:$ROOT/benchmarks/target/lib/*"
echo "== training run for JDK 25's AOT cache (no JIT: the JDK refuses --upgrade-module-path with it)"
rm -f "$AOT"
# shellcheck disable=SC2086
"$JDK/bin/java" -Xss4m $NOJIT -XX:AOTCacheOutput="$AOT" -cp "$AOT_CP" \
  dev.polybridge.benchmarks.StartupSettings jinja2 >/dev/null 2>&1

for _ in $(seq 1 "$REPEAT"); do
  run "no JIT" "$NOJIT"
  echo "== no JIT, JDK 25 AOT cache"
  # shellcheck disable=SC2086
  "$JDK/bin/java" -Xss4m $NOJIT -XX:AOTCache="$AOT" -cp "$AOT_CP" \
    dev.polybridge.benchmarks.StartupSettings jinja2 2>&1 | grep -E '^(context|fib)'
  run "JIT, Truffle defaults" "$JIT"
  run "JIT, engine.Mode=latency" "$JIT -Dpolyglot.engine.Mode=latency"
  run "JIT, engine.MultiTier=false" "$JIT $EXPERIMENTAL -Dpolyglot.engine.MultiTier=false"
  run "JIT, compilation thresholds x2.5" "$JIT $EXPERIMENTAL -Dpolyglot.engine.FirstTierCompilationThreshold=1000 -Dpolyglot.engine.LastTierCompilationThreshold=25000"
  run "JIT, Graal economy configuration" "$JIT -Djdk.graal.CompilerConfiguration=economy"
done
