"""One scan: run the detectors, apply the policy, decide the verdict, redact.

Built once per app (detectors, Sudachi); `scan()` does no set-up.

Redaction is a single pass over the text that does what Presidio's `replace` operator does
with its defaults (see `_replace_regions`): Presidio's engine cost ~10 µs per region, 2.9 ms
of a 21 ms scan of a 5,000-character roster.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Callable, Optional

from .aliases import aliases, owners_of_address, reading_beside
from .detectors import build_detectors
from .detectors.base import Candidate, Document, FreeText
from .detectors.birth import DATE_RX, date_keys, date_matches
from .detectors.evidence import BLOCK, WARN
from .detectors.record import PersonalRecordDetector
from .labels import ACTION_RANK, NUMBERED_PLACEHOLDER, TYPES
from .normalize import ASCII_ALNUM, join_spans, line_breaks_in_values, normalize
from .policy import Policy

log = logging.getLogger("mamori.scan")

# A repeated value shorter than this is not searched for again (a one-letter
# "name" would redact every occurrence of that letter).
MIN_REPEAT_LENGTH = 2
# a flagged value written again without its separators is searched for when this long or longer
MIN_VARIANT_LENGTH = 3
_VALUE_SEPARATORS = re.compile(r"[ \u3000・]")
_ID_WITH_HYPHENS = re.compile(r"[0-9A-Z]+(?:-[0-9A-Z]+)+")
_LOT_TAIL = re.compile(r"(?<![0-9])(?:[0-9]{1,4}(?:[-‐][0-9]{1,4}){2,3}|[0-9]{1,5}番地?の?[0-9]{1,4}号?|(?<=丁目)[0-9]{1,4}[の\-‐][0-9]{1,4})$")
# the front of a flagged secret this long or longer, quoted on its own, is redacted too
MIN_SECRET_FRAGMENT = 8
# … but not a vendor's prefix alone (「キーは sk-proj- で始まる」)
_VENDOR_PREFIX = re.compile(r"[A-Za-z]+(?:[-_][A-Za-z]+)*[-_]?")
# How far before and after a line break that may split a value the lines are scanned again.
BROKEN_VALUE_WINDOW = 80
# At most this many characters are scanned again, around at most this many line breaks, per
# text (a pathological text may have a suspicious line break on every line: the second look
# must not double a long scan).
BROKEN_VALUE_BUDGET = 10_000
BROKEN_VALUE_MAX_BREAKS = 500


class ScanFailed(RuntimeError):
    """A detector raised: the scan has no trustworthy verdict."""


@dataclass
class Finding:
    type: str
    start: int  # original text, code points
    end: int
    action: str
    score: float
    reason: str
    extra: dict = field(default_factory=dict)
    nstart: int = 0  # normalised text offsets, for repeats
    nend: int = 0

    def to_json(self) -> dict:
        info = TYPES[self.type]
        out = {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "action": self.action,
            "classification": info.classification,
            "label": info.label,
            "score": round(self.score, 2),
            "reason": self.reason,
        }
        if self.extra:
            out.update(self.extra)
        return out


# a whole mail address, alone as a token (a local part, an @, a domain with a dot)
_WHOLE_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")


class Scanner:
    def __init__(self, policy: Policy, analyser: Optional[Callable] = None, learned: Optional[bool] = None):
        self.policy = policy
        self.detectors = build_detectors(policy)
        # The learned stage (service/learned): as the policy says, or off with learned=False.
        from .learned import from_policy

        self.learned = from_policy(policy) if learned is not False else None
        if analyser is None:
            from .nlp import Morphology

            analyser = Morphology()
        self.analyser = analyser

    # -- the scan -------------------------------------------------------------------
    def scan(self, text: str, source: str = "prompt") -> dict:
        doc = self._detect(text)
        if self.learned is not None:
            # After the rules, on the whole text only (not on the broken-value re-scans below).
            try:
                self.learned.apply(doc)
            except Exception as e:  # fail closed, as for a detector
                log.error("learned layer failed: %s", type(e).__name__)
                raise ScanFailed("LearnedLayer") from None
        # the numbers of a personal record, once the judge has said whether the text blocks (what the policy
        # allowlists — the city hall's own address — blocks nothing: searched for only if the record stage asks)
        doc.candidates.extend(PersonalRecordDetector.values_of_blocked_records(doc, lambda: self._allowlisted(doc)))
        findings = self._decide(doc)
        findings = self._broken_values(doc, findings)
        findings = self._add_repeats(doc, findings)
        findings.sort(key=lambda f: (f.start, f.end, f.type))
        verdict = "allow"
        for f in findings:
            if ACTION_RANK[f.action] > ACTION_RANK[verdict]:
                verdict = f.action
        # The regions replaced: computed once for the redacted text and for `masked`.
        regions = _non_overlapping([f for f in findings if f.action in ("block", "warn")])
        return {
            "verdict": verdict,
            "findings": [f.to_json() for f in findings],
            "redacted_text": _replace_regions(text, regions),
            "masked": self._masked(regions),
            "policy_version": self.policy.version,
        }

    def _detect(self, text: str) -> Document:
        doc = Document(text, self.analyser, self.policy.keywords)
        for detector in self.detectors:
            if not detector.applies(doc):
                continue
            try:
                found = detector.analyze(doc)
            except Exception as e:
                # Fail closed: a scan that skipped a detector could say "allow" for a name or
                # a number it never looked for. Log which detector (never the text) and let
                # the request fail, so the extension applies its fail mode.
                log.error("detector %s failed: %s", type(detector).__name__, type(e).__name__)
                raise ScanFailed(type(detector).__name__) from None
            doc.candidates.extend(found)
        return doc

    def _broken_values(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        """A second look at the lines around each line break that may split a value
        (`normalize.line_breaks_in_values`), with the break removed. A finding there that
        crosses a break and flags something the normal pass left unflagged (or flagged more
        weakly) is added, with offsets in the original text spanning every piece, so that
        redaction masks all of them. The normal pass's findings are never dropped, so lists
        and tables lose nothing; only the lines around breaks are scanned again."""
        text = doc.original
        cuts = line_breaks_in_values(text)
        if not cuts:
            return findings
        rank = bytearray(len(text) + 1)  # the strongest action flagging each original character
        owner: list[Optional[Finding]] = [None] * (len(text) + 1)
        for f in findings:
            r = ACTION_RANK[f.action]
            for i in range(f.start, f.end):
                if rank[i] < r:
                    rank[i] = r
                    owner[i] = f
        candidates = cuts
        token_at = _TokenIndex(doc)
        kept = []
        for a, b in cuts:
            if self._may_split_a_value(doc, a, b, owner[a - 1], owner[b], token_at):
                kept.append((a, b))
                if len(kept) >= BROKEN_VALUE_MAX_BREAKS:
                    break  # a text of thousands of suspicious line breaks: the first ones only
        cuts = kept
        if not cuts:
            return findings
        windows = _rescan_windows(text, candidates, cuts)
        added: list[Finding] = []
        budget = BROKEN_VALUE_BUDGET
        for ws, we in windows:
            if budget <= 0:
                break  # a text of thousands of suspicious line breaks: the first ones only
            we = min(we, ws + budget)
            budget -= we - ws
            # every candidate break in the window is joined, not only those that passed the
            # cheap tests: a value may be broken twice (前橋市朝⏎日⏎町三丁目…)
            inside = _between(candidates, ws, we)
            kept_inside = _between(kept, ws, we)
            joined, index = join_spans(text, ws, we, inside)
            sub = self._detect(joined)
            for f in self._decide(sub):
                if f.action == "allow" or f.end <= f.start:
                    continue
                if f.action == "warn" and _DIGITS_ONLY.fullmatch(joined, f.start, f.end):
                    # lines of bare numbers (2026⏎1200⏎2026) joined into a run whose check digit
                    # passes by chance (1 in 11): only a joined number that blocks — with its label
                    # or context — is the second look's to add
                    continue
                start, end = index[f.start], index[f.end - 1] + 1
                if not any(start < a and b <= end for a, b in kept_inside):
                    continue  # found without the joins the cheap tests asked for
                r = ACTION_RANK[f.action]
                if all(rank[i] >= r for i in range(start, end) if not text[i].isspace()):
                    continue  # every piece already flagged at least as strongly
                if self._explained(f, r, start, end, [c for c in inside if start < c[0] and c[1] <= end],
                                   findings, text):
                    continue
                nstart, nend = _normalised_bounds(doc, start, end)
                added.append(Finding(f.type, start, end, f.action, f.score, f.reason + "（改行をまたぐ値）",
                                     f.extra, nstart, nend))
        if not added:
            return findings
        return _merge_same_type(findings + added)

    @staticmethod
    def _may_split_a_value(doc: Document, a: int, b: int, left: Optional[Finding],
                           right: Optional[Finding], token_at: Callable) -> bool:
        """Cheap tests that keep the second look rare (a roster has a line break on every
        line): is the line break text[a:b] possibly inside a value the normal pass missed?"""
        text = doc.original
        if left and right:
            return False  # between two values already found
        if left and left.type not in OPEN_ENDED_TYPES and left.action == "block":
            return False  # a complete number, e-mail or date ends the line
        if _DATE_STARTS_LINE.match(text, b) or _ITEM_STARTS_LINE.match(text, b):
            # the next line opens with a date (12/30 …) or an item's mark (一 校歌斉唱, ・…, (2) …): a new row of a list,
            # not a value's tail
            return False
        if _two_rows_of_a_table(text, a, b):
            return False  # …,19,110⏎0002847719,…: the break between two rows of a CSV, not inside a cell
        if _ROW_LABEL_LINE.match(text, b) and _ROW_LABEL_LINE.match(text, text.rfind("\n", 0, a - 1) + 1):
            return False  # 1-2　中央公民館 前　千代田町二丁目⏎2-1　総社公民館…: each line opens with its row's number
        l, r = text[a - 1], text[b]
        ascii_pair = bool(_ASCII_VALUE_CHAR.match(l) and _ASCII_VALUE_CHAR.match(r))
        if not ascii_pair and any(g and g.action == "block" and g.type not in PIECEWISE_TYPES for g in (left, right)):
            return False  # a blocked name or number beside a word of another script
        if ascii_pair:
            # letters only on both sides are two words (「build⏎return」), not a broken value,
            # which has digits or the punctuation of addresses and keys
            left_token = _ASCII_TOKEN_END.search(text, max(0, a - 64), a)
            right_token = _ASCII_TOKEN_START.match(text, b)
            if "@" in left_token.group() and "@" in right_token.group():
                return False  # a mail address on each line (a list of addresses), not one address broken in two
            if _WHOLE_EMAIL.fullmatch(right_token.group()) and any(c.isupper() for c in left_token.group()):
                # a capitalised word before a whole address on the next line (a signature's Ellingham-Cho⏎
                # m.ellingham.cho@…, a country's UK⏎…): a name or a word, not the head of the address's local part
                return False
            return bool(_VALUE_PUNCT_OR_DIGIT.search(left_token.group() + right_token.group()))
        if _DIGIT.match(l) or _DIGIT.match(r):
            return True
        if _MARKING_CHAR.search(text, max(0, a - 3), a) or _MARKING_CHAR.search(text, b, b + 3):
            return True
        # Kana and kanji on both sides: only if an address goes on, a name or a place ends or
        # starts at the break, or a word was cut in two there (前橋市大⏎手町: a one-letter piece on each side), as the
        # normal pass's tokens show (山田⏎花子さん).
        if l in _ADDRESS_END or r in _ADDRESS_UNIT:
            return True  # 前橋市⏎朝日町…, 朝日⏎町三丁目…
        if _FORM_FIELD_LINE.match(text, b) and _FORM_FIELD_LINE.match(text, text.rfind("\n", 0, a - 1) + 1):
            return False  # a form's field on each line (世帯主　前橋 太郎⏎続柄　本人): the next field, not the name's tail
        pieces = [token_at(doc.norm.normalised_span(i)[0]) for i in (a - 1, b)]
        if any(t is not None and (t.is_person_name or t.is_place_name) for t in pieces):
            return True
        return all(t is not None and t.end - t.start == 1 and _CJK_LETTER.match(t.surface) for t in pieces)

    @staticmethod
    def _explained(f: Finding, r: int, start: int, end: int, crossed, findings, text: str) -> bool:
        """True if every break `f` crosses has, on one side, a value of f's type the normal
        pass flagged at least as strongly: 「角田 博之⏎携帯」 is a name and a label, not a
        longer name. Exceptions: an ASCII token broken mid-word (t.yamada⏎1985@gmail.com,
        a password's tail), and addresses and markings, whose pieces are flagged on their
        own (前橋市⏎朝日町三丁目…, 前橋市朝日町三丁目⏎28番3号, 【部外⏎秘】: a flagged piece is not
        the whole)."""
        if f.type in PIECEWISE_TYPES:
            return False
        same = [g for g in findings if g.type == f.type and ACTION_RANK[g.action] >= r and g.start < end and start < g.end]
        if not same:
            return False
        for a, b in crossed:
            if _ASCII_VALUE_CHAR.match(text, a - 1) and _ASCII_VALUE_CHAR.match(text, b):
                return False  # an ASCII token broken mid-word (e-mail, key): its pieces are one value
            left = any(g.start < a <= g.end for g in same)
            right = any(g.start <= b < g.end for g in same)
            if not (left or right):
                return False
        return True

    # -- policy -----------------------------------------------------------------------
    def action_for(self, candidate: Candidate) -> Optional[str]:
        """The action evidence of this strength earns, or None to drop it."""
        configured = self.policy.action_for(candidate.type)
        if candidate.score < WARN:
            return None
        if configured == "allow":
            action = "allow"
        elif candidate.score >= BLOCK:
            action = configured
        else:
            action = "warn"
        if self.policy.mode == "monitor" and action == "block":
            action = "warn"
        return action

    def _decide(self, doc: Document) -> list[Finding]:
        # Allowlisted public values, and our own placeholders: a redacted text sent again
        # (「<氏名>,<個人番号>」 under a 氏名 column) must not be flagged for its placeholders.
        allowed = _Coverage(len(doc.text), self._allowlisted(doc))
        allowed.add_all(m.span() for m in _PLACEHOLDER_RX.finditer(doc.text))
        allowed.add_all(m.span() for m in _NUMBERED_RX.finditer(doc.text))  # 〔氏名1〕 (issue 14)
        best: dict[tuple[str, int, int], Finding] = {}
        actions: dict[tuple[str, float], Optional[str]] = {}  # thousands of findings, few kinds
        for c in doc.candidates:
            if c.end <= c.start or c.type not in TYPES:
                continue
            if allowed.touches(c.start, c.end):
                continue
            kind = (c.type, c.score)
            action = actions[kind] if kind in actions else actions.setdefault(kind, self.action_for(c))
            if action is None:
                continue
            start, end = doc.norm.span(c.start, c.end)
            if end <= start:
                continue
            key = (c.type, start, end)
            f = Finding(c.type, start, end, action, c.score, c.reason, dict(c.extra) if c.extra else {},
                        c.start, c.end)
            if key not in best or _stronger(f, best[key]):
                best[key] = f
        return _merge_same_type(list(best.values()))

    def _allowlisted(self, doc: Document) -> list[tuple[int, int]]:
        """The policy's allowlisted spans in the document, searched for once per document (the
        policy, the repeats and the phone detector's city block all ask: 11 patterns over the
        whole text each time). Kept on the document, which lives as long as the request."""
        spans = getattr(doc, "_allowlisted", None)
        if spans is None:
            spans = doc._allowlisted = self.policy.allowlisted_spans(doc.text)  # type: ignore[attr-defined]
        return spans

    def _add_repeats(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        """Every other occurrence of a flagged value is flagged too (a name said twice)."""
        flagged = [f for f in findings if f.action != "allow"]
        if not flagged:
            return findings
        values = [doc.text[f.nstart:f.nend].strip() for f in flagged]
        # the given name of a flagged full name said again alone (松岡 心愛 … 心愛さん), and a kana name's parts
        # in the other kana (おぎの そうた … ソウタが, たけい ひな … ヒナさん)
        given = _name_parts(flagged, values)
        spelled, surnames = _kana_readings(doc, flagged, values, given)
        giving_way = _weak_names_inside(doc.text, findings, spelled)
        if giving_way:
            findings = [f for f in findings if id(f) not in giving_way]
            kept = [(f, v) for f, v in zip(flagged, values) if id(f) not in giving_way]
            flagged, values = [f for f, _ in kept], [v for _, v in kept]
        # (the same person's other writings beside a found name: ឈឹម សុវណ្ណារី(Chhim Sovannary/チム・ソワンナリー))
        also = _aliases_of(doc, flagged, findings)
        if also:
            findings = findings + also
            flagged, values = flagged + also, values + [doc.text[f.nstart:f.nend] for f in also]
        taken = [(f.nstart, f.nend) for f in findings] + self._allowlisted(doc)
        covered = _Coverage(len(doc.text), taken)
        free = FreeText(doc.text, taken)  # each value searched for in what is not taken yet, once
        seen_values = set()
        extra: list[Finding] = []
        # the same value written again without its spaces or middle dots (王 建华 → 王建华,
        # ワン・ジェンホア → ワンジェンホア): searched for as well
        variants = {}
        for f, value in zip(flagged, values):
            # (an identifier's hyphens too — 4271-583926 → 4271583926 —, not a phone's: the phone
            # detector reads every writing of a number, and a roster holds hundreds)
            compact = _VALUE_SEPARATORS.sub("", value)
            if f.type != "PHONE_NUMBER" and "-" in compact and _ID_WITH_HYPHENS.fullmatch(compact):
                compact = compact.replace("-", "")
            if compact != value and len(compact) >= MIN_VARIANT_LENGTH and compact not in variants:
                variants[compact] = f
            # (an address's lot quoted again alone — 前橋市南町1-8-15 … 「1-8-15」が, 関根町二丁目654番地7 … 654番地7との境界,
            # 三俣町二丁目7の15 … 二丁目7の15の木村です — is that home's number)
            lot = _LOT_TAIL.search(value) if f.type == "JP_ADDRESS" else None
            if lot and lot.start() > 0 and lot.group() not in variants:
                variants[lot.group()] = f
        found = free.occurrences_of({v for v in values if len(v) >= MIN_REPEAT_LENGTH} | set(variants) | set(given)
                                    | set(spelled) | set(surnames))
        for f, value in zip(flagged, values):
            if len(value) < MIN_REPEAT_LENGTH or (f.type, value) in seen_values:
                continue
            seen_values.add((f.type, value))
            at = found[value]
            if f.type == "PERSON" and len(value) <= 3 and not value.isascii():
                # (a short name part — 心愛 of 松岡 心愛, said again as 心愛さん — with kanji on both sides is inside a longer
                # word, no mention: 中心愛護会; one side is how names are glued to labels and suffixes: 申請人李秀英は, 石関姓)
                at = [p for p in at if not _inside_kanji(doc.text, p, p + len(value))]
            extra += _repeats_of(doc, f, value, at, covered, "同じ値の繰り返し")
            if f.type == "CREDENTIAL" and len(value) >= 2 * MIN_SECRET_FRAGMENT:
                extra += self._secret_fragments(doc, f, value, covered)
        for compact, f in variants.items():
            extra += _repeats_of(doc, f, compact, found[compact], covered, "同じ値の別の書き方")
        # (a whole reading before its parts: いしざかまさとさん is masked whole, not as いしざか + a given name)
        for form, f in spelled.items():
            at = [p for p in found[form] if _spelled_alone(doc.text, p, p + len(form))]
            extra += _repeats_of(doc, f, form, at, covered, "同じ名の読み")
        for form, f in surnames.items():
            # (a family name's reading alone only as someone is called or names themselves: なかじまさん, やなぎさわです —
            # なかじまの公園 is a park)
            # (once someone is called so, the reading standing alone elsewhere is them too: やなぎさわです、やなぎさわ、)
            if any(_called_by_reading(doc.text, p, p + len(form)) for p in found[form]):
                at = [p for p in found[form] if _spelled_alone(doc.text, p, p + len(form))]
                extra += _repeats_of(doc, f, form, at, covered, "同じ名の読み")
        for g, f in given.items():
            at = [p for p in found[g] if _said_alone(doc.text, p, p + len(g))]
            extra += _repeats_of(doc, f, g, at, covered, "同じ名の繰り返し")
        extra += _dates_rewritten(doc, flagged, covered) + _numbers_rewritten(doc, flagged, covered)
        extra += _sibling_lots(doc, flagged, covered) + _buildings_beside(doc, flagged, covered)
        extra += _kin_names(doc, flagged, values, covered)
        return findings + extra

    @staticmethod
    def _secret_fragments(doc: Document, f: Finding, value: str, covered) -> list[Finding]:
        """The front part of a flagged secret quoted elsewhere (「…の前半 sk-proj-8fKq2LmZ だけ残した」):
        at least MIN_SECRET_FRAGMENT characters of its start, not inside a longer token."""
        text, out = doc.text, []
        head = value[:MIN_SECRET_FRAGMENT]
        pos = text.find(head)
        while pos != -1:
            end = pos + MIN_SECRET_FRAGMENT
            while end < len(text) and end - pos < len(value) and text[end] == value[end - pos]:
                end += 1
            if not covered.touches(pos, end) and not (pos and text[pos - 1].isalnum()) \
                    and not (end < len(text) and text[end].isalnum() and text[end].isascii()) \
                    and not _VENDOR_PREFIX.fullmatch(text, pos, end):
                start_o, end_o = doc.norm.span(pos, end)
                out.append(Finding(f.type, start_o, end_o, f.action, f.score,
                                   "秘密の値の一部（" + f.reason + "）", dict(f.extra), pos, end))
                covered.add(pos, end)
            pos = text.find(head, end)
        return out

    # -- mask and restore (issue 14) ---------------------------------------------------------
    def _masked(self, regions: list) -> list[dict]:
        """The regions `redacted_text` replaced (every occurrence, repeats included: see
        `_non_overlapping`), with their type and how the policy lets them be masked: the
        extension numbers them (〔氏名1〕) and keeps the values in the tab. Offsets are code
        points of the request's text."""
        masking: dict[str, str] = {}  # few types, hundreds of regions in a roster
        for r in regions:
            if r.type not in masking:
                masking[r.type] = self.policy.masking_for(r.type)
        return [{"type": r.type, "start": r.start, "end": r.end, "masking": masking[r.type]} for r in regions]


def _aliases_of(doc: Document, flagged: list[Finding], findings: list[Finding]) -> list[Finding]:
    """The other writings of each flagged name beside it, as flagged as it is: in the brackets beside it
    (service.aliases), and its reading or its katakana in the next cell (_readings_beside)."""
    # (a mail address only as someone's own, blocked: a desk's, helpdesk@…(Help Desk), spells its name too)
    people = [f for f in flagged if f.type == "PERSON" or (f.type == "EMAIL_ADDRESS" and f.action == "block")]
    if not people:
        return []
    covered = _Coverage(len(doc.text), [(f.nstart, f.nend) for f in findings])
    out = []
    for f in people if "(" in doc.text else ():
        person = f.type == "PERSON"
        for s, e in aliases(doc.text, f.nstart, f.nend) if person else owners_of_address(doc.text, f.nstart, f.nend):
            if covered.touches(s, e):
                continue
            start_o, end_o = doc.norm.span(s, e)
            why = "同じ人の別の表記（" + f.reason + "）" if person else "メールアドレスの持ち主の氏名（" + f.reason + "）"
            out.append(Finding("PERSON", start_o, end_o, f.action, f.score, why, dict(f.extra) if person else {}, s, e))
            covered.add(s, e)
    return out + _readings_beside(doc, flagged, covered)


def _found_beside(doc: Document, f: Finding, s: int, e: int, why: str) -> Finding:
    """A finding at text[s:e] of the same type and action as the flagged finding `f` it was found by."""
    start_o, end_o = doc.norm.span(s, e)
    return Finding(f.type, start_o, end_o, f.action, f.score, why + "（" + f.reason + "）", dict(f.extra), s, e)


def _readings_beside(doc: Document, flagged: list[Finding], covered) -> list[Finding]:
    """A flagged kanji full name's reading in the next cell of its row (大舘 湊翔　おおだて みなと): a roster's
    reading column, read by the writer's own reading of the name, which the dictionary may not know (湊翔). The
    first kana of the family name's reading must agree with the dictionary's."""
    reading = getattr(doc._analyser, "reading", None)
    out: list[Finding] = []
    if reading is None:
        return out
    for f in flagged:
        if f.type != "PERSON":
            continue
        parts = doc.text[f.nstart:f.nend].split()
        latin = len(parts) >= 2 and all(p.isascii() and p.isalpha() for p in parts)
        beside = reading_beside(doc.text, f.nend, latin) if latin or len(parts) == 2 and _HAS_KANJI.search(parts[0]) else None
        if beside is None or covered.touches(beside[0], beside[1]):
            continue
        said = reading(parts[0]) if not latin else ""
        if not latin and (not said or _other_kana(beside[2][0]) != said[0] and beside[2][0] != said[0]):
            continue
        out.append(_found_beside(doc, f, beside[0], beside[1], "同じ人の読み"))
        covered.add(beside[0], beside[1])
    return out


def _weak_names_inside(text: str, findings: list[Finding], spelled: dict) -> set[int]:
    """The findings (by id) of names only warned about that lie inside a flagged name's whole reading said again
    (いしざか まさと after 石坂雅人さん, where the judge found まさと alone): they give way to the reading, masked whole."""
    weak = [f for f in findings if f.type == "PERSON" and f.action == "warn"]
    out: set[int] = set()
    if not weak or not spelled:
        return out
    for form in spelled:
        pos = text.find(form)
        while pos != -1:
            out.update(id(f) for f in weak if pos <= f.nstart and f.nend <= pos + len(form))
            pos = text.find(form, pos + len(form))
    return out


def _rewritten_at(doc: Document, f: Finding, pos: int, end: int, covered) -> Finding:
    start_o, end_o = doc.norm.span(pos, end)
    covered.add(pos, end)
    return Finding(f.type, start_o, end_o, f.action, f.score, "同じ値の別の書き方（" + f.reason + "）", dict(f.extra), pos, end)


def _dates_rewritten(doc: Document, flagged: list[Finding], covered) -> list[Finding]:
    """A flagged birth date written again in another form (昭和58年7月22日 … S58.7.22 … 1983/07/22): every
    date of the text that stands for the same day is that person's birth date too."""
    births = [f for f in flagged if f.type == "DATE_OF_BIRTH"]
    if not births:
        return []
    matches = date_matches(doc)
    at = {m.start(): m for m in matches}
    days: dict[tuple, Finding] = {}
    for f in births:
        m = at.get(f.nstart)
        if m is None or m.end() != f.nend:
            m = DATE_RX.search(doc.text, f.nstart, f.nend)
        for day in (date_keys(m) if m else ()):
            days.setdefault(day, f)
    out = []
    for m in matches:
        if covered.touches(*m.span()):
            continue  # (asked first: in a roster nearly every date is a birth date found already)
        f = next((days[d] for d in date_keys(m) if d in days), None)
        if f is not None:
            out.append(_rewritten_at(doc, f, m.start(), m.end(), covered))
    return out


# a full name of a kanji or kana surname, a space and a given name of two to four characters
_FULL_NAME = re.compile(r"(?P<s>[一-龥々ぁ-んァ-ヶー]{1,5})[ 　](?P<g>[一-龥々ぁ-んァ-ヶー]{2,4})")
# a foreign name in katakana with a dot between its parts; the last part (three kana or more) as its given name
_DOTTED_KATAKANA_NAME = re.compile(r"[ァ-ヺー]{1,8}(?:・[ァ-ヺー]{1,8}){0,2}・(?P<g>[ァ-ヺー]{3,8})")
_ROOM_AT_END = re.compile(r"(?<![0-9])[0-9]{2,4}号室$")
_LOT_AT_END = re.compile(r"(?<![0-9\-])[0-9]{2,4}(?:-[0-9]{1,4}){1,2}$")
_LATIN_FULL_NAME = re.compile(r"(?P<g>[A-Z][a-z'’\-]{2,})[ ](?P<s>(?:[DO]['’])?[A-Z][a-z'’\-]{2,})")
_KANA_PART = re.compile(r"[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,6}")
_HONORIFIC_AFTER = re.compile(r"さん|くん|ちゃん|様|さま|君")
# where a name said alone may end without an honorific: a particle, a bracket, punctuation, a blank
_BARE_NAME_END = re.compile(r"[がはのにをともへやで、。，,）)」』\s]|$")
_NAME_CHAR = re.compile(r"[一-龥々ぁ-んァ-ヶー]")
_KANA_SHIFT = ord("ァ") - ord("ぁ")


def _other_kana(word: str) -> str:
    """The word in the other kana (そうた ↔ ソウタ); ー and characters without a counterpart kept."""
    if "ぁ" <= word[0] <= "ゖ":
        return "".join(chr(ord(c) + _KANA_SHIFT) if "ぁ" <= c <= "ゖ" else c for c in word)
    return "".join(chr(ord(c) - _KANA_SHIFT) if "ァ" <= c <= "ヶ" else c for c in word)


# a two-word name in a script written without spaces between words (Thai, Lao, Burmese, Khmer), and the shortest part of
# it looked for again (shorter ones are syllables of other words)
_UNSPACED_SCRIPT_LETTER = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_UNSPACED_SCRIPT_NAME = re.compile(r"([\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+) ([\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+)")
MIN_UNSPACED_PART = 4


def _name_parts(flagged: list[Finding], values: list[str]) -> dict[str, Finding]:
    """What a flagged full name may be called again alone: its given name (a dotted katakana name's last part too),
    a family name of three kana or more, and each kana part in the other kana; and the room or the lot at the end of
    a flagged address (広瀬団地14号棟305号室 … 305号室を訪問)."""
    parts: dict[str, Finding] = {}
    for f, value in zip(flagged, values):
        room = _ROOM_AT_END.search(value) if f.type == "JP_ADDRESS" else None
        if room:
            parts.setdefault(room.group(), f)
        lot = _LOT_AT_END.search(value) if f.type == "JP_ADDRESS" else None
        if lot:
            # (伊勢崎市今泉町2781-6 … 「2781-6」と「2781番地6」: the lot of a flagged address quoted alone)
            parts.setdefault(lot.group(), f)
        latin = _LATIN_FULL_NAME.fullmatch(value) if f.type == "PERSON" else None
        if latin:
            # Lucia Rodriguez … Please call Lucia … Emma Rodriguez (her daughter): each part of a flagged name
            # in Latin letters, as a word of its own (_repeats_of keeps it out of longer words)
            parts.setdefault(latin.group("g"), f)
            parts.setdefault(latin.group("s"), f)
            continue
        unspaced = _UNSPACED_SCRIPT_NAME.fullmatch(value) if f.type == "PERSON" else None
        if unspaced:
            # คุณทานากะ ฮิโรชิ … เมื่อวานคุณทานากะโทรมา: Thai, Lao, Khmer and Burmese put no space between words, so a part
            # of a flagged name in those scripts said again is joined to the words around it
            for part in unspaced.groups():
                if len(part) >= MIN_UNSPACED_PART:
                    parts.setdefault(part, f)
            continue
        dotted = _DOTTED_KATAKANA_NAME.fullmatch(value) if f.type == "PERSON" else None
        if dotted:
            # リー・ミンジュン … ミンジュンと面談: the given part of a foreign name in katakana, said again alone
            parts.setdefault(dotted.group("g"), f)
            continue
        m = _FULL_NAME.fullmatch(value) if f.type == "PERSON" else None
        if not m:
            continue
        parts.setdefault(m.group("g"), f)
        if len(m.group("s")) >= 3 and _KANA_PART.fullmatch(m.group("s")):
            parts.setdefault(m.group("s"), f)  # (くるす あおい … くるす の保護者: a family name in kana, said again alone)
        for part in (m.group("s"), m.group("g")):
            if _KANA_PART.fullmatch(part):
                parts.setdefault(_other_kana(part), f)
    return parts


# the kanji names of a scan whose readings are looked up (a roster of hundreds: the first ones only, as
# a reading spelled out in kana belongs to a call or a memo about a few people)
MAX_READ_NAMES = 16
MIN_READING = 3
_NAME_PART = re.compile(r"[一-龥々ぁ-んァ-ヶー]+")
_HAS_KANJI = re.compile(r"[一-龥々]")


def _kana_readings(doc: Document, flagged: list[Finding], values: list[str],
                   given: dict) -> tuple[dict[str, Finding], dict[str, Finding]]:
    """A flagged kanji name spelled out in kana (石坂雅人さん。読みは、いしざか まさと — a call transcribed, a
    memo giving the reading; 柳沢 恭子 … やなぎさわです): its whole reading (joined, or parted by a space, 、 or ・), and
    its family name's reading of three kana or more (to be asked more of: an honorific or です after it), are
    returned to be searched for; the given name's reading joins `given`, the parts said alone. The dictionary's
    readings, looked up only for the first few names."""
    reading = getattr(doc._analyser, "reading", None)
    out: dict[str, Finding] = {}
    surnames: dict[str, Finding] = {}
    if reading is None:
        return out, surnames
    names = [(f, v) for f, v in zip(flagged, values) if f.type == "PERSON" and _HAS_KANJI.search(v)]
    for f, value in names[:MAX_READ_NAMES]:
        parts = _name_split(doc, f, value)
        if not 1 <= len(parts) <= 2 or not all(_NAME_PART.fullmatch(p) for p in parts):
            continue
        kata = [reading(p) if _HAS_KANJI.search(p) else _other_kana(p) if "ぁ" <= p[0] <= "ゖ" else p for p in parts]
        if not all(_KATAKANA_READING.fullmatch(k) for k in kata):
            continue
        if not any(k[:2] in doc.text or _other_kana(k[:2]) in doc.text for k in kata):
            continue  # (no part's reading even begins anywhere: nothing to search for — a roster's hundred names)
        for n, (p, k) in enumerate(zip(parts, kata) if len(parts) == 2 else ()):
            if len(k) >= MIN_READING and _HAS_KANJI.search(p):
                part_forms = surnames if n == 0 else given
                part_forms.setdefault(k, f)
                part_forms.setdefault(_other_kana(k), f)
        whole = [sep.join(kata) for sep in ("", " ", "、", "・")] if len(parts) == 2 else kata
        for form in whole:
            if len(form) >= MIN_READING + 1:
                out.setdefault(form, f)
                out.setdefault(_other_kana(form), f)
    return out, surnames


# how a child, a parent or a sibling is spoken of right after their name (星野陽向の母です, 星野湊くん)
_KIN_AFTER = "(?:の(?:母|父|祖母|祖父|兄|姉|弟|妹|保護者|家族)|さん|くん|ちゃん|君|[(])"
_KANJI_SURNAME = re.compile(r"[一-龥々]{2,3}")
# a title or an office after a family name (星野市長, 星野先生, 星野家): no given name
_NOT_KIN_GIVEN = re.compile(r".*[長員家氏殿様官師士者]$")


def _kin_names(doc: Document, flagged: list[Finding], values: list[str], covered) -> list[Finding]:
    """A flagged kanji full name's family name written again with another given name, and that person spoken of as
    a family member is (ひよこ組の星野陽向の母です … 兄の星野湊（小2）): the dictionary cuts such a given name into pieces."""
    by_surname: dict[str, Finding] = {}
    for f, value in zip(flagged, values):
        parts = _name_split(doc, f, value) if f.type == "PERSON" else []
        if len(parts) == 2 and _KANJI_SURNAME.fullmatch(parts[0]):
            by_surname.setdefault(parts[0], f)
    if not by_surname:
        return []
    # (one pass for every family name: a roster flags hundreds)
    rx = re.compile("(?P<s>" + "|".join(map(re.escape, sorted(by_surname, key=len, reverse=True)))
                    + r")(?P<g>[一-龥々]{1,3})(?=" + _KIN_AFTER + ")")
    out: list[Finding] = []
    for m in rx.finditer(doc.text):
        a, e = m.span()
        # (the family name alone may be flagged already, as a repeat: the given name after it is what is left)
        if covered.touches(m.start("g"), e) or (a and _KANJI_CHAR.match(doc.text, a - 1)) or _NOT_KIN_GIVEN.match(m.group("g")):
            continue
        f = by_surname[m.group("s")]
        start_o, end_o = doc.norm.span(a, e)
        out.append(Finding(f.type, start_o, end_o, f.action, f.score, "同じ姓の家族の氏名（" + f.reason + "）",
                           dict(f.extra), a, e))
        covered.add(a, e)
    return out


# a parcel's lot (642番3, 1183番地の5) and a flat's room (208号室), written as a flagged address's tail is
# (and the old lots of a village, 甲1040番地 beside 大洞甲1031番地の2, 乙45-2 beside 甲712)
_LOT_SHAPES = (re.compile(r"(?<![0-9０-９A-Za-z\-‐])[甲乙丙丁]?[0-9]{1,5}番地(?:の?[0-9]{1,4})?(?![0-9号])"),
               re.compile(r"(?<![0-9０-９A-Za-z\-‐])[甲乙丙丁]?[0-9]{1,5}番の?[0-9]{1,4}(?![0-9号])"),
               re.compile(r"(?<![0-9０-９A-Za-z\-‐一-龥])[甲乙丙丁][0-9]{1,5}(?:[-‐][0-9]{1,4})?(?![0-9番号\-‐])"),
               re.compile(r"(?<![0-9０-９A-Za-z\-‐])[0-9]{2,4}号室"))


# 同 / 同字 / 同町 right before a lot: the same town as the address said before it
_SAME_PLACE_BEFORE = re.compile(r"同(?:字|町|所|番地|団地|棟)?[ 　]?$")


def _sibling_lots(doc: Document, flagged: list[Finding], covered) -> list[Finding]:
    """The neighbouring parcels and flats of a flagged address (土地所有者 増田（642番3）beside 西浦 642番1; 相手方：同 208号室
    beside 12号棟 108号室): in a dispute or a survey both parties' lots are said, the second often without its town, which
    the first gave. Only lots of the shape the flagged address ends with, said after 同 or on a line that names a flagged
    person (a vacant flat, 1305号室は空室, is nobody's), each masked as that address is."""
    out: list[Finding] = []
    named_lines = None
    for shape in _LOT_SHAPES:
        f = next((f for f in flagged if f.type == "JP_ADDRESS" and shape.search(doc.text, f.nstart, f.nend)), None)
        if f is None:
            continue
        if named_lines is None:
            named_lines = {doc.text.rfind("\n", 0, p.nstart) + 1 for p in flagged if p.type == "PERSON"}
        lots = [m for m in shape.finditer(doc.text) if not covered.touches(m.start(), m.end())]
        # (a lot said so once is that party's wherever it is said again: 642番1 と 642番3 の境界 before 増田（642番3）)
        theirs = {m.group() for m in lots if doc.text.rfind("\n", 0, m.start()) + 1 in named_lines
                  or _SAME_PLACE_BEFORE.search(doc.text, max(0, m.start() - 4), m.start())}
        for m in lots:
            if m.group() in theirs:
                out.append(_found_beside(doc, f, m.start(), m.end(), "隣の地番・部屋番号"))
                covered.add(m.start(), m.end())
    return out


# the next cell or field after an address (a CSV's comma, a tab, a sheet's "C2: " on the next line), holding a building's
# name and a room: an export that keeps 建物名 in a column of its own (前橋市昭和町2-11-6 ⏎ C2: ハイツ昭和303)
_NEXT_CELL = re.compile(r"[ \t]*(?:[,\t|]|\n[ \t]*(?:[A-Z]{1,2}[0-9]{1,4}[ \t]*[:：=]|[^\n:：]{1,8}[:：]))[ \t\"']*")
_BUILDING_CELL = re.compile(r"(?:[一-龥ァ-ヶー々]{0,10}(?:ハイツ|コーポ|メゾン|マンション|アパート|レジデンス|ハイム|ヴィラ|荘|パレス)"
                            r"|(?:ハイツ|コーポ|メゾン|レジデンス|ハイム|ヴィラ)[一-龥ァ-ヶー々]{1,10})[ ]?(?:[A-Z]棟)?[ ]?[0-9]{2,4}(?:号室?)?"
                            r"(?![0-9])")


def _buildings_beside(doc: Document, flagged: list[Finding], covered) -> list[Finding]:
    """The building and room in the cell right after a flagged address (the address's own home, split by the export)."""
    out: list[Finding] = []
    for f in flagged:
        if f.type != "JP_ADDRESS":
            continue
        gap = _NEXT_CELL.match(doc.text, f.nend)
        m = _BUILDING_CELL.match(doc.text, gap.end()) if gap else None
        if m is None or covered.touches(m.start(), m.end()):
            continue
        out.append(_found_beside(doc, f, m.start(), m.end(), "住所の建物名・部屋番号"))
        covered.add(m.start(), m.end())
    return out


def _name_split(doc: Document, f: Finding, value: str) -> list[str]:
    """The parts of a flagged name: at its space, or — written without one (石坂雅人) — after the token
    the dictionary reads as a surname."""
    parts = value.split()
    if len(parts) != 1 or doc.text[f.nstart:f.nend] != value:
        return parts
    starts = doc.token_starts
    i = bisect_left(starts, f.nstart)
    toks = doc.tokens
    if i < len(toks) and toks[i].start == f.nstart and toks[i].end < f.nend and toks[i].pos[3] == "姓":
        cut = toks[i].end - f.nstart
        return [value[:cut], value[cut:]]
    return parts


_KATAKANA_READING = re.compile(r"[ァ-ヶー]{2,}")


def _spelled_alone(text: str, pos: int, end: int) -> bool:
    """A name's whole reading at text[pos:end] is a word of its own: no kana or kanji joined before it,
    and an honorific, a particle, punctuation or the end after it."""
    if pos and _NAME_CHAR.match(text, pos - 1):
        return False
    return _HONORIFIC_AFTER.match(text, end) is not None or _BARE_NAME_END.match(text, end) is not None


_CALLED_AFTER = re.compile(r"さん|くん|ちゃん|様|さま|君|です|と申します|といいます|と言います")


def _called_by_reading(text: str, pos: int, end: int) -> bool:
    return not (pos and _NAME_CHAR.match(text, pos - 1)) and _CALLED_AFTER.match(text, end) is not None


def _said_alone(text: str, pos: int, end: int) -> bool:
    """A name part at text[pos:end] stands alone: no kanji or kana joined before it, and an honorific
    after it — or, for a kana part of three or more, the end of a word (ソウタが, not ソウタロウ); a room
    number with no digit before it (not 1305号室 for 305号室)."""
    if text[pos].isascii():
        return True  # (a Latin part: a word of its own is enough, and _repeats_of sees to that)
    if _UNSPACED_SCRIPT_LETTER.match(text, pos):
        return True  # (a part in a script written without spaces between words: wherever it is said)
    if pos and _NAME_CHAR.match(text, pos - 1):
        return False
    if text.endswith("号室", pos, end):
        return not (pos and text[pos - 1].isdigit())
    if _HONORIFIC_AFTER.match(text, end):
        return True
    return end - pos >= 3 and _KANA_PART.fullmatch(text, pos, end) is not None and _BARE_NAME_END.match(text, end) is not None


# a flagged identifier written again with other separators or in full width (5120-304817 → ５１２０ ３０４８１７,
# 0002719384 → 0002 719 384): runs of digits with single separators, read by their digits
_DIGIT_RUN = re.compile(r"(?<![0-9])[0-9](?:[ \-‐.]?[0-9]){5,}(?![0-9])")
_NUMBER_TYPES = frozenset(t for t, info in TYPES.items() if info.classification == "I") - {
    "PERSON", "JP_ADDRESS", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER"}
MIN_REWRITTEN_DIGITS = 6


def _numbers_rewritten(doc: Document, flagged: list[Finding], covered) -> list[Finding]:
    """Every run of digits (or a space-separated stretch of one) whose digits are a flagged identifier's."""
    numbers: dict[str, Finding] = {}
    for f in flagged:
        if f.type in _NUMBER_TYPES:
            digits = "".join(c for c in doc.text[f.nstart:f.nend] if c.isdigit())
            if len(digits) >= MIN_REWRITTEN_DIGITS:
                numbers.setdefault(digits, f)
    if not numbers:
        return []
    out = []
    for m in _DIGIT_RUN.finditer(doc.text):
        # (a run may glue two numbers written with a space between: each stretch of its space-separated
        # groups is asked, at most a few groups long)
        groups = [(g.start(), g.end()) for g in re.finditer(r"[^ ]+", m.group())]
        for i in range(len(groups)):
            for j in range(i, min(len(groups), i + 6)):
                pos, end = m.start() + groups[i][0], m.start() + groups[j][1]
                f = numbers.get("".join(c for c in doc.text[pos:end] if c.isdigit()))
                if f is not None and not covered.touches(pos, end):
                    out.append(_rewritten_at(doc, f, pos, end, covered))
    return out


def _inside_kanji(text: str, pos: int, end: int) -> bool:
    return pos > 0 and end < len(text) and _KANJI_CHAR.match(text, pos - 1) is not None and _KANJI_CHAR.match(text, end) is not None


_KANJI_CHAR = re.compile(r"[一-龥々〆ヶ]")


def _repeats_of(doc: Document, f: Finding, value: str, starts: list[int], covered, why: str) -> list[Finding]:
    """A finding like f at each start of `value` not yet covered and not inside a longer token."""
    out = []
    for pos in starts:
        end = pos + len(value)
        if covered.touches(pos, end) or _inside_a_longer_token(doc.text, pos, end):
            continue
        start_o, end_o = doc.norm.span(pos, end)
        out.append(Finding(f.type, start_o, end_o, f.action, f.score, why + "（" + f.reason + "）", dict(f.extra), pos, end))
        covered.add(pos, end)
    return out


def _two_rows_of_a_table(text: str, a: int, b: int) -> bool:
    """The lines either side of the break text[a:b] hold the same number (two or more) of one cell delimiter (a
    comma or a tab): two whole rows of a CSV or a TSV (a row broken inside a cell leaves its cells on two lines, and
    neither line has them all)."""
    before = text[text.rfind("\n", 0, a) + 1:a]
    nl = text.find("\n", b)
    after = text[b:nl if nl != -1 else len(text)]
    return any(before.count(d) >= 2 and after.count(d) == before.count(d) for d in (",", "\t"))


def _inside_a_longer_token(text: str, pos: int, end: int) -> bool:
    """text[pos:end] is a piece of a longer word or number: ASCII letters or digits run on across
    either edge (a My Number inside a 14-digit reference, Ken inside Kent)."""
    return bool((pos and ASCII_ALNUM.match(text, pos - 1) and ASCII_ALNUM.match(text, pos))
                or (end < len(text) and ASCII_ALNUM.match(text, end) and ASCII_ALNUM.match(text, end - 1)))


_DIGITS_ONLY = re.compile(r"[0-9 \-]+")


def _replace_regions(text: str, regions: list) -> str:
    """What Presidio's AnonymizerEngine does with the `replace` operator and its defaults, for
    sorted non-overlapping regions: each region becomes its type's placeholder, and regions
    of one type with only ASCII spaces between them become one placeholder (Presidio's
    `merge_entities_with_spaces`: 「山田 太郎」 → 「<氏名>」, not 「<氏名> <氏名>」). Unlike
    Presidio, whose `^( )+$` also matches spaces before a line break, a line break is kept: a
    list of names one per line stays one placeholder per line. Linear in the text; tests/test_scanner.py checks it against Presidio itself."""
    out, done, last_type = [], 0, None
    for f in regions:
        gap = text[done:f.start]
        if f.type == last_type and gap and not gap.strip(" "):
            done = f.end  # the placeholder already written stands for both
            continue
        out.append(gap)
        out.append(TYPES[f.type].placeholder)
        done, last_type = f.end, f.type
    out.append(text[done:])
    return "".join(out)


# Finding types whose value has no fixed end: a flagged piece may go on past a line break.
OPEN_ENDED_TYPES = frozenset({"PERSON", "JP_ADDRESS", "CONFIDENTIAL_MARKING", "NONPUBLIC_INFO",
                              "SENSITIVE_PERSONAL_INFO", "CREDENTIAL"})
# Types whose pieces are flagged on their own (前橋市, 秘): a flagged piece beside a break
# does not mean the value ends there.
PIECEWISE_TYPES = frozenset({"JP_ADDRESS", "CONFIDENTIAL_MARKING"})
_ADDRESS_END = frozenset("都道府県市区町村郡")
_ADDRESS_UNIT = frozenset("都道府県市区町村郡丁番号")
_CJK_LETTER = re.compile("[\u3041-\u3096\u30a1-\u30fa\u3400-\u9fff\uf900-\ufaff々]")
# a month and a day, or a year and a month, opening a line (12/30 内科 …, 2024/05 …)
_DATE_STARTS_LINE = re.compile(r"[ \t]*[0-9０-９]{1,4}[/／][0-9０-９]{1,2}(?![0-9０-９])")
_ITEM_STARTS_LINE = re.compile("[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}[ \u3000]|[・●○◆◇■□▪※][ \u3000]?|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|"
                               "[①-⑳])")
# a line that opens with a row's number and a space (1-2　中央公民館…, 12 …)
_ROW_LABEL_LINE = re.compile("[ \t\u3000]*[0-9０-９]{1,3}(?:[-‐－][0-9０-９]{1,3})?[ \t\u3000]+(?=\\S)")
# a line that opens with a form's label and a space or a colon after it (続柄　本人, 氏名：…)
_FORM_FIELD_LINE = re.compile("[ \t\u3000]*[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff]{2,8}(?:[ \t\u3000]+|[:：])(?=\\S)")
_DIGIT = re.compile("[0-9０-９〇一二三四五六七八九十]")
_MARKING_CHAR = re.compile("[【】〔〕［］秘]")
_ASCII_TOKEN_END = re.compile(r"[A-Za-z0-9._%+@\-=:/]*\Z")
_ASCII_TOKEN_START = re.compile(r"[A-Za-z0-9._%+@\-=:/]*")
_VALUE_PUNCT_OR_DIGIT = re.compile(r"[0-9@.=/:%+_\-]")
_ASCII_VALUE_CHAR = re.compile(r"[A-Za-z0-9._%+@\-]")
_PLACEHOLDER_RX = re.compile("|".join(sorted(
    (re.escape(normalize(info.placeholder)) for info in TYPES.values()), key=len, reverse=True)))


_NUMBERED_RX = re.compile(NUMBERED_PLACEHOLDER)


class _Coverage:
    """Which positions of the normalised text are taken: O(length) to ask, whatever the
    number of findings (a text of 20,000 markings must not cost 20,000² comparisons)."""

    __slots__ = ("_taken",)

    def __init__(self, length: int, spans=()):
        self._taken = bytearray(length + 1)
        self.add_all(spans)

    def add(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)

    def add_all(self, spans) -> None:
        for s, e in spans:
            self.add(s, e)

    def touches(self, start: int, end: int) -> bool:
        return 1 in self._taken[start:end]  # (a short slice: faster than bytearray.find with bounds)


class _TokenIndex:
    """The normal pass's token covering a normalised offset (built on first use)."""

    __slots__ = ("_doc", "_starts")

    def __init__(self, doc: Document):
        self._doc = doc
        self._starts = None

    def __call__(self, i: Optional[int]):
        if i is None:
            return None
        tokens = self._doc.tokens
        if self._starts is None:
            self._starts = [t.start for t in tokens]
        k = bisect_right(self._starts, i) - 1
        return tokens[k] if k >= 0 and tokens[k].start <= i < tokens[k].end else None


def _rescan_windows(text: str, candidates: list, cuts: list) -> list[list[int]]:
    """The [start, end) windows of text to scan again with the breaks joined: for each kept cut,
    the lines on both sides, merged where they overlap."""
    windows: list[list[int]] = []
    by_end = {c[1]: c for c in candidates}
    by_newline = {}
    for c in candidates:
        i = text.find("\n", c[0], c[1])
        by_newline[i if i >= 0 else text.find("\r", c[0], c[1])] = c
    for a, b in cuts:
        # the lines on both sides, and the lines beyond them while they are joined too
        # (a value broken twice: 前橋市朝⏎日⏎町三丁目…), up to BROKEN_VALUE_WINDOW characters
        ws = a
        for _ in range(4):
            ws = text.rfind("\n", 0, ws) + 1
            prev = by_end.get(ws)
            if not prev or a - prev[0] > BROKEN_VALUE_WINDOW:
                break
            ws = prev[0]
        ws = max(ws, a - BROKEN_VALUE_WINDOW)
        we = b
        for _ in range(4):
            nl = text.find("\n", we)
            we = len(text) if nl < 0 else nl
            nxt = by_newline.get(we)
            if not nxt or nxt[1] - b > BROKEN_VALUE_WINDOW:
                break
            we = nxt[1]
        we = min(we, b + BROKEN_VALUE_WINDOW)
        if windows and ws <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], we)
        else:
            windows.append([ws, we])
    return windows


def _between(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The sorted spans lying inside [start, end)."""
    i = bisect_left(spans, (start, -1))
    j = i
    while j < len(spans) and spans[j][1] <= end:
        j += 1
    return spans[i:j]


def _normalised_bounds(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The normalised span of the original characters [start, end)."""
    nstart = nend = None
    for i in range(start, end):
        s, e = doc.norm.normalised_span(i)
        if s is not None:
            nstart = s if nstart is None else nstart
            nend = e
    if nstart is None:
        nstart = nend = doc.norm.normalised_span(start)[0] or 0
    return nstart, nend


def _stronger(a: Finding, b: Finding) -> bool:
    return (ACTION_RANK[a.action], a.score) > (ACTION_RANK[b.action], b.score)


def _merge_same_type(findings: list[Finding]) -> list[Finding]:
    """Overlapping or touching findings of one type become one finding covering both
    (【秘】【秘】… is one marking, not thousands)."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.type, f.start, -f.end)):
        last = out[-1] if out else None
        if last and last.type == f.type and f.start <= last.end:
            if f.end > last.end:
                last.end, last.nend = f.end, f.nend
            if _stronger(f, last):
                last.action, last.score, last.reason, last.extra = f.action, f.score, f.reason, f.extra
            continue
        out.append(f)
    return out


class _Region:
    """A region to replace: what `_replace_regions`, `_masked` and `_stronger` read of a
    finding. A plain slotted class, not a Finding: a roster has ~300 regions, and the
    dataclass's __init__ (with its default_factory) cost twice as much per region."""

    __slots__ = ("type", "start", "end", "action", "score")

    def __init__(self, type: str, start: int, end: int, action: str, score: float):
        self.type, self.start, self.end, self.action, self.score = type, start, end, action, score


def _non_overlapping(findings: list[Finding]) -> list[_Region]:
    """Regions to replace: overlapping findings merge into one region, named after the
    strongest of them (so nothing flagged survives and placeholders don't nest)."""
    regions: list[_Region] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if regions and f.start < regions[-1].end:
            last = regions[-1]
            strongest = f if _stronger(f, last) else last
            regions[-1] = _Region(strongest.type, last.start, max(last.end, f.end),
                                  strongest.action, strongest.score)
        else:
            regions.append(_Region(f.type, f.start, f.end, f.action, f.score))
    return regions
