#!/usr/bin/env bash
# What a reader's browser fetches from a built site: for each query, the bytes a search transfers
# (search.js, the manifest, the term shards the query needs and the fragments of the first results,
# chosen exactly as static/search.js chooses them), then the largest HTML page of each kind and the
# size of the whole output.
#
#   scripts/bench-search.sh OUTPUT [QUERY…]     (default queries: 党 医 党建 基层党建 "党建 医生")
set -euo pipefail
output=${1:?usage: scripts/bench-search.sh OUTPUT [QUERY…]}
shift
[ $# -gt 0 ] || set -- 党 医 党建 基层党建 "党建 医生"
[ -f "$output/search/index.json" ] || { echo "no search/index.json in $output" >&2; exit 1; }

python3 - "$output" "$@" <<'PY'
import json, os, re, sys

output, queries = sys.argv[1], sys.argv[2:]
HAN = re.compile("[\u3007\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\U00020000-\U000323AF]")

def size(path):
    return os.path.getsize(os.path.join(output, path))

def words(query):
    """SearchTerms.words(in:): Han runs as their pairs (a lone character as itself), other words lower-cased."""
    found, han, word = [], [], ""
    def add(text, terms):
        if all(w[0] != text for w in found):
            found.append((text, terms))
    for c in query + " ":
        if HAN.match(c):
            if word: add(word.lower(), [word.lower()]); word = ""
            han.append(c)
            continue
        if han:
            add("".join(han), [han[0]] if len(han) == 1 else list(dict.fromkeys(a + b for a, b in zip(han, han[1:]))))
            han = []
        if c.isalnum():
            word += c
        elif word:
            add(word.lower(), [word.lower()]); word = ""
    return found

def fnv1a(text):
    h = 0x811C9DC5
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 16777619) & 0xFFFFFFFF
    return h

manifest = json.load(open(os.path.join(output, "search/index.json"), encoding="utf-8"))
script = size("static/search.js")
print(f"search index: {manifest['docs']} documents, {manifest['shards']} shards")
for query in queries:
    fetched = {"search/index.json"}
    scores = {}
    for text, terms in words(query):
        weights = None
        for term in terms:
            path = "search/" + manifest["terms"] + f"{fnv1a(term) % manifest['shards']}.json"
            fetched.add(path)
            numbers = json.load(open(os.path.join(output, path), encoding="utf-8")).get(term, [])
            found, doc = {}, 0
            for i in range(0, len(numbers), 2):
                doc += numbers[i]
                found[doc] = numbers[i + 1]
            weights = found if weights is None else {d: min(w, found[d]) for d, w in weights.items() if d in found}
        for doc, weight in (weights or {}).items():
            matched, total = scores.get(doc, (0, 0))
            scores[doc] = (matched + 1, total + weight)
    ranked = sorted(scores, key=lambda d: (-scores[d][0], -scores[d][1], d))
    shards = len(fetched) - 1
    for doc in ranked[:manifest["shown"]]:
        fetched.add("search/" + manifest["fragments"] + f"{doc}.json")
    total = script + sum(size(p) for p in fetched)
    print(f"search {query!r}: {len(ranked)} results; {total} B in all = script {script} B"
          f" + {len(fetched)} files ({shards} shards, {len(fetched) - 1 - shards} fragments)")

kinds = {}
total = 0
for folder, _, names in os.walk(output):
    for name in names:
        path = os.path.relpath(os.path.join(folder, name), output)
        total += size(path)
        if not name.endswith(".html"):
            continue
        top = path.split("/")[0]
        kind = {"index.html": "index", "page": "index", "404.html": "not-found", "articles": "article", "tags": "tag",
                "timeline": "timeline", "stats": "statistics", "search": "search"}.get(top, top)
        if size(path) > kinds.get(kind, (0, ""))[0]:
            kinds[kind] = (size(path), path)
for kind, (bytes, path) in sorted(kinds.items()):
    print(f"largest {kind} page: {bytes} B ({path})")
print(f"output: {total} B in all")
PY
