#!/usr/bin/env python3
"""Write made-up audit files (counts only) for trying the report and for its tests.

    python scripts/demo_audit.py OUT_DIR [--pcs 100] [--days 365] [--per-day 2.0] [--end 2026-11-30]

Each PC gets its own sub-folder, as when IT copies each PC's folder from the share.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.labels import TYPES  # noqa: E402

EVENT_WEIGHTS = {"blocked": 40, "redacted": 30, "sent_after_warning": 9, "cancelled": 15, "service_unreachable": 3}
TYPE_WEIGHTS = {"PERSON": 30, "PHONE_NUMBER": 14, "JP_ADDRESS": 12, "EMAIL_ADDRESS": 8, "NONPUBLIC_INFO": 14,
                "DATE_OF_BIRTH": 5, "JP_MY_NUMBER": 2, "SENSITIVE_PERSONAL_INFO": 4, "CONFIDENTIAL_MARKING": 4,
                "INTERNAL_NETWORK": 3, "CREDENTIAL": 1, "JP_BANK_ACCOUNT": 1, "JP_HEALTH_INSURANCE": 1}


def generate(out: Path, pcs: int = 100, days: int = 365, per_day: float = 2.0,
             end: dt.date = dt.date(2026, 11, 30), seed: int = 7) -> int:
    """Returns the number of lines written."""
    rng = random.Random(seed)
    events, ew = list(EVENT_WEIGHTS), list(EVENT_WEIGHTS.values())
    types, tw = [t for t in TYPE_WEIGHTS if t in TYPES], [TYPE_WEIGHTS[t] for t in TYPE_WEIGHTS if t in TYPES]
    flaky = set(rng.sample(range(pcs), max(1, pcs // 20)))  # a few PCs whose service often is not running
    written = 0
    for pc in range(pcs):
        host = f"MAEBASHI-PC{pc + 1:04d}"
        folder = out / host
        folder.mkdir(parents=True, exist_ok=True)
        for d in range(days):
            day = end - dt.timedelta(days=days - 1 - d)
            if day.weekday() >= 5:
                continue
            n = int(rng.expovariate(1 / per_day) + 0.5)
            if pc in flaky and rng.random() < 0.3:
                n += 1
            if not n:
                continue
            lines = []
            for _ in range(n):
                t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                                rng.randint(0, 59), tzinfo=dt.timezone(dt.timedelta(hours=9)))
                ev = "service_unreachable" if pc in flaky and rng.random() < 0.3 else rng.choices(events, ew)[0]
                rec = {"time": t.isoformat(), "event": ev, "verdict": None, "source": rng.choice(
                    ["prompt"] * 8 + ["paste"] * 3 + ["file"]), "findings": {},
                    "extension_version": "0.1.0" if day.month > 3 else "0.0.9",
                    "policy_version": "2026-11-26", "host": host}
                if ev == "service_unreachable":
                    rec["error"] = rng.choice(["unreachable"] * 4 + ["timeout"])
                else:
                    if ev == "sent_after_warning":
                        rec["verdict"], picked = "warn", ["NONPUBLIC_INFO"]
                    else:
                        warn = ev in ("redacted", "cancelled") and rng.random() < 0.3
                        rec["verdict"] = "warn" if warn else "block"
                        picked = ["NONPUBLIC_INFO"] if warn else rng.choices(types, tw, k=rng.randint(1, 3))
                    for ty in picked:
                        rec["findings"][ty] = rec["findings"].get(ty, 0) + rng.randint(1, 2)
                lines.append(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
            (folder / f"mamori-{day.isoformat()}-{host}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
            written += n
    return written


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--pcs", type=int, default=100)
    ap.add_argument("--days", type=int, default=365)
    ap.add_argument("--per-day", type=float, default=2.0)
    ap.add_argument("--end", default="2026-11-30")
    a = ap.parse_args()
    n = generate(a.out, a.pcs, a.days, a.per_day, dt.date.fromisoformat(a.end))
    print(f"{n} events written under {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
