#!/usr/bin/env bash
# A wheel in a fresh virtualenv, core dependencies only (from the package index):
# `tacb-graph build` and `tacb-graph query` must work without any extra, and the
# build must say in one line that it skipped graph.html.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# a clean copy of the tracked (and new, not ignored) files, so no build/ left over is packed
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
  [ -f "$f" ] && mkdir -p "$work/src/$(dirname "$f")" && cp "$f" "$work/src/$f"
done
python -m pip wheel -q --no-deps "$work/src" -w "$work/wheel"
python -m venv "$work/venv"
"$work/venv/bin/pip" install -q "$work"/wheel/tacb_graph-*.whl

mkdir "$work/run" && cd "$work/run"
env -u PYTHONPATH "$work/venv/bin/tacb-graph" build 2> build.err
cat build.err
grep -q "skipped out/graph.html: the HTML view needs the viz extra" build.err
test ! -e out/graph.html
env -u PYTHONPATH "$work/venv/bin/tacb-graph" query --format csv \
  'SELECT (COUNT(?s) AS ?states) WHERE { ?s a tacb:State }' | tee query.csv
test "$(tail -n 1 query.csv | tr -d '\r')" -gt 0
if env -u PYTHONPATH "$work/venv/bin/tacb-graph" render 2> render.err; then
  echo "render ran without the viz extra" >&2; exit 1
fi
cat render.err
grep -q "pip install 'tacb-graph\[viz\]'" render.err
echo "wheel check: core install builds and queries (${root##*/})"
