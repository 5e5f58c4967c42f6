#!/usr/bin/env python3
"""Compare our search index with Pagefind's on the same benchmark corpus.

Usage: compare_pagefind.py BLOG CORPUS WORKDIR [--runs N] [--sample N] [--skip-timing]

e.g. compare_pagefind.py .build/release/blog .build/bench-corpus /tmp/pagefind-bench
(about 6 minutes on 2 cores; the venv is made once and kept).

Everything is written under WORKDIR: a venv with Pagefind's extended build
(from PyPI, the one that segments Chinese), two copies of the corpus (search
on, and search off in blog.yml), the built site (WORKDIR/out-on) and the
Pagefind bundles written into it. The original corpus is only read.

Measures
1. index size on disk (raw, and gzip -6 for our JSON: Pagefind's files are
   gzip already), as a share of the site's HTML;
2. time to index: our build with search on against off (alternating, the
   build's .blog-cache dropped before each, output kept as compare_hugo.py
   does), and Pagefind over the built site, CPU and wall from the child's
   own rusage;
3. recall and precision on Chinese, Latin and mixed queries against the
   posts' text (title + .post-content, formulas as their TeX), ours by a
   Python mirror of Templates/assets/search.js over the index files,
   Pagefind's by its own JS API in headless Chromium;
4. time to results and bytes fetched for one query in Chromium, from a
   static server that counts what it serves.

Pagefind runs twice: with its defaults (every page, the whole <body>:
header, sidebar with the recent posts' titles, related posts), and "posts":
only the posts' pages (a glob made from our index's URLs), rooted at
article.post less its date line, table of contents, tags and citation -
about what our index holds (title, headings, text, formulas' TeX).
"""
import argparse, gzip, html, http.server, json, math, os, re, shutil, subprocess, sys, threading, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "BrowserChecks"))
from browsers import Chromium, wait_until  # noqa: E402
from timing import drop_cache, run, summary  # noqa: E402

PAGEFIND_SPEC = "pagefind[extended]>=1.5,<1.6"

# (query, why it is there). Ground truth is substring, so the Latin infix
# ("pointer" in GlobalPointer) would be a miss for a plain word index.
QUERIES = [
    ("自编码器", "inside 变分自编码器"),
    ("变分自编码器", "the whole word"),
    ("编码器", "inside 自编码器"),
    ("码器", "inside 编码器"),
    ("编码", "in 编码向量 and 自编码器"),
    ("初始化", "3 chars"),
    ("正交矩阵", "4 chars"),
    ("命名实体识别", "6 chars"),
    ("实体", "inside 命名实体识别"),
    ("微分", "inside 常微分方程"),
    ("散度", "2 chars"),
    ("文章", "inside 这篇文章"),
    ("两个", "两个单位向量"),
    ("自适应学习率", "title only"),
    ("零", "1 char, also a word"),
    ("型", "1 char, only inside 模型"),
    ("证", "1 char, only inside 验证集"),
    ("一个单位", "its pairs occur apart"),
    ("梯度 收敛", "two Chinese words"),
    ("Transformer 模型", "Latin + Chinese"),
    ("VAE 散度", "Latin + Chinese"),
    ("GLOBALPOINTER", "case"),
    ("globalpointer", "case"),
    ("pointer", "Latin infix"),
    ("Lipschitz", "Latin, titles"),
]

# Timed in the browser, in this order in one tab: the first pays for loading.
TIMED = ["自编码器", "初始化", "Transformer 模型", "梯度 收敛"]

STARTED = time.perf_counter()


def step(what):
    """Progress, on stderr, so the table on stdout stays clean."""
    print(f"[{time.perf_counter() - STARTED:6.1f} s] {what}", file=sys.stderr, flush=True)


# --- setting up ---------------------------------------------------------------

def pagefind_binary(work):
    """Pagefind's extended binary from a venv in `work`, installed if missing."""
    venv = os.path.join(work, "venv")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    where = [python, "-c", "import os, pagefind_bin_extended as p; print(os.path.dirname(p.__file__))"]
    found = subprocess.run(where, capture_output=True, text=True)
    if found.returncode != 0:
        subprocess.run([python, "-m", "pip", "install", "-q", PAGEFIND_SPEC], check=True)
        found = subprocess.run(where, capture_output=True, text=True, check=True)
    binary = os.path.join(found.stdout.strip(), "pagefind_extended")
    version = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True).stdout.strip()
    return binary, version


def copy_corpus(corpus, target, search):
    shutil.rmtree(target, ignore_errors=True)
    os.makedirs(target)
    shutil.copytree(os.path.join(corpus, "Content"), os.path.join(target, "Content"))
    settings = ""
    if os.path.exists(os.path.join(corpus, "blog.yml")):
        with open(os.path.join(corpus, "blog.yml"), encoding="utf-8") as f:
            settings = "".join(line for line in f if not line.startswith("search:"))
    with open(os.path.join(target, "blog.yml"), "w", encoding="utf-8") as f:
        f.write(settings + ("" if search else "\nsearch: false\n"))


# Pagefind's two configurations: (output subdir, extra arguments).
PAGEFIND_RUNS = {
    "default": ("pagefind", []),
    "posts": ("pagefind-posts", ["--root-selector", "article.post"] +
              [arg for s in (".post-meta", ".toc", ".post-tags", ".citation", ".heading-anchor", ".copy-button")
               for arg in ("--exclude-selectors", s)]),
}


def posts_glob(site):
    """A glob for the pages our index holds: archives/*/index.html for
    /archives/{id}/ permalinks; every page if their URLs share no pattern."""
    with open(os.path.join(site, "search-index", "meta.json"), encoding="utf-8") as f:
        urls = [doc[0] for doc in json.load(f)["docs"]]
    patterns = {re.sub(r"[^/]+/$", "*/", url).strip("/") + "/index.html" for url in urls}
    return patterns.pop() if len(patterns) == 1 else "**/*.{html}"


def pagefind_cmd(binary, site, name):
    subdir, extra = PAGEFIND_RUNS[name]
    if name == "posts":
        extra = ["--glob", posts_glob(site)] + extra
    return [binary, "--site", site, "--output-subdir", subdir, "--quiet"] + extra


# --- sizes ----------------------------------------------------------------------

def files_under(folder, suffix=None):
    for path, _, files in os.walk(folder):
        for f in files:
            if suffix is None or f.endswith(suffix):
                yield os.path.join(path, f)


def gzip_size(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] == b"\x1f\x8b":  # Pagefind's files come compressed
        return len(data)
    return len(gzip.compress(data, 6))


def size(folder, suffix=None, gz=False):
    return sum(gzip_size(p) if gz else os.path.getsize(p) for p in files_under(folder, suffix))


# --- ground truth ------------------------------------------------------------------

MATH = re.compile(r"<math\b.*?</math>", re.S)
TEX = re.compile(r'<annotation encoding="application/x-tex">(.*?)</annotation>', re.S)
DROPPED = re.compile(r'<a class="heading-anchor"[^>]*>.*?</a>|<sup class="footnote-ref">.*?</sup>|'
                     r'<button class="copy-button"[^>]*>.*?</button>|<(script|style)\b.*?</\1>', re.S)
TAG = re.compile(r"<[^>]*>")


def content_text(page):
    """The text of a page's .post-content as search.js's pageText takes it:
    each <math> as its TeX, heading anchors and footnote marks left out."""
    start = page.find('<div class="post-content">')
    if start < 0:
        return ""
    # What follows the content in post.mustache: tags, citation, the article's end.
    end = min(i for i in (page.find('<p class="post-tags"', start), page.find('<section class="citation"', start),
                          page.find("</article>", start), len(page)) if i >= 0)
    part = MATH.sub(lambda m: " $%s$ " % "".join(TEX.findall(m.group())), page[start:end])
    part = TAG.sub("", DROPPED.sub("", part))
    return re.sub(r"\s+", " ", html.unescape(part)).strip()


def post_texts(site, docs):
    """url -> title + post text, lowercased, for every entry of our index."""
    texts = {}
    for url, title, _ in docs:
        with open(os.path.join(site, url.strip("/"), "index.html"), encoding="utf-8") as f:
            texts[url] = (title + "\n" + content_text(f.read())).lower()
    return texts


def ground_truth(texts, query):
    words = query.lower().split()
    return {url for url, text in texts.items() if all(w in text for w in words)}


# --- our index, as search.js reads it ----------------------------------------------

def fold(ch):
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:
        ch = chr(code - 0xFEE0)
    lower = ch.lower()
    return lower if len(lower) == 1 else ch


def is_character(code):
    return (0x2E80 <= code <= 0x2FDF or 0x3040 <= code <= 0x30FF or 0x3100 <= code <= 0x312F or
            0x31A0 <= code <= 0x31BF or 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or
            0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3FFFF)


def is_word_part(ch):
    # JS /[\p{L}\p{N}]/u: Unicode letters and numbers.
    import unicodedata
    return unicodedata.category(ch)[0] in "LN"


def runs_of(query):
    result, current = [], None
    for original in query:
        ch = fold(original)
        kind = "characters" if is_character(ord(ch)) else "word" if is_word_part(ch) else None
        if current and current[0] == kind:
            current[1] += ch
        else:
            current = [kind, ch] if kind else None
            if current:
                result.append(current)
    return [r for r in result if r[0] != "word" or len(r[1]) <= 40]


def terms_of(query):
    seen, result = set(), []
    for kind, text in runs_of(query):
        found = [text] if kind == "word" or len(text) == 1 else [text[i] + text[i + 1] for i in range(len(text) - 1)]
        for term in found:
            if term not in seen:
                seen.add(term)
                result.append(term)
    return result


def shard_of(term, count):
    h = 0x811C9DC5
    for ch in term:
        h = ((h ^ ord(ch)) * 0x01000193) & 0xFFFFFFFF
    return h % count


class OurIndex:
    def __init__(self, folder):
        self.folder = folder
        with open(os.path.join(folder, "meta.json"), encoding="utf-8") as f:
            self.meta = json.load(f)
        self.shards = {}

    def postings(self, term):
        number = shard_of(term, self.meta["shards"])
        if number not in self.shards:
            with open(os.path.join(self.folder, "terms", f"{number}.json"), encoding="utf-8") as f:
                self.shards[number] = json.load(f)
        flat = self.shards[number].get(term, [])
        docs, doc = {}, 0
        for i in range(0, len(flat), 2):
            doc += flat[i]
            docs[doc] = flat[i + 1]
        return docs

    def find(self, query):
        """The urls search.js finds for `query`, best first, and the files it loads."""
        wanted = terms_of(query)
        if not wanted:
            return [], []
        lists = sorted((self.postings(t) for t in wanted), key=len)
        total = len(self.meta["docs"])
        found = []
        for doc in lists[0]:
            if all(doc in l for l in lists):
                score = sum(((20 if l[doc] & 8 else 0) + (6 if l[doc] & 4 else 0) + (l[doc] & 3)) *
                            math.log(1 + total / len(l)) for l in lists)
                found.append((-score, doc))
        found.sort()
        files = ["meta.json"] + sorted({f"terms/{shard_of(t, self.meta['shards'])}.json" for t in wanted})
        return [self.meta["docs"][doc][0] for _, doc in found], files


# --- a static server that counts what it serves -------------------------------------

class Counted(http.server.SimpleHTTPRequestHandler):
    log = []  # (path, bytes), appended as served

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def copyfile(self, source, outputfile):
        data = source.read()
        outputfile.write(data)
        Counted.log.append((self.path.split("?")[0], len(data)))

    def log_message(self, *args):
        pass


def serve(folder):
    handler = lambda *a, **k: Counted(*a, directory=folder, **k)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


# --- Pagefind in Chromium -------------------------------------------------------------

def fragment_urls(bundle):
    """Pagefind's result id -> page url, read from its fragment files (gzip,
    "pagefind_dcd" then JSON), so recall needs no fragment fetched."""
    urls = {}
    for path in files_under(os.path.join(bundle, "fragment")):
        with open(path, "rb") as f:
            data = gzip.decompress(f.read())
        urls[os.path.basename(path).split(".")[0]] = json.loads(data[len(b"pagefind_dcd"):])["url"]
    return urls


def pagefind_ids(tab, bundle, query):
    script = """(async () => {
      window.pf = window.pf || await import('/%s/pagefind.js');
      const r = await pf.search(%s);
      return r.results.map(x => x.id);
    })()""" % (bundle, json.dumps(query))
    return tab.eval_async(script)


def sample_substrings(texts, count, seed=7180):
    """`count` Chinese strings of 1 to 4 characters, drawn from the posts'
    Chinese runs: what a reader might type, whatever a segmenter thinks."""
    import random
    runs = set()
    for text in texts.values():
        runs.update(re.findall(r"[\u4e00-\u9fff]+", text))
    found = set()
    for run in runs:
        for n in range(1, 5):
            found.update(run[i:i + n] for i in range(len(run) - n + 1))
    found = sorted(found)
    random.Random(seed).shuffle(found)
    return sorted(found[:count], key=lambda q: (len(q), q))


def pagefind_timed(tab, bundle, query, shown=20):
    """ms to search() resolving, then to the data (title, excerpt) of the first `shown`."""
    script = """(async () => {
      const t0 = performance.now();
      window.pf = window.pf || await import('/%s/pagefind.js');
      const r = await pf.search(%s);
      const t1 = performance.now();
      await Promise.all(r.results.slice(0, %d).map(x => x.data()));
      return [r.results.length, t1 - t0, performance.now() - t0];
    })()""" % (bundle, json.dumps(query), shown)
    return tab.eval_async(script)


OURS_TIMED = """(() => {
  const list = document.querySelector('.search-results');
  const input = document.querySelector('.search-input');
  window.__t = {start: 0, shown: 0, snippets: 0};
  const seen = new MutationObserver(() => {
    if (list.children.length && !window.__t.shown) window.__t.shown = performance.now();
    const s = [...list.querySelectorAll('.search-result-snippet')];
    if (s.length && s.every(p => p.textContent) && !window.__t.snippets) window.__t.snippets = performance.now();
  });
  seen.observe(list, {childList: true, subtree: true, characterData: true});
  input.value = %s;
  window.__t.start = performance.now();
  input.dispatchEvent(new Event('input'));
  return true;
})()"""


SHOWN = "[...document.querySelectorAll('.search-result-title')].map(a => a.getAttribute('href'))"


def ours_timed(tab, query):
    tab.eval(OURS_TIMED % json.dumps(query))
    wait_until(f"our results for {query!r}", lambda: tab.eval("window.__t.snippets > 0"), timeout=30)
    t = tab.eval("window.__t")
    # The status line says how many it found: "找到 N 篇文章".
    count = re.search(r"\d+", tab.eval("document.querySelector('.search-status').textContent"))
    return int(count.group()) if count else 0, t["shown"] - t["start"], t["snippets"] - t["start"]


def bytes_by_kind(log, site):
    """Fetched bytes by kind, raw and as gzip would send them."""
    kinds = {}
    for path, n in log:
        if "/search-index/" in path:
            kind = "index"
        elif path.split("/")[1].startswith("pagefind"):
            kind = "fragments" if "/fragment/" in path else "index chunks" if "/index/" in path else "runtime"
        else:
            kind = "pages"
        local = os.path.join(site, path.lstrip("/"))
        if path.endswith("/"):
            local = os.path.join(local, "index.html")
        raw, gz = kinds.get(kind, (0, 0))
        kinds[kind] = (raw + n, gz + (gzip_size(local) if os.path.isfile(local) else n))
    return kinds


def fmt_bytes(kinds, order):
    return ", ".join(f"{k} {kinds[k][0] / 1e3:.0f} kB ({kinds[k][1] / 1e3:.0f} kB gz)" for k in order if k in kinds)


# --- main -------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("blog")
    ap.add_argument("corpus")
    ap.add_argument("work")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip-timing", action="store_true", help="build and index once, skip the timed runs")
    ap.add_argument("--sample", type=int, default=150, help="random Chinese substrings to query besides the list (0: none)")
    a = ap.parse_args()
    blog, corpus, work = (os.path.abspath(p) for p in (a.blog, a.corpus, a.work))
    if not any(f.endswith(".md") for f in files_under(os.path.join(corpus, "Content"))):
        sys.exit(f"no posts under {corpus}/Content")
    os.makedirs(work, exist_ok=True)
    binary, version = pagefind_binary(work)
    print(f"{version} (extended); blog: {blog}; corpus: {corpus}")

    on, off = os.path.join(work, "corpus-on"), os.path.join(work, "corpus-off")
    copy_corpus(corpus, on, True)
    copy_corpus(corpus, off, False)
    site, site_off = os.path.join(work, "out-on"), os.path.join(work, "out-off")
    build_on = [blog, "build", "--root", on, "--output", site]
    build_off = [blog, "build", "--root", off, "--output", site_off]

    # 2a. our build, search on and off, alternating.
    step("building (warm-up, search on and off)")
    run(build_on, drop_cache(on))
    run(build_off, drop_cache(off))
    timings, all_runs = {}, {}
    if not a.skip_timing:
        step(f"timing our build, {a.runs} runs each, alternating")
        ons, offs = [], []
        for _ in range(a.runs):
            ons.append(run(build_on, drop_cache(on)))
            offs.append(run(build_off, drop_cache(off)))
        timings["blog build, search on"] = summary(ons)
        timings["blog build, search off"] = summary(offs)
        all_runs["blog build, search on"], all_runs["blog build, search off"] = ons, offs
    # 2b. Pagefind over the built site, each configuration alternating.
    pf_runs = {name: [] for name in PAGEFIND_RUNS}
    step("running pagefind")
    for i in range(1 if a.skip_timing else a.runs):
        for name in PAGEFIND_RUNS:
            pf_runs[name].append(run(pagefind_cmd(binary, site, name)))
    if not a.skip_timing:
        for name, runs in pf_runs.items():
            timings[f"pagefind ({name})"] = summary(runs)
            all_runs[f"pagefind ({name})"] = runs

    # 1. sizes.
    html_bytes = size(site, ".html")
    html_gz = size(site, ".html", gz=True)
    ours_dir = os.path.join(site, "search-index")
    print()
    print(f"posts: {len(json.load(open(os.path.join(ours_dir, 'meta.json')))['docs'])}; "
          f"HTML pages: {sum(1 for _ in files_under(site, '.html'))}, {html_bytes / 1e6:.1f} MB ({html_gz / 1e6:.1f} MB gz)")
    print()
    print(f"{'index size':<34} {'files':>6} {'MB':>7} {'% HTML':>7} {'MB gz':>7} {'% HTML gz':>9}")

    def size_row(label, folder, only=None):
        paths = [p for p in files_under(folder) if only is None or only(p)]
        raw = sum(os.path.getsize(p) for p in paths)
        gz = sum(gzip_size(p) for p in paths)
        print(f"{label:<34} {len(paths):>6} {raw / 1e6:>7.2f} {100 * raw / html_bytes:>6.1f}% {gz / 1e6:>7.2f} {100 * gz / html_gz:>8.1f}%")

    size_row("ours search-index/", ours_dir)
    size_row("  meta.json", ours_dir, lambda p: p.endswith("meta.json"))
    size_row("  terms/", ours_dir, lambda p: "/terms/" in p)
    for name, (subdir, _) in PAGEFIND_RUNS.items():
        folder = os.path.join(site, subdir)
        size_row(f"pagefind ({name}) {subdir}/", folder)
        size_row("  index/ (word chunks)", folder, lambda p: "/index/" in p)
        size_row("  fragment/ (page text for excerpts)", folder, lambda p: "/fragment/" in p)
        size_row("  pf_meta + wasm + pagefind.js/worker", folder,
                 lambda p: p.endswith((".pf_meta", ".pagefind", "pagefind.js", "pagefind-worker.js", "pagefind-entry.json")))
        size_row("  UI files (not used by the API)", folder, lambda p: "-ui." in p or "highlight" in p)

    if timings:
        print()
        print(f"{'time to index (median of %d)' % a.runs:<34} {'wall s':>7} {'CPU s':>7} {'peak MiB':>9}")
        for label, (wall, cpu, peak) in timings.items():
            each = " ".join(f"{r[0]:.1f}/{r[1]:.1f}" for r in all_runs[label])
            print(f"{label:<34} {wall:>7.2f} {cpu:>7.2f} {peak:>9.0f}   runs (wall/CPU): {each}")
        on_, off_ = timings["blog build, search on"], timings["blog build, search off"]
        print(f"{'search costs our build':<34} {on_[0] - off_[0]:>7.2f} {on_[1] - off_[1]:>7.2f}")

    # 3. recall and precision.
    step("ground truth and our results")
    index = OurIndex(ours_dir)
    texts = post_texts(site, index.meta["docs"])
    posts = set(texts)
    ids = {name: fragment_urls(os.path.join(site, subdir)) for name, (subdir, _) in PAGEFIND_RUNS.items()}
    listed = [q for q, _ in QUERIES]
    sampled = [q for q in sample_substrings(texts, a.sample) if q not in listed] if a.sample else []
    found = {q: {"truth": ground_truth(texts, q), "ours": set(index.find(q)[0])} for q in listed + sampled}
    server, root = serve(site)
    try:
        with Chromium() as browser:
            for name, (subdir, _) in PAGEFIND_RUNS.items():
                step(f"pagefind ({name}) in chromium, {len(found)} queries")
                tab = browser.open(root + "/404.html")
                for q in found:
                    urls = [ids[name][i] for i in pagefind_ids(tab, subdir, q)]
                    found[q][name] = {u for u in urls if u in posts}
                    found[q][name + " other"] = len(urls) - len(found[q][name])

            # 4. time to results and bytes, one fresh tab per engine.
            step("timing queries in chromium")
            speed = []
            Counted.log.clear()
            tab = browser.open(root + "/search/")
            time.sleep(0.5)
            # The box has autofocus, and focus loads meta.json: before any query.
            opened = bytes_by_kind(list(Counted.log), site)
            for q in TIMED:
                Counted.log.clear()
                n, shown, snippets = ours_timed(tab, q)
                time.sleep(0.3)
                speed.append(("ours", q, n, shown, snippets, bytes_by_kind(list(Counted.log), site)))
                if n != len(found[q]["ours"]):
                    print(f"WARNING: search.js found {n} for {q!r}, the Python mirror {len(found[q]['ours'])}")
            # The mirror against search.js itself: counts and the 20 shown, in order.
            step("checking the Python mirror against search.js")
            for q in listed:
                n, _, _ = ours_timed(tab, q) if found[q]["ours"] else (0, 0, 0)
                shown = tab.eval(SHOWN) if n else []
                mirror = index.find(q)[0][:20]
                if n != len(found[q]["ours"]) or shown != mirror:
                    print(f"WARNING: {q!r}: search.js found {n}, showing {shown[:3]}..., "
                          f"the mirror {len(found[q]['ours'])}, {mirror[:3]}...")
            for name, (subdir, _) in PAGEFIND_RUNS.items():
                tab = browser.open(root + "/404.html")
                for q in TIMED:
                    Counted.log.clear()
                    n, done, shown = pagefind_timed(tab, subdir, q)
                    time.sleep(0.3)
                    speed.append((f"pagefind ({name})", q, n, done, shown, bytes_by_kind(list(Counted.log), site)))
    finally:
        server.shutdown()
    step("done")

    engines = ["ours"] + list(PAGEFIND_RUNS)
    print()
    print("recall / precision: truth = posts whose title + text contain the query (each word, any case);")
    print("per engine: posts found, missed (in truth, not found), extra (found, not in truth);")
    print("pagefind (default) counted on its post results only, 'other' = the listing pages it also returned")
    print(f"{'query':<16} {'truth':>5} |" + "|".join(f" {e[:13]:>13} {'miss':>5} {'extra':>5} " for e in engines) + f"| {'other':>5}")
    for q in listed:
        truth = found[q]["truth"]
        cells = []
        for e in engines:
            got = found[q][e]
            cells.append(f" {len(got):>13} {len(truth - got):>5} {len(got - truth):>5} ")
        # Pad by display width: a CJK character takes two columns.
        pad = 16 - sum(2 if is_character(ord(ch)) else 1 for ch in q)
        print(f"{q}{' ' * max(pad, 1)} {len(truth):>5} |" + "|".join(cells) + f"| {found[q]['default other']:>5}")
    totals = {e: [0, 0, 0] for e in engines}  # hits, truth, found
    for q in listed:
        for e in engines:
            t, g = found[q]["truth"], found[q][e]
            totals[e][0] += len(t & g); totals[e][1] += len(t); totals[e][2] += len(g)
    print("micro-averaged over these queries: " + ", ".join(
        f"{e} recall {h / t:.3f} precision {h / max(g, 1):.3f}" for e, (h, t, g) in totals.items()))

    if sampled:
        print()
        print(f"{len(sampled)} more Chinese queries, 1-4 characters drawn at random from the posts' text (seeded);")
        print("micro recall / precision over all their (query, post) pairs; 'exact' = queries found exactly,")
        print("'none' = queries with posts to find that found none")
        print(f"{'chars':>5} {'queries':>7} |" + "|".join(f" {e[:9]:>9} {'rec':>6} {'prec':>6} {'exact':>5} {'none':>5} " for e in engines))
        for n in range(1, 5):
            qs = [q for q in sampled if len(q) == n]
            if not qs:
                continue
            cells = []
            for e in engines:
                hits = sum(len(found[q]["truth"] & found[q][e]) for q in qs)
                truth = sum(len(found[q]["truth"]) for q in qs)
                got = sum(len(found[q][e]) for q in qs)
                exact = sum(found[q]["truth"] == found[q][e] for q in qs)
                none = sum(bool(found[q]["truth"]) and not found[q][e] for q in qs)
                cells.append(f" {'':>9} {hits / max(truth, 1):>6.3f} {hits / max(got, 1):>6.3f} {exact:>5} {none:>5} ")
            print(f"{n:>5} {len(qs):>7} |" + "|".join(cells))
        worst = [q for q in sampled if found[q]["truth"] != found[q]["posts"]][:15]
        print("some that pagefind (posts) gets wrong: " + ", ".join(
            f"{q} {len(found[q]['truth'] & found[q]['posts'])}/{len(found[q]['truth'])}+{len(found[q]['posts'] - found[q]['truth'])}" for q in worst))
        wrong = [q for q in sampled if found[q]["truth"] != found[q]["ours"]][:15]
        print("some that ours gets wrong: " + (", ".join(
            f"{q} {len(found[q]['truth'] & found[q]['ours'])}/{len(found[q]['truth'])}+{len(found[q]['ours'] - found[q]['truth'])}" for q in wrong) or "none"))
        print("(written found/truth+extra)")

    print()
    print("one query in Chromium, a fresh tab per engine, queries in this order (python http.server, no-store):")
    print("ours: ms to the first result shown / to all 20 snippets filled (each fetches its result's page);")
    print("pagefind: ms to search() resolving / to data() of the first 20 results (their title and excerpt);")
    print("bytes fetched by that query, raw and as gzip would send them (Pagefind's files are gzip already)")
    print(f"  ours, on opening /search/ (focus loads meta.json): {fmt_bytes(opened, ['index', 'pages'])}"
          " ('pages' = the search page and its CSS/JS)")
    for engine, q, n, t1, t2, kinds in speed:
        print(f"  {engine:<18} {q:<16} {n:>5} results {t1:>7.1f} / {t2:>7.1f} ms  "
              f"{fmt_bytes(kinds, ['index', 'runtime', 'index chunks', 'fragments', 'pages'])}")


if __name__ == "__main__":
    main()
