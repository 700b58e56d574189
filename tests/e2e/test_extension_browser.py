"""The extension in a real Chromium on a stand-in for https://chatgpt.com/, against the
real service. Run: pytest -m browser tests/e2e/"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from e2e_support import ARTIFACTS, EXT_ID, ROOT, Browser, Service, free_port, launch, numbered_redaction, WAIT_MS

pytestmark = pytest.mark.browser

BLOCK_TEXT = "申請者の前橋花子さん（電話 027-231-0000）への回答文を作って"
WARN_TEXT = "【取扱注意】来年度の窓口案内の文案を整えてください"
ALLOW_TEXT = "Excelで平均を求める関数を教えてください"
DIALOG = "[data-mamori-dialog]"


@pytest.fixture(scope="module")
def verdicts(service):
    """What the running service says about the probe texts (the tests depend on it)."""
    got = {name: service.scan(text) for name, text in
           [("block", BLOCK_TEXT), ("warn", WARN_TEXT), ("allow", ALLOW_TEXT)]}
    for name, r in got.items():
        assert r["verdict"] == name, f"the service no longer gives {name} for the probe text: {r}"
    redacted = got["block"]["redacted_text"]
    again = service.scan(redacted)
    assert again["verdict"] == "allow", f"the redacted text is still flagged: {again}"
    # what the extension offers: numbered placeholders (issue 14), not flagged either
    got["block"]["numbered"] = numbered_redaction(service, BLOCK_TEXT, got["block"])
    again = service.scan(got["block"]["numbered"])
    assert again["verdict"] == "allow", f"the numbered masked text is still flagged: {again}"
    return got


COMPOSER = "#prompt-textarea, [data-composer-markdown], #mobile-composer-prompt"


def type_prompt(page, text: str) -> None:
    page.click(COMPOSER)
    page.keyboard.insert_text(text)
    page.wait_for_selector("#composer-submit-button")


def submitted(page) -> list[str]:
    return page.evaluate("window.__submitted")


def scans(page) -> int:
    return int(page.evaluate("document.documentElement.getAttribute('data-mamori-scans') || '0'"))


def composer_text(page) -> str:
    return page.evaluate("window.__editorState()")


def wait_idle(page) -> None:
    page.wait_for_selector("html[data-mamori-state=ready]", timeout=WAIT_MS)


def test_allow_sends_at_once_without_dialog(chat, verdicts):
    type_prompt(chat, ALLOW_TEXT)
    chat.keyboard.press("Enter")
    # the added delay is measured in bench/bench_send_delay.py, not bounded here
    chat.wait_for_function("window.__submitted.length === 1", timeout=WAIT_MS)
    assert submitted(chat) == [ALLOW_TEXT]
    assert chat.locator(DIALOG).count() == 0
    assert scans(chat) == 1


def test_block_by_enter_shows_dialog_and_sends_nothing(chat, verdicts, browser):
    type_prompt(chat, BLOCK_TEXT)
    chat.keyboard.press("Enter")
    dialog = chat.locator(f"{DIALOG}[data-mamori-dialog=block]")
    dialog.wait_for(timeout=5000)
    text = dialog.inner_text()
    assert "送信を止めました" in text
    assert "個人の氏名" in text and "分類Ⅰ" in text and "ガイドライン3(1)" in text
    assert "前橋花子" not in text and "027-231-0000" not in text, "the dialog must never echo the value"
    assert "●" in text
    assert dialog.get_by_role("button", name="マスクした文に置き換える").is_visible()
    assert dialog.get_by_role("button", name="編集に戻る").is_visible()
    assert dialog.get_by_role("button", name="このまま送信").count() == 0
    assert "情報政策課" in text  # contact line from the service's policy
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    chat.screenshot(path=str(ARTIFACTS / "block-dialog.png"))
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    shutil.copy(ARTIFACTS / "block-dialog.png", docs / "block-dialog.png")
    # Keyboard: the safe button has the focus, Esc closes, nothing was sent, text kept.
    focused = chat.evaluate("document.getElementById('mamori-root').shadowRoot.activeElement?.dataset.mamori")
    assert focused == "edit"
    chat.keyboard.press("Escape")
    dialog.wait_for(state="detached", timeout=3000)
    assert submitted(chat) == []
    assert composer_text(chat) == BLOCK_TEXT


def test_block_by_click_shows_dialog_and_sends_nothing(chat, verdicts):
    type_prompt(chat, BLOCK_TEXT)
    chat.click("#composer-submit-button")
    dialog = chat.locator(f"{DIALOG}[data-mamori-dialog=block]")
    dialog.wait_for(timeout=5000)
    assert submitted(chat) == []
    dialog.get_by_role("button", name="編集に戻る").click()
    dialog.wait_for(state="detached", timeout=3000)
    assert submitted(chat) == []


def test_form_submit_is_intercepted(chat, verdicts):
    type_prompt(chat, BLOCK_TEXT)
    chat.evaluate("document.querySelector('form[data-type=unified-composer]').requestSubmit()")
    chat.locator(f"{DIALOG}[data-mamori-dialog=block]").wait_for(timeout=5000)
    assert submitted(chat) == []


def test_ime_confirming_enter_neither_sends_nor_scans(chat, verdicts):
    type_prompt(chat, BLOCK_TEXT)
    before = scans(chat)
    for init in ["{key: 'Enter', code: 'Enter', keyCode: 229, which: 229, isComposing: true}",
                 "{key: 'Enter', code: 'Enter', keyCode: 13, which: 13, isComposing: true}",
                 "{key: 'Enter', code: 'Enter', keyCode: 229, which: 229}"]:
        chat.evaluate(f"""() => document.getElementById('prompt-textarea').dispatchEvent(
            new KeyboardEvent('keydown', Object.assign({init}, {{bubbles: true, cancelable: true}})))""")
    chat.keyboard.press("Shift+Enter")  # a newline, not a send
    chat.wait_for_timeout(600)
    assert scans(chat) == before
    assert chat.locator(DIALOG).count() == 0
    assert submitted(chat) == []
    assert chat.evaluate("window.__enterKeydowns") == 4, "the page still sees the IME Enter"


def test_second_enter_while_scanning_does_not_send_twice(chat, verdicts):
    type_prompt(chat, ALLOW_TEXT)
    chat.evaluate("""() => { const ed = document.getElementById('prompt-textarea');
        for (let i = 0; i < 3; i++) ed.dispatchEvent(new KeyboardEvent('keydown',
            {key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true})); }""")
    chat.wait_for_function("window.__submitted.length >= 1", timeout=5000)
    chat.wait_for_timeout(500)
    assert submitted(chat) == [ALLOW_TEXT]
    assert scans(chat) == 1


def test_warn_without_checkbox_cannot_send(chat, verdicts):
    type_prompt(chat, WARN_TEXT)
    chat.keyboard.press("Enter")
    dialog = chat.locator(f"{DIALOG}[data-mamori-dialog=warn]")
    dialog.wait_for(timeout=5000)
    send = dialog.get_by_role("button", name="このまま送信")
    assert send.is_disabled()
    assert dialog.get_by_text("公開されている情報であることを確認しました").is_visible()
    send.click(force=True)  # disabled: nothing happens
    chat.keyboard.press("Escape")
    dialog.wait_for(state="detached", timeout=3000)
    assert submitted(chat) == []


def test_warn_with_checkbox_sends_original(chat, verdicts):
    type_prompt(chat, WARN_TEXT)
    chat.keyboard.press("Enter")
    dialog = chat.locator(f"{DIALOG}[data-mamori-dialog=warn]")
    dialog.wait_for(timeout=5000)
    dialog.get_by_text("公開されている情報であることを確認しました").click()
    send = dialog.get_by_role("button", name="このまま送信")
    assert send.is_enabled()
    send.click()
    chat.wait_for_function("window.__submitted.length === 1", timeout=5000)
    assert submitted(chat) == [WARN_TEXT]


def test_replace_with_masked_text_then_send_submits_redacted_text(chat, verdicts):
    redacted = verdicts["block"]["numbered"]
    type_prompt(chat, BLOCK_TEXT)
    chat.keyboard.press("Enter")
    dialog = chat.locator(f"{DIALOG}[data-mamori-dialog=block]")
    dialog.wait_for(timeout=5000)
    dialog.get_by_role("button", name="マスクした文に置き換える").click()
    dialog.wait_for(state="detached", timeout=3000)
    wait_idle(chat)
    # The editor's own state (not just its DOM) has the redacted text.
    assert composer_text(chat) == redacted
    assert submitted(chat) == []
    chat.keyboard.press("Enter")
    chat.wait_for_function("window.__submitted.length === 1", timeout=5000)
    assert submitted(chat) == [redacted]


def test_multiline_prompt_replaced_and_sent_exactly(chat, verdicts, service):
    lines = ["次の問い合わせへの回答文を作ってください。", "", BLOCK_TEXT, "以上"]
    text = "\n".join(lines)
    r = service.scan(text)
    assert r["verdict"] == "block", r
    chat.click(COMPOSER)
    for i, line in enumerate(lines):
        if i:
            chat.keyboard.press("Shift+Enter")
        if line:
            chat.keyboard.insert_text(line)
    assert composer_text(chat) == text
    chat.keyboard.press("Enter")
    dialog = chat.locator(f"{DIALOG}[data-mamori-dialog=block]")
    dialog.wait_for(timeout=5000)
    dialog.get_by_role("button", name="マスクした文に置き換える").click()
    dialog.wait_for(state="detached", timeout=3000)
    wait_idle(chat)
    masked = numbered_redaction(service, text, r)
    assert composer_text(chat) == masked
    chat.keyboard.press("Enter")
    chat.wait_for_function("window.__submitted.length === 1", timeout=5000)
    assert submitted(chat) == [masked]


def test_surrogate_pair_name_is_masked_whole(chat, verdicts, service):
    text = "申請者 𠮷田花子 電話 027-231-0000"
    r = service.scan(text)
    assert r["verdict"] == "block"
    type_prompt(chat, text)
    chat.keyboard.press("Enter")
    dialog = chat.locator(f"{DIALOG}[data-mamori-dialog=block]")
    dialog.wait_for(timeout=5000)
    shown = dialog.inner_text()
    assert "027-231-0000" not in shown
    # Each context line shows the text around the finding; the span the service reported
    # (code points) must be masked exactly, with no broken surrogate half.
    marks = dialog.locator("mark").all_inner_texts()
    assert marks and all(set(m) == {"●"} for m in marks)
    assert "\ufffd" not in shown
    chars = list(text)
    for f in r["findings"]:
        assert "".join(chars[f["start"]:f["end"]]) not in shown
    chat.keyboard.press("Escape")


@pytest.mark.parametrize("variant", ["markdown", "textarea"])
def test_other_composer_layouts(browser, verdicts, variant):
    """The 2026 composer (no id, data-composer-markdown) and the narrow layout's textarea."""
    page = browser.open_chat(f"https://chatgpt.com/?composer={variant}")
    try:
        assert page.evaluate("window.__composerVariant") == variant
        type_prompt(page, BLOCK_TEXT)
        page.keyboard.press("Enter")
        dialog = page.locator(f"{DIALOG}[data-mamori-dialog=block]")
        dialog.wait_for(timeout=5000)
        assert submitted(page) == []
        dialog.get_by_role("button", name="マスクした文に置き換える").click()
        dialog.wait_for(state="detached", timeout=3000)
        wait_idle(page)
        redacted = verdicts["block"]["numbered"]
        assert composer_text(page) == redacted
        page.click("#composer-submit-button")
        page.wait_for_function("window.__submitted.length === 1", timeout=5000)
        assert submitted(page) == [redacted]
    finally:
        page.close()


def test_paste_notice(chat, verdicts):
    chat.click("#prompt-textarea")
    chat.evaluate("""t => { const dt = new DataTransfer(); dt.setData('text/plain', t);
        document.getElementById('prompt-textarea').dispatchEvent(
            new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true})); }""", BLOCK_TEXT)
    notice = chat.locator("[data-mamori-notice=paste]")
    notice.wait_for(timeout=5000)
    assert "個人の氏名" in notice.inner_text()
    assert "前橋花子" not in notice.inner_text()
    assert composer_text(chat) == BLOCK_TEXT, "the paste itself is not delayed or blocked"
    assert chat.locator(DIALOG).count() == 0


def test_image_attachment_passes_with_the_unchecked_notice(chat, tmp_path):
    # Documents are scanned (tests/e2e/test_extension_files.py); an image cannot be, so it
    # passes at once with a notice.
    f = tmp_path / "画面.png"
    f.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    chat.set_input_files("#upload-files", str(f))
    notice = chat.locator("[data-mamori-notice=attachment]")
    notice.wait_for(timeout=5000)
    assert "中身を確認できません" in notice.inner_text()
    assert chat.evaluate("window.__attached") == ["画面.png"]


def test_fact_check_note_after_an_answer_is_dismissible(chat, verdicts, browser):
    browser.remove_local(["factNoteDismissed"])
    type_prompt(chat, ALLOW_TEXT)
    chat.keyboard.press("Enter")
    note = chat.locator("[data-mamori-factnote]")
    note.wait_for(timeout=5000)
    assert "事実確認" in note.inner_text()
    note.get_by_role("button", name="閉じる").click()
    note.wait_for(state="detached", timeout=3000)


def test_daily_reminder_before_first_send(chat, verdicts, browser):
    browser.remove_local(["reminderAck"])
    try:
        type_prompt(chat, ALLOW_TEXT)
        chat.keyboard.press("Enter")
        dialog = chat.locator(f"{DIALOG}[data-mamori-dialog=reminder]")
        dialog.wait_for(timeout=5000)
        assert "(2)" in dialog.inner_text() and "(4)" in dialog.inner_text()
        dialog.get_by_role("button", name="キャンセル").click()
        dialog.wait_for(state="detached", timeout=3000)
        assert submitted(chat) == []
        wait_idle(chat)
        chat.keyboard.press("Enter")
        dialog.wait_for(timeout=5000)
        dialog.get_by_role("button", name="確認しました").click()
        chat.wait_for_function("window.__submitted.length === 1", timeout=5000)
        # Acknowledged for today: the next send goes straight through.
        type_prompt(chat, ALLOW_TEXT + "（2回目）")
        chat.keyboard.press("Enter")
        chat.wait_for_function("window.__submitted.length === 2", timeout=5000)
        assert chat.locator(DIALOG).count() == 0
    finally:
        browser.acknowledge_reminder()


def test_options_page_shows_settings_and_status(browser, service):
    page = browser.ctx.new_page()
    page.goto(f"chrome-extension://{EXT_ID}/options/options.html")
    page.wait_for_selector("html[data-ready='1']", timeout=WAIT_MS)
    assert page.get_attribute("#status", "data-state") == "ok"
    assert page.locator("tr[data-key=serviceUrl] code").inner_text() == service.url
    assert page.locator("tr[data-key=failMode] code").inner_text() == "block"
    assert page.locator("tr[data-key=timeoutMs] code").inner_text() == "3000"
    assert page.locator("#ext-id code").inner_text() == EXT_ID
    page.close()


def test_options_page_central_instance_without_permission(browser):
    """A non-loopback serviceUrl (a central instance) needs a host permission: the options
    page says so in Japanese and offers to grant it; loopback needs nothing."""
    page = browser.ctx.new_page()
    try:
        page.goto(f"chrome-extension://{EXT_ID}/options/options.html")
        page.wait_for_selector("html[data-ready='1']", timeout=WAIT_MS)
        assert page.get_attribute("#permission", "data-state") == "not-needed"
        assert page.locator("#permission").is_hidden()
        browser.point_to("https://mamori.intranet.invalid")
        page.reload()
        page.wait_for_selector("html[data-ready='1']", timeout=WAIT_MS)
        box = page.locator("#permission")
        assert box.get_attribute("data-state") == "missing"
        assert box.is_visible()
        text = box.inner_text()
        assert "接続する権限が与えられていません" in text and "https://mamori.intranet.invalid" in text
        assert "host_permissions" in text
        assert page.get_by_role("button", name="接続を許可する").is_visible()
        assert page.get_attribute("#status", "data-state") == "down"
        # A send meanwhile fails closed, and the dialog says why.
        chat = browser.open_chat()
        try:
            type_prompt(chat, ALLOW_TEXT)
            chat.keyboard.press("Enter")
            dialog = chat.locator(f"{DIALOG}[data-mamori-dialog=unreachable]")
            dialog.wait_for(timeout=WAIT_MS)
            assert "接続する権限がありません" in dialog.inner_text()
            assert submitted(chat) == []
        finally:
            chat.close()
    finally:
        browser.point_to(browser.main_url)
        page.close()


def test_service_stopped_fails_closed_then_retry(browser, test_policy, verdicts):
    port = free_port()
    spare = Service(port, test_policy)
    browser.point_to(spare.url)  # nothing listens there yet
    page = browser.open_chat()
    try:
        type_prompt(page, ALLOW_TEXT)
        page.keyboard.press("Enter")
        dialog = page.locator(f"{DIALOG}[data-mamori-dialog=unreachable]")
        dialog.wait_for(timeout=WAIT_MS)
        text = dialog.inner_text()
        assert "確認サービスに接続できません" in text
        assert "問い合わせ先" in text
        assert dialog.get_by_role("button", name="このまま送信").count() == 0
        assert submitted(page) == []
        spare.start()
        dialog.get_by_role("button", name="再試行").click()
        page.wait_for_function("window.__submitted.length === 1", timeout=WAIT_MS)
        assert submitted(page) == [ALLOW_TEXT]
    finally:
        spare.stop()
        browser.point_to(browser.main_url)
        page.close()


def test_no_errors_from_extension(browser):
    assert browser.errors == []


# ---- a setting delivered as a real Chromium managed policy --------------------------

POLICY_DIR = Path("/etc/chromium/policies/managed")


def test_managed_policy_changes_behaviour(playwright_instance, site, service):
    if os.geteuid() != 0:
        pytest.skip("writing /etc/chromium/policies/managed needs root")
    created = [p for p in (POLICY_DIR.parent.parent, POLICY_DIR.parent, POLICY_DIR) if not p.exists()]
    POLICY_DIR.mkdir(parents=True, exist_ok=True)
    policy_file = POLICY_DIR / "mamori-e2e-test.json"
    policy_file.write_text(json.dumps({"3rdparty": {"extensions": {EXT_ID: {
        "attachmentMode": "block",
        "contactLine": "テスト用問い合わせ先 内線0000",
        "failMode": "warn",
    }}}}, ensure_ascii=False), encoding="utf-8")
    d = tempfile.mkdtemp(prefix="mamori-chromium-policy-")
    ctx = None
    try:
        ctx = launch(playwright_instance, site.port, d)
        b = Browser(ctx)
        b.acknowledge_reminder()
        b.point_to(f"http://127.0.0.1:{free_port()}")  # the service is "down" for this browser
        page = b.open_chat()
        # attachmentMode=block: the file never reaches the page.
        f = Path(d) / "資料.pdf"
        f.write_bytes(b"%PDF")
        page.set_input_files("#upload-files", str(f))
        page.locator("[data-mamori-notice=attachment]").wait_for(timeout=5000)
        assert "禁止" in page.locator("[data-mamori-notice=attachment]").inner_text()
        assert page.evaluate("window.__attached") == []
        # failMode=warn: the unreachable dialog lets the user confirm and send; managed contact line.
        type_prompt(page, ALLOW_TEXT)
        page.keyboard.press("Enter")
        dialog = page.locator(f"{DIALOG}[data-mamori-dialog=unreachable]")
        dialog.wait_for(timeout=WAIT_MS)
        assert "テスト用問い合わせ先 内線0000" in dialog.inner_text()
        dialog.locator("input[type=checkbox]").check()
        dialog.get_by_role("button", name="このまま送信").click()
        page.wait_for_function("window.__submitted.length === 1", timeout=5000)
        # The options page says where the values come from.
        opts = ctx.new_page()
        opts.goto(f"chrome-extension://{EXT_ID}/options/options.html")
        opts.wait_for_selector("html[data-ready='1']", timeout=WAIT_MS)
        assert opts.get_attribute("tr[data-key=attachmentMode] td[data-source]", "data-source") == "managed"
        assert opts.locator("tr[data-key=failMode] code").inner_text() == "warn"
        assert b.errors == []
    finally:
        if ctx:
            ctx.close()
        policy_file.unlink(missing_ok=True)
        for p in reversed(created):
            try:
                p.rmdir()
            except OSError:
                pass
        shutil.rmtree(d, ignore_errors=True)
