#!/usr/bin/env bash
# Times Gongkai against Hugo on the same synthetic records, side by side in one run.
#
#   bench/run.sh [SIZES...]        default: 10000 50000 (records; 5 years per unit)
#
# For each size: generates the tree with ../shared/bench/gen-corpus.py and makes the equivalent Hugo
# site with ../shared/bench/hugo-site.sh. Then, ROUNDS times, builds each size clean with Gongkai
# and then Hugo (into SITES, default /dev/shm/gongkai-bench). It reports medians, their ratio,
# Gongkai's CPU time and peak memory, `gongkai check` speed, a one-record rebuild (a score edited) and
# a rebuild after a new report (a unit added with one record); with two
# sizes or more, how the last size's time compares with the first's within each round. Results go
# to bench/out/results.md as well as the terminal.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$root/../shared
out=$root/bench/out
rounds=${ROUNDS:-3}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 50000)
cd "$root"
. scripts/lib.sh
ensure_apt libcmark-dev libdeflate-dev libjemalloc-dev pkg-config hugo
[ -f "$shared/bench/gen-corpus.py" ] || { echo "bench: $shared/bench/gen-corpus.py not found" >&2; exit 1; }
swift build -c release --product gongkai >&2
gongkai=$root/.build/release/gongkai
mkdir -p "$out"
# Built sites go to a RAM-backed folder: see bench/README.md ("Where the sites are built").
sites=${SITES:-/dev/shm/gongkai-bench}
# The sites hold memory until deleted, so they go however the run ends.
rm -rf "$sites"
trap 'rm -rf "$sites"' EXIT
# The largest size's two sites are in RAM while Hugo builds it, and Hugo takes over 5 GiB at 50,000 records.
largest=$(printf '%s\n' "${sizes[@]}" | sort -n | tail -1)
ensure_free_memory $(( (largest + 9999) / 10000 * 5 / 2 + 1 )) "building $largest records with Gongkai and Hugo"

# Runs a command, printing "seconds peak_kib cpu_seconds": its wall time, maximum resident set, and user plus
# system time.
measure() {
  /usr/bin/time -f "%e %M %U %S" -o "$out/time.txt" "$@" >"$out/stdout.txt" 2>"$out/stderr.txt" || {
    # time(1) writes a killed command's signal into its own output file.
    echo "bench: $* failed: $(head -1 "$out/time.txt")" >&2; cat "$out/stderr.txt" >&2; exit 1
  }
  awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$out/time.txt"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

{
  echo "| records | gongkai build (s) | hugo build (s) | ratio | gongkai CPU (s) | gongkai peak (MiB) | check (records/s) | one-record rebuild (s) | files rewritten | new-report rebuild (s) | files rewritten |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$out/results.md"

for size in "${sizes[@]}"; do
  tree=$out/corpus-$size
  [ -d "$tree" ] || python3 "$shared/bench/gen-corpus.py" "$tree" --units $((size / 5)) --years 5
  # What a killed run left behind is undone: its new-report unit, and its edit of a record.
  rm -rf "$tree"/units/unit-*-new
  [ ! -f "$out/record-$size.bak" ] || cp "$out/record-$size.bak" "$(ls "$tree"/units/unit-00000/*.md | tail -1)"
  bash "$shared/bench/hugo-site.sh" "$tree" "$out/hugo-$size"
  : > "$out/g-$size.txt"; : > "$out/h-$size.txt"; : > "$out/m-$size.txt"; : > "$out/c-$size.txt"
done
# Each round builds every size, so a machine that slows down over the run slows every size alike, and
# each round's sizes can be compared with each other.
for round in $(seq "$rounds"); do
  for size in "${sizes[@]}"; do
    # The previous build's outputs and build cache go, so every build is clean.
    rm -rf "$sites" && mkdir -p "$sites"
    read -r seconds peak cpu_seconds < <(measure "$gongkai" build --content "$out/corpus-$size" --out "$sites/site-$size")
    echo "$seconds" >> "$out/g-$size.txt"; echo "$peak" >> "$out/m-$size.txt"; echo "$cpu_seconds" >> "$out/c-$size.txt"
    read -r seconds _ < <(measure hugo --quiet --source "$out/hugo-$size" --destination "$sites/hugo-$size")
    echo "$seconds" >> "$out/h-$size.txt"
    echo "round $round, size $size: gongkai $(tail -1 "$out/g-$size.txt") s, hugo $(tail -1 "$out/h-$size.txt") s" >&2
  done
done
for size in "${sizes[@]}"; do
  tree=$out/corpus-$size
  site=$sites/site-$size
  g=$(median < "$out/g-$size.txt"); h=$(median < "$out/h-$size.txt"); m=$(median < "$out/m-$size.txt"); c=$(median < "$out/c-$size.txt")
  read -r check _ < <(measure "$gongkai" check --content "$tree")
  # One record changes: build clean, rebuild into the same folder, and count the files whose bytes changed.
  rm -rf "$sites" && mkdir -p "$sites"
  measure "$gongkai" build --content "$tree" --out "$site" >/dev/null
  record=$(ls "$tree"/units/unit-00000/*.md | tail -1)
  middle=$(printf 'unit-%05d' $((size / 10)))
  added=$tree/units/$middle-new
  # Both edits are undone however the run ends.
  cp "$record" "$out/record-$size.bak"
  trap 'rm -rf "$sites" "$added"; cp "$out/record-$size.bak" "$record"' EXIT
  sed -i 's/^score: .*/score: 77/' "$record"
  read -r rebuild _ < <(measure "$gongkai" build --content "$tree" --out "$site")
  rewritten=$(sed -n 's/.*(\([0-9]*\) changed).*/\1/p' "$out/stdout.txt")
  # Then a new report arrives: a new unit, a copy of the middle one, with its latest record.
  mkdir "$added" && cp "$tree/units/$middle/unit.yaml" "$(ls "$tree/units/$middle"/*.md | tail -1)" "$added/"
  read -r added_rebuild _ < <(measure "$gongkai" build --content "$tree" --out "$site")
  added_rewritten=$(sed -n 's/.*(\([0-9]*\) changed).*/\1/p' "$out/stdout.txt")
  rm -rf "$added"
  cp "$out/record-$size.bak" "$record"
  rm "$out/record-$size.bak"
  trap 'rm -rf "$sites"' EXIT
  python3 -c 'import sys; s,g,h,u,m,c,r,w,ar,aw = sys.argv[1:]; print(f"| {s} | {g} | {h} | {float(g)/float(h):.2f} | {u} | {int(m)//1024} | {int(s)/float(c):.0f} | {r} | {w} | {ar} | {aw} |")' \
    "$size" "$g" "$h" "$c" "$m" "$check" "$rebuild" "$rewritten" "$added_rebuild" "$added_rewritten" >> "$out/results.md"
done
if [ ${#sizes[@]} -ge 2 ]; then
  first=${sizes[0]}; last=${sizes[-1]}
  echo >> "$out/results.md"
  # The ratio of the two sizes' times within each round, then the median of those ratios.
  python3 - "$first" "$last" "$out" >> "$out/results.md" <<'PY'
import statistics, sys
first, last, out = sys.argv[1:]
def times(kind, size): return [float(line) for line in open(f"{out}/{kind}-{size}.txt")]
def ratio(kind): return statistics.median(b / a for a, b in zip(times(kind, first), times(kind, last)))
print(f"{int(last):,} records took {ratio('g'):.2f}× the time of {int(first):,} by wall time and {ratio('c'):.2f}× by CPU time; "
      f"Hugo took {ratio('h'):.2f}× (medians of each round's ratio).")
PY
fi
echo >> "$out/results.md"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(swift --version 2>&1 | head -1); $(hugo version | cut -d' ' -f1-2). Medians of $rounds rounds, each building every size with Gongkai and then Hugo." >> "$out/results.md"
cat "$out/results.md"
