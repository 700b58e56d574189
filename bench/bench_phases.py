#!/usr/bin/env python3
"""Where a scan's time goes: CPU per step of `Scanner.scan`, in the process, one thread.
A benchmark, not a test: it prints a table for the README ("Speed", "Dense text").

    python bench/bench_phases.py            # the dense 5,000-character roster (bench_scan --dense)
    python bench/bench_phases.py --light    # the ordinary 5,000-character mix
    python bench/bench_phases.py --chars 20000 --texts 30

Each step is timed with time.process_time around the same calls `Scanner.scan` makes, in its
order (median over the texts); tokenising is forced onto one thread so that it is CPU, not wall
time; the JSON step encodes the result with orjson, as the service does. HTTP (waitress, Flask)
is not included: compare with bench_scan.py for that.
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

import orjson  # noqa: E402

from bench_scan import make_dense_text, make_text  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--light", action="store_true", help="the ordinary mix instead of the dense roster")
    ap.add_argument("--chars", type=int, default=5000)
    ap.add_argument("--texts", type=int, default=60)
    ap.add_argument("--top", type=int, default=12, help="detectors listed one by one (the rest summed)")
    args = ap.parse_args()

    import service.nlp as nlp
    from service.detectors.base import Document
    from service.nlp import Morphology
    from service.policy import load_policy
    from service.detectors.record import PersonalRecordDetector
    from service.scanner import Scanner, _non_overlapping, _replace_regions

    nlp.PARALLEL_MIN_CHUNKS = 10**9  # one thread: CPU per step
    scanner = Scanner(load_policy(), analyser=Morphology())
    maker = make_text if args.light else make_dense_text
    texts = [maker(args.chars, i) for i in range(args.texts)]
    for t in texts[:3]:
        scanner.scan(t)

    clock = time.process_time
    steps: dict[str, list[float]] = {}
    totals, counts = [], []

    def add(name: str, seconds: float) -> None:
        steps.setdefault(name, []).append(seconds * 1000)

    for text in texts:
        start = clock()
        t0 = clock()
        doc = Document(text, scanner.analyser, scanner.policy.keywords)
        add("normalisation", clock() - t0)
        t0 = clock()
        doc.tokens
        add("tokenising (Sudachi and the token loop)", clock() - t0)
        for d in scanner.detectors:
            t0 = clock()
            if d.applies(doc):
                doc.candidates.extend(d.analyze(doc))
            add("detector " + type(d).__name__, clock() - t0)
        t0 = clock()
        if scanner.learned is not None:
            scanner.learned.apply(doc)
        add("learned layer", clock() - t0)
        t0 = clock()
        doc.candidates.extend(PersonalRecordDetector.values_of_blocked_records(doc, lambda: scanner._allowlisted(doc)))
        add("numbers of blocked records", clock() - t0)
        t0 = clock()
        findings = scanner._decide(doc)
        add("policy and merging", clock() - t0)
        t0 = clock()
        findings = scanner._broken_values(doc, findings)
        add("values broken by line breaks", clock() - t0)
        t0 = clock()
        findings = scanner._add_repeats(doc, findings)
        add("repeats", clock() - t0)
        t0 = clock()
        findings.sort(key=lambda f: (f.start, f.end, f.type))
        regions = _non_overlapping([f for f in findings if f.action in ("block", "warn")])
        result = {"findings": [f.to_json() for f in findings], "redacted_text": _replace_regions(text, regions),
                  "masked": scanner._masked(regions)}
        add("findings, redaction, masked", clock() - t0)
        t0 = clock()
        orjson.dumps(result)  # as the service encodes the response (service/app.py: _json_response)
        add("JSON", clock() - t0)
        totals.append((clock() - start) * 1000)
        counts.append(len(result["findings"]))

    med = {k: statistics.median(v) for k, v in steps.items()}
    detectors = sorted(((v, k) for k, v in med.items() if k.startswith("detector ")), reverse=True)
    print(f"{'dense' if not args.light else 'light'} text, {args.chars} characters, {args.texts} texts, "
          f"~{statistics.median(counts):.0f} findings; CPU ms per scan (median):")
    for k, v in med.items():
        if not k.startswith("detector "):
            print(f"  {k:45s} {v:6.2f}")
    for v, k in detectors[:args.top]:
        print(f"  {k:45s} {v:6.2f}")
    print(f"  {'the other ' + str(len(detectors) - args.top) + ' detectors':45s} "
          f"{sum(v for v, _ in detectors[args.top:]):6.2f}")
    print(f"  {'total':45s} {statistics.median(totals):6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
