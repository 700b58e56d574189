"""Matching form of a text, with an exact map back to the original's code points.

Users paste full-width digits (０７０), every kind of dash (‐ ‑ – — － ー), zero-width
characters and bidi marks. Detectors match on one normalised string; every span they
report is mapped back to `start`/`end` in the original text (Python code points, as
the contract says).

Rules, per original character:
- zero-width characters, soft hyphens and bidi controls vanish (they hide nothing);
- every dash becomes ASCII '-'; the long-vowel mark 'ー' too, but only between digits
  (ナカジマ keeps its ー, ０９０ー１２３４ gets a hyphen);
- everything else goes through NFKC (full-width → ASCII, ㈱ → (株), U+3000 → space), and
  variant kanji of surnames map to their usual form (𠮷 → 吉, 髙 → 高, 﨑 → 崎).

Evasions users might try are undone where it is cheap and safe (see `_evasion_overrides`):
- a long run of kanji digits (〇九〇の一二三四の五六七八: 7 or more digits) becomes ASCII
  digits, with の/ー between them as '-';
- digits spaced out one by one (0 9 0 1 2 3 4 5 6 7 8: 8 or more) lose the spaces;
- a line break right after a dash between digits (090-1234-⏎5678) vanishes;
- an emoji or pictograph between two digits (090📞1234) counts as a dash.
Not undone (documented in the README): digits written as words (ゼロキュウゼロ), letters that
look like digits (O9O), numbers split by arbitrary prose.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

ZERO_WIDTH = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068"
    "\u2069\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0"
)
# Variation selectors are invisible too.
ZERO_WIDTH = ZERO_WIDTH | frozenset(chr(c) for c in range(0xFE00, 0xFE10))
DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2500\u2501\ufe58\ufe63\uff0d")
LONG_VOWELS = frozenset("\u30fc\uff70")  # ー ｰ : a dash only between digits

# Variant kanji (異体字) common in real surnames that NFKC leaves alone. The dictionary knows
# 吉田 and 高橋, not 𠮷田 or 髙橋: match on the usual form (one character each, so offsets hold).
NAME_VARIANTS = {
    "𠮷": "吉", "髙": "高", "﨑": "崎", "㟢": "崎", "嵜": "崎", "濵": "濱", "德": "徳", "栁": "柳",
    "槗": "橋", "𡈽": "土", "曻": "昇", "鄕": "郷", "邉": "辺", "邊": "辺", "邨": "村", "冨": "富",
    "眞": "真", "國": "国", "齋": "斎", "齊": "斉", "澤": "沢", "櫻": "桜", "廣": "広",
}

_NEEDS_WORK = re.compile(
    "[" + re.escape("".join(sorted(ZERO_WIDTH | DASHES | LONG_VOWELS | set(NAME_VARIANTS)))) + "\ud800-\udfff]"
)

KANJI_DIGITS = "〇一二三四五六七八九"
_KANJI_DIGIT_VALUE = {c: str(i) for i, c in enumerate(KANJI_DIGITS)}
_KANJI_DIGIT_RUN = re.compile(
    "[" + KANJI_DIGITS + "](?:[" + KANJI_DIGITS + "]|[のノー－\\-‐ 　、](?=[" + KANJI_DIGITS + "]))+")
_SPACED_DIGITS = re.compile(r"(?<![0-9０-９])[0-9０-９](?:[ 　][0-9０-９]){7,}(?![0-9０-９])")
_BROKEN_AFTER_DASH = re.compile(r"(?<=[0-9０-９][-‐－ー])\r?\n(?=[0-9０-９])")
_PICTOGRAPH_BETWEEN_DIGITS = re.compile(
    r"(?<=[0-9０-９])[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]\ufe0f?(?=[0-9０-９])")
_EVASION_HINT = re.compile("[" + KANJI_DIGITS + r"]{2}|[0-9０-９][ 　][0-9０-９]|[-‐－ー]\r?\n|"
                           r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]")


def _evasion_overrides(text: str) -> dict[int, str]:
    """Original index → replacement for characters that only hide a number."""
    if not _EVASION_HINT.search(text):
        return {}
    out: dict[int, str] = {}
    for m in _KANJI_DIGIT_RUN.finditer(text):
        run = m.group()
        if sum(ch in _KANJI_DIGIT_VALUE for ch in run) < 7:
            continue
        for i, ch in enumerate(run, m.start()):
            out[i] = _KANJI_DIGIT_VALUE.get(ch, "" if ch in " 　、" else "-")
    for m in _SPACED_DIGITS.finditer(text):
        for i in range(m.start(), m.end()):
            if text[i] in " 　":
                out[i] = ""
    for m in _BROKEN_AFTER_DASH.finditer(text):
        for i in range(m.start(), m.end()):
            out[i] = ""
    for m in _PICTOGRAPH_BETWEEN_DIGITS.finditer(text):
        out[m.start()] = "-"
        for i in range(m.start() + 1, m.end()):
            out[i] = ""
    return out


@lru_cache(maxsize=8192)
def _plain(ch: str) -> str:
    if ch in ZERO_WIDTH:
        return ""
    if "\ud800" <= ch <= "\udfff":
        return "\ufffd"  # a lone surrogate (JSON can carry one): nothing can match it
    if ch in DASHES:
        return "-"
    out = unicodedata.normalize("NFKC", ch)
    return NAME_VARIANTS.get(out, out)


def _is_digit(ch: str) -> bool:
    return ch.isdigit() and ch.isascii() or ("０" <= ch <= "９")


class NormalizedText:
    """`text` is the matching form of `original`; `span()` maps a span back."""

    __slots__ = ("original", "text", "_starts", "_ends")

    def __init__(self, original: str):
        self.original = original
        overrides = _evasion_overrides(original)
        if not overrides and unicodedata.is_normalized("NFKC", original) and not _NEEDS_WORK.search(original):
            # Fast path: nothing changes, the map is the identity.
            self.text = original
            self._starts = None
            self._ends = None
            return
        pieces: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        n = len(original)
        for i, ch in enumerate(original):
            if overrides and i in overrides:
                rep = overrides[i]
            elif ch in LONG_VOWELS:
                prev = _previous_visible(original, i)
                nxt = _next_visible(original, i)
                rep = "-" if (prev and nxt and _is_digit(prev) and _is_digit(nxt)) else "ー"
            else:
                rep = _plain(ch)
            if not rep:
                continue
            pieces.append(rep)
            if len(rep) == 1:
                starts.append(i)
                ends.append(i + 1)
            else:
                starts.extend([i] * len(rep))
                ends.extend([i + 1] * len(rep))
        self.text = "".join(pieces)
        self._starts = starts
        self._ends = ends
        assert len(self.text) == len(starts) <= 18 * n + 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised span [start, end)."""
        if self._starts is None:
            return start, end
        if end <= start:
            pos = self._starts[start] if start < len(self._starts) else len(self.original)
            return pos, pos
        return self._starts[start], self._ends[end - 1]

    def original_text(self, start: int, end: int) -> str:
        s, e = self.span(start, end)
        return self.original[s:e]


def _previous_visible(text: str, i: int) -> str:
    j = i - 1
    while j >= 0 and (text[j] in ZERO_WIDTH or text[j] == " "):
        j -= 1
    return text[j] if j >= 0 else ""


def _next_visible(text: str, i: int) -> str:
    j = i + 1
    while j < len(text) and (text[j] in ZERO_WIDTH or text[j] == " "):
        j += 1
    return text[j] if j < len(text) else ""


def normalize(text: str) -> str:
    """The matching form alone (for allowlist values and keywords)."""
    return NormalizedText(text).text
