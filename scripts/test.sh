#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test Tifawt has:
# formatting, lints (server and wasm builds), unit and integration tests on SQLite and
# PostgreSQL, and browser tests (Chromium, axe-core) with JavaScript on and off.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
# A one-off build (CI) gains nothing from incremental compilation but tens of GB on disk.
if [ "${CI:-}" = true ]; then export CARGO_INCREMENTAL=0; fi
step() { printf '\n==> %s (%ss)\n' "$*" "$(( $(date +%s) - started ))"; }

step "setting up"
scripts/setup.sh --browser

step "starting the test AI server (llama.cpp's llama-server with a small model, from PyPI)"
ai_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
ai_pid=$(TIFAWT_AI_LOG="${TMPDIR:-/tmp}/tifawt-test-llama.log" scripts/ai-server.sh start "$ai_port")
trap 'kill "$ai_pid" 2>/dev/null || true' EXIT
# The HTTP and browser tests of the practice blocks and CV suggestions ask it.
export TIFAWT_TEST_AI_URL="http://127.0.0.1:$ai_port/v1"

step "checking PostgreSQL at 127.0.0.1:5432"
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  if command -v pg_ctlcluster >/dev/null; then
    version=$(ls /etc/postgresql | sort -n | tail -1)
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  fi
  for _ in $(seq 1 20); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
  pg_isready -h 127.0.0.1 -p 5432 || {
    echo "error: the tests need PostgreSQL at 127.0.0.1:5432 (or set TIFAWT_TEST_POSTGRES_URL)" >&2
    exit 1
  }
fi

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (server build)"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo clippy (browser build)"
cargo clippy -p tifawt-app --lib --target wasm32-unknown-unknown --features hydrate -- -D warnings

step "building the browser assets"
scripts/build-site.sh dev

step "unit and integration tests (SQLite and PostgreSQL)"
# Snapshots are compared, never written: a changed page fails until its .snap is reviewed.
INSTA_UPDATE=no cargo test --workspace

step "browser tests"
# The binary as the tests built it (same features: a plain build would rebuild from the
# dependencies that test-only crates turn features on in).
cargo build -p tifawt-server --tests
# The servers get free ports and fresh databases of their own (end2end/tests/fixtures/servers.ts).
(cd end2end && npx playwright test)

step "all checks and tests passed"
