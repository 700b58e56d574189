"""Train the learned layer: one command, deterministic, from labelled data in the repo.

    python3 -m service.learned.train                      # writes service/learned/model.npz
    python3 -m service.learned.train --add 自課の例.jsonl --out model-it.npz   # IT's own examples
    python3 -m service.learned.train --validate           # held-out figures, writes nothing

Data (the score.py corpus format: text, expect, types, secrets; optional article):
  service/learned/data/*.jsonl  the broad training corpus (departments, formats, English)
  tests/data/*.jsonl            the project's own corpora (present in a source checkout)
  --add FILE                    more examples (IT's own); may be given several times
Never the dev corpus (/work/shared/eval/dev.jsonl): it stays a check.

What is learned from what:
  passage classifier  positive: a case whose types hold NONPUBLIC_INFO or CONFIDENTIAL_MARKING
                      (or expect=not_allow); negative: expect allow / not_block (the whole
                      text and, for long texts, each passage). Cases blocked only for personal
                      data are left out: they say nothing about 分類Ⅱ either way.
  article             the case's "article" field where given, else the article of the rules'
                      own NONPUBLIC_INFO finding in that case.
  name judge          the rules' PERSON / contact candidates (run here, learned layer off):
                      private when the candidate overlaps one of the case's `secrets`; public
                      when the case is allow / not_block; other candidates are not used.

Needs scikit-learn (training only; the service reads the .npz with numpy).
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import json
import re
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from . import features as F
from .model import ART_SHIFT, DEFAULT_MODEL_PATH, FORMAT, Model, save

ROOT = Path(__file__).resolve().parents[2]
DATA_GLOBS = ("service/learned/data/*.jsonl", "tests/data/*.jsonl")
POSITIVE_TYPES = {"NONPUBLIC_INFO", "CONFIDENTIAL_MARKING"}
JUDGED = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS")
C_CLASSIFIER = 64.0
C_ARTICLE = 4.0
C_JUDGE = 2.0
# Precision first: thresholds are chosen on held-out folds so that harmless text passes.
MAX_NEGATIVE_RATE = 0.01   # share of negative passages the classifier may flag (held out)
JUDGE_MAX_PRIVATE_DEMOTED = 0.01  # share of private candidates the judge may turn into a warn (held out)
JUDGE_MAX_PRIVATE_DROPPED = 0.002  # … and may drop altogether
JUDGE_MAX_PUBLIC_RAISED = 0.02
FOLDS = 5
CLASSIFIER_FLOOR = 0.6  # never warn on a passage the model finds less likely than this
MIN_WEAK_EXAMPLES = 30
JUDGE_DEMOTE_CAP = 0.25  # never demote a name the judge finds more likely private than this
JUDGE_RAISE_FLOOR = 0.9  # a name no rule reported becomes a warn only above this
JUDGE_DROP_CAP = 0.10    # never drop one above this
NEVER = 2.0  # a probability threshold nothing reaches


def _fold(case_id: str) -> int:
    """Folds by corpus file, not by case: each held-out fold is a corpus the model never saw
    any of (as on first contact), so thresholds are not set on look-alikes of training text."""
    return int(hashlib.sha256(case_id.split(":")[0].encode("utf-8")).hexdigest()[:8], 16) % FOLDS


# -- data -------------------------------------------------------------------------------
def load_cases(extra: list[str] = (), exclude: list[str] = ()) -> list[dict]:
    paths = []
    for g in DATA_GLOBS:
        paths.extend(p for p in sorted(glob.glob(str(ROOT / g))) if Path(p).name not in exclude)
    paths.extend(str(Path(p).resolve()) for p in extra)
    cases, seen = [], set()
    for path in paths:
        if Path(path).name == "dev.jsonl":
            raise SystemExit(f"{path}: the dev corpus is a check, never training data")
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    c = json.loads(line)
                except json.JSONDecodeError as e:
                    raise SystemExit(f"{path}:{lineno}: JSONとして読めません: {e}")
                if not isinstance(c, dict) or not isinstance(c.get("text"), str) or \
                        c.get("expect") not in ("block", "allow", "not_allow", "not_block"):
                    raise SystemExit(f"{path}:{lineno}: text（文字列）と expect（block/allow/not_allow/not_block）が必要です")
                cid = f"{Path(path).name}:{c.get('id') or lineno}"
                if cid in seen:
                    raise SystemExit(f"{path}:{lineno}: id が重複しています: {c.get('id')}")
                seen.add(cid)
                c["_id"] = cid
                cases.append(c)
    return cases


def _article(case: dict, candidates) -> int | None:
    a = case.get("article")
    if isinstance(a, list):
        a = a[0] if a else None
    try:
        a = int(str(a).strip().lstrip("第").rstrip("号")) if a not in (None, "") else None
    except ValueError:
        a = None
    if a in range(1, 9):
        return a
    votes = Counter(c.extra.get("article") for c in candidates
                    if c.type == "NONPUBLIC_INFO" and c.extra and c.extra.get("article") in range(1, 9))
    return votes.most_common(1)[0][0] if votes else None


def examples(cases: list[dict]):
    """Run the rules once per case; yield the examples of each model."""
    from ..detectors.base import Document
    from ..normalize import normalize
    from ..policy import load_policy
    from ..scanner import Scanner

    policy = load_policy()
    scanner = Scanner(policy, learned=False)
    clf, art, judge = [], [], []
    for case in cases:
        doc = Document(case["text"], scanner.analyser, policy.keywords)
        for det in scanner.detectors:
            if det.applies(doc):
                doc.candidates.extend(det.analyze(doc))
        text = doc.text
        a = F.codes(text)
        types = set(case.get("types") or [])
        fold = _fold(case["_id"])
        positive = bool(types & POSITIVE_TYPES) or case["expect"] == "not_allow"
        negative = case["expect"] in ("allow", "not_block") and not positive
        if positive or negative:
            ts, te = F.trim(text, 0, len(text))
            clf.append((F.passage_ids(a[ts:te]), int(positive), fold, case["_id"], text))
            spans = F.passages(text)
            if negative and len(spans) > 1:
                h = F.head_end(spans, text)
                head = F.passage_ids(a[:h])
                for s, e in spans:
                    ids = F.passage_ids(a[s:e])
                    clf.append((np.concatenate([ids, head]) if s >= h > 0 else ids, 0, fold, case["_id"], text[s:e]))
        if positive:
            k = _article(case, doc.candidates)
            if k:
                ts, te = F.trim(text, 0, len(text))
                art.append((F.passage_ids(a[ts:te]), k, fold))
        secrets = [normalize(s).strip() for s in case.get("secrets") or [] if s.strip()]
        spans = F.passages(text) or [(0, len(text))]
        seen = set()
        judged = []
        for ctype, start, end, score in _judge_candidates(doc, case["expect"]):
            if (start, end) not in seen:
                seen.add((start, end))
                judged.append((ctype, start, end, score))
        blank = F.blanked(a, [(s, e) for _, s, e, _ in judged])
        for ctype, start, end, score in judged:
            value = text[start:end].strip()
            if case["expect"] in ("allow", "not_block"):
                label = 0
            elif any(value in s or s in value for s in secrets if len(s) >= 2):
                label = 1
            else:
                continue
            p = next((i for i, (s, e) in enumerate(spans) if s <= start < e), 0)
            s, e = spans[p]
            judge.append((F.candidate_ids(a, start, end, ctype, text[start:end]),
                          F.passage_ids(blank[s:e], F.DOC), label, fold, score))
    return clf, art, judge


_PHONE = re.compile(r"(?<![0-9])0[0-9]{1,4}[-(). ][0-9]{1,4}[-). ][0-9]{3,4}(?![0-9])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def _judge_candidates(doc, expect):
    """(type, start, end, rule score) of the spans the judge learns from: the rules' own
    candidates, and — so that it sees names and numbers in public, sample, fictional and
    code contexts, which the tuned rules rarely flag — every run of tokens Sudachi tags as a
    person's name and every phone- or mail-shaped string (score 0: the rules let it pass)."""
    for c in doc.candidates:
        if c.type in JUDGED and c.score >= 0.2 and c.end > c.start and doc.text[c.start:c.end].strip():
            yield c.type, c.start, c.end, c.score
    for start, end in F.name_runs(doc.tokens, doc.text):
        yield "PERSON", start, end, 0.0
    for rx, ctype in ((_PHONE, "PHONE_NUMBER"), (_EMAIL, "EMAIL_ADDRESS")):
        for m in rx.finditer(doc.text):
            yield ctype, m.start(), m.end(), 0.0


# -- fitting --------------------------------------------------------------------------
def _matrix(rows, dim=F.DIM, shift=0):
    """One sparse row per example; each row is a list of feature groups, each group binary
    and scaled by its own norm — exactly what layer.py computes at run time."""
    from scipy.sparse import csr_matrix

    data, indices, indptr = [], [], [0]
    for groups in rows:
        n = 0
        for ids in groups:
            ids = F.present(ids >> shift if shift else ids)
            data.append(np.full(len(ids), F.norm(len(ids)), dtype=np.float64))
            indices.append(ids)
            n += len(ids)
        indptr.append(indptr[-1] + n)
    m = csr_matrix((np.concatenate(data), np.concatenate(indices), np.array(indptr)), shape=(len(rows), dim))
    m.sum_duplicates()
    return m


def _fit(X, y, C, balanced=False):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, solver="liblinear", random_state=0, max_iter=1000,
                               class_weight="balanced" if balanced else None)
    model.fit(X, y)
    return model


def _fit_articles(AX, ay, dim):
    """One-vs-rest over the eight articles (an article without examples never wins)."""
    w = np.zeros((8, dim), dtype=np.float32)
    b = np.full(8, -10.0, dtype=np.float32)
    for k in range(1, 9):
        if (ay == k).any() and (ay != k).any():
            m = _fit(AX, (ay == k).astype(int), C_ARTICLE)
            w[k - 1] = m.coef_[0]
            b[k - 1] = m.intercept_[0]
    return w, b


def _held_out_scores(X, y, folds, C, balanced=False):
    """Out-of-fold probabilities: every example scored by a model that never saw it."""
    p = np.zeros(len(y))
    for k in range(FOLDS):
        tr, te = folds != k, folds == k
        if te.any() and len(set(y[tr])) > 1:
            p[te] = _fit(X[tr], y[tr], C, balanced).predict_proba(X[te])[:, 1]
    return p


def _threshold_for_negatives(p_neg, max_rate, floor):
    """The smallest threshold (not below `floor`) that flags at most max_rate of negatives."""
    if len(p_neg) == 0:
        return floor
    q = np.sort(p_neg)[::-1]
    k = int(np.floor(max_rate * len(q)))
    t = q[k] + 1e-6 if k < len(q) else floor
    return float(max(floor, round(t, 3)))


def _readable_cue(g: str) -> bool:
    """A cue a reader understands: a word of two kanji or katakana or more (with kana at
    most between them), no digit, space or symbol."""
    return all(ch.isalpha() for ch in g) and sum(
        0x4E00 <= ord(ch) <= 0x9FFF or 0x30A0 <= ord(ch) <= 0x30FF for ch in g) >= 2


def _cues(clf_rows, weights, top=1500):
    """For the most positive features, the commonest n-gram of the positive passages that
    hashes there: the words a reason may show (the model's vocabulary, not the user's text)."""
    best = np.argsort(-weights, kind="stable")[:top]
    wanted = set(int(i) for i in best if weights[i] > 0)
    seen: dict[int, Counter] = defaultdict(Counter)
    for ids, label, _, _, text in clf_rows:
        if label != 1:
            continue
        a = F.codes(text)
        for n, keys in zip(F.ORDERS, F.gram_keys(a)):
            if n < 2:
                continue
            b = F.bucket(keys, F.PASSAGE)
            for pos in np.nonzero(np.isin(b, list(wanted)))[0]:
                g = text[pos:pos + n]
                if _readable_cue(g):
                    seen[int(b[pos])][g] += 1
    out = {}
    for i, cnt in seen.items():
        (g, n), = cnt.most_common(1)
        if n >= 3:
            out[str(i)] = g
    return dict(sorted(out.items(), key=lambda kv: int(kv[0])))


def train(extra: list[str] = (), validate: bool = False, log=print, exclude: list[str] = ()) -> tuple[Model, dict]:
    t0 = time.perf_counter()
    cases = load_cases(extra, exclude)
    clf_rows, art_rows, judge_rows = examples(cases)
    log(f"{len(cases)} cases: {len(clf_rows)} passages ({sum(r[1] for r in clf_rows)} positive), "
        f"{len(art_rows)} with an article, {len(judge_rows)} name/contact candidates "
        f"({sum(r[2] for r in judge_rows)} private) [{time.perf_counter() - t0:.1f}s]")

    X = _matrix([[r[0]] for r in clf_rows])
    y = np.array([r[1] for r in clf_rows])
    folds = np.array([r[2] for r in clf_rows])
    p_oof = _held_out_scores(X, y, folds, C_CLASSIFIER)
    # The threshold is set per text, as the service decides: a long text is flagged when any
    # of its passages is, so its score is the largest of its passages' (a text of ten
    # passages has ten chances of a false alarm).
    text_p, text_y = _per_text(clf_rows, p_oof, y)
    threshold = _threshold_for_negatives(text_p[text_y == 0], MAX_NEGATIVE_RATE, CLASSIFIER_FLOOR)
    report = {"classifier": _binary_report(p_oof, y, threshold),
              "classifier_per_text": _binary_report(text_p, text_y, threshold)}

    JX = _matrix([[r[0], r[1]] for r in judge_rows])
    jy = np.array([r[2] for r in judge_rows])
    jfolds = np.array([r[3] for r in judge_rows])
    jscore = np.array([r[4] for r in judge_rows])
    # Balanced: private names outnumber public ones three to one in the data; unweighted, the
    # judge learnt "a name is private" and public contexts barely moved it.
    j_oof = _held_out_scores(JX, jy, jfolds, C_JUDGE, balanced=True)
    strong = jscore >= 0.4
    # Drop: the largest threshold that drops at most 1% of private candidates the rules flagged.
    priv = np.sort(j_oof[(jy == 1) & strong])
    def below(share, cap):
        return min(float(round(priv[int(share * len(priv))], 3)), cap) if len(priv) else 0.0
    # Two steps: a block turns into a warn (redacted, the user decides) below warn_below;
    # only far below, where private names almost never fall, is it dropped (no leak).
    warn_below = below(JUDGE_MAX_PRIVATE_DEMOTED, JUDGE_DEMOTE_CAP)
    drop_below = min(below(JUDGE_MAX_PRIVATE_DROPPED, JUDGE_DROP_CAP), warn_below)
    pub_weak = j_oof[(jy == 0) & ~strong]
    raise_above = _threshold_for_negatives(pub_weak, JUDGE_MAX_PUBLIC_RAISED, JUDGE_RAISE_FLOOR)
    if min(len(pub_weak), int(((jy == 1) & ~strong).sum())) < MIN_WEAK_EXAMPLES:
        raise_above = NEVER  # too few weak candidates of either kind to learn when to raise
    report["judge"] = _judge_report(j_oof, jy, jscore, drop_below, warn_below, raise_above)

    art_dim = F.DIM >> ART_SHIFT
    if art_rows:
        AX = _matrix([[r[0]] for r in art_rows], dim=art_dim, shift=ART_SHIFT)
        ay = np.array([r[1] for r in art_rows])
        afolds = np.array([r[2] for r in art_rows])
        hits = 0
        for k in range(FOLDS):
            tr, te = afolds != k, afolds == k
            if te.any():
                w, b = _fit_articles(AX[tr], ay[tr], art_dim)
                hits += int(((AX[te] @ w.T + b).argmax(axis=1) + 1 == ay[te]).sum())
        report["article"] = {"cases": len(ay), "accuracy": round(hits / len(ay), 3),
                             "most_common_share": round(Counter(ay.tolist()).most_common(1)[0][1] / len(ay), 3)}
    if validate:
        return None, report

    clf = _fit(X, y, C_CLASSIFIER)
    judge = _fit(JX, jy, C_JUDGE, balanced=True)
    art_w = np.zeros((8, art_dim), dtype=np.float32)
    art_b = np.full(8, -10.0, dtype=np.float32)
    if art_rows:
        art_w, art_b = _fit_articles(AX, ay, art_dim)
    clf_w = clf.coef_[0].astype(np.float32)
    meta = {
        "format": FORMAT,
        "classifier_threshold": threshold,
        "judge_drop_below": drop_below,
        "judge_warn_below": warn_below,
        "judge_raise_above": raise_above,
        "cues": _cues(clf_rows, clf_w),
        "training": {"cases": len(cases), "passages": len(clf_rows), "candidates": len(judge_rows),
                     "articles": len(art_rows), "extra_files": [Path(p).name for p in extra]},
        "held_out": report,
    }
    model = Model(clf_w, float(clf.intercept_[0]), art_w, art_b,
                  judge.coef_[0].astype(np.float32), float(judge.intercept_[0]), meta)
    log(f"trained in {time.perf_counter() - t0:.1f}s")
    return model, report


def _per_text(rows, p, y):
    """Each text's score as the service computes it: its passages' largest when the text is
    split (rows after the first of a case), else its whole-text row."""
    by_case: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_case[r[3]].append(i)
    tp, ty = [], []
    for idx in by_case.values():
        parts = idx[1:] if len(idx) > 1 else idx
        tp.append(max(p[i] for i in parts))
        ty.append(y[idx[0]])
    return np.array(tp), np.array(ty)


def _binary_report(p, y, t):
    tp = int(((p >= t) & (y == 1)).sum())
    fp = int(((p >= t) & (y == 0)).sum())
    pos, neg = int((y == 1).sum()), int((y == 0).sum())
    return {"threshold": t, "positives": pos, "negatives": neg, "recall": round(tp / max(pos, 1), 3),
            "precision": round(tp / max(tp + fp, 1), 3), "false_positive_rate": round(fp / max(neg, 1), 4)}


def _judge_report(p, y, score, drop_below, warn_below, raise_above):
    strong = score >= 0.4
    return {
        "drop_below": drop_below, "warn_below": warn_below, "raise_above": raise_above,
        "public_demoted": int(((y == 0) & strong & (p < warn_below)).sum()),
        "private_demoted": int(((y == 1) & strong & (p < warn_below)).sum()),
        "public_flagged_by_rules": int(((y == 0) & strong).sum()),
        "public_dropped": int(((y == 0) & strong & (p < drop_below)).sum()),
        "private_flagged_by_rules": int(((y == 1) & strong).sum()),
        "private_dropped": int(((y == 1) & strong & (p < drop_below)).sum()),
        "private_weak": int(((y == 1) & ~strong).sum()),
        "private_raised": int(((y == 1) & ~strong & (p >= raise_above)).sum()),
        "public_weak": int(((y == 0) & ~strong).sum()),
        "public_raised": int(((y == 0) & ~strong & (p >= raise_above)).sum()),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m service.learned.train", description=__doc__.split("\n")[0])
    ap.add_argument("--add", action="append", default=[], metavar="FILE.jsonl",
                    help="追加の学習データ（score.py 形式の JSONL）。複数指定できます")
    ap.add_argument("--out", default=str(DEFAULT_MODEL_PATH), help="書き出すモデルファイル")
    ap.add_argument("--exclude", action="append", default=[], metavar="NAME.jsonl",
                    help="このファイル名の学習データを使わない（そのファイルで初見の評価をするため）")
    ap.add_argument("--validate", action="store_true", help="検証用の数値だけ表示し、モデルは書き出さない")
    args = ap.parse_args(argv)
    for p in args.add:
        if not Path(p).is_file():
            print(f"ファイルが見つかりません: {p}", file=sys.stderr)
            return 2
    model, report = train(args.add, validate=args.validate, exclude=args.exclude)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if model is not None:
        save(Path(args.out), model)
        print(f"wrote {args.out} ({Path(args.out).stat().st_size:,} bytes)")
    return 0


def _with_fixed_string_hashing() -> None:
    """Run again with PYTHONHASHSEED=0 unless it is set so. Something in building the training
    matrices follows Python's string-hash order (a set or dict of strings): with a random hash
    seed the judge's bias came out one float32 step apart (6e-8) on some runs — harmless to the
    scans, but enough to break the check that the committed model is byte for byte what this
    command makes. (A child process rather than exec: exec does not wait on Windows.)"""
    if os.environ.get("PYTHONHASHSEED") != "0":
        import subprocess

        raise SystemExit(subprocess.call([sys.executable, "-m", "service.learned.train", *sys.argv[1:]],
                                         env={**os.environ, "PYTHONHASHSEED": "0"}))


if __name__ == "__main__":
    _with_fixed_string_hashing()
    raise SystemExit(main())
