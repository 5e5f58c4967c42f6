#!/usr/bin/env python3
"""Reading a long post, in headless Chromium: its table of contents, the copy
buttons and the printed page.

Builds a small site whose post has Chinese headings (one with a formula),
code, display math and a BibTeX citation, serves it, and asserts that
- on a wide screen (1200 px) the table of contents beside the post sticks to
  the top of the window as the post scrolls, and marks the section being
  read; its links land on the headings (Chinese anchors);
- on a phone (390 px) it is not beside the post, and the one in the post
  opens when its summary is tapped;
- a click on a code block's copy button puts the code on the clipboard and
  says so, and the citation has a button too;
- printed, the header, the sidebar and table of contents, the post
  navigation, related posts and buttons are gone, and the formulas and code
  are still there, the code wrapped rather than cut.
Screenshots (wide and 390 px, light and dark, and print) go to
.build/reading/. Run by `make browser-check`.
"""
import json, os, shutil, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browsers import Chromium, static_server, report, wait_until

BLOG = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/blog")
SHOTS = os.path.abspath(".build/reading")

SECTION = "这一节的推导一步一步写出来，" * 30
CODE = 'def elbo(x, z):\n    """变分下界"""\n    return log_p(x, z) - log_q(z, x)  # a comment long enough to run past the right edge of the column when printed, so printing must wrap it: otherwise the end of the line is cut off at the edge of the paper and lost\n'
POST = f"""---
title: 变分自编码器的推导
date: 2024-01-02 10:00:00
id: 1
tags: [变分]
---

开篇一段。

## 模型的设定

{SECTION}

$$p(x) = \\int p(x|z)p(z)\\,dz$$

## 变分下界 $\\mathcal{{L}}$

{SECTION}

```python
{CODE}```

### 重参数化

{SECTION}

## 实验

{SECTION}

## 小结

{SECTION}
"""
OTHER = """---
title: 另一篇{n}
date: 2024-01-0{n} 10:00:00
id: {id}
tags: [变分]
---

短文。
"""


def build_site():
    site = tempfile.mkdtemp(prefix="blog-reading-")
    posts = os.path.join(site, "Content/posts/2024")
    os.makedirs(posts)
    with open(os.path.join(posts, "1.md"), "w") as f:
        f.write(POST)
    for n in (1, 3):
        with open(os.path.join(posts, f"other-{n}.md"), "w") as f:
            f.write(OTHER.format(n=n, id=10 + n))
    subprocess.run([BLOG, "build", "--root", site, "--strict"], check=True, stdout=subprocess.DEVNULL)
    return site


def box(tab, selector):
    """The element's box in the window, and whether it is shown at all."""
    return tab.eval(f"""(() => {{
        const e = document.querySelector({json.dumps(selector)});
        if (!e) return null;
        const r = e.getBoundingClientRect();
        return {{top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height,
                 shown: getComputedStyle(e).display !== 'none' && r.width > 0 && r.height > 0}};
    }})()""")


def click(tab, selector):
    """A real mouse click at the element's centre (a user gesture, as the clipboard wants)."""
    tab.eval(f"document.querySelector({json.dumps(selector)}).scrollIntoView({{block: 'center'}})")
    b = box(tab, selector)
    x, y = (b["left"] + b["right"]) / 2, (b["top"] + b["bottom"]) / 2
    tab.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
    for kind in ("mousePressed", "mouseReleased"):
        tab.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)


def dark(tab, on):
    tab.call("Emulation.setEmulatedMedia", features=[{"name": "prefers-color-scheme", "value": "dark" if on else "light"}])


def wide(tab, root, failures):
    toc = box(tab, ".sidebar-toc")
    if not toc or not toc["shown"]:
        failures.append("1200px: no table of contents beside the post")
        return
    entries = tab.eval("[...document.querySelectorAll('.sidebar-toc a')].map(a => [a.textContent, decodeURIComponent(a.hash.slice(1))])")
    print("  entries:", ", ".join(text for text, _ in entries))
    texts = [text for text, _ in entries]
    if len(texts) != 5 or texts[0] != "模型的设定" or not texts[1].startswith("变分下界") or texts[2] != "重参数化":
        failures.append(f"1200px: entries are {texts}, not the post's five headings")
    if not tab.eval("!!document.querySelector('.sidebar-toc a math')"):
        failures.append("1200px: the heading's formula is not typeset in the table of contents")
    for _, anchor in entries:
        if not tab.eval(f"!!document.getElementById({json.dumps(anchor)})"):
            failures.append(f"1200px: entry #{anchor} names no heading")
    dark(tab, False)
    tab.screenshot(os.path.join(SHOTS, "wide-top.png"), full=False)
    # Follow the third entry's link, as a reader does.
    click(tab, ".sidebar-toc li:nth-child(3) a")
    time.sleep(0.3)
    target = entries[2][1]
    heading = tab.eval(f"document.getElementById({json.dumps(target)}).getBoundingClientRect().top")
    toc = box(tab, ".sidebar-toc")
    current = tab.eval("(document.querySelector('.sidebar-toc a[aria-current]') || {}).textContent || null")
    print(f"  after following '{entries[2][0]}': heading at {heading:.0f} px, table at {toc['top']:.0f}..{toc['bottom']:.0f} px, marked '{current}'")
    if abs(heading) > 30:
        failures.append(f"1200px: the entry's link left its heading at {heading:.0f} px from the top")
    if not (0 <= toc["top"] <= 40 and toc["bottom"] <= 900):
        failures.append(f"1200px: the table of contents did not stay in the window ({toc['top']:.0f}..{toc['bottom']:.0f})")
    if current != entries[2][0]:
        failures.append(f"1200px: the section being read is '{entries[2][0]}', the table marks '{current}'")
    tab.screenshot(os.path.join(SHOTS, "wide-light.png"), full=False)
    dark(tab, True)
    tab.screenshot(os.path.join(SHOTS, "wide-dark.png"), full=False)
    dark(tab, False)

    # Copy: a real click on the code block's button.
    tab.call("Browser.grantPermissions", origin=root, permissions=["clipboardReadWrite", "clipboardSanitizedWrite"])
    tab.eval("document.querySelector('.post-content .copyable').dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))")
    click(tab, ".post-content .copy-button")
    said = wait_until_value(tab, "document.querySelector('.post-content .copy-button').textContent", "已复制")
    copied = tab.eval_async("navigator.clipboard.readText()")
    print(f"  copy button says '{said}', clipboard holds {len(copied or '')} characters")
    if said != "已复制":
        failures.append(f"copy: the button says '{said}' after the click")
    if (copied or "").rstrip("\n") != CODE.rstrip("\n"):
        failures.append(f"copy: the clipboard holds {copied!r}, not the code")
    if not tab.eval("!!document.querySelector('.citation .copyable .copy-button')"):
        failures.append("copy: the BibTeX citation has no copy button")


def wait_until_value(tab, expression, wanted, timeout=3.0):
    deadline = time.time() + timeout
    value = tab.eval(expression)
    while value != wanted and time.time() < deadline:
        time.sleep(0.05)
        value = tab.eval(expression)
    return value


def phone(tab, failures):
    toc = box(tab, ".sidebar-toc")
    if toc and toc["shown"]:
        failures.append("390px: the table of contents beside the post is shown on a phone")
    details = box(tab, "details.toc")
    if not details or not details["shown"]:
        failures.append("390px: no table of contents in the post")
        return
    click(tab, "details.toc summary")
    time.sleep(0.2)
    opened = tab.eval("document.querySelector('details.toc').open")
    links = box(tab, "details.toc .toc-list li:nth-child(2) a")
    print(f"  in-post table opened: {opened}, second entry {links['width']:.0f} px wide" if links else f"  opened: {opened}")
    if not opened or not links or not links["shown"]:
        failures.append("390px: tapping the table's summary does not open it")
    tab.eval("window.scrollTo(0, 0)")
    dark(tab, False)
    tab.screenshot(os.path.join(SHOTS, "phone-light.png"), full=False)
    dark(tab, True)
    tab.screenshot(os.path.join(SHOTS, "phone-dark.png"), full=False)
    dark(tab, False)


def printed(tab, failures):
    tab.call("Emulation.setEmulatedMedia", media="print")
    hidden = [".site-header", ".sidebar", ".sidebar-toc", "details.toc", ".post-nav", ".related", ".copy-button"]
    for selector in hidden:
        b = box(tab, selector)
        if b is None:
            failures.append(f"print: {selector} is not on the page to hide (the check needs it)")
        elif b["shown"]:
            failures.append(f"print: {selector} is printed")
    kept = ["math[display=block]", ".post-content h2 math", ".post-content pre code", ".citation-bibtex"]
    for selector in kept:
        b = box(tab, selector)
        if not b or not b["shown"]:
            failures.append(f"print: {selector} is not printed")
    pre = tab.eval("(() => { const p = document.querySelector('.post-content pre'); return [p.scrollWidth, p.clientWidth]; })()")
    print(f"  printed code block: {pre[0]} px of content in {pre[1]} px")
    if pre[0] > pre[1] + 1:
        failures.append("print: a code line runs past its block instead of wrapping")
    tab.eval("window.scrollTo(0, 0)")
    tab.screenshot(os.path.join(SHOTS, "print.png"), full=True)
    tab.call("Emulation.setEmulatedMedia", media="")


def main():
    shutil.rmtree(SHOTS, ignore_errors=True)
    os.makedirs(SHOTS)
    site = build_site()
    public = os.path.join(site, "public")
    page = "/archives/1/"
    if not os.path.exists(os.path.join(public, "archives/1/index.html")):
        sys.exit("FAILED: the post's page is not at /archives/1/")
    failures = []
    try:
        with static_server(public, page) as root, Chromium(width=1200, height=900) as browser:
            tab = browser.open(root + page)
            print("chromium 1200px:")
            wide(tab, root, failures)
            print("chromium print:")
            printed(tab, failures)
            tab.call("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=2, mobile=True)
            tab.eval("location.reload()")
            time.sleep(0.5)
            wait_until("the page reloaded", lambda: tab.eval("document.readyState === 'complete' && !!document.querySelector('.copy-button')"))
            print("chromium 390px:")
            phone(tab, failures)
    finally:
        shutil.rmtree(site, ignore_errors=True)
    report(failures, "reading", f"table of contents, copy buttons and print all right; screenshots in {SHOTS}/")


if __name__ == "__main__":
    main()
