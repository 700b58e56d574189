"""One person written in several scripts side by side: ឈឹម សុវណ្ណារី(Chhim Sovannary/チム・ソワンナリー),
Ei Mon Kyaw(エイ・モン・チョー), សុខ ចាន់ធី(ソック・チャンティ、Sok Chanthy).

Forms, letters and interpreters' notes give a foreign resident's name in their own script with its romanisation and its
katakana in brackets. Once one writing is found to be a name, the others in the same group are the same person's name:
the pieces of the bracket after it, or the name before the bracket it stands in, and the bracket's other pieces. A piece
counts only when it is written the way a name is in its script (capitalised Latin words that are no place, title or
label; katakana in parts; a run of an abugida's or Hangul's
letters). Kanji pieces never do: 田中 太郎(総務課) holds an office, not an alias.

Works on the scanner's normalised text (NFKC: full-width brackets and slashes are ASCII here).
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterator

from . import lexicon

# the separators between the writings inside one bracket
_PIECES = re.compile(r"[、,/;]")
# what a piece may end with and still be the name: an honorific (Viengsamai Sisouvanh 様)
_HONORIFIC_END = re.compile(r"[ ]*(?:様|さん|氏|くん|ちゃん|殿)$")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f\u1e00-\u1eff'\-]+(?: [A-Z][A-Za-z\u00c0-\u024f\u1e00-\u1eff'\-]+){1,3}")
_KATAKANA_PARTS = re.compile(r"[ァ-ヶー]{1,12}(?:[・=  ][ァ-ヶー]{1,12}){1,3}")
# Thai, Lao, Khmer, Burmese, Devanagari, Bengali, Sinhala, Hangul, Cyrillic and Arabic letters (with their marks)
_SCRIPT_LETTERS = ("\u0400-\u04ff\u0600-\u06ff\u0900-\u09ff\u0d80-\u0dff\u0e00-\u0eff\u1000-\u109f"
                   "\u1780-\u17ff\uac00-\ud7af")
_SCRIPT_NAME = re.compile(r"[" + _SCRIPT_LETTERS + r"]{2,}(?: [" + _SCRIPT_LETTERS + r"]{2,}){0,3}")
_SCRIPT_RUN_BEFORE = re.compile(r"[" + _SCRIPT_LETTERS + r"]{2,}(?: [" + _SCRIPT_LETTERS + r"]{2,}){0,3}[ ]?$")
_LATIN_RUN_BEFORE = re.compile(_LATIN_NAME.pattern + r"[ ]?$")
_KATAKANA_RUN_BEFORE = re.compile(r"(?<![ァ-ヶー・])" + _KATAKANA_PARTS.pattern + r"[ ]?$")
BRACKET_REACH = 60  # a bracket of writings is short: one line's few names

_NOT_NAME_WORDS = frozenset(w.lower() for w in lexicon.words("person.en_not_name") + lexicon.words("person.en_product")
                            + lexicon.words("person.labels_en") + lexicon.words("person.latin_titles"))
_KATAKANA_NOT_NAME = frozenset(lexicon.words("person.katakana_not_name"))


def _is_name_writing(piece: str) -> bool:
    """The piece is written the way a name is in its script (a single katakana word is not enough: Nguyen Van
    Minh(ケアマネジャー) names his role)."""
    if _LATIN_NAME.fullmatch(piece):
        return not any(w.lower() in _NOT_NAME_WORDS for w in piece.split())
    if _KATAKANA_PARTS.fullmatch(piece):
        return not any(w in _KATAKANA_NOT_NAME for w in re.split(r"[・=  ]", piece))
    return _SCRIPT_NAME.fullmatch(piece) is not None


def _past_leading_words(text: str, s: int, e: int) -> int:
    """Where a Latin run's name starts after the words before it that are no name (Dear, Mr, Residence …)."""
    while True:
        sp = text.find(" ", s, e)
        if sp == -1 or text[s:sp].lower().rstrip(".") not in _NOT_NAME_WORDS:
            return s
        s = sp + 1


def _pieces(text: str, open_at: int) -> Iterator[tuple[int, int]]:
    """The spans of a bracket's pieces, the bracket opening at `open_at` (nothing when it does not close on its line
    within reach)."""
    close = text.find(")", open_at, open_at + BRACKET_REACH)
    if close == -1 or "\n" in text[open_at:close]:
        return
    pos = open_at + 1
    for m in list(_PIECES.finditer(text, pos, close)) + [None]:
        end = m.start() if m else close
        s, e = pos, end
        while s < e and text[s] == " ":
            s += 1
        while e > s and text[e - 1] == " ":
            e -= 1
        h = _HONORIFIC_END.search(text, s, e)
        if h:
            e = h.start()
        if e > s:
            yield s, e
        pos = end + 1


def _bracket_after(text: str, end: int) -> int:
    """Where a bracket opens right after text[:end], spaces apart (-1: none)."""
    after = end
    while after < len(text) and text[after] == " ":
        after += 1
    return after if after < len(text) and text[after] == "(" else -1


def aliases(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The other writings of the name found at text[start:end]: the pieces of a bracket right after it, or — when it
    stands in a bracket — the name right before the bracket and the bracket's other pieces."""
    out = []
    after = _bracket_after(text, end)
    if after != -1:
        out += [(s, e) for s, e in _pieces(text, after) if _is_name_writing(text[s:e])]
    # the bracket this name stands in (…(ソック・チャンティ、Sok Chanthy)): its opening before the name, on its line
    # (looked for only as far back as the bracket and the name before it can reach: a long line holds many names)
    lo = max(0, start - 2 * BRACKET_REACH)
    line_start = text.rfind("\n", lo, start) + 1 or lo
    open_at = text.rfind("(", max(line_start, start - BRACKET_REACH), start)
    if open_at != -1 and ")" not in text[open_at:start]:
        pieces = list(_pieces(text, open_at))
        if any(s <= start and end <= e for s, e in pieces):
            out += [(s, e) for s, e in pieces if not (s <= start and end <= e) and _is_name_writing(text[s:e])]
            before = text[max(line_start, open_at - BRACKET_REACH):open_at]
            for rx in (_SCRIPT_RUN_BEFORE, _LATIN_RUN_BEFORE, _KATAKANA_RUN_BEFORE):
                m = rx.search(before)
                if m:
                    s = open_at - len(before) + m.start()
                    e = s + len(m.group().rstrip(" "))
                    s = _past_leading_words(text, s, e)  # (Dear Ei Mon Kyaw(…): the name after the salutation)
                    if _is_name_writing(text[s:e]):
                        out.append((s, e))
                    break
    return out


def _folded(word: str) -> str:
    """A Latin word without its diacritics, lower-cased (Đặng → dang)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.replace("Đ", "D").replace("đ", "d"))
                   if not unicodedata.combining(c)).lower()


def owners_of_address(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The name in the bracket right after a mail address at text[start:end] whose every word is spelled in the
    address's local part (maithutrang95@gmail.com(Mai Thu Trang), ngoclan.dang2001@…(Đặng Ngọc Lan)): its owner."""
    local = text[start:end].split("@")[0].lower()
    after = _bracket_after(text, end)
    if after == -1:
        return []
    out = []
    for s, e in _pieces(text, after):
        words = text[s:e].split()
        if _is_name_writing(text[s:e]) and _LATIN_NAME.fullmatch(text[s:e]) \
                and all(len(_folded(w)) >= 2 and _folded(w) in local for w in words):
            out.append((s, e))
    return out


# A name's reading in the next cell of its row (蜂谷 一花　はちや いちか, {"name": "上原 ひより", "kana": "うえはら ひより"}):
# the separator of a table's or a record's cells, then two kana words (family and given name) that end the cell.
_CELL_GAP = re.compile(r'[ \t]+|[ \t]*[,|][ \t]*|"[ \t]*,[ \t]*"[A-Za-z_]{1,20}"[ \t]*:[ \t]*"')
_KANA_FULL_NAME = re.compile(r"(?P<f>[ぁ-ゖー]{2,6}|[ァ-ヺー]{2,7})[ ](?:[ぁ-ゖー]{1,6}|[ァ-ヺー]{1,7})(?![ぁ-ゖァ-ヺー])(?![ ][ぁ-ゖァ-ヺー])")
# (a Latin-script name's katakana in the next cell: "Ochoa Valentina", "kana": "オチョア・バレンティナ")
_KATAKANA_CELL = re.compile(_KATAKANA_PARTS.pattern + r"(?![ァ-ヶー・=])")


def reading_beside(text: str, end: int, latin: bool = False) -> tuple[int, int, str] | None:
    """The kana full name in the cell right after a name ending at `end`: its span and its first word (the family
    name's reading, for the caller to compare with the dictionary's), or None. After a Latin-script name, its
    katakana spelling in parts (first word '')."""
    gap = _CELL_GAP.match(text, end)
    if gap is None:
        return None
    if latin:
        m = _KATAKANA_CELL.match(text, gap.end())
        return (m.start(), m.end(), "") if m and _is_name_writing(m.group()) else None
    m = _KANA_FULL_NAME.match(text, gap.end())
    return (m.start(), m.end(), m.group("f")) if m else None
