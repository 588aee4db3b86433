#!/usr/bin/env bash
# Fetches the npm packages of package.json here at the versions of package-lock.json (npm ci) into
# $1, then bundles them (build.mjs) into $2 and writes their licenses to $3. Run by Maven in
# generate-resources; quick when nothing changed.
set -euo pipefail
work="$1"
out="$2"
notice="$3"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$work"

if ! cmp -s "$here/package-lock.json" "$work/package-lock.json" || [ ! -d "$work/node_modules" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$work/"
  (cd "$work" && npm ci --no-audit --no-fund --omit-lockfile-registry-resolved --loglevel=error)
fi

stamp="$work/bundled.stamp"
if [ -f "$stamp" ] && [ -f "$notice" ] && [ -d "$out" ] \
    && [ -z "$(find "$here" -newer "$stamp" -type f | head -n 1)" ]; then
  exit 0
fi
node "$here/build.mjs" "$work" "$out" "$notice"
touch "$stamp"
