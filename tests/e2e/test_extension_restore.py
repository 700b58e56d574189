"""Mask, ask, restore (issue 14) in a real Chromium with the unpacked extension and the REAL
service: the masked prompt carries numbered placeholders, a fake ChatGPT streams its answer in
chunks of 1–4 characters (placeholders split over chunks, repeated, in Markdown, code and
tables), every placeholder is shown restored, the copy gives the restored text, what is sent
afterwards never carries a restored value, and the mapping is in no storage and in no request.

Every request the extension makes goes through a recording pass-through in front of the real
service (it forwards bytes and headers unchanged), so the test can read what was sent."""
from __future__ import annotations

import json
import shutil
import tempfile
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from e2e_support import Browser, launch, WAIT_MS

pytestmark = pytest.mark.browser

STREAM_JS = Path(__file__).with_name("fixture") / "stream.js"
DIALOG = "[data-mamori-dialog]"
COMPOSER = "#prompt-textarea"

PROMPT = ("申請者の前橋花子さん（電話 090-1234-5678）と佐藤一郎さんへの案内文を作ってください。"
          "前橋さんには来週、花子さんの書類も届きます。")
VALUES = {"〔氏名1〕": "前橋花子", "〔電話番号1〕": "090-1234-5678", "〔氏名2〕": "佐藤一郎"}
MASKED = ("申請者の〔氏名1〕さん（電話 〔電話番号1〕）と〔氏名2〕さんへの案内文を作ってください。"
          "〔氏名1〕さんには来週、〔氏名1〕さんの書類も届きます。")

# What the fake ChatGPT answers: placeholders repeated, bold, in a list, a table, code (split
# into highlighting spans: the digit of 〔氏名1〕 becomes a number token), and in forms a model
# writes (【氏名2】, a full-width digit). 〔氏名9〕 is not in the mapping and must stay.
ANSWER = "\n".join([
    "**〔氏名1〕様**、〔氏名2〕様",
    "",
    "〔氏名1〕様の書類は来週届きます。ご不明な点は〔電話番号1〕までどうぞ。",
    "- 宛先：〔氏名1〕様（〔電話番号1〕）",
    "- 同行：【氏名2】様、〔氏名１〕様",
    "| 氏名 | 電話 |",
    "|---|---|",
    "| 〔氏名1〕 | 〔電話番号1〕 |",
    "| 〔氏名2〕 | — |",
    "```",
    'to = "〔氏名1〕"  # 〔氏名2〕',
    "tel = 〔電話番号1〕",
    "```",
    "〔氏名9〕は例です。",
])
PLACEHOLDER_FORMS = ["〔氏名1〕", "〔氏名2〕", "【氏名2】", "〔氏名１〕", "〔電話番号1〕"]
N_RESTORED = 14  # placeholders of the mapping in ANSWER


def restored(text: str) -> str:
    for ph, v in [("【氏名2】", "佐藤一郎"), ("〔氏名１〕", "前橋花子"), *VALUES.items()]:
        text = text.replace(ph, v)
    return text


class Recorder:
    """A pass-through to the real service that keeps every request (method, path, body)."""

    def __init__(self, target: str):
        self.requests: list[tuple[str, str, bytes]] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def _forward(self):
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n) if n else None
                recorder.requests.append((self.command, self.path, body or b""))
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length", "connection")}
                req = urllib.request.Request(target + self.path, data=body, method=self.command, headers=headers)
                try:
                    with urllib.request.urlopen(req, timeout=30) as r:
                        status, rh, data = r.status, r.headers, r.read()
                except urllib.error.HTTPError as e:
                    status, rh, data = e.code, e.headers, e.read()
                self.send_response(status)
                for k, v in rh.items():
                    if k.lower() not in ("content-length", "connection", "transfer-encoding", "date", "server"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_OPTIONS = _forward

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def recorder(service):
    r = Recorder(service.url)
    yield r
    r.stop()


@pytest.fixture(scope="module")
def rbrowser(playwright_instance, site, recorder):
    d = tempfile.mkdtemp(prefix="mamori-chromium-restore-")
    ctx = launch(playwright_instance, site.port, d)
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin="https://chatgpt.com")
    ctx.add_init_script(path=str(STREAM_JS))
    b = Browser(ctx)
    b.point_to(recorder.url)
    b.acknowledge_reminder()
    yield b
    ctx.close()
    shutil.rmtree(d, ignore_errors=True)


def submitted(page) -> list[str]:
    return page.evaluate("window.__submitted")


def send_masked(page, text: str) -> str:
    """Type `text`, press Enter, take 「マスクした文に置き換える」, send; returns what was sent."""
    before = len(submitted(page))
    page.click(COMPOSER)
    page.keyboard.insert_text(text)
    page.wait_for_selector("#composer-submit-button")
    page.keyboard.press("Enter")
    dialog = page.locator(f"{DIALOG}[data-mamori-dialog=block]")
    dialog.wait_for(timeout=WAIT_MS)
    preview = dialog.locator("[data-mamori=mask-preview]")
    assert preview.is_visible()
    shown = preview.inner_text()
    assert "このパソコンの画面でだけ" in shown
    dialog.get_by_role("button", name="マスクした文に置き換える").click()
    dialog.wait_for(state="detached", timeout=5000)
    page.wait_for_selector("html[data-mamori-state=ready]", timeout=WAIT_MS)
    page.keyboard.press("Enter")
    page.wait_for_function(f"window.__submitted.length === {before + 1}", timeout=WAIT_MS)
    sent = submitted(page)[-1]
    line = sent.replace("\n", " ")
    assert line[:40] in shown, "the dialog previews the text that is sent"
    return sent


def stream(page, markdown: str, seed: int = 7):
    index = page.locator("[data-streamed]").count()
    page.evaluate("([md, seed]) => window.__streamAnswer(md, {seed, minChunk: 1, maxChunk: 4, delayMs: 1})"
                  ".then(() => true)", [markdown, seed])
    return page.locator("[data-streamed][data-stream-done]").nth(index)


def rendered_text(page, markdown: str) -> str:
    """textContent of `markdown` rendered by the fake page itself (no extension involved)."""
    return page.evaluate("md => window.__renderMarkdown(md).textContent", markdown)


def message_text(msg) -> str:
    return msg.evaluate("m => m.querySelector('.markdown').textContent")


def test_restore_end_to_end(rbrowser, recorder, service):
    page = rbrowser.open_chat()
    try:
        # 1. the masked prompt: numbered, the same value the same number, name parts linked
        sent = send_masked(page, PROMPT)
        assert sent == MASKED
        for v in VALUES.values():
            assert v not in sent
        assert "前橋" not in sent and "花子" not in sent

        # 2. the streamed answer: every placeholder of the mapping restored, highlighted
        msg = stream(page, ANSWER)
        page.wait_for_function(f"document.querySelector('[data-stream-done]').getAttribute('data-mamori-restored') === '{N_RESTORED}'",
                               timeout=WAIT_MS)
        expected = restored(rendered_text(page, ANSWER))
        assert message_text(msg) == expected
        for form in PLACEHOLDER_FORMS:
            assert form not in message_text(msg)
        assert "〔氏名9〕は例です。" in message_text(msg)  # not ours: untouched
        assert msg.evaluate("m => m.querySelector('pre').textContent") == restored(
            'to = "〔氏名1〕"  # 〔氏名2〕\ntel = 〔電話番号1〕')
        assert msg.evaluate("m => m.querySelectorAll('tbody td')[1].textContent") == "090-1234-5678"
        assert page.evaluate("CSS.highlights.get('mamori-restored')?.size || 0") == N_RESTORED
        bar = msg.locator("mamori-restore-bar")
        assert "このパソコンの画面でだけ" in bar.locator(".note").inner_text()

        # 3. the toggle shows the placeholders again, and back
        bar.locator("[data-mamori=restore-toggle]").click()
        assert message_text(msg) == rendered_text(page, ANSWER)
        assert page.evaluate("CSS.highlights.get('mamori-restored')?.size || 0") == 0

        # 4. 「復元してコピー」: the restored text, whichever way the answer is shown
        bar.get_by_role("button", name="復元してコピー").click()
        page.wait_for_selector("[data-mamori-notice=restore-copy]", timeout=5000)
        copied = page.evaluate("navigator.clipboard.readText()")
        bar.locator("[data-mamori=restore-toggle]").click()
        assert message_text(msg) == expected
        visible = msg.evaluate("m => m.querySelector('.markdown').innerText")
        assert copied == visible
        assert all(v in copied for v in VALUES.values()) and "〔氏名1〕" not in copied

        # 5. a second answer in the same tab restores with the same mapping
        msg2 = stream(page, "追記：〔氏名2〕様と〔氏名1〕様に〔電話番号1〕から連絡します。", seed=3)
        page.wait_for_function("document.querySelectorAll('[data-stream-done]')[1].getAttribute('data-mamori-restored') === '3'",
                               timeout=WAIT_MS)
        assert message_text(msg2) == "追記：佐藤一郎様と前橋花子様に090-1234-5678から連絡します。"

        # 5b. a page button that takes the selected answer into the next prompt (ChatGPT's quote)
        #     reads the placeholders: pressing it first puts them back
        page.evaluate("""() => {
            const b = document.createElement('button');
            b.id = 'quote-selection'; b.textContent = 'Ask ChatGPT';
            b.style.cssText = 'position: fixed; top: 4px; right: 4px;';
            b.addEventListener('mousedown', (e) => e.preventDefault());  // keeps the selection, as such popups do
            b.addEventListener('click', () => { window.__quoted = getSelection().toString(); });
            document.body.append(b);
            const r = document.createRange();
            r.selectNodeContents(document.querySelector('[data-stream-done] .markdown'));
            getSelection().removeAllRanges();
            getSelection().addRange(r);
        }""")
        assert "前橋花子" in page.evaluate("getSelection().toString()")
        page.click("#quote-selection")
        quoted = page.evaluate("window.__quoted")
        assert "〔氏名1〕" in quoted
        for v in VALUES.values():
            assert v not in quoted
        assert message_text(msg) == rendered_text(page, ANSWER)
        page.evaluate("getSelection().removeAllRanges()")
        bar.locator("[data-mamori=restore-toggle]").click()
        assert message_text(msg) == expected

        # 6. quoting the restored answer back: masked again with the SAME numbers; the composer
        #    and what is sent never carry a restored value
        quote = "次の文を丁寧にしてください：" + next(ln for ln in copied.split("\n") if "書類は来週" in ln)
        assert "前橋花子" in quote and "090-1234-5678" in quote
        sent2 = send_masked(page, quote)
        assert sent2 == "次の文を丁寧にしてください：" + "〔氏名1〕様の書類は来週届きます。ご不明な点は〔電話番号1〕までどうぞ。"
        for s in submitted(page):
            for v in VALUES.values():
                assert v not in s, "a restored value was sent"

        # 7. a name part the service only warns about alone: masked before, so stopped and masked
        #    the same way; the city's name is not taken for the surname
        sent3 = send_masked(page, "花子さんへのお礼状を作って")
        assert sent3 == "〔氏名1〕さんへのお礼状を作って"
        page.click(COMPOSER)
        page.keyboard.insert_text("前橋市の観光案内を作って")
        page.keyboard.press("Enter")
        page.wait_for_function("window.__submitted.length === 4", timeout=WAIT_MS)
        assert submitted(page)[-1] == "前橋市の観光案内を作って"

        # 8. the mapping is in no storage ...
        dump = rbrowser.sw.evaluate("""async () => JSON.stringify([await chrome.storage.local.get(null),
            await chrome.storage.session.get(null), await chrome.storage.sync.get(null)])""")
        for v in [*VALUES.values(), "〔氏名1〕", "氏名1"]:
            assert v not in dump
        page_storage = page.evaluate("JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])")
        assert "前橋花子" not in page_storage

        # ... and in no request to the service: scans carry only the text typed, events only counts
        assert recorder.requests, "the recorder saw the extension's requests"
        for method, path, body in recorder.requests:
            text = body.decode("utf-8", errors="replace")
            if path == "/v1/scan":
                payload = json.loads(body)
                assert set(payload) <= {"text", "source"}
                has_values = any(v in payload["text"] for v in VALUES.values())
                has_placeholders = any(ph in payload["text"] for ph in VALUES)
                assert not (has_values and has_placeholders), "a request paired placeholders with values"
            else:
                assert not any(v in text for v in [*VALUES.values(), *VALUES]), (method, path)
        assert any(p == "/v1/events" for _, p, _ in recorder.requests)
    finally:
        page.close()


def test_mapping_is_gone_in_another_tab(rbrowser):
    """The mapping is the tab's memory: a new tab of the same conversation restores nothing."""
    page = rbrowser.open_chat()
    try:
        msg = stream(page, "〔氏名1〕様へ、〔電話番号1〕", seed=5)
        page.wait_for_timeout(300)
        assert message_text(msg) == "〔氏名1〕様へ、〔電話番号1〕"
        assert msg.get_attribute("data-mamori-restored") is None
        assert msg.locator("mamori-restore-bar").count() == 0
    finally:
        page.close()


def test_block_only_type_offers_no_masked_text(rbrowser):
    """要配慮個人情報 is block-only by default policy: no 「マスクした文に置き換える」, and why."""
    page = rbrowser.open_chat()
    try:
        page.click(COMPOSER)
        page.keyboard.insert_text("前橋花子さんは生活保護を受けています。案内文を作って")
        page.wait_for_selector("#composer-submit-button")
        page.keyboard.press("Enter")
        dialog = page.locator(f"{DIALOG}[data-mamori-dialog=block]")
        dialog.wait_for(timeout=WAIT_MS)
        assert dialog.get_by_role("button", name="マスクした文に置き換える").count() == 0
        assert "マスクしても送信できません" in dialog.locator("[data-mamori=mask-blocked]").inner_text()
        dialog.get_by_role("button", name="編集に戻る").click()
        assert submitted(page) == []
    finally:
        page.close()


def test_managed_masking_override_keeps_last_four_digits(rbrowser, recorder):
    """maskingOverrides (the managed schema's per-type choice) over the policy: PHONE_NUMBER=last4
    puts the last 4 digits into the placeholder, and the answer's partial placeholder restores."""
    rbrowser.set_local({"devOverrides": {"serviceUrl": recorder.url, "maskingOverrides": "PHONE_NUMBER=last4"}})
    page = rbrowser.open_chat()
    try:
        # (申請者の: the name in a slot blocks; the city's sample name with a sample-looking phone alone only warns)
        sent = send_masked(page, "申請者の前橋花子さん（電話 090-1234-5678）への案内文を作って")
        assert sent == "申請者の〔氏名1〕さん（電話 〔電話番号1・末尾5678〕）への案内文を作って"
        msg = stream(page, "〔氏名1〕様、〔電話番号1・末尾5678〕にお電話します。", seed=9)
        page.wait_for_function("document.querySelector('[data-stream-done]').getAttribute('data-mamori-restored') === '2'",
                               timeout=WAIT_MS)
        assert message_text(msg) == "前橋花子様、090-1234-5678にお電話します。"
    finally:
        page.close()
        rbrowser.point_to(recorder.url)


def test_mask_restore_off_gives_the_plain_placeholders(rbrowser, recorder, service):
    """maskRestore = false (managed schema): the service's <氏名> text, no mapping, nothing restored."""
    rbrowser.set_local({"devOverrides": {"serviceUrl": recorder.url, "maskRestore": False}})
    page = rbrowser.open_chat()
    try:
        text = "申請者の前橋花子さん（電話 090-1234-5678）への案内文を作って"
        page.click(COMPOSER)
        page.keyboard.insert_text(text)
        page.keyboard.press("Enter")
        dialog = page.locator(f"{DIALOG}[data-mamori-dialog=block]")
        dialog.wait_for(timeout=WAIT_MS)
        assert dialog.locator("[data-mamori=mask-preview]").count() == 0
        dialog.get_by_role("button", name="マスクした文に置き換える").click()
        dialog.wait_for(state="detached", timeout=5000)
        page.wait_for_selector("html[data-mamori-state=ready]", timeout=WAIT_MS)
        assert page.evaluate("window.__editorState()") == service.scan(text)["redacted_text"]
        msg = stream(page, "〔氏名1〕様へ", seed=2)
        page.wait_for_timeout(300)
        assert message_text(msg) == "〔氏名1〕様へ"
    finally:
        page.close()
        rbrowser.point_to(recorder.url)
