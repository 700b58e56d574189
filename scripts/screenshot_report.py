#!/usr/bin/env python3
"""Render the audit report for made-up data in headless Chromium and save docs/report.png.

    python scripts/screenshot_report.py [--out docs/report.png]
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from demo_audit import generate  # noqa: E402
from service import report  # noqa: E402


def render(html_path: Path, png: Path, width: int = 1100) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": width, "height": 900}, device_scale_factor=1)
        page.goto(html_path.resolve().as_uri())
        page.screenshot(path=str(png), full_page=True)
        browser.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "report.png")
    a = ap.parse_args()
    end = dt.date(2026, 11, 30)
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp) / "audit"
        generate(d, pcs=100, days=60, per_day=2.0, end=end)
        rep = report.build([d], report.parse_since("30d", end), end)
        html = Path(tmp) / "report.html"
        html.write_text(report.html_page(rep, dt.datetime(2026, 12, 1, 9, 0)), "utf-8")
        a.out.parent.mkdir(parents=True, exist_ok=True)
        render(html, a.out)
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
