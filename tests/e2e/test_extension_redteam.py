"""Red team (issue 12): a careless user and an attacker trying to get personal data out of a
ChatGPT-like page unscanned, in a real Chromium with the unpacked extension and the real
service. The pages are variants the other fixtures do not have (tests/e2e/fixture/redteam.html,
?page=redteam&v=NAME; and index.html). Every attack here is either stopped (the block dialog,
nothing recorded as sent) or the harmless text goes through after its scan.
Run: pytest tests/e2e/test_extension_redteam.py"""
from __future__ import annotations

import urllib.parse

import pytest

from e2e_support import TEST_POLICY, Service, free_port, WAIT_MS

pytestmark = pytest.mark.browser

BLOCK_TEXT = "申請者の前橋花子さん（電話 027-231-0000）への回答文を作って"
ALLOW_TEXT = "Excelで平均を求める関数を教えてください"
DIALOG = "[data-mamori-dialog]"
BLOCK_DIALOG = "[data-mamori-dialog=block]"


@pytest.fixture(scope="module")
def b(browser, tmp_path_factory):
    policy = tmp_path_factory.mktemp("redteam-policy") / "policy.toml"
    policy.write_text(TEST_POLICY, encoding="utf-8")
    svc = Service(free_port(), policy).start()
    assert svc.scan(BLOCK_TEXT)["verdict"] == "block" and svc.scan(ALLOW_TEXT)["verdict"] == "allow"
    browser.point_to(svc.url)
    yield browser
    browser.point_to(browser.main_url)
    svc.stop()


def open_variant(b, v: str):
    return b.open_chat(f"https://chatgpt.com/?page=redteam&v={v}")


def scans(frame) -> int:
    return int(frame.evaluate("document.documentElement.getAttribute('data-mamori-scans') || '0'"))


def expect_blocked(frame) -> None:
    frame.locator(BLOCK_DIALOG).wait_for(timeout=WAIT_MS)
    assert "送信を止めました" in frame.locator(BLOCK_DIALOG).inner_text()
    frame.locator(DIALOG).get_by_role("button", name="編集に戻る").click()
    frame.locator(DIALOG).wait_for(state="detached", timeout=5000)
    frame.wait_for_selector("html[data-mamori-state=ready]", timeout=WAIT_MS)


def type_into(page, sel: str, text: str) -> None:
    page.click(sel)
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(text)


# ---- send controls the registry does not name -------------------------------------------

@pytest.mark.parametrize("v", ["a-send", "div-send", "svg-send", "labelledby", "deep", "label-only", "window-capture"])
def test_send_control_of_any_shape_is_scanned(b, v):
    """A link, a div role=button, an icon button named by its SVG <title> or by aria-labelledby,
    a button far from its editor in the tree, a labelled div with no role; a page sending from
    its own window capture listeners, registered before the content modules are."""
    page = open_variant(b, v)
    try:
        type_into(page, ".ed", BLOCK_TEXT)
        page.click(".send")
        expect_blocked(page)
        page.click(".ed")
        page.keyboard.press("Enter")
        expect_blocked(page)
        assert page.evaluate("window.__sent") == []
        type_into(page, ".ed", ALLOW_TEXT)
        page.click(".send")
        page.wait_for_function("window.__sent.length === 1", timeout=WAIT_MS)
        assert page.evaluate("window.__sent") == [ALLOW_TEXT]
    finally:
        page.close()


@pytest.mark.parametrize("key", ["Enter", " "])
def test_keyboard_on_a_div_send_control_is_scanned(b, key):
    """A div role=button sends on Enter or Space pressed on it (no click event comes)."""
    page = open_variant(b, "div-send")
    try:
        type_into(page, ".ed", BLOCK_TEXT)
        page.focus(".send")
        page.keyboard.press(key)
        expect_blocked(page)
        assert page.evaluate("window.__sent") == []
        type_into(page, ".ed", ALLOW_TEXT)
        page.focus(".send")
        page.keyboard.press(key)
        page.wait_for_function("window.__sent.length === 1", timeout=WAIT_MS)
        assert page.evaluate("window.__sent") == [ALLOW_TEXT]
    finally:
        page.close()


@pytest.mark.parametrize("v", ["a-send", "label-only"])
def test_send_control_of_any_shape_clicked_while_loading_is_held_and_scanned(b, v):
    """The page pre-fills and clicks its (link / labelled div) send control before the
    content modules are loaded: the early guard holds that click too."""
    page = b.ctx.new_page()
    try:
        page.goto(f"https://chatgpt.com/?page=redteam&v={v}&auto={urllib.parse.quote(BLOCK_TEXT)}")
        page.wait_for_selector("html[data-mamori-state]:not([data-mamori-state=holding])", timeout=WAIT_MS)
        assert page.evaluate("window.__sent") == []
        expect_blocked(page)
        assert page.evaluate("window.__sent") == []
    finally:
        page.close()
    page = b.open_chat(f"https://chatgpt.com/?page=redteam&v={v}&auto={urllib.parse.quote(ALLOW_TEXT)}")
    try:
        page.wait_for_function("window.__sent.length === 1", timeout=WAIT_MS)
        assert page.evaluate("window.__sent") == [ALLOW_TEXT]
    finally:
        page.close()


@pytest.mark.parametrize("v", ["enter-only", "input-enter"])
def test_enter_that_sends_with_no_send_button_is_scanned(b, v):
    """A chat box whose only send is Enter (a textarea or a single-line input, no form)."""
    page = open_variant(b, v)
    try:
        type_into(page, ".ed", BLOCK_TEXT)
        page.keyboard.press("Enter")
        expect_blocked(page)
        assert page.evaluate("window.__sent") == []
        type_into(page, ".ed", ALLOW_TEXT)
        page.keyboard.press("Enter")
        page.wait_for_function("window.__sent.length === 1", timeout=WAIT_MS)
        assert page.evaluate("window.__sent") == [ALLOW_TEXT]
    finally:
        page.close()


def test_enter_in_a_plain_multiline_field_is_checked_then_a_newline(b):
    """The other side of the rule above: where no control tells, Enter is checked first, then
    the page gets it; a field that does not take it gets its newline, where the caret was."""
    page = open_variant(b, "notes")
    try:
        type_into(page, ".ed", "一行目")
        page.keyboard.press("Enter")
        page.wait_for_function("document.querySelector('.ed').value === '一行目\\n'", timeout=WAIT_MS)
        page.keyboard.insert_text("二行目")
        assert page.input_value(".ed") == "一行目\n二行目"
        assert scans(page) == 1
        page.keyboard.press("Shift+Enter")
        assert scans(page) == 1, "Shift+Enter is a newline, never a send"
        type_into(page, ".ed", BLOCK_TEXT)
        page.keyboard.press("Enter")
        expect_blocked(page)
        assert page.input_value(".ed") == BLOCK_TEXT
    finally:
        page.close()


def test_composer_in_a_dialog_opened_later_is_scanned(b):
    page = open_variant(b, "late-dialog")
    try:
        page.click("#open")
        page.wait_for_selector("dialog .ed")
        type_into(page, "dialog .ed", BLOCK_TEXT)
        page.click("dialog .send")
        expect_blocked(page)
        page.click("dialog .ed")
        page.keyboard.press("Enter")
        expect_blocked(page)
        assert page.evaluate("window.__sent") == []
        type_into(page, "dialog .ed", ALLOW_TEXT)
        page.click("dialog .send")
        page.wait_for_function("window.__sent.length === 1", timeout=WAIT_MS)
    finally:
        page.close()


def test_ctrl_enter_send_is_scanned(b):
    page = open_variant(b, "ctrl-enter")
    try:
        type_into(page, ".ed", BLOCK_TEXT)
        page.keyboard.press("Control+Enter")
        expect_blocked(page)
        page.click(".ed")
        page.keyboard.press("Meta+Enter")
        expect_blocked(page)
        assert page.evaluate("window.__sent") == []
        type_into(page, ".ed", ALLOW_TEXT)
        page.keyboard.press("Control+Enter")
        page.wait_for_function("window.__sent.length === 1", timeout=WAIT_MS)
        assert page.evaluate("window.__sent") == [ALLOW_TEXT]
    finally:
        page.close()


def test_long_paste_the_page_turns_into_an_attachment_is_scanned_with_the_send(b):
    """chatgpt.com takes a long paste as an attached text, not into the editor: the editor
    is empty (or holds a harmless question) when the send comes, the pasted text goes with it."""
    filler = "会議資料の体裁を整えたいので、次の文面を読みやすくしてください。" * 8
    page = open_variant(b, "paste-attach")
    try:
        page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin="https://chatgpt.com")
        for question, how in [("", "click"), ("この文を要約して", "enter")]:
            page.evaluate("t => navigator.clipboard.writeText(t)", filler + BLOCK_TEXT)
            page.click(".ed")
            page.keyboard.press("Control+V")
            page.wait_for_function("document.querySelector('.chips').textContent !== ''")
            if question:
                page.keyboard.insert_text(question)
            if how == "click":
                page.click(".send")
            else:
                page.keyboard.press("Enter")
            expect_blocked(page)
            assert page.evaluate("window.__sent") == []
        # A harmless long paste goes, with the question, after its scan.
        page.reload()
        page.wait_for_selector("html[data-mamori-state=ready]", timeout=WAIT_MS)
        page.evaluate("t => navigator.clipboard.writeText(t)", filler)
        page.click(".ed")
        page.keyboard.press("Control+V")
        page.wait_for_function("document.querySelector('.chips').textContent !== ''")
        page.keyboard.insert_text("この文を要約して")
        page.keyboard.press("Enter")
        page.wait_for_function("window.__sent.length === 1", timeout=WAIT_MS)
        assert page.evaluate("window.__sent") == ["この文を要約して\n---\n" + filler]
    finally:
        page.close()


# ---- time of check vs time of send -------------------------------------------------------

def test_text_changed_by_the_page_during_the_scan_is_not_sent(b):
    """TOCTOU: the harmless text is scanned, the page appends personal data before the
    answer comes: what would leave is not what was scanned, so nothing leaves."""
    page = open_variant(b, "toctou")
    try:
        type_into(page, ".ed", ALLOW_TEXT)
        page.keyboard.press("Enter")
        page.locator("[data-mamori-notice=changed]").wait_for(timeout=WAIT_MS)
        page.wait_for_selector("html[data-mamori-state=ready]", timeout=WAIT_MS)
        assert page.evaluate("window.__sent") == []
        # Sending again scans what is there now: the appended personal data.
        page.click(".send")
        expect_blocked(page)
        assert page.evaluate("window.__sent") == []
    finally:
        page.close()


def test_field_remounted_during_the_scan_sends_nothing_unscanned(b):
    page = open_variant(b, "remount")
    try:
        type_into(page, ".ed", BLOCK_TEXT)
        page.keyboard.press("Enter")
        expect_blocked(page)
        page.wait_for_timeout(200)
        assert page.evaluate("window.__sent") == []
        assert page.evaluate("document.querySelector('.ed').value") == BLOCK_TEXT
        page.click(".send")
        expect_blocked(page)
        assert page.evaluate("window.__sent") == []
    finally:
        page.close()


def test_send_clicked_twice_fast_scans_once_and_sends_once(b):
    page = b.open_chat("https://chatgpt.com/")
    try:
        page.click("#prompt-textarea")
        page.keyboard.insert_text(BLOCK_TEXT)
        page.click("#composer-submit-button", click_count=1)
        page.click("#composer-submit-button", click_count=1, force=True)
        expect_blocked(page)
        assert page.evaluate("window.__submitted") == []
        assert page.locator(DIALOG).count() == 0
        page.click("#prompt-textarea")
        page.keyboard.press("Control+A")
        page.keyboard.insert_text(ALLOW_TEXT)
        # force: the second click must land at once even though the guard's busy state now covers the
        # page (without it Playwright retries the whole double click, after the send has reset the button)
        page.dblclick("#composer-submit-button", force=True)
        page.wait_for_function("window.__submitted.length >= 1", timeout=WAIT_MS)
        page.wait_for_timeout(300)
        assert page.evaluate("window.__submitted") == [ALLOW_TEXT]
    finally:
        page.close()


@pytest.mark.parametrize("how", [
    "document.querySelector('form').requestSubmit()",
    "document.getElementById('composer-submit-button').dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))",
    "document.getElementById('composer-submit-button').click()",
])
def test_page_script_sending_for_the_user_is_scanned(b, how):
    """The user typed; the page's own script sends (requestSubmit, a synthetic click)."""
    page = b.open_chat("https://chatgpt.com/")
    try:
        page.click("#prompt-textarea")
        page.keyboard.insert_text(BLOCK_TEXT)
        page.evaluate(how)
        expect_blocked(page)
        assert page.evaluate("window.__submitted") == []
    finally:
        page.close()


# ---- other documents of the same origin ----------------------------------------------------

def test_composer_in_a_srcdoc_frame_is_scanned(b):
    page = open_variant(b, "srcdoc")
    try:
        frame = page.frame_locator("#inner")
        inner = next(f for f in page.frames if f != page.main_frame)
        inner.wait_for_selector("html[data-mamori-state=ready]", timeout=WAIT_MS)
        frame.locator("#st").fill(BLOCK_TEXT)
        frame.locator("#ss").click()
        expect_blocked(inner)
        frame.locator("#st").press("Enter")
        expect_blocked(inner)
        assert inner.evaluate("window.__sent") == []
        frame.locator("#st").fill(ALLOW_TEXT)
        frame.locator("#ss").click()
        inner.wait_for_function("window.__sent.length === 1", timeout=WAIT_MS)
    finally:
        page.close()


def test_composer_in_a_same_origin_popup_is_scanned(b):
    page = open_variant(b, "popup")
    try:
        with page.context.expect_page() as info:
            page.click("#open")
        popup = info.value
        popup.wait_for_selector("#pt")
        popup.wait_for_selector("html[data-mamori-state=ready]", timeout=WAIT_MS)
        popup.fill("#pt", BLOCK_TEXT)
        popup.click("#ps")
        expect_blocked(popup)
        assert popup.evaluate("window.__sent") == []
        popup.fill("#pt", ALLOW_TEXT)
        popup.click("#ps")
        popup.wait_for_function("window.__sent.length === 1", timeout=WAIT_MS)
    finally:
        page.close()


# ---- the modules failed to load: the loader's fail-closed guard -----------------------------

@pytest.mark.parametrize("broken", ["content/main.js", "lib/selectors.js"])
def test_fail_closed_guard_stops_sends_of_any_shape(playwright_instance, site, service, broken):
    """With the content modules broken, the loader's guard must stop every shape of send the
    live guard knows (a link, an aria-labelledby icon, a button far from its editor, a chat
    box whose only send is Enter), not only the registered composer."""
    import shutil
    import tempfile
    from pathlib import Path

    from e2e_support import EXTENSION, Browser, launch

    tmp = Path(tempfile.mkdtemp(prefix="mamori-broken-ext-"))
    ext = tmp / "extension"
    shutil.copytree(EXTENSION, ext)
    (ext / broken).write_text("export const = ;  // deliberately broken for the test\n", encoding="utf-8")
    ctx = None
    try:
        ctx = launch(playwright_instance, site.port, str(tmp / "profile"), extension=ext)
        b = Browser(ctx)
        b.point_to(service.url)
        b.acknowledge_reminder()
        page = ctx.new_page()
        for v in ["a-send", "labelledby", "deep", "label-only", "enter-only", "input-enter"]:
            page.goto(f"https://chatgpt.com/?page=redteam&v={v}")
            page.wait_for_selector("html[data-mamori-state=failed]", timeout=WAIT_MS)
            type_into(page, ".ed", ALLOW_TEXT)
            page.keyboard.press("Enter")
            if page.locator(".send").count():
                page.click(".send")
            page.wait_for_timeout(200)
            assert page.evaluate("window.__sent") == [], v
            page.locator("[data-mamori-failed]").wait_for(timeout=3000)
        page.close()
    finally:
        if ctx:
            ctx.close()
        shutil.rmtree(tmp, ignore_errors=True)
