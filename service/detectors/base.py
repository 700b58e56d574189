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
from .fastre import compile_fast


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
        # Searched in the lower-cased text without re.IGNORECASE: 10-20x faster in sre.
        assert not self.gate or not re.search(r"\\[DSWBAZ]", self.gate), "gate is lower-cased"
        self._gate = re.compile(self.gate.lower()) if self.gate else None

    def applies(self, doc: "Document") -> bool:
        """False when the text cannot hold a finding of this detector (see `gate`)."""
        return self._gate is None or self._gate.search(doc.lower) is not None

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
        for pattern, rx in self._compiled:
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


def digits_of(value: str) -> str:
    return _NON_DIGIT.sub("", value)


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

