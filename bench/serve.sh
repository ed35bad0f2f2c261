#!/usr/bin/env bash
# Loads 'sitegen serve' for a bounded time with wrk (Debian's package) on loopback and fails if any request errs.
# Usage: bash bench/serve.sh [seconds] [connections]   (default 30 s, 32 connections). Prints a Markdown table row.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
connections=${2:-32}
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 2; }
bin=$(mktemp -d)
out=$(mktemp -d)
log=$(mktemp)
port=$(( 20000 + RANDOM % 20000 ))
cleanup() { [ -n "${server:-}" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$bin" "$out" "$log"; }
trap cleanup EXIT
dotnet publish src/SiteGen -c Release -o "$bin" --nologo -v q >/dev/null
dotnet "$bin/sitegen.dll" serve --quiet --port "$port" --out "$out/_site" >"$log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/index.html" >/dev/null && break; sleep 0.2; done

page=$(cd "$out/_site" && find programs -name index.html | sort | head -1)
result=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/$page")
rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$result")
p99=$(awk '$1 == "99%" { print $2 }' <<<"$result")
errors=$(awk '/Socket errors/ { n = 0; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i; print n }' <<<"$result")
non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$result")
echo "| serve, ${connections} connections for ${seconds} s on /${page} | ${rps} requests/s, p99 ${p99} | ${errors:-0} socket errors, ${non2xx:-0} non-2xx |"
[ "${errors:-0}" -eq 0 ] && [ "${non2xx:-0}" -eq 0 ]
