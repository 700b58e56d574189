"""python -m service.report: empty folders, corrupt lines, a year of 100 PCs, a page with no outside links."""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from support import ROOT
from service import report

sys.path.insert(0, str(ROOT / "scripts"))
from demo_audit import generate  # noqa: E402

END = dt.date(2026, 11, 30)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "service.report", *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def assert_self_contained(page: str):
    assert page.startswith("<!DOCTYPE html>") and '<html lang="ja">' in page
    assert "<script" not in page.lower()
    # No external resource of any kind: no src=, no stylesheet links, no url(), no http(s) references.
    assert not re.search(r"""<[^>]*\s(src|href)\s*=|url\(|@import|https?://(?!www\.w3\.org/2000/svg)""", page, re.I)
    assert "<svg" in page


def write(path: Path, lines: list) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                    "utf-8")


def ev(day: str, event: str, verdict="block", findings=None, host="PC-1", **kw) -> dict:
    return {"time": f"{day}T10:00:00+09:00", "event": event, "verdict": verdict, "source": "prompt",
            "findings": findings or {}, "extension_version": "0.1.0", "policy_version": "2026-11-26",
            "host": host, **kw}


def test_empty_directory(tmp_path):
    out = tmp_path / "r.html"
    r = run_cli(str(tmp_path), "--until", "2026-11-30", "--html", str(out))
    assert r.returncode == 0, r.stderr
    assert "件数の合計: 0" in r.stdout and "読めなかった行: 0" in r.stdout
    page = out.read_text("utf-8")
    assert_self_contained(page)
    assert "該当する記録はありません" in page


def test_counts_and_a_corrupt_line(tmp_path):
    d = tmp_path / "audit"
    write(d / "PC-1" / "mamori-2026-11-20-PC-1.jsonl", [
        ev("2026-11-20", "blocked", findings={"PERSON": 2, "PHONE_NUMBER": 1}),
        '{"time": "2026-11-20T10:0',  # a line cut short (crash, full disk)
        ev("2026-11-20", "sent_after_warning", verdict="warn", findings={"NONPUBLIC_INFO": 1}),
        "not json at all",
        json.dumps({"time": "2026-11-20T10:00:00+09:00", "event": "typed"}),  # unknown event
        ev("2026-11-20", "redacted", verdict="warn", findings={"NONPUBLIC_INFO": 1}),
    ])
    write(d / "PC-2" / "mamori-2026-11-21-PC-2.jsonl", [
        ev("2026-11-21", "service_unreachable", verdict=None, host="PC-2", error="timeout"),
        ev("2026-11-21", "cancelled", findings={"PERSON": 1}, host="PC-2"),
    ])
    write(d / "PC-2" / "mamori-2025-01-01-PC-2.jsonl", [ev("2025-01-01", "blocked", host="PC-2")])  # too old
    rep = report.build([d], dt.date(2026, 11, 1), END)
    assert rep.corrupt == 3 and rep.lines == 8
    assert rep.by_event == {"blocked": 1, "sent_after_warning": 1, "redacted": 1, "service_unreachable": 1,
                            "cancelled": 1}
    assert rep.findings == {"PERSON": 3, "PHONE_NUMBER": 1, "NONPUBLIC_INFO": 2}
    assert rep.warn_total == 2 and rep.after_warn["sent_after_warning"] == 1
    assert rep.hosts == {"PC-1", "PC-2"} and rep.unreachable_by_host == {"PC-2": 1}

    out = tmp_path / "r.html"
    r = run_cli(str(d), "--since", "2026-11-01", "--until", "2026-11-30", "--html", str(out))
    assert r.returncode == 0, r.stderr
    assert "読めなかった行: 3" in r.stdout and "件数の合計: 5" in r.stdout
    assert "警告のあと送信: 1 / 警告 2 件（50.0%）" in r.stdout
    page = out.read_text("utf-8")
    assert_self_contained(page)
    for text in ("利用状況レポート", "日ごとの件数", "見つかった情報の種類", "個人の氏名", "警告のあとの行動",
                 "検査サービスに接続できなかった件数", "読み取れなかった行が 3 行"):
        assert text in page, text


def test_selector_misses_are_listed_by_page_path(tmp_path):
    d = tmp_path / "audit"
    write(d / "mamori-2026-11-20-PC-1.jsonl", [
        ev("2026-11-20", "selector_miss", verdict=None, path="/c/:id", gesture="click"),
        ev("2026-11-20", "selector_miss", verdict=None, path="/c/:id", gesture="enter", host="PC-2"),
        ev("2026-11-20", "selector_miss", verdict=None, path="/g/:id/project", gesture="submit"),
        ev("2026-11-20", "blocked", findings={"PERSON": 1}),
    ])
    rep = report.build([d], dt.date(2026, 11, 1), END)
    assert rep.by_event["selector_miss"] == 3
    assert rep.miss_paths == {"/c/:id": 2, "/g/:id/project": 1}
    summary = report.text_summary(rep)
    assert "入力欄を読み取れず停止" in summary and "/c/:id 2件" in summary
    page = report.html_page(rep)
    assert_self_contained(page)
    assert "入力欄を読み取れず停止した画面" in page and "/g/:id/project" in page


def test_tampered_values_are_escaped(tmp_path):
    write(tmp_path / "mamori-2026-11-20-x.jsonl", [
        ev("2026-11-20", "service_unreachable", verdict=None, host='<img src=x onerror="alert(1)">'),
        ev("2026-11-20", "blocked", extension_version="<script>alert(1)</script>"),
    ])
    page = report.html_page(report.build([tmp_path], dt.date(2026, 11, 1), END))
    assert_self_contained(page)
    assert "&lt;img src=x" in page and "&lt;script&gt;" in page


@pytest.mark.parametrize("value,expected", [
    ("30d", dt.date(2026, 11, 1)), ("1d", END), ("8w", dt.date(2026, 10, 6)), ("1y", dt.date(2025, 12, 1)),
    ("2026-04-01", dt.date(2026, 4, 1)), ("all", dt.date(1970, 1, 1)),
])
def test_since(value, expected):
    assert report.parse_since(value, END) == expected


def test_bad_arguments(tmp_path):
    r = run_cli(str(tmp_path), "--since", "yesterday")
    assert r.returncode == 2 and "--since" in r.stderr
    r = run_cli(str(tmp_path / "missing"))
    assert r.returncode == 2 and "見つかりません" in r.stderr


@pytest.mark.slow
def test_a_year_of_100_pcs_within_seconds(tmp_path):
    d = tmp_path / "audit"
    n = generate(d, pcs=100, days=365, per_day=2.0, end=END)
    assert n > 40_000
    out = tmp_path / "year.html"
    t0 = time.perf_counter()
    r = run_cli(str(d), "--since", "1y", "--until", "2026-11-30", "--html", str(out))
    took = time.perf_counter() - t0
    assert r.returncode == 0, r.stderr
    assert f"件数の合計: {n:,}" in r.stdout and "記録のあったPC（検査サービス）: 100台" in r.stdout
    assert took < 15, f"{took:.1f}s for {n} events"  # ~2 s on an idle 2-core machine
    page = out.read_text("utf-8")
    assert_self_contained(page)
    assert "週ごとの件数" in page  # a year is drawn per week
    assert page.count("<rect") > 50
    print(f"\n{n} events in {sum(1 for _ in d.rglob('*.jsonl'))} files: report in {took:.2f}s, "
          f"{os.path.getsize(out):,} bytes of HTML")


@pytest.mark.browser
def test_report_renders_in_chromium_without_network(tmp_path):
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("/usr/bin/chromium is not installed (scripts/test.sh installs Debian's chromium)")
    d = tmp_path / "audit"
    generate(d, pcs=10, days=30, per_day=2.0, end=END)
    out = tmp_path / "r.html"
    out.write_text(report.html_page(report.build([d], report.parse_since("30d", END), END)), "utf-8")
    # In a child process: the browser tests in tests/e2e keep a sync Playwright open for the
    # whole session, and a second one in the same process is refused.
    art = ROOT / "tests" / "artifacts"
    art.mkdir(exist_ok=True)
    script = textwrap.dedent(f"""
        import json
        from playwright.sync_api import sync_playwright
        requests = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page(viewport={{"width": 1100, "height": 900}})
            page.on("request", lambda r: requests.append(r.url))
            page.goto({out.as_uri()!r})
            box = page.locator("svg.chart").bounding_box()
            rects = page.locator("svg.chart rect").count()
            h1 = page.locator("h1").inner_text()
            page.screenshot(path={str(art / "report.png")!r}, full_page=True)
            browser.close()
        print(json.dumps({{"box": box, "rects": rects, "h1": h1, "requests": requests}}))
    """)
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    seen = json.loads(r.stdout.strip().splitlines()[-1])
    box = seen["box"]
    assert box and box["width"] > 600 and box["height"] > 150
    assert seen["rects"] > 20
    assert "利用状況レポート" in seen["h1"]
    assert seen["requests"] == [out.as_uri()]
