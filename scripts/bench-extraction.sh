#!/usr/bin/env bash
# Benchmarks the article extractor (`overlap extract`) against trafilatura:
#
#   scripts/bench-extraction.sh BENCH_DIR [TRAF_DIR] [-- OPTIONS]
#
# BENCH_DIR  a local copy of github.com/scrapinghub/article-extraction-benchmark (MIT):
#            html/*.html.gz, ground-truth.json, evaluate.py. Its 181 pages are scored by
#            its own evaluate.py: F1, precision, recall, and MB/s.
# TRAF_DIR   optional, a local copy of github.com/adbar/trafilatura (or of its tests/):
#            its evaluation pages (tests/cache, tests/eval, tests/evaldata.json) are
#            scored with their "with"/"without" strings. A tuning set, not the benchmark.
# OPTIONS    passed to scripts/bench_extraction.py, e.g. `-- --dump /tmp/bench/dump`
#            or `-- --no-trafilatura` (see `python3 scripts/bench_extraction.py --help`).
#
# Both copies must be kept OUTSIDE this repository: their pages and gold texts are
# third-party material and are never committed here. For example:
#   git clone https://github.com/scrapinghub/article-extraction-benchmark /tmp/bench/aeb
#
# Steps: `cargo build --release -p overlap-core --bin overlap`; text captures of every
# page with e2e/bench/text-captures.mjs (headless Chromium, JavaScript off, no network),
# cached in $CAPTURES/<set>/ (default /tmp/bench/captures; delete it to remake them);
# a Python venv with trafilatura in $VENV (default /tmp/bench/venv), made or reused;
# then scripts/bench_extraction.py prints the tables. With OVERLAP=/path/to/binary set,
# that binary is measured and nothing is built.
#
# Nothing is downloaded at run time except the venv's packages, which `pip install`
# fetches from PyPI when the venv lacks them (trafilatura $TRAFILATURA_VERSION, default
# 2.3.1, plus lxml_html_clean, which its jusText dependency needs with lxml >= 5.2).
# Chromium (/usr/bin/chromium, or $CHROMIUM) and e2e/node_modules/playwright-core must
# already be there: scripts/setup.sh installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }

BENCH_DIR="" TRAF_DIR="" OPTIONS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --) shift; OPTIONS=("$@"); break ;;
    -h|--help) usage ;;
    *) if [ -z "$BENCH_DIR" ]; then BENCH_DIR="$1"; elif [ -z "$TRAF_DIR" ]; then TRAF_DIR="$1"; else usage; fi ;;
  esac
  shift
done
[ -n "$BENCH_DIR" ] || usage

CAPTURES="${CAPTURES:-/tmp/bench/captures}"
VENV="${VENV:-/tmp/bench/venv}"
TRAFILATURA_VERSION="${TRAFILATURA_VERSION:-2.3.1}"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export CHROMIUM

outside_repo() {
  local dir
  dir="$(cd "$1" && pwd -P)"
  case "$dir/" in
    "$(pwd -P)"/*) echo "bench: $1 is inside the repository; keep benchmark copies outside it" >&2; exit 2 ;;
  esac
}
[ -f "$BENCH_DIR/evaluate.py" ] && [ -f "$BENCH_DIR/ground-truth.json" ] && [ -d "$BENCH_DIR/html" ] \
  || { echo "bench: $BENCH_DIR is not a copy of scrapinghub/article-extraction-benchmark" >&2; exit 2; }
outside_repo "$BENCH_DIR"
TRAF_TESTS=""
if [ -n "$TRAF_DIR" ]; then
  if [ -d "$TRAF_DIR/tests" ]; then TRAF_TESTS="$TRAF_DIR/tests"; else TRAF_TESTS="$TRAF_DIR"; fi
  [ -d "$TRAF_TESTS/cache" ] || { echo "bench: no tests/cache in $TRAF_DIR" >&2; exit 2; }
  outside_repo "$TRAF_DIR"
fi
[ -x "$CHROMIUM" ] || { echo "bench: no Chromium at $CHROMIUM (scripts/setup.sh installs it)" >&2; exit 1; }
[ -d e2e/node_modules/playwright-core ] \
  || { echo "bench: no e2e/node_modules/playwright-core (run: cd e2e && npm ci --no-audit --no-fund)" >&2; exit 1; }

if [ -n "${OVERLAP:-}" ]; then
  say "using $OVERLAP (OVERLAP is set: no build)"
else
  say "building overlap (release)"
  cargo build --release -p overlap-core --bin overlap
  OVERLAP="$ROOT/target/release/overlap"
fi

say "text captures in $CAPTURES (cached)"
captures() {  # IN_DIR OUT_DIR; a page that fails counts as empty output, the run goes on
  node e2e/bench/text-captures.mjs "$1" "$2" || say "some text captures failed (see above)"
}
captures "$BENCH_DIR/html" "$CAPTURES/scrapinghub"
if [ -n "$TRAF_TESTS" ]; then
  # cache/ first: for a name in both, trafilatura's own evaluation reads cache/.
  captures "$TRAF_TESTS/cache" "$CAPTURES/trafilatura"
  [ ! -d "$TRAF_TESTS/eval" ] || captures "$TRAF_TESTS/eval" "$CAPTURES/trafilatura"
fi

if ! "$VENV/bin/python" -c 'import trafilatura' 2>/dev/null; then
  say "making the venv $VENV with trafilatura $TRAFILATURA_VERSION (pip downloads from PyPI)"
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "trafilatura==$TRAFILATURA_VERSION" lxml_html_clean \
    || { say "trafilatura $TRAFILATURA_VERSION is not available; taking the newest 2.x"
         "$VENV/bin/pip" install --quiet "trafilatura>=2,<3" lxml_html_clean; }
fi
say "trafilatura $("$VENV/bin/python" -c 'from importlib.metadata import version; print(version("trafilatura"))')"

"$VENV/bin/python" scripts/bench_extraction.py --overlap "$OVERLAP" \
  --captures "$CAPTURES/scrapinghub" ${OPTIONS[@]+"${OPTIONS[@]}"} "$BENCH_DIR"
if [ -n "$TRAF_DIR" ]; then
  "$VENV/bin/python" scripts/bench_extraction.py --overlap "$OVERLAP" --set trafilatura \
    --captures "$CAPTURES/trafilatura" ${OPTIONS[@]+"${OPTIONS[@]}"} "$TRAF_DIR"
fi
