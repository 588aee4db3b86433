#!/usr/bin/env bash
# Measures the WSGI demo app (src/main/python/demo_app.py) served two ways on this machine, with
# wrk on loopback: Polybridge's WsgiServer (Temurin 25, Graal JIT, 2 Python contexts) and gunicorn
# (2 sync workers, CPython). Prints requests/s and latency for each.
#   usage: examples/bench-wsgi.sh [seconds measured, default 30] [path, default /json?n=50]
# Each server is first warmed up with the same load in 10-second rounds until its throughput stops
# rising (two rounds in a row no more than 5% above the best before), at least WARMUP_MIN seconds
# (default 30) and at most WARMUP_MAX (default 180). Graal's JIT compiles the Python code of a
# request only after thousands of calls, in the background; on 2 busy cores that takes a minute or
# more of traffic, so a fixed 10-second warm-up measures mostly the interpreter. gunicorn's CPython
# is at its speed from the first request and stops after the minimum.
# Needs: Temurin 25, Maven, wrk and gunicorn (Debian packages: apt-get install wrk gunicorn).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30}"
ROUTE="${2:-/json?n=50}"
WARMUP_MIN="${WARMUP_MIN:-30}"
WARMUP_MAX="${WARMUP_MAX:-180}"
J25=/usr/lib/jvm/temurin-25-jdk-amd64
PY_PORT=8402
PB_PORT=8401

for tool in wrk gunicorn; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install $tool" >&2; exit 1; }
done

JAVA_HOME="$J25" mvn -q -B -pl examples -am install -DskipTests >/dev/null
JAVA_HOME="$J25" mvn -q -B -pl examples dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
# This checkout's own modules first, whatever another build has installed in ~/.m2 since.
CP="bridge-core/target/classes:bridge-graal/target/classes:$(cat examples/target/classpath.txt):examples/target/classes"
# The Graal JIT: the argument file polybridge:jit wrote during the build above.
JIT="@examples/target/polybridge/jvm.args"

cleanup() { kill "${PB_PID:-}" "${GU_PID:-}" 2>/dev/null || true; }
trap cleanup EXIT

wait_for() {
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$1/" >/dev/null && return 0
    sleep 1
  done
  echo "server on port $1 did not start" >&2
  return 1
}

warm_up() { # name port
  local best=0 flat=0 spent=0 rps
  while ((spent < WARMUP_MAX)); do
    rps=$(wrk -t2 -c8 -d10s "http://127.0.0.1:$2$ROUTE" | awk '/Requests\/sec/ {printf "%d", $2}')
    spent=$((spent + 10))
    echo "-- $1: warm-up ${spent}s: $rps requests/s"
    if ((rps * 100 > best * 105)); then flat=0; else flat=$((flat + 1)); fi
    ((rps > best)) && best=$rps
    ((spent >= WARMUP_MIN && flat >= 2)) && break
  done
  echo "$spent" > "/tmp/wsgi-$1.warmup"
}

measure() { # name port
  warm_up "$1" "$2"
  echo "-- $1: measured ${DURATION}s"
  wrk -t2 -c8 -d"${DURATION}s" --latency "http://127.0.0.1:$2$ROUTE" | tee "/tmp/wsgi-$1.txt"
}

# shellcheck disable=SC2086
"$J25/bin/java" $JIT -Xss4m -cp "$CP" -Dpolybridge.examples.python=examples/src/main/python \
  dev.polybridge.examples.wsgi.WsgiServer "$PB_PORT" 2 > /tmp/wsgi-polybridge.log 2>&1 &
PB_PID=$!
wait_for "$PB_PORT"
measure polybridge "$PB_PORT"
kill "$PB_PID"; PB_PID=

gunicorn -w 2 -b "127.0.0.1:$PY_PORT" --chdir examples/src/main/python demo_app:application \
  > /tmp/wsgi-gunicorn.log 2>&1 &
GU_PID=$!
wait_for "$PY_PORT"
measure gunicorn "$PY_PORT"

echo
echo "| server | requests/s | p50 latency | p99 latency | warm-up |"
echo "|---|---|---|---|---|"
for name in polybridge gunicorn; do
  rps=$(awk '/Requests\/sec/ {print $2}' "/tmp/wsgi-$name.txt")
  p50=$(awk '$1 == "50%" {print $2}' "/tmp/wsgi-$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "/tmp/wsgi-$name.txt")
  echo "| $name | $rps | $p50 | $p99 | $(cat "/tmp/wsgi-$name.warmup")s |"
done
