#!/usr/bin/env bash
# Renders usthem.svg into the icons the installers use: usthem.png (Linux), usthem.ico (Windows)
# and usthem.icns (macOS). They are committed, so a build needs none of these tools; run this after
# changing the SVG. Needs Debian's imagemagick and icnsutils.
set -euo pipefail
cd "$(dirname "$0")"
convert -background none usthem.svg -depth 8 -resize 256x256 usthem.png
convert usthem.png -define icon:auto-resize=256,64,48,32,16 usthem.ico
sizes=$(mktemp -d)
trap 'rm -rf "$sizes"' EXIT
for size in 16 32 128 256; do
  convert usthem.png -resize "${size}x${size}" "$sizes/$size.png"
done
png2icns usthem.icns "$sizes"/16.png "$sizes"/32.png "$sizes"/128.png "$sizes"/256.png
