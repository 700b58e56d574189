#!/usr/bin/env python3
"""Ablation on a first-contact corpus: the shipped model, three settings.

Starts the service three times — rules only, + classifier, + classifier + name judge — and
scores each corpus with score.py; prints one score line per setting (p50/p95 in each line
are the client-side latencies of that setting). Run it after the detectors and the model are
frozen, once per new first-contact set:

    python3 bench/ablation.py CORPUS.jsonl [...] [--score ../shared/eval/score.py]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

SETTINGS = (("rules", "classifier = false\nname_judge = false\n"),
            ("+classifier", "classifier = true\nname_judge = false\n"),
            ("+classifier+judge", "classifier = true\nname_judge = true\n"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--score", default=str(ROOT.parent / "shared" / "eval" / "score.py"))
    args = ap.parse_args()
    from bench_scan import start_service

    with tempfile.TemporaryDirectory() as tmp:
        for label, learned in SETTINGS:
            policy = Path(tmp) / "policy.toml"
            policy.write_text(f"[learned]\n{learned}", encoding="utf-8")
            proc, url = start_service(("--policy", str(policy)))
            try:
                for corpus in args.corpora:
                    out = subprocess.run([sys.executable, args.score, corpus, "--url", url],
                                         capture_output=True, text=True).stdout.strip().splitlines()
                    print(f"{Path(corpus).name:28s} {label:18s} {out[-1] if out else '(no output)'}", flush=True)
            finally:
                proc.terminate()
                proc.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
