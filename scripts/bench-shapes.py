#!/usr/bin/env python3
"""Times `stele build` on single pages and `stele import` on single raw texts, one shape of content
each, at a size and at four times that size, and prints how much longer the larger one took.

A generated corpus of ordinary articles never holds a paragraph of 5,000 dates or a report broken into
lines of six characters; this script does, so that a scanner whose time grows faster than its input
(issue 13's "linear in one page's size") shows as a growth well above 4x (a quadratic one, 16x).
Start-up (reading the dictionaries) is taken off both times before they are compared; a shape that
costs under a fifth of a second beyond it is too quick to tell.

    scripts/bench-shapes.py STELE [CHARACTERS]     (default 200000)
"""
import os
import random
import subprocess
import sys
import tempfile
import time

HAN = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
       "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应"
       "开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此")


def date(i):
    return f"{1800 + i // 12 % 220}年{i % 12 + 1}月{i % 28 + 1}日"


def words(count, rng):
    return "".join(rng.choice(HAN) for _ in range(count))


# Markdown bodies for one page, each about n characters.
PAGES = {
    "Han characters without punctuation": lambda n, r: words(n, r),
    "one character repeated": lambda n, r: "啊" * n,
    "digits": lambda n, r: "".join(r.choice("0123456789") for _ in range(n)),
    "figures joined by 、": lambda n, r: "、".join(f"{i}万人" for i in range(n // 5)) + "。",
    "the same heading again and again": lambda n, r: "".join(f"## 概述\n\n正文{i}。\n\n" for i in range(n // 12)),
    "a list": lambda n, r: "".join(f"- 第{i}项：张伟在北京市说。\n" for i in range(n // 14)),
    "《 and 》 nested": lambda n, r: "《" * (n // 2) + "》" * (n // 2),
    "dates joined by 、": lambda n, r: "、".join(date(i) for i in range(n // 10)) + "发生了变化。",
    "dates opening the clauses of one sentence": lambda n, r: "，".join(f"{date(i)}张伟来到北京" for i in range(n // 16)) + "。",
    "dates opening the sentences of one paragraph": lambda n, r: "".join(f"{date(i)}，张伟来到北京。" for i in range(n // 16)),
    "sentences with dates, names, figures, quotes": lambda n, r: "".join(
        f"{date(i)}，记者李{HAN[i % 60]}在云溪县看到，当地投入{i}万元修建了{i % 9 + 1}座“{HAN[i % 50]}{HAN[(i * 7) % 50]}桥”，惠及{i * 3}人。"
        for i in range(n // 50)),
    "English words": lambda n, r: " ".join(r.choice(["the", "archive", "report", "river", "2019", "village"]) for _ in range(n // 6)) + ".",
    "links": lambda n, r: " ".join(f"[链接{i}](https://example.org/{i})" for i in range(n // 30)),
    "nested block quotes": lambda n, r: "".join("> " * (i % 30 + 1) + f"引文{i}\n\n" for i in range(n // 40)),
    "titles in 《》 and bureaus": lambda n, r: "".join(f"《{HAN[i % 40]}{HAN[(i * 3) % 40]}条例》和云溪县{HAN[i % 30]}局、" for i in range(n // 14)) + "。",
    "speakers (县长王…说，)": lambda n, r: "".join(f"县长王{HAN[i % 60]}{HAN[(i * 11) % 60]}说，" for i in range(n // 8)) + "好。",
    "short paragraphs": lambda n, r: "".join(f"第{i}段。\n\n" for i in range(n // 5)),
    "unclosed “ and （": lambda n, r: "“" * (n // 3) + "说" * (n // 3) + "（" * (n // 3),
}

# Raw texts for `stele import`, each about n characters.
RAW = {
    "many short articles": lambda n, r: "\n".join(
        line for i in range(n // 100)
        for line in (f"云溪县第{i}号报告", "", f"新华社云溪{i % 12 + 1}月{i % 28 + 1}日电（记者王{HAN[i % 50]}）{words(80, r)}。", "")),
    "narrow columns (six characters a line)": lambda n, r: "长报告\n\n" + "\n".join(words(6, r) for _ in range(n // 7)),
    "page furniture every five lines": lambda n, r: "长报告\n\n" + "\n".join(
        line for p in range(n // 200)
        for line in [words(30, r) for _ in range(5)] + [f"— {p + 1} —", "", "人民日报  2024年3月5日  星期二", ""]),
    "one long line": lambda n, r: "长报告\n\n" + words(n, r) + "。",
    "photo captions": lambda n, r: "长报告\n\n" + "\n".join(
        line for p in range(n // 60) for line in (words(30, r) + "。", f"图为云溪县新建的桥梁。新华社记者 王{HAN[p % 50]} 摄", "")),
    "closing bylines": lambda n, r: "长报告\n\n" + "\n".join(
        line for p in range(n // 40) for line in (words(25, r) + "。", f"（记者 王{HAN[p % 50]}{HAN[(p * 7) % 50]}）")),
    "letter-spaced, no full stop": lambda n, r: "长 报 告\n\n" + "\n".join(" ".join(r.choice(HAN) for _ in range(40)) for _ in range(n // 80)),
    "running headers": lambda n, r: "长报告\n\n" + "\n".join(
        line for _ in range(n // 150) for line in ["人民日报海外版"] + [words(30, r) for _ in range(4)]),
    "web addresses and ASCII punctuation": lambda n, r: "长报告\n\n" + "".join(
        f"详见http://www.example.org/a/{i}?q={i}&x=1, 或者\"引号\"(括号){r.choice(HAN)}" for i in range(n // 60)) + "。",
}


def seconds(command):
    start = time.monotonic()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - start, done.returncode


def page_time(stele, work, body):
    site = os.path.join(work, "site")
    subprocess.run(["rm", "-rf", site])
    os.makedirs(os.path.join(site, "content"))
    with open(os.path.join(site, "stele.yml"), "w", encoding="utf-8") as f:
        f.write("title: Shapes\nbaseURL: https://example.org/\nlanguage: zh\n")
    with open(os.path.join(site, "content", "page.md"), "w", encoding="utf-8") as f:
        f.write(f"---\ntitle: 长页\ndate: 2024-06-01\n---\n\n{body}\n")
    return seconds([stele, "build", site, "--quiet", "--no-cache"])


def raw_time(stele, work, text):
    path = os.path.join(work, "raw.txt")
    subprocess.run(["rm", "-rf", os.path.join(work, "imported")])
    with open(path, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    return seconds([stele, "import", path, "--to", os.path.join(work, "imported"), "--quiet"])


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    stele = os.path.realpath(sys.argv[1])
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    with tempfile.TemporaryDirectory() as work:
        # The fastest of three runs on a one-line input: what every run pays before its content.
        startup = {"build": min(page_time(stele, work, "短。")[0] for _ in range(3)),
                   "import": min(raw_time(stele, work, "题\n\n短。")[0] for _ in range(3))}
        print(f"| shape | command | {size:,} characters | {4 * size:,} | growth (startup {startup['build']:.2f} s / {startup['import']:.2f} s off) |")
        print("| --- | --- | --- | --- | --- |")
        for command, shapes, timed in (("build", PAGES, page_time), ("import", RAW, raw_time)):
            for name, make in shapes.items():
                runs = [timed(stele, work, make(n, random.Random(1))) for n in (size, 4 * size)]
                cells = [f"{elapsed:.2f} s" if status == 0 else f"exit {status}" for elapsed, status in runs]
                small, large = (elapsed - startup[command] for elapsed, _ in runs)
                # Under a fifth of a second beyond the start-up, the ratio is noise.
                growth = f"{large / small:.1f}×" if small >= 0.2 else "– (too quick to tell)"
                flag = "  ← more than its length" if small >= 0.2 and large / small > 6 else ""
                print(f"| {name} | {command} | {cells[0]} | {cells[1]} | {growth}{flag} |", flush=True)

if __name__ == "__main__":
    main()
