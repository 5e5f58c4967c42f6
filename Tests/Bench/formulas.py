#!/usr/bin/env python3
"""How many of a built site's formulas were typeset at build time.

Usage: formulas.py PUBLIC_DIR [PUBLIC_DIR ...] [--source CONTENT_DIR]

Counts in post pages only: PUBLIC_DIR/archives/<id>/index.html (ours) or
PUBLIC_DIR/posts/<id>/index.html (Hugo's layout in Tests/Bench/hugo-tomath);
with several PUBLIC_DIRs, only the post ids all of them have are counted, so
the figures compare the same posts.

A formula is typeset when it became a <math> element without an <merror>
in it. It is not typeset when, in the body text (outside <math>, <pre>,
<code>, <script> and the <head>), the page still shows it as TeX: an error span (span.math-error from our Hugo render
hook, span.katex-error from KaTeX's throwOnError=false), a \\begin{env}...
\\end{env}, $$...$$, \\[...\\], \\(...\\) or $...$ left in the text. The
total is typeset + not typeset, so a tool that drops a formula silently is
not caught here: --source counts the formulas in the Markdown to check
the totals against.
"""
import argparse, glob, html, os, re, sys
from collections import Counter

MATH = re.compile(r"<math\b.*?</math>", re.S)
# Not body text: the head (a description meta may quote the excerpt's TeX),
# scripts (JSON-LD, search data), styles; and code, where $ is no delimiter.
SKIP = re.compile(r"<(head|script|style|noscript|template|textarea|pre|code)\b.*?</\1>", re.S | re.I)
ERROR_SPAN = re.compile(r'<span\b[^>]*class="[^"]*\b(?:math-error|katex-error)\b[^"]*"[^>]*>(.*?)</span>', re.S)
BLOCK_TAG = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|blockquote|table|thead|tbody|tr|td|th|article|section|"
                       r"header|footer|main|nav|aside|details|summary|figure|hr|br)\b[^>]*>", re.I)
TAG = re.compile(r"<[^>]+>")
BLOCK = "\x00"  # stands for a block boundary in the page text: no $...$ crosses one
# TeX left in the text. Display delimiters first, within one block (a formula
# may hold several environments), then outermost environments, across blocks
# (Markdown may have split one: a line "- &x" inside makes a list item), then
# the inline delimiters. Inline $...$: no space just inside, no CJK (the
# corpus's prose has a lone "$5" per list item, never a formula with Chinese
# in it), on one line of one block.
DISPLAY = [
    ("$$", re.compile(r"\$\$[^\x00]+?\$\$")),
    ("\\[", re.compile(r"\\\[[^\x00]+?\\\]")),
]
ENV = re.compile(r"\\begin\{([a-zA-Z*]+)\}.*?\\end\{\1\}", re.S)
INLINE = [
    ("\\(", re.compile(r"\\\([^\x00]+?\\\)")),
    ("$", re.compile(r"(?<![\\$])\$(?![\s$])[^\x00\n$\u3000-\u9fff\uff00-\uffef]*?(?<![\s\\])\$")),
    # \(…\) whose backslashes Markdown took as escapes (no passthrough): a
    # parenthesis holding a control word, one level of nested parentheses.
    ("(…) from \\(…\\)", re.compile(r"\((?:[^()\x00\n]|\([^()\x00\n]*\))*?\\[a-zA-Z]+(?:[^()\x00\n]|\([^()\x00\n]*\))*\)")),
]


def post_pages(public_dir):
    """{post id: path of its page} under PUBLIC_DIR/archives or PUBLIC_DIR/posts."""
    pages = {}
    for sub in ("archives", "posts"):
        for path in glob.glob(os.path.join(public_dir, sub, "*", "index.html")):
            name = os.path.basename(os.path.dirname(path))
            if name.isdigit():
                pages.setdefault(int(name), path)
    return pages


def analyse_page(page):
    """(typeset, Counter of kinds left untypeset, [examples]) for one page's HTML."""
    left, examples = Counter(), []
    typeset = 0
    for m in MATH.findall(page):
        if "<merror" in m:
            left["<merror>"] += 1
            examples.append(("<merror>", m))
        else:
            typeset += 1
    page = SKIP.sub(" ", MATH.sub(" ", page))

    def error_span(m):
        left["error span"] += 1
        examples.append(("error span", m.group(0)))
        return " "
    page = ERROR_SPAN.sub(error_span, page)
    text = html.unescape(TAG.sub("", BLOCK_TAG.sub(BLOCK, page)))

    def env(m):
        left["\\begin{%s}" % m.group(1)] += 1
        examples.append(("\\begin{%s}" % m.group(1), m.group(0)))
        return BLOCK
    def raw(kind):
        def sub(m):
            left[kind] += 1
            examples.append((kind, m.group(0)))
            return BLOCK
        return sub
    for kind, rx in DISPLAY:
        text = rx.sub(raw(kind), text)
    text = ENV.sub(env, text)
    for kind, rx in INLINE:
        text = rx.sub(raw(kind), text)
    return typeset, left, examples


def analyse(public_dir, ids=None):
    """Totals over the post pages (restricted to ids if given):
    {"pages", "typeset", "left": Counter by kind, "examples": {kind: first example}}."""
    pages = post_pages(public_dir)
    if ids is not None:
        pages = {i: p for i, p in pages.items() if i in ids}
    total, left, examples = 0, Counter(), {}
    for i in sorted(pages):
        with open(pages[i], encoding="utf-8") as f:
            t, l, ex = analyse_page(f.read())
        total += t
        left.update(l)
        for kind, s in ex:
            examples.setdefault(kind, (i, s))
    return {"pages": len(pages), "typeset": total, "left": left, "examples": examples}


def typeset_share(public_dir, ids=None):
    """(formulas typeset, formulas total) in the post pages of a built site."""
    a = analyse(public_dir, ids)
    return a["typeset"], a["typeset"] + sum(a["left"].values())


# The Markdown side, for a sanity check of the totals: fenced code dropped,
# then display formulas, bare environments, \[ \( and $...$ (not \$).
FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.S | re.M)
SOURCE = [
    ("$$", re.compile(r"\$\$.+?\$\$", re.S)),
    ("\\begin", re.compile(r"\\begin\{([a-zA-Z*]+)\}.*?\\end\{\1\}", re.S)),
    ("\\[", re.compile(r"\\\[.+?\\\]", re.S)),
    ("\\(", re.compile(r"\\\(.+?\\\)", re.S)),
    ("$", re.compile(r"(?<!\\)\$(?!\s)[^$\n]+?(?<![\s\\])\$")),
]


def source_formulas(content_dir, ids=None):
    """Counter by kind of the formulas in the .md files under content_dir (front matter
    skipped); ids keeps the posts whose front matter has `id: N` with N in ids."""
    counts = Counter()
    for path in glob.glob(os.path.join(content_dir, "**", "*.md"), recursive=True):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if text.startswith("---"):
            end = text.find("\n---", 3)
            front, text = text[:end], text[end + 4:]
            if ids is not None:
                m = re.search(r"^id:\s*(\d+)", front, re.M)
                if not m or int(m.group(1)) not in ids:
                    continue
        text = FENCE.sub("", text)
        for kind, rx in SOURCE:
            counts[kind] += len(rx.findall(text))
            text = rx.sub(" ", text)
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("public", nargs="+", help="built site(s)")
    ap.add_argument("--source", help="content dir of the Markdown, to count its formulas")
    ap.add_argument("--examples", action="store_true", help="print one example per kind left untypeset")
    a = ap.parse_args()
    ids = None
    for d in a.public:
        p = set(post_pages(d))
        if not p:
            sys.exit(f"no post pages (archives/<id>/ or posts/<id>/) in {d}")
        ids = p if ids is None else ids & p
    if a.source:
        src = source_formulas(a.source, ids)
        print(f"source Markdown: {sum(src.values())} formulas in the {len(ids)} posts ("
              + ", ".join(f"{k} {n}" for k, n in src.most_common()) + ")")
    for d in a.public:
        r = analyse(d, ids)
        total = r["typeset"] + sum(r["left"].values())
        share = r["typeset"] / total if total else 0.0
        print(f"{d}: {r['typeset']} / {total} typeset ({share:.1%}) in {r['pages']} post pages")
        for kind, n in r["left"].most_common():
            print(f"  not typeset: {n:6d}  {kind}")
            if a.examples:
                i, s = r["examples"][kind]
                s = re.sub(r"\s+", " ", s)
                print(f"           e.g. post {i}: {s[:160]}{'…' if len(s) > 160 else ''}")


if __name__ == "__main__":
    main()
