#!/usr/bin/env bash
# Stele beside Hugo on the same generated articles (scripts/bench-corpus.py): cold full builds,
# alternating Stele and Hugo, RUNS of each (median shown), wall time, CPU time (user + system) and peak
# memory, with Stele's figure as a ratio of Hugo's. Then warm rebuilds, which read Stele's build cache:
# of the unchanged site (nothing to do), and with one article edited before each. Last, how Stele's cold
# build grows from each size to the next (issue 13: 100,000 articles within 10.5× the 10,000 time). The corpora are kept
# under BENCH_DIR, .build/bench/ unless set (delete them at will); on a disk whose file creation is slow
# after deletions (docs/performance.md), BENCH_DIR=/dev/shm/stele-bench keeps it out of the figures.
#
#   scripts/bench-hugo.sh [STELE] [SIZES] [RUNS]     e.g. scripts/bench-hugo.sh .build/release/stele "1000 10000" 3
set -euo pipefail
stele=$(realpath "${1:-.build/release/stele}")
sizes=${2:-1000 10000}
runs=${3:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
command -v hugo >/dev/null || { echo "hugo is not installed (make bench installs Debian's)"; exit 1; }

# Runs a command once under /usr/bin/time; prints "wall cpu peakKiB".
measure() {
    local log
    log=$(mktemp)
    /usr/bin/time -f "%e %U %S %M" -o "$log" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; cat "$log" >&2; exit 1; }
    awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$log"
    rm -f "$log"
}

# The median of the values on standard input, one per line.
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "–" }'; }

declare -A grown_wall grown_cpu grown_memory
echo "Stele: $("$stele" --version); Hugo: $(hugo version | cut -d' ' -f2); $(nproc) cores"
printf "\n| articles | tool | wall | CPU | peak memory | output |\n| --- | --- | --- | --- | --- | --- |\n"
for size in $sizes; do
    site="$(realpath -m "${BENCH_DIR:-$root/.build/bench}")/$size"
    [ -d "$site/content" ] || python3 "$root/scripts/bench-corpus.py" "$size" "$site"
    : > "$site/stele.times"
    : > "$site/hugo.times"
    for run in $(seq "$runs"); do
        rm -rf "$site/output" "$site/.stele-cache"
        measure "$stele" build "$site" --quiet >> "$site/stele.times"
        rm -rf "$site/hugo-output"
        (cd "$site/hugo" && measure hugo --quiet -d "$site/hugo-output") >> "$site/hugo.times"
    done
    for tool in stele hugo; do
        wall=$(cut -d' ' -f1 "$site/$tool.times" | median)
        cpu=$(cut -d' ' -f2 "$site/$tool.times" | median)
        memory=$(cut -d' ' -f3 "$site/$tool.times" | median)
        eval "${tool}_wall=$wall ${tool}_cpu=$cpu ${tool}_memory=$memory"
        out=$([ "$tool" = stele ] && echo "$site/output" || echo "$site/hugo-output")
        bytes=$(du -sb "$out" | cut -f1)
        eval "${tool}_bytes=$bytes"
        printf "| %s | %s | %s s | %s s | %d MiB | %d MiB |\n" "$size" "$tool" "$wall" "$cpu" $((memory / 1024)) \
            $((bytes / 1048576))
    done
    grown_wall[$size]=$stele_wall grown_cpu[$size]=$stele_cpu grown_memory[$size]=$stele_memory
    printf "| %s | Stele ÷ Hugo | %s | %s | %s | %s |\n" "$size" "$(ratio "$stele_wall" "$hugo_wall")" \
        "$(ratio "$stele_cpu" "$hugo_cpu")" "$(ratio "$stele_memory" "$hugo_memory")" \
        "$(ratio "$stele_bytes" "$hugo_bytes")"
    if [ -d "$site/.stele-cache" ]; then
        : > "$site/warm.times"
        for run in $(seq "$runs"); do measure "$stele" build "$site" --quiet >> "$site/warm.times"; done
        warm=$(cut -d' ' -f1 "$site/warm.times" | median)
        printf "| %s | Stele, warm cache | %s s (%s of cold) | | | |\n" "$size" "$warm" "$(ratio "$warm" "$stele_wall")"
        # One article edited before each build: the others' analyses come from the cache.
        article=$(find "$site/content" -name '*.md' | sort | sed -n 1p)
        cp "$article" "$site/edited.bak"
        : > "$site/edited.times"
        for run in $(seq "$runs"); do
            printf '\n编辑补记第%s次。\n' "$run" >> "$article"
            measure "$stele" build "$site" --quiet >> "$site/edited.times"
        done
        mv "$site/edited.bak" "$article"
        edited=$(cut -d' ' -f1 "$site/edited.times" | median)
        printf "| %s | Stele, one article edited | %s s (%s of cold) | | | |\n" "$size" "$edited" \
            "$(ratio "$edited" "$stele_wall")"
    fi
done

# Each size against the one before it: how much longer the cold build took for how many more articles.
read -r -a measured <<< "$sizes"
if [ "${#measured[@]}" -gt 1 ]; then
    printf "\n| Stele, cold | articles | wall | CPU | peak memory |\n| --- | --- | --- | --- | --- |\n"
    for ((i = 1; i < ${#measured[@]}; i++)); do
        from=${measured[i - 1]} to=${measured[i]}
        printf "| %s → %s | %s | %s | %s | %s |\n" "$from" "$to" "$(ratio "$to" "$from")" \
            "$(ratio "${grown_wall[$to]}" "${grown_wall[$from]}")" "$(ratio "${grown_cpu[$to]}" "${grown_cpu[$from]}")" \
            "$(ratio "${grown_memory[$to]}" "${grown_memory[$from]}")"
    done
fi
