#!/usr/bin/env bash
# Installs what building and testing Tifawt needs, skipping whatever is already there.
#   scripts/setup.sh            Rust wasm target, wasm-bindgen-cli, brotli, npm packages
#   scripts/setup.sh --browser  the same, plus Chromium and ChromeDriver for browser tests,
#                               and poppler-utils, which the CV's PDF tests read PDFs with
#   scripts/setup.sh --bench    the same as --browser, plus wrk for the benchmark and
#                               eSpeak NG, whose speech time of Tamazight it measures
set -euo pipefail
cd "$(dirname "$0")/.."

with_browser=false
with_wrk=false
case "${1:-}" in
  --browser) with_browser=true ;;
  --bench) with_browser=true; with_wrk=true ;;
esac

say() { printf '==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "error: '$*' needs root; install it by hand or run as root" >&2; exit 1
  fi
}

# Debian packages.
packages=()
command -v brotli >/dev/null || packages+=(brotli)
command -v gzip >/dev/null || packages+=(gzip)
command -v npm >/dev/null || packages+=(nodejs npm)
if $with_browser; then
  [ -x /usr/bin/chromium ] || packages+=(chromium chromium-driver)
  command -v pg_isready >/dev/null || packages+=(postgresql-client)
  command -v pdftotext >/dev/null || packages+=(poppler-utils)
fi
if $with_wrk; then
  command -v wrk >/dev/null || packages+=(wrk)
  command -v espeak-ng >/dev/null || packages+=(espeak-ng)
fi
if [ ${#packages[@]} -gt 0 ]; then
  say "installing Debian packages: ${packages[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
fi

# Rust: the WebAssembly target, and the linters the test command runs.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

# wasm-bindgen-cli must be exactly the version of the wasm-bindgen crate in Cargo.toml.
wasm_bindgen_version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$wasm_bindgen_version" ]; then
  say "installing wasm-bindgen-cli $wasm_bindgen_version (a few minutes, once)"
  # Not --locked: its lock file names a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version"
fi

# npm: Playwright, axe-core and binaryen's wasm-opt (Debian's is too old: it breaks hydration).
if [ ! -x end2end/node_modules/.bin/wasm-opt ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
  say "installing npm packages in end2end/"
  (cd end2end && npm ci --no-audit --no-fund)
fi
