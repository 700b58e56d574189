"""The learned stage of a scan: runs after the rule detectors, on their candidates.

(1) Passage classifier — for each passage, the probability that it holds non-public
    information (分類Ⅱ) or a confidentiality context. A passage over the threshold that no
    rule flagged gets a NONPUBLIC_INFO candidate (warn: a judgement, never a block) with
    the likeliest 第6条 article and a reason naming the cues and the probability.
(2) Name judge — for each PERSON / contact candidate, the probability that it is a private
    individual's, judged from the characters around it (not from how the rule found it):
    a finding in a clearly public, sample, fictional or code context is dropped; a weak
    candidate the rules let go is raised to warn when its context is clearly personal.

Only numpy at run time. The thresholds come with the model (chosen in training for
precision); the policy chooses the model file and switches each part off.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..detectors.base import Candidate, Document
from ..detectors.evidence import WARN
from ..labels import ARTICLE_6
from . import features as F
from .model import ART_SHIFT, Model, load

NONPUBLIC = "NONPUBLIC_INFO"
# Findings the judge looks at, and the rule types that already cover a passage.
JUDGED = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS")
COVERING = ("NONPUBLIC_INFO", "CONFIDENTIAL_MARKING")
# A candidate below this rule score is not worth judging (a lone given name, a stray word).
RAISE_FLOOR = 0.20
# Score of a raised candidate and of a classifier finding: warn, never block.
LEARNED_WARN = 0.60
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")


def _sigmoid(z: float) -> float:
    return float(1.0 / (1.0 + np.exp(-z)))


@dataclass
class PassageScore:
    start: int
    end: int
    probability: float
    contributions: np.ndarray  # per position of the passage (n-grams starting there)
    ids: list                  # feature ids per order, for --explain


class LearnedLayer:
    def __init__(self, model: Optional[Model] = None, model_path=None,
                 classifier: bool = True, judge: bool = True):
        self.model = model or load(model_path)
        self.classifier = classifier
        self.judge = judge
        meta = self.model.meta
        self.threshold = float(meta["classifier_threshold"])
        self.drop_below = float(meta["judge_drop_below"])
        self.raise_above = float(meta["judge_raise_above"])
        self._cues = {int(k): v for k, v in meta.get("cues", {}).items()}

    # -- the stage ------------------------------------------------------------------
    def apply(self, doc: Document) -> None:
        """Adds and re-scores candidates in `doc.candidates` (in place)."""
        if not (self.classifier or self.judge) or not doc.text.strip():
            return
        a = F.codes(doc.text)
        if self.classifier:
            self._classify(doc, a)
        if self.judge:
            self._judge(doc, a)

    # -- (1) passages ------------------------------------------------------------------
    def passage_scores(self, text: str, a: np.ndarray) -> list[PassageScore]:
        w = self.model.clf_w
        out = []
        for s, e in F.passages(text):
            keys = F.gram_keys(a[s:e])
            ids = [F.bucket(k, F.PASSAGE) for k in keys]
            uniq = F.present(np.concatenate(ids))
            z = self.model.clf_b + float(w[uniq].sum()) * F.norm(len(uniq))
            # Per position, for choosing the sentence to show (every occurrence counts there).
            contrib = np.zeros(e - s, dtype=np.float32)
            for i in ids:
                contrib[:len(i)] += w[i]
            out.append(PassageScore(s, e, _sigmoid(z), contrib, ids))
        return out

    def article_of(self, ids: list) -> tuple[int, float]:
        allids = F.present(np.concatenate(ids) >> ART_SHIFT)
        z = self.model.art_w[:, allids].sum(axis=1) * F.norm(len(allids)) + self.model.art_b
        k = int(np.argmax(z))
        return k + 1, _sigmoid(float(z[k]))

    def _classify(self, doc: Document, a: np.ndarray) -> None:
        covered = [c for c in doc.candidates if c.type in COVERING and c.score >= WARN]
        for ps in self.passage_scores(doc.text, a):
            if ps.probability < self.threshold:
                continue
            if any(c.start < ps.end and ps.start < c.end for c in covered):
                continue  # a rule already said why; the model adds nothing to read
            start, end = self._best_sentence(doc.text, ps)
            article, _ = self.article_of(ps.ids)
            doc.candidates.append(Candidate(NONPUBLIC, start, end, LEARNED_WARN,
                                            self._reason(ps, article), {"article": article}))

    def _best_sentence(self, text: str, ps: PassageScore) -> tuple[int, int]:
        """The sentence of the passage whose n-grams weigh most: the span shown and redacted
        (not the whole passage, which would swallow the user's own instructions)."""
        cum = np.concatenate([[0.0], np.cumsum(ps.contributions)])
        best, span = None, (ps.start, ps.end)
        for m in _SENTENCE.finditer(text, ps.start, ps.end):
            s, e = m.span()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e <= s:
                continue
            v = cum[e - ps.start] - cum[s - ps.start]
            if best is None or v > best:
                best, span = v, (s, e)
        return span

    def cues(self, ps: PassageScore, limit: int = 3) -> list[str]:
        """Training-time n-grams (the model's own vocabulary, never the user's text) whose
        features pushed this passage up most."""
        w = self.model.clf_w
        ids = np.unique(np.concatenate(ps.ids))
        ids = ids[np.argsort(-w[ids], kind="stable")]
        out: list[str] = []
        for i in ids[:40]:
            cue = self._cues.get(int(i))
            if cue and w[i] > 0 and not any(cue in o or o in cue for o in out):
                out.append(cue)
            if len(out) >= limit:
                break
        return out

    def _reason(self, ps: PassageScore, article: int) -> str:
        cues = self.cues(ps)
        hint = "（手がかり：" + "・".join(f"「{c}」" for c in cues) + "）" if cues else ""
        return (f"学習モデルの判定：非公開情報の可能性 {ps.probability:.0%}{hint}・"
                f"{ARTICLE_6.get(article, '')}の可能性（規則では未検出）")

    # -- (2) names and contacts ----------------------------------------------------------
    def candidate_probability(self, doc: Document, a: np.ndarray, cands: list[Candidate]) -> np.ndarray:
        w = self.model.judge_w
        spans = F.passages(doc.text) or [(0, len(doc.text))]
        doc_z: dict[int, float] = {}
        out = np.zeros(len(cands), dtype=np.float32)
        for k, c in enumerate(cands):
            ids = F.present(F.candidate_ids(a, c.start, c.end, c.type, doc.text[c.start:c.end]))
            z = float(w[ids].sum()) * F.norm(len(ids))
            p = next((i for i, (s, e) in enumerate(spans) if s <= c.start < e), 0)
            if p not in doc_z:
                s, e = spans[p]
                pid = F.present(F.passage_ids(a[s:e], F.DOC))
                doc_z[p] = float(w[pid].sum()) * F.norm(len(pid))
            out[k] = _sigmoid(self.model.judge_b + z + doc_z[p])
        return out

    def _judge(self, doc: Document, a: np.ndarray) -> None:
        cands = [c for c in doc.candidates if c.type in JUDGED and c.score >= RAISE_FLOOR]
        if not cands:
            return
        probs = self.candidate_probability(doc, a, cands)
        for c, p in zip(cands, probs):
            if c.score >= WARN and p < self.drop_below:
                c.score = 0.0  # below WARN: the scanner drops it
                c.reason += f"（学習モデル：公開・例示・コードの文脈、個人の確率 {p:.0%}）"
            elif c.score < WARN and p >= self.raise_above:
                c.score = LEARNED_WARN
                c.reason += f"（学習モデル：個人の文脈と判定、確率 {p:.0%}）"
