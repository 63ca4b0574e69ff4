#!/usr/bin/env bash
# Sets up what is missing, builds Tifawt for release, and serves it on SQLite with the
# shipped courses at http://127.0.0.1:3000 (override with the variables in README.md).
# On an empty database it creates demo accounts and prints their sign-in; pass --production
# first to leave them out. Extra arguments go to `tifawt serve`, e.g.
#   scripts/run.sh --listen 0.0.0.0:8080
#   scripts/run.sh --production --secure-cookies true
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/build-site.sh release
cargo build --release -p tifawt-server
echo "==> starting Tifawt: open http://${TIFAWT_LISTEN:-127.0.0.1:3000}/ (Ctrl-C stops it)"
demo=(--demo)
if [ "${1:-}" = "--production" ]; then demo=(); shift; fi
exec target/release/tifawt serve "${demo[@]}" "$@"
