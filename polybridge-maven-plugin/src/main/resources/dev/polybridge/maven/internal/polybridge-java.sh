#!/bin/sh
# polybridge-java: this runtime image's bin/java, with the start-up (AOT) cache that polybridge:train
# wrote to lib/polybridge/app.aot when the cache fits this launch:
#   - the class path (-cp, -classpath, --class-path or CLASSPATH) is exactly the one the cache was
#     trained with, lib/polybridge/app.classpath; with no class path given, that one is used;
#   - no jar on it is missing or newer than the cache.
# Otherwise it runs bin/java without the cache and says why in one line on stderr. JDK 25.0.3 itself
# does not notice a changed jar (JDK-8377932, fixed in 25.0.4) and would run the cached, old classes,
# so a stale cache is never handed to it. polybridge:train rebuilds the cache.
# Written by polybridge-maven-plugin; every polybridge:train rewrites it.
set -e
image=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd -P)
java="$image/bin/java"
cache="$image/lib/polybridge/app.aot"
trained_file="$image/lib/polybridge/app.classpath"

if [ ! -f "$cache" ] || [ ! -f "$trained_file" ]; then
  exec "$java" "$@"
fi
trained=$(cat "$trained_file")

not_using() {
  echo "polybridge-java: not using the AOT cache $cache: $1; run polybridge:train to rebuild it" >&2
}

# The first entry of a class path that is missing or changed after the cache was written.
# -nt is not in POSIX, but dash, bash, ksh, zsh and busybox sh all have it.
# shellcheck disable=SC3013
changed_entry() (
  IFS=:
  set -f
  for entry in $1; do
    if [ -n "$entry" ] && { [ ! -e "$entry" ] || [ "$entry" -nt "$cache" ]; }; then
      echo "$entry"
      return
    fi
  done
)

# The launch's class path: the last class path option before the main class.
classpath=
given=no
expect=
for arg in "$@"; do
  if [ -n "$expect" ]; then
    if [ "$expect" = classpath ]; then
      classpath=$arg
      given=yes
    fi
    expect=
    continue
  fi
  case $arg in
    -cp | -classpath | --class-path) expect=classpath ;;
    --class-path=*)
      classpath=${arg#--class-path=}
      given=yes
      ;;
    -XX:AOTCache=* | -XX:AOTCacheOutput=* | -XX:AOTMode=* | -XX:AOTConfiguration=* | -XX:SharedArchiveFile=*)
      exec "$java" "$@" # the caller chose a cache of its own
      ;;
    -jar)
      not_using "it was trained for a class path, not for -jar"
      exec "$java" "$@"
      ;;
    -m | --module | --module=*)
      not_using "it was trained for a class path, not for a module"
      exec "$java" "$@"
      ;;
    @*)
      not_using "a class path in an @argument file cannot be checked"
      exec "$java" "$@"
      ;;
    -p | --module-path | --upgrade-module-path | --add-modules | --limit-modules | --add-reads | \
      --add-exports | --add-opens | --patch-module | --enable-native-access | --source)
      expect=value
      ;;
    -*) ;;
    *) break ;; # the main class: what follows are the program's arguments
  esac
done

if [ "$given" = no ] && [ -n "${CLASSPATH:-}" ]; then
  classpath=$CLASSPATH
  given=environment
fi

if [ "$given" = no ]; then
  changed=$(changed_entry "$trained")
  if [ -n "$changed" ]; then
    not_using "$changed changed after training"
    exec "$java" -cp "$trained" "$@"
  fi
  exec "$java" "-XX:AOTCache=$cache" -cp "$trained" "$@"
fi
if [ "$classpath" != "$trained" ]; then
  not_using "it was trained for another class path (see $trained_file)"
  exec "$java" "$@"
fi
changed=$(changed_entry "$classpath")
if [ -n "$changed" ]; then
  not_using "$changed changed after training"
  exec "$java" "$@"
fi
exec "$java" "-XX:AOTCache=$cache" "$@"
