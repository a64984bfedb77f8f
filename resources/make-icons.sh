#!/bin/sh
# Regenerates icon.png (512×512, for electron-builder and the window) and icon.ico (every size Windows asks
# for, up to 256) from nothing but ImageMagick 6 and the DejaVu fonts, so the emblem can be redrawn on any CI.
# Run from the repository root: sh resources/make-icons.sh
set -eu
cd "$(dirname "$0")"

RED='#C8102E'
GOLD='#FFCD00'
FONT=DejaVu-Sans-Bold

convert -size 512x512 xc:none \
  -fill "$RED" -draw 'roundrectangle 16,16 495,495 96,96' \
  -fill none -stroke "$GOLD" -strokewidth 14 -draw 'roundrectangle 44,44 467,467 74,74' \
  -stroke none -fill "$GOLD" \
  -draw 'polygon 256,84 275,142 336,142 287,178 305,236 256,200 207,236 225,178 176,142 237,142' \
  -font "$FONT" -pointsize 156 -gravity center -annotate +0+92 'DVK' \
  -strip PNG32:icon.png

convert icon.png -define icon:auto-resize=256,128,64,48,32,24,16 icon.ico
