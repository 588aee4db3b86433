#!/usr/bin/env bash
# Fetches the real third-party packages the bridge-graal tests use, into $1 (under target/):
#   $1/js/node_modules   npm packages of package.json here, installed with npm ci
#   $1/dist-packages     Debian's python3-markdown: the system's copy when it is installed,
#                        else the package downloaded with apt-get download (no root needed)
# Run by Maven in generate-test-resources; quick when nothing changed.
set -euo pipefail
out="$1"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$out/js"

if ! cmp -s "$here/package-lock.json" "$out/js/package-lock.json" || [ ! -d "$out/js/node_modules" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$out/js/"
  (cd "$out/js" && npm ci --no-audit --no-fund --omit-lockfile-registry-resolved --loglevel=error)
fi

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
