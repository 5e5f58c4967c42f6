#!/usr/bin/env python3
"""Search, in headless Chromium, from `public/` served by a plain static server.

Builds a small site and asserts that
- typing a Chinese query into the header's search box and pressing Enter
  opens the search page with results, the post titled with the query first;
- 自编码器 finds 变分自编码器 (no word segmentation), Latin words are found
  whatever their case, a formula's TeX is searchable (`alpha`), matches are
  marked in titles and snippets;
- drafts, posts dated later and posts with `search: false` are never found;
- a post's link to /search/变分自编码器/ opens a page with those results;
- results come within 100 ms of the last key typed.
Screenshots (1200 and 390 px, light and dark) go to .build/search/.

With a second argument, a site folder (the 2,000-post benchmark corpus), it
builds that too and measures there: the index's size against the site's
HTML, what one query transfers, and the time to first results.
"""
import json, os, shutil, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browsers import Chromium, static_server, report, wait_until

BLOG = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/blog")
CORPUS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else None
SHOTS = os.path.abspath(".build/search")

POSTS = {
    "vae.md": ("变分自编码器(一):原来是这么一回事", "2024-03-01", "", "## 模型\n\n变分自编码器把编码器和解码器放在一起训练。"),
    "ae.md": ("再谈表示学习", "2024-02-01", "", "## 自编码器的结构\n\n这一节讲自编码器如何压缩数据。"),
    "text.md": ("从重构说起", "2024-01-15", "", "顺便一提，自编码器只是其中一种做法。"),
    "ner.md": ("GlobalPointer:用统一的方式处理嵌套和非嵌套NER", "2024-01-10", "", "命名实体识别的一种新设计。"),
    "tex.md": ("学习率的选择", "2024-01-05", "", "步长取 $\\alpha = 0.1$ 时最稳。"),
    "series.md": ("系列索引", "2024-01-02", "", "这个系列的全部文章见[这里](/search/变分自编码器/)。"),
    "draft.md": ("草稿里的自编码器", "2024-01-03", "draft: true\n", "自编码器的草稿。"),
    "later.md": ("将来的自编码器", "2099-01-01", "", "自编码器的未来。"),
    "hidden.md": ("不进索引的自编码器", "2024-01-04", "search: false\n", "自编码器，但不要搜到。"),
}
FILLER = "我们知道，模型的训练目标由重构项和正则项组成，这是一段普通的正文。"


def build_site():
    site = tempfile.mkdtemp(prefix="blog-search-")
    folder = os.path.join(site, "Content/posts/2024")
    os.makedirs(folder)
    for number, (name, (title, date, extra, body)) in enumerate(sorted(POSTS.items()), start=1):
        with open(os.path.join(folder, name), "w") as f:
            f.write(f"---\ntitle: {title}\ndate: {date} 10:00:00\nid: {number}\n{extra}---\n\n{FILLER}\n\n{body}\n\n{FILLER}\n")
    for n in range(20):
        with open(os.path.join(folder, f"filler-{n}.md"), "w") as f:
            f.write(f"---\ntitle: 随笔{n}\ndate: 2023-06-{n + 1:02d} 10:00:00\nid: {100 + n}\n---\n\n{FILLER * 5}\n")
    subprocess.run([BLOG, "build", "--root", site, "--strict"], check=True, stdout=subprocess.DEVNULL)
    return site


# Installed before typing: when the last input event came and when the
# results list last changed, on the page's own clock.
TIMING = """(() => {
  window.__search = {typed: 0, shown: 0};
  document.addEventListener('input', () => { window.__search.typed = performance.now(); window.__search.shown = 0; }, true);
  const list = document.querySelector('.search-results');
  new MutationObserver(() => { if (list.children.length && !window.__search.shown) window.__search.shown = performance.now(); })
    .observe(list, {childList: true});
  return true;
})()"""

RESULTS = "[...document.querySelectorAll('.search-result')].map(r => [r.querySelector('a').textContent, r.querySelector('a').getAttribute('href')])"


def type_into(tab, selector, text):
    """Focuses the box, empties it and types `text` one character at a time, as an input method commits it."""
    tab.eval(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); e.focus(); e.select(); return true; }})()")
    tab.call("Input.dispatchKeyEvent", type="keyDown", key="Backspace", code="Backspace", windowsVirtualKeyCode=8)
    tab.call("Input.dispatchKeyEvent", type="keyUp", key="Backspace", code="Backspace", windowsVirtualKeyCode=8)
    for ch in text:
        tab.call("Input.insertText", text=ch)


def press_enter(tab):
    tab.call("Input.dispatchKeyEvent", type="keyDown", key="Enter", code="Enter", windowsVirtualKeyCode=13, text="\r")
    tab.call("Input.dispatchKeyEvent", type="keyUp", key="Enter", code="Enter", windowsVirtualKeyCode=13)


def search(tab, query):
    """Types `query` into the search page's box; the results and the milliseconds from the last key to the first shown."""
    tab.eval(TIMING)
    type_into(tab, ".search-input", query)
    wait_until(f"results or a message for {query!r}", lambda: tab.eval(
        "window.__search.shown > 0 || (document.querySelector('.search-status').textContent !== '' && !document.querySelector('.search-result'))"))
    time.sleep(0.1)
    timing = tab.eval("window.__search")
    return tab.eval(RESULTS), (timing["shown"] - timing["typed"]) if timing["shown"] else None


def dark(tab, on):
    tab.call("Emulation.setEmulatedMedia", features=[{"name": "prefers-color-scheme", "value": "dark" if on else "light"}])


def check_small(failures):
    site = build_site()
    public = os.path.join(site, "public")
    try:
        with static_server(public, "/search/") as root, Chromium(width=1200, height=900) as browser:
            tab = browser.open(root + "/")
            print("chromium 1200px, typing 自编码器 into the header's box:")
            type_into(tab, ".site-search input", "自编码器")
            press_enter(tab)
            wait_until("the search page opened with results", lambda: tab.eval(
                "location.pathname === '/search/' && document.querySelectorAll('.search-result').length > 0"), timeout=10)
            time.sleep(0.3)
            found = tab.eval(RESULTS)
            titles = [title for title, _ in found]
            print("  found:", ", ".join(titles))
            if not titles or titles[0] != POSTS["vae.md"][0]:
                failures.append(f"自编码器: the post titled with it is not first: {titles}")
            if titles[:3] != [POSTS["vae.md"][0], POSTS["ae.md"][0], POSTS["text.md"][0]]:
                failures.append(f"自编码器: not ranked title > heading > text: {titles[:3]}")
            for hidden in ("draft.md", "later.md", "hidden.md"):
                if POSTS[hidden][0] in titles:
                    failures.append(f"自编码器: found {POSTS[hidden][0]!r}, which must not be")
            if tab.eval("new URLSearchParams(location.search).get('q')") != "自编码器":
                failures.append("the search page's address does not hold the query")
            marks = tab.eval("[...document.querySelectorAll('.search-result mark')].map(m => m.textContent)")
            if "自编码器" not in marks:
                failures.append(f"自编码器 is not marked in the results: {marks}")
            snippets = tab.eval("[...document.querySelectorAll('.search-result-snippet')].map(p => p.textContent)")
            if not all(snippets) or "自编码器" not in snippets[2]:
                failures.append(f"snippets missing or without the match: {snippets}")
            dark(tab, False)
            tab.screenshot(os.path.join(SHOTS, "wide-light.png"), full=False)
            dark(tab, True)
            tab.screenshot(os.path.join(SHOTS, "wide-dark.png"), full=False)
            dark(tab, False)

            for query, wanted in (("globalpointer", POSTS["ner.md"][0]), ("GLOBALPOINTER ner", POSTS["ner.md"][0]), ("alpha", POSTS["tex.md"][0])):
                results, ms = search(tab, query)
                titles = [title for title, _ in results]
                print(f"  {query!r}: {titles[:3]} in {ms:.1f} ms" if ms is not None else f"  {query!r}: nothing")
                if not titles or titles[0] != wanted:
                    failures.append(f"{query!r}: {wanted!r} is not first: {titles}")
                elif ms > 100:
                    failures.append(f"{query!r}: first results {ms:.0f} ms after the last key")
            snippet = wait_until("the formula's snippet", lambda: tab.eval("document.querySelector('.search-result-snippet').textContent"))
            print(f"  'alpha' snippet: {snippet}")
            if "$\\alpha = 0.1$" not in snippet:
                failures.append(f"'alpha': the snippet does not show the formula's TeX: {snippet!r}")
            results, _ = search(tab, "没有这种词")
            status = tab.eval("document.querySelector('.search-status').textContent")
            print(f"  '没有这种词': {status}")
            if results or "没有找到" not in status:
                failures.append(f"a query nothing has: results {results}, status {status!r}")

            print("chromium, the series link /search/变分自编码器/:")
            tab = browser.open(root + "/archives/6/")
            href = tab.eval("document.querySelector('.post-content a[href*=search]').href")
            tab.eval("location.href = document.querySelector('.post-content a[href*=search]').href")
            wait_until("the linked search page shows results", lambda: tab.eval("document.querySelectorAll('.search-result').length > 0"))
            titles = [title for title, _ in tab.eval(RESULTS)]
            print(f"  {href} shows: {titles}")
            if not titles or titles[0] != POSTS["vae.md"][0]:
                failures.append(f"the series link's page shows {titles}")

            tab = browser.open(root + "/search/?q=%E8%87%AA%E7%BC%96%E7%A0%81%E5%99%A8")
            tab.call("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=2, mobile=True)
            tab.eval("location.reload()")
            time.sleep(0.5)
            wait_until("390px: results", lambda: tab.eval("document.querySelectorAll('.search-result').length > 0"))
            time.sleep(0.3)
            overflow = tab.eval("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            print(f"chromium 390px: page {overflow} px wider than the screen")
            if overflow > 0:
                failures.append(f"390px: the search page is {overflow} px wider than the screen")
            dark(tab, False)
            tab.screenshot(os.path.join(SHOTS, "phone-light.png"), full=False)
            dark(tab, True)
            tab.screenshot(os.path.join(SHOTS, "phone-dark.png"), full=False)
    finally:
        shutil.rmtree(site, ignore_errors=True)


def folder_size(folder, suffix=None):
    total = 0
    for path, _, files in os.walk(folder):
        total += sum(os.path.getsize(os.path.join(path, f)) for f in files if suffix is None or f.endswith(suffix))
    return total


def measure_corpus(failures):
    """The index against the site's HTML, and a query's cost, on a big site."""
    public = os.path.join(CORPUS, ".build/search-check")
    shutil.rmtree(public, ignore_errors=True)
    subprocess.run([BLOG, "build", "--root", CORPUS, "--output", public], check=True, stdout=subprocess.DEVNULL)
    html = folder_size(public, ".html")
    index = folder_size(os.path.join(public, "search-index"))
    print(f"corpus: HTML {html / 1e6:.1f} MB, index {index / 1e6:.1f} MB ({100 * index / html:.1f}% of the HTML)")
    if index > 0.15 * html:
        failures.append(f"corpus: the index is {100 * index / html:.1f}% of the HTML, over 15%")
    with static_server(public, "/search/") as root, Chromium(width=1200, height=900) as browser:
        tab = browser.open(root + "/search/")
        for query in ("初始化", "验证集", "Transformer", "梯度 收敛"):
            tab.eval("performance.clearResourceTimings(); true")
            results, ms = search(tab, query)
            time.sleep(0.5)
            transferred = tab.eval("performance.getEntriesByType('resource').filter(e => e.name.includes('/search-index/')).reduce((s, e) => s + e.encodedBodySize, 0)")
            print(f"  {query!r}: {len(results)} shown, first after {ms:.1f} ms, {transferred / 1e3:.0f} kB of index loaded" if ms is not None else f"  {query!r}: nothing")
            if ms is None or ms > 100:
                failures.append(f"corpus {query!r}: first results after {ms} ms")
    shutil.rmtree(public, ignore_errors=True)


def main():
    shutil.rmtree(SHOTS, ignore_errors=True)
    os.makedirs(SHOTS)
    failures = []
    check_small(failures)
    if CORPUS:
        measure_corpus(failures)
    report(failures, "search", f"found, ranked, marked and fast; screenshots in {SHOTS}/")


if __name__ == "__main__":
    main()
