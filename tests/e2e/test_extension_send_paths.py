"""Every place text leaves (issue 12), in a real Chromium with the unpacked extension and the
real service, on fake ChatGPT pages (tests/e2e/fixture/*.html): today's composer, the
edit-message box, instruction fields (scanned on save), two formless composers, redesigns
the selectors do not know, a ?q= link that sends before the content script is ready, a
shadow root, same-origin frames; and the friction items (too long, a page that defers its
submit, the page removing our root node). Each path is shown scanned (personal data
blocked, harmless text let through) or failed closed (a notice, a count-only audit event).
Run: pytest tests/e2e/test_extension_send_paths.py"""
from __future__ import annotations

import json
import time
import urllib.parse
from pathlib import Path

import pytest

from e2e_support import TEST_POLICY, Service, free_port, WAIT_MS

pytestmark = pytest.mark.browser

BLOCK_TEXT = "申請者の前橋花子さん（電話 027-231-0000）への回答文を作って"
ALLOW_TEXT = "Excelで平均を求める関数を教えてください"
DIALOG = "[data-mamori-dialog]"
BLOCK_DIALOG = "[data-mamori-dialog=block]"


@pytest.fixture(scope="module")
def audit_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("send-audit")


@pytest.fixture(scope="module")
def b(browser, tmp_path_factory, audit_dir):
    """The module's browser, talking to a real service that writes audit lines."""
    policy = tmp_path_factory.mktemp("send-policy") / "policy.toml"
    policy.write_text(TEST_POLICY + f"\n[audit]\ndirectory = {json.dumps(str(audit_dir))}\n", encoding="utf-8")
    svc = Service(free_port(), policy).start()
    assert svc.scan(BLOCK_TEXT)["verdict"] == "block" and svc.scan(ALLOW_TEXT)["verdict"] == "allow"
    browser.point_to(svc.url)
    yield browser
    browser.point_to(browser.main_url)
    svc.stop()


def open_page(b, url: str):
    return b.open_chat(url if url.startswith("https://") else f"https://chatgpt.com{url}")


def scans(frame) -> int:
    return int(frame.evaluate("document.documentElement.getAttribute('data-mamori-scans') || '0'"))


def close_dialog(frame) -> None:
    frame.locator(DIALOG).get_by_role("button", name="編集に戻る").click()
    frame.locator(DIALOG).wait_for(state="detached", timeout=5000)
    frame.wait_for_selector("html[data-mamori-state=ready]", timeout=WAIT_MS)


def expect_blocked(frame) -> None:
    frame.locator(BLOCK_DIALOG).wait_for(timeout=WAIT_MS)
    assert "送信を止めました" in frame.locator(BLOCK_DIALOG).inner_text()
    close_dialog(frame)


def audit_lines(audit_dir: Path) -> list[dict]:
    out = []
    for f in sorted(audit_dir.glob("*.jsonl")):
        out += [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
    return out


# ---- today's composer ------------------------------------------------------------------

def test_todays_composer_blocks_personal_data_and_sends_harmless_text(b):
    page = open_page(b, "/")
    try:
        page.click("#prompt-textarea")
        page.keyboard.insert_text(BLOCK_TEXT)
        page.keyboard.press("Enter")
        expect_blocked(page)
        page.click("#composer-submit-button")
        expect_blocked(page)
        assert page.evaluate("window.__submitted") == []
        page.evaluate("document.execCommand('selectAll')")
        page.keyboard.insert_text(ALLOW_TEXT)
        page.keyboard.press("Enter")
        page.wait_for_function("window.__submitted.length === 1", timeout=WAIT_MS)
        assert page.evaluate("window.__submitted") == [ALLOW_TEXT]
        assert scans(page) == 3
    finally:
        page.close()


# ---- the edit-message box -----------------------------------------------------------------

def test_edit_message_box_is_scanned_not_the_composer_draft(b):
    page = open_page(b, "/c/6743ab?page=edit")
    try:
        # The composer holds a draft with personal data: editing the message must neither send nor scan it.
        page.fill("#prompt-textarea", BLOCK_TEXT)
        page.click("#msg1 button.edit")
        box = page.locator("#msg1 textarea")
        box.fill(BLOCK_TEXT)
        box.press("Enter")
        expect_blocked(page)
        page.locator("#msg1").get_by_role("button", name="送信").click()
        expect_blocked(page)
        assert page.evaluate("window.__edited") == []
        box.fill(ALLOW_TEXT)
        page.locator("#msg1").get_by_role("button", name="送信").click()
        page.wait_for_function("window.__edited.length === 1", timeout=WAIT_MS)
        assert page.evaluate("window.__edited") == [ALLOW_TEXT]
        assert page.evaluate("window.__submitted") == [], "the composer's draft was sent"
        assert page.input_value("#prompt-textarea") == BLOCK_TEXT
        # Enter in the edit box sends too, once scanned.
        page.click("#msg1 button.edit")
        page.locator("#msg1 textarea").fill(ALLOW_TEXT + "（修正）")
        page.locator("#msg1 textarea").press("Enter")
        page.wait_for_function("window.__edited.length === 2", timeout=WAIT_MS)
        assert scans(page) == 4
    finally:
        page.close()


# ---- instruction fields: scanned on save --------------------------------------------------

@pytest.mark.parametrize("part,field,save", [
    ("custom", "#ci-about", "#ci-save"),
    ("project", "#pj-text", "#pj-save"),
    ("gpt", "#gpt-instructions", "#gpt-create"),
])
def test_instructions_are_scanned_when_saved(b, part, field, save):
    page = open_page(b, f"/?page=instructions&part={part}")
    try:
        page.fill(field, BLOCK_TEXT)
        page.click(save)
        expect_blocked(page)
        assert page.evaluate("window.__saved") == []
        page.fill(field, ALLOW_TEXT)
        page.click(save)
        page.wait_for_function("window.__saved.length === 1", timeout=WAIT_MS)
        saved = page.evaluate("window.__saved")
        assert saved[0]["where"] == part and ALLOW_TEXT in saved[0]["text"]
        # Newlines in an instruction field are typed, not sent.
        before = scans(page)
        page.click(field)
        page.keyboard.press("Enter")
        assert page.input_value(field).endswith("\n")
        assert scans(page) == before
    finally:
        page.close()


def test_sign_in_form_is_not_scanned(b):
    page = open_page(b, "/?page=instructions&part=login")
    try:
        page.fill("#login-email", "maebashi.hanako@city.maebashi.lg.jp")
        page.fill("#login-password", "correct horse battery staple")
        page.click("#login-go")
        page.wait_for_function("window.__saved.length === 1", timeout=WAIT_MS)
        assert scans(page) == 0
        assert page.locator(DIALOG).count() == 0
    finally:
        page.close()


# ---- two composers without a form ----------------------------------------------------------

def test_formless_composers_each_scan_their_own_draft(b):
    page = open_page(b, "/?page=multi")
    try:
        page.click("#ed-a")
        page.keyboard.insert_text(BLOCK_TEXT)
        page.fill("#ed-b", ALLOW_TEXT)
        page.click("#send-b")  # B's harmless draft goes; A's personal data is not what is scanned
        page.wait_for_function("window.__sent.length === 1", timeout=WAIT_MS)
        assert page.evaluate("window.__sent") == [{"who": "b", "text": ALLOW_TEXT}]
        page.click("#send-a")
        expect_blocked(page)
        page.click("#ed-a")
        page.keyboard.press("Enter")
        expect_blocked(page)
        # Field, button, field, button in one container: each button sends the field before it.
        page.fill("#ed-c", BLOCK_TEXT)
        page.fill("#ed-d", ALLOW_TEXT)
        page.click("#send-d")
        page.wait_for_function("window.__sent.length === 2", timeout=WAIT_MS)
        page.click("#send-c")
        expect_blocked(page)
        page.locator("#ed-c").press("Enter")
        expect_blocked(page)
        assert page.evaluate("window.__sent") == [{"who": "b", "text": ALLOW_TEXT}, {"who": "d", "text": ALLOW_TEXT}]
    finally:
        page.close()


# ---- redesigns the registry does not know ---------------------------------------------------

REDESIGNS = {
    # variant: (editor, send button)
    "editor-attr": ("[data-lexical-editor]", "#composer-submit-button"),
    "send-testid": ("#prompt-textarea", "[data-fixture-send]"),
    "new-form": ("form.composer-v3 textarea:not(.hidden)", "[data-fixture-send]"),
}


@pytest.mark.parametrize("variant", sorted(REDESIGNS))
def test_redesign_degrades_to_the_generic_fallback(b, variant):
    editor, send = REDESIGNS[variant]
    page = open_page(b, f"/?composer={variant}")
    try:
        assert page.evaluate("window.__composerVariant") == variant
        page.click(editor)
        page.keyboard.insert_text(BLOCK_TEXT)
        page.keyboard.press("Enter")
        expect_blocked(page)
        page.click(send)
        expect_blocked(page)
        assert page.evaluate("window.__submitted") == []
        page.click(editor)
        page.keyboard.press("Control+A")
        page.keyboard.insert_text(ALLOW_TEXT)
        page.click(send)
        page.wait_for_function("window.__submitted.length === 1", timeout=WAIT_MS)
        assert page.evaluate("window.__submitted") == [ALLOW_TEXT]
    finally:
        page.close()


def test_enter_in_any_field_of_the_composer_form_is_a_send(b):
    """A new editor in today's form whose send button has no label at all: Enter is still scanned."""
    page = open_page(b, "/?composer=plain-send")
    try:
        page.click("[data-lexical-editor]")
        page.keyboard.insert_text(BLOCK_TEXT)
        page.keyboard.press("Enter")
        expect_blocked(page)
        assert page.evaluate("window.__submitted") == []
        page.click("[data-lexical-editor]")
        page.keyboard.press("Control+A")
        page.keyboard.insert_text(ALLOW_TEXT)
        page.keyboard.press("Enter")
        page.wait_for_function("window.__submitted.length === 1", timeout=WAIT_MS)
        assert page.evaluate("window.__submitted") == [ALLOW_TEXT]
    finally:
        page.close()


@pytest.mark.parametrize("variant", ["press", "keyup"])
def test_send_on_pointer_up_or_keyup_is_scanned(b, variant):
    """A redesign whose send button acts on pointer up, or whose Enter sends on keyup."""
    page = open_page(b, f"/?composer={variant}")
    try:
        page.click("#prompt-textarea")
        page.keyboard.insert_text(BLOCK_TEXT)
        page.keyboard.press("Enter")
        expect_blocked(page)
        page.click("#composer-submit-button")
        expect_blocked(page)
        assert page.evaluate("window.__submitted") == []
        page.click("#prompt-textarea")
        page.keyboard.press("Control+A")
        page.keyboard.insert_text(ALLOW_TEXT)
        page.click("#composer-submit-button")
        page.wait_for_function("window.__submitted.length === 1", timeout=WAIT_MS)
        page.keyboard.insert_text(ALLOW_TEXT + "（2回目）")
        page.keyboard.press("Enter")
        page.wait_for_function("window.__submitted.length === 2", timeout=WAIT_MS)
        page.wait_for_timeout(300)
        assert page.evaluate("window.__submitted") == [ALLOW_TEXT, ALLOW_TEXT + "（2回目）"]
    finally:
        page.close()


def test_unreadable_editor_fails_closed_and_tells_it(b, audit_dir):
    for f in audit_dir.glob("*"):
        f.unlink()
    page = open_page(b, "/c/6743ab12-9f0e-4d1c?composer=canvas")
    try:
        page.click(".editor-v4")
        page.keyboard.type("tel 090-1234-5678")
        page.keyboard.press("Enter")
        notice = page.locator("[data-mamori-notice=selector-miss]")
        notice.wait_for(timeout=5000)
        text = notice.inner_text()
        assert "送信を止めました" in text and "読み取れなかった" in text and "問い合わせ先" in text
        page.click("#composer-submit-button")
        page.wait_for_function("document.documentElement.dataset.mamoriMisses === '2'", timeout=5000)
        page.evaluate("document.querySelector('form').requestSubmit()")
        page.wait_for_function("document.documentElement.dataset.mamoriMisses === '3'", timeout=5000)
        assert page.evaluate("window.__submitted") == []
        assert scans(page) == 0
        deadline = time.monotonic() + 10
        while len(audit_lines(audit_dir)) < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        lines = audit_lines(audit_dir)
        assert [(x["event"], x["path"], x.get("gesture")) for x in lines] == [
            ("selector_miss", "/c/:id", "enter"), ("selector_miss", "/c/:id", "click"), ("selector_miss", "/c/:id", "submit")]
        raw = "".join(f.read_text(encoding="utf-8") for f in audit_dir.glob("*.jsonl"))
        # The typed number in any form, not a bare "090": the records carry random hex ids, and
        # three digits can occur in them by chance (a flake seen on a fresh clone).
        assert "6743ab12" not in raw and "tel" not in raw
        assert not any(v in raw for v in ("090-1234-5678", "09012345678", "1234-5678"))
    finally:
        page.close()


def test_unknown_editor_in_an_unknown_form_fails_closed_after_typing(b):
    """Nothing on the page is registered: the user typing into something that keeps its text
    out of the DOM, then sending, is what marks the send as unreadable."""
    page = open_page(b, "/c/6743ab?composer=canvas-newform")
    try:
        page.click(".editor-v4")
        page.keyboard.type("tel 090-1234-5678")
        page.keyboard.press("Enter")
        page.locator("[data-mamori-notice=selector-miss]").wait_for(timeout=5000)
        page.click("[data-fixture-send]")
        page.wait_for_function("document.documentElement.dataset.mamoriMisses === '2'", timeout=5000)
        page.evaluate("document.querySelector('form').requestSubmit()")
        page.wait_for_function("document.documentElement.dataset.mamoriMisses === '3'", timeout=5000)
        assert page.evaluate("window.__submitted") == []
        assert scans(page) == 0
    finally:
        page.close()


def test_forms_without_text_still_submit(b):
    """No field and nothing typed: a form of buttons only (feedback, settings toggles) is no send to stop."""
    page = open_page(b, "/?composer=canvas-newform")
    try:
        page.evaluate("""() => { const f = document.createElement('form'); f.id = 'opts';
            f.innerHTML = '<label><input type=checkbox name=a checked> A</label><button type=submit id=opts-go>送信</button>';
            window.__opts = 0; f.addEventListener('submit', (e) => { e.preventDefault(); window.__opts += 1; });
            document.body.append(f); }""")
        page.click("#opts-go")
        page.wait_for_function("window.__opts === 1", timeout=5000)
        assert page.evaluate("document.documentElement.dataset.mamoriMisses || '0'") == "0"
    finally:
        page.close()


# ---- before the content script is ready: ?q= -----------------------------------------------

@pytest.mark.parametrize("by", ["submit", "click"])
@pytest.mark.parametrize("text,verdict", [(BLOCK_TEXT, "block"), (ALLOW_TEXT, "allow")])
def test_prefilled_prompt_sent_while_loading_is_held_and_scanned(b, text, verdict, by):
    """A page that pre-fills the composer and submits it (or clicks send) at once, before main.js is loaded."""
    page = b.ctx.new_page()
    try:
        page.goto(f"https://chatgpt.com/?by={by}&autosend=" + urllib.parse.quote(text))
        # The page tried to send while it was still loading: the loader held it.
        assert page.evaluate("window.__qSubmitState") == "holding"
        if verdict == "block":
            page.locator(BLOCK_DIALOG).wait_for(timeout=WAIT_MS)
            close_dialog(page)
            assert page.evaluate("window.__submitted") == []
        else:
            page.wait_for_function("window.__submitted.length === 1", timeout=WAIT_MS)
            page.wait_for_timeout(300)
            assert page.evaluate("window.__submitted") == [text]
        assert scans(page) == 1
    finally:
        page.close()


@pytest.mark.parametrize("text,verdict", [(BLOCK_TEXT, "block"), (ALLOW_TEXT, "allow")])
def test_q_link_is_taken_from_the_address_and_sent_through_the_scan(b, site, text, verdict):
    """chatgpt.com/?q=…: neither the server (a network rule moves it into the fragment) nor
    the page (the loader takes it out of the address) sees the prompt; the extension puts it
    into the composer and sends it through the scan."""
    page = b.ctx.new_page()
    try:
        site.httpd.requests.clear()
        page.goto("https://chatgpt.com/?model=gpt-4o&q=" + urllib.parse.quote_plus(text) + "&hints=search")
        assert page.evaluate("window.__sawQ") is False
        assert page.evaluate("location.search") == "?model=gpt-4o&hints=search"
        assert page.evaluate("location.hash") == ""
        reached = [urllib.parse.unquote_plus(p) for p in site.httpd.requests]
        assert reached and all(text not in p and "027" not in p and "Excel" not in p for p in reached), reached
        if verdict == "block":
            page.locator(BLOCK_DIALOG).wait_for(timeout=WAIT_MS)
            close_dialog(page)
            assert page.evaluate("window.__submitted") == []
            assert page.evaluate("window.__editorState()") == text, "left in the composer to be edited"
        else:
            page.wait_for_function("window.__submitted.length === 1", timeout=WAIT_MS)
            page.wait_for_timeout(300)
            assert page.evaluate("window.__submitted") == [text]
        assert scans(page) == 1
    finally:
        page.close()


# ---- shadow roots and frames --------------------------------------------------------------

@pytest.mark.parametrize("mode", ["open", "closed"])
def test_composer_in_a_shadow_root(b, mode):
    page = open_page(b, f"/?page=shadow&mode={mode}")
    try:
        assert page.evaluate("window.__shadowMode") == mode
        page.evaluate("window.__shadow.ta.focus()")
        page.keyboard.insert_text(BLOCK_TEXT)
        page.keyboard.press("Enter")
        expect_blocked(page)
        box = page.evaluate("(() => { const r = window.__shadow.go.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        page.mouse.click(*box)
        expect_blocked(page)
        page.evaluate("window.__shadow.form.requestSubmit()")  # a submit that never leaves the shadow root
        expect_blocked(page)
        assert page.evaluate("window.__submitted") == []
        page.evaluate("window.__shadow.ta.focus(); window.__shadow.ta.select()")
        page.keyboard.insert_text(ALLOW_TEXT)
        page.keyboard.press("Enter")
        page.wait_for_function("window.__submitted.length === 1", timeout=WAIT_MS)
        assert page.evaluate("window.__submitted") == [ALLOW_TEXT]
    finally:
        page.close()


def test_composers_in_same_origin_frames(b):
    page = open_page(b, "/?page=frame")
    try:
        inner = page.frame_locator("#inner")
        frame = next(f for f in page.frames if f.url.startswith("https://chatgpt.com/embedded"))
        frame.wait_for_selector("html[data-mamori-state=ready]", timeout=WAIT_MS)
        inner.locator("#mobile-composer-prompt").click()
        page.keyboard.insert_text(BLOCK_TEXT)
        page.keyboard.press("Enter")
        expect_blocked(frame)
        assert frame.evaluate("window.__submitted") == []
        frame.fill("#mobile-composer-prompt", ALLOW_TEXT)
        frame.click("#composer-submit-button")
        frame.wait_for_function("window.__submitted.length === 1", timeout=WAIT_MS)
        assert frame.evaluate("window.__submitted") == [ALLOW_TEXT]
        # An about:blank frame the page writes itself is guarded as well.
        blank = page.frame_locator("#blank")
        bframe = next(f for f in page.frames if f.url in ("about:blank", "") and f != page.main_frame)
        bframe.wait_for_selector("html[data-mamori-state=ready]", timeout=WAIT_MS)
        blank.locator("#bt").fill(BLOCK_TEXT)
        blank.locator("#bs").click()
        expect_blocked(bframe)
        assert bframe.evaluate("window.__submitted") == []
        blank.locator("#bt").fill(ALLOW_TEXT)
        blank.locator("#bs").click()
        bframe.wait_for_function("window.__submitted.length === 1", timeout=WAIT_MS)
    finally:
        page.close()


# ---- friction -------------------------------------------------------------------------------

def test_over_100000_characters_is_too_long_not_unreachable(b):
    page = open_page(b, "/?composer=textarea")
    try:
        page.evaluate("""() => { const ta = document.getElementById('mobile-composer-prompt');
            ta.value = '市民の皆さまへのお知らせ文の案です。'.repeat(6000);
            ta.dispatchEvent(new Event('input', {bubbles: true})); }""")
        page.click("#mobile-composer-prompt")
        page.keyboard.press("End")
        page.keyboard.press("Enter")
        dialog = page.locator("[data-mamori-dialog=too_long]")
        dialog.wait_for(timeout=WAIT_MS)
        text = dialog.inner_text()
        assert "長すぎます" in text and "100,000" in text and "108,000" in text
        assert "確認サービスに接続できません" not in text
        assert dialog.get_by_role("button", name="このまま送信").count() == 0
        close_dialog(page)
        assert page.evaluate("window.__submitted") == []
        assert scans(page) == 0, "no scan is asked for a text the service would refuse"
    finally:
        page.close()


@pytest.mark.parametrize("how", ["enter", "click"])
def test_page_that_defers_its_submit_is_scanned_once(b, how):
    page = open_page(b, "/?defer=1")
    try:
        page.click("#prompt-textarea")
        page.keyboard.insert_text(ALLOW_TEXT)
        if how == "enter":
            page.keyboard.press("Enter")
        else:
            page.click("#composer-submit-button")
        page.wait_for_function("window.__submitted.length === 1", timeout=WAIT_MS)
        page.wait_for_timeout(800)  # room for a loop to show itself
        assert page.evaluate("window.__submitted") == [ALLOW_TEXT]
        assert scans(page) == 1
        # A personal-data prompt on the same page is still stopped.
        page.click("#prompt-textarea")
        page.keyboard.insert_text(BLOCK_TEXT)
        page.keyboard.press("Enter")
        expect_blocked(page)
        assert page.evaluate("window.__submitted") == [ALLOW_TEXT]
    finally:
        page.close()


def test_sending_recovers_when_the_page_removes_our_root_node(b):
    page = open_page(b, "/")
    try:
        page.click("#prompt-textarea")
        page.keyboard.insert_text(BLOCK_TEXT)
        page.keyboard.press("Enter")
        page.locator(BLOCK_DIALOG).wait_for(timeout=WAIT_MS)
        # Removed while the dialog is open: the dialog comes back.
        page.evaluate("document.getElementById('mamori-root').remove()")
        page.wait_for_function("!!document.getElementById('mamori-root')?.isConnected", timeout=5000)
        expect_blocked(page)
        assert page.evaluate("window.__submitted") == []
        # A page that keeps removing it: the send ends as 「編集に戻る」, never stuck.
        page.keyboard.press("Enter")
        page.locator(BLOCK_DIALOG).wait_for(timeout=WAIT_MS)
        page.evaluate("""() => { window.__removals = 0; const mo = new MutationObserver(() => {
            const r = document.getElementById('mamori-root'); if (r && window.__removals < 10) { window.__removals++; r.remove(); } });
            mo.observe(document.documentElement, {childList: true, subtree: true}); window.__stopRemoving = () => mo.disconnect();
            document.getElementById('mamori-root').remove(); }""")
        page.wait_for_selector("html[data-mamori-state=ready]", timeout=WAIT_MS)
        page.evaluate("window.__stopRemoving()")
        assert page.evaluate("window.__submitted") == []
        page.click("#prompt-textarea")
        page.keyboard.press("Enter")  # not stuck: scanned again, dialog back
        expect_blocked(page)
        page.evaluate("document.getElementById('mamori-root').remove()")  # removed while idle, too
        page.click("#prompt-textarea")
        page.keyboard.press("Control+A")
        page.keyboard.insert_text(ALLOW_TEXT)
        page.keyboard.press("Enter")
        page.wait_for_function("window.__submitted.length === 1", timeout=WAIT_MS)
        assert page.evaluate("window.__submitted") == [ALLOW_TEXT]
    finally:
        page.close()


def test_no_errors_from_extension(b):
    assert b.errors == []
