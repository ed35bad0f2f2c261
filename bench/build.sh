#!/usr/bin/env bash
# Measures the build on the shipped content: wall time (median of N runs) and peak memory (largest RSS).
# Usage: bash bench/build.sh [runs]   (default 5). Run from anywhere; prints a Markdown table row.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
bin=$(mktemp -d)
out=$(mktemp -d)
trap 'rm -rf "$bin" "$out"' EXIT
dotnet publish src/SiteGen -c Release -o "$bin" --nologo -v q >/dev/null

times=()
peak=0
for _ in $(seq "$runs"); do
  stats=$( { /usr/bin/time -f '%e %M' dotnet "$bin/sitegen.dll" build --quiet --out "$out/_site" --source-date-epoch 1700000000 >/dev/null; } 2>&1 | tail -1)
  times+=("${stats% *}")
  rss=${stats#* }
  (( rss > peak )) && peak=$rss
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
pages=$(find "$out/_site" -name '*.html' | wc -l)
programs=$(find content/programs -name '*.md' | wc -l)
echo "| build (${programs} programmes, ${pages} pages) | ${median} s median of ${runs} | $((peak / 1024)) MiB peak RSS |"
