#!/usr/bin/env bash
# The benchmark (not part of the tests: figures are read, never asserted). Sets up what is
# missing (Chromium, wrk, eSpeak NG), builds Tifawt for release, seeds a programme of 10,000
# learners into a fresh SQLite (or PostgreSQL) database, then measures page weight in
# headless Chromium, speech time of Tamazight, throughput and latency with wrk, memory and
# start-up, the AI assistant's speed and the pages' while it answers (a real llama.cpp
# server with a small model, scripts/ai-server.sh), and prints one table against DESIGN.md §8.
#
# usage: scripts/bench.sh [--seconds N] [--database sqlite|postgres]
#   N: each wrk run, default 10. postgres: a fresh database `tifawt_bench` on the local
#   server (TIFAWT_BENCH_POSTGRES, default postgres://postgres@127.0.0.1:5432), seeded the
#   same way, so the two tables compare.
# The figures also land in target/bench/results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
step() { printf '==> %s (%ss)\n' "$*" "$(( $(date +%s) - started ))" >&2; }

seconds=10
backend=sqlite
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --database) backend="$2"; shift 2 ;;
    *) echo "usage: scripts/bench.sh [--seconds N] [--database sqlite|postgres]" >&2; exit 2 ;;
  esac
done

step "setting up"
scripts/setup.sh --bench
step "building for release"
scripts/build-site.sh release >&2
cargo build --release -p tifawt-server

work="target/bench"
rm -rf "$work" && mkdir -p "$work"
case "$backend" in
  sqlite) database="sqlite://$PWD/$work/bench.db?mode=rwc" ;;
  postgres)
    server="${TIFAWT_BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432}"
    psql "$server/postgres" -qc "DROP DATABASE IF EXISTS tifawt_bench" -c "CREATE DATABASE tifawt_bench" >&2
    database="$server/tifawt_bench" ;;
  *) echo "unknown database '$backend': sqlite or postgres" >&2; exit 2 ;;
esac
step "seeding a programme (50 centres, 10,000 learners, a year of progress)"
target/release/tifawt report seed --database-url "$database" --courses-dir courses >&2

step "starting the test AI server (scripts/ai-server.sh)"
ai_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
ai_pid=$(TIFAWT_AI_LOG="$work/llama.log" scripts/ai-server.sh start "$ai_port")
trap 'kill "$ai_pid" 2>/dev/null || true' EXIT

step "measuring"
node end2end/bench/bench.mjs --ai-url "http://127.0.0.1:$ai_port/v1" --binary target/release/tifawt --database-url "$database" \
  --courses-dir courses --site-dir target/site --work-dir "$work" --seconds "$seconds" \
  --database "$backend"
step "done"
