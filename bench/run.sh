#!/usr/bin/env bash
# Times Gongkai against Hugo on the same synthetic records, side by side in one run.
#
#   bench/run.sh [SIZES...]        default: 10000 50000 (records; 5 years per unit)
#
# For each size: generates the tree with ../shared/bench/gen-corpus.py, makes the equivalent Hugo
# site with ../shared/bench/hugo-site.sh, then alternates clean builds of each (ROUNDS times, into
# SITES, default /dev/shm/gongkai-bench) and reports medians, their ratio, Gongkai's CPU time and
# peak memory, `gongkai check` speed, and a one-record rebuild; with two sizes or more, how the
# last size's time compares with the first's. Results go to bench/out/results.md as well as the
# terminal.
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
# Each size's median wall and CPU seconds, for the line under the table comparing the last size with the first.
declare -A wall cpu

# Runs a command, printing "seconds peak_kib cpu_seconds": its wall time, maximum resident set, and user plus
# system time.
measure() {
  /usr/bin/time -f "%e %M %U %S" -o "$out/time.txt" "$@" >"$out/stdout.txt" 2>"$out/stderr.txt" || { cat "$out/stderr.txt" >&2; exit 1; }
  awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$out/time.txt"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

{
  echo "| records | gongkai build (s) | hugo build (s) | ratio | gongkai CPU (s) | gongkai peak (MiB) | check (records/s) | one-record rebuild (s) | files rewritten |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$out/results.md"

for size in "${sizes[@]}"; do
  units=$((size / 5))
  tree=$out/corpus-$size
  [ -d "$tree" ] || python3 "$shared/bench/gen-corpus.py" "$tree" --units "$units" --years 5
  bash "$shared/bench/hugo-site.sh" "$tree" "$out/hugo-$size"
  : > "$out/g.txt"; : > "$out/h.txt"; : > "$out/m.txt"; : > "$out/c.txt"
  site=$sites/site-$size
  for round in $(seq "$rounds"); do
    # The previous round's outputs and build cache go, so every build is clean.
    rm -rf "$sites" && mkdir -p "$sites"
    read -r seconds peak cpu_seconds < <(measure "$gongkai" build --content "$tree" --out "$site")
    echo "$seconds" >> "$out/g.txt"; echo "$peak" >> "$out/m.txt"; echo "$cpu_seconds" >> "$out/c.txt"
    read -r seconds _ < <(measure hugo --quiet --source "$out/hugo-$size" --destination "$sites/hugo-$size")
    echo "$seconds" >> "$out/h.txt"
    echo "size $size round $round: gongkai $(tail -1 "$out/g.txt") s, hugo $(tail -1 "$out/h.txt") s" >&2
  done
  g=$(median < "$out/g.txt"); h=$(median < "$out/h.txt"); m=$(median < "$out/m.txt"); c=$(median < "$out/c.txt")
  wall[$size]=$g; cpu[$size]=$c
  read -r check _ < <(measure "$gongkai" check --content "$tree")
  # One record changes: rebuild into the same folder and count the files whose bytes changed.
  record=$(ls "$tree"/units/unit-00000/*.md | tail -1)
  cp "$record" "$out/record.bak"
  sed -i 's/^score: .*/score: 77/' "$record"
  read -r rebuild _ < <(measure "$gongkai" build --content "$tree" --out "$site")
  rewritten=$(sed -n 's/.*(\([0-9]*\) changed).*/\1/p' "$out/stdout.txt")
  cp "$out/record.bak" "$record"
  "$gongkai" build --content "$tree" --out "$site" >/dev/null 2>&1
  python3 -c 'import sys; s,g,h,u,m,c,r,w = sys.argv[1:]; print(f"| {s} | {g} | {h} | {float(g)/float(h):.2f} | {u} | {int(m)//1024} | {int(s)/float(c):.0f} | {r} | {w} |")' \
    "$size" "$g" "$h" "$c" "$m" "$check" "$rebuild" "$rewritten" >> "$out/results.md"
done
if [ ${#sizes[@]} -ge 2 ]; then
  first=${sizes[0]}; last=${sizes[-1]}
  echo >> "$out/results.md"
  python3 -c 'import sys; a,b = sys.argv[1:3]; w1,w2,c1,c2 = map(float, sys.argv[3:]); print(f"{int(b):,} records took {w2/w1:.2f}× the time of {int(a):,} by wall time and {c2/c1:.2f}× by CPU time.")' \
    "$first" "$last" "${wall[$first]}" "${wall[$last]}" "${cpu[$first]}" "${cpu[$last]}" >> "$out/results.md"
fi
rm -rf "$sites"
echo >> "$out/results.md"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(swift --version 2>&1 | head -1); $(hugo version | cut -d' ' -f1-2). Medians of $rounds alternating rounds." >> "$out/results.md"
cat "$out/results.md"
