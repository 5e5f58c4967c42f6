#!/usr/bin/env python3
"""The example blog's feed.xml as a feed reader sees it (`make feed-check`).

feedparser (PyPI) is the parser and HTML sanitizer many readers build on: it
resolves links against xml:base and drops what it does not allow. Checks,
for every entry, that each link is absolute and that fragment links point
into the entry's own post (not the home page), and that a reader which
strips MathML still shows each formula's text once and no TeX source.
"""
import re, sys
import feedparser

path = sys.argv[1] if len(sys.argv) > 1 else ".build/example-public/feed.xml"
feed = feedparser.parse(path)
if feed.bozo or not feed.entries:
    sys.exit(f"FAILED: feedparser could not read {path}: {feed.get('bozo_exception')}")
problems, links, formulas = [], 0, 0
for entry in feed.entries:
    html = entry.content[0].value
    for href in re.findall(r'href="([^"]*)"', html):
        links += 1
        if not re.match(r"https?://", href):
            problems.append(f"{entry.link}: relative link {href!r}")
        elif "#" in href and not href.startswith(entry.link):
            problems.append(f"{entry.link}: fragment link into another page: {href!r}")
    # What a reader without MathML shows: the text of every element.
    text = re.sub(r"<[^>]*>", "", html)
    for tex in re.findall(r'<math[^>]* alttext="([^"]*)"', html):
        formulas += 1
        if len(tex) > 12 and tex in text:
            problems.append(f"{entry.link}: the TeX {tex[:40]!r} shows as text")
    if re.search(r"</h[1-6]>", html) and re.search(r"\S#\s*$", text, re.M):
        problems.append(f"{entry.link}: a heading ends in a stray '#'")
print(f"{len(feed.entries)} entries, {links} links, {formulas} formulas read by feedparser {feedparser.__version__}")
for problem in problems[:20]:
    print("  " + problem)
sys.exit("FAILED: feed check" if problems else 0)
