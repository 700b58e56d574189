#!/usr/bin/env python3
"""What the learned stage adds to one scan, in the process (HTTP noise left out): the
median time of LearnedLayer.apply after the rule detectors, on bench_scan's texts.

    python3 bench/bench_learned.py [--rounds 200]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=200)
    args = ap.parse_args()
    from bench_scan import make_text
    from service.detectors.base import Document
    from service.learned.layer import LearnedLayer
    from service.policy import load_policy
    from service.scanner import Scanner

    scanner = Scanner(load_policy(), learned=False)
    layer = LearnedLayer()
    print(f"{'chars':>7} {'candidates':>10} {'rules+tokens ms':>16} {'learned ms':>11} {'share':>6}")
    for size in (500, 5000, 20000):
        text = make_text(size, 1)
        rules_t, learned_t = [], []
        for _ in range(args.rounds if size <= 5000 else args.rounds // 4):
            t0 = time.perf_counter()
            doc = Document(text, scanner.analyser, scanner.policy.keywords)
            for det in scanner.detectors:
                if det.applies(doc):
                    doc.candidates.extend(det.analyze(doc))
            t1 = time.perf_counter()
            layer.apply(doc)
            t2 = time.perf_counter()
            rules_t.append((t1 - t0) * 1000)
            learned_t.append((t2 - t1) * 1000)
        r, m = statistics.median(rules_t), statistics.median(learned_t)
        print(f"{size:>7} {len(doc.candidates):>10} {r:>16.2f} {m:>11.3f} {m / (r + m):>6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
