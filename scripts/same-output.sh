#!/usr/bin/env bash
# Shows that a change leaves the built site byte for byte as it was: builds stele at REV (default
# HEAD) in a temporary worktree and at the working tree, builds SITE (default: this repository's
# example site) with both, under the same SOURCE_DATE_EPOCH and base URLs, and compares every file.
#
#   scripts/same-output.sh [REV] [SITE…]
#
# Exit 0 when every output is identical; otherwise the differing files are listed and it exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD}
shift || true
sites=("$@")
[ ${#sites[@]} -gt 0 ] || sites=(.)

work=$(mktemp -d)
trap 'git worktree remove --force "$work/old" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add --detach "$work/old" "$rev" >/dev/null
echo "Building stele at $rev…"
(cd "$work/old" && swift build --product stele >/dev/null)
echo "Building stele in the working tree…"
swift build --product stele >/dev/null

export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1700000000}
status=0
for site in "${sites[@]}"; do
    for base in "" "https://example.org/docs/"; do
        name="$(basename "$(cd "$site" && pwd)")${base:+ under $base}"
        args=(--output "$work/out"); [ -n "$base" ] && args+=(--base-url "$base")
        rm -rf "$work/out" "$work/old-out"
        "$work/old/.build/debug/stele" build "$site" --output "$work/old-out" ${base:+--base-url "$base"} >/dev/null
        .build/debug/stele build "$site" "${args[@]}" >/dev/null
        if diff -r "$work/old-out" "$work/out" >/dev/null; then
            echo "same: $name ($(find "$work/out" -type f | wc -l) files)"
        else
            echo "DIFFERENT: $name"; diff -rq "$work/old-out" "$work/out" || true
            status=1
        fi
    done
done
exit $status
