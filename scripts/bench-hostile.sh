#!/usr/bin/env bash
# Times stele on the inputs that once hung it (issues 14 and 13), each about 1 MB or more, so that a
# scanner that turns quadratic again shows here as seconds instead of milliseconds. Prints one row per input:
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
def site(name, body, front="title: T", config=None):
    os.makedirs(f"{work}/{name}/content", exist_ok=True)
    if config:
        with open(f"{work}/{name}/stele.yml", "w", encoding="utf-8") as f:
            f.write(config)
    with open(f"{work}/{name}/content/a.md", "w", encoding="utf-8") as f:
        f.write(f"---\n{front}\n---\n{body}\n")
spaces = "2019" + " " * 1_048_576 + "年7月"
site("spaces", spaces)
site("nbsp", "7月" + "\u00a0\u3000\t" * 350_000 + "5日")
site("doubled", "标" * 1_048_576)
bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{i}: &a{i} [*a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}]\n" for i in range(1, 10))
site("alias-bomb", "text", front="title: T\n" + bomb.strip())
# A chronology run together into one paragraph: dates in one list, opening the clauses of one
# sentence, opening the sentences of one paragraph (each date once searched the whole paragraph).
chinese = "title: T\nlanguage: zh\n"
dates = [f"{1800 + i // 12 % 220}年{i % 12 + 1}月{i % 28 + 1}日" for i in range(80_000)]
site("date-list", "、".join(dates) + "，馆里整理旧档。", front="title: T\ndate: 2024-06-01", config=chinese)
site("date-clauses", "，".join(f"{d}张伟来到北京" for d in dates[:60_000]) + "。", front="title: T\ndate: 2024-06-01", config=chinese)
site("date-sentences", "".join(f"{d}，张伟来到北京。" for d in dates[:60_000]), front="title: T\ndate: 2024-06-01", config=chinese)
# A report out of a PDF in narrow columns (a line of six characters) and letter-spaced (a space
# between every character, no full stop): each line once looked back over every line before it.
import random
random.seed(1)
han = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
with open(f"{work}/columns.txt", "w", encoding="utf-8") as f:
    f.write("长报告\n\n" + "\n".join("".join(random.choice(han) for _ in range(6)) for _ in range(150_000)) + "\n")
with open(f"{work}/spaced.txt", "w", encoding="utf-8") as f:
    f.write("长 报 告\n\n" + "\n".join(" ".join(random.choice(han) for _ in range(40)) for _ in range(12_000)) + "\n")
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
for name in spaces nbsp doubled alias-bomb date-list date-clauses date-sentences; do
    run "$name" "$stele" build "$work/$name" --quiet
done
for name in doubled spaces columns spaced; do
    (cd "$work" && run "$name.txt" "$stele" import "$name.txt" --to "imported-$name" --quiet)
done
