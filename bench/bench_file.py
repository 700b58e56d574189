#!/usr/bin/env python3
"""POST /v1/scan-file on a 1 MB xlsx: median and spread over HTTP. A benchmark, not a test.

Two 1 MB workbooks made by tests/file_samples.py (openpyxl):
- a residents' list (氏名・住所・個人番号・生年月日・電話番号 on every row): refused; the
  scan stops after the first 20,000-character piece that blocks (what the extension waits for),
  and, with --full, the whole list scanned as if nothing had blocked (stop_at_block=False,
  in-process: the cost of scanning every row);
- a budget table with nothing personal: allowed, so every row is scanned.

    python bench/bench_file.py                  # starts its own service on a free port
    python bench/bench_file.py --url http://127.0.0.1:8765 --rounds 9 --full
"""
from __future__ import annotations

import argparse
import http.client
import json
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import file_samples  # noqa: E402


def post(url: str, data: bytes, name: str) -> tuple[float, dict]:
    u = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=300)
    t = time.perf_counter()
    conn.request("POST", "/v1/scan-file", body=data, headers={
        "Content-Type": "application/octet-stream", "X-Mamori-File-Name": urllib.parse.quote(name)})
    resp = conn.getresponse()
    body = json.loads(resp.read())
    ms = (time.perf_counter() - t) * 1000
    conn.close()
    if resp.status != 200:
        raise SystemExit(f"{name}: HTTP {resp.status} {body}")
    return ms, body


def start_service() -> tuple[subprocess.Popen, str]:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, str(ROOT / "run_service.py"), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(url + "/healthz", timeout=1)
            return proc, url
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("service did not start")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--url")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--full", action="store_true", help="also scan the whole residents' list in-process")
    a = ap.parse_args()
    residents = file_samples.big_xlsx()
    benign = file_samples.big_benign_xlsx()
    proc = None
    url = a.url
    if not url:
        proc, url = start_service()
    try:
        for label, data, name in (("residents' list", residents, "名簿.xlsx"), ("budget table", benign, "予算.xlsx")):
            post(url, data, name)  # warm-up
            times, body = [], None
            for _ in range(a.rounds):
                ms, body = post(url, data, name)
                times.append(ms)
            times.sort()
            f = body["file"]
            print(f"{label}: {len(data):,} bytes, {f['chars']:,} chars extracted, {f['scanned_chars']:,} scanned, "
                  f"verdict {body['verdict']}, complete {body['complete']}: median {statistics.median(times):.0f} ms "
                  f"(min {times[0]:.0f}, max {times[-1]:.0f}, n={len(times)})")
    finally:
        if proc:
            proc.terminate()
            proc.wait(10)
    if a.full:
        from service.file_api import scan_extracted
        from service.files import extract
        from service.state import ServiceState

        st = ServiceState()
        times = []
        for _ in range(3):
            t = time.perf_counter()
            r = scan_extracted(st, extract(residents, "名簿.xlsx"), stop_at_block=False)
            times.append((time.perf_counter() - t) * 1000)
        print(f"residents' list, every row scanned (in-process): {r['file']['scanned_chars']:,} chars, "
              f"{r['findings_total']:,} findings: median {statistics.median(times):.0f} ms (n=3)")
        t = time.perf_counter()
        for _ in range(5):
            extract(residents, "名簿.xlsx")
        print(f"extraction alone (zipfile + expat): {(time.perf_counter() - t) / 5 * 1000:.0f} ms")


if __name__ == "__main__":
    main()
