#!/usr/bin/env python3
"""Screenshot of a restored answer (docs/restore.png): a prompt masked through the dialog, then a
streamed fake ChatGPT answer shown with the original values, highlighted, with mamori's bar.
Headless Debian Chromium, the unpacked extension, the real service.

    python scripts/screenshot_restore.py [--out docs/restore.png]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from restore_demo import demo_tab  # noqa: E402

ANSWER = "\n".join([
    "承知しました。案内文の案です。",
    "",
    "**〔氏名1〕様**",
    "",
    "いつもお世話になっております。ご申請の書類が来週届く予定です。〔氏名2〕様の分もあわせてお送りします。",
    "ご不明な点は、担当までお電話ください（ご登録の番号：〔電話番号1〕）。",
    "",
    "| 宛先 | 連絡先 |",
    "|---|---|",
    "| 〔氏名1〕様 | 〔電話番号1〕 |",
    "| 〔氏名2〕様 | — |",
])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "restore.png")
    a = ap.parse_args()
    with demo_tab(viewport=(1000, 720)) as page:
        page.evaluate("md => window.__streamAnswer(md, {seed: 11, minChunk: 1, maxChunk: 4, delayMs: 1}).then(() => true)",
                      ANSWER)
        page.wait_for_selector("[data-stream-done] mamori-restore-bar", timeout=10000)
        # the user's own message shows what was sent (placeholders); the answer, the values
        page.evaluate("document.querySelector('[data-message-author-role=user]').style.whiteSpace = 'pre-wrap'")
        page.add_style_tag(content="#thread table { border-collapse: collapse; margin: 8px 0; }"
                                   " #thread th, #thread td { border: 1px solid #ccc; padding: 2px 10px; }")
        box = page.locator("#thread").bounding_box()
        a.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(a.out), clip={"x": box["x"] - 16, "y": 0, "width": box["width"] + 32,
                                                "height": box["y"] + box["height"] + 16})
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
