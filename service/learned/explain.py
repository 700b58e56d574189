"""What the learned layer sees in one text: per passage the probability of non-public
information, the features that pushed it most, the likeliest 第6条 articles; and per name /
contact candidate of the rules, the judge's probability that it is a private individual's.

    python3 -m service.learned.explain FILE.txt        # or text on stdin
    python3 -m service.learned.explain --policy it-policy.toml FILE.txt

For IT and developers on their own PC: it prints the text's own n-grams. Nothing is logged.
"""
from __future__ import annotations

import argparse
import sys

import numpy as np

from ..labels import ARTICLE_6
from . import features as F
from .layer import JUDGED, RAISE_FLOOR, LearnedLayer
from .model import ART_SHIFT


def explain(text: str, scanner, layer: LearnedLayer, top: int = 8) -> str:
    from ..detectors.base import Document

    doc = Document(text, scanner.analyser, scanner.policy.keywords)
    for det in scanner.detectors:
        if det.applies(doc):
            doc.candidates.extend(det.analyze(doc))
    a = F.codes(doc.text)
    w = layer.model.clf_w
    lines = [f"passage classifier (threshold {layer.threshold:.2f}):"]
    for k, ps in enumerate(layer.passage_scores(doc.text, a), 1):
        snippet = doc.text[ps.start:ps.end][:40].replace("\n", " ")
        lines.append(f"  [{k}] {ps.start}-{ps.end} p={ps.probability:.3f}  「{snippet}…」")
        feats = {}
        scale = F.norm(len(F.present(np.concatenate(ps.ids))))
        for n, ids in zip(F.ORDERS, ps.ids):
            for pos, i in enumerate(ids):
                g = doc.text[ps.start + pos:ps.start + pos + n]
                feats[g] = float(w[i]) * scale  # binary features: once per distinct n-gram
        ranked = sorted(feats.items(), key=lambda kv: -abs(kv[1]))[:top]
        lines.append("      top features: " + "  ".join(f"{g!r}{v:+.3f}" for g, v in ranked))
        allids = F.present(np.concatenate(ps.ids) >> ART_SHIFT)
        z = layer.model.art_w[:, allids].sum(axis=1) * F.norm(len(allids)) + layer.model.art_b
        order = np.argsort(-z, kind="stable")[:3]
        lines.append("      articles: " + "  ".join(f"{ARTICLE_6[int(i) + 1]} {1 / (1 + np.exp(-z[i])):.2f}"
                                                   for i in order))
        lines.append("      cues shown in the reason: " + "・".join(layer.cues(ps, doc.text)))
    cands = [c for c in doc.candidates if c.type in JUDGED and c.score >= RAISE_FLOOR]
    lines.append(f"name/contact judge (drop below {layer.drop_below:.2f}, warn below {layer.warn_below:.2f}, raise from {layer.raise_above:.2f}):")
    if cands:
        for c, p in zip(cands, layer.candidate_probability(doc, a, cands)):
            lines.append(f"  {c.type:14s} {doc.text[c.start:c.end]!r} rule score {c.score:.2f} "
                         f"p(private)={p:.3f}")
    else:
        lines.append("  (no candidates)")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m service.learned.explain", description=__doc__.split("\n")[0])
    ap.add_argument("file", nargs="?", help="テキストファイル（省略時は標準入力）")
    ap.add_argument("--policy", help="ポリシーファイル（learned.model のモデルを使う）")
    args = ap.parse_args(argv)
    from ..policy import load_policy
    from ..scanner import Scanner

    text = open(args.file, encoding="utf-8").read() if args.file else sys.stdin.read()
    policy = load_policy(args.policy)
    scanner = Scanner(policy, learned=False)
    layer = LearnedLayer(model_path=policy.learned_model)
    print(explain(text, scanner, layer))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
