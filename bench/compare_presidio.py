#!/usr/bin/env python3
"""Side by side: mamori vs Microsoft Presidio (AnalyzerEngine + spaCy `ja_ginza`).

A benchmark, not a test (scripts/test.sh does not run it). Same texts, same machine, one run:

    python3 bench/compare_presidio.py [--venv DIR] [--rounds 20] [--keep-json DIR]

1. makes (once; reused later) a virtual environment outside the repo
   (default ~/.cache/mamori-bench/presidio-venv) and pip-installs presidio-analyzer,
   presidio-anonymizer, spacy, ginza, ja-ginza there — GiNZA pins SudachiPy < 0.7, so it
   never goes into the service's environment; ja-ginza ships the model as a package;
2. starts bench/presidio_ginza_server.py in that venv (port 8813): Presidio behind the
   scan contract (its configuration is described in that file's docstring);
3. starts mamori (run_service.py, port 8812) in this environment;
4. runs shared/eval/score.py on the dev corpus (and the held-out stand-ins in tests/data
   when present) against each, then the median latency over HTTP on texts of about
   500 and 5,000 characters (bench/bench_scan.py's make_text);
5. prints a table, and stops both servers (always).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "eval" / "score.py"
CORPORA = [("dev", SHARED / "eval" / "dev.jsonl"),
           ("holdout_handmade", ROOT / "tests" / "data" / "holdout_handmade.jsonl"),
           ("holdout2", ROOT / "tests" / "data" / "holdout2.jsonl")]
PACKAGES = ["presidio-analyzer", "presidio-anonymizer", "spacy", "ginza", "ja-ginza"]
PROBE = "import presidio_analyzer, presidio_anonymizer, spacy, ginza, ja_ginza"
# Contract types the Presidio server maps to (see PRESIDIO_TO_CONTRACT in presidio_ginza_server.py).
PRESIDIO_TYPES = {"PERSON", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "INTERNAL_NETWORK",
                  "JP_BANK_ACCOUNT"}
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scan import rss_mb, scan_times  # noqa: E402


def step(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def ensure_venv(venv: Path) -> Path:
    py = venv / "bin" / "python"
    if py.exists() and subprocess.run([str(py), "-c", PROBE], capture_output=True).returncode == 0:
        step(f"venv {venv}: reused (presidio, spacy, ginza, ja-ginza importable)")
        return py
    if not py.exists():
        step(f"venv {venv}: creating with python3 -m venv")
        venv.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    log = venv / "pip-install.log"
    step(f"venv: pip install {' '.join(PACKAGES)} (log: {log}; takes a few minutes)")
    with open(log, "wb") as fh:
        proc = subprocess.Popen([str(py), "-m", "pip", "install", *PACKAGES], stdout=fh, stderr=subprocess.STDOUT)
        t0 = time.monotonic()
        while proc.poll() is None:
            time.sleep(15)
            step(f"  pip still running ({time.monotonic() - t0:.0f}s)")
    if proc.returncode != 0 or subprocess.run([str(py), "-c", PROBE]).returncode != 0:
        raise SystemExit(f"pip install failed; see {log}")
    step("venv ready")
    return py


def wait_health(url: str, proc: subprocess.Popen, name: str, timeout: float = 120) -> dict:
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if proc.poll() is not None:
            raise SystemExit(f"{name} exited with status {proc.returncode} before it was ready")
        try:
            with OPENER.open(url + "/healthz", timeout=2) as r:
                h = json.loads(r.read())
            step(f"{name} ready in {time.monotonic() - t0:.1f}s at {url} (pid {proc.pid}, RSS {rss_mb(proc.pid):.0f} MB)")
            return h
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{name} did not answer /healthz within {timeout:.0f}s")


def run_score(corpus: Path, url: str, out_json: Path) -> dict:
    r = subprocess.run([sys.executable, str(SCORE), str(corpus), "--url", url, "--json", str(out_json),
                        "--timeout", "60"], capture_output=True, text=True)
    last = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr.strip()
    print(f"    {last}", flush=True)
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    m = doc["metrics"]
    # Type recall restricted to the types Presidio's configuration can produce at all.
    pt = [v for t, v in doc.get("per_type", {}).items() if t in PRESIDIO_TYPES]
    m["type_recall_mapped"] = (sum(v["found"] for v in pt) / sum(v["listed"] for v in pt)) if pt else None
    return m


def latency(url: str, size: int, rounds: int) -> float:
    return statistics.median(scan_times(url, size, rounds))


def stop(proc: subprocess.Popen | None, name: str) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)
    step(f"{name} stopped (pid {proc.pid})")


def fmt(x, nd=3) -> str:
    return "n/a" if x is None else f"{x:.{nd}f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--venv", default=str(Path.home() / ".cache" / "mamori-bench" / "presidio-venv"))
    ap.add_argument("--mamori-port", type=int, default=8812)
    ap.add_argument("--presidio-port", type=int, default=8813)
    ap.add_argument("--rounds", type=int, default=20, help="latency requests per size (default 20)")
    ap.add_argument("--sizes", default="500,5000")
    ap.add_argument("--keep-json", help="directory for score.py's --json outputs (default: a temp dir)")
    args = ap.parse_args()

    step("1/5 benchmark venv")
    py = ensure_venv(Path(args.venv).expanduser())
    out_dir = Path(args.keep_json or tempfile.mkdtemp(prefix="mamori-vs-presidio-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    tools = {"mamori": f"http://127.0.0.1:{args.mamori_port}",
             "presidio+ginza": f"http://127.0.0.1:{args.presidio_port}"}
    procs: dict[str, subprocess.Popen] = {}
    rss: dict[str, float] = {}
    rows, lat = [], {}
    try:
        step(f"2/5 starting Presidio + GiNZA on port {args.presidio_port}")
        procs["presidio+ginza"] = subprocess.Popen(
            [str(py), str(ROOT / "bench" / "presidio_ginza_server.py"), "--port", str(args.presidio_port),
             "--policy", str(ROOT / "service" / "default_policy.toml")], cwd=ROOT, stdout=subprocess.DEVNULL)
        h = wait_health(tools["presidio+ginza"], procs["presidio+ginza"], "presidio+ginza")
        step(f"  {h.get('version')}")
        step(f"  recognizers for 'ja': {', '.join(h.get('recognizers', []))}; block when score >= "
             f"{h.get('block_score')}, lower scores warn; allow_list = mamori's default policy allowlist")
        step(f"3/5 starting mamori on port {args.mamori_port}")
        procs["mamori"] = subprocess.Popen(
            [sys.executable, str(ROOT / "run_service.py"), "--port", str(args.mamori_port), "--log-level", "WARNING"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        h = wait_health(tools["mamori"], procs["mamori"], "mamori")
        step(f"  mamori {h.get('version')} policy {h.get('policy_version')}")

        step("4/5 scoring (shared/eval/score.py)")
        for cname, cpath in CORPORA:
            if not cpath.exists():
                step(f"  {cname}: {cpath} not present, skipped")
                continue
            for tool, url in tools.items():
                step(f"  {cname} x {tool}")
                m = run_score(cpath, url, out_dir / f"{cname}-{tool}.json")
                rows.append((cname, tool, m))
        step(f"  score.py JSON outputs in {out_dir}")
        step(f"4/5 latency over HTTP (keep-alive, {args.rounds} requests per size after 2 warm-up)")
        sizes = [int(s) for s in args.sizes.split(",")]
        for tool, url in tools.items():
            for size in sizes:
                lat[(tool, size)] = latency(url, size, args.rounds)
                step(f"  {tool} {size} chars: median {lat[(tool, size)]:.1f} ms")
            rss[tool] = rss_mb(procs[tool].pid)
    finally:
        for name, p in procs.items():
            stop(p, name)

    step("5/5 results")
    print()
    head = ("corpus", "tool", "block_recall", "flag_recall", "false_block", "false_alarm", "type_recall",
            "type_recall (7 mapped types)", "leaks", "p50 ms")
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---" for _ in head) + "|")
    for cname, tool, m in rows:
        n = m.get("n")
        print(f"| {cname} (n={n}) | {tool} | {fmt(m['block_recall'])} | {fmt(m['flag_recall'])} | "
              f"{fmt(m['false_block'])} | {fmt(m['false_alarm'])} | {fmt(m['type_recall'])} | "
              f"{fmt(m['type_recall_mapped'])} | {m['leaks']} | {fmt(m['p50_ms'], 1)} |" + (f" errors={m['errors']}" if m.get("errors") else ""))
    print(f"(type_recall (7 mapped types): only the listed types Presidio is configured to produce: "
          f"{', '.join(sorted(PRESIDIO_TYPES))})")
    print()
    print("| tool | " + " | ".join(f"median ms, {s:,} chars" for s in sizes) + " | RSS after run |")
    print("|---|" + "---|" * len(sizes) + "---|")
    for tool in tools:
        print(f"| {tool} | " + " | ".join(f"{lat[(tool, s)]:.1f}" for s in sizes) + f" | {rss[tool]:.0f} MB |")
    print(f"(machine: {os.cpu_count()} CPUs, load average {' / '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"at the end of the run; the CPUs are shared, so latency medians move between runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
