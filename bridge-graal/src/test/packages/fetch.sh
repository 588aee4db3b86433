#!/usr/bin/env bash
# Fetches the real third-party packages the bridge-graal tests use, into $1 (under target/):
#   $1/js/node_modules   npm packages of package.json here, installed with npm ci
#   $1/corpus/node_modules  the npm compatibility corpus (corpus/package.json), likewise
#   $1/dist-packages     Debian's python3-markdown: the system's copy when it is installed,
#                        else the package downloaded with apt-get download (no root needed)
# Run by Maven in generate-test-resources; quick when nothing changed.
set -euo pipefail
out="$1"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$out/js"

# npm ci of the package.json and lock in $1 into $2, unless $2 already holds that lock's install.
install() {
  if ! cmp -s "$1/package-lock.json" "$2/package-lock.json" || [ ! -d "$2/node_modules" ]; then
    mkdir -p "$2"
    cp "$1/package.json" "$1/package-lock.json" "$2/"
    (cd "$2" && npm ci --no-audit --no-fund --omit-lockfile-registry-resolved --loglevel=error)
  fi
}
install "$here" "$out/js"
install "$here/corpus" "$out/corpus"

if [ ! -e "$out/dist-packages/markdown/__init__.py" ]; then
  rm -rf "$out/dist-packages" "$out/deb"
  if [ -f /usr/lib/python3/dist-packages/markdown/__init__.py ]; then
    ln -s /usr/lib/python3/dist-packages "$out/dist-packages"
  else
    mkdir -p "$out/deb"
    (cd "$out/deb" && apt-get download python3-markdown >/dev/null && dpkg-deb -x python3-markdown_*.deb root)
    ln -s "$out/deb/root/usr/lib/python3/dist-packages" "$out/dist-packages"
  fi
fi
echo "test packages ready in $out"
