"""The extension in Chromium reaches this user's own service through the native messaging host
and refuses an impostor (serviceAuth = native).

Real pieces only: Debian's Chromium with the unpacked extension, the native messaging host
(`python -m service.launcher native-host`, registered as a user-level host in the profile's
NativeMessagingHosts folder — on Windows IT registers it in HKLM), the per-user launcher and its
authenticated service. The worker's request path (background.js → lib/service-auth.js) is driven
from the extension's own options page with chrome.runtime.sendMessage, as the content script does.
"""
from __future__ import annotations

import http.server
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from e2e_support import EXT_ID, ROOT, launch

pytestmark = pytest.mark.browser
PII = "山田太郎さんの電話番号は090-8765-4321です"


def _wait(pred, timeout=180.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        v = pred()
        if v:
            return v
        time.sleep(0.3)
    return None


@pytest.fixture(scope="module")
def user_service(tmp_path_factory):
    state = tmp_path_factory.mktemp("state")
    policy = state / "policy.toml"
    policy.write_text(f'[server]\nallowed_origins = ["chrome-extension://{EXT_ID}"]\n', "utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "service.launcher", "run", "--policy", str(policy)], cwd=ROOT,
                            env=dict(os.environ, MAMORI_STATE_DIR=str(state)), stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def ready():
        try:
            info = json.loads((state / "service.json").read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return info if (state / "logs" / "service.log").exists() and "listening" in \
            (state / "logs" / "service.log").read_text("utf-8") else None
    info = _wait(ready)
    assert info, "the launcher's service did not start"
    yield state, info
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def ext_page(playwright_instance, site, user_service):
    state, _ = user_service
    profile = Path(tempfile.mkdtemp(prefix="mamori-chromium-auth-"))
    hosts = profile / "NativeMessagingHosts"
    hosts.mkdir(parents=True)
    script = hosts / "mamori-host.sh"
    script.write_text("#!/bin/sh\n"
                      f"cd '{ROOT}'\n"
                      f"MAMORI_STATE_DIR='{state}' exec '{sys.executable}' -m service.launcher native-host "
                      "--no-start --wait 0 \"$@\"\n", "utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    (hosts / "jp.mamori.service.json").write_text(json.dumps({
        "name": "jp.mamori.service", "description": "mamori test host", "path": str(script), "type": "stdio",
        "allowed_origins": [f"chrome-extension://{EXT_ID}/"]}), "utf-8")
    ctx = launch(playwright_instance, site.port, str(profile))
    sw = ctx.service_workers[0] if ctx.service_workers else ctx.wait_for_event("serviceworker", timeout=20000)
    # A development install honours devOverrides: the production value IT's policy sets.
    sw.evaluate("v => chrome.storage.local.set(v)", {"devOverrides": {"serviceAuth": "native",
                                                                      "serviceUrl": "http://127.0.0.1:9"}})
    page = ctx.new_page()
    page.goto(f"chrome-extension://{EXT_ID}/options/options.html")
    yield page
    ctx.close()
    shutil.rmtree(profile, ignore_errors=True)


def set_overrides(page, url: str) -> None:
    """Change the settings and wait until the worker has seen the change (its onChanged listener
    drops the cached settings and the native session together)."""
    page.evaluate("u => chrome.storage.local.set({devOverrides: {serviceAuth: 'native', serviceUrl: u}})", url)
    for _ in range(100):
        got = page.evaluate("() => chrome.runtime.sendMessage({type: 'settings'})")
        if got["settings"]["serviceUrl"] == url:
            return
        time.sleep(0.1)
    raise AssertionError("the worker did not pick up the new settings")


def scan(page, text: str) -> dict:
    return page.evaluate("t => chrome.runtime.sendMessage({type: 'scan', text: t, source: 'prompt'})", text)


def test_extension_scans_with_this_users_service_found_by_the_native_host(ext_page):
    # serviceUrl points nowhere: the only way to a verdict is the native host's port and secret.
    out = scan(ext_page, PII)
    assert out["ok"] is True, out
    assert out["result"]["verdict"] == "block"


class _Impostor(http.server.BaseHTTPRequestHandler):
    seen: list = []

    def log_message(self, *a):
        pass

    def _any(self):
        n = int(self.headers.get("Content-Length") or 0)
        type(self).seen.append((self.command, self.path, self.rfile.read(n)))
        data = b'{"status":"ok","verdict":"allow","findings":[],"redacted_text":""}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _any


def test_an_impostor_on_the_port_gets_no_text_and_the_send_fails_closed(ext_page, user_service):
    state, info = user_service
    handler = type("Impostor", (_Impostor,), {"seen": []})
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    real = (state / "service.json").read_text("utf-8")
    try:
        # What a stale or hijacked port looks like to the host: a live process on it that is not ours.
        (state / "service.json").write_text(json.dumps({"port": srv.server_address[1], "pid": os.getpid()}), "utf-8")
        # A settings change makes the worker ask the host again (as after a policy refresh).
        set_overrides(ext_page, "http://127.0.0.1:10")
        out = scan(ext_page, PII)
    finally:
        (state / "service.json").write_text(real, "utf-8")
        srv.shutdown()
        srv.server_close()
    assert out["ok"] is False, out
    assert out["error"]["code"] == "not_authentic", out
    # Only body-less GETs (the hello on /healthz, a policy refresh) reach it: a request with a
    # body is sent only after the hello proved the listener (lib/service-auth.js).
    assert any(p == "/healthz" for _, p, _ in handler.seen), handler.seen
    assert all(m == "GET" and body == b"" for m, _, body in handler.seen), handler.seen
    assert all(b"090" not in body and "山田".encode() not in body for _, _, body in handler.seen)


def test_after_the_impostor_the_real_service_is_used_again(ext_page):
    set_overrides(ext_page, "http://127.0.0.1:11")
    out = scan(ext_page, PII)
    assert out["ok"] is True and out["result"]["verdict"] == "block", out
