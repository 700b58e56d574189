"""Code signals and finders for the rule catalogue: conditions that need an algorithm
(where the head of a document ends, which group of a match is set), referenced by name from
the rule files. Conditions that are only "this regex near the match" are data: a rule
file's [signals] table.

A signal is `f(scan, match, start, end) -> bool` (`match` is None for a finder's hit);
a finder is `f(doc) -> iterable of (start, end)` in the normalised text.
"""
from __future__ import annotations

from typing import Callable

from .. import lexicon

HEAD_LINES = 4  # the head of a document: its first four non-empty lines
FOOT_LINES = 3  # the foot: its last three


def line_offset(text: str, n: int) -> int:
    """Offset where the (n+1)-th non-empty line starts (the 'head' of a document)."""
    pos = 0
    seen = 0
    length = len(text)
    while pos < length:
        nl = text.find("\n", pos)
        line_end = length if nl < 0 else nl
        if text[pos:line_end].strip():
            seen += 1
            if seen >= n:
                return line_end
        if nl < 0:
            return length
        pos = nl + 1
    return length


def foot_offset(text: str, n: int) -> int:
    """Offset where the last n non-empty lines start (the 'foot' of a document)."""
    end = len(text)
    seen = 0
    start = end
    while end > 0:
        nl = text.rfind("\n", 0, end)
        line_start = nl + 1
        if text[line_start:end].strip():
            seen += 1
            start = line_start
            if seen >= n:
                return start
        if nl < 0:
            return 0
        end = nl
    return start


_NO_SPACES = str.maketrans("", "", " \t")


def _marking_word(m) -> str:
    if m is None or "m" not in m.re.groupindex:
        return ""
    return m.group("m").translate(_NO_SPACES)


def at_head(scan, m, start, end) -> bool:
    """The match starts in the document's first HEAD_LINES non-empty lines."""
    return (m.start() if m is not None else start) < scan.head_limit


def weak_marking_word(scan, m, start, end) -> bool:
    """The marking (group m, spaces removed) is one that is a marking only at the head
    (秘密, 内部資料: mid-text they head ordinary prose)."""
    return _marking_word(m) in _WEAK_ALONE


def secret_not_in_capitals(scan, m, start, end) -> bool:
    """'Secret'/'secret' alone on a line is a word; only SECRET is a marking."""
    word = _marking_word(m)
    return word.lower() == "secret" and word != "SECRET"


def side_decorated(scan, m, start, end) -> bool:
    """The match has decoration on a side (groups l / r: 「――部外秘――」)."""
    return m is not None and bool(m.group("l") or m.group("r"))


def maru_hi(doc):
    """The ㊙ sign: NFKC turns it into 秘, so it is found in the original text."""
    if "\u3299" not in doc.original:
        return
    for i, ch in enumerate(doc.original):
        if ch == "\u3299":
            s, e = doc.norm.normalised_span(i)
            if s is not None:
                yield s, e


_WEAK_ALONE = frozenset(lexicon.words("marking.weak_alone"))

SIGNALS: dict[str, Callable] = {
    "at_head": at_head,
    "weak_marking_word": weak_marking_word,
    "secret_not_in_capitals": secret_not_in_capitals,
    "side_decorated": side_decorated,
}
FINDERS: dict[str, Callable] = {
    "maru_hi": maru_hi,
}
