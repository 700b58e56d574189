"""Support for the browser tests: the real service, the HTTPS fixture site standing in
for chatgpt.com, and Debian's Chromium with the unpacked extension loaded.
(Named e2e_support, not conftest, so that `import` never picks up tests/conftest.py.)"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

# How long a browser test waits for something that must happen (a dialog, a send, the ready
# state): wide, because CI machines are loaded (a scan behind a busy core took over 8 s once);
# it costs time only when a test fails.
WAIT_MS = 30_000

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = os.environ.get("MAMORI_CHROMIUM", "/usr/bin/chromium")
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(ROOT / "tests"))

from fixture_server import FixtureServer  # noqa: E402
from support import service_log  # noqa: E402


def extension_id() -> str:
    """Chromium's ID for the manifest `key`: first 128 bits of SHA-256(DER key), hex digits a–p."""
    import base64
    import hashlib

    key = json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))["key"]
    digest = hashlib.sha256(base64.b64decode(key)).hexdigest()[:32]
    return "".join(chr(ord("a") + int(c, 16)) for c in digest)


EXT_ID = extension_id()

# The test policy: the shipped defaults, with CONFIDENTIAL_MARKING lowered to "warn" so
# that a marked text gives the warn dialog (everything else blocks as shipped), and the
# unpacked development extension's origin allowed (the shipped default allows none).
TEST_POLICY = f"""\
[server]
allowed_origins = ["chrome-extension://{EXT_ID}"]

[actions]
CONFIDENTIAL_MARKING = "warn"
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Service:
    """`python run_service.py --port P --policy F` in a subprocess."""

    def __init__(self, port: int, policy: Path):
        self.port, self.policy, self.proc = port, policy, None
        self.url = f"http://127.0.0.1:{port}"

    def start(self, timeout: float = 90.0) -> "Service":
        self.log = service_log(self.port)
        self.proc = subprocess.Popen(
            [sys.executable, "run_service.py", "--port", str(self.port), "--policy", str(self.policy)],
            cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.log.seek(0)
                raise RuntimeError(f"service exited: {self.log.read().decode(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=1) as r:
                    if json.load(r).get("status") == "ok":
                        return self
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("service did not answer /healthz in time")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def scan(self, text: str) -> dict:
        req = urllib.request.Request(f"{self.url}/v1/scan", data=json.dumps({"text": text}).encode(),
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.load(r)


def numbered_redaction(service: "Service", text: str, scan: dict) -> str:
    """What 「マスクした文に置き換える」 puts into a fresh tab's composer (issue 14): each span the
    service masked becomes 〔label N〕, numbered per label, the same value the same number. (Name
    parts and honorifics, which the extension also handles, are not in the texts this is used for.)"""
    with urllib.request.urlopen(f"{service.url}/v1/policy", timeout=10) as r:
        types = json.load(r)["types"]
    cps, out, done, ids, counters = list(text), [], 0, {}, {}
    for m in scan["masked"]:
        label = types[m["type"]]["placeholder"].strip("<>")
        key = (m["type"], "".join(cps[m["start"]:m["end"]]))
        if key not in ids:
            counters[label] = counters.get(label, 0) + 1
            ids[key] = f"{label}{counters[label]}"
        out += ["".join(cps[done:m["start"]]), f"〔{ids[key]}〕"]
        done = m["end"]
    return "".join(out) + "".join(cps[done:])


def require_browser() -> None:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: browser tests need Debian's chromium (scripts/test.sh installs it)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.skip("playwright (Python) is not installed: pip install -r requirements.txt")


@pytest.fixture(scope="session")
def test_policy(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("policy") / "policy.toml"
    p.write_text(TEST_POLICY, encoding="utf-8")
    return p


@pytest.fixture(scope="session")
def service(test_policy):
    require_browser()
    svc = Service(free_port(), test_policy).start()
    yield svc
    svc.stop()


@pytest.fixture(scope="session")
def site():
    require_browser()
    s = FixtureServer().start()
    yield s
    s.stop()


@pytest.fixture(scope="session")
def playwright_instance():
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


def launch(playwright, site_port: int, user_data_dir: str, extension: Path = EXTENSION):
    ext = str(extension)
    return playwright.chromium.launch_persistent_context(
        user_data_dir, executable_path=CHROMIUM, headless=True, ignore_https_errors=True,
        locale="ja-JP", viewport={"width": 1100, "height": 760},
        args=["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              f"--disable-extensions-except={ext}", f"--load-extension={ext}",
              f"--host-resolver-rules=MAP chatgpt.com 127.0.0.1:{site_port}, MAP chat.openai.com 127.0.0.1:{site_port}",
              "--ignore-certificate-errors", "--lang=ja"],
    )


class Browser:
    """A Chromium with the extension; `errors` collects console errors of the extension."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.errors: list[str] = []
        sw = ctx.service_workers[0] if ctx.service_workers else ctx.wait_for_event("serviceworker", timeout=20000)
        assert sw.url == f"chrome-extension://{EXT_ID}/background.js", sw.url
        self.sw = sw
        sw.on("console", lambda m: m.type == "error" and self.errors.append(f"worker: {m.text}"))

    def set_local(self, values: dict) -> None:
        self.sw.evaluate("v => chrome.storage.local.set(v)", values)

    def remove_local(self, keys: list[str]) -> None:
        self.sw.evaluate("k => chrome.storage.local.remove(k)", keys)

    def point_to(self, url: str) -> None:
        self.set_local({"devOverrides": {"serviceUrl": url}})

    def acknowledge_reminder(self) -> None:
        self.sw.evaluate("""() => { const d = new Date(), p = (n) => String(n).padStart(2, '0');
            return chrome.storage.local.set({reminderAck: `${d.getFullYear()}-${p(d.getMonth()+1)}-${p(d.getDate())}`}); }""")

    def open_chat(self, url: str = "https://chatgpt.com/"):
        page = self.ctx.new_page()

        def on_console(m):
            if m.type == "error" and "favicon" not in (m.location or {}).get("url", "") and "404" not in m.text:
                self.errors.append(f"page: {m.text}")

        page.on("console", on_console)
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.goto(url)
        page.wait_for_selector("html[data-mamori-state=ready]", timeout=WAIT_MS)
        return page


@pytest.fixture(scope="module")
def browser(playwright_instance, site, service):
    d = tempfile.mkdtemp(prefix="mamori-chromium-")
    ctx = launch(playwright_instance, site.port, d)
    b = Browser(ctx)
    b.main_url = service.url
    b.point_to(service.url)
    b.acknowledge_reminder()
    yield b
    ctx.close()
    shutil.rmtree(d, ignore_errors=True)


@pytest.fixture
def chat(browser):
    page = browser.open_chat()
    yield page
    page.close()
