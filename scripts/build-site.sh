#!/usr/bin/env bash
# Builds the browser assets into target/site:
#   pkg/tifawt.<hash>.js, pkg/tifawt.<hash>_bg.wasm   the islands' WebAssembly and its glue
#   assets/tifawt.<hash>.css, assets/fonts/*.woff2     the stylesheet and fonts
#   assets/favicon.<hash>.svg                          the icon browsers show in tabs
#   manifest.toml                                      the hashed names, read by the server
# Text assets get .br and .gz twins that the server sends to browsers that accept them.
#
# usage: scripts/build-site.sh [dev|release]   (release: size-optimised wasm + wasm-opt)
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-dev}"
site="target/site"
tmp="target/site-build"
rm -rf "$tmp" && mkdir -p "$tmp"

if [ "$mode" = release ]; then
  cargo build -p tifawt-app --lib --target wasm32-unknown-unknown --features hydrate --profile wasm-release
  wasm_in="target/wasm32-unknown-unknown/wasm-release/tifawt_app.wasm"
else
  cargo build -p tifawt-app --lib --target wasm32-unknown-unknown --features hydrate
  wasm_in="target/wasm32-unknown-unknown/debug/tifawt_app.wasm"
fi
wasm-bindgen --target web --no-typescript --out-dir "$tmp" --out-name tifawt "$wasm_in"

if [ "$mode" = release ]; then
  # Debian's binaryen (wasm-opt 108) breaks hydration; the npm one (132) works.
  wasm_opt="end2end/node_modules/.bin/wasm-opt"
  if [ -x "$wasm_opt" ]; then
    "$wasm_opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
      "$tmp/tifawt_bg.wasm" -o "$tmp/tifawt_bg.opt.wasm"
    mv "$tmp/tifawt_bg.opt.wasm" "$tmp/tifawt_bg.wasm"
  else
    echo "note: $wasm_opt not found (run npm ci in end2end/); the wasm is not wasm-opt'ed" >&2
  fi
fi

hash() { cat "$@" | sha256sum | cut -c1-16; }
wasm_hash=$(hash "$tmp/tifawt.js" "$tmp/tifawt_bg.wasm")
css_hash=$(hash style/tifawt.css)
favicon="favicon.$(hash style/favicon.svg).svg"
output_name="tifawt.$wasm_hash"
stylesheet="tifawt.$css_hash.css"

rm -rf "$site" && mkdir -p "$site/pkg" "$site/assets/fonts"
mv "$tmp/tifawt.js" "$site/pkg/$output_name.js"
mv "$tmp/tifawt_bg.wasm" "$site/pkg/${output_name}_bg.wasm"
cp style/tifawt.css "$site/assets/$stylesheet"
cp style/favicon.svg "$site/assets/$favicon"
cp style/fonts/*.woff2 style/fonts/OFL.txt "$site/assets/fonts/"

for file in "$site/pkg/$output_name.js" "$site/pkg/${output_name}_bg.wasm" "$site/assets/$stylesheet" "$site/assets/$favicon"; do
  brotli --force --keep --quality=11 "$file"
  gzip --force --keep --best "$file"
done

cat > "$site/manifest.toml" <<TOML
# Written by scripts/build-site.sh; read by the server at start-up.
output_name = "$output_name"
stylesheet = "$stylesheet"
favicon = "$favicon"
TOML
rm -rf "$tmp"
echo "built $site ($mode): $(du -sh "$site" | cut -f1)"
