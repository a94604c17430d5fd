# Stele — build the example site, run the tests.
#
#   make site    build this repository's site into output/
#   make test    run every test
#
# Both install the Debian packages Stele needs when they are missing.

SWIFT ?= swift
STELE := .build/debug/stele
# apt-get needs root; use sudo when we are not.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends

.PHONY: site test deps build leakcheck clean

## Debian packages: libcmark-dev (Markdown), libicu-dev (encodings, transliteration, word breaks).
deps:
	@if ! pkg-config --exists libcmark || ! pkg-config --exists icu-uc; then \
		echo "Installing libcmark-dev and libicu-dev with apt-get…"; \
		$(SUDO) apt-get update -q && $(APT_INSTALL) libcmark-dev libicu-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build --product stele

site: build
	$(STELE) build .

test: deps
	$(SWIFT) test

## Build with AddressSanitizer and build the example site: fails on any leak (libcmark's included).
leakcheck: deps
	$(SWIFT) build --product stele --sanitize=address --scratch-path .build-asan
	rm -rf .build-asan/site-output
	ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/.lsan-suppressions \
		.build-asan/debug/stele build . --output .build-asan/site-output

clean:
	rm -rf .build
