# Sourced by run.sh and per-second.sh (not run on its own): checks Temurin 25, builds the benchmarks
# module when BUILD=1, and sets what every benchmark JVM is started with:
#   JDK, JAVA    Temurin 25 (JDK25 overrides /usr/lib/jvm/temurin-25-jdk-amd64)
#   CP           benchmarks/target/classes and the jars copied to benchmarks/target/lib
#   JIT_FLAGS    the Graal compiler flags of the jdk25-jit profile (benchmarks/target/jvm-flags.txt,
#                or the polybridge:jit argument file it names)
#   NOJIT_FLAGS  the same without the compiler
#   FORK_JVM     stack and heap of a benchmark JVM
# Needs ROOT (the repository) and BENCH (its benchmarks folder); BUILD defaults to 1.
SCRIPT="$(basename "$0")"
JDK="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JDK/bin/java"
if ! "$JAVA" -version 2>&1 | grep -q 'version "25'; then
  echo "$SCRIPT: needs Temurin 25 at $JDK (set JDK25=...): guest code is JIT-compiled only on JDK 25" >&2
  exit 1
fi
if [ "${BUILD:-1}" = 1 ]; then
  echo "== Building (JAVA_HOME=$JDK)"
  # Spotless is skipped here: its google-java-format cannot run on JDK 25 (CI checks formatting
  # on JDK 17); it changes no class file.
  (cd "$ROOT" && JAVA_HOME="$JDK" MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -B -q -pl benchmarks -am package -DskipTests -Dspotless.check.skip=true)
fi
for f in classes/META-INF/BenchmarkList lib/bridge-graal-0.1.0-SNAPSHOT.jar jvm-flags.txt; do
  if [ ! -s "$BENCH/target/$f" ]; then
    echo "$SCRIPT: benchmarks/target/$f is missing; run without --no-build" >&2
    exit 1
  fi
done
JIT_FLAGS="$(cat "$BENCH/target/jvm-flags.txt")"
# On JDK 25 the build writes "@<file>": polybridge:jit's argument file, one flag a line. Its flags
# are read here, so that they can be checked, stripped of the compiler and shown in the report.
case "$JIT_FLAGS" in
  @*)
    if [ ! -s "${JIT_FLAGS#@}" ]; then
      echo "$SCRIPT: $JIT_FLAGS (from target/jvm-flags.txt) is missing; run without --no-build" >&2
      exit 1
    fi
    JIT_FLAGS="$(grep -v '^#' "${JIT_FLAGS#@}" | tr '\n' ' ')" ;;
esac
case "$JIT_FLAGS" in
  *EnableJVMCI*--upgrade-module-path=*) ;;
  *) echo "$SCRIPT: target/jvm-flags.txt has no JIT flags ('$JIT_FLAGS'): the build did not run on JDK 25" >&2
     exit 1 ;;
esac
# The same flags without the Graal compiler: the "without the JIT" start-up runs.
NOJIT_FLAGS=""
for flag in $JIT_FLAGS; do
  case "$flag" in
    -XX:+UnlockExperimentalVMOptions|-XX:+EnableJVMCI|--upgrade-module-path=*) ;;
    *) NOJIT_FLAGS="$NOJIT_FLAGS $flag" ;;
  esac
done
# The jars were copied at build time, so rebuilding other modules during a run changes nothing.
CP="$BENCH/target/classes:$BENCH/target/lib/*"
FORK_JVM="-Xss4m -Xms1g -Xmx4g"
