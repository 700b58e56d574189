"""Japanese structured identifiers: マイナンバー, 住民票コード, 運転免許証番号, 法人番号,
旅券番号, 在留カード番号, 基礎年金番号, 被保険者番号.

The digit-only identifiers (11, 12 and 13 digits) collide with each other, so they are
interpreted together once per document (`_numeric_findings`, cached on the Document):
every maximal run of digit groups is cut only at spaces, each piece is checked against
every type's check digit and context words, and each piece keeps its best
interpretation. The per-type detector classes then report their own type.

Scores (see evidence.py): valid check digit + context -> VALID_WITH_CONTEXT (block),
valid without context -> VALID_NO_CONTEXT (warn), failing check digit + context ->
INVALID_WITH_CONTEXT (warn, probably a typo), failing without context -> dropped.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from typing import Iterable, Optional

from .. import lexicon
from ..labels import REASONS
from .fastre import compile_fast, finditer_sparse
from . import engine, register
from .base import Candidate, Detector, Document, digits_of, keep_non_overlapping, longest_first
from .evidence import INVALID_LABELLED, INVALID_WITH_CONTEXT, VALID_GROUPED, VALID_NO_CONTEXT, VALID_WITH_CONTEXT

# ---------------------------------------------------------------------------
# Check digits
# ---------------------------------------------------------------------------
# The patterns of the identifiers found by shape, and the patterns the digit runs are read with,
# are data: service/rules/ids.toml (rules ids.*, with examples and counterexamples; context ids_*).
# This module is the algorithm: the check-digit validators and the interpretation of digit runs.
_CONTEXT = engine.shipped().context


_IDS_RULES = engine.shipped().by_source("ids")


def _rules(prefix: str) -> list:
    """The rules of ids.toml whose id starts with `prefix`, in file order."""
    return [r for r in _IDS_RULES if r.id.startswith(prefix)]


def _with_context(rule, ctx: Optional[str]) -> str:
    """The rule's reason, and the context word that tied the number to its kind."""
    return REASONS[rule.reason] + ("・" + REASONS["ids.context_word"].format(word=ctx) if ctx else "")


_MY_NUMBER_WEIGHTS = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_MOD11_10 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)  # weights 2..7 repeating from the right, 10 digits


def my_number_valid(d: str) -> bool:
    """個人番号: 総務省令第85号 — Σ(Pn×Qn) mod 11, check = 0 if r <= 1 else 11 - r."""
    if len(d) != 12 or not d.isdigit():
        return False
    r = sum(int(x) * w for x, w in zip(d[:11], _MY_NUMBER_WEIGHTS)) % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)


def resident_code_valid(d: str) -> bool:
    """住民票コード: 10 random digits + modulus-11 check (weights 2..7 from the right)."""
    if len(d) != 11 or not d.isdigit():
        return False
    r = sum(int(x) * w for x, w in zip(d[:10], _MOD11_10)) % 11
    return int(d[10]) == (0 if r <= 1 else 11 - r)


# 公安委員会 codes (first two digits of a driving-licence number); 00 = converted foreign licence.
_DL_AUTHORITIES = frozenset(
    [0, 10, 11, 12, 13, 14, 20, 21, 22, 23, 24, 25, 30]
    + list(range(40, 50)) + list(range(50, 56)) + list(range(60, 66))
    + list(range(70, 75)) + list(range(80, 84)) + list(range(90, 98))
)


def driver_license_valid(d: str) -> bool:
    """運転免許証番号: 2-digit authority, 2-digit year, 6-digit serial, check digit
    (11 - Σ(weights 5,4,3,2,7,6,5,4,3,2) mod 11) mod 10, then the reissue count."""
    if len(d) != 12 or not d.isdigit() or int(d[:2]) not in _DL_AUTHORITIES:
        return False
    r = sum(int(x) * w for x, w in zip(d[:10], _MOD11_10)) % 11
    return int(d[10]) == (11 - r) % 10


def corporate_number_valid(d: str) -> bool:
    """法人番号: leading check digit = 9 - (Σ digits × (1,2 alternating from the right)) mod 9."""
    if len(d) != 13 or not d.isdigit():
        return False
    base = d[1:]
    s = sum(int(x) * (2 if i % 2 else 1) for i, x in enumerate(reversed(base)))
    return int(d[0]) == 9 - s % 9


def ean13_valid(d: str) -> bool:
    if len(d) != 13 or not d.isdigit():
        return False
    s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(d[:12]))
    return (10 - s % 10) % 10 == int(d[12])


_ASCENDING = "0123456789" * 3
_DESCENDING = "9876543210" * 3


def trivial_digits(d: str) -> bool:
    """Placeholder-like digits (0000…, 1111…, 1234…, 9876…) — examples, not real numbers."""
    if not d:
        return True
    return len(set(d)) <= 2 or d in _ASCENDING or d in _DESCENDING


_SAMPLE_NEAR = compile_fast(r"(?i)見本|記入例|サンプル|ダミー|テスト|例[:：]|sample|example|dummy|test|specimen")
HOLDER_REACH = 40


def held_by_someone(text: str, start: int, end: int, holder) -> bool:
    """A card's holder (what `holder` finds) named beside its number, with no sample word near: a real card, however
    made-up its digits look (4980 1234 5678 9011 in a lost wallet's list; AB12345678CD after Name: Rahul Sharma)."""
    lo, hi = max(0, start - HOLDER_REACH), min(len(text), end + HOLDER_REACH)
    return holder.search(text, lo, hi) is not None and _SAMPLE_NEAR.search(text, max(0, start - 200), hi) is None


# ---------------------------------------------------------------------------
# Context helpers (shared with finance / contact / birth)
# ---------------------------------------------------------------------------
_TABLE_DELIMS = ("|", "\t", ",")


class _Lines:
    """Line table of a document (built once per scan): line starts, and per line the
    start of the table block it belongs to for each delimiter."""

    __slots__ = ("starts", "ends", "block_start", "_spaced")

    def __init__(self, text: str):
        starts = [0]
        for m in _NEWLINE.finditer(text):
            starts.append(m.end())
        self.starts = starts
        self.ends = [s - 1 for s in starts[1:]] + [len(text)]
        self.block_start: dict[str, list[int]] = {}
        for delim in _TABLE_DELIMS:
            need = 2 if delim == "|" else 1
            blocks = []
            prev_ok = False
            for i, (a, b) in enumerate(zip(self.starts, self.ends)):
                ok = text.count(delim, a, b) >= need
                if not ok:
                    blocks.append(-1)
                elif prev_ok:
                    blocks.append(blocks[-1])
                else:
                    blocks.append(i)
                prev_ok = ok
            self.block_start[delim] = blocks
        self._spaced: Optional[list[int]] = None

    def spaced_block_start(self, text: str, i: int) -> int:
        """The first line of the run of lines around line i whose fields are split by spaces (three or more
        fields a line), or -1; worked out for every line at the first question."""
        if self._spaced is None:
            blocks: list[int] = []
            for k, (a, b) in enumerate(zip(self.starts, self.ends)):
                ok = len(_FIELD_GAP.findall(text, a, b)) >= 2
                blocks.append(-1 if not ok else blocks[-1] if k and blocks[-1] >= 0 else k)
            self._spaced = blocks
        return self._spaced[i]


_FIELD_GAP = compile_fast(r"(?<=[^ \t　])[ \t　]+(?=[^ \t　])")


_NEWLINE = compile_fast("\n")


def _lines(doc: Document) -> _Lines:
    lines = getattr(doc, "_mamori_lines", None)
    if lines is None:
        lines = doc._mamori_lines = _Lines(doc.text)
    return lines


def header_cell(doc: Document, pos: int) -> str:
    """The header cell of the table column holding `pos` ('' if not in a table).

    Tables are runs of lines that share a delimiter (| , or tab); the header is the
    first line of that run. The line table is built once per document."""
    text = doc.text
    lines = _lines(doc)
    i = bisect_right(lines.starts, pos) - 1
    ls = lines.starts[i]
    for delim in _TABLE_DELIMS:
        h = lines.block_start[delim][i]
        if h < 0:
            continue
        if h == i:
            return ""
        col = text.count(delim, ls, pos)
        header = text[lines.starts[h]:lines.ends[h]]
        cells = header.split(delim)
        if col < len(cells):
            cell = cells[col]
            if delim == "|" and set(cell.strip()) <= set("-: "):
                return ""
            return cell
        return ""
    # a table pasted with its columns split by spaces (被保険者番号　氏名　生年月日⏎０００３１２４５７８　宮下　トメ …): a
    # name or an address with a space inside shifts the later columns, so only the first column is read
    if text[ls:pos].strip(" \t　"):
        return ""
    h = lines.spaced_block_start(text, i)
    if h < 0 or h == i:
        return ""
    header = text[lines.starts[h]:lines.ends[h]].strip(" \t　")
    if any(ch.isdigit() for ch in header):
        return ""
    return _FIELD_GAP.split(header, 1)[0]


def find_context(doc: Document, start: int, end: int, words: Iterable[str],
                 before: int = 30, after: int = 20, header: bool = True) -> Optional[str]:
    """The first context word near [start, end) or in the table column's header."""
    w = doc.has_context(start, end, words, before, after)
    if w:
        return w
    if header:
        cell = header_cell(doc, start)
        if cell:
            low = cell.lower()
            for word in words:
                if word in cell or word in low:
                    return word
    return None


def find_context_ci(doc: Document, start: int, end: int, words: Iterable[str],
                    before: int = 30, after: int = 20) -> Optional[str]:
    """Like find_context but case-insensitive for ASCII words (words given lower-case)."""
    a = max(0, start - before)
    left = doc.text[a:start].lower()
    right = doc.text[end:end + after].lower()
    for w in words:
        if (w in left or w in right) and (not "a" <= w[:1] <= "z" or _starts_a_word(doc.text, w, a, start, end, end + after)):
            return w
    cell = header_cell(doc, start).lower()
    if cell:
        for w in words:
            if w in cell:
                return w
    return None


# (an English word of the context is one at a word's start: ver is no version inside naver.com, nor inside server)
@functools.lru_cache(maxsize=None)
def _word_at_start(w: str) -> re.Pattern:
    return re.compile(r"(?<![a-z])" + re.escape(w), re.IGNORECASE)


def _starts_a_word(text: str, w: str, a: int, b: int, c: int, d: int) -> bool:
    """`w` occurs at a word's start inside text[a:b] or text[c:d] (the letter just before a window counts)."""
    rx = _word_at_start(w)
    for lo, hi in ((a, b), (c, d)):
        seg = text[max(0, lo - 1):hi]
        if rx.search(seg, 1 if lo > 0 else 0):
            return True
    return False


# ---------------------------------------------------------------------------
# Digit runs: groups of digits joined by single '-' or ' ', never part of a longer
# number, a decimal, a version, a time or a path.
# ---------------------------------------------------------------------------
_RUN = _CONTEXT["ids_digit_run"]
_GROUP = compile_fast(r"\d+")


# three or four groups of four digits joined by dots (4827.0653.5661, 4956.7046.3650.0533), not a longer
# dotted run (an OID, a version)
_DOTTED_GROUPS = compile_fast(r"(?<![0-9.])[0-9]{4}(?:\.[0-9]{4}){2,3}(?![0-9]|\.[0-9])")


def number_pieces(doc: Document) -> list[tuple[int, int, str, tuple[int, ...], str]]:
    """(start, end, digits, group sizes, separator) for every piece of every run.

    A run is cut only at spaces: hyphen-joined chunks stay whole (the tail of a card
    number is never a My Number), space-joined groups of 3+ digits may form a number.
    Cached on the document."""
    cached = getattr(doc, "_mamori_pieces", None)
    if cached is not None:
        return cached
    out = []
    for m in _RUN.finditer(doc.text):
        s = m.group()
        if len(s) < 7:
            continue
        base = m.start()
        chunks = []  # (start, end, digits, groups, sep) per space-separated chunk
        pos = 0
        for part in s.split(" "):
            if part:
                groups = tuple(len(g) for g in part.split("-"))
                chunks.append((base + pos, base + pos + len(part), part.replace("-", ""),
                               groups, "-" if len(groups) > 1 else ""))
            pos += len(part) + 1
        n = len(chunks)
        for i in range(n):
            out.append(chunks[i])
            if chunks[i][4]:
                continue
            digits = chunks[i][2]
            groups = list(chunks[i][3])
            if groups[0] < 2:
                continue
            for j in range(i + 1, n):
                # (a two-digit group joins only between longer ones: a licence number 4215 33 876420
                # is written 4-2-6 after its authority, year and serial)
                short_inside = (chunks[j][3][0] == 2 and j + 1 < n and not chunks[j + 1][4]
                                and chunks[j + 1][3][0] >= 3)
                if chunks[j][4] or (chunks[j][3][0] < 3 and not short_inside):
                    break
                digits += chunks[j][2]
                groups.append(chunks[j][3][0])
                if len(digits) > 19:
                    break
                out.append((chunks[i][0], chunks[j][1], digits, tuple(groups), " "))
    # four-digit groups joined by dots (4827.0653.5661, as some write a My Number or a card's number)
    if "." in doc.text:
        for m in _DOTTED_GROUPS.finditer(doc.text):
            out.append((m.start(), m.end(), m.group().replace(".", ""), (4,) * (m.group().count(".") + 1), "."))
    doc._mamori_pieces = out
    return out


# ---------------------------------------------------------------------------
# The 11/12/13-digit identifiers, interpreted together
# ---------------------------------------------------------------------------
MY_NUMBER_CONTEXT = lexicon.words("ids.my_number_context")
DRIVER_LICENSE_CONTEXT = lexicon.words("ids.driver_license_context")
RESIDENT_CODE_CONTEXT = lexicon.words("ids.resident_code_context")
CORPORATE_CONTEXT = lexicon.words("ids.corporate_context")
# Words that say a number is something else (voucher, asset, product code ...).
NEGATIVE_CONTEXT = lexicon.words("ids.negative_context")

_GROUPINGS_12 = {(12,), (4, 4, 4)}
_GROUPINGS_11 = {(11,), (3, 4, 4), (4, 4, 3), (5, 6), (4, 7)}
_GROUPINGS_DL = {(12,), (4, 4, 4), (2, 2, 6, 1, 1), (2, 2, 6, 2), (4, 6, 2), (4, 2, 6)}
_GROUPINGS_13 = {(13,), (1, 4, 4, 4), (4, 4, 4, 1)}

_PHONE_LIKE_11 = _CONTEXT["ids_phone_like_11"]


# a label right after the number that says it is made up: 6414 2001 5380（架空・検査用数字不一致）
# the text saying its numbers are made up or fail their check on purpose
_NUMBERS_DECLARED_MADE_UP = compile_fast(r"架空の(?:値|番号|数値|データ)|架空値|ダミー(?:の)?(?:値|番号|データ)|テスト用の?(?:値|番号|データ)|"
                                         r"(?:チェックデジット|検査用?数字)(?:が|の)?(?:不一致|合わない|一致しない)|(?i:dummy numbers?|fake numbers?)|"
                                         # (or says they are not what their shape suggests: いずれも…管理番号で、個人番号ではありません)
                                         r"(?:個人番号|マイナンバー)(?:では|じゃ)(?:ありません|ない|なく)")
SAMPLE_LABEL_AFTER = compile_fast(r"[ 　]*[（(][^（）()\n]{0,14}?(?:架空|サンプル|ダミー|見本|例|無効|テスト|不一致|(?i:sample|dummy|fictitious|invalid))")


# a number written as a quoted argument of a call in code (assert not is_valid("533609192401")): a test
# value of the code under review; a failing one is made up on purpose, not someone's number mistyped
_CODE_ARGUMENT_BEFORE = compile_fast(r"[A-Za-z_][A-Za-z0-9_.]*\([ \t]*[\"']$")


def _made_up(doc: Document, start: int, end: int) -> bool:
    """Does the text itself say the number is made up: a label after it, a test value in code, or a text that says
    its numbers are made up or fail their check (テスト用に…すべてチェックデジット不一致の架空値です)? (Asked of numbers
    whose check fails only: a number that passes is read whatever the text calls it.)"""
    text = doc.text
    if SAMPLE_LABEL_AFTER.match(text, end) is not None:
        return True
    declared = getattr(doc, "_mamori_made_up_numbers", None)
    if declared is None:
        declared = doc._mamori_made_up_numbers = _NUMBERS_DECLARED_MADE_UP.search(text) is not None  # type: ignore[attr-defined]
    if declared:
        return True
    return text[end:end + 1] in ("\"", "'") and _CODE_ARGUMENT_BEFORE.search(text, max(0, start - 60), start) is not None


def _score(valid: bool, context: Optional[str], negative: bool, labelled: bool = False,
           sample_label: bool = False) -> Optional[float]:
    if not valid and sample_label:
        return None  # a failing number its writer labels as made up: an example, not a typo
    if valid and context:
        return VALID_WITH_CONTEXT
    if valid:
        return None if negative else VALID_NO_CONTEXT
    if context and not negative:
        # the value of a field named for the identifier (「住民票コード：…」) is that identifier
        # even when a digit is mistyped or the writer's check-digit convention differs: the
        # text leaving is still someone's number (fail closed); a context word further away
        # may be about another number, and warns
        return INVALID_LABELLED if labelled else INVALID_WITH_CONTEXT
    return None


def _labelled_by(doc: Document, start: int, word: Optional[str]) -> bool:
    """Is the number the value of a field labelled `word` (the word right before it on its line)?"""
    if not word:
        return False
    left = doc.text[max(0, start - len(word) - 6):start].lower()
    i = left.rfind(word)
    return i >= 0 and _LABEL_GAP.fullmatch(left, i + len(word)) is not None


_LABEL_GAP = compile_fast(r"[ \t　]*(?:[:：=|]|は|番号|\(11桁\)|\(12桁\))?[ \t　]*")


# (what the number's check is called, passed) → reason id (labels.REASONS, a template)
_CHECK_REASONS = {
    ("check_digit", True): "ids.check_digit.valid", ("check_digit", False): "ids.check_digit.invalid",
    ("check_number", True): "ids.check_number.valid", ("check_number", False): "ids.check_number.invalid",
}


def _reason(digits: int, valid: bool, context: Optional[str], check: str = "check_digit") -> str:
    r = REASONS[_CHECK_REASONS[check, bool(valid)]].format(digits=digits)
    if context:
        r += "・" + REASONS["ids.context_word"].format(word=context)
    return r


# one more group of four digits right after / before three space-joined groups: the run is a 16-digit number
_FOURTH_GROUP_AFTER = compile_fast(r"[ ][0-9]{4}(?![0-9])")
# … or a last digit of its own, as a 13-digit corporate number is grouped (6972 6231 0605 9)
_LAST_DIGIT_AFTER = compile_fast(r"[ ][0-9](?![0-9])")
_GROUP_BEFORE = compile_fast(r"(?<![0-9])[0-9]{4}[ ]$")
_FAR = 100  # characters: how far a context word may stand from a number whose check digit passes


def _neg(doc: Document, start: int, end: int) -> bool:
    if find_context_ci(doc, start, end, NEGATIVE_CONTEXT, 15, 5) is not None:
        return True
    if _CODE_LABEL_BEFORE.search(doc.text, max(0, start - 14), start):
        return True  # (事業コード：301205847716 — a code its label names, not a person's number; 住民票コード is one)
    # (… or the next cell of its row names it a goods' or an order's number: 654418520073 | (order no. from wholesaler))
    le = doc.text.find("\n", end, end + 40)
    return _GOODS_CELL_AFTER.search(doc.lower, end, le if le != -1 else min(len(doc.text), end + 40)) is not None


# a label that names the number another kind of code (事業コード：…, 団体コード …, Product code: …)
_CODE_LABEL_BEFORE = compile_fast(r"(?:(?<!住民票)(?<!住民)コード|(?i:\b(?:product|item|project|business|program|area|postal)[ _]?code))"
                                  r"[ 　]*(?:[:：=]|は)?[ 　]*$")
_GOODS_CELL_AFTER = compile_fast(r"[|,\t][^|,\t\n]{0,6}?(?:order|注文|発注|商品|品番|型番|jan|isbn|sku|serial|シリアル|伝票|invoice|tracking|追跡)")
_DATE_SERIAL = _CONTEXT["ids_date_serial"]
_EXAMPLE_BEFORE = _CONTEXT["ids_example_before"]
_RANGE_AFTER = _CONTEXT["ids_range_after"]
_RANGE_BEFORE = _CONTEXT["ids_range_before"]


def _list_of_others(pieces: list) -> bool:
    """A list of twelve-digit numbers most of which pass neither check digit (管理番号, 受付番号 …): one that passes
    by chance (one in eleven does) is another of the list's numbers, unless an identifier's word is beside it."""
    twelve = [d for _, _, d, _, _ in pieces if len(d) == 12]
    failing = sum(1 for d in twelve if not my_number_valid(d) and not driver_license_valid(d)) if len(twelve) >= 3 else 0
    return failing >= 2 and 2 * failing >= len(twelve)


def _another_kind_of_number(doc: Document, start: int, groups: tuple, sep: str) -> bool:
    """A twelve-digit number failing the check digit given as an example (例えば 062150023001), or grouped as no My
    Number is (06-215-0023-001): another kind of number, whatever word about My Numbers is near."""
    return bool(_EXAMPLE_BEFORE.search(doc.text, max(0, start - 4), start) or (sep and groups not in _GROUPINGS_12))


def _numeric_findings(doc: Document) -> list[Candidate]:
    cached = getattr(doc, "_mamori_numeric", None)
    if cached is not None:
        return cached
    found: list[Candidate] = []
    pieces = list(number_pieces(doc))
    list_of_others = _list_of_others(pieces)
    for start, end, d, groups, sep in pieces:
        n = len(d)
        if trivial_digits(d) or trivial_digits(d[:-1]) or trivial_digits(d[1:]):
            continue
        options: list[tuple[float, int, Candidate]] = []  # (score, priority, cand)
        if n == 12:
            if sep == " " and (_FOURTH_GROUP_AFTER.match(doc.text, end) or _GROUP_BEFORE.search(doc.text, max(0, start - 6), start)):
                continue  # three groups of a card-shaped 4-4-4-4 number (1111 2222 3333 4440) are no My Number
            neg = None
            ctx_mn = find_context_ci(doc, start, end, MY_NUMBER_CONTEXT, 30, 20)
            ctx_dl = find_context_ci(doc, start, end, DRIVER_LICENSE_CONTEXT, 30, 20)
            if not (ctx_mn or ctx_dl) and (list_of_others or _DATE_SERIAL.match(d) or _EXAMPLE_BEFORE.search(doc.text, max(0, start - 4), start)
                                           or sep == " " and _LAST_DIGIT_AFTER.match(doc.text, end)
                                           or _RANGE_AFTER.match(doc.text, end)
                                           or _RANGE_BEFORE.search(doc.text, max(0, start - 24), start)):
                # with no context word: a serial that starts with a date (受付日8桁＋連番: 202604156214),
                # a number given as an example (例：…) or one end of a range of serials (…0137 〜 …0236) is
                # not an identifier that happens to pass
                continue
            if groups in _GROUPINGS_12 or ctx_mn:
                v = my_number_valid(d)
                if v and not ctx_mn:
                    # a passing check digit (one number in eleven passes by chance) with the word a
                    # sentence or two away: 「マイナンバーのチェックが…見てほしい。入力値→3057…」
                    ctx_mn = find_context_ci(doc, start, end, MY_NUMBER_CONTEXT, _FAR, _FAR // 2)
                if not v and _another_kind_of_number(doc, start, groups, sep):
                    continue
                neg = _neg(doc, start, end)
                s = _score(v, ctx_mn, neg, _labelled_by(doc, start, ctx_mn), _made_up(doc, start, end))
                reason = _reason(12, v, ctx_mn)
                if s == VALID_NO_CONTEXT and groups == (4, 4, 4) and sep:
                    # written 4-4-4 with separators, as on the card: a passing check digit
                    # in that shape is strong evidence even with no context word
                    s, reason = VALID_GROUPED, reason + "・" + REASONS["ids.grouped_4_4_4"]
                if s is not None:
                    options.append((s, 2, Candidate("JP_MY_NUMBER", start, end, s, reason)))
            if groups in _GROUPINGS_DL or ctx_dl:
                v = driver_license_valid(d)
                if neg is None:
                    neg = _neg(doc, start, end)
                s = _score(v, ctx_dl, neg, sample_label=not v and _made_up(doc, start, end))
                if s is not None:
                    options.append((s, 1, Candidate("JP_DRIVER_LICENSE", start, end, s,
                                                    _reason(12, v, ctx_dl, "check_number"))))
        elif n == 11:
            ctx = find_context_ci(doc, start, end, RESIDENT_CODE_CONTEXT, 30, 20)
            if groups in _GROUPINGS_11 or ctx:
                v = resident_code_valid(d)
                # an 11-digit number starting with 0 is far more likely a phone number
                phone_like = bool(_PHONE_LIKE_11.match(d))
                neg = _neg(doc, start, end)
                s = _score(v, ctx, neg or (phone_like and not ctx), _labelled_by(doc, start, ctx), _made_up(doc, start, end))
                if s is not None:
                    options.append((s, 1, Candidate("JP_RESIDENT_CODE", start, end, s,
                                                    _reason(11, v, ctx, "check_number"))))
        elif n == 13:
            if groups in _GROUPINGS_13 and corporate_number_valid(d):
                ctx = find_context_ci(doc, start, end, CORPORATE_CONTEXT, 30, 20)
                # 法人番号 is public: informational; a score at block level makes the
                # policy apply the type's own action (allow) and claim the span.
                s = 0.95 if ctx else 0.80
                options.append((s, 0, Candidate("JP_CORPORATE_NUMBER", start, end, s,
                                                "13桁・検査用数字が一致（法人番号は公開情報）"
                                                + (f"・文脈語「{ctx}」" if ctx else ""))))
        if options:
            options.sort(key=lambda o: (o[0], o[1]), reverse=True)
            found.append(options[0][2])
    # keep the longest / best of overlapping pieces
    kept = keep_non_overlapping(found, longest_first)
    doc._mamori_numeric = kept
    return kept


class _NumericType(Detector):
    """Reports its own type from the shared interpretation of digit runs."""

    def analyze(self, doc: Document) -> list[Candidate]:
        rule = _CHECK_RULES.get(self.type, "")
        return [Candidate(c.type, c.start, c.end, c.score, c.reason, rule=rule)
                for c in _numeric_findings(doc) if c.type == self.type]


_PASSPORT_RULES = _rules("ids.passport.")
_RESIDENCE_RULES = _rules("ids.residence_card")
_PENSION_RULES = _rules("ids.pension.")
_HEALTH_RULES = _rules("ids.health_insurance.")
# the type of a check-digit identifier -> its rule in ids.toml (the rule's judge names the validator)
_CHECK_RULES = {r.type: r.id for r in _rules("ids.check.")}


@register
class MyNumberDetector(_NumericType):
    type = "JP_MY_NUMBER"
    context_words = MY_NUMBER_CONTEXT

    def validate(self, value: str) -> Optional[bool]:
        return my_number_valid(digits_of(value))


@register
class ResidentCodeDetector(_NumericType):
    type = "JP_RESIDENT_CODE"
    context_words = RESIDENT_CODE_CONTEXT

    def validate(self, value: str) -> Optional[bool]:
        return resident_code_valid(digits_of(value))


@register
class DriverLicenseDetector(_NumericType):
    type = "JP_DRIVER_LICENSE"
    context_words = DRIVER_LICENSE_CONTEXT

    def validate(self, value: str) -> Optional[bool]:
        return driver_license_valid(digits_of(value))


@register
class CorporateNumberDetector(_NumericType):
    type = "JP_CORPORATE_NUMBER"
    context_words = CORPORATE_CONTEXT

    def validate(self, value: str) -> Optional[bool]:
        return corporate_number_valid(digits_of(value))


# ---------------------------------------------------------------------------
# Letter + digit identifiers
# ---------------------------------------------------------------------------
PASSPORT_TEXT_REACH = 300
PASSPORT_FAR_CONTEXT = 0.60


@register
class PassportDetector(Detector):
    """旅券番号: 2 letters + 7 digits (older / foreign: 1 letter + 7-8 digits).
    No check digit: reported only with 旅券 / パスポート / passport nearby."""

    type = "JP_PASSPORT"
    context_words = lexicon.words("ids.passport.context_words")

    def analyze(self, doc: Document) -> list[Candidate]:
        out = []
        for rule in _PASSPORT_RULES:
            value = "v" in rule.rx.groupindex  # (a rule that names its value: the word before is context)
            for m in finditer_sparse(rule.rx, doc.text):
                s, e = m.span("v") if value else m.span()
                if trivial_digits(digits_of(doc.text[s:e])):
                    continue
                # (a rule whose pattern holds the label itself — passport number was inside: … — needs no more)
                ctx = "passport" if rule.judge == "after_label" else find_context_ci(doc, s, e, self.context_words, 25, 15)
                score = rule.score
                if not ctx and rule.id == "ids.passport.two_letters":
                    # a list of travellers whose passports the text mentions further off (1 市民団員 高坂 美帆 TZ8041736 …
                    # ※パスポートの有効期限は確認済み): the passport's shape, the word in the text — a warning, masked
                    ctx = find_context_ci(doc, s, e, self.context_words, PASSPORT_TEXT_REACH, PASSPORT_TEXT_REACH)
                    score = min(score, PASSPORT_FAR_CONTEXT)
                if not ctx:
                    continue
                out.append(Candidate(self.type, s, e, score, _with_context(rule, ctx), rule=rule.id))
        if "<<" in doc.text:
            # a passport's machine-readable zone: its first line names the holder (SURNAME<<GIVEN), its
            # second starts with the passport's number (ICAO 9303) — both the holder's
            for m in _MRZ.finditer(doc.text):
                out.append(Candidate("PERSON", m.start("name"), m.end("name"), 0.90, REASONS["ids.passport.mrz"]))
                out.append(Candidate(self.type, m.start("num"), m.end("num"), 0.90, REASONS["ids.passport.mrz"]))
        return out


# P<JPNKOBAYASHI<<MEGUMI<<<…⏎TK40918273JPN8805213F…
_MRZ = compile_fast(r"P[<A-Z][A-Z]{3}(?P<name>[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*)<*[ \t]*\r?\n[ \t]*"
                    r"(?P<num>[A-Z0-9]{7,9})<?[0-9][A-Z]{3}[0-9]{6}")

_PRODUCT_CONTEXT = lexicon.words("ids.product_context")
# a name field with a name in it beside a card's number (Name: Rahul Sharma, 氏名：グエン・ヴァン・ナム): its holder
_NAMED_HOLDER = compile_fast(r"(?i)(?:氏名|名前|name)[ \t]*[:：][ \t]*[A-Za-z\u3041-\u30ff\u4e00-\u9fff]{2}")


@register
class ResidenceCardDetector(Detector):
    """在留カード番号: 2 letters + 8 digits + 2 letters — distinctive by shape."""

    type = "JP_RESIDENCE_CARD"
    context_words = lexicon.words("ids.residencecard.context_words")

    def analyze(self, doc: Document) -> list[Candidate]:
        out = []
        for rule in _RESIDENCE_RULES:
            for m in rule.rx.finditer(doc.text):
                ctx = find_context_ci(doc, m.start(), m.end(), self.context_words, 30, 15)
                if trivial_digits(digits_of(m.group())) and not (ctx and held_by_someone(doc.text, m.start(), m.end(), _NAMED_HOLDER)):
                    continue
                if not ctx and find_context_ci(doc, m.start(), m.end(), _PRODUCT_CONTEXT, 20, 5):
                    continue
                score = VALID_WITH_CONTEXT if ctx else rule.score
                out.append(Candidate(self.type, m.start(), m.end(), score, _with_context(rule, ctx), rule=rule.id))
        return out


@register
class PensionNumberDetector(Detector):
    """基礎年金番号: 4 + 6 digits (no public check digit): needs 年金 context."""

    type = "JP_PENSION_NUMBER"
    strong_context = lexicon.words("ids.pensionnumber.strong_context")
    weak_context = ("年金", "pension")

    def analyze(self, doc: Document) -> list[Candidate]:
        out = []
        for rule in _PENSION_RULES:
            if not rule.judge:  # a rule judged by its own signals alone (the catalogue's engine)
                out += engine.shipped().candidates(doc, [rule])
                continue
            for m in rule.rx.finditer(doc.text):
                s, e = m.span()
                if trivial_digits(m.group(1) + m.group(2)):
                    continue
                ctx = find_context_ci(doc, s, e, self.strong_context, 30, 10)
                if ctx:
                    score = VALID_WITH_CONTEXT
                else:
                    ctx = find_context_ci(doc, s, e, self.weak_context, 20, 5)
                    separated = "-" in m.group() or " " in m.group()
                    if not ctx and separated and "番号" not in doc.text[max(0, s - 10):s]:
                        # (asked for in a conversation's earlier turn: 「基礎年金番号のわかるものは」…「4170-253968です」 —
                        # not a number another label names: 受付番号 5120 304818)
                        ctx = find_context_ci(doc, s, e, self.strong_context, 120, 0)
                    if not ctx:
                        continue
                    score = 0.80 if separated else INVALID_WITH_CONTEXT
                out.append(Candidate(self.type, s, e, score, _with_context(rule, ctx), rule=rule.id))
        return out


@register
class HealthInsuranceDetector(Detector):
    """健康保険・介護保険の被保険者番号 / 記号・番号 — context driven (no public check digit)."""

    type = "JP_HEALTH_INSURANCE"
    # 枝番 (the two-digit suffix of a health-insurance card since 2021) says it as well
    insurance_context = lexicon.words("ids.healthinsurance.insurance_context")
    bank_context = lexicon.words("ids.healthinsurance.bank_context")

    def analyze(self, doc: Document) -> list[Candidate]:
        out = []
        for rule in _HEALTH_RULES:
            if not rule.judge:  # a rule judged by its own signals alone (the catalogue's engine)
                out += engine.shipped().candidates(doc, [rule])
                continue
            for m in rule.rx.finditer(doc.text):
                if rule.judge == "context_word":  # 記号・番号: an insurance word near, no bank word
                    ctx = find_context_ci(doc, m.start(), m.end(), self.insurance_context, 80, 15)
                    bank = find_context_ci(doc, m.start(), m.end(), self.bank_context, 30, 10)
                    if not ctx or bank:
                        continue
                    if len(set(digits_of(m.group("sym") + m.group("num")))) <= 1:
                        continue  # 「記号 00 番号 000000」: the form's blank shown as an example
                    s, e = m.start("sym"), m.end("num")
                    reason = _with_context(rule, ctx)
                else:  # the number after a 被保険者番号 / 保険者番号 label (with the card's symbol before it, if any)
                    s, e = m.span("num")
                    val = m.group("num").rstrip(" -")
                    e = s + len(val)
                    if "sym" in rule.rx.groupindex:
                        s = m.start("sym")
                    if len(digits_of(val)) < 4 or len(set(digits_of(val))) <= 1 or SAMPLE_LABEL_AFTER.match(doc.text, e):
                        continue  # 0000000000（記入例）: a blank or a sample shown as such
                    reason = REASONS[rule.reason]
                out.append(Candidate(self.type, s, e, rule.score, reason, rule=rule.id))
        return out


_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_KR_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def cn_resident_id_valid(v: str) -> bool:
    """中国 居民身份证号码 (GB 11643-1999): ISO 7064 MOD 11-2 over the first 17 digits."""
    d = v.upper()
    return len(d) == 18 and d[:17].isdigit() and "10X98765432"[sum(int(a) * w for a, w in zip(d, _CN_WEIGHTS)) % 11] == d[17]


def kr_rrn_valid(v: str) -> bool:
    """주민등록번호: (11 - Σ(digit × 2,3,…,9,2,…,5) mod 11) mod 10 is the 13th digit."""
    d = v.replace("-", "")
    return len(d) == 13 and d.isdigit() and (11 - sum(int(a) * w for a, w in zip(d, _KR_WEIGHTS)) % 11) % 10 == int(d[12])


def br_cpf_valid(v: str) -> bool:
    """CPF: two mod-11 check digits (weights 10..2, then 11..2); all-equal digits are invalid."""
    d = v.replace(".", "").replace("-", "")
    if len(d) != 11 or not d.isdigit() or len(set(d)) == 1:
        return False
    for n in (9, 10):
        r = sum(int(d[i]) * (n + 1 - i) for i in range(n)) * 10 % 11
        if (0 if r == 10 else r) != int(d[n]):
            return False
    return True


def iban_valid(v: str) -> bool:
    """IBAN (ISO 13616): the country code and check digits moved to the end, letters as 10–35, mod 97 is 1."""
    d = v.replace(" ", "").upper()
    if not 15 <= len(d) <= 34 or not d[:2].isalpha() or not d[2:4].isdigit():
        return False
    return int("".join(str(int(c, 36)) for c in d[4:] + d[:4])) % 97 == 1


_FOREIGN_VALIDATORS = {"cn_resident_id_valid": cn_resident_id_valid, "kr_rrn_valid": kr_rrn_valid, "br_cpf_valid": br_cpf_valid,
                       "iban_valid": iban_valid}
_FOREIGN_RULES = _rules("ids.foreign.")


@register
class ForeignNationalIdDetector(Detector):
    """The national identity numbers of other countries whose check digits are public (China's resident ID,
    Korea's resident registration number, Brazil's CPF): a number that passes is one person's. So is an IBAN, an
    account's number abroad with its own check digits."""

    type = "PERSON"
    produces = ("PERSON", "JP_BANK_ACCOUNT")  # (an IBAN is an account's number)
    gate = (r"[0-9]{3}\.[0-9]{3}\.|[0-9]{6}-[1-8]|[0-9]{17}|dni|curp|rut|nie|cccd|cmnd|c[ăa]n c[ưu][ớo]c|định danh|身份证|身分證|주민등록|"
            r"(?<![a-z0-9])[a-z]{2}[0-9]{2}[ ]?[0-9a-z]{4}[ ]?[0-9a-z]{4}|身份证件|证件号码|护照号|学籍号|出生证|证书编号|证字号|외국인등록|여권|h[ộo] chi[ếe]u|pasaporte|passaporte")

    def analyze(self, doc: Document) -> list[Candidate]:
        out = []
        for rule in _FOREIGN_RULES:
            if not rule.judge:  # a rule judged by its label and signals alone (the catalogue's engine)
                out += engine.shipped().candidates(doc, [rule])
                continue
            valid = _FOREIGN_VALIDATORS[rule.judge]
            for m in finditer_sparse(rule.rx, doc.text):
                if valid(m.group()):
                    out.append(Candidate(rule.type, m.start(), m.end(), rule.score, REASONS[rule.reason], rule=rule.id))
        return out


_MUNICIPAL_RULES = _rules("ids.municipal.")


@register
class MunicipalNumberDetector(Detector):
    """A resident's number in the city's own systems after its label (宛名 0002205871, 手帳番号は 精-第0418290号): no
    check digit, but the label says it is one resident's key (the catalogue's engine judges the rules)."""

    type = "PERSON"
    gate = r"宛名|世帯番号|納税|受給者|手帳番号|個人コード|atena|insured person|taxpayer number"

    def analyze(self, doc: Document) -> list[Candidate]:
        return engine.shipped().candidates(doc, _MUNICIPAL_RULES)


def _run_catalogue_rules(doc: Document, rules) -> list[Candidate]:
    """The rules' examples run as the scanner runs their detectors."""
    ids = {r.id for r in rules}
    checked = {r.type for r in rules if r.id.startswith("ids.check.")}
    out = [c for c in _numeric_findings(doc) if c.type in checked]
    for cls in (PassportDetector, ResidenceCardDetector, PensionNumberDetector, HealthInsuranceDetector):
        if any(r.type == cls.type for r in rules):
            out += [c for c in cls().analyze(doc) if c.rule in ids]
    if any(r.id.startswith("ids.foreign.") for r in rules):
        out += [c for c in ForeignNationalIdDetector().analyze(doc) if c.rule in ids]
    if any(r.id.startswith("ids.municipal.") for r in rules):
        out += [c for c in MunicipalNumberDetector().analyze(doc) if c.rule in ids]
    return out


engine.RUNNERS["ids"] = _run_catalogue_rules
