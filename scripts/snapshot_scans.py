"""Snapshot every scan result the repository can produce, to prove a refactor changed nothing.

    python3 scripts/snapshot_scans.py save  OUT.json      # before a change
    python3 scripts/snapshot_scans.py diff  OUT.json      # after: lists every text whose result differs

The texts: every case in tests/data/*.jsonl, ../shared/eval/dev.jsonl (when present) and every
string literal of 8+ characters in tests/*.py (the example texts the tests scan). For each text it
stores the verdict, each finding's type/span/action/score/reason/extra and the redacted text.
Run in-process with the default policy (the same scanner the tests use).
"""
from __future__ import annotations

import ast
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
if not DEV.exists():
    DEV = Path("/work/shared/eval/dev.jsonl")


def corpus_texts() -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")) + ([DEV] if DEV.exists() else []):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    for path in sorted((ROOT / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 8:
                texts.append(node.value)
    seen, out = set(), []
    for t in texts:
        if t not in seen and len(t) <= 100_000:
            seen.add(t)
            out.append(t)
    return out


def snapshot() -> dict[str, dict]:
    from service.nlp import Morphology
    from service.policy import load_policy
    from service.scanner import Scanner

    scanner = Scanner(load_policy(), analyser=Morphology())
    out = {}
    for text in corpus_texts():
        r = scanner.scan(text)
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        out[key] = {"text": text[:80], "verdict": r["verdict"], "redacted": r["redacted_text"],
                    "findings": [[f["type"], f["start"], f["end"], f["action"], f["score"], f["reason"],
                                  {k: v for k, v in f.items() if k not in
                                   ("type", "start", "end", "action", "score", "reason", "label",
                                    "classification")}] for f in r["findings"]]}
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("save", "diff"):
        print(__doc__)
        return 2
    cmd, path = argv
    now = snapshot()
    if cmd == "save":
        Path(path).write_text(json.dumps(now, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"saved {len(now)} scan results to {path}")
        return 0
    before = json.loads(Path(path).read_text(encoding="utf-8"))
    changed = 0
    # texts added to or removed from tests/*.py since the snapshot are counted, not compared
    added, removed = len(set(now) - set(before)), len(set(before) - set(now))
    for key in sorted(set(before) & set(now)):
        a, b = before[key], now[key]
        if a == b:
            continue
        changed += 1
        text = a["text"].replace("\n", " ")
        print(f"--- {key} {text!r}")
        for field in ("verdict", "redacted"):
            if a[field] != b[field]:
                print(f"   {field}: {a[field]!r}\n        -> {b[field]!r}")
        if a["findings"] != b["findings"]:
            for f in a["findings"]:
                if f not in b["findings"]:
                    print("   - ", f)
            for f in b["findings"]:
                if f not in a["findings"]:
                    print("   + ", f)
    print(f"{len(set(now) & set(before))} texts in both, {changed} differ"
          f" ({added} new texts, {removed} no longer present)")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
