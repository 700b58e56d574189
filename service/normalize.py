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
- a line break between a town and its 丁目 / 番地 (PDF copies: 前橋市朝日町⏎一丁目28番3号) vanishes;
- an emoji or pictograph between two digits (090📞1234) counts as a dash;
- OCR text with a space between every character (「個 人 番 号」) loses those spaces.
Not undone (documented in the README): digits written as words (ゼロキュウゼロ), letters that
look like digits (O9O), numbers split by arbitrary prose.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from typing import Optional

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


KANJI_DIGITS = "〇一二三四五六七八九"
_KANJI_DIGIT_VALUE = {c: str(i) for i, c in enumerate(KANJI_DIGITS)}
_KANJI_DIGIT_RUN = re.compile(
    "[" + KANJI_DIGITS + "](?:[" + KANJI_DIGITS + "]|[のノー－\\-‐ 　、](?=[" + KANJI_DIGITS + "]))+")
_SPACED_DIGITS = re.compile(r"(?<![0-9０-９])[0-9０-９](?:[ 　][0-9０-９]){7,}(?![0-9０-９])")
_BROKEN_AFTER_DASH = re.compile(r"(?<=[0-9０-９][-‐－ー])\r?\n(?=[0-9０-９])")
# Text copied from a PDF breaks lines anywhere, also inside an address: 「前橋市朝日町⏎一丁目28番3号」.
# A line break (with its spaces) between a town (…町・…村) and a 丁目 / 番地 number vanishes.
_ADDRESS_BREAK = re.compile(
    "[町村](?=[ \t　]*\r?\n[ \t　]*(?:[0-9０-９一二三四五六七八九十]{1,3}丁目|[0-9０-９]{1,4}番))")
_PICTOGRAPH_BETWEEN_DIGITS = re.compile(
    r"(?<=[0-9０-９])[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]\ufe0f?(?=[0-9０-９])")
# OCR of a scanned form puts a space between every character: 「申 請 者　森 下　ゆ か り」.
# A run of 3+ single characters, each standing alone between spaces, at least two of them
# kana or kanji, is one word: the spaces go.
_OCR_UNIT = "[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff０-９0-9：:、。，,（）()・ー－\\-]"
_OCR_SPACED = re.compile(f"(?<![^\\s]){_OCR_UNIT}(?:[ \u3000]{_OCR_UNIT}){{2,}}(?![^\\s])")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")

# Half-width katakana carry their voicing marks as separate characters (ﾀﾞ): NFKC one
# character at a time would leave タ + U+3099, so a base and its mark are composed together.
_HALFWIDTH_VOICED = re.compile("[\uff66-\uff9d][\uff9e\uff9f]")

# Cheap tests first (sre is slow on character classes that mix astral ranges in).
# The hint "[〇一…九]{2}|[0-9０-９][ 　][0-9０-９]|[-‐－ー]\r?\n|[\uff9e\uff9f]|[\u2600-\u27BF\u2B00-\u2BFF]"
# is asked one alternative at a time (see _has_evasion_hint), each written so that sre scans for
# a rare character: about 2x faster on ordinary text, and true for exactly the same texts.
_KANJI_DIGIT_PAIR = re.compile(f"[{KANJI_DIGITS}](?<=[{KANJI_DIGITS}]{{2}})")  # = [〇…九]{2}
_SPACED_DIGIT_PAIR = re.compile(r"[ 　](?<=[0-9０-９][ 　])[0-9０-９]")  # = [0-9０-９][ 　][0-9０-９]
_DASH_LINE_END = re.compile(r"\n(?:(?<=[-‐－ー]\n)|(?<=[-‐－ー]\r\n))")  # = [-‐－ー]\r?\n
_SYMBOL = re.compile(r"[\u2600-\u27BF\u2B00-\u2BFF]")


def _has_evasion_hint(text: str) -> bool:
    return bool("\uff9e" in text or "\uff9f" in text or _DASH_LINE_END.search(text)
                or _KANJI_DIGIT_PAIR.search(text) or _SPACED_DIGIT_PAIR.search(text)
                or _SYMBOL.search(text))


# Three single characters standing alone between spaces: (?:^|\s)\S[ 　]\S[ 　]\S(?:\s|$), written to
# start from its first space so sre scans for that (3x faster); it matches in the same texts.
_SPACED_LETTERS_HINT = re.compile(r"[ 　](?<=(?<!\S)\S[ 　])\S[ 　]\S(?!\S)")


def _evasion_overrides(text: str) -> dict[int, str]:
    """Original index → replacement for characters that only hide a number."""
    address_breaks = _ADDRESS_BREAK.finditer(text) if "\n" in text else iter(())
    first_break = next(address_breaks, None)
    if first_break is None and not _has_evasion_hint(text) and not _SPACED_LETTERS_HINT.search(text) and not (
            _ASTRAL_OR_SURROGATE.search(text) and _PICTOGRAPH_BETWEEN_DIGITS.search(text)):
        return {}
    out: dict[int, str] = {}
    for m in ([first_break] if first_break else []) + list(address_breaks):
        i = m.end()
        while i < len(text) and text[i] in " \t　\r\n":
            out[i] = ""
            i += 1
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
    for m in _HALFWIDTH_VOICED.finditer(text):
        out[m.start()] = unicodedata.normalize("NFKC", m.group())  # ﾀﾞ → ダ
        out[m.start() + 1] = ""
    for m in _OCR_SPACED.finditer(text):
        if len(_CJK.findall(m.group())) >= 2:
            for i in range(m.start() + 1, m.end(), 2):
                out.setdefault(i, "")  # the separators sit at every other position
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


def _changing_characters() -> re.Pattern:
    """A class of every BMP character `_plain` changes, found once at import (~30 ms).
    Listed one by one: sre turns that into a bitmap, ~20x faster than the same set written
    as ranges mixed with astral characters."""
    codes = {c for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF and _plain(chr(c)) != chr(c)}
    codes |= {ord(c) for c in LONG_VOWELS}
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(codes)) + "]")


_CHANGING_BMP = _changing_characters()
# Astral characters (and lone surrogates) are rare: find them, then ask `_plain` one by one.
_ASTRAL_OR_SURROGATE = re.compile("[\U00010000-\U0010FFFF\ud800-\udfff]")


def _changed_positions(text: str) -> list[int]:
    changed = [m.start() for m in _CHANGING_BMP.finditer(text)]
    astral = [m.start() for m in _ASTRAL_OR_SURROGATE.finditer(text) if _plain(m.group()) != m.group()]
    return sorted(changed + astral) if astral else changed


class NormalizedText:
    """`text` is the matching form of `original`; `span()` maps a span back.

    The map is kept as segments, not per character: runs the normaliser leaves alone map
    by a fixed offset, and each changed character maps its (0, 1 or more) output
    characters to itself. Building it costs time per *changed* character only."""

    __slots__ = ("original", "text", "_seg_norm", "_seg_orig", "_seg_same", "_seg_olen")

    def __init__(self, original: str):
        self.original = original
        overrides = _evasion_overrides(original)
        changed = _changed_positions(original)
        if overrides:
            changed = sorted(set(changed) | set(overrides))
        if not changed:
            # Fast path: nothing changes, the map is the identity.
            self.text = original
            self._seg_norm = None
            self._seg_orig = self._seg_same = self._seg_olen = None
            return
        pieces: list[str] = []
        seg_norm: list[int] = []  # where each segment starts in the normalised text
        seg_orig: list[int] = []  # … and in the original
        seg_same: list[bool] = []  # True: an unchanged run; False: one replaced character
        seg_olen: list[int] = []  # original length of a replaced segment (2 for ﾀﾞ → ダ)
        npos = 0
        prev = 0
        for i in changed:
            if i > prev:  # the unchanged run before this character
                seg_norm.append(npos)
                seg_orig.append(prev)
                seg_same.append(True)
                seg_olen.append(0)
                pieces.append(original[prev:i])
                npos += i - prev
            ch = original[i]
            if i in overrides:
                rep = overrides[i]
            elif ch in LONG_VOWELS:
                before = _previous_visible(original, i)
                after = _next_visible(original, i)
                rep = "-" if (before and after and _is_digit(before) and _is_digit(after)) else "ー"
            else:
                rep = _plain(ch)
            prev = i + 1
            if not rep and seg_same and not seg_same[-1] and seg_orig[-1] + seg_olen[-1] == i \
                    and i in overrides and original[i] in "\uff9e\uff9f":
                seg_olen[-1] += 1  # a voicing mark belongs to the composed character before it
                continue
            seg_norm.append(npos)
            seg_orig.append(i)
            seg_same.append(False)
            seg_olen.append(1)
            pieces.append(rep)
            npos += len(rep)
        if prev < len(original):
            seg_norm.append(npos)
            seg_orig.append(prev)
            seg_same.append(True)
            seg_olen.append(0)
            pieces.append(original[prev:])
        self.text = "".join(pieces)
        self._seg_norm = seg_norm
        self._seg_orig = seg_orig
        self._seg_same = seg_same
        self._seg_olen = seg_olen

    def _segment(self, i: int) -> int:
        # The last segment starting at or before i; a deleted character's empty segment
        # shares its start with the next segment and comes before it, so it is never chosen.
        return bisect_right(self._seg_norm, i) - 1

    def _orig_start(self, i: int) -> int:
        k = self._segment(i)
        return self._seg_orig[k] + (i - self._seg_norm[k] if self._seg_same[k] else 0)

    def _orig_end(self, i: int) -> int:
        """Original end (exclusive) of the normalised character i."""
        k = self._segment(i)
        return self._seg_orig[k] + (i - self._seg_norm[k] + 1 if self._seg_same[k] else self._seg_olen[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised span [start, end)."""
        if self._seg_norm is None:
            return start, end
        if end <= start:
            pos = self._orig_start(start) if start < len(self.text) else len(self.original)
            return pos, pos
        return self._orig_start(start), self._orig_end(end - 1)

    def normalised_span(self, orig_index: int) -> tuple[Optional[int], Optional[int]]:
        """Normalised (start, end) of one original character (㊙ → 秘), or (None, None)
        if normalising removed it (a zero-width character)."""
        if self._seg_norm is None:
            return orig_index, orig_index + 1
        k = bisect_right(self._seg_orig, orig_index) - 1
        if k < 0:
            return None, None
        start = self._seg_norm[k]
        if self._seg_same[k]:
            start += orig_index - self._seg_orig[k]
            return start, start + 1
        end = self._seg_norm[k + 1] if k + 1 < len(self._seg_norm) else len(self.text)
        return (start, end) if end > start else (None, None)

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
