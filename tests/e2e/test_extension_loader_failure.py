"""If the content script's modules fail to load, the extension fails CLOSED: sending is
blocked by the loader's own guard and a short Japanese notice says why.
Run: pytest tests/e2e/test_extension_loader_failure.py"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from e2e_support import EXTENSION, Browser, launch

pytestmark = pytest.mark.browser

TEXT = "Excelで平均を求める関数を教えてください"
COMPOSER = "#prompt-textarea"


@pytest.mark.parametrize("broken", ["content/main.js", "lib/selectors.js"])
def test_broken_content_module_blocks_sending(playwright_instance, site, service, broken):
    """main.js broken: the guard still uses lib/selectors.js; selectors.js broken too
    (main.js imports it): the generic guard."""
    tmp = Path(tempfile.mkdtemp(prefix="mamori-broken-ext-"))
    ext = tmp / "extension"
    shutil.copytree(EXTENSION, ext)
    (ext / broken).write_text("export const = ;  // deliberately broken for the test\n", encoding="utf-8")
    ctx = None
    try:
        ctx = launch(playwright_instance, site.port, str(tmp / "profile"), extension=ext)
        b = Browser(ctx)  # the service worker itself is fine
        b.point_to(service.url)
        b.acknowledge_reminder()
        page = ctx.new_page()
        page.goto("https://chatgpt.com/")
        page.wait_for_selector("html[data-mamori-state=failed]", timeout=15000)
        page.click(COMPOSER)
        page.keyboard.insert_text(TEXT)
        page.wait_for_selector("#composer-submit-button")
        # Enter, the send button and the form's submit: nothing leaves.
        page.keyboard.press("Enter")
        notice = page.locator("[data-mamori-failed]")
        notice.wait_for(timeout=3000)
        # In the language the settings choose (ja by default), once the worker answers.
        expect(notice).to_contain_text("送信を止めています", timeout=10000)
        expect(notice).to_contain_text("問い合わせ先")
        page.click("#composer-submit-button")
        page.evaluate("document.querySelector('form').requestSubmit()")
        page.wait_for_timeout(300)
        assert page.evaluate("window.__submitted") == []
        # IME confirmation and Shift+Enter are still left to the page.
        page.click(COMPOSER)
        before = page.evaluate("window.__enterKeydowns")
        page.keyboard.press("Shift+Enter")
        page.evaluate("""() => document.getElementById('prompt-textarea').dispatchEvent(new KeyboardEvent('keydown',
            {key: 'Enter', code: 'Enter', keyCode: 229, which: 229, isComposing: true, bubbles: true, cancelable: true}))""")
        assert page.evaluate("window.__enterKeydowns") == before + 2
        assert page.evaluate("window.__submitted") == []
        page.close()
    finally:
        if ctx:
            ctx.close()
        shutil.rmtree(tmp, ignore_errors=True)
