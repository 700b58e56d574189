#!/usr/bin/env python3
"""What per-user authentication costs a scan: the same short prompt scanned N times by a plain
service and by a service started with --auth-key-file, whose client first sends the hello
(GET /healthz with proofs) and then the proven scan — exactly what extension/lib/service-auth.js
does. Loopback HTTP, one client. A benchmark, not a test: prints medians for the README.

    python bench/bench_auth.py [--rounds 200]
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from service import auth  # noqa: E402

TEXT = "来週の課内会議の議題を3つ考えてください。前回は予算の執行状況を扱いました。"


def start(extra: list[str], announce: Path) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "run_service.py", "--port", "0", "--announce", str(announce),
                          "--log-level", "WARNING"] + extra, cwd=ROOT, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    for _ in range(600):
        if announce.exists():
            return p
        time.sleep(0.2)
    raise SystemExit("service did not start")


def request(conn, method, path, body=b"", headers=None):
    conn.request(method, path, body=body or None, headers=headers or {})
    r = conn.getresponse()
    return r.status, r.read(), r.getheader(auth.PROOF_HEADER)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=200)
    a = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp())
    secret = secrets.token_bytes(32)
    (tmp / "secret.key").write_text(secret.hex())
    plain = start([], tmp / "plain.json")
    authd = start(["--auth-key-file", str(tmp / "secret.key")], tmp / "auth.json")
    try:
        body = json.dumps({"text": TEXT}).encode()
        hdr = {"Content-Type": "application/json"}
        port = json.loads((tmp / "plain.json").read_text())["port"]
        conn = http.client.HTTPConnection("127.0.0.1", port)
        times_plain = []
        for _ in range(a.rounds):
            t0 = time.perf_counter()
            status, _, _ = request(conn, "POST", "/v1/scan", body, hdr)
            times_plain.append((time.perf_counter() - t0) * 1000)
            assert status == 200
        port = json.loads((tmp / "auth.json").read_text())["port"]
        conn = http.client.HTTPConnection("127.0.0.1", port)
        times_auth = []
        for _ in range(a.rounds):
            t0 = time.perf_counter()
            n1 = secrets.token_urlsafe(18)
            status, data, proof = request(conn, "GET", "/healthz", b"", {
                auth.NONCE_HEADER: n1, auth.CLIENT_HEADER: auth.client_proof(secret, n1, "GET", "/healthz", port, b"")})
            assert status == 200 and proof == auth.service_proof(secret, n1, 200, port, data)
            n2 = secrets.token_urlsafe(18)
            status, data, proof = request(conn, "POST", "/v1/scan", body, {
                **hdr, auth.NONCE_HEADER: n2, auth.CLIENT_HEADER: auth.client_proof(secret, n2, "POST", "/v1/scan", port, body)})
            assert status == 200 and proof == auth.service_proof(secret, n2, 200, port, data)
            times_auth.append((time.perf_counter() - t0) * 1000)
        mp, ma = statistics.median(times_plain), statistics.median(times_auth)
        print(f"{a.rounds} scans of a {len(TEXT)}-character prompt over loopback: plain median {mp:.2f} ms, "
              f"authenticated (hello + proven scan) median {ma:.2f} ms, overhead {ma - mp:.2f} ms")
    finally:
        for p in (plain, authd):
            p.terminate()
            p.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
