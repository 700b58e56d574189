"""`compile_fast`: the same regex, with a hint that lets sre skip ahead.

Python's regex engine tries a pattern at every position of the text unless the pattern
starts with something it can scan for. Patterns that start with a look-behind, or with an
alternation of Japanese words, get no such help: at 5,000 characters each costs about a
millisecond. When the set of characters a match can start with is small and known, a
leading look-ahead `(?=[…])` on exactly that set gives sre a character class to scan
for, and the pattern matches exactly the same spans (the look-ahead only ever admits
positions where a match could start anyway) — typically 3–5x faster.

The first-character set comes from sre's own parse of the pattern; anything this module
cannot reason about (`.`, `\\w`, a back-reference …) leaves the pattern as it was.
"""
from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as C  # type: ignore
    import sre_parse as P  # type: ignore

MAX_FIRST_CHARS = 300


class _Unknown(Exception):
    pass


# Character categories inside a class (\d, \s, \w and their negations) are kept as
# categories in the look-ahead, so they stay exactly as Unicode-aware as the pattern.
_CATEGORY_TEXT = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}


def _first_of_sequence(items) -> tuple[set[int], bool]:
    """(first characters, can the sequence match empty)."""
    firsts: set[int] = set()
    for op, av in items:
        f, nullable = _first_of_item(op, av)
        firsts |= f
        if not nullable:
            return firsts, False
    return firsts, True


def _first_of_item(op, av) -> tuple[set[int], bool]:
    if op is C.LITERAL:
        return {av}, False
    if op is C.IN:
        chars: set = set()
        for iop, iav in av:
            if iop is C.LITERAL:
                chars.add(iav)
            elif iop is C.RANGE:
                lo, hi = iav
                if hi - lo > MAX_FIRST_CHARS:
                    raise _Unknown
                chars.update(range(lo, hi + 1))
            elif iop is C.CATEGORY and iav in _CATEGORY_TEXT:
                chars.add(_CATEGORY_TEXT[iav])
            else:  # NEGATE …
                raise _Unknown
        return chars, False
    if op is C.BRANCH:
        firsts: set[int] = set()
        nullable = False
        for branch in av[1]:
            f, n = _first_of_sequence(branch)
            firsts |= f
            nullable = nullable or n
        return firsts, nullable
    if op is C.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unknown  # inline flags such as (?i:…) change what a literal matches
        return _first_of_sequence(sub)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        lo, _hi, sub = av
        f, n = _first_of_sequence(sub)
        return f, n or lo == 0
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return set(), True  # zero-width: the next item decides
    raise _Unknown


def first_characters(pattern: str, flags: int = 0) -> set[str] | None:
    """What a match of `pattern` can start with — characters, and class escapes such as
    backslash-d — or None if unknown or if the pattern can match the empty string."""
    try:
        parsed = P.parse(pattern, flags)
        firsts, nullable = _first_of_sequence(list(parsed))
    except (_Unknown, re.error, TypeError, ValueError):
        return None
    if nullable or not firsts or len(firsts) > MAX_FIRST_CHARS:
        return None
    return {c if isinstance(c, str) else chr(c) for c in firsts}


_GLOBAL_INLINE_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")


def _sre_scans_already(items) -> bool:
    """Whether sre finds the pattern's first character by itself: it does when the pattern
    starts with a literal, a class, or an alternation of those (then a hint only slows it
    down); it does not after a look-around, an anchor or an optional first element."""
    if not items:
        return False
    op, av = items[0]
    if op in (C.LITERAL, C.IN):
        return True
    if op is C.BRANCH:
        return all(branch and branch[0][0] in (C.LITERAL, C.IN) for branch in av[1])
    if op is C.SUBPATTERN and not av[1] and not av[2]:
        return _sre_scans_already(list(av[3]))
    return False


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), led by a look-ahead on its first characters when that
    helps (see `_sre_scans_already`) and the characters are known."""
    if _GLOBAL_INLINE_FLAGS.match(pattern):
        return re.compile(pattern, flags)  # "(?i)…" must stay at the very start
    try:
        if _sre_scans_already(list(P.parse(pattern, flags))):
            return re.compile(pattern, flags)
    except re.error:
        return re.compile(pattern, flags)
    firsts = first_characters(pattern, flags)
    if firsts is None:
        return re.compile(pattern, flags)
    cls = "".join(c if len(c) == 2 and c[0] == "\\" else re.escape(c) for c in sorted(firsts))
    return re.compile(f"(?=[{cls}])(?:{pattern})", flags)
