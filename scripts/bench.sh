#!/usr/bin/env bash
# The benchmark (not part of the tests: figures are read, never asserted). Sets up what is
# missing (Chromium, wrk), builds Tifawt for release, seeds a programme of 10,000 learners
# into a fresh SQLite database, then measures page weight in headless Chromium, throughput
# and latency with wrk, memory and start-up, and prints one table against DESIGN.md §8.
#
# usage: scripts/bench.sh [--seconds N]   (N: each wrk run, default 10)
# The figures also land in target/bench/results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
step() { printf '==> %s (%ss)\n' "$*" "$(( $(date +%s) - started ))" >&2; }

seconds=10
if [ "${1:-}" = "--seconds" ]; then seconds="$2"; fi

step "setting up"
scripts/setup.sh --bench
step "building for release"
scripts/build-site.sh release >&2
cargo build --release -p tifawt-server

work="target/bench"
rm -rf "$work" && mkdir -p "$work"
database="sqlite://$PWD/$work/bench.db?mode=rwc"
step "seeding a programme (50 centres, 10,000 learners, a year of progress)"
target/release/tifawt report seed --database-url "$database" --courses-dir courses >&2

step "measuring"
node end2end/bench/bench.mjs --binary target/release/tifawt --database-url "$database" \
  --courses-dir courses --site-dir target/site --work-dir "$work" --seconds "$seconds"
step "done"
