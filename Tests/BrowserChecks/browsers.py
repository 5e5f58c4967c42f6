"""Headless Chromium and Firefox, driven from Python for the browser checks.

Chromium is spoken to over the DevTools protocol (websocket-client, from
PyPI), Firefox over Marionette, its own socket protocol, so no WebDriver
binary is needed. Both give a `Page` with `eval(expression)` and
`screenshot(path)`; a browser is a context manager that removes its
profile on exit.
"""
import base64, contextlib, json, os, shutil, socket, subprocess, sys, tempfile, time, urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(what, condition, timeout=10.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            value = condition()
        except RuntimeError:  # a script run while the page reloads
            value = None
        if value:
            return value
        time.sleep(0.05)
    sys.exit(f"FAILED: {what}")


def answers(url):
    try:
        urllib.request.urlopen(url, timeout=1).read()
        return True
    except OSError:
        return False


@contextlib.contextmanager
def static_server(folder, page="/"):
    """`folder` served as any static server would (Python's, on a free
    local port) until the block ends; yields its root URL, once `page`
    answers."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", folder],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        root = f"http://127.0.0.1:{port}"
        wait_until(f"{folder} is served", lambda: answers(root + page))
        yield root
    finally:
        server.terminate()
        server.wait()


def report(failures, name, done):
    """Exits non-zero listing `failures`, or prints what `name` found right."""
    if failures:
        print(f"{name} FAILED:\n  " + "\n  ".join(failures))
        sys.exit(1)
    print(f"{name}: {done}")


class Browser:
    name = "browser"

    def __init__(self, width=1200, height=900, scale=1, env=None):
        self.width, self.height, self.scale = width, height, scale
        self.env = dict(os.environ, **(env or {}))
        self.profile = tempfile.mkdtemp(prefix=f"blog-{self.name}-profile-")
        self.process = None

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        if self.process:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


class Chromium(Browser):
    name = "chromium"

    def start(self):
        self.port = free_port()
        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--remote-debugging-port={self.port}", f"--user-data-dir={self.profile}",
             f"--window-size={self.width},{self.height}", f"--force-device-scale-factor={self.scale}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=self.env)
        wait_until("Chromium answers", lambda: answers(f"http://127.0.0.1:{self.port}/json/version"))

    def open(self, url):
        """A new tab at `url`, once the page and its fonts have loaded."""
        tab = ChromiumTab(self.port, url)
        # A new tab is about:blank, complete, for a moment before it navigates.
        loaded = "document.readyState === 'complete' && location.href !== 'about:blank'"
        wait_until(f"{url} loaded", lambda: tab.eval(loaded), timeout=30)
        tab.eval_async("document.fonts.ready.then(() => true)")
        return tab


class ChromiumTab:
    """One page in Chromium, spoken to over its DevTools web socket."""

    def __init__(self, debug_port, url):
        import websocket  # websocket-client, from PyPI
        request = urllib.request.Request(f"http://127.0.0.1:{debug_port}/json/new?{url}", method="PUT")
        target = json.load(urllib.request.urlopen(request))
        self.socket = websocket.create_connection(target["webSocketDebuggerUrl"], timeout=120)
        self.next_id = 0

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def eval(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result.get("result", {}).get("value")

    def eval_async(self, expression):
        """The value a promise-returning expression resolves to."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result.get("result", {}).get("value")

    def screenshot(self, path, full=True):
        """The viewport, or with `full` the whole page, at the device scale."""
        params = {"format": "png"}
        if full:
            size = self.call("Page.getLayoutMetrics")["cssContentSize"]
            params.update(captureBeyondViewport=True,
                          clip={"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1})
        shot = self.call("Page.captureScreenshot", **params)
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))


class Firefox(Browser):
    """Firefox (Debian's firefox-esr) with Marionette on a free port."""
    name = "firefox"

    def start(self):
        self.port = free_port()
        with open(os.path.join(self.profile, "user.js"), "w") as prefs:
            prefs.write(f'user_pref("marionette.port", {self.port});\n'
                        'user_pref("browser.shell.checkDefaultBrowser", false);\n'
                        'user_pref("datareporting.policy.dataSubmissionEnabled", false);\n'
                        f'user_pref("layout.css.devPixelsPerPx", "{self.scale}");\n')
        self.process = subprocess.Popen(
            ["firefox-esr", "--headless", "--marionette", "--no-remote", "--profile", self.profile],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=self.env)
        self.socket = wait_until("Firefox's Marionette answers", self._connect, timeout=60)
        self.buffer = b""
        self.next_id = 0
        self._read()  # the server's greeting
        self.call("WebDriver:NewSession", capabilities={"alwaysMatch": {"acceptInsecureCerts": True}})
        self.call("WebDriver:SetWindowRect", width=self.width, height=self.height)

    def _connect(self):
        try:
            return socket.create_connection(("127.0.0.1", self.port), timeout=120)
        except OSError:
            return None

    def _read(self):
        # Each message is "LENGTH:JSON", LENGTH counting the JSON's bytes.
        while b":" not in self.buffer:
            self.buffer += self._receive()
        length, _, rest = self.buffer.partition(b":")
        while len(rest) < int(length):
            rest += self._receive()
        self.buffer = rest[int(length):]
        return json.loads(rest[:int(length)])

    def _receive(self):
        data = self.socket.recv(65536)
        if not data:
            raise RuntimeError("Firefox closed the Marionette connection")
        return data

    def call(self, command, **params):
        self.next_id += 1
        body = json.dumps([0, self.next_id, command, params]).encode()
        self.socket.sendall(str(len(body)).encode() + b":" + body)
        while True:
            kind, message_id, error, result = self._read()
            if kind == 1 and message_id == self.next_id:
                if error:
                    raise RuntimeError(f"{command}: {error}")
                return result

    def open(self, url):
        """The one tab, navigated to `url`, once the page and its fonts have loaded."""
        self.call("WebDriver:Navigate", url=url)
        self.eval_async("document.fonts.ready.then(() => true)")
        return self

    def eval(self, expression):
        return self.call("WebDriver:ExecuteScript", script=f"return ({expression});", args=[])["value"]

    def eval_async(self, expression):
        script = f"const done = arguments[arguments.length - 1]; Promise.resolve({expression}).then(done);"
        return self.call("WebDriver:ExecuteAsyncScript", script=script, args=[])["value"]

    def screenshot(self, path, full=True):
        shot = self.call("WebDriver:TakeScreenshot", full=full)
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["value"]))

    def __exit__(self, *exc):
        try:
            self.call("Marionette:Quit")
        except (OSError, RuntimeError, AttributeError):
            pass
        super().__exit__(*exc)
