#!/usr/bin/env bash
# Build benchmark: time and peak memory of `stele build` on a large site made from this repository's
# articles (each copied COPIES times under its own slug), with a release build of stele.
#
#   scripts/bench-build.sh [STELE] [COPIES]     (make bench runs it)
set -euo pipefail
stele=${1:-.build/release/stele}
copies=${2:-250}
root=$(cd "$(dirname "$0")/.." && pwd)
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT

cp "$root/stele.yml" "$site/"
[ -f "$root/words.txt" ] && cp "$root/words.txt" "$site/"
mkdir -p "$site/content"
for file in "$root"/content/*.md; do
    name=$(basename "$file" .md)
    for i in $(seq "$copies"); do
        sed -e "s/^slug: .*/slug: $name-$i/" -e "s/^title: \(.*\)/title: \1 ($i)/" "$file" > "$site/content/$name-$i.md"
    done
done
pages=$(ls "$site/content" | wc -l)
bytes=$(cat "$site"/content/*.md | wc -c)
echo "Site: $pages articles, $((bytes / 1024)) KiB of Markdown; $(nproc) cores"

for run in 1 2 3; do
    rm -rf "$site/output"
    /usr/bin/time -f "run $run: %e s wall, %U s user, %M KiB peak memory" "$stele" build "$site" >/dev/null
done
