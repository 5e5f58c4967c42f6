#!/usr/bin/env python3
"""`blog serve` in a real browser: headless Chromium, driven over the DevTools
protocol, watches a copy of the example blog while this script edits it.

Checks that a save reloads the edited page and keeps its scroll position,
that a page the save did not change does not reload, and that a broken post
puts an overlay listing the error over the last good page, removed once the
post is fixed. Run by `make browser-check`; prints what it saw and exits
non-zero on the first failure.
"""
import json, os, shutil, subprocess, sys, tempfile, time
from browsers import Chromium, answers, free_port, wait_until

BLOG = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/blog")
SCREENSHOT = os.path.abspath(".build/browser-check-overlay.png")


def main():
    site = tempfile.mkdtemp(prefix="blog-browser-check-")
    shutil.copytree("Content", os.path.join(site, "Content"))
    for name in ("blog.yml",):
        if os.path.exists(name):
            shutil.copy(name, site)
    post = os.path.join(site, "Content/posts/2020/7180.md")
    original = open(post, encoding="utf-8").read()
    port = free_port()
    server = subprocess.Popen([BLOG, "serve", "--root", site, "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until("server answers", lambda: answers(base + "/"))
        with Chromium() as browser:
            check(browser, base, post, original)
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(site, ignore_errors=True)


def check(browser, base, post, original):
    """Save, break and fix the post while two of its pages are open."""
    edited = browser.open(base + "/archives/7180/")
    other = browser.open(base + "/archives/7169/")
    math = edited.eval("document.querySelectorAll('math').length")
    print(f"post page loaded with {math} MathML formulas")
    edited.eval("window.scrollTo(0, 1200)")
    wait_until("page scrolled", lambda: edited.eval("window.scrollY") == 1200)
    edited.eval("window.notReloaded = true")
    other.eval("window.notReloaded = true")

    marker = "浏览器检查：这一段是保存后出现的。"
    with open(post, "w", encoding="utf-8") as f:
        f.write(original + "\n" + marker + "\n")
    started = time.time()
    wait_until("edited page reloads with the new text", lambda: edited.eval(f"document.body.innerText.includes({json.dumps(marker)})"))
    print(f"edited page reloaded with the new text {1000 * (time.time() - started):.0f} ms after the save")
    wait_until("scroll position kept", lambda: edited.eval("window.scrollY") == 1200, timeout=3)
    print("scroll position kept: scrollY = 1200")
    if other.eval("window.notReloaded") is not True:
        sys.exit("FAILED: a page the save did not change reloaded")
    print("the other open post did not reload")

    with open(post, "w", encoding="utf-8") as f:
        f.write(original.replace("date: ", "date: 2020-13-45 #", 1))
    overlay = wait_until("overlay shows the error", lambda: edited.eval("(document.getElementById('blog-errors')||{}).textContent"))
    print("overlay:", overlay.replace("\n", " | "))
    if "7180.md:" not in overlay:
        sys.exit("FAILED: the overlay does not name the file and line")
    edited.screenshot(SCREENSHOT, full=False)
    print("screenshot of the overlay:", SCREENSHOT)
    with open(post, "w", encoding="utf-8") as f:
        f.write(original)
    wait_until("overlay removed once fixed", lambda: edited.eval("document.getElementById('blog-errors') === null"))
    print("overlay removed once the post was fixed")
    print("browser check passed")


if __name__ == "__main__":
    main()
