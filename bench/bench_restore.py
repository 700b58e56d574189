#!/usr/bin/env python3
"""Restoring a streamed answer: per-chunk time of a 10,000-character answer streamed in chunks of
1–4 characters by the fake ChatGPT (tests/e2e/fixture/stream.js), in headless Debian Chromium with
the unpacked extension and the real service. A benchmark, not a test.

Each chunk's time runs from the page's render of the Markdown so far to the end of the microtasks
it triggered — the extension's MutationObserver, which restores the placeholders, runs there — so
it is the delay the user could see. Measured in a tab WITH the mapping (the prompt was masked; the
answer has a placeholder every ~60 characters, in paragraphs, lists, tables and code) and in a tab
without one (nothing to restore: the page's own rendering alone), alternating, several rounds.

    python bench/bench_restore.py [--rounds 3]
"""
from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from restore_demo import demo_tab  # noqa: E402

SEGMENTS = [
    "〔氏名1〕様からの申請について、書類は来週の火曜日に届く予定です。担当は〔氏名2〕さんです。",
    "- 連絡先：〔電話番号1〕（平日9時から17時まで）、控えは〔氏名1〕様あてに郵送します。",
    "| 宛先 | 連絡先 | 備考 |\n|---|---|---|\n| 〔氏名1〕様 | 〔電話番号1〕 | 本人 |\n| 〔氏名2〕さん | — | 同行 |",
    "```\nto = \"〔氏名1〕\"  # 担当 〔氏名2〕\ntel = 〔電話番号1〕\n```",
    "**〔氏名2〕さん**には、窓口での手続きの流れを説明してください。必要な持ち物は本人確認書類と印鑑です。",
]


def answer(chars: int = 10_000) -> str:
    out, i = [], 0
    while sum(len(s) + 2 for s in out) < chars:
        out.append(SEGMENTS[i % len(SEGMENTS)])
        i += 1
    return "\n\n".join(out)[:chars].rsplit("\n", 1)[0]


def run(page, md: str, seed: int) -> list[float]:
    page.evaluate("md => window.__streamAnswer(md, {seed: %d, minChunk: 1, maxChunk: 4, delayMs: 0, timed: true})"
                  ".then(() => true)" % seed, md)
    return page.evaluate("window.__streamTimings")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--chars", type=int, default=10_000)
    a = ap.parse_args()
    md = answer(a.chars)
    placeholders = md.count("〔")
    results: dict[str, list[float]] = {"with restore": [], "without (no mapping)": []}
    restored = None
    with demo_tab(mask=True) as masked_page:
        # another tab of the same browser: its own content script, so no mapping
        plain_page = masked_page.context.new_page()
        plain_page.goto("https://chatgpt.com/")
        plain_page.wait_for_selector("html[data-mamori-state=ready]", timeout=15000)
        for r in range(a.rounds):
            results["with restore"] += run(masked_page, md, seed=r + 1)
            results["without (no mapping)"] += run(plain_page, md, seed=r + 1)
        restored = masked_page.evaluate("document.querySelector('[data-stream-done]').getAttribute('data-mamori-restored')")
    print(f"answer: {len(md):,} characters, {placeholders} placeholders (restored in the last answer: {restored}); "
          f"chunks of 1-4 characters; {a.rounds} rounds")
    print(f"{'':24} {'chunks':>7} {'median ms':>10} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'> 16 ms':>8}")
    for name, t in results.items():
        t = sorted(t)
        p95, p99 = t[int(0.95 * (len(t) - 1))], t[int(0.99 * (len(t) - 1))]
        over = sum(1 for x in t if x > 16)  # longer than one frame at 60 Hz
        print(f"{name:24} {len(t):7d} {statistics.median(t):10.3f} {p95:8.3f} {p99:8.3f} {max(t):8.3f} {over:8d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
