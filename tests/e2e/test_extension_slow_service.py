"""A slow or dead service, as the extension sees it (issue 6): a scan slower than the
extension's timeout ends in the fail mode (fail-closed dialog by default), a service killed
mid-request does the same, and the next send after the service is back works without
reloading the page. Run: pytest tests/e2e/test_extension_slow_service.py"""
from __future__ import annotations

import json
import os
import signal
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from e2e_support import Service, free_port

pytestmark = pytest.mark.browser

ALLOW_TEXT = "Excelで平均を求める関数を教えてください"
DIALOG = "[data-mamori-dialog]"
COMPOSER = "#prompt-textarea, [data-composer-markdown], #mobile-composer-prompt"
TIMEOUT_MS = 800  # the extension's scan timeout for these tests (policy-settable; default 3000)


class SlowService:
    """A loopback stand-in in front of the real service: in mode "slow" it accepts
    POST /v1/scan and sleeps (`delay` s) before answering allow; everything else, and every
    request in mode "proxy", is forwarded to the real service."""

    def __init__(self, upstream: str, delay: float = 10.0):
        self.upstream, self.delay, self.mode = upstream, delay, "slow"
        self.scan_hits = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):  # quiet
                pass

            def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except OSError:
                    pass  # the extension gave up already

            def _proxy(self, body: bytes | None) -> None:
                headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "origin")}
                req = urllib.request.Request(outer.upstream + self.path, data=body, headers=headers,
                                             method=self.command)
                try:
                    with urllib.request.urlopen(req, timeout=10) as r:
                        self._send(r.status, r.read(), r.headers.get("Content-Type", "application/json"))
                except urllib.error.HTTPError as e:
                    self._send(e.code, e.read(), e.headers.get("Content-Type", "application/json"))

            def do_GET(self):
                self._proxy(None)

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.path == "/v1/scan":
                    outer.scan_hits += 1
                    if outer.mode == "slow":
                        time.sleep(outer.delay)
                        self._send(200, json.dumps({"verdict": "allow", "findings": [], "redacted_text": "",
                                                    "policy_version": "slow"}).encode())
                        return
                self._proxy(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "SlowService":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def type_prompt(page, text: str) -> None:
    page.click(COMPOSER)
    page.keyboard.insert_text(text)
    page.wait_for_selector("#composer-submit-button")


def submitted(page) -> list[str]:
    return page.evaluate("window.__submitted")


def composer_text(page) -> str:
    return page.evaluate("window.__editorState()")


def state(page) -> str:
    return page.evaluate("document.documentElement.getAttribute('data-mamori-state')")


def mark_page(page) -> None:
    """A marker in the page's own world: a reload would lose it."""
    page.evaluate("window.__sameDocument = 'yes'")


def same_document(page) -> bool:
    return page.evaluate("window.__sameDocument") == "yes"


def back_to_edit(page, dialog) -> None:
    dialog.get_by_role("button", name="編集に戻る").click()
    dialog.wait_for(state="detached", timeout=3000)
    page.wait_for_selector("html[data-mamori-state=ready]", timeout=5000)


@pytest.fixture
def overrides(browser):
    """Set devOverrides for one test (service URL, timeout, fail mode); restore afterwards."""
    def set_(**values):
        browser.set_local({"devOverrides": values})
    yield set_
    browser.point_to(browser.main_url)


def test_slow_scan_ends_in_fail_closed_dialog_and_next_send_works(browser, service, overrides):
    with SlowService(service.url, delay=10.0) as slow:
        overrides(serviceUrl=slow.url, timeoutMs=TIMEOUT_MS)
        page = browser.open_chat()
        try:
            mark_page(page)
            type_prompt(page, ALLOW_TEXT)
            page.keyboard.press("Enter")
            dialog = page.locator(f"{DIALOG}[data-mamori-dialog=unreachable]")
            dialog.wait_for(timeout=9000)  # before the slow service's answer at 10 s
            assert slow.scan_hits == 1, "the scan reached the slow service"
            text = dialog.inner_text()
            # "timeout" is the error code of the extension's own timer: the answer never came
            assert "確認サービスに接続できません" in text and "timeout" in text
            assert dialog.get_by_role("button", name="このまま送信").count() == 0  # fail closed
            assert submitted(page) == []
            # Not a hung composer: back to editing, the text is kept, a new send is possible.
            back_to_edit(page, dialog)
            assert composer_text(page) == ALLOW_TEXT
            # The service is back (answers at once): the next send works without a reload.
            slow.mode = "proxy"
            page.keyboard.press("Enter")
            page.wait_for_function("window.__submitted.length === 1", timeout=6000)
            assert submitted(page) == [ALLOW_TEXT]
            assert page.locator(DIALOG).count() == 0
            assert same_document(page)
        finally:
            page.close()


@pytest.mark.parametrize("fail_mode", ["warn", "allow"])
def test_slow_scan_follows_the_fail_mode(browser, service, overrides, fail_mode):
    with SlowService(service.url, delay=10.0) as slow:
        overrides(serviceUrl=slow.url, timeoutMs=TIMEOUT_MS, failMode=fail_mode)
        page = browser.open_chat()
        try:
            type_prompt(page, ALLOW_TEXT)
            t0 = time.monotonic()
            page.keyboard.press("Enter")
            if fail_mode == "allow":
                page.wait_for_function("window.__submitted.length === 1", timeout=6000)
                assert page.locator(DIALOG).count() == 0
            else:
                dialog = page.locator(f"{DIALOG}[data-mamori-dialog=unreachable]")
                dialog.wait_for(timeout=6000)
                assert submitted(page) == []
                dialog.locator("input[type=checkbox]").check()
                dialog.get_by_role("button", name="このまま送信").click()
                page.wait_for_function("window.__submitted.length === 1", timeout=5000)
            assert time.monotonic() - t0 < slow.delay / 2
            assert submitted(page) == [ALLOW_TEXT]
            assert slow.scan_hits == 1
        finally:
            page.close()


def test_paused_service_times_out_then_resumes(browser, test_policy, overrides):
    spare = Service(free_port(), test_policy).start()
    page = None
    try:
        overrides(serviceUrl=spare.url, timeoutMs=TIMEOUT_MS)
        page = browser.open_chat()
        mark_page(page)
        type_prompt(page, ALLOW_TEXT)
        os.kill(spare.proc.pid, signal.SIGSTOP)  # the service hangs (e.g. the PC is swapping)
        try:
            page.keyboard.press("Enter")
            dialog = page.locator(f"{DIALOG}[data-mamori-dialog=unreachable]")
            dialog.wait_for(timeout=6000)
            assert "timeout" in dialog.inner_text()
            assert submitted(page) == []
        finally:
            os.kill(spare.proc.pid, signal.SIGCONT)
        dialog.get_by_role("button", name="再試行").click()
        page.wait_for_function("window.__submitted.length === 1", timeout=8000)
        assert submitted(page) == [ALLOW_TEXT]
        assert same_document(page)
    finally:
        if page:
            page.close()
        spare.stop()


def test_service_killed_mid_request_then_restarted(browser, test_policy, overrides):
    port = free_port()
    spare = Service(port, test_policy).start()
    page = None
    try:
        # A long timeout: the dialog must come from the dead connection, not from the timer.
        overrides(serviceUrl=spare.url, timeoutMs=20000)
        page = browser.open_chat()
        mark_page(page)
        type_prompt(page, ALLOW_TEXT)
        os.kill(spare.proc.pid, signal.SIGSTOP)  # hold the request in flight …
        page.keyboard.press("Enter")
        page.wait_for_selector("html[data-mamori-state=scanning]", timeout=3000)
        page.wait_for_timeout(700)
        assert submitted(page) == [] and state(page) == "scanning"
        t0 = time.monotonic()
        os.kill(spare.proc.pid, signal.SIGKILL)  # … and kill the service while it is
        spare.proc.wait(10)
        dialog = page.locator(f"{DIALOG}[data-mamori-dialog=unreachable]")
        dialog.wait_for(timeout=8000)
        assert time.monotonic() - t0 < 8
        assert "timeout" not in dialog.inner_text()
        assert dialog.get_by_role("button", name="このまま送信").count() == 0
        assert submitted(page) == []
        back_to_edit(page, dialog)
        # Restarted on the same port: the next send works without reloading the page.
        spare = Service(port, test_policy).start()
        page.keyboard.press("Enter")
        page.wait_for_function("window.__submitted.length === 1", timeout=8000)
        assert submitted(page) == [ALLOW_TEXT]
        assert same_document(page)
    finally:
        if page:
            page.close()
        spare.stop()


def test_no_errors_from_extension(browser):
    assert browser.errors == []
