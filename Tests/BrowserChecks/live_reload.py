#!/usr/bin/env python3
"""`blog serve` in a real browser: headless Chromium, driven over the DevTools
protocol, watches a copy of the example blog while this script edits it.

Checks that a save reloads the edited page and keeps its scroll position,
that a page the save did not change does not reload, and that a broken post
puts an overlay listing the error over the last good page, removed once the
post is fixed. Run by `make browser-check`; prints what it saw and exits
non-zero on the first failure.
"""
import json, os, shutil, socket, subprocess, sys, tempfile, time, urllib.request
import websocket  # websocket-client, from PyPI

BLOG = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/blog")
SCREENSHOT = os.path.abspath(".build/browser-check-overlay.png")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(what, condition, timeout=10.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    sys.exit(f"FAILED: {what}")


class Tab:
    """One page in Chromium, spoken to over its DevTools web socket."""

    def __init__(self, debug_port, url):
        request = urllib.request.Request(f"http://127.0.0.1:{debug_port}/json/new?{url}", method="PUT")
        target = json.load(urllib.request.urlopen(request))
        self.socket = websocket.create_connection(target["webSocketDebuggerUrl"])
        self.next_id = 0

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                return message.get("result", {})

    def eval(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")


def main():
    site = tempfile.mkdtemp(prefix="blog-browser-check-")
    shutil.copytree("Content", os.path.join(site, "Content"))
    for name in ("blog.yml",):
        if os.path.exists(name):
            shutil.copy(name, site)
    post = os.path.join(site, "Content/posts/2020/7180.md")
    original = open(post, encoding="utf-8").read()
    port, debug_port = free_port(), free_port()
    server = subprocess.Popen([BLOG, "serve", "--root", site, "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    profile = tempfile.mkdtemp(prefix="blog-browser-profile-")
    browser = subprocess.Popen(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--remote-debugging-port={debug_port}",
         f"--user-data-dir={profile}", "--window-size=1200,900", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until("server answers", lambda: _answers(base + "/"))
        wait_until("browser answers", lambda: _answers(f"http://127.0.0.1:{debug_port}/json/version"))
        edited = Tab(debug_port, base + "/archives/7180/")
        other = Tab(debug_port, base + "/archives/7169/")
        for tab in (edited, other):
            wait_until("page loaded", lambda: tab.eval("document.readyState") == "complete")
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
        shot = edited.call("Page.captureScreenshot", format="png")
        open(SCREENSHOT, "wb").write(__import__("base64").b64decode(shot["data"]))
        print("screenshot of the overlay:", SCREENSHOT)
        with open(post, "w", encoding="utf-8") as f:
            f.write(original)
        wait_until("overlay removed once fixed", lambda: edited.eval("document.getElementById('blog-errors') === null"))
        print("overlay removed once the post was fixed")
        print("browser check passed")
    finally:
        browser.terminate()
        server.terminate()
        server.wait(timeout=10)
        browser.wait(timeout=10)
        shutil.rmtree(site, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)


def _answers(url):
    try:
        return urllib.request.urlopen(url).status == 200
    except OSError:
        return False


if __name__ == "__main__":
    main()
