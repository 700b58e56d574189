"""Audit events from the extension (issue 5): after each non-allow verdict the extension
reports what the user did to POST /v1/events, and the service appends counts only to the
policy's audit directory. Run: pytest tests/e2e/test_extension_audit.py"""
from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import pytest

from e2e_support import TEST_POLICY, Service, free_port, WAIT_MS

pytestmark = pytest.mark.browser

BLOCK_TEXT = "申請者の前橋花子さん（電話 027-231-0000）への回答文を作って"
WARN_TEXT = "【取扱注意】来年度の窓口案内の文案を整えてください"
ALLOW_TEXT = "Excelで平均を求める関数を教えてください"
DIALOG = "[data-mamori-dialog]"
COMPOSER = "#prompt-textarea, [data-composer-markdown], #mobile-composer-prompt"


@pytest.fixture(scope="module")
def audit_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("audit")


@pytest.fixture(scope="module")
def audit_policy(tmp_path_factory, audit_dir) -> Path:
    p = tmp_path_factory.mktemp("audit-policy") / "policy.toml"
    p.write_text(TEST_POLICY + f'\n[audit]\ndirectory = {json.dumps(str(audit_dir))}\n', encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def audit_service(audit_policy):
    svc = Service(free_port(), audit_policy).start()
    yield svc
    svc.stop()


@pytest.fixture
def audited(browser, audit_service, audit_dir):
    """A ChatGPT page whose extension talks to the auditing service; the audit dir emptied."""
    for f in audit_dir.glob("*"):
        f.unlink()
    browser.point_to(audit_service.url)
    browser.remove_local(["auditQueue"])
    page = browser.open_chat()
    yield page
    page.close()
    browser.point_to(browser.main_url)


def audit_lines(audit_dir: Path) -> list[dict]:
    out = []
    for f in sorted(audit_dir.glob("*.jsonl")):
        out += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def wait_lines(audit_dir: Path, n: int, timeout: float = 8.0) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        lines = audit_lines(audit_dir)
        if len(lines) >= n:
            return lines
        time.sleep(0.1)
    raise AssertionError(f"expected {n} audit lines, got {audit_lines(audit_dir)}")


def all_audit_text(audit_dir: Path) -> str:
    return "".join(f.read_text(encoding="utf-8") for f in sorted(audit_dir.rglob("*")) if f.is_file())


def type_prompt(page, text: str) -> None:
    page.click(COMPOSER)
    page.keyboard.insert_text(text)
    page.wait_for_selector("#composer-submit-button")


def wait_idle(page) -> None:
    page.wait_for_selector("html[data-mamori-state=ready]", timeout=WAIT_MS)


def test_block_then_replace_writes_counts_only(audited, audit_service, audit_dir, browser):
    page = audited
    scan = audit_service.scan(BLOCK_TEXT)
    assert scan["verdict"] == "block", scan
    expected = dict(Counter(f["type"] for f in scan["findings"] if f["action"] != "allow"))
    values = ["".join(list(BLOCK_TEXT)[f["start"]:f["end"]]) for f in scan["findings"]]
    assert values

    type_prompt(page, BLOCK_TEXT)
    page.keyboard.press("Enter")
    dialog = page.locator(f"{DIALOG}[data-mamori-dialog=block]")
    dialog.wait_for(timeout=5000)
    dialog.get_by_role("button", name="編集に戻る").click()
    dialog.wait_for(state="detached", timeout=3000)
    wait_idle(page)
    lines = wait_lines(audit_dir, 1)
    assert [ln["event"] for ln in lines] == ["blocked"]

    page.keyboard.press("Enter")
    dialog.wait_for(timeout=5000)
    dialog.get_by_role("button", name="マスクした文に置き換える").click()
    dialog.wait_for(state="detached", timeout=3000)
    wait_idle(page)
    lines = wait_lines(audit_dir, 2)
    assert [ln["event"] for ln in lines] == ["blocked", "redacted"]
    version = browser.sw.evaluate("() => chrome.runtime.getManifest().version")
    for ln in lines:
        assert ln["verdict"] == "block"
        assert ln["findings"] == expected
        assert ln["source"] == "prompt"
        assert ln["extension_version"] == version
        assert ln["policy_version"] == scan["policy_version"]
        assert "user" not in ln  # the policy does not ask for the user name

    # Sending the masked text is an allow: no further event.
    page.keyboard.press("Enter")
    page.wait_for_function("window.__submitted.length === 1", timeout=5000)
    time.sleep(0.5)
    assert len(audit_lines(audit_dir)) == 2

    # Never the text, never a piece of a finding value.
    raw = all_audit_text(audit_dir)
    assert BLOCK_TEXT not in raw
    for v in values:
        pieces = {v[i:i + 4] for i in range(len(v) - 3)} or {v}
        for piece in pieces:
            assert piece not in raw, f"a piece of a finding value is in the audit file: {piece!r}"
    assert browser.errors == []


def test_warn_sent_and_cancelled(audited, audit_service, audit_dir):
    page = audited
    scan = audit_service.scan(WARN_TEXT)
    assert scan["verdict"] == "warn", scan
    type_prompt(page, WARN_TEXT)
    page.keyboard.press("Enter")
    dialog = page.locator(f"{DIALOG}[data-mamori-dialog=warn]")
    dialog.wait_for(timeout=5000)
    page.keyboard.press("Escape")
    dialog.wait_for(state="detached", timeout=3000)
    wait_idle(page)
    page.keyboard.press("Enter")
    dialog.wait_for(timeout=5000)
    dialog.get_by_text("公開されている情報であることを確認しました").click()
    dialog.get_by_role("button", name="このまま送信").click()
    page.wait_for_function("window.__submitted.length === 1", timeout=5000)
    lines = wait_lines(audit_dir, 2)
    assert [ln["event"] for ln in lines] == ["cancelled", "sent_after_warning"]
    assert all(ln["verdict"] == "warn" and ln["findings"] for ln in lines)
    assert WARN_TEXT not in all_audit_text(audit_dir)


def test_unreachable_event_is_queued_and_sent_when_the_service_is_back(browser, audit_policy, audit_dir):
    for f in audit_dir.glob("*"):
        f.unlink()
    spare = Service(free_port(), audit_policy)
    browser.point_to(spare.url)  # nothing listens there yet
    browser.remove_local(["auditQueue"])
    page = browser.open_chat()
    try:
        type_prompt(page, ALLOW_TEXT)
        page.keyboard.press("Enter")
        dialog = page.locator(f"{DIALOG}[data-mamori-dialog=unreachable]")
        dialog.wait_for(timeout=WAIT_MS)
        # The event could not be delivered: it waits in the extension's queue.
        page.wait_for_timeout(300)
        queue = browser.sw.evaluate("async () => (await chrome.storage.local.get('auditQueue')).auditQueue || []")
        assert [q["event"] for q in queue] == ["service_unreachable"], queue
        assert queue[0]["error"] == "unreachable"
        spare.start()
        dialog.get_by_role("button", name="再試行").click()
        page.wait_for_function("window.__submitted.length === 1", timeout=WAIT_MS)
        lines = wait_lines(audit_dir, 1)
        assert [(ln["event"], ln.get("error")) for ln in lines] == [("service_unreachable", "unreachable")]
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            if not browser.sw.evaluate("async () => ((await chrome.storage.local.get('auditQueue')).auditQueue || []).length"):
                break
            time.sleep(0.1)
        else:
            raise AssertionError("the audit queue was not emptied")
        assert ALLOW_TEXT not in all_audit_text(audit_dir)
    finally:
        spare.stop()
        browser.point_to(browser.main_url)
        page.close()
