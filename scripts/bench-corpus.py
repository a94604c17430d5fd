#!/usr/bin/env python3
"""Writes a deterministic corpus of generated Chinese news articles for `make bench`.

    scripts/bench-corpus.py COUNT FOLDER

FOLDER gets `content/` (COUNT Markdown files with YAML frontmatter that both Stele and Hugo read),
`stele.yml`, and a Hugo site beside it in `hugo/` (config naming the same `content/` folder, and minimal
templates), so both tools build the same articles. Each article has 12 paragraphs under 4
headings, about 4.4 KB, with dates, figures, names and places for Stele's analysis to find: the same
shape as issue 13's measurement. The same COUNT always gives the same bytes (a fixed seed), so runs and
machines compare.

The sentences are written for this script; none is copied from a real report.
"""
import os
import random
import sys

PLACES = ["青石镇", "柳河县", "东湖区", "南岭村", "白沙乡", "云溪市", "北港区", "金川县", "松林村", "海阳市"]
PEOPLE = ["李明远", "王秀英", "张建国", "刘晓梅", "陈志强", "杨丽华", "赵文斌", "黄海燕", "周国平", "吴春兰"]
ORGS = ["云溪市农业农村局", "柳河县人民医院", "东湖区教育局", "金川县供销合作社", "海阳市港务集团有限公司"]
TOPICS = ["乡村振兴", "基层医疗", "港口物流", "职业教育", "生态保护", "文化旅游", "数字经济", "防汛救灾"]
UNITS = [("万吨", 1), ("亩", 0), ("万元", 1), ("人次", 0), ("公里", 1), ("%", 1), ("个村", 0), ("家企业", 0)]
VERBS = ["建成", "完成", "启动", "投入使用", "通过验收", "开工建设", "正式运行", "举行揭牌仪式"]
SENTENCES = [
    "{date}，{place}{verb}了第一批{topic}示范项目，累计投入资金{num}。",
    "据{org}介绍，{year}年全{short}{topic}相关产值达到{num}，比上年增长{pct}。",
    "“我们把群众的事当成自己的事。”{person}说，今年以来{place}共接待来访群众{num}。",
    "{person}告诉记者，{date}以后，{place}的{topic}工作进入了新的阶段，参与人数超过{num}。",
    "截至{date}，{org}已在{place}布设服务站点{num}，覆盖周边{num2}。",
    "在{place}，记者看到新修的道路两旁种满了树木，{topic}的变化一目了然。",
    "{year}年以来，{place}先后{verb}{num2}，带动当地群众增收{num}。",
    "下一步，{org}将继续推进{topic}，力争到{future}年底实现全覆盖。",
]
HEADINGS = ["一、{topic}见成效", "二、群众得实惠", "三、{place}的新变化", "四、下一步怎么走"]


def number(rng):
    unit, decimals = rng.choice(UNITS)
    value = rng.uniform(1, 999)
    text = f"{value:.{decimals}f}" if decimals else str(int(value))
    return text + unit


def date(rng):
    return f"{rng.randint(2008, 2024)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def sentence(rng):
    place = rng.choice(PLACES)
    return rng.choice(SENTENCES).format(
        date=date(rng), place=place, short=place[-1], verb=rng.choice(VERBS), topic=rng.choice(TOPICS),
        num=number(rng), num2=number(rng), pct=f"{rng.uniform(0.5, 30):.1f}%", org=rng.choice(ORGS),
        person=rng.choice(PEOPLE), year=rng.randint(2008, 2024), future=rng.randint(2025, 2030))


def article(rng, index):
    topic = rng.choice(TOPICS)
    place = rng.choice(PLACES)
    year, month, day = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    lines = [
        "---",
        f"title: {place}{topic}调查（第{index}篇）",
        f"date: {year}-{month:02d}-{day:02d}",
        f"slug: article-{index}",
        f"authors: [{rng.choice(PEOPLE)}]",
        f"tags: [{topic}, {rng.choice(TOPICS)}]",
        "---",
        "",
    ]
    for heading in HEADINGS:
        lines += [f"## {heading.format(topic=topic, place=place)}", ""]
        for _ in range(3):
            lines += ["".join(sentence(rng) for _ in range(2)), ""]
    return "\n".join(lines)


HUGO_CONFIG = """contentDir = "../content"
baseURL = "https://example.org/"
languageCode = "zh-cn"
title = "Bench"
hasCJKLanguage = true
[taxonomies]
  tag = "tags"
  author = "authors"
"""

# Minimal templates doing what Stele's pages do at the least: an article page, paged lists, terms, RSS.
HUGO_LAYOUTS = {
    "_default/baseof.html": "<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title>"
                            "</head><body>{{ block \"main\" . }}{{ end }}</body></html>\n",
    "_default/single.html": "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format \"2006-01-02\" }}"
                            "</time>{{ .Content }}</article>{{ end }}\n",
    "_default/list.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href=\""
                          "{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Summary | plainify | truncate 120 }}</li>{{ end }}</ul>"
                          "{{ template \"_internal/pagination.html\" . }}{{ end }}\n",
    "_default/terms.html": "{{ define \"main\" }}<ul>{{ range .Data.Terms.ByCount }}<li><a href=\"{{ .Page.RelPermalink }}\">"
                           "{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}\n",
    "index.html": "{{ define \"main\" }}<ul>{{ range (.Paginate .Site.RegularPages).Pages }}<li><a href=\""
                  "{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Summary | plainify | truncate 120 }}</li>{{ end }}</ul>"
                  "{{ template \"_internal/pagination.html\" . }}{{ end }}\n",
}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    count, folder = int(sys.argv[1]), sys.argv[2]
    content = os.path.join(folder, "content")
    os.makedirs(content, exist_ok=True)
    rng = random.Random(13)
    for index in range(1, count + 1):
        with open(os.path.join(content, f"article-{index}.md"), "w", encoding="utf-8") as file:
            file.write(article(rng, index))
    with open(os.path.join(folder, "stele.yml"), "w", encoding="utf-8") as file:
        file.write("title: Bench\nlanguage: zh-CN\nbaseURL: https://example.org/\n")
    hugo = os.path.join(folder, "hugo")
    for path, text in HUGO_LAYOUTS.items():
        os.makedirs(os.path.dirname(os.path.join(hugo, "layouts", path)), exist_ok=True)
        with open(os.path.join(hugo, "layouts", path), "w", encoding="utf-8") as file:
            file.write(text)
    with open(os.path.join(hugo, "config.toml"), "w", encoding="utf-8") as file:
        file.write(HUGO_CONFIG)


if __name__ == "__main__":
    main()
