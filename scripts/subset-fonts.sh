#!/usr/bin/env bash
# Regenerates the shipped fonts in style/fonts/ (run by hand, not by the build).
# Sources: Noto Sans Arabic and Noto Sans Tifinagh 5.3.0 from the @fontsource npm packages
# (SIL Open Font License 1.1, see style/fonts/OFL.txt). The Arabic font is cut down to the
# basic Arabic block (U+0600–06FF) plus joiners and direction marks: that is all Arabic,
# Darija and Tamazight in Arabic script need, and it is 21 KB instead of 49 KB. Keep the
# unicode-range in style/tifawt.css equal to the ranges here.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund \
  @fontsource/noto-sans-arabic@5.3.0 @fontsource/noto-sans-tifinagh@5.3.0 >/dev/null)
python3 -m pip install --quiet fonttools brotli
files="$work/node_modules/@fontsource"
python3 -m fontTools.subset "$files/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2" \
  --unicodes="U+0600-06FF,U+200C-200F" --layout-features='*' --flavor=woff2 \
  --output-file=style/fonts/noto-sans-arabic-basic-400.woff2
cp "$files/noto-sans-tifinagh/files/noto-sans-tifinagh-tifinagh-400-normal.woff2" \
  style/fonts/noto-sans-tifinagh-400.woff2
cp "$files/noto-sans-arabic/LICENSE" style/fonts/OFL.txt
ls -l style/fonts/
