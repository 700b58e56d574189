"""The shape every detector follows, after Presidio's PatternRecognizer.

A detector is one small class per finding type: its regex `patterns`, its
`context_words`, a `validate` for check digits, and `analyze`, which returns
`Candidate`s with offsets in the *normalised* text (`Document.text`) and a score.
The scanner maps offsets back to the original, applies the policy and turns scores
into actions with the thresholds in `service.detectors.evidence`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Callable, ClassVar, Iterable, Optional

from ..normalize import NormalizedText
from .fastre import compile_fast, required_literals


# the finding types whose value identifies one person by a number (a name near one is somebody's; a sensitive fact
# in its sentence is that person's)
_ID_TYPES = frozenset(("JP_MY_NUMBER", "JP_RESIDENT_CODE", "JP_DRIVER_LICENSE", "JP_PASSPORT",
                       "JP_RESIDENCE_CARD", "JP_PENSION_NUMBER", "JP_HEALTH_INSURANCE"))


@dataclass
class Candidate:
    """A finding before the policy is applied. Offsets index `Document.text`."""

    type: str
    start: int
    end: int
    score: float
    reason: str  # Japanese, says why (never contains the value itself)
    extra: dict = field(default_factory=dict)  # optional contract fields, e.g. {"article": 5}
    rule: str = ""  # the catalogue rule that found it (service/rules/*.toml), for reports; not sent
    # the finding this one stands on (a sensitive term's named person): when the judge lowers that one to a warning,
    # this one follows (learned.layer); not sent
    support: Optional["Candidate"] = field(default=None, repr=False, compare=False)

    def overlaps(self, other: "Candidate") -> bool:
        return self.start < other.end and other.start < self.end


class Cover:
    """Which characters of a text are taken, for overlap tests in O(span) however many spans
    there are (a list of spans scanned for every match costs the square of a long list)."""

    __slots__ = ("mask",)

    def __init__(self, size: int, spans=()):
        self.mask = bytearray(size + 1)
        for s, e in spans:
            self.add(s, e)

    def add(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)

    def hit(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) != -1


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: str
    score: float  # base score before context and validation
    flags: int = 0
    id: str = ""  # what code that treats patterns differently compares (never the Japanese name)

    def compile(self) -> re.Pattern:
        return compile_fast(self.regex, self.flags)


class Document:
    """One scan's text, shared by all detectors of that scan.

    `tokens` are computed on first use by the morphological analyser the scanner was
    built with, so scans that no detector needs them for pay nothing.
    """

    def __init__(self, original: str, analyser: Optional[Callable[[str], list]] = None,
                 keywords: Iterable = ()):
        self.norm = NormalizedText(original)
        self.text = self.norm.text
        self._analyser = analyser
        self._tokens = None
        self._proper = None
        self._starts = None
        self._lower = None
        self.candidates: list[Candidate] = []  # what earlier detectors found
        self.keywords = tuple(keywords)

    @property
    def lower(self) -> str:
        """The normalised text lower-cased (for case-insensitive gates), computed once."""
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    @property
    def original(self) -> str:
        return self.norm.original

    @property
    def tokens(self) -> list:
        if self._tokens is None:
            self._tokens = self._analyser(self.text) if self._analyser else []
        return self._tokens

    @property
    def proper_nouns(self) -> list[int]:
        """Indices into `tokens` of the proper nouns (名詞-固有名詞: people's, places' and bodies'
        names), ascending, found once per text. The passes that look only at names and places
        (the name detector's candidates, the address detector's places, the learned judge's name
        runs) walk these — a tenth of a roster's tokens, a fiftieth of prose — instead of all of
        them (~0.25 ms a pass). Every part of speech of the dictionary tagged 人名 or 地名 is a
        proper noun (tests/test_nlp.py holds it)."""
        if self._proper is None:
            self._proper = [k for k, t in enumerate(self.tokens) if t.pos[1] == "固有名詞"]
        return self._proper

    @property
    def token_starts(self) -> list[int]:
        """The start offset of every token, ascending, found once per text (for bisecting a text
        offset to its token)."""
        if self._starts is None:
            self._starts = [t.start for t in self.tokens]
        return self._starts

    def found(self, *types: str) -> list[Candidate]:
        return [c for c in self.candidates if c.type in types]

    def window(self, start: int, end: int, before: int = 30, after: int = 30) -> str:
        return self.text[max(0, start - before):start] + "\u0000" + self.text[end:end + after]

    def has_context(self, start: int, end: int, words: Iterable[str],
                    before: int = 30, after: int = 30) -> Optional[str]:
        """The first context word found near [start, end), or None."""
        left = self.text[max(0, start - before):start]
        right = self.text[end:end + after]
        for w in words:
            if w in left or w in right:
                return w
        return None


class Detector:
    """Base class. Subclasses set the class attributes and usually only `validate`
    and `score_match`; `analyze` may be overridden for detectors that are not
    pattern-shaped (names, addresses)."""

    type: ClassVar[str] = ""
    # Finding types this detector reads from earlier detectors (`Document.candidates`); the
    # registry checks that every one is produced before it runs (see detectors/__init__.py);
    # "*" = whatever the detectors before it found.
    reads: ClassVar[tuple[str, ...]] = ()
    # Finding types it reports, when not just `type` (IT's keywords report two).
    produces: ClassVar[tuple[str, ...]] = ()
    # A cheap regex (matched case-insensitively) that every finding of this detector needs
    # somewhere in the text — e.g. "@" for e-mail. When it is absent the detector is skipped:
    # most prompts hold no key, no IP address, no birth date. Must be a necessary condition.
    gate: ClassVar[Optional[str]] = None
    patterns: ClassVar[tuple[Pattern, ...]] = ()
    context_words: ClassVar[tuple[str, ...]] = ()
    context_before: ClassVar[int] = 30
    context_after: ClassVar[int] = 20

    def __init__(self, policy=None):
        self.policy = policy
        self._compiled = [(p, p.compile()) for p in self.patterns]
        # Each pattern's words of which every match holds one (fastre.required_literals; None:
        # no such words): a pattern none of whose words is in the text is not run (a pattern
        # that begins with a class, such as ゆうちょ's (?:記号|[Ss]ymbol…), is tried by sre at
        # every position of the text).
        self._literals = [required_literals(p.regex, p.flags) for p in self.patterns]
        # Searched in the lower-cased text without re.IGNORECASE: 10-20x faster in sre.
        assert not self.gate or not re.search(r"\\[DSWBAZ]", self.gate), "gate is lower-cased"
        self._gate = re.compile(self.gate.lower()) if self.gate else None

    def applies(self, doc: "Document") -> bool:
        """False when the text cannot hold a finding of this detector (see `gate`)."""
        return self._gate is None or self._gate.search(doc.lower) is not None

    def compiled_for(self, doc: "Document") -> list[tuple[Pattern, re.Pattern]]:
        """The (pattern, regex) pairs that can match in this text: each pattern's required
        words, when it has some, must occur in it."""
        text = doc.text
        return [pr for pr, words in zip(self._compiled, self._literals)
                if words is None or any(w in text for w in words)]

    def validate(self, value: str) -> Optional[bool]:
        """Check digits etc. True valid, False invalid, None = no check for this type."""
        return None

    def score_match(self, doc: Document, match: re.Match, pattern: Pattern,
                    valid: Optional[bool], context: Optional[str]) -> Optional[tuple[float, str]]:
        """(score, reason) for one match, or None to drop it. Default: pattern score,
        raised by context, invalid check digits drop it."""
        if valid is False:
            return None
        score = pattern.score + (0.3 if context else 0.0)
        reason = f"{pattern.name}" + (f"・文脈語「{context}」" if context else "")
        return min(score, 1.0), reason

    def span_of(self, match: re.Match) -> tuple[int, int]:
        """The span to report; patterns may use a group named 'v' for the value."""
        if "v" in match.re.groupindex and match.group("v") is not None:
            return match.span("v")
        return match.span()

    def analyze(self, doc: Document) -> list[Candidate]:
        out: list[Candidate] = []
        for pattern, rx in self.compiled_for(doc):
            for m in rx.finditer(doc.text):
                start, end = self.span_of(m)
                value = doc.text[start:end]
                valid = self.validate(value)
                context = doc.has_context(start, end, self.context_words,
                                          self.context_before, self.context_after)
                scored = self.score_match(doc, m, pattern, valid, context)
                if scored is None:
                    continue
                score, reason = scored
                out.append(Candidate(self.type, start, end, score, reason))
        return out


class FreeText:
    """Where values occur outside the stretches of a text already taken, for the repeat searches
    of the scanner and the name detector (hundreds of flagged values in a roster, each searched
    for again through the whole text). The free stretches are joined, one NUL between two of
    them, into one shorter string (built in numpy: one pass whatever the number of stretches),
    and each value is searched for in that.

    `occurrences(value)` lists, ascending, every occurrence of `value` lying wholly in the
    stretches free when this was built: exactly those the plain loop `pos = text.find(value,
    pos + len(value))` meets that touch nothing taken then. That loop skips an occurrence
    overlapping the one before (「ああ」 twice in 「あああ」): a value that can overlap itself (a
    prefix that is also its suffix), or that holds a NUL, goes through the plain loop as it is.
    Taken stretches only grow, so callers still ask their own coverage of each occurrence."""

    __slots__ = ("text", "_free", "_index")

    def __init__(self, text: str, taken: Iterable[tuple[int, int]]):
        import numpy as np  # (a service dependency already: the learned layer)

        self.text = text
        n = len(text)
        spans = np.array([(s, e) for s, e in taken if e > s], dtype=np.int64).reshape(-1, 2).clip(0, n)
        chars = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        taken_mask = np.cumsum(np.bincount(spans[:, 0], minlength=n + 1)
                               - np.bincount(spans[:, 1], minlength=n + 1))[:n] > 0
        # a taken character is kept (as NUL) only where a taken run starts: free stretches stay apart
        keep = ~taken_mask
        keep[1:] |= taken_mask[1:] & ~taken_mask[:-1]
        keep[:1] = True
        self._index = np.flatnonzero(keep)
        kept = np.where(taken_mask, 0, chars)[self._index]
        self._free = kept.astype(np.uint32).tobytes().decode("utf-32-le", "surrogatepass")

    def occurrences_of(self, values) -> dict[str, list[int]]:
        """occurrences(value) for each of the values, the plain ones found in one pass (all_starts:
        a value that cannot overlap itself has no overlapping occurrences to skip)."""
        plain = [v for v in values if v and "\x00" not in v and not _self_overlapping(v)]
        index = self._index
        out = {v: [int(index[p]) for p in at] for v, at in all_starts(self._free, plain).items()}
        for v in values:
            if v not in out:
                out[v] = self.occurrences(v)
        return out

    def occurrences(self, value: str) -> list[int]:
        if not value:
            return []
        out: list[int] = []
        if "\x00" in value or _self_overlapping(value):
            text, pos = self.text, self.text.find(value)
            while pos != -1:
                out.append(pos)
                pos = text.find(value, pos + len(value))
            return out
        free, pos = self._free, self._free.find(value)
        while pos != -1:
            out.append(int(self._index[pos]))
            pos = free.find(value, pos + len(value))
        return out


def dictionary_holds_name_part(doc: Document, word: str, part: str) -> bool:
    """Whether the morphological dictionary holds `word` as a family name (part 姓) or a given name (part 名) too,
    whatever the context made of it (石倉: a stone store, and a surname); False without an analyser."""
    part_of = getattr(getattr(doc, "_analyser", None), "is_also_name_part", None)
    return part_of is not None and part_of(word, part)


def all_starts(text: str, parts) -> dict[str, list[int]]:
    """Every start of every part (non-empty strings) in the text, overlapping ones too, ascending.
    One scan of the text per distinct first character instead of one per part (a roster's repeat
    searches ask for hundreds of names and values, each a scan of the whole text); at each hit only
    the parts that also share the next character are compared (a surname begins many whole names)."""
    by_first: dict[str, dict[str, list[str]]] = {}
    for part in parts:
        by_first.setdefault(part[0], {}).setdefault(part[:2], []).append(part)
    out: dict[str, list[int]] = {part: [] for part in parts}
    for ch, groups in by_first.items():
        if len(groups) == 1 and len(next(iter(groups.values()))) == 1:
            # a part alone with its first character is searched for as itself (its first
            # character may be a common one: 0 of a phone number, 前 of 前橋市)
            (part,) = next(iter(groups.values()))
            at, p = out[part], text.find(part)
            while p != -1:
                at.append(p)
                p = text.find(part, p + 1)
            continue
        single = out[ch] if ch in groups else None  # the one-character part, if any
        p = text.find(ch)
        while p != -1:
            if single is not None:
                single.append(p)
            for part in groups.get(text[p:p + 2], ()):
                if len(part) > 1 and text.startswith(part, p):
                    out[part].append(p)
            p = text.find(ch, p + 1)
    return out


def _self_overlapping(value: str) -> bool:
    """A proper prefix of `value` is also its suffix (「ああ」, 「1212」): two occurrences can overlap.
    A long value is taken to (the plain loop is always right; this only keeps the test linear)."""
    if len(value) > 64:
        return True
    if value[-1] not in value[:-1]:
        return False  # (such a prefix ends with the last character: most values have it once)
    j = value.find(value[0], 1)
    while j != -1:
        if value.startswith(value[j:]):
            return True
        j = value.find(value[0], j + 1)
    return False


def digits_of(value: str) -> str:
    return _NON_DIGIT.sub("", value)


# After a sample mark (サンプル, 見本 …), what makes it not a sample: 見本市 (a trade fair), サンプル調査 (a survey of
# sampled residents), サンプル3行 / サンプル10件 (an excerpt of real rows, pasted to show the format)
# (nor a request for a sample of code, VBAのサンプルをください, nor a few real rows shown, サンプル行を貼ります)
NOT_A_SAMPLE_AFTER = (r"(?!市|調査|抽出|行|[をも](?:ください|下さい|作|書|お願い|教え)|が(?:欲し|ほし)|[ ]?[0-9０-９]{1,4}[ ]?(?:行|件|レコード|人分|名分)"
                      # (a few rows of the real data pasted as a sample of it: サンプルとして数行貼ります, サンプルに3件)
                      # (or says the sample is real: サンプルとして実際の1行を貼ります, 見本に本番のデータを,
                      # 記入例として受付済みの1件を貼ります)
                      r"|(?:として|で|に|の)[ ]?(?:[0-9０-９数何]{1,4}[ ]?(?:行|件|レコード|人分|名分)|一部|抜粋|いくつか"
                      r"|実際の|実在の|本物の|本番の|実データ|(?:受付|提出|申請|処理)(?:済み?|された|を受けた)の?))")
_NON_DIGIT = re.compile(r"\D")  # (compiled once: called for every number of a text)


def keep_non_overlapping(cands: Iterable[Candidate], key: Callable[[Candidate], tuple]) -> list[Candidate]:
    """Greedily keep candidates in `key` order, dropping any that overlaps one already kept;
    the result is sorted by start. O(n log n): thousands of findings stay cheap."""
    starts: list[int] = []
    kept: list[Candidate] = []
    for c in sorted(cands, key=key):
        i = bisect_right(starts, c.start)
        if i > 0 and kept[i - 1].end > c.start:
            continue
        if i < len(kept) and kept[i].start < c.end:
            continue
        starts.insert(i, c.start)
        kept.insert(i, c)
    return kept


def keep_strongest(cands: Iterable[Candidate]) -> list[Candidate]:
    """Of overlapping candidates keep the strongest (then the longest, then the first)."""
    return keep_non_overlapping(cands, strongest_first)


def strongest_first(c: Candidate) -> tuple:
    return (-c.score, -(c.end - c.start), c.start)


def longest_first(c: Candidate) -> tuple:
    return (-(c.end - c.start), -c.score)

