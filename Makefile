# Thin wrappers over swift and blog. `make build` and `make test` install the
# system libraries they need first (Debian packages, through sudo when not root).

SWIFT ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BLOG := .build/release/blog

BENCH_CORPUS := .build/bench-corpus

.PHONY: build test deps release clean bench-math

## build: install what is missing, compile in release mode, build the example blog into public/
build: release
	$(BLOG) build

## test: install what is missing and run every test
test: deps
	$(SWIFT) test

release: deps
	$(SWIFT) build -c release --product blog

## deps: the Debian packages of libcmark-gfm, if missing
deps:
	@if [ "$$(dpkg-query -W -f='$${Status}\n' $(APT_PACKAGES) 2>/dev/null | grep -c 'install ok installed')" != 2 ]; then \
		$(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q $(APT_PACKAGES); \
	fi

## bench-math: the math scanner on pathological input, and its share of a build of the benchmark corpus
bench-math: deps
	$(SWIFT) build -c release --product blog-bench
	[ -d $(BENCH_CORPUS)/Content ] || python3 ../shared/bench/gen_corpus.py $(BENCH_CORPUS) --posts 2000
	.build/release/blog-bench scanner
	.build/release/blog-bench math-cost $(BENCH_CORPUS)

clean:
	$(SWIFT) package clean
	rm -rf public .build
