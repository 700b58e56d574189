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

import math
import re
from collections import Counter
import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Optional

import numpy as np

from .. import lexicon
from ..detectors.base import Candidate, Document
from ..detectors.evidence import BLOCK, WARN
from ..labels import ARTICLE_6, TYPES
from . import features as F
from .model import ART_SHIFT, Model, load

NONPUBLIC = "NONPUBLIC_INFO"
# Findings the judge looks at.
JUDGED = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS")
PII_TYPES = frozenset(t for t, info in TYPES.items() if info.classification == "I")
# A candidate below this rule score is not worth judging (a lone given name, a stray word).
RAISE_FLOOR = 0.20
# Score of a raised candidate and of a classifier finding: warn, never block.
LEARNED_WARN = 0.60
# A passage shorter than this holds too few n-grams for a judgement of its own (a one-line
# greeting would be judged on two or three words).
MIN_PASSAGE_CHARS = 40
# … unless the whole text is that one short passage, no rule found anything in it and the classifier is nearly sure: a
# one-line request that states its matter (部下の係長、今期の人事評価はC評価にするつもり。本人への伝え方を) is all there is to judge
# (where a rule found a name, the flag would only cover the whole line: 被評価者：佐野 由美子（市民課 主査）業績評価 B。).
SHORT_TEXT_MIN_CHARS = 20
SHORT_TEXT_THRESHOLD = 0.90
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
# A short list or table of short items (a to-do list, an agenda, a schedule, the headings of an
# empty table) holds a few words and little else: the classifier's n-grams of 「検討」「予定」「回答」
# decide it alone, so it needs a higher probability there (first contact: harmless lists warned;
# 0.85 → 0.95 when the 1,000 blind-written passages made 予定/資料/照会 stronger cues: over every corpus
# and test text the change alters one verdict, a folder list's warn → allow).
SHORT_LIST_MAX_CHARS = 250
SHORT_LIST_MIN_ITEMS = 3
SHORT_LIST_ITEM_CHARS = 16
SHORT_LIST_THRESHOLD = 0.95
_LIST_ITEM = re.compile(r"(?m)^[ \t　]*(?:[・\-*•●○◆■□]|\d{1,2}[.)．、]|[①-⑳])[ \t　]*([^\n]+)$")
_ITEM_SPLIT = re.compile(r"[、，,／/｜|\n]")


def _sigmoid(z: float) -> float:
    z = float(z)
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


@dataclass
class PassageScore:
    start: int
    end: int
    probability: float
    ids: list  # feature ids per n-gram order, one per position of the passage


class LearnedLayer:
    def __init__(self, model: Optional[Model] = None, model_path=None,
                 classifier: bool = True, judge: bool = True):
        self.model = model or load(model_path)
        self.classifier = classifier
        self.judge = judge
        meta = self.model.meta
        self.threshold = float(meta["classifier_threshold"])
        self.drop_below = float(meta["judge_drop_below"])
        self.warn_below = float(meta["judge_warn_below"])
        self.raise_above = float(meta["judge_raise_above"])
        self._cues = {int(k): v for k, v in meta.get("cues", {}).items()}
        self._local = threading.local()

    @property
    def _scratch(self) -> np.ndarray:
        """Per thread (waitress scans on several): see features.present."""
        s = getattr(self._local, "scratch", None)
        if s is None:
            s = self._local.scratch = np.zeros(F.DIM, dtype=np.int32)
        return s

    # -- the stage ------------------------------------------------------------------
    def apply(self, doc: Document) -> None:
        """Adds and re-scores candidates in `doc.candidates` (in place)."""
        if not (self.classifier or self.judge) or not doc.text.strip():
            return
        a = F.codes(doc.text)
        keys = F.gram_keys(a)
        if self.classifier:
            self._classify(doc, a, keys)
        if self.judge:
            self._judge(doc, a, keys)

    # -- (1) passages ------------------------------------------------------------------
    def passage_scores(self, text: str, a: np.ndarray, keys: Optional[list] = None) -> list[PassageScore]:
        w = self.model.clf_w
        # The text's n-gram ids once; a passage's n-grams are the slice that lies inside it.
        keys = F.gram_keys(a) if keys is None else keys
        grams = [F.bucket(k, F.PASSAGE) for k in keys]
        spans = F.passages(text)
        h = F.head_end(spans, text)
        head = [g[:max(0, h - n + 1)] for n, g in zip(F.ORDERS, grams)]
        out = []
        for s, e in spans:
            ids = [g[s:max(s, e - n + 1)] for n, g in zip(F.ORDERS, grams)]
            uniq = F.present(np.concatenate(ids + head if s >= h > 0 else ids), self._scratch)
            z = self.model.clf_b + float(w[uniq].sum()) * F.norm(len(uniq))
            out.append(PassageScore(s, e, _sigmoid(z), ids))
        return out

    def contributions(self, ps: PassageScore) -> np.ndarray:
        """Weight per position of the passage (the n-grams starting there)."""
        w = self.model.clf_w
        contrib = np.zeros(ps.end - ps.start, dtype=np.float32)
        for i in ps.ids:
            contrib[:len(i)] += w[i]
        return contrib

    def article_of(self, ids: list) -> tuple[int, float]:
        allids = F.present(np.concatenate(ids) >> ART_SHIFT)
        z = self.model.art_w[:, allids].sum(axis=1) * F.norm(len(allids)) + self.model.art_b
        k = int(np.argmax(z))
        return k + 1, _sigmoid(float(z[k]))

    def _classify(self, doc: Document, a: np.ndarray, keys: list) -> None:
        # (a marking does not cover what the passage says: 【取扱注意】 before a litigation strategy marks the
        # text, and the strategy is still a non-public matter of its own, reported as such — judged on the text
        # with the markings blanked out, so that the marking's own words do not make any passage non-public)
        covered = [c for c in doc.candidates if c.type == NONPUBLIC and c.score >= WARN]
        markings = [c for c in doc.candidates if c.type == "CONFIDENTIAL_MARKING" and c.score >= WARN]
        text = doc.text
        if markings:
            chars = list(text)
            for c in markings:
                chars[c.start:c.end] = " " * (c.end - c.start)
            text = "".join(chars)
            a = F.codes(text)
            keys = F.gram_keys(a)
        for ps in self.passage_scores(text, a, keys):
            if ps.probability < self.threshold:
                continue
            if ps.end - ps.start < MIN_PASSAGE_CHARS and not (
                    ps.probability >= SHORT_TEXT_THRESHOLD and ps.end - ps.start >= SHORT_TEXT_MIN_CHARS
                    and not doc.text[:ps.start].strip() and not doc.text[ps.end:].strip()
                    and not any(c.score >= WARN for c in doc.candidates)):
                continue
            if any(c.start < ps.end and ps.start < c.end for c in covered):
                continue  # a rule already said why; the model adds nothing to read
            if ps.probability < SHORT_LIST_THRESHOLD and (_short_list(doc.text, ps.start, ps.end)
                                                          or published(doc.text, ps.start, ps.end)):
                continue
            if _ASKS_ABOUT_QUOTED_WORDS.search(doc.text, ps.start, ps.end):
                continue  # 『取扱注意』『部外秘』って、どう使い分けるもの？: words asked about, no matter of anyone's
            start, end = self._best_sentence(doc.text, ps)
            article, _ = self.article_of(ps.ids)
            doc.candidates.append(Candidate(NONPUBLIC, start, end, LEARNED_WARN,
                                            self._reason(ps, article, doc.text), {"article": article}))

    def _best_sentence(self, text: str, ps: PassageScore) -> tuple[int, int]:
        """The sentence of the passage whose n-grams weigh most: the span shown and redacted
        (not the whole passage, which would swallow the user's own instructions)."""
        cum = np.concatenate([[0.0], np.cumsum(self.contributions(ps))])
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

    def cues(self, ps: PassageScore, text: str, limit: int = 3) -> list[str]:
        """Words from the model's own vocabulary (training n-grams, never arbitrary user
        text) that occur in this passage and pushed it up most."""
        w = self.model.clf_w
        ids = np.unique(np.concatenate(ps.ids))
        ids = ids[np.argsort(-w[ids], kind="stable")]
        passage = text[ps.start:ps.end]
        out: list[str] = []
        for i in ids[:200]:
            if w[i] <= 0 or len(out) >= limit:
                break
            cue = self._cues.get(int(i))
            if cue and cue in passage and not any(cue in o or o in cue for o in out):
                out.append(cue)
        return out

    def _reason(self, ps: PassageScore, article: int, text: str) -> str:
        cues = self.cues(ps, text)
        hint = "（手がかり：" + "・".join(f"「{c}」" for c in cues) + "）" if cues else ""
        return (f"学習モデルの判定：非公開情報の可能性 {ps.probability:.0%}{hint}・"
                f"{ARTICLE_6.get(article, '')}の可能性（規則では未検出）")

    # -- (2) names and contacts ----------------------------------------------------------
    def candidate_probability(self, doc: Document, a: np.ndarray, cands: list[Candidate],
                              keys: Optional[list] = None) -> np.ndarray:
        """P(private) for each candidate, all candidates at once: the ids of every window
        are gathered as one (candidates × features) matrix from the text's n-gram ids, made
        distinct per row by sorting the rows — the same features as features.candidate_ids."""
        w = self.model.judge_w
        n_chars = len(a)
        keys = F.gram_keys(a) if keys is None else keys
        starts = np.array([c.start for c in cands], dtype=np.int64)[:, None]
        ends = np.array([c.end for c in cands], dtype=np.int64)[:, None]
        cols, masks = [], []
        for n, k in zip(F.ORDERS, keys):
            j = np.arange(F.WINDOW - n + 1)[None, :]
            left = starts - F.WINDOW + j  # n-grams inside the window, not into the candidate
            right = ends + j
            for group, pos, ok in ((F.LEFT, left, (left >= 0) & (left + n <= starts)),
                                   (F.RIGHT, right, right + n <= n_chars)):
                g = F.bucket(k, group) if len(k) else np.zeros(1, dtype=np.int64)
                cols.append(g[np.clip(pos, 0, len(g) - 1)])
                masks.append(ok)
        cols.append(np.concatenate([F.meta_ids(c.type, doc.text[c.start:c.end]) for c in cands]).reshape(len(cands), -1))
        masks.append(np.ones(cols[-1].shape, dtype=bool))
        ids = np.where(np.concatenate(masks, axis=1), np.concatenate(cols, axis=1), -1)
        ids.sort(axis=1)
        keep = ids >= 0
        keep[:, 1:] &= ids[:, 1:] != ids[:, :-1]
        count = np.maximum(keep.sum(axis=1), 1)
        z = (w[np.maximum(ids, 0)] * keep).sum(axis=1) / np.sqrt(count)
        # The passage around each candidate (one computation per passage).
        spans = F.passages(doc.text) or [(0, n_chars)]
        pstarts = [s for s, _ in spans]
        docg = [F.bucket(k, F.DOC) for k in F.gram_keys(F.blanked(a, [(c.start, c.end) for c in cands]))]
        # each candidate's passage (= bisect_right(pstarts, start) - 1, at least 0), and each such
        # passage's score once; the sums are the same float64 additions as one candidate at a time
        which = np.maximum(np.searchsorted(np.array(pstarts), starts[:, 0], side="right") - 1, 0)
        doc_z = np.zeros(len(spans))
        for p in np.unique(which).tolist():
            s, e = spans[p]
            pid = F.present(np.concatenate([g[s:max(s, e - n + 1)] for n, g in zip(F.ORDERS, docg)]), self._scratch)
            doc_z[p] = float(w[pid].sum()) * F.norm(len(pid))
        total = (self.model.judge_b + z) + doc_z[which]
        return np.array([_sigmoid(t) for t in total.tolist()], dtype=np.float32)

    def _judge(self, doc: Document, a: np.ndarray, keys: list) -> None:
        cands = [c for c in doc.candidates if c.type in JUDGED and c.score >= RAISE_FLOOR]
        # Names Sudachi sees that no rule reported at all (hiragana, rare kanji, no honorific):
        # judged too, and raised to warn when their context is clearly a private person's.
        # The scanner's own tokens, never a second tokenisation.
        if self.raise_above <= 1.0:
            # (names the rules judged made up — a form's sample, test data — are not raised again;
            # one character — 所 in a spaced 「住 所」 — is never raised: too little to be a name)
            taken = _Taken(doc.candidates, getattr(doc, "not_a_person", ()))
            runs = [_with_latin_surname(doc.text, s, e) for s, e in F.name_runs(doc.tokens, doc.text, doc.proper_nouns)
                    if e - s >= 2 and not taken.touches(s, e) and not _in_dotted_term(doc, s, e)
                    and not _MONTH_BEFORE_DAY.match(doc.text, s)]
            # (a one-word "name" that stands three times or more — ﾐｽﾐ, ﾎﾘｭ in a status column of a legacy
            # export — is a code of the table, not somebody no rule saw)
            seen = Counter(doc.text[s:e] for s, e in runs)
            cands += [Candidate("PERSON", s, e, 0.0, "学習モデル：人名の形（形態素解析）")
                      for s, e in runs if seen[doc.text[s:e]] < REPEATED_CODE or " " in doc.text[s:e] or "　" in doc.text[s:e]]
        if not cands:
            return
        probs = self.candidate_probability(doc, a, cands, keys)
        kept = _blocked_paragraphs(doc)
        lowered = set()
        lowered_from: list = []  # (candidate, its score before the judge lowered it)
        dropped: list = []
        for c, p in zip(cands, probs):
            if c.score >= WARN and p < self.warn_below and _has_context(doc.text, c) \
                    and not (c.type == "PERSON" and (_ADDRESSED_AFTER.match(doc.text, c.end) or _WROTE_AFTER.match(doc.text, c.end)
                                                     or _CONTACTED_BY.match(doc.text, c.end))) \
                    and not _labelled_private(doc.text, c) and not _name_and_home_on_line(doc, c):
                # (a name the text then addresses as あなた — 「佐藤 淳 殿　あなたは長年…」, a letter or a
                # certificate to that person — is not the judge's to demote: it is whom the text is to)
                if p < self.drop_below and c.type == "PERSON" and not kept.holds(c) \
                        and not _SELF_INTRODUCED.search(doc.text, max(0, c.start - 20), c.start) \
                        and not _private_association_line(doc.text, c) \
                        and not _field_value_alone(doc.text, c) and not _in_a_script_it_cannot_read(doc.text, c):
                    # (a name its bearer introduces — "This is Rachel Donovan from …", 「私は…です」 — is
                    # never dropped: the judge may read the organisation as public, the name stays masked)
                    # Only a name is dropped outright; a public address or number keeps its
                    # warn (the rules' own choice for a facility's address or a hotline; a
                    # landline dropped on the judge's word alone lost a 班長's number on a flyer).
                    lowered_from.append((c, c.score))
                    c.score = 0.0  # below WARN: the scanner drops it
                    dropped.append(c)
                else:
                    lowered_from.append((c, c.score))
                    c.score = min(c.score, LEARNED_WARN)  # a warn: still redacted, the user decides
                c.reason += f"（学習モデル：公開・例示・コードの文脈、個人の確率 {p:.0%}）"
                lowered.add(id(c))
            elif c.score < WARN and p >= self.raise_above and _has_context(doc.text, c) \
                    and not (c.score == 0.0 and _sample_line(doc.text, c)) \
                    and not (c.type == "PHONE_NUMBER" and _BUSINESS_LINE.match(doc.text, c.start)):
                # (a name no rule reported, on a line that says it is a sample entry, is not raised:
                # 「sample entry: Surname: YAMADA」)
                # (raised only on a context it has read, as it is dropped only on one: a bare word
                # — sakura, a lone foreign name — says nothing about whose it is)
                if c.score == 0.0:
                    doc.candidates.append(c)
                c.score = LEARNED_WARN
                c.reason += f"（学習モデル：個人の文脈と判定、確率 {p:.0%}）"
        _keep_names_beside_their_mobiles(doc, lowered_from)
        dropped = [c for c in dropped if c.score == 0.0]
        if dropped:
            _keep_beside_kept_names(doc, dropped)
        if lowered:
            _follow_support(doc, lowered)


def _keep_beside_kept_names(doc: Document, dropped: list) -> None:
    """A name the judge dropped while a name the rules found on the same line stays (会長 渋谷 健太郎、副会長 桐生
    まゆみ、会計 熊谷 誠: the judge reads 桐生 まゆみ as a town and a tree): the line's names are of one kind, so it
    stays too, at a warning — the judge may lower a list's names, not pick some of them out."""
    text = doc.text
    kept = sorted(c.start for c in doc.candidates if c.type == "PERSON" and c.score >= WARN)
    for c in dropped:
        ls = text.rfind("\n", 0, c.start) + 1
        le = text.find("\n", c.end)
        le = len(text) if le == -1 else le
        if bisect_left(kept, le) > bisect_left(kept, ls):  # (a kept name starts on the line)
            c.score = LEARNED_WARN


def _follow_support(doc: Document, lowered: set) -> None:
    """A finding that stands on a name the judge has just lowered (a sensitive term beside 国枝慎吾さん in a
    speech's quotations, 障害 in a published committee list) is no stronger than that name: a warning."""
    for c in doc.candidates:
        if c.support is not None and id(c.support) in lowered and c.score > LEARNED_WARN:
            c.score = LEARNED_WARN
            c.reason += "（氏名は学習モデルが公開・例示の文脈と判定）"


REPEATED_CODE = 3
# a quoted mail's author line (Takeshi Morikawa wrote: / 山田 太郎 さんは書きました:): whoever wrote it, the rules read the
# name as the person writing — not the judge's to demote on the quoted text's words
_WROTE_AFTER = re.compile(r"[ 　]*(?:<[^<>\n]{1,80}>[ 　]*)?(?:wrote|さん(?:は|が)書きました|(?:は|が)書きました)[ 　]*[:：]")
_ADDRESSED_AFTER = re.compile(r"[ 　]*(?:殿|様|さん|君)?[ 　]*[、,]?[ 　\n]*(?:あなた|貴殿|貴方)(?:は|が|の|に|を)")
# a private association's officers (自治会, PTA, 子ども会 …) are private persons even in its published
# newsletter, and so are the city's statutory volunteers (民生委員, 児童委員, 保護司): the judge may cap such a
# name at warn, never drop it
_PRIVATE_ASSOCIATION = re.compile(r"自治会|町内会|PTA|ＰＴＡ|子ども会|子供会|老人会|長寿会|保護者会|後援会|同好会|サークル|"
                                  r"民生委員|児童委員|保護司")


# a number or an address its own label calls private (私用携帯 080-…, 自宅 TEL, personal e-mail): the label is
# hard evidence whose it is, whatever an office signature around it says — not the judge's to demote
_SENT_TO_AFTER = re.compile(r"[」』]?[ 　]*(?:あてに|宛てに|宛に|へ(?:送信|送る|送って|ショートメッセージ|SMS)|に(?:送信|送る|送って|SMS|ショートメッセージ))")
_PRIVATE_LABEL = re.compile(r"(?:私用|私的|自宅|個人(?:用|の)?|プライベート(?:用)?|(?i:private|personal|home))[ 　]*"
                            r"(?:携帯|ケータイ|スマホ|電話|TEL|Tel|tel|番号|メール|アドレス|(?i:mobile|cell|phone|e-?mail|address))?"
                            r"[ 　]*[:：]?[ 　]*$")


def _labelled_private(text: str, c: Candidate) -> bool:
    if c.type not in ("PHONE_NUMBER", "EMAIL_ADDRESS"):
        return False
    # (or the number or address a message is sent to: 「070-…」あてに…文面を考えて — someone's, whatever the template around it)
    return (_PRIVATE_LABEL.search(text, max(text.rfind("\n", 0, c.start) + 1, c.start - 16), c.start) is not None
            or _SENT_TO_AFTER.match(text, c.end) is not None)


# a name the text says a complaint, a call or a request came from (星野さんから、隣家の騒音について苦情の電話がありました): whom
# the case is about — the judge may not read a record of it as public
_CONTACTED_BY = re.compile(r"[ 　]?(?:さん|様|氏)?(?:から|より)[、,]?[^。\n]{0,40}?(?:苦情|相談|通報|問い合わせ|電話|申し出|申出|連絡|申請|届出)")
# (the question right after the quoted words: 『取扱注意』『部外秘』って、一般的にどう使い分けるもの？)
_ASKS_ABOUT_QUOTED_WORDS = re.compile(r"[『「][^』」\n]{1,8}[』」](?:って|とは|は|の)[、,]?[^。\n？?]{0,12}?"
                                      r"(?:使い分け|意味|違い|定義|読み方|言い換え|英訳|類語|使い方)")


# a person's own mobile said right after the name (小林恵美子さん 携帯090-…, 田中（携帯：080-…）)
_OWN_MOBILE_AFTER = re.compile(r"[ 　]?(?:さん|様|氏)?[ 　]*[(（]?(?:の)?(?:個人)?携帯(?:電話)?(?:番号)?[ 　]*[:：]?[ 　]*0[789]0-?[0-9]{4}-?[0-9]{4}")


def _keep_names_beside_their_mobiles(doc: Document, lowered_from: list) -> None:
    """A name the judge lowered with its bearer's own mobile right after it (嘱託員 小林恵美子さん 携帯090-4418-2937 in a
    statistics text for the city's bulletin), where the mobile still blocks after the judge: the text blocks for that
    number anyway, and the name beside it is the same person's — it keeps the score the rules gave it."""
    phones = [p for p in doc.candidates if p.type == "PHONE_NUMBER" and p.score >= BLOCK]
    if not phones:
        return
    for c, score in lowered_from:
        m = _OWN_MOBILE_AFTER.match(doc.text, c.end) if c.type == "PERSON" else None
        if m is not None and any(c.end <= p.start < m.end() for p in phones):
            c.score = score


def _name_and_home_on_line(doc: Document, c: Candidate) -> bool:
    """A person's name and an address down to its lot on one line, with no organisation there (金井 里美　30,000円　東京都港区
    高輪3-9-12): a list for print never gives a private donor's or member's house number, so the text is not the public
    list it is being made into — both stay as the rules found them."""
    if c.type not in ("PERSON", "JP_ADDRESS"):
        return False
    text = doc.text
    ls = text.rfind("\n", 0, c.start) + 1
    le = text.find("\n", c.end)
    le = len(text) if le == -1 else le
    kinds = _blocking_kinds_by_line(doc).get(ls)
    if not kinds or "PERSON" not in kinds or "LOT" not in kinds:
        return False
    # (a clinic's director, a councillor in the assembly's published roster: their office's address)
    return not (_ORGANISATION_ON_LINE.search(text, ls, le) or published(text, ls, le))


def _blocking_kinds_by_line(doc: Document) -> dict:
    """line start -> the kinds of the rules' blocking findings wholly on that line (PERSON, and LOT for an address down to
    its lot), built once per scan: asked for every candidate the judge lowers, a roster of thousands stays linear."""
    cache = doc.__dict__.get("_judge_kinds_by_line")
    if cache is None:
        text, cache = doc.text, {}
        for d in doc.candidates:
            if d.score < BLOCK or d.type not in ("PERSON", "JP_ADDRESS"):
                continue
            ls = text.rfind("\n", 0, d.start) + 1
            if text.find("\n", ls, d.end) != -1:
                continue
            kind = "PERSON" if d.type == "PERSON" else ("LOT" if _LOT.search(text, d.start, d.end) else "")
            if kind:
                cache.setdefault(ls, set()).add(kind)
        doc.__dict__["_judge_kinds_by_line"] = cache
    return cache


_ORGANISATION_ON_LINE = re.compile(r"株式会社|有限会社|合同会社|法人|代表|組合|協会|事務所|社長|[(（]株[)）]|院長|医院|クリニック|病院|"
                                   r"議員|会派|公民館|センター|[館店園]")
_LOT = re.compile(r"[0-9]+(?:-[0-9]+){1,2}(?![0-9])|[0-9]+番地?|[0-9]+号")


_AROUND = 60


def _in_a_script_it_cannot_read(text: str, c: Candidate) -> bool:
    """A name written in a line of Devanagari, Bengali, Tamil, Sinhala, Thai, Lao, Burmese or Khmer (ผมภานุวัฒน์ คำแก้ว
    ผลตรวจเลือด…): the judge learnt its contexts from Japanese and English text, so there it may lower a name to a warning,
    not drop it. (A name of those scripts in an English or Japanese line — a poet's profile — the judge reads.)"""
    # (the line around it, 60 characters each side at most: a text of one endless line is read in linear time)
    ls = max(text.rfind("\n", max(0, c.start - _AROUND), c.start) + 1, c.start - _AROUND)
    le = text.find("\n", c.end, c.end + _AROUND)
    around = text[ls:c.start] + text[c.end:min(len(text), c.end + _AROUND) if le == -1 else le]
    letters = [ch for ch in around if ch.isalpha()]
    other = sum(1 for ch in letters if "\u0900" <= ch <= "\u0eff" or "\u1000" <= ch <= "\u109f" or "\u1780" <= ch <= "\u17ff")
    return bool(letters) and 2 * other > len(letters)


def _field_value_alone(text: str, c: Candidate) -> bool:
    """The name is the whole value of a labelled line (担当：小野寺): a field that names someone — the judge may lower it
    to a warning, it does not unsay it."""
    ls = text.rfind("\n", 0, c.start) + 1
    le = text.find("\n", c.end)
    return (_FIELD_LABEL_BEFORE.fullmatch(text, ls, c.start) is not None
            and not text[c.end:len(text) if le == -1 else le].strip(" 　様さん殿"))


_FIELD_LABEL_BEFORE = re.compile(r"[ 　]*[一-龥ァ-ヶー]{1,8}[ 　]*[:：][ 　]*")


def _private_association_line(text: str, c: Candidate) -> bool:
    start = max(text.rfind("\n", 0, c.start) + 1, c.start - 80)
    return _PRIVATE_ASSOCIATION.search(text, start, c.start) is not None
# toll-free and navigation-dial numbers (0120, 0800, 0570, 0990) belong to organisations, never to a
# resident: the rules' own "below warn" stands, whatever the columns around them
_BUSINESS_LINE = re.compile(r"\(?0(?:120|800|570|990)")
_SELF_INTRODUCED = re.compile(r"(?i:\b(?:i am|i'm|this is|my name is)[ ]+$|(?:私は|わたしは|私、)[ 　]*$)")

_SAMPLE_WORD = re.compile(r"(?i:sample|dummy|example|fictitious|specimen)|" + "|".join(lexicon.words("sample.marks")))


def _sample_line(text: str, c: Candidate) -> bool:
    start = text.rfind("\n", 0, c.start) + 1
    end = text.find("\n", c.end)
    return _SAMPLE_WORD.search(text, start, end if end != -1 else len(text)) is not None


class _Paragraphs:
    """Paragraphs (blank-line separated) of a text, by start offset."""

    def __init__(self, spans: list):
        self.spans = spans

    def holds(self, c: Candidate) -> bool:
        return any(s <= c.start and c.end <= e for s, e in self.spans)


_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n")


def _blocked_paragraphs(doc: Document) -> _Paragraphs:
    """The paragraphs that hold a block-level personal finding the judge does not re-score (a
    要配慮 fact, an identifier, a birth date, a number assigned to a person): a name in such a
    paragraph is part of a personal record that blocks anyway, so the judge may demote it to a
    warn — it stays masked — but never drops it (a name judged 'public' was left in clear beside
    the patient's illness it belongs to)."""
    anchors = [c for c in doc.candidates if c.score >= BLOCK and c.type in PII_TYPES
               and (c.type not in JUDGED or c.rule.startswith("record."))]
    if not anchors:
        return _Paragraphs([])
    text = doc.text
    cuts = [0] + [x for m in _BLANK_LINE.finditer(text) for x in (m.start(), m.end())] + [len(text)]
    paras = list(zip(cuts[::2], cuts[1::2]))
    return _Paragraphs([(s, e) for s, e in paras if any(s <= c.start and c.end <= e for c in anchors)])


def _short_list(text: str, start: int, end: int) -> bool:
    """A passage that is, apart from its first line (the request), a list of short items: bulleted
    or numbered lines, or pieces between 、 / , / | of a body with no sentence — at least
    SHORT_LIST_MIN_ITEMS of them, of SHORT_LIST_ITEM_CHARS characters on average."""
    if end - start > SHORT_LIST_MAX_CHARS:
        return False
    passage = text[start:end]
    items = [m.group(1).strip() for m in _LIST_ITEM.finditer(passage)]
    if len(items) < SHORT_LIST_MIN_ITEMS:
        # pieces between 、 / , / | after the request, in a body that holds no sentence of its own
        body = passage.split("\n", 1)[1] if "\n" in passage else passage.split("。", 1)[-1]
        if "。" in body.rstrip("。 \n") or len(body) > SHORT_LIST_MAX_CHARS // 2:
            return False
        items = [x.strip() for x in _ITEM_SPLIT.split(body) if x.strip()]
    if len(items) < SHORT_LIST_MIN_ITEMS:
        return False
    return sum(len(x) for x in items) / len(items) <= SHORT_LIST_ITEM_CHARS


# The text says the material is already public (公表資料, 公表済み, ホームページに掲載, 報道発表資料)
# and nowhere that something is not yet: the classifier needs the higher probability too.
_PUBLISHED = re.compile(r"(?:公表|公開|発表|掲載)(?:済み|済の|されている|している|された|した|しました|資料)|広報(?:紙|誌)|"
                        r"ホームページ(?:で|に)(?:公表|公開|掲載)(?:済み|して(?:いる|います)|されて(?:いる|います)|した|された)|"
                        r"記者発表資料|報道発表資料|プレスリリース")
_NOT_YET = re.compile(r"(?:公表|公開|発表|解禁|掲載)(?:前|予定|日まで|する)|未公表|未発表|非公開|内部|内々|取扱注意|部外秘|秘|"
                      r"まだ(?:何も)?(?:伝えて|公表して|説明して|言って)")


# … or, at its head, that it is written for the public (a flyer, a poster, a notice for residents:
# the word list the phone detector uses, service/lexicon/contact.public_document.txt)
_FOR_THE_PUBLIC = re.compile("|".join(re.escape(w) for w in lexicon.words("contact.public_document")), re.IGNORECASE)
_HEAD_CHARS = 120


def published(text: str, start: int, end: int) -> bool:
    """The text's first line or this passage says it is public (or its head that it is written
    for the public), and nothing says it is not yet."""
    head_end = text.find("\n")
    head = text[:head_end if head_end != -1 else len(text)]
    return bool((_PUBLISHED.search(head) or _PUBLISHED.search(text, start, end)
                 or _FOR_THE_PUBLIC.search(text[:_HEAD_CHARS]))
                and not _NOT_YET.search(text))


# A Latin given name Sudachi knows, followed by a capitalised word it does not (対象：Ingrid Solberg): the run is the
# whole name, so that a name raised to warn is masked whole, not its first half
_LATIN_WORD = re.compile(r"[A-Z][a-z]{1,15}")
_LATIN_NEXT = re.compile(r" (?:O'|Mc|Mac)?[A-Z][a-z]{1,15}(?![A-Za-z'\-])")
_NOT_A_NAME_WORD = frozenset(lexicon.words("person.en_stop")) | frozenset(lexicon.words("person.en_not_name"))


def _in_dotted_term(doc: Document, s: int, e: int) -> bool:
    """A katakana name run inside a word joined by ・ whose other parts the dictionary does not tag as names
    (サンタ・マリア, a church's name): a part of a term, never raised alone — unlike a foreign name two of whose
    parts at least are names (ホアン・ヴァン・ドゥック, アンドリュー・ケイン)."""
    text = doc.text
    if not ((s >= 2 and text[s - 1] == "・") or (e < len(text) and text[e] == "・")):
        return False
    m = next((w for w in _DOTTED_KATAKANA.finditer(text, max(0, s - 40), min(len(text), e + 40))
              if w.start() <= s and e <= w.end()), None)
    if m is None:
        return False
    toks, starts = doc.tokens, doc.token_starts
    names = 0
    for i in range(bisect_left(starts, m.start()), bisect_left(starts, m.end())):
        names += toks[i].pos[2] == "人名"
    return names < 2


_DOTTED_KATAKANA = re.compile(r"[ァ-ヺー]+(?:・[ァ-ヺー]+)+")


def _with_latin_surname(text: str, s: int, e: int) -> tuple[int, int]:
    if not _LATIN_WORD.fullmatch(text, s, e):
        return s, e
    m = _LATIN_NEXT.match(text, e)
    return (s, m.end()) if m and m.group().strip() not in _NOT_A_NAME_WORD else (s, e)


MIN_CONTEXT = 8


# an English month's abbreviation before its day (a log's "Jun 12 08:15:04"): Sudachi reads Jun as a given name
_MONTH_BEFORE_DAY = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ ]{1,2}[0-9]{1,2}(?![0-9])")


def _has_context(text: str, c: Candidate) -> bool:
    """A bare name with nothing around it is never dropped: the judge must have read some
    context that says public / sample / code, not just failed to find a private one."""
    left = text[max(0, c.start - F.WINDOW):c.start].strip()
    right = text[c.end:c.end + F.WINDOW].strip()
    return len(left) + len(right) >= MIN_CONTEXT


class _Taken:
    """Which characters some candidate of the rules already covers."""

    def __init__(self, candidates, also=()):
        self.spans = sorted([(c.start, c.end) for c in candidates if c.score >= RAISE_FLOOR] + list(also))
        self.starts = [s for s, _ in self.spans]
        self.ends = [e for _, e in self.spans]

    def touches(self, start: int, end: int) -> bool:
        """Whether one of the 64 spans starting last at or before `end` overlaps [start, end):
        those starting before `end` are an index range (the spans are sorted), so it is one
        max() over a slice (a roster asks this for every name run)."""
        i = bisect_right(self.starts, end)
        lo = max(0, i - 64)
        j = bisect_left(self.starts, end, lo, i)  # spans lo..j-1 start before `end`
        return j > lo and max(self.ends[lo:j]) > start
