#!/usr/bin/env bash
# The scale benchmark: SiteGen's full build at the shipped content and at synthetic sizes, beside Hugo followed by
# Pagefind on the same programmes. Prints one Markdown table (docs/BENCHMARKS.md, "Scale").
#
# Usage: bash bench/scale/run.sh [sizes…]          sizes: real or a number of programmes (default: real 1000 10000 100000)
# Environment:
#   HUGO_AT="real 1000 10000"  sizes at which Hugo + Pagefind are built, interleaved with SiteGen (A B A B …)
#   PAIRS=2               pairs at those sizes; other sizes up to 10,000 build SiteGen PAIRS times, larger ones once
#   TIMEOUT=1800          seconds allowed to any one build, synth or measurement before it is abandoned
#   EDITS=5               edits timed under 'sitegen serve' on the real content
#   QUERIES_LARGE=10      questions asked for the first-query column above 10,000 programmes (all 65 up to it)
#   KEEP=1                keep the work folder (its path is printed on stderr)
# Needs: dotnet, hugo (apt-get install -y hugo), node and npm; the first-query column needs Debian's chromium and
# tests/browser's packages ((cd tests/browser && npm ci)), and is left blank without them.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
here=$repo/bench/scale
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(real 1000 10000 100000)
hugo_at=" ${HUGO_AT:-real 1000 10000} "
pairs=${PAIRS:-2}
limit=${TIMEOUT:-1800}
edits=${EDITS:-5}
epoch=1700000000

work=$(mktemp -d)
cleanup() { [ "${KEEP:-}" = 1 ] && echo "work folder kept: $work" >&2 || rm -rf "$work"; }
trap cleanup EXIT
log() { echo "scale: $*" >&2; }

command -v hugo >/dev/null || { echo "hugo is not installed: apt-get install -y hugo" >&2; exit 2; }
[ -x "$here/node_modules/.bin/pagefind" ] || (cd "$here" && npm ci --no-audit --no-fund >&2)
browser=yes
{ command -v chromium >/dev/null && [ -d "$repo/tests/browser/node_modules/puppeteer-core" ]; } || browser=
log "publishing SiteGen (Release)"
dotnet publish src/SiteGen -c Release -o "$work/bin" --nologo -v q >/dev/null
sitegen=(dotnet "$work/bin/sitegen.dll")
timings=
"${sitegen[@]}" build --help 2>/dev/null | grep -q -- '--timings' && timings=--timings
hugo_version=$(hugo version | sed -E 's/^hugo v([0-9.]+).*/\1/')
pagefind_version=$(node -p "require('$here/package.json').devDependencies.pagefind")

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR) print (a[int((NR + 1) / 2)] + a[int(NR / 2) + 1]) / 2 }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%d MiB", k / 1024 }'; }
megabytes() { du -sb "$1" | awk '{ printf "%.1f MB", $1 / 1e6 }'; }
files() { find "$1" -type f | wc -l; }
seconds() { awk -v s="$1" 'BEGIN { printf "%.2f s", s }'; }

# Runs a command under /usr/bin/time and the time limit; prints "wall peak-KiB", or "timeout" / "failed".
timed() {
  local stats=$work/time.$$ status=0
  timeout "$limit" /usr/bin/time -f '%e %M' -o "$stats" "$@" >/dev/null 2>>"$work/stderr" || status=$?
  [ "$status" -eq 0 ] || { log "$1 exited with $status:"; tail -5 "$work/stderr" >&2; }
  if [ "$status" -eq 124 ]; then echo timeout; elif [ "$status" -ne 0 ]; then echo failed; else tail -1 "$stats"; fi
}

# A content folder of the given size: the shipped one, or 'sitegen synth' into the work folder.
content_for() {
  local size=$1
  if [ "$size" = real ]; then echo "$repo/content"; return; fi
  local dir=$work/content-$size
  timeout "$limit" "${sitegen[@]}" synth --programs "$size" --seed 1 --out "$dir" >&2 || return 1
  # The synthetic folder is a content folder, or holds one.
  if [ -d "$dir/content/programs" ]; then echo "$dir/content"; else echo "$dir"; fi
}

sitegen_build() { # content out → "wall peak"; stage timings appended to $work/stages
  : >"$work/stderr"
  rm -rf "$2"
  local result
  result=$(timed "${sitegen[@]}" build --quiet $timings --content "$1" --templates "$repo/templates" --seeds "$repo/seeds" \
    --out "$2" --source-date-epoch "$epoch")
  awk '$1 == "timing" { print $2, $3 }' "$work/stderr" >>"$work/stages"
  echo "$result"
}

hugo_build() { # content out → "hugo-wall hugo-peak pagefind-wall pagefind-peak"
  sed -e "s|@CONTENT@|$1|; s|@ASSETS@|$repo/templates/assets|" "$here/hugo/mounts.toml.in" >"$work/mounts.toml"
  rm -rf "$2"
  local h p
  h=$(timed hugo --quiet --source "$here/hugo" --config "$here/hugo/hugo.toml,$work/mounts.toml" --destination "$2")
  case $h in timeout|failed) echo "$h"; return;; esac
  p=$(timed "$here/node_modules/.bin/pagefind" --site "$2" --quiet)
  case $p in timeout|failed) echo "$p"; return;; esac
  echo "$h $p"
}

stage_line() { # median seconds per stage, in the order the build printed them
  [ -s "$work/stages" ] || { echo "—"; return; }
  awk '{ if (!($1 in n)) order[++k] = $1; v[$1, ++n[$1]] = $2 }
    END { for (i = 1; i <= k; i++) { s = order[i]; m = n[s]; for (a = 1; a <= m; a++) x[a] = v[s, a];
            for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (x[b] < x[a]) { t = x[a]; x[a] = x[b]; x[b] = t }
            printf "%s%s %.2f", (i > 1 ? ", " : ""), s, (x[int((m + 1) / 2)] + x[int(m / 2) + 1]) / 2 } }' "$work/stages"
}

kib() { awk -v b="$1" 'BEGIN { printf "%.1f KiB", b / 1024 }'; }
first_query() { # sitegen-site [hugo-site] → "SiteGen-cell|Pagefind-cell"
  [ -n "$browser" ] || { echo "—|—"; return; }
  local json
  json=$(QUERIES=$queries timeout "$limit" node "$here/first-query.mjs" "$@" 2>>"$work/stderr") || { echo "failed|failed"; return; }
  node -e '
    const r = JSON.parse(process.argv[1]);
    const kib = b => `${(b / 1024).toFixed(1)} KiB`;
    const cell = s => s ? `${kib(s.median)} median, ${kib(s.max)} largest, of ${r.asked} questions` : "—";
    console.log(`${cell(r.sitegen)}; the search page itself ${kib(r.sitegen.page)}|${cell(r.pagefind)}`);' "$json"
}

rows=()
row() { rows+=("| $(IFS='|'; echo "$*" | sed 's/|/ | /g') |"); }

for size in "${sizes[@]}"; do
  log "content: $size"
  content=$(content_for "$size") || { row "$size" "—" "sitegen synth" "failed or timed out" "" "" "" ""; continue; }
  programmes=$(find "$content/programs" -name '*.md' | wc -l)
  label=$size; [ "$size" = real ] && label="shipped"
  ours=$work/sitegen-$size theirs=$work/hugo-$size
  : >"$work/stages"
  walls=() peak=0 hwalls=() pwalls=() sums=() ratios=() hpeak=0 ppeak=0 failed=
  runs=$pairs; [ "$size" != real ] && [ "$size" -gt 10000 ] && runs=1
  with_hugo=; [[ $hugo_at == *" $size "* ]] && with_hugo=yes
  for i in $(seq "$runs"); do
    log "$size: SiteGen build $i"
    r=$(sitegen_build "$content" "$ours")
    case $r in timeout|failed) failed=$r; break;; esac
    walls+=("${r% *}"); (( ${r#* } > peak )) && peak=${r#* }
    if [ "$with_hugo" = yes ]; then
      log "$size: Hugo + Pagefind $i"
      h=$(hugo_build "$content" "$theirs")
      case $h in timeout|failed) with_hugo="$h"; continue;; esac
      read -r hw hp pw pp <<<"$h"
      hwalls+=("$hw"); pwalls+=("$pw"); (( hp > hpeak )) && hpeak=$hp; (( pp > ppeak )) && ppeak=$pp
      sum=$(awk -v a="$hw" -v b="$pw" 'BEGIN { print a + b }')
      sums+=("$sum"); ratios+=("$(awk -v s="$sum" -v g="${r% *}" 'BEGIN { printf "%.2f", s / g }')")
    fi
  done
  if [ -n "$failed" ]; then row "$label" "$programmes" "SiteGen build" "$failed (limit ${limit} s)" "" "" "" ""; continue; fi

  wall=$(printf '%s\n' "${walls[@]}" | median)
  index_mb=$(megabytes "$ours/search")
  log "$size: first query"
  fq_theirs= queries=65
  [ "$size" != real ] && [ "$size" -gt 10000 ] && queries=${QUERIES_LARGE:-10}
  [ "$with_hugo" = yes ] && fq_theirs=$theirs
  fq=$(first_query "$ours" $fq_theirs)
  row "$label" "$programmes" "SiteGen build" "$(seconds "$wall") median of ${#walls[@]}" "$(mib "$peak")" \
    "$(files "$ours") files, $(megabytes "$ours")" "$index_mb" "${fq%|*}"
  stages=$(stage_line)
  [ "$stages" = "—" ] || row "$label" "$programmes" "SiteGen stages (median s)" "$stages" "" "" "" ""
  case $with_hugo in
    yes)
      hm=$(printf '%s\n' "${hwalls[@]}" | median) pm=$(printf '%s\n' "${pwalls[@]}" | median) sm=$(printf '%s\n' "${sums[@]}" | median)
      row "$label" "$programmes" "Hugo $hugo_version + Pagefind $pagefind_version" \
        "$(seconds "$hm") + $(seconds "$pm") = $(seconds "$sm") median of ${#sums[@]}" "$(mib "$hpeak") + $(mib "$ppeak")" \
        "$(files "$theirs") files, $(megabytes "$theirs")" "$(megabytes "$theirs/pagefind")" "${fq#*|}"
      row "$label" "$programmes" "(Hugo + Pagefind) ÷ SiteGen, wall, per pair" "$(IFS=' '; echo "${ratios[*]}" | sed 's/ /, /g')" "" "" "" "";;
    "") ;;
    *) row "$label" "$programmes" "Hugo + Pagefind" "$with_hugo (limit ${limit} s)" "" "" "" "";;
  esac

  if [ "$size" = real ] && [ "$edits" -gt 0 ]; then
    log "real: $edits edits under sitegen serve"
    mkdir -p "$work/edit" && cp -r "$content" "$work/edit/content"
    if e=$(timeout "$limit" node "$here/edit-latency.mjs" "$work/bin/sitegen.dll" "$work/edit/content" "$repo/templates" \
        "$repo/seeds" "$work/edit/_site" "$edits" 2>>"$work/stderr"); then
      cell=$(node -e 'const r = JSON.parse(process.argv[1]); console.log(`${(r.median / 1000).toFixed(2)} s median of ${r.ms.length} (${r.ms.map(m => (m / 1000).toFixed(2)).join(", ")})`)' "$e")
    else cell="failed or timed out"; fi
    row "$label" "$programmes" "serve: save one programme → edit shown in the open page" "$cell" "" "" "" ""
  fi
  rm -rf "$ours" "$theirs" "$work/content-$size" "$work/edit"
done

echo "| content | programmes | what | wall time | peak RSS | output | search index | first query downloads (gzip) |"
echo "|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
[ -n "$timings" ] || echo "(this build of SiteGen has no --timings: no stage breakdown)"
