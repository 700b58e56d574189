#!/usr/bin/env python3
"""The first-contact issue's baseline, for the ablation table: the rules plus a plain character
1–3-gram TF-IDF logistic regression trained in seconds on nothing but the labelled texts of
`tests/data/` and the dev corpus (non-public or marked vs allowed), used only to add a **warn**
(`NONPUBLIC_INFO`) when its probability is at least 0.6.

It starts the service with the learned layer off (rules only), puts a small proxy in front that
adds the baseline's warn, and scores each corpus with score.py through the proxy — the same
client, texts and metrics as `bench/ablation.py`:

    python3 bench/baseline_tfidf.py CORPUS.jsonl [...] [--score ../shared/eval/score.py]

A benchmark, not a test (it needs scikit-learn, which requirements.txt installs for training).
"""
from __future__ import annotations

import argparse
import glob
import json
import subprocess
import sys
import tempfile
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

THRESHOLD = 0.6
POSITIVE = {"NONPUBLIC_INFO", "CONFIDENTIAL_MARKING"}


def training_cases(dev: Path) -> tuple[list[str], list[int]]:
    texts, labels = [], []
    for path in sorted(glob.glob(str(ROOT / "tests" / "data" / "*.jsonl"))) + [str(dev)]:
        for line in open(path, encoding="utf-8"):
            case = json.loads(line)
            if case["expect"] in ("allow", "not_block"):
                texts.append(case["text"]), labels.append(0)
            elif case["expect"] == "not_allow" or POSITIVE & set(case.get("types", [])):
                texts.append(case["text"]), labels.append(1)
    return texts, labels


def train(dev: Path):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    texts, labels = training_cases(dev)
    model = make_pipeline(TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True),
                          LogisticRegression(max_iter=2000, C=10.0, random_state=0))
    model.fit(texts, labels)
    print(f"baseline trained on {len(texts)} texts ({sum(labels)} positive)")
    return model


def proxy(model, upstream: str) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # quiet
            pass

        def _forward(self, body: bytes | None) -> tuple[int, bytes]:
            req = urllib.request.Request(upstream + self.path, data=body, method=self.command,
                                         headers={"Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(req, timeout=120) as resp:
                    return resp.status, resp.read()
            except urllib.error.HTTPError as err:
                return err.code, err.read()

        def do_GET(self):
            self._send(*self._forward(None))

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            status, out = self._forward(body)
            if status == 200 and self.path == "/v1/scan":
                result = json.loads(out)
                text = json.loads(body)["text"]
                if result["verdict"] == "allow" and model.predict_proba([text])[0][1] >= THRESHOLD:
                    result["verdict"] = "warn"
                    result["findings"].append({"type": "NONPUBLIC_INFO", "start": 0, "end": len(text),
                                               "action": "warn", "score": 0.6, "reason": "baseline"})
                out = json.dumps(result, ensure_ascii=False).encode()
            self._send(status, out)

        def _send(self, status: int, out: bytes):
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> int:
    from bench_scan import start_service

    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--score", default=str(ROOT.parent / "shared" / "eval" / "score.py"))
    args = ap.parse_args()
    model = train(Path(args.score).parent / "dev.jsonl")
    with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False, encoding="utf-8") as fh:
        fh.write((ROOT / "deploy" / "dev-policy.toml").read_text(encoding="utf-8"))
        fh.write("\n[learned]\nclassifier = false\nname_judge = false\n")
        policy = fh.name
    proc, url = start_service(("--policy", policy))
    server = proxy(model, url)
    try:
        for corpus in args.corpora:
            out = subprocess.run([sys.executable, args.score, corpus, "--url",
                                  f"http://127.0.0.1:{server.server_address[1]}"],
                                 capture_output=True, text=True, check=False).stdout.strip().splitlines()
            print(f"{Path(corpus).name:28} {'rules+tfidf':18} {out[-1] if out else '(no output)'}")
    finally:
        server.shutdown()
        proc.terminate()
        proc.wait(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
