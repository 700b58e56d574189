#!/usr/bin/env python3
"""Two checkouts side by side over HTTP, paired: both services run at once and every text goes to
both, in alternating order, so a shared, loaded machine slows both alike (separate runs of
bench_scan.py a minute apart differed by 2x on such a machine). A benchmark, not a test.

    git worktree add /tmp/before <commit>      # or: git archive <commit> | tar -x -C /tmp/before
    python bench/bench_ab.py /tmp/before [--light] [--rounds 100]

Prints the median milliseconds per POST /v1/scan of the 5,000-character dense roster (or with
--light the ordinary mix) for the other checkout and for this one, and the load average seen.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_scan import make_dense_text, make_text  # noqa: E402


def start_in(root: Path) -> tuple[subprocess.Popen, str]:
    """That checkout's service on a free port (as bench_scan.start_service does for this one)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, str(root / "run_service.py"), "--port", str(port),
                             "--log-level", "WARNING"], cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 60:
        try:
            urllib.request.urlopen(url + "/healthz", timeout=1)
            return proc, url
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit(f"{root}: the service did not start")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("other", type=Path, help="the other checkout (its run_service.py is started)")
    ap.add_argument("--rounds", type=int, default=100)
    ap.add_argument("--chars", type=int, default=5000)
    ap.add_argument("--light", action="store_true", help="the ordinary mix instead of the dense roster")
    args = ap.parse_args()
    maker = make_text if args.light else make_dense_text
    procs, conns = {}, {}
    try:
        for name, root in (("other", args.other.resolve()), ("this", ROOT)):
            proc, url = start_in(root)
            procs[name] = proc
            host, port = url.rsplit("//", 1)[1].split(":")
            conns[name] = http.client.HTTPConnection(host, int(port), timeout=120)
        times: dict[str, list[float]] = {k: [] for k in conns}
        loads = []
        for i in range(args.rounds + 2):
            body = json.dumps({"text": maker(args.chars, i)}, ensure_ascii=False).encode()
            for name in (("other", "this") if i % 2 == 0 else ("this", "other")):
                t0 = time.perf_counter()
                conns[name].request("POST", "/v1/scan", body, {"Content-Type": "application/json"})
                resp = conns[name].getresponse()
                resp.read()
                if resp.status != 200:
                    raise SystemExit(f"{name}: HTTP {resp.status}")
                if i >= 2:  # two rounds to warm the path
                    times[name].append((time.perf_counter() - t0) * 1000)
            loads.append(os.getloadavg()[0])
        print(f"{'light' if args.light else 'dense'} {args.chars} characters, {args.rounds} pairs: "
              f"{args.other} {statistics.median(times['other']):.1f} ms, this checkout "
              f"{statistics.median(times['this']):.1f} ms median (load average {min(loads):.1f}–{max(loads):.1f})")
    finally:
        for proc in procs.values():
            proc.terminate()
            proc.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
