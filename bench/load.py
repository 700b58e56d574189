#!/usr/bin/env python3
"""Load test: concurrent clients against the waitress service, loopback only, bounded in
count and time. Reports throughput, p50/p99 latency, errors and the service's resident
memory before and after.

    python bench/load.py                          # 32 clients, 60 s, own service, prompts mix
    python bench/load.py --mix heavy              # the stress mix (a fifth are 5,000-20,000 chars)
    python bench/load.py --mix dense              # a quarter are 5,000-char rosters (personal data on every line)
    python bench/load.py --clients 32 --seconds 60 --max-requests 100000
    python bench/load.py --workers 2              # the service scans in 2 worker processes
    python bench/load.py --think-ms 1000          # each client pauses ~1 s between requests
    python bench/load.py --url http://127.0.0.1:8765 --pid 1234

Memory is the resident size of the service process and its scan workers together.
"""
from __future__ import annotations

import argparse
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scan import make_dense_text, make_text, rss_tree_mb, start_service  # noqa: E402

# Text sizes (characters) and their weights; a negative size is a dense text of that length.
MIXES = {
    # Grounded in the 1,278 prompts of dev.jsonl and tests/data (written to be realistic: mean 187
    # characters, 89% under 300, p99 1,448, none over 2,549), with long pastes added so that the
    # range reaches 20,000: still four times the corpora's mean (785 characters).
    "prompts": [(100, 60), (500, 25), (2_000, 10), (5_000, 4), (20_000, 1)],
    # A stress mix, the one this benchmark used first: a fifth of all requests are pasted documents
    # of 5,000 or 20,000 characters (mean 2,780 characters).
    "heavy": [(100, 30), (500, 30), (2_000, 20), (5_000, 12), (20_000, 8)],
    # A central instance for terminal servers: a quarter of the requests are 5,000-character pastes
    # with personal data on every line (a roster, a case list: make_dense_text), written -5_000.
    "dense": [(100, 40), (500, 25), (2_000, 10), (-5_000, 25)],
}


def pick_size(rnd: random.Random, sizes: list) -> int:
    r = rnd.uniform(0, sum(w for _, w in sizes))
    for size, w in sizes:
        r -= w
        if r <= 0:
            return size
    return sizes[-1][0]


def run_load(url: str, clients: int, seconds: float, max_requests: int, seed: int = 1,
             think_ms: float = 0.0, mix: str = "prompts") -> dict:
    """Closed loop: each client sends, waits for the answer, pauses `think_ms` on average
    (exponentially distributed; 0 = no pause, i.e. saturation), and sends again."""
    u = urllib.parse.urlparse(url)
    if u.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("load tests target loopback only")
    bodies = {}
    sizes = MIXES[mix]
    for size, _ in sizes:
        # UTF-8 like the extension's JSON.stringify (not \u escapes, which are 2x the bytes)
        maker = make_dense_text if size < 0 else make_text
        bodies[size] = [json.dumps({"text": maker(abs(size), seed * 100 + i)}, ensure_ascii=False).encode()
                         for i in range(8)]
    lock = threading.Lock()
    latencies: list[float] = []
    errors: list[str] = []
    sent = [0]
    deadline = time.monotonic() + seconds

    def client(n: int):
        r = random.Random(seed + n)
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
        while time.monotonic() < deadline:
            with lock:
                if sent[0] >= max_requests:
                    return
                sent[0] += 1
            body = r.choice(bodies[pick_size(r, sizes)])
            t0 = time.perf_counter()
            try:
                conn.request("POST", "/v1/scan", body, {"Content-Type": "application/json"})
                resp = conn.getresponse()
                resp.read()
                ok = resp.status == 200
                err = None if ok else f"HTTP {resp.status}"
            except Exception as e:  # count, reconnect, go on
                ok, err = False, type(e).__name__
                conn.close()
                conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
            dt = (time.perf_counter() - t0) * 1000
            with lock:
                if ok:
                    latencies.append(dt)
                else:
                    errors.append(err)
            if think_ms:
                time.sleep(min(r.expovariate(1000.0 / think_ms), 10 * think_ms / 1000.0))
        conn.close()

    t0 = time.monotonic()
    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 60)
    elapsed = time.monotonic() - t0
    latencies.sort()

    def pct(p):
        return latencies[min(len(latencies) - 1, int(p * (len(latencies) - 1)))] if latencies else float("nan")

    return {"requests": len(latencies) + len(errors), "ok": len(latencies), "errors": len(errors),
            "error_kinds": sorted(set(errors)), "seconds": elapsed,
            "throughput": (len(latencies) + len(errors)) / elapsed if elapsed else 0.0,
            "p50_ms": pct(0.50), "p99_ms": pct(0.99), "max_ms": latencies[-1] if latencies else float("nan")}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url")
    ap.add_argument("--pid", type=int, help="the service's pid, for memory figures (with --url)")
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--max-requests", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=0,
                    help="start the service with --workers N (scan worker processes; default 0)")
    ap.add_argument("--mix", choices=sorted(MIXES), default="prompts",
                    help="text sizes: prompts (default, grounded in the corpora), heavy (the stress mix) "
                         "or dense (a quarter are 5,000-character rosters)")
    ap.add_argument("--think-ms", type=float, default=0.0,
                    help="mean pause between a client's requests (default 0: saturation)")
    ap.add_argument("--warmup-seconds", type=float, default=10.0,
                    help="load before the measured run, so memory is compared at steady state")
    args = ap.parse_args()
    proc = None
    url, pid = args.url, args.pid
    if not url:
        proc, url = start_service(("--workers", str(args.workers)) if args.workers else ())
        pid = proc.pid
    try:
        started = rss_tree_mb(pid) if pid else float("nan")
        if args.warmup_seconds > 0:
            w = run_load(url, args.clients, args.warmup_seconds, args.max_requests, seed=99,
                         think_ms=args.think_ms, mix=args.mix)
            print(f"warm-up: {w['requests']} requests in {w['seconds']:.0f} s, errors={w['errors']}", flush=True)
        before = rss_tree_mb(pid) if pid else float("nan")
        print(f"load: {args.clients} clients, mix {args.mix}, think {args.think_ms:.0f} ms, {args.seconds:.0f} s "
              f"(at most {args.max_requests} requests) against {url}", flush=True)
        r = run_load(url, args.clients, args.seconds, args.max_requests, think_ms=args.think_ms, mix=args.mix)
        after = rss_tree_mb(pid) if pid else float("nan")
        print(f"requests={r['requests']} errors={r['errors']} throughput={r['throughput']:.1f}/s "
              f"p50={r['p50_ms']:.1f}ms p99={r['p99_ms']:.1f}ms max={r['max_ms']:.1f}ms")
        if r["errors"]:
            print("error kinds:", ", ".join(r["error_kinds"]))
        growth = (after - before) / before * 100 if before == before and before else float("nan")
        print(f"service memory: at start={started:.0f} MB, after warm-up={before:.0f} MB, "
              f"after the run={after:.0f} MB (growth during the run {growth:.1f}%)")
    finally:
        if proc:
            proc.terminate()
            proc.wait(timeout=10)
    return 0 if not r["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
