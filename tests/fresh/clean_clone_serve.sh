#!/usr/bin/env bash
# The serve command works the first time: in a clean clone of this repository's HEAD, with
# web/node_modules and third_party/ removed, `python3 serve.py` installs what building needs,
# builds the site, serves it, and the page boots in Chromium (tests/fresh/load_page.mjs).
# Usage: bash tests/fresh/clean_clone_serve.sh [REPO]   (REPO defaults to this checkout)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="${1:-$(cd "$here/../.." && pwd)}"
work=$(mktemp -d)
server_pid=
# Stopping the server is not the test's result: the script exits with the status it had.
cleanup() {
  local status=$?
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

git clone -q "$repo" "$work/beredd"
cd "$work/beredd"
echo "clean clone of $(git rev-parse --short HEAD) in $work/beredd"
rm -rf web/node_modules third_party build
[ ! -e web/node_modules ] && [ ! -e third_party ] || { echo "FAIL: fetched folders still there" >&2; exit 1; }

# The README's serve command, on a free port so it cannot clash with a running portal.
python3 serve.py --port 0 --quiet > "$work/serve.out" 2> "$work/serve.err" &
server_pid=$!
url=
for _ in $(seq 1 1800); do  # the first build takes a few minutes on 2 cores
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$work/serve.out" || true)
  [ -n "$url" ] && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "FAIL: serve.py exited before serving:" >&2
    tail -n 40 "$work/serve.out" "$work/serve.err" >&2
    exit 1
  fi
  sleep 1
done
[ -n "$url" ] || { echo "FAIL: serve.py did not start serving within 30 minutes" >&2; exit 1; }
[ -f build/web/site/index.html ] && [ -f build/web/site/beredd.wasm ] \
  || { echo "FAIL: build/web/site is incomplete" >&2; ls build/web/site >&2 || true; exit 1; }
[ -f web/node_modules/leaflet/dist/leaflet.js ] && [ -f third_party/imgui/imgui.cpp ] \
  || { echo "FAIL: the build path did not fetch Leaflet or Dear ImGui" >&2; exit 1; }
echo "serve.py serves $url from a clean clone"
node "$here/load_page.mjs" "$url"
