"""Attached files in a real Chromium with the unpacked extension and the real service
(issue 12): a file input read on `change`, one read on `input`, drag-and-drop and a pasted
file, on a ChatGPT stand-in (fixture/files.html) served as https://chatgpt.com/.

Real files (tests/file_samples.py): a workbook, a Word case record, a PDF and a CSV with a
resident's name, address and a My Number with a valid check digit are refused — the page
never receives them; harmless ones reach the page whole; encrypted, corrupt and oversized
files are refused with their message; a warn file is attached only after confirming."""
from __future__ import annotations

import base64
import shutil
import tempfile
from pathlib import Path

import pytest

import file_samples as fs
from e2e_support import Browser, launch, WAIT_MS
from fixture_server import FixtureServer, Handler

pytestmark = pytest.mark.browser

FILES_PAGE = Path(__file__).with_name("fixture") / "files.html"
BLOCK_DIALOG = "[data-mamori-dialog=file-block]"
WARN_DIALOG = "[data-mamori-dialog=file-warn]"


class FilesHandler(Handler):
    def do_GET(self):  # noqa: N802
        if self.path.startswith("/favicon"):
            return super().do_GET()
        body = FILES_PAGE.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def files_site():
    s = FixtureServer()
    s.httpd.RequestHandlerClass = FilesHandler
    s.start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def fbrowser(playwright_instance, files_site, service):
    d = tempfile.mkdtemp(prefix="mamori-chromium-files-")
    ctx = launch(playwright_instance, files_site.port, d)
    b = Browser(ctx)
    b.point_to(service.url)
    b.acknowledge_reminder()
    yield b
    ctx.close()
    shutil.rmtree(d, ignore_errors=True)


@pytest.fixture
def page(fbrowser):
    p = fbrowser.open_chat()
    yield p
    p.close()


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("attachments")
    made = {
        "住民名簿.xlsx": fs.xlsx(fs.residents(5)),
        "ケース記録.docx": fs.docx(fs.case_record_paragraphs()),
        "ケース記録.pdf": fs.pdf([["表紙"], fs.case_record_paragraphs()]),
        "住民名簿.csv": fs.csv_bytes(fs.residents(5)),
        "講座案内.xlsx": fs.benign_xlsx(),
        "講座案内.docx": fs.docx(fs.BENIGN_LINES),
        "講座案内.pdf": fs.pdf([fs.BENIGN_LINES]),
        "講座案内.csv": "\n".join(fs.BENIGN_LINES).encode("utf-8"),
        "保護付き名簿.xlsx": fs.encrypted_xlsx(fs.residents(2)),
        "壊れた名簿.xlsx": fs.xlsx(fs.residents(2))[:1500],
        "取扱注意メモ.docx": fs.docx(["【取扱注意】来年度の窓口案内の文案です。"]),
        "画面.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
    }
    out = {}
    for name, data in made.items():
        (d / name).write_bytes(data)
        out[name] = d / name
    return out


def set_overrides(browser, values: dict) -> None:
    """devOverrides, returning once the worker has seen the change (its own onChanged
    listener, registered first, has dropped its cached settings): no race with the next scan."""
    browser.sw.evaluate("""async (v) => {
        const { devOverrides } = await chrome.storage.local.get('devOverrides');
        if (JSON.stringify(devOverrides) === JSON.stringify(v)) return; // no change, no event
        await new Promise((resolve) => {
            const seen = (changes, area) => {
                if (area !== 'local' || !changes.devOverrides) return;
                chrome.storage.onChanged.removeListener(seen);
                resolve();
            };
            chrome.storage.onChanged.addListener(seen);
            chrome.storage.local.set({ devOverrides: v });
        });
    }""", values)


def received(page) -> list[dict]:
    return page.evaluate("window.__received")


def drop(page, path: Path, target: str = "#dropzone") -> None:
    """What Chromium dispatches when a file is dragged from the desktop onto the zone."""
    data = base64.b64encode(path.read_bytes()).decode()
    dt = page.evaluate_handle("""([name, b64]) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name));
        return dt; }""", [path.name, data])
    for kind in ("dragenter", "dragover", "drop"):
        page.dispatch_event(target, kind, {"dataTransfer": dt})


def paste_file(page, path: Path) -> None:
    data = base64.b64encode(path.read_bytes()).decode()
    page.click("#prompt-textarea")
    page.evaluate("""([name, b64]) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name));
        document.getElementById('prompt-textarea').dispatchEvent(
            new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true})); }""",
                  [path.name, data])


def wait_checked(page) -> None:
    """Until the extension has finished with the files (no scan in flight)."""
    page.wait_for_function("!document.documentElement.hasAttribute('data-mamori-files')", timeout=30000)


def block_dialog(page):
    d = page.locator(BLOCK_DIALOG)
    d.wait_for(timeout=30000)
    return d


def close(dialog) -> None:
    dialog.locator("[data-mamori=edit]").click()
    dialog.wait_for(state="detached", timeout=5000)


# ---- a file input read on `change` (as ChatGPT's own) -----------------------------------------

def test_workbook_of_residents_on_a_change_input_is_refused_and_the_input_cleared(page, samples, fbrowser):
    page.set_input_files("#read-on-change", str(samples["住民名簿.xlsx"]))
    d = block_dialog(page)
    text = d.inner_text()
    assert "ファイルの添付を止めました" in text
    assert "住民名簿.xlsx" in text
    assert "個人番号（マイナンバー）" in text and "個人の氏名" in text and "住所" in text
    assert "シート「名簿」のセル C2" in text
    for name, addr, num, *_ in fs.residents(5):
        assert num not in text and name not in text, "the dialog shows where, never the value"
    close(d)
    assert received(page) == []
    assert page.evaluate("document.getElementById('read-on-change').files.length") == 0
    assert fbrowser.errors == []


def test_harmless_workbook_on_a_change_input_reaches_the_page_whole(page, samples):
    page.set_input_files("#read-on-change", str(samples["講座案内.xlsx"]))
    page.wait_for_function("window.__received.length === 1", timeout=30000)
    size = samples["講座案内.xlsx"].stat().st_size
    assert received(page) == [{"via": "change", "name": "講座案内.xlsx", "bytes": size}]
    assert page.locator("[data-mamori-dialog]").count() == 0


def test_of_several_files_only_the_harmless_one_is_attached_when_the_user_says_so(page, samples):
    page.set_input_files("#read-on-change", [str(samples["講座案内.docx"]), str(samples["ケース記録.docx"])])
    d = block_dialog(page)
    assert "ケース記録.docx" in d.inner_text()
    d.locator("[data-mamori=attach-rest]").click()
    page.wait_for_function("window.__received.length === 1", timeout=WAIT_MS)
    assert [r["name"] for r in received(page)] == ["講座案内.docx"]


# ---- a file input read on `input` ----------------------------------------------------------------

def test_case_record_on_an_input_read_input_is_refused(page, samples):
    page.set_input_files("#read-on-input", str(samples["ケース記録.docx"]))
    d = block_dialog(page)
    text = d.inner_text()
    assert "個人番号（マイナンバー）" in text and "本文 4段落目" in text
    close(d)
    wait_checked(page)
    assert received(page) == []
    assert page.evaluate("document.getElementById('read-on-input').files.length") == 0


def test_harmless_files_on_an_input_read_input_reach_the_page(page, samples):
    page.set_input_files("#read-on-input", [str(samples["講座案内.pdf"]), str(samples["講座案内.csv"])])
    page.wait_for_function("window.__received.length === 2", timeout=30000)
    assert sorted(r["name"] for r in received(page)) == ["講座案内.csv", "講座案内.pdf"]
    assert {r["via"] for r in received(page)} == {"input"}


# ---- drag-and-drop and paste ---------------------------------------------------------------------

def test_dropped_pdf_case_record_is_refused_and_the_drop_zone_resets(page, samples):
    drop(page, samples["ケース記録.pdf"])
    d = block_dialog(page)
    assert "2ページ" in d.inner_text() and "個人番号（マイナンバー）" in d.inner_text()
    close(d)
    page.wait_for_function("window.__dragActive === false", timeout=5000)
    assert received(page) == []


def test_dropped_csv_of_residents_is_refused_and_a_harmless_one_is_handed_on(page, samples):
    drop(page, samples["住民名簿.csv"])
    close(block_dialog(page))
    assert received(page) == []
    drop(page, samples["講座案内.csv"])
    page.wait_for_function("window.__received.length === 1", timeout=30000)
    assert received(page)[0]["name"] == "講座案内.csv" and received(page)[0]["via"] == "drop"


def test_pasted_workbook_of_residents_is_refused(page, samples):
    paste_file(page, samples["住民名簿.xlsx"])
    close(block_dialog(page))
    assert received(page) == []


# ---- refused with a message: encrypted, corrupt, oversized; warn asks; images pass -------------

def test_encrypted_workbook_is_refused_with_the_password_message(page, samples):
    page.set_input_files("#read-on-change", str(samples["保護付き名簿.xlsx"]))
    d = block_dialog(page)
    assert "添付できません：中身を確認できません" in d.inner_text()
    assert "パスワードで保護" in d.locator("[data-mamori=file-error]").inner_text()
    close(d)
    assert received(page) == []


def test_corrupt_workbook_is_refused_with_the_damaged_message(page, samples):
    drop(page, samples["壊れた名簿.xlsx"])
    d = block_dialog(page)
    assert "壊れている" in d.locator("[data-mamori=file-error]").inner_text()
    close(d)
    assert received(page) == []


def test_file_over_the_size_limit_is_refused_without_being_sent(fbrowser, service, samples):
    set_overrides(fbrowser, {"serviceUrl": service.url, "attachmentMaxBytes": 2048})
    p = fbrowser.open_chat()
    try:
        p.set_input_files("#read-on-change", str(samples["講座案内.xlsx"]))  # a few KB
        d = block_dialog(p)
        assert "大きすぎる" in d.locator("[data-mamori=file-error]").inner_text()
        assert "2KB" in d.inner_text()
        close(d)
        assert received(p) == []
    finally:
        p.close()
        set_overrides(fbrowser, {"serviceUrl": service.url})


def test_warn_file_is_attached_only_after_the_user_confirms(page, samples):
    page.set_input_files("#read-on-change", str(samples["取扱注意メモ.docx"]))
    d = page.locator(WARN_DIALOG)
    d.wait_for(timeout=30000)
    attach = d.locator("[data-mamori=attach]")
    assert attach.is_disabled()
    assert received(page) == []
    d.locator("[data-mamori=confirm]").check()
    attach.click()
    page.wait_for_function("window.__received.length === 1", timeout=WAIT_MS)
    assert received(page)[0]["name"] == "取扱注意メモ.docx"


def test_image_passes_at_once_with_the_unchecked_notice(page, samples):
    page.set_input_files("#read-on-change", str(samples["画面.png"]))
    page.wait_for_function("window.__received.length === 1", timeout=WAIT_MS)
    notice = page.locator("[data-mamori-notice=attachment]")
    notice.wait_for(timeout=5000)
    assert "中身を確認できません" in notice.inner_text()


# ---- fail closed: the checking code did not load ---------------------------------------------------

@pytest.mark.parametrize("broken", ["content/main.js", "content/files.js"])
def test_files_are_refused_when_the_content_modules_do_not_load(playwright_instance, files_site, service, samples,
                                                                broken):
    from e2e_support import EXTENSION

    tmp = Path(tempfile.mkdtemp(prefix="mamori-broken-files-"))
    ext = tmp / "extension"
    shutil.copytree(EXTENSION, ext)
    (ext / broken).write_text("export const = ;  // deliberately broken for the test\n", encoding="utf-8")
    ctx = None
    try:
        ctx = launch(playwright_instance, files_site.port, str(tmp / "profile"), extension=ext)
        b = Browser(ctx)
        b.point_to(service.url)
        p = ctx.new_page()
        p.goto("https://chatgpt.com/")
        p.wait_for_selector("html[data-mamori-state=failed]", timeout=WAIT_MS)
        p.set_input_files("#read-on-change", str(samples["講座案内.xlsx"]))
        p.set_input_files("#read-on-input", str(samples["講座案内.docx"]))
        drop(p, samples["講座案内.csv"])
        p.locator("[data-mamori-failed]").wait_for(timeout=5000)
        p.wait_for_timeout(300)
        assert received(p) == [], "with the checking code gone, no file reaches the page"
    finally:
        if ctx:
            ctx.close()
        shutil.rmtree(tmp, ignore_errors=True)


def test_file_input_inside_a_shadow_root_is_checked_too(page, samples):
    inner = "upload-box >> input[type=file]"  # Playwright pierces open shadow roots
    page.set_input_files(inner, str(samples["住民名簿.xlsx"]))
    close(block_dialog(page))
    assert received(page) == []
    assert page.evaluate("document.getElementById('shadow-upload').shadowRoot.getElementById('inner').files.length") == 0
    page.set_input_files(inner, str(samples["講座案内.xlsx"]))
    page.wait_for_function("window.__received.length === 1", timeout=30000)
    assert received(page)[0]["via"] == "shadow"


def test_service_down_refuses_the_file_and_retry_attaches_it_once_the_service_is_back(fbrowser, service, samples):
    from e2e_support import free_port

    set_overrides(fbrowser, {"serviceUrl": f"http://127.0.0.1:{free_port()}"})  # nothing listens there
    p = fbrowser.open_chat()
    try:
        p.set_input_files("#read-on-change", str(samples["講座案内.xlsx"]))
        d = p.locator("[data-mamori-dialog=file-unreachable]")
        d.wait_for(timeout=30000)
        assert "確認サービスに接続できない" in d.inner_text()
        assert received(p) == []
        set_overrides(fbrowser, {"serviceUrl": service.url})  # the service is back
        d.locator("[data-mamori=retry]").click()
        p.wait_for_function("window.__received.length === 1", timeout=30000)
        assert received(p)[0]["name"] == "講座案内.xlsx"
    finally:
        p.close()
        set_overrides(fbrowser, {"serviceUrl": service.url})
