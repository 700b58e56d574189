#!/usr/bin/env python3
"""Leave-one-corpus-out: how the learned layer does on a corpus it was not trained on.

For each corpus file given, train a model without that file (the rest of the training
data as usual), start the service three times — rules only, + classifier, + classifier +
name judge — and score the file with score.py. Prints one score line per setting.

    python3 bench/learned_first_contact.py service/learned/data/train_fukushi_kaigo.jsonl ...
        [--score /work/shared/eval/score.py]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

SETTINGS = (("rules", "classifier = false\nname_judge = false\n"),
            ("+classifier", "classifier = true\nname_judge = false\n"),
            ("+classifier+judge", "classifier = true\nname_judge = true\n"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    args = ap.parse_args()
    from bench_scan import start_service

    with tempfile.TemporaryDirectory() as tmp:
        for corpus in args.corpora:
            name = Path(corpus).name
            model = Path(tmp) / f"model-without-{name}.npz"
            subprocess.run([sys.executable, "-m", "service.learned.train", "--exclude", name, "--out", str(model)],
                           cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
            for label, learned in SETTINGS:
                policy = Path(tmp) / "policy.toml"
                policy.write_text(f'[learned]\nmodel = "{model}"\n{learned}', encoding="utf-8")
                proc, url = start_service(("--policy", str(policy)))
                try:
                    out = subprocess.run([sys.executable, args.score, corpus, "--url", url],
                                         capture_output=True, text=True).stdout.strip().splitlines()
                finally:
                    proc.terminate()
                    proc.wait()
                print(f"{name:32s} {label:18s} {out[-1] if out else '(no output)'}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
