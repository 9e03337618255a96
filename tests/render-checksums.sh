#!/usr/bin/env bash
# render-checksums.sh: byte-exact checksums of the painter's and the chart's output, to prove
# that a change which only moves code (src/paint/) changes no pixel.
#
#   tests/render-checksums.sh BUILD_DIR > before.txt     # before the change
#   … change, rebuild …
#   tests/render-checksums.sh BUILD_DIR | diff before.txt -   # no output: nothing moved
#
# Covers a matrix of `skin-deep-sim render` PNGs (sites × --day × --zoom × --device ×
# --length-mm) and, through `test-painter --print-render-checksums` and
# `test-chart --print-render-checksums`, what the command line cannot reach: the comparison
# columns, hover, selection, high contrast, a dark theme, the base and the overlay painted
# apart, and charts of several courses, sizes, series and themes.
#
# The sums depend on the fonts and the cairo/pango build installed, so compare runs made on
# the same machine; they are not golden images to commit.
set -euo pipefail

build=${1:?usage: $0 BUILD_DIR}
sim=$build/src/sim/skin-deep-sim
for exe in "$sim" "$build/tests/test-painter" "$build/tests/test-chart"; do
  [ -x "$exe" ] || { echo "render-checksums: $exe not built" >&2; exit 1; }
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

sites=(cheek palm scalp eyelid)
days=(none 0 3 14 60)
zooms=(1 4 24)
devices=(roller pen)
lengths=(none 0.25 1.5 2.5)

for site in "${sites[@]}"; do
  for day in "${days[@]}"; do
    for zoom in "${zooms[@]}"; do
      for device in "${devices[@]}"; do
        for length in "${lengths[@]}"; do
          name=render/$site/day-$day/zoom-$zoom/$device/length-$length
          args=(render --site "$site" --zoom "$zoom" --device "$device" --width 960 --height 640)
          [ "$day" = none ] || args+=(--day "$day")
          [ "$length" = none ] || args+=(--length-mm "$length")
          "$sim" "${args[@]}" -o "$out/x.png"
          printf '%s %s\n' "$name" "$(sha256sum < "$out/x.png" | cut -d' ' -f1)"
        done
      done
    done
  done
done

"$build/tests/test-painter" --print-render-checksums
"$build/tests/test-chart" --print-render-checksums
