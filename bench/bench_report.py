#!/usr/bin/env python3
"""The audit report over a city's worth of files: 3,000 PCs, their share folders as the SYSTEM
collection task leaves them (SHARE/<PC>/mamori-YYYY-MM-DD-<PC>-u<tag>.jsonl, chained lines).
A benchmark, not a test: it prints the median wall time and the peak memory (max RSS) of the
single-file report (dist/mamori-report.pyz, run with python -I as 情報政策課 would).

    python bench/bench_report.py [--pcs 3000] [--days 20] [--events 4] [--runs 3] [--keep DIR]

Events per PC and day are Poisson-distributed around --events (a busy office; most PCs send
a few blocked or redacted prompts a day). Some PCs have two users (shared terminals).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.audit import chain_start, user_tag  # noqa: E402

EVENTS = [("blocked", "block", 0.45), ("redacted", "block", 0.25), ("sent_after_warning", "warn", 0.12),
          ("cancelled", "warn", 0.13), ("service_unreachable", None, 0.05)]
TYPES = ["PERSON", "PHONE_NUMBER", "JP_ADDRESS", "EMAIL_ADDRESS", "NONPUBLIC_INFO", "JP_MY_NUMBER"]


def poisson(rng: random.Random, lam: float) -> int:
    # Knuth: fine for small means.
    limit, k, p = pow(2.718281828459045, -lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def generate(root: Path, pcs: int, days: int, mean: float, seed: int = 13) -> tuple[int, int, int]:
    rng = random.Random(seed)
    start = dt.date(2026, 11, 2)
    files = lines = size = 0
    weights = [w for _, _, w in EVENTS]
    for i in range(pcs):
        host = f"MAEBASHI-PC{i:05d}"
        users = [f"staff{i:05d}"] + ([f"staff{i:05d}b"] if rng.random() < 0.1 else [])
        folder = root / host
        folder.mkdir(parents=True)
        for d in range(days):
            day = start + dt.timedelta(days=d)
            for user in users:
                n = poisson(rng, mean)
                if not n:
                    continue
                name = f"mamori-{day.isoformat()}-{host}-{user_tag(host, user)}.jsonl"
                prev, out = chain_start(name), []
                for seq in range(1, n + 1):
                    ev, verdict, _ = rng.choices(EVENTS, weights)[0]
                    t = dt.datetime.combine(day, dt.time(8 + rng.randrange(10), rng.randrange(60)),
                                            tzinfo=dt.timezone(dt.timedelta(hours=9)))
                    line = {"time": t.isoformat(), "event": ev, "verdict": verdict,
                            "source": rng.choice(["prompt", "paste"]),
                            "findings": {} if ev == "service_unreachable" else
                            {k: rng.randint(1, 3) for k in rng.sample(TYPES, rng.randint(1, 3))},
                            "extension_version": "0.1.0", "policy_version": "2026-12-01", "host": host,
                            "user": user}
                    if ev == "service_unreachable":
                        line["error"] = "unreachable"
                    line["seq"], line["prev"] = seq, prev
                    body = json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
                    prev = hashlib.sha256(body).hexdigest()
                    out.append(body)
                data = b"\n".join(out) + b"\n"
                (folder / name).write_bytes(data)
                files += 1
                lines += n
                size += len(data)
    return files, lines, size


def run_once(pyz: Path, share: Path, html: Path) -> tuple[float, int]:
    t0 = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-I", str(pyz), str(share), "--since", "all", "--html", str(html)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode:
        raise SystemExit(f"report failed: {p.stderr.read().decode()[-2000:]}")
    return wall, usage.ru_maxrss  # KiB on Linux


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pcs", type=int, default=3000)
    ap.add_argument("--days", type=int, default=20)
    ap.add_argument("--events", type=float, default=4.0, help="mean events per user and day")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    a = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="mamori-bench-report-"))
    share = a.keep or tmp / "share"
    try:
        t0 = time.perf_counter()
        files, lines, size = generate(share, a.pcs, a.days, a.events)
        print(f"generated {a.pcs:,} PCs x {a.days} days: {files:,} files, {lines:,} lines, "
              f"{size / 2**20:.1f} MiB in {time.perf_counter() - t0:.1f} s")
        pyz = tmp / "mamori-report.pyz"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_report_pyz.py"), "--out", str(pyz)],
                       check=True, stdout=subprocess.DEVNULL)
        walls, rss = [], []
        for _ in range(a.runs):
            w, m = run_once(pyz, share, tmp / "report.html")
            walls.append(w)
            rss.append(m)
        print(f"report (python -I mamori-report.pyz SHARE --since all --html): median {statistics.median(walls):.1f} s "
              f"(runs: {', '.join(f'{w:.1f}' for w in walls)}), peak memory median {statistics.median(rss) / 1024:.0f} MiB")
    finally:
        if not a.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
