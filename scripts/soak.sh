#!/usr/bin/env bash
# The soak run (not part of the tests: it takes minutes, and its figures go in docs/soak.md).
# Eight learners sign in and submit quizzes from eight clients while the server is killed
# with SIGKILL every 0.3–3 s and started again on the same database; then it checks that
# every accepted submission is recorded exactly once, every accepted sign-in's session
# exists, every attempt is whole, no row is an orphan and the daily counts equal a recount.
#
# usage: scripts/soak.sh [--minutes N] [--database sqlite|postgres|both]
#   --minutes N   load and kills on each database, default 2 (decimals allowed)
#   --database    default both; PostgreSQL is the one at 127.0.0.1:5432 (user postgres,
#                 trust authentication, database test), where a fresh database
#                 tifawt_soak_<pid> is made and dropped at the end
# Everything talks to 127.0.0.1 only. Exit code 1 if anything was lost or a check failed
# (the logs are then kept and their folder printed).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
step() { printf '==> %s (%ss)\n' "$*" "$(( $(date +%s) - started ))" >&2; }

minutes=2
database=both
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes="${2:-}"; shift 2 ;;
    --database) database="${2:-}"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | cut -c3-; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$database" in
  sqlite|postgres|both) ;;
  *) echo "--database takes sqlite, postgres or both" >&2; exit 2 ;;
esac
seconds=$(awk -v m="$minutes" 'BEGIN { if (m !~ /^[0-9]*\.?[0-9]+$/ || m * 60 < 1) exit 1; printf "%d", m * 60 + 0.5 }') ||
  { echo "--minutes takes a positive number" >&2; exit 2; }

pg() { psql -X -q -h 127.0.0.1 -p 5432 -U postgres -d test -v ON_ERROR_STOP=1 "$@"; }
if [ "$database" != sqlite ] && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "error: PostgreSQL is not answering at 127.0.0.1:5432 (try --database sqlite)" >&2
  exit 2
fi

# Release: the build learners' centres run, with its timings (a debug build's slower pages
# would leave fewer transactions in flight at each kill).
step "building for release"
cargo build --release -p tifawt-server --bin tifawt --example soak
target="${CARGO_TARGET_DIR:-target}"

work=$(mktemp -d "${TMPDIR:-/tmp}/tifawt-soak.XXXXXX")
# Copies: a build in another checkout sharing the target folder must not swap them mid-run.
mkdir "$work/bin"
cp "$target/release/tifawt" "$target/release/examples/soak" "$work/bin/"
binary="$work/bin/tifawt"
driver="$work/bin/soak"
pg_database="tifawt_soak_$$"
pg_created=false
status=0
finish() {
  if $pg_created; then pg -c "DROP DATABASE IF EXISTS $pg_database WITH (FORCE)" || true; fi
  if [ "$status" = 0 ]; then rm -rf "$work"; else echo "logs kept in $work" >&2; fi
}
trap finish EXIT

summary="$work/summary.md"
soak() { # label, database URL, folder
  mkdir -p "$3"
  step "soaking $1 for $seconds s"
  "$driver" --binary "$binary" --database-url "$2" --courses-dir courses \
    --work-dir "$3" --seconds "$seconds" --label "$1" --summary "$summary" || status=1
}

if [ "$database" != postgres ]; then
  soak SQLite "sqlite://$work/sqlite/tifawt.db?mode=rwc" "$work/sqlite"
fi
if [ "$database" != sqlite ]; then
  pg -c "CREATE DATABASE $pg_database"
  pg_created=true
  soak PostgreSQL "postgres://postgres@127.0.0.1:5432/$pg_database" "$work/postgres"
  pg -c "DROP DATABASE IF EXISTS $pg_database WITH (FORCE)"
  pg_created=false
fi

step "done"
echo
echo "scripts/soak.sh --minutes $minutes --database $database, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo
echo "| database | minutes | kills | sign-ins accepted of sent (slowed down) | sessions lost | submissions sent | accepted | lost | in doubt at the end (recorded) | integrity |"
echo "|---|---:|---:|---|---:|---:|---:|---:|---|---|"
cat "$summary" 2>/dev/null || true
exit "$status"
