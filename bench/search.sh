#!/usr/bin/env bash
# Search benchmark: Gongkai's own index against Pagefind extended, over the same built site, in one run.
#
#   bench/search.sh [RECORDS]        default: 10000 (records; 5 years per unit)
#
# 1. generates (or reuses) the tree bench/out/corpus-RECORDS with ../shared/bench/gen-corpus.py;
# 2. builds it clean into SITES/site-search BUILDS times, timing each phase from the build's progress lines;
# 3. installs Pagefind extended (PyPI pagefind-bin-extended, pinned below) into bench/out/.venv-pagefind if missing
#    and runs it over a copy of the built HTML (SITES/site-search-pagefind), timing it;
# 4. measures both indexes on disk, then the bytes a reader's browser downloads for a fixed, seeded list of one- and
#    two-word queries, each in a fresh headless Chromium (bench/search_bytes.py);
# 5. prints the comparison and writes it to bench/out/search-results.md (raw data: search-results.json).
#
# A benchmark, not a test: it fails only when something cannot run. Takes about 8 minutes on 2 cores.
# Environment: SITES (where sites are built, default /dev/shm/gongkai-bench-search), BUILDS (clean builds timed,
# default 3), PAGEFIND_ARGS (default restricts Pagefind to the pages our index covers and to <main>),
# ONE_WORD / TWO_WORD (queries per group, default 30 each), SEED.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$root/../shared
out=$root/bench/out
records=${1:-10000}
units=$((records / 5))
pagefind_version=1.5.2
# Pagefind sees the same documents our index holds (unit pages and their yearly records, not the list pages), and
# only their <main>, as a site owner would mark it with data-pagefind-body; nav, header and footer stay out.
pagefind_args=${PAGEFIND_ARGS:---glob units/*/**/index.html --root-selector main}
cd "$root"
. scripts/lib.sh

[ -f "$shared/bench/gen-corpus.py" ] || { echo "bench: $shared/bench/gen-corpus.py not found" >&2; exit 1; }
ensure_apt libcmark-dev libdeflate-dev libjemalloc-dev pkg-config chromium chromium-driver fonts-noto-cjk
ensure_venv "$root"
gongkai=$root/.build/release/gongkai
swift build -c release --product gongkai >&2
mkdir -p "$out"

tree=$out/corpus-$records
# Built sites go to a RAM-backed folder: see bench/README.md ("Where the sites are built").
sites=${SITES:-/dev/shm/gongkai-bench-search}
# A previous run's sites would count against the memory this one needs.
rm -rf "$sites"
ensure_free_memory 4 "building and serving $records records"
site=$sites/site-search
pfsite=$sites/site-search-pagefind
[ -d "$tree" ] || { echo "generating $tree" >&2; python3 "$shared/bench/gen-corpus.py" "$tree" --units "$units" --years 5; }

# Bind-test a free loopback port now, so the site is built for the port it will be served on.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# --- our build, clean, BUILDS times, with a timestamp on every progress line (stderr) --------------------------
# The index's share of a build is close to its target and this VM's timings swing by 10% between runs, so the
# build is timed several times and the round with the median share is reported.
rounds=${BUILDS:-3}
log=$out/search-build.log
load_before=$(cut -d' ' -f1-3 /proc/loadavg)  # timings mean little if something else was busy
results=()
for round in $(seq "$rounds"); do
  echo "building $site (base http://127.0.0.1:$port/), round $round of $rounds" >&2
  # The previous round's site and build cache go, so every round builds clean.
  rm -rf "$sites" && mkdir -p "$sites"
  start=$EPOCHREALTIME
  # stderr goes through the pipe to the timestamping loop, stdout (the summary and warnings) to a file.
  "$gongkai" build --content "$tree" --out "$site" --base-url "http://127.0.0.1:$port/" 2>&1 >"$out/search-build.out" \
    | while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "$line"; done > "$log" \
    || { cat "$log" "$out/search-build.out" >&2; exit 1; }
  end=$EPOCHREALTIME
  tail -1 "$out/search-build.out" >&2
  # Phase boundaries: first line, "writing assets…", "writing the search index", "replacing …", process end.
  phases=$(awk -v start="$start" -v end="$end" '
    NR == 1 { first = $1 }
    / writing assets/ { assets = $1 }
    / writing the search index/ { index_ = $1 }
    / replacing / { replace = $1 }
    END {
      if (!assets || !index_ || !replace) { print "missing"; exit }
      printf "%.3f %.3f %.3f %.3f %.3f\n", assets - start, index_ - assets, replace - index_, end - replace, end - start
    }' "$log")
  [ "$phases" != missing ] || { echo "bench: the build log lacks the phase lines it times; see $log" >&2; exit 1; }
  read -r render_phase assets_phase index_phase replace_phase build_total <<< "$phases"
  echo "build ${build_total}s: render ${render_phase}s, assets ${assets_phase}s, search index ${index_phase}s, replace ${replace_phase}s" >&2
  results+=("$phases")
done
# Every round's index share, and the phases of the round with the median share.
index_shares=$(printf '%s\n' "${results[@]}" | awk '{ printf "%s%.4f", (NR > 1 ? ", " : ""), $3 / $5 }')
read -r render_phase assets_phase index_phase replace_phase build_total <<< "$(printf '%s\n' "${results[@]}" \
  | awk '{ printf "%.6f %s\n", $3 / $5, $0 }' | sort -n | awk -v n="$rounds" 'NR == int((n + 1) / 2) { $1 = ""; print }')"

# --- Pagefind extended over a copy of the same HTML -----------------------------------------------------------
venv=$out/.venv-pagefind
pagefind=$venv/lib/python3*/site-packages/pagefind_bin_extended/pagefind_extended
# shellcheck disable=SC2086  # the glob finds the binary the wheel ships
if ! ls $pagefind >/dev/null 2>&1 || [ "$($(ls $pagefind) --version 2>/dev/null)" != "pagefind $pagefind_version" ]; then
  echo "installing pagefind-bin-extended==$pagefind_version into $venv (pip)" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "pagefind-bin-extended==$pagefind_version"
fi
# shellcheck disable=SC2086
pagefind=$(ls $pagefind)
# Hard links: Pagefind only adds pagefind/ and we only add one page, so the built files are shared, not copied.
cp -al "$site" "$pfsite" 2>/dev/null || cp -a "$site" "$pfsite"
echo "running Pagefind $pagefind_version extended over $pfsite ($pagefind_args)" >&2
pf_start=$EPOCHREALTIME
set -f  # pagefind_args is a word list whose globs are Pagefind's, not the shell's
# shellcheck disable=SC2206
pagefind_argv=($pagefind_args)
set +f
"$pagefind" --site "$pfsite" "${pagefind_argv[@]}" > "$out/search-pagefind.log" 2>&1 || { cat "$out/search-pagefind.log" >&2; exit 1; }
pf_end=$EPOCHREALTIME
pf_seconds=$(awk -v a="$pf_start" -v b="$pf_end" 'BEGIN { printf "%.3f", b - a }')
languages=$(python3 -c 'import json, sys; print(",".join(json.load(open(sys.argv[1]))["languages"]))' "$pfsite/pagefind/pagefind-entry.json")
pages=$(sed -n 's/.*Indexed \([0-9]*\) pages.*/\1/p' "$out/search-pagefind.log" | head -1)
echo "Pagefind: ${pf_seconds}s, $pages pages, languages $languages" >&2
case ",$languages," in
  *,zh*) ;;
  *) echo "bench: Pagefind did not index the pages as Chinese (languages: $languages); see $out/search-pagefind.log" >&2; exit 1 ;;
esac

docs=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["docs"])' "$site/search/meta.json")
python3 - "$out/search-timings.json" <<EOF
import json, sys
json.dump({"records": $records, "units": $units, "years": 5, "docs": $docs,
           "render_phase": $render_phase, "assets_phase": $assets_phase, "index_phase": $index_phase,
           "replace_phase": $replace_phase, "build_total": $build_total, "index_shares": [$index_shares],
           "load_before": "$load_before",
           "pagefind_version": "$pagefind_version", "pagefind_seconds": $pf_seconds, "pagefind_pages": ${pages:-0},
           "pagefind_args": """$pagefind_args""", "pagefind_languages": "$languages",
           "chromium": """$(chromium --version 2>/dev/null | head -1)"""}, open(sys.argv[1], "w"))
EOF

# --- bytes per query, in Chromium -------------------------------------------------------------------------------
"$root/.venv/bin/python" "$root/bench/search_bytes.py" --ours "$site" --ours-port "$port" --pagefind "$pfsite" \
  --gen-corpus "$shared/bench/gen-corpus.py" --timings "$out/search-timings.json" \
  --out-md "$out/search-results.md" --out-json "$out/search-results.json" \
  --one "${ONE_WORD:-30}" --two "${TWO_WORD:-30}" --seed "${SEED:-20250}"
