#!/bin/sh
# Generates the app icons in public/icons from the favicon's letterform (needs ImageMagick's `convert`).
# The PNGs are committed; run this again only when the design changes.
set -eu
cd "$(dirname "$0")/../public/icons"

GLYPH='<path d="M9 7h8.5c3.6 0 5.8 1.8 5.8 4.6 0 1.9-1.1 3.3-2.8 3.9 2.2.5 3.6 2.1 3.6 4.4 0 3.2-2.5 5.1-6.4 5.1H9V7zm4 3.2v4.2h3.8c1.6 0 2.5-.8 2.5-2.1s-.9-2.1-2.5-2.1H13zm0 7.2v4.4h4.3c1.7 0 2.7-.8 2.7-2.2s-1-2.2-2.7-2.2H13z" fill="#FCFBF8" stroke="none"/>'

# Any-purpose icons: the favicon's rounded square on a transparent ground.
ROUNDED="<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'><rect width='32' height='32' rx='6' fill='#B3261E' stroke='none'/>$GLYPH</svg>"
# Maskable and Apple icons: full bleed, the letter shrunk into the central safe zone (80% circle).
BLEED="<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'><rect width='32' height='32' fill='#B3261E' stroke='none'/><g transform='translate(16 16) scale(0.7) translate(-16 -16)'>$GLYPH</g></svg>"

render() { # svg size file
  printf '%s' "$1" | convert -background none -density 1200 svg:- -resize "$2x$2" -strip "PNG32:$3"
}
render "$ROUNDED" 192 icon-192.png
render "$ROUNDED" 512 icon-512.png
render "$BLEED" 512 maskable-512.png
render "$BLEED" 180 apple-touch-icon.png
