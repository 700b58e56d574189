"""A ChatGPT tab with the mask-and-restore mapping in place, for scripts/screenshot_restore.py and
bench/bench_restore.py: the real service (default policy, a free port), the HTTPS stand-in for
chatgpt.com with the streaming fake (tests/e2e/fixture/stream.js), Debian's Chromium with the
unpacked extension; a prompt with names and a phone number is masked through the dialog and sent.
"""
from __future__ import annotations

import contextlib
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from e2e_support import Browser, Service, free_port, launch  # noqa: E402
from fixture_server import FixtureServer  # noqa: E402

STREAM_JS = ROOT / "tests" / "e2e" / "fixture" / "stream.js"
PROMPT = ("申請者の前橋花子さん（電話 090-1234-5678）と佐藤一郎さんへ、書類の到着を知らせる案内文を"
          "作ってください。前橋さんには来週、花子さんの分の書類も届きます。")


@contextlib.contextmanager
def demo_tab(mask: bool = True, viewport=(1100, 760)):
    """Yields a page of the fake ChatGPT; with `mask`, PROMPT has been masked and sent."""
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="mamori-restore-demo-"))
    policy = tmp / "policy.toml"
    policy.write_text("# default policy\n", encoding="utf-8")
    service = Service(free_port(), policy).start()
    site = FixtureServer().start()
    try:
        with sync_playwright() as p:
            ctx = launch(p, site.port, str(tmp / "profile"))
            ctx.add_init_script(path=str(STREAM_JS))
            b = Browser(ctx)
            b.point_to(service.url)
            b.acknowledge_reminder()
            page = ctx.new_page()
            page.set_viewport_size({"width": viewport[0], "height": viewport[1]})
            page.goto("https://chatgpt.com/")
            page.wait_for_selector("html[data-mamori-state=ready]", timeout=15000)
            if mask:
                page.click("#prompt-textarea")
                page.keyboard.insert_text(PROMPT)
                page.keyboard.press("Enter")
                dialog = page.locator("[data-mamori-dialog=block]")
                dialog.wait_for(timeout=15000)
                dialog.get_by_role("button", name="マスクした文に置き換える").click()
                dialog.wait_for(state="detached", timeout=5000)
                page.wait_for_selector("html[data-mamori-state=ready]", timeout=10000)
                page.keyboard.press("Enter")
                page.wait_for_function("window.__submitted.length === 1", timeout=10000)
                # the fixture's canned one-line answer: replaced by the streamed one
                page.evaluate("document.querySelectorAll('[data-message-author-role=assistant]').forEach(e => e.remove())")
            yield page
            ctx.close()
    finally:
        site.stop()
        service.stop()
        shutil.rmtree(tmp, ignore_errors=True)
