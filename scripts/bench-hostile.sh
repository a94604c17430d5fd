#!/usr/bin/env bash
# Times stele on the inputs that once hung it (issue 14), each about 1 MB or more, so that a scanner
# that turns quadratic again shows here as seconds instead of milliseconds. Prints one row per input:
# what, command, exit status, wall seconds, peak memory.
#
#   scripts/bench-hostile.sh STELE
set -euo pipefail
stele=$(realpath "${1:?usage: bench-hostile.sh STELE}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
def site(name, body, front="title: T"):
    os.makedirs(f"{work}/{name}/content", exist_ok=True)
    with open(f"{work}/{name}/content/a.md", "w", encoding="utf-8") as f:
        f.write(f"---\n{front}\n---\n{body}\n")
spaces = "2019" + " " * 1_048_576 + "年7月"
site("spaces", spaces)
site("nbsp", "7月" + "\u00a0\u3000\t" * 350_000 + "5日")
site("doubled", "标" * 1_048_576)
bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{i}: &a{i} [*a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}]\n" for i in range(1, 10))
site("alias-bomb", "text", front="title: T\n" + bomb.strip())
with open(f"{work}/doubled.txt", "w", encoding="utf-8") as f:
    f.write("标题\n\n" + "标" * 1_048_576 + "\n")
with open(f"{work}/spaces.txt", "w", encoding="utf-8") as f:
    f.write("标题\n\n2019" + " " * 1_048_576 + "年7月5日，开会。\n")
PY

printf '%-12s %-8s %6s %9s %10s\n' input command exit seconds "peak KB"
run() {
    local name=$1; shift
    local status=0
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1 || status=$?
    read -r seconds peak < <(tail -1 "$work/time") || true
    printf '%-12s %-8s %6s %9s %10s\n' "$name" "$2" "$status" "$seconds" "$peak"
}
for name in spaces nbsp doubled alias-bomb; do
    run "$name" "$stele" build "$work/$name" --quiet
done
for name in doubled spaces; do
    (cd "$work" && run "$name.txt" "$stele" import "$name.txt" --to "imported-$name" --quiet)
done
