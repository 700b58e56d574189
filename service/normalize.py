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
- a run of more than 4 blanks (space, tab, U+3000) keeps only 4 (detector regexes cost the
  square of a run's length; no rule needs more);
- OCR text with a space between every character (「個 人 番 号」, 「【部 外 秘】」, also inside a
  longer text: 「申請者は山 田 花 子さん」) loses those spaces;
- spaces inside a date (1985 年 4 月 12 日, 1996 / 04 / 12) vanish, and a date written in kanji numerals
  (一九八五年四月一二日, 昭和六十年十月一日) gets ASCII digits;
- inline Markdown emphasis (**, __, ~~, *, _) around or inside a value on one line
  (【**部外秘**】, **1985年4月12日**生, 山田**花子**さん) vanishes, unless it stands between
  ASCII letters or digits (A1*B1*C1, 2**8, snake_case stay as they are);
- percent-encoded bytes in a URL or a query string (name=%E4%BD%90%E8%97%A4, 2015%2F03%2F09) are
  decoded, each character mapped back to all of its bytes, and '+' in a query value is a space;
- a number typed four digits to a box or a table cell (| 6405 | 8273 | 9101 |, ① 4539 ② 1488 …) loses
  its cell walls (one space instead), so its check digit or Luhn sum decides as for any grouped number;
- the era's year in brackets inside a date (1979（昭和54）年10月30日) vanishes.
Values broken by a line break (PDF copies, narrow cells, wrapped mail) are handled by a
second look at the joined lines (`join_line_breaks`), not here: joining every line break
would merge the rows of a list or a table.
Not undone (documented in the README): digits written as words (ゼロキュウゼロ), letters that
look like digits (O9O), numbers split by arbitrary prose.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from typing import Optional

from service import lexicon

ZERO_WIDTH = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068"
    "\u2069\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0"
)
# Variation selectors are invisible too, and so are control characters (NUL, BEL, ESC, DEL, C1):
# pasted from terminals or broken files, they only separate what belongs together. Tab, line
# feed and carriage return are layout and stay.
ZERO_WIDTH = ZERO_WIDTH | frozenset(chr(c) for c in range(0xFE00, 0xFE10)) | frozenset(
    chr(c) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0)) if chr(c) not in "\t\n\r")
DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2500\u2501\ufe58\ufe63\uff0d")
LONG_VOWELS = frozenset("\u30fc\uff70")  # ー ｰ : a dash only between digits

# Variant kanji (異体字) common in real surnames that NFKC leaves alone. The dictionary knows
# 吉田 and 高橋, not 𠮷田 or 髙橋: match on the usual form (one character each, so offsets hold).
NAME_VARIANTS = {
    "𠮷": "吉", "髙": "高", "﨑": "崎", "㟢": "崎", "嵜": "崎", "濵": "濱", "德": "徳", "栁": "柳",
    "槗": "橋", "𡈽": "土", "曻": "昇", "鄕": "郷", "邉": "辺", "邊": "辺", "邨": "村", "冨": "富",
    "眞": "真", "國": "国", "齋": "斎", "齊": "斉", "澤": "沢", "櫻": "桜", "廣": "広",
    # (and the old kana of elderly residents' given names: ハツヱ, キヰ — the dictionary knows ハツエ)
    "ヱ": "エ", "ヰ": "イ", "ゑ": "え", "ゐ": "い",
}


KANJI_DIGITS = "〇一二三四五六七八九"
_KANJI_DIGIT_VALUE = {c: str(i) for i, c in enumerate(KANJI_DIGITS)}
# (a separator may have a space on either side: 〇九〇 の 二六一八 の 四四七〇)
_KANJI_DIGIT_RUN = re.compile(
    "[" + KANJI_DIGITS + "](?:[" + KANJI_DIGITS + "]|[ 　]?[のノー－\\-‐―—、・･][ 　]?(?=[" + KANJI_DIGITS + "])|[ 　](?=[" + KANJI_DIGITS + "]))+")
_DIGITS_JOINED_BY_NO = re.compile(r"(?<![0-9０-９])[0-9０-９]{2,4}(?:[ 　]?の[、 　]?[0-9０-９]{3,4}){2,4}(?![0-9０-９])")
# … or two long groups, ten digits or more, a pause after the の (4170の、253968), asked only where の stands before
# six digits (its own pattern starts at every digit)
_TWO_GROUPS_JOINED_BY_NO = re.compile(r"(?<![0-9０-９])[0-9０-９]{4,5}[ 　]?の[、 　]{0,2}[0-9０-９]{6,8}(?![0-9０-９])")
_NO_BEFORE_SIX_DIGITS = re.compile(r"の[、 　]{0,2}[0-9０-９]{6}")
# … every such run holds の before a digit: asked first (sre scans for の), since the run's own pattern
# starts with a look-behind and is tried at every position (0.1 ms of any text with a の in it)
_NO_BEFORE_DIGIT = re.compile(r"の[、 　]{0,2}[0-9０-９]")
# (groups of such digits apart by a wider gap, as a card's number is printed in fours: 9 3 5 8　 5 8 9 2　 7 2 8 4;
# seven digits or more in all, counted where it is used)
_SPACED_DIGITS = re.compile(r"(?<![0-9０-９])[0-9０-９](?:[ 　][0-9０-９])+(?:[ 　]{2}[0-9０-９](?:[ 　][0-9０-９])+)*(?![0-9０-９])")
# (a line that ends in a digit and a dash is an unfinished number, however the next line is indented)
_BROKEN_AFTER_DASH = re.compile(r"(?<=[0-9０-９][-‐－ー])\r?\n[ \t\u3000]*(?=[0-9０-９])")
# A word hyphenated at a line end, as PDFs and mail clients wrap (「Fujimo-⏎to Kaoru」, also inside a
# quoted reply: 「Sato-⏎> mi」): the hyphen and the break vanish, so a name is read whole and masked whole.
_HYPHENATED_WORD = re.compile(r"(?<=[A-Za-z]{2})-\r?\n[ \t]*(?:>[ \t]*)*(?=[a-z]{2})")
# Text copied from a PDF breaks lines anywhere, also inside an address: 「前橋市朝日町⏎一丁目28番3号」.
# A line break (with its spaces) between a town (…町・…村) and a 丁目 / 番地 number vanishes.
# (also after a 丁目, and before a number spaced by OCR: 「二 丁 目⏎　　3 8 番 2 1 号」)
# (in a quoted reply the next line opens with its quote mark: 「…元総社町2丁目⏎> 18番地3」)
_ADDRESS_BREAK = re.compile(
    "(?:[町村]|丁[ 　]?目)(?=[ \t　]*\r?\n[ \t　]*(?:[>＞][ \t　]*)*(?:[0-9０-９一二三四五六七八九十]{1,3}[ 　]?丁[ 　]?目"
    "|[0-9０-９](?:[ 　]?[0-9０-９]){0,3}[ 　]?番))")
# OCR of a form spaces a number digit by digit and the form's layout breaks it over two lines,
# the second indented under the first: 「0 9 0 - 4 8⏎　　　　 2 7 - 1 3 6 5」. Two spaced runs of
# digits and dashes, one a line, with 10 or more digits together, are one number: the spaces and
# the break go. (Unspaced numbers on two lines are two values: a list keeps its rows.) Each run is
# bounded (a phone's half): a long run of spaced digits is tried from every digit, and an unbounded
# run read to its end from each would cost the square of its length.
_OCR_DIGITS_BROKEN = re.compile(
    r"(?<!\S)[0-9０-９](?:[ 　][0-9０-９\-－−‐]){2,12}[ \t　]{0,4}\r?\n[ \t　]{0,12}[0-9０-９](?:[ 　][0-9０-９\-－−‐]){2,12}(?!\S)")
# spaces around a dash between two digit groups of 2+ digits
_OCR_CHOME_NUMBER = re.compile(
    r"[0-9](?:[ 　]?[0-9]){0,2}[ 　]*丁[ 　]?目[ 　]*[0-9](?:[ 　]?[0-9]){0,3}(?:[ 　]*-[ 　]*[0-9](?:[ 　]?[0-9]){0,3}){1,2}(?![0-9])")
# (and a dash glued to one digit with the space after it, OCR's 「３ー １７ー ２２」: the long-vowel mark stands for a
# dash only right after a digit)
_SPACED_DASH = re.compile(r"(?<=[0-9０-９]{2})(?:[ 　]{1,2}[-‐－−][ 　]{0,2}|[-‐－−][ 　]{1,2})(?=[0-9０-９]{2})"
                          r"|(?<=[0-9０-９])[-‐－−ー][ 　]{1,2}(?=[0-9０-９]{1,4}[-‐－−ー][ 　]{0,2}[0-9０-９])"
                          r"|(?<=[0-9０-９]ー)[ 　]{1,2}(?=[0-9０-９]{2})")
_PICTOGRAPH_BETWEEN_DIGITS = re.compile(
    r"(?<=[0-9０-９])[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]\ufe0f?(?=[0-9０-９])")
# OCR of a scanned form puts a space between every character: 「申 請 者　森 下　ゆ か り」.
# A run of 3+ single characters, each standing alone between spaces, at least two of them
# kana or kanji, is one word: the spaces go.
# (dashes include the minus sign and hyphens OCR gives for the one in a phone number: ０２７−２５３)
_OCR_UNIT = "[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff０-９0-9：:、。，,（）()・ー－\\-\u2010\u2011\u2012\u2013\u2212【】「」『』［］〔〕]"
_OCR_SPACED = re.compile(f"(?<![^\\s:：]){_OCR_UNIT}(?:[ \u3000]{_OCR_UNIT}){{2,}}(?![^\\s])")
# … and an IP or e-mail address spaced the same way (1 9 2 . 1 6 8 . 1 0 . 2 5, t a r o @ …): ASCII
# units, joined only when they hold 7+ digits or both @ and a dot
_OCR_ASCII_UNIT = "[0-9A-Za-z.@_\\-]"
_OCR_SPACED_ASCII = re.compile(f"(?<![^\\s]){_OCR_ASCII_UNIT}(?:[ \u3000]{_OCR_ASCII_UNIT}){{5,}}(?![^\\s])")
# The same inside a longer text: 「申請者は山 田 花 子さんです」. Here every unit must be a kana or
# kanji letter and there must be 4 or more (3 spaces), so ordinary text with a space between
# short words (「A 案 と B 案」) keeps its spaces.
_CJK_LETTER = "[\u3041-\u3096\u30a1-\u30fa\u3400-\u9fff\uf900-\ufaff々〆ヶ]"
# A name spaced by OCR with a wider gap between family and given name: 「山 﨑　 健 一」. Each part
# is 2–6 spaced letters, a given name also one (生 方　 翼) (bounded: a long spaced text is tried from every
# letter); the single spaces go and the gap becomes one space (山崎 健一).
# (it may stand right after a label's colon or a bracket, and a bracket or a comma may follow it:
# 「登録者：我 妻 　 七 海（わがつま ななみ）」, a reading or the name in kanji after it)
_OCR_NAME_BEFORE = "(?<![^\\s:：*（(【「])"
_OCR_NAME_AFTER = "(?![^\\s（(【「」）)】、。,，*：:])"
_OCR_SPACED_GAP = re.compile(
    f"{_OCR_NAME_BEFORE}{_CJK_LETTER}(?:[ \u3000]{_CJK_LETTER}){{1,5}}(?:[ \u3000]{{2,3}}{_CJK_LETTER}(?:[ \u3000]{_CJK_LETTER}){{0,5}}){{1,2}}{_OCR_NAME_AFTER}")
# … and a name whose letters a half-width space parts and whose family and given name one full-width space
# parts (「ひ ら お か　そ う た」「オ リ ベ イ ラ　ア ナ」): the half-width spaces go, the full-width one stays
_OCR_SPACED_WIDE_GAP = re.compile(
    f"{_OCR_NAME_BEFORE}{_CJK_LETTER}(?: {_CJK_LETTER}){{1,6}}(?:\u3000{_CJK_LETTER}(?: {_CJK_LETTER}){{0,6}}){{1,2}}{_OCR_NAME_AFTER}")
# Inside brackets two letters are enough: 「【部 外 秘】」「（山 田）」.
_OCR_SPACED_INLINE = re.compile(
    f"{_CJK_LETTER}(?:[ \u3000]{_CJK_LETTER}){{3,}}"
    f"|(?<=[【「『［〔（(]){_CJK_LETTER}(?:[ \u3000]{_CJK_LETTER})+(?=[】」』］〕）)])")
MAX_BLANK_RUN = 4
_LONG_BLANK_RUN = re.compile(f"[ \t\u3000]{{{MAX_BLANK_RUN + 1},}}")
# Dates: spaces around 年・月・日 between numbers; kanji numerals in a whole date.
_DATE_UNIT = re.compile("[年月日]")
_SPACED_DATE_SEPARATOR = re.compile(r"[/.\-](?:(?<=[0-9][ \u3000][/.\-])|(?=[ \u3000][0-9]))")  # sre scans for / . -
_SPACED_NUMERIC_DATE = re.compile(
    r"(?<![0-9])(?:19|20)[0-9]{2}(?P<s>[ \u3000]?[/.\-][ \u3000]?)[01]?[0-9](?P=s)[0-3]?[0-9](?![0-9])")
_ANY_DIGIT = frozenset("0123456789０１２３４５６７８９")
_KANJI_NUM = "[〇一二三四五六七八九十]"
_KANJI_DATE = re.compile(
    f"(?:(?:明治|大正|昭和|平成|令和)(?:元|{_KANJI_NUM}{{1,3}})|[〇一二三四五六七八九]{{4}})"
    f"年{_KANJI_NUM}{{1,3}}月{_KANJI_NUM}{{1,3}}日")
_KANJI_DATE_HINT = re.compile("年(?<=[〇一二三四五六七八九十元]年)")  # sre scans for 年
_KANJI_DATE_NUMBER = re.compile(f"{_KANJI_NUM}+")
# Inline Markdown emphasis: a marker pair on one line around 1-60 characters, the inner text
# neither starting nor ending with a space, and not standing between ASCII letters/digits.
_MD_EMPHASIS = re.compile(
    r"(?<![*_~\\])(\*\*|__|~~|\*|_)(?=[^\s*_~])([^\n*_~]{1,60}?)(?<=[^\s*_~])\1(?![*_~])")
ASCII_ALNUM = re.compile("[A-Za-z0-9]")  # (also the scanner's and the name detector's word edge)
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
# Two single letters, each alone between spaces, then a wider gap or a full-width space: the family name of a
# spaced name (「嶋 方　 健 一」「舘　林　　昌　平」「ひ ら お か　そ う た」), which the hint above misses
_SPACED_NAME_HINT = re.compile(r"[ 　](?<=(?<![^\s:：*（(【「])\S[ 　])\S(?:[ 　]{2,3}|(?<= \S)\u3000)")
# A letter between two spaces, with letters outside them: a cheap necessary condition of
# _OCR_SPACED_INLINE (starts from a space, so sre scans for it).
_INLINE_SPACED_HINT = re.compile(f"[ \u3000](?<={_CJK_LETTER}[ \u3000]){_CJK_LETTER}[ \u3000]{_CJK_LETTER}")


# Where a match of _OCR_SPACED_INLINE can start, found from a space or a bracket (sre scans for those;
# the pattern itself starts from any letter, most of a Japanese text): its first branch needs four
# letters spaced one apart — found from the space after the first — and its second a bracket, a
# letter, a space and a letter — found from the bracket.
_INLINE_RUN_START = re.compile(f"[ \u3000](?<={_CJK_LETTER}[ \u3000]){_CJK_LETTER}[ \u3000]{_CJK_LETTER}[ \u3000]{_CJK_LETTER}")
_INLINE_BRACKET_START = re.compile(f"[【「『［〔（(]{_CJK_LETTER}[ \u3000]{_CJK_LETTER}")


def _ocr_spaced_inline(text: str):
    """The matches of _OCR_SPACED_INLINE.finditer(text), the same ones: the pattern is tried only
    where a match can start (above), in order, going on after each match as finditer does
    (0.16 ms of every 5,000-character text with 年 in it, ~0.01 ms this way)."""
    pos, run, bracket = 0, None, None
    n = len(text)
    while pos < n:
        if run is None or run.start() - 1 < pos:
            run = _INLINE_RUN_START.search(text, pos + 1)
        if bracket is None or bracket.start() + 1 < pos:
            bracket = _INLINE_BRACKET_START.search(text, max(pos - 1, 0))
        starts = [m.start() - 1 for m in (run,) if m] + [m.start() + 1 for m in (bracket,) if m]
        if not starts:
            return
        start = min(starts)
        m = _OCR_SPACED_INLINE.match(text, start)
        if m:
            yield m
            pos = m.end()
        else:
            pos = start + 1


def _kanji_number(run: str) -> list[str]:
    """Per character of a kanji number (一九八五, 十二, 二十三, 六十) the ASCII digits it stands
    for, so that the joined result is the number: 十二 → 1,2; 二十 → 2,0; 二十三 → 2,'',3."""
    if "十" not in run:
        return [_KANJI_DIGIT_VALUE[c] for c in run]
    out = []
    for i, c in enumerate(run):
        if c != "十":
            out.append(_KANJI_DIGIT_VALUE[c])
            continue
        has_tens = i > 0 and run[i - 1] != "十"
        has_units = i + 1 < len(run) and run[i + 1] != "十"
        out.append(("" if has_tens else "1") if has_units else ("0" if has_tens else "10"))
    return out


# Numbers said aloud in a transcript or dictated to a voice memo: an address's numbers in kanji with 十・百・千
# (四百五十六番地, 三丁目の十四の五, 二〇三号室) and a date with the pauses speech puts between its parts
# (昭和の、四十九年、えー十一月の二十日). The numbers become ASCII digits — the whole number on its first character,
# the rest of the run absorbed into it, so a finding masks all of it — and the pauses vanish; the address and
# birth-date rules then read them as they read a written address or date.
_SAID_NUMBER = "(?:[〇一二三四五六七八九十百千]{1,8})"
# speech's fillers (えー, えーっと, あのー, ほら, んー): only between a spoken number's parts
_FILLER = "(?:え[えー]*っ?と?|あの[ー]*|その[ー]*|ほら|んー*|まあ)"
_PAUSE = f"(?:[、,，…‥ 　]|{_FILLER})"
# an address: the chain after 丁目・番地 (の十四の五, 番地は三十八の十二), and a single number after a unit only after a pause
# and with its own unit (三丁目の、五番), never 一番奥 (a kanji after 番). A written address in kanji (三丁目五番八号,
# 九〇八番地の四) the address rules read as it is, and it stays.
_SAID_ADDRESS_CHAIN = re.compile(
    f"(?P<unit>丁目|番地)(?:(?P<gap>(?:の|{_PAUSE}|番地は?){{0,6}}?)(?P<n1>{_SAID_NUMBER})(?P<chain>(?:(?:の|[-－ー]){_SAID_NUMBER}){{1,2}})"
    f"(?P<u1>番地?|号)?|(?P<gap2>(?:の|{_PAUSE}|番地は?){{1,6}}?)(?P<n2>{_SAID_NUMBER})(?P<u2>番地?|号))(?![一-龥々])")
# … and a lot number said right after its town, with a pause (六供町の、えー、千二百四十三の八)
_SAID_TOWN_CHAIN = re.compile(
    f"(?<=[町村])(?P<gap>の?{_PAUSE}{{1,6}}|の)(?P<n1>{_SAID_NUMBER})(?P<chain>(?:の{_SAID_NUMBER}){{1,2}})(?![一-龥々])")
# a room said digit by digit (二〇三号室): the building rules read digits (found from its unit, back)
_SAID_NUMERALS = frozenset("〇一二三四五六七八九十百千")
_ROOM_UNIT = re.compile("号[室棟]")
_CHOME = re.compile("丁目")
# what every town chain holds (十四の五): asked first, from its の
_NUMERAL_NO_NUMERAL = re.compile("の(?<=[〇一二三四五六七八九十百千]の)[〇一二三四五六七八九十百千]")
_ERA = re.compile("明治|大正|昭和|平成|令和")
# a pause after an era, a year or a month, which a written date never has (its own pattern is _KANJI_DATE's)
_DATE_PAUSE = re.compile("[年月和成正治](?=[の、,，…‥. 　]|え[えーっ])")
# a 丁目 or 番地 followed by what speech puts after it (の, a pause, a filler, a numeral in kanji or kana) — where the
# chains are asked (not 三丁目12-3, written)
_UNIT_THEN_SPEECH = re.compile("(?:丁目|番地)(?=[の、,，…‥.ーえあそほんま〇一二三四五六七八九十百千いにさよしごろなはきくじひびぴせぜれ])")
# the last character of a pause before a 丁目's number (の, 、, a space, the end of えー / えっと / あの / ほら / んー)
_PAUSE_END = frozenset("の、,， 　…‥.ーとらん")
# … and the pause between a town and its 丁目 (城東町の、えー、三丁目)
_PAUSE_BEFORE_CHOME = re.compile(f"(?<=[町村])(?:の{_PAUSE}{{0,6}}|{_PAUSE}{{1,6}})(?={_SAID_NUMBER}丁目)")
_SAID_DATE = re.compile(
    f"(?:明治|大正|昭和|平成|令和)の?{_PAUSE}{{0,6}}(?P<y>元|{_SAID_NUMBER}|[0-9０-９]{{1,2}})年(?:の|{_PAUSE}){{0,6}}"
    f"(?P<m>{_SAID_NUMBER}|[0-9０-９]{{1,2}})月(?:の|{_PAUSE}){{0,6}}(?P<d>{_SAID_NUMBER}|[0-9０-９]{{1,2}})日")
_SAID_NUMBER_RUN = re.compile(_SAID_NUMBER)
# … the same with the digits typed as digits (a transcript, a dictation): 2丁目の、えー、61の、えー、3 / 鳥羽町の、えー、
# １７２番地の４ / 番地が、1024の、6. The gap after the town or unit may hold a 字 name (中之沢、字本郷の); its pauses go,
# its kanji stay; the chain's separators become one dash. Asked only where speech's pauses are (a filler, or の、).
_SAID_DIGITS = "[0-9０-９]{1,5}"
_SAID_DIGIT_SEP = f"(?:(?:番地?)?の|[-－‐]){_PAUSE}{{0,4}}"
_SAID_DIGIT_ADDRESS = re.compile(
    f"(?P<head>[町村]|丁目|番地)(?P<gap>(?:の|番地[がは]?|{_PAUSE}|字?[一-龥々ヶ]{{1,4}}(?=の|、)){{0,8}}?)"
    f"(?P<n1>{_SAID_DIGITS})(?P<chain>(?:{_SAID_DIGIT_SEP}{_SAID_DIGITS}){{0,2}})(?P<unit>番地?|号)?(?![0-9０-９])")
_SAID_DIGIT_CHOME = re.compile(f"(?<=[町村])(?:の{_PAUSE}{{0,6}}|{_PAUSE}{{1,6}})(?=[0-9０-９]{{1,2}}丁目)")
_GAP_PAUSE = re.compile(f"の|番地[がは]?|{_PAUSE}")
_SAID_DIGIT_IN_CHAIN = re.compile(_SAID_DIGITS)
# a label said with a pause instead of a colon (世帯主、松ヶ谷 実、63歳 / 番号が、1083 / 対象者、飯塚ハツヱさん): written as a
# label and its colon, so the rules that read 「世帯主：…」 read it (the particle goes, the pause becomes the colon)
_SAID_LABEL_WORDS = sorted(set(lexicon.words("person.slot_words")) | {
    "番号", "記号", "枝番", "電話番号", "住所", "名前", "お名前", "生年月日", "口座番号", "被保険者番号", "個人番号"}, key=len, reverse=True)
_SAID_LABEL = re.compile("(?:" + "|".join(map(re.escape, _SAID_LABEL_WORDS)) + ")(?P<p>[がは])?(?P<c>、)(?=[^、\n]{2})")
_FILLER_HINT = re.compile("え[えー]|えっと|あのー")  # (a label said with a pause is asked only of a transcript)
# (speech: a filler, or a pause between a particle and a digit: 番地が、1024 / 関根町の、2丁目)
_SPEECH_HINT = re.compile("[のがは]、(?=[0-9０-９])|の(?<=[町村]の)[0-9０-９]{1,5}の[0-9０-９]"  # (… or 下大島町の596の3)
                          "|の(?<=丁目の)[0-9０-９]")  # (… or 朝日町四丁目の17-8, 三丁目の22番地5)
_COMMA_DIGIT_HINT = re.compile("[0-9０-９]、[ 　]?[0-9０-９]、")
_EN_DIGIT_HINT = re.compile("(?:zero|one|two|three|four|five|six|seven|eight|nine)-(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)")
# a Western year said with a pause (1997年の4月25日, 1985年、えー、3月の2日)
_SAID_WESTERN_DATE = re.compile(
    f"(?<![0-9０-９])(?:19|20|１９|２０)[0-9０-９]{{2}}年(?:の|{_PAUSE}){{1,6}}[0-9０-９]{{1,2}}月(?:の|{_PAUSE}){{0,6}}[0-9０-９]{{1,2}}日")
# digits said one by one in katakana (ゼロニーナナの、ニーゼロ…, ゴーヨンヨンキュー) or in English (zero-nine-zero,
# three-three-eight-one) and digits dictated one by one with commas (3、1、0、0、7、5、4、2): as digits, a group's
# pause as one dash, so the number rules read them; six digits at least, so that a word is never read as a number
_KANA_DIGITS = {"ゼロ": "0", "レイ": "0", "マル": "0", "イチ": "1", "ニー": "2", "ニ": "2", "サン": "3", "ヨン": "4",
                "ゴー": "5", "ゴ": "5", "ロク": "6", "ナナ": "7", "シチ": "7", "ハチ": "8", "キュウ": "9", "キュー": "9"}
_EN_DIGITS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
              "seven": "7", "eight": "8", "nine": "9"}
_KANA_DIGIT = "(?:" + "|".join(sorted(_KANA_DIGITS, key=len, reverse=True)) + ")"
_EN_DIGIT = "(?:" + "|".join(sorted(_EN_DIGITS, key=len, reverse=True)) + ")"
_KANA_DIGIT_AT = re.compile(_KANA_DIGIT)
_KANA_DIGIT_PAIR = re.compile(_KANA_DIGIT + _KANA_DIGIT)
# a filler between a label and its number (被保険者番号、えー、31007542 / 番号は、えっと、ゼロゼロ…): it goes with its pause
_FILLER_BEFORE_NUMBER = re.compile(
    f"(?<=[、,，…:：\\s])(?:え[えー]+っ?と?|えっと|あの[ー]+|その[ー]+|ん[ー]+)[、,，…]+(?=[0-9０-９]|{_KANA_DIGIT})")
_EN_DIGIT_AT = re.compile(_EN_DIGIT, re.I)
_SAID_KANA_DIGITS = re.compile(
    f"(?<![ァ-ヺー]){_KANA_DIGIT}{{2,}}(?:(?:の|[、,，・ 　…])+{_KANA_DIGIT}{{2,}})*(?![ァ-ヺ])")
_SAID_EN_DIGITS = re.compile(f"(?<![A-Za-z]){_EN_DIGIT}(?:(?:[- ]|, ?){_EN_DIGIT}){{5,}}(?![A-Za-z])", re.I)
_COMMA_DIGITS = re.compile("(?<![0-9０-９第])[0-9０-９](?:、[ 　]?[0-9０-９]){6,}(?![0-9０-９条項号章節番位回日月年])")
# … and a number said in kana after a 丁目 (三丁目の、にじゅういちのろく): each kana numeral as its kanji
_KANA_NUMERALS = {"いち": "一", "いっ": "一", "に": "二", "さん": "三", "よん": "四", "し": "四", "ご": "五", "ろく": "六",
                  "ろっ": "六", "なな": "七", "しち": "七", "はち": "八", "はっ": "八", "きゅう": "九", "く": "九",
                  "じゅう": "十", "じゅっ": "十", "ひゃく": "百", "びゃく": "百", "ぴゃく": "百", "せん": "千", "ぜん": "千",
                  "ぜろ": "〇", "まる": "〇", "れい": "〇"}
_KANA_NUMERAL = "(?:" + "|".join(sorted(_KANA_NUMERALS, key=len, reverse=True)) + ")"
_KANA_NUMERAL_AT = re.compile(_KANA_NUMERAL)
_SAID_KANA_RUN = re.compile(f"{_KANA_NUMERAL}{{1,8}}")
_SAID_KANA_CHAIN = re.compile(
    f"(?:丁目|ちょうめ|(?<=[一-龥々ヶ][町村]))(?P<gap>(?:の|{_PAUSE}){{0,6}}?)(?P<n1>{_KANA_NUMERAL}{{1,8}})"
    f"(?P<chain>(?:の{_KANA_NUMERAL}{{1,8}}){{1,2}})(?=[^ぁ-ゖ]|に|で|です|$)")
# … and a 丁目 said in kana after its town (朝日町よんちょうめ, 朝日町の、さんちょうめ): its number and its unit as written
_TOWN_END = re.compile("(?<=[一-龥々ヶ])[町村](?=の?[いにさよしごろなはきくじ])")
_PAUSE_BEFORE_KANA_CHOME = re.compile(f"(?<=[町村])(?:の{_PAUSE}{{0,6}}|{_PAUSE}{{1,6}})$")
_KANA_CHOME = re.compile(f"(?<=[一-龥々ヶの、 　])(?P<n>{_KANA_NUMERAL}{{1,3}})ちょうめ")


def _kanji_value(run: str) -> Optional[int]:
    """The number a run of kanji numerals says: positional (二〇三 → 203) or with 十・百・千 (四百五十六 → 456,
    千二百四十三 → 1243); None when it is no number (十十)."""
    if run == "元":
        return 1  # (an era's first year: 平成元年)
    if any(c not in _KANJI_DIGIT_VALUE and c not in "十百千" for c in run):
        return None
    if not any(c in "十百千" for c in run):
        return int("".join(_KANJI_DIGIT_VALUE[c] for c in run))
    total, digit, last_unit = 0, None, 10_000
    for c in run:
        if c in _KANJI_DIGIT_VALUE:
            if digit is not None:
                return None
            digit = int(_KANJI_DIGIT_VALUE[c])
            continue
        unit = {"十": 10, "百": 100, "千": 1000}[c]
        if unit >= last_unit:
            return None
        total += (1 if digit is None else digit) * unit
        digit, last_unit = None, unit
    return total + (digit or 0)


def _kana_as_kanji(run: str) -> str:
    out, i = [], 0
    while i < len(run):
        m = _KANA_NUMERAL_AT.match(run, i)
        if not m:
            return ""
        out.append(_KANA_NUMERALS[m.group()])
        i = m.end()
    return "".join(out)


def _said_as_digits(text: str, start: int, end: int, out: dict) -> None:
    run = text[start:end]
    if run and "ぁ" <= run[0] <= "ゖ":
        run = _kana_as_kanji(run)
    value = _kanji_value(run) if run and not run[0].isdigit() else None
    if value is None:
        return
    out[start] = str(value)
    for i in range(start + 1, end):
        out[i] = None  # (part of the number: a value ending in 六 masks all of 四百五十六)


def _spoken_number_overrides(text: str, out: dict) -> None:
    """Addresses and dates said aloud (see _SAID_NUMBER). (Each pattern is asked only of a text holding its unit,
    and the ones that would start at every character are started from their unit: 0.02 ms of a 5,000-character
    text, not 0.5.)"""
    for k in _ROOM_UNIT.finditer(text) if "号" in text else ():
        j = k.start()
        while j > 0 and text[j - 1] in _SAID_NUMERALS and k.start() - j < 8:
            j -= 1
        if j < k.start() and not (j and text[j - 1] in _SAID_NUMERALS):
            _said_as_digits(text, j, k.start(), out)
    chome = "丁目" in text
    for k in _CHOME.finditer(text) if chome else ():
        j = k.start()
        while j > 0 and text[j - 1] in _SAID_NUMERALS and k.start() - j < 3:
            j -= 1
        if not (j and text[j - 1] in _PAUSE_END):
            continue  # (前橋市朝日町三丁目: written, no pause before its number)
        for m in _PAUSE_BEFORE_CHOME.finditer(text, max(0, k.start() - 24), k.end()):
            for i in range(m.start(), m.end()):
                out[i] = ""
    units = list(_UNIT_THEN_SPEECH.finditer(text)) if chome or "番地" in text else ()
    chains = [m for m in (_SAID_ADDRESS_CHAIN.match(text, u.start()) for u in units) if m]
    towns = _SAID_TOWN_CHAIN.finditer(text) if _NUMERAL_NO_NUMERAL.search(text) else ()
    kana = [m for m in (_SAID_KANA_CHAIN.match(text, u.start()) for u in units if u.group() == "丁目") if m]
    if "ちょうめ" in text:
        said_chome = list(_KANA_CHOME.finditer(text))
        for m in said_chome:
            _said_as_digits(text, m.start("n"), m.end("n"), out)
            if m.start("n") in out:  # (a number: the unit as written)
                out[m.end("n")] = "丁目"
                for i in range(m.end("n") + 1, m.end()):
                    out[i] = None
                for g in _PAUSE_BEFORE_KANA_CHOME.finditer(text, max(0, m.start() - 24), m.start()):
                    for i in range(g.start(), g.end()):
                        out[i] = ""  # (朝日町の、にちょうめ: the town's pause goes, as a written address has none)
        kana += [m for m in (_SAID_KANA_CHAIN.match(text, k.end() - 4) for k in said_chome) if m]
    if "町" in text or "村" in text:  # (a lot said in kana right after its town: 朝日町さんじゅうのじゅうに)
        kana += [m for m in (_SAID_KANA_CHAIN.match(text, k.end()) for k in _TOWN_END.finditer(text)) if m]
    for rx in (chains, towns, kana):
        for m in rx:
            gap, n1 = ("gap", "n1") if m.group("n1") else ("gap2", "n2")
            for i in range(m.start(gap), m.end(gap)):
                out[i] = ""
            _said_as_digits(text, m.start(n1), m.end(n1), out)
            if m.group("chain"):
                for n in (_SAID_KANA_RUN if rx is kana else _SAID_NUMBER_RUN).finditer(m.group("chain")):
                    s = m.start("chain") + n.start()
                    out[s - 1] = "-"
                    _said_as_digits(text, s, m.start("chain") + n.end(), out)
    if "年" in text and _DATE_PAUSE.search(text) and _ERA.search(text):
        for m in _SAID_DATE.finditer(text):
            for g in ("y", "m", "d"):
                _said_as_digits(text, m.start(g), m.end(g), out)
            for i in range(m.start() + 2, m.end()):  # (after the era's two characters: the pauses go)
                if i not in out and text[i] not in "年月日" and not text[i].isdigit():
                    out[i] = ""


def _said_digit_words(text: str, m: re.Match, at: re.Pattern, values: dict, out: dict, group_end: str) -> None:
    """Each digit word of a run as its digit (the word's other characters absorbed), a pause that ends a group
    (one of group_end) as one dash, any other separator dropped."""
    i, end, pause = m.start(), m.end(), False
    while i < end:
        w = at.match(text, i)
        if w is None:
            out[i] = "-" if text[i] in group_end and not pause else ""
            pause = pause or text[i] in group_end
            i += 1
            continue
        out[i] = values[w.group().lower()]
        for k in range(i + 1, w.end()):
            out[k] = None
        pause = False
        i = w.end()


def _spoken_digit_overrides(text: str, out: dict) -> None:
    """Addresses, dates and numbers said aloud with their digits typed (see _SAID_DIGITS, _KANA_DIGITS). Digits
    dictated with commas or in English and Western dates said with の are asked of any text that holds them; the
    rest only of a text with speech's pauses (a transcript, a dictation): a written text keeps its own form."""
    # (each pattern is asked only of a text that holds its cheap hint: 1.4 ms of a 5,000-character text became 0.2)
    for m in _COMMA_DIGITS.finditer(text) if _COMMA_DIGIT_HINT.search(text) else ():
        for i in range(m.start(), m.end()):
            if not text[i].isdigit():
                out[i] = ""
    for m in _SAID_EN_DIGITS.finditer(text) if "-" in text and _EN_DIGIT_HINT.search(text.lower()) else ():
        _said_digit_words(text, m, _EN_DIGIT_AT, _EN_DIGITS, out, ",")  # (six words at least, by the pattern)
    if "年の" in text or "年、" in text:
        for m in _SAID_WESTERN_DATE.finditer(text):
            for i in range(m.start() + 5, m.end()):
                if not text[i].isdigit() and text[i] not in "年月日":
                    out[i] = ""
    fillers = _FILLER_HINT.search(text) is not None
    if not (fillers or _SPEECH_HINT.search(text)):
        return
    for m in _SAID_LABEL.finditer(text) if fillers else ():
        if m.group("p"):
            out[m.start("p")] = ""
        out[m.start("c")] = ":"
    for m in _FILLER_BEFORE_NUMBER.finditer(text) if fillers else ():
        for i in range(m.start(), m.end()):
            out[i] = ""
    for m in _SAID_KANA_DIGITS.finditer(text) if _KANA_DIGIT_PAIR.search(text) else ():
        if sum(1 for _ in _KANA_DIGIT_AT.finditer(m.group())) >= 6:
            _said_digit_words(text, m, _KANA_DIGIT_AT, _KANA_DIGITS, out, "の" if "の" in m.group() else "、,，・ 　…")
    for m in _SAID_DIGIT_CHOME.finditer(text):
        for i in range(m.start(), m.end()):
            out[i] = ""
    for m in _SAID_DIGIT_ADDRESS.finditer(text):
        if not (m.group("chain") or m.group("unit")):
            continue
        spoken = _GAP_PAUSE.search(m.group("gap")) or any(c in m.group("chain") for c in "、,，…え")
        if not spoken:
            continue  # (written: 朝日町3丁目14-5)
        for g in _GAP_PAUSE.finditer(text, m.start("gap"), m.end("gap")):
            for i in range(g.start(), g.end()):
                out[i] = ""
        chain_at = m.start("chain")
        prev = m.end("n1")
        for d in _SAID_DIGIT_IN_CHAIN.finditer(text, chain_at, m.end("chain")):
            out[prev] = "-"
            for i in range(prev + 1, d.start()):
                out[i] = ""
            prev = d.end()


def _typography_overrides(text: str, out: dict[int, str]) -> None:
    """Spaced and kanji dates, inline-spaced letters, Markdown emphasis (see the module doc)."""
    if "年" in text:
        # from each 年・月・日 (rare) rather than from each space (common): 4x faster
        for m in _DATE_UNIT.finditer(text):
            i = m.start()
            j = i
            while j > 0 and text[j - 1] in " \u3000":
                j -= 1
            if j < i and j > 0 and text[j - 1] in _ANY_DIGIT:
                for k in range(j, i):
                    out[k] = ""
            if m.group() != "日":
                j = i + 1
                while j < len(text) and text[j] in " \u3000":
                    j += 1
                if j > i + 1 and j < len(text) and text[j] in _ANY_DIGIT:
                    for k in range(i + 1, j):
                        out[k] = ""
    if "年" in text and _KANJI_DATE_HINT.search(text):
        for m in _KANJI_DATE.finditer(text):
            for n in _KANJI_DATE_NUMBER.finditer(m.group()):
                for i, digit in enumerate(_kanji_number(n.group()), m.start() + n.start()):
                    out[i] = digit
    for m in _ocr_spaced_inline(text):
        for i in range(m.start() + 1, m.end(), 2):
            out.setdefault(i, "")
    if "*" in text or "_" in text or "~" in text:
        for m in _MD_EMPHASIS.finditer(text):
            # A marker between two ASCII letters or digits is code or arithmetic (A1*B1*C1,
            # 2**8, snake_case), not emphasis; beside kana or kanji it is emphasis.
            inner = m.group(2)
            if (ASCII_ALNUM.match(text, m.start() - 1) if m.start() else False) and ASCII_ALNUM.match(inner):
                continue
            if ASCII_ALNUM.match(text, m.end()) and ASCII_ALNUM.match(inner[-1]):
                continue
            for i in (*range(m.start(1), m.end(1)), *range(m.end(2), m.end())):
                out[i] = ""


def _drop_spacing(m: re.Match, out: dict[int, str]) -> None:
    """The separators of a run of single units spaced one apart (they sit at every other position)."""
    for i in range(m.start() + 1, m.end(), 2):
        out.setdefault(i, "")


# A phone number with a stray space inside a digit group (「027-2 51-6 384」「０２７ー２６９ー５５３ ８」, OCR
# or a wrapped table cell): three dashed groups from a leading 0, single spaces anywhere between the digits.
# Joined only when the digits count 10 or 11, as a Japanese number's do (two numbers side by side count more).
_PHONE_WITH_STRAY_SPACE = re.compile(
    # (led by the 0, the look-behind after it: sre scans for the 0 instead of trying the look-behind everywhere)
    r"[0０](?<![0-9０-９\-ー－‐−][0０])(?:[ 　]?[0-9０-９]){1,4}[ 　]?[-ー－‐−](?:[ 　]?[0-9０-９]){1,4}[ 　]?[-ー－‐−]"
    r"(?:[ 　]?[0-9０-９]){3,4}(?![0-9０-９])")


# A long token cut into two string literals that the language joins ("sk-proj-7hQ2…"⏎    "p6sA…", + or not):
# the code's own value is the two pieces together, so the quotes and the break between them go.
_SPLIT_LITERAL = re.compile(r"([\"'])[ \t]*\+?[ \t]*\r?\n[ \t]*\+?[ \t]*\1(?=[A-Za-z0-9_\-]{4})")
_LITERAL_TOKEN_TAIL = re.compile(r"[A-Za-z0-9_\-]{16}")


def _split_literal_overrides(text: str, out: dict[int, Optional[str]]) -> None:
    for m in _SPLIT_LITERAL.finditer(text):
        if m.start() >= 16 and _LITERAL_TOKEN_TAIL.fullmatch(text, m.start() - 16, m.start()):
            for i in range(m.start(), m.end()):
                out[i] = ""


_OCR_SPACED_LOT = re.compile(r"(?<=[一-龥々ヶ][町村])[ 　]+(?P<n>[0-9](?:[ 　][0-9]){2,4})(?![0-9]|[ 　]?[0-9])")


def _number_spacing_overrides(text: str, out: dict[int, str]) -> None:
    """Spaces and の inside a number or a numeric date (1996 / 04 / 12, 090の1234の5678, 027 -265- 4483)."""
    if _SPACED_DIGIT_PAIR.search(text):
        for m in _PHONE_WITH_STRAY_SPACE.finditer(text):
            if 10 <= sum(ch in _ANY_DIGIT for ch in m.group()) <= 11:
                for i in range(m.start(), m.end()):
                    if text[i] in " \u3000":
                        out[i] = ""
    if _SPACED_DATE_SEPARATOR.search(text):
        # a numeric date with spaces around its separators, as OCR and forms print it (1996 / 04 / 12)
        for m in _SPACED_NUMERIC_DATE.finditer(text):
            for i in range(m.start(), m.end()):
                if text[i] in " \u3000":
                    out[i] = ""
    if "の" in text and _NO_BEFORE_DIGIT.search(text):
        # a number dictated group by group with の (「番号は 3587の9487の2481の4210」「090 の 2714 の 6690」):
        # the の between digit groups of a run of three or more groups is a dash, the spaces around it vanish
        joined = list(_DIGITS_JOINED_BY_NO.finditer(text))
        if _NO_BEFORE_SIX_DIGITS.search(text):
            joined += _TWO_GROUPS_JOINED_BY_NO.finditer(text)
        for m in joined:
            for i in range(m.start(), m.end()):
                if text[i] == "の":
                    out[i] = "-"
                elif text[i] in " 　、":
                    out[i] = ""
    if "丁" in text and "-" in text:
        # an OCR'd address spaced everywhere after its 丁目: 「石倉町 5 丁目 22 - 3」「4 丁目 2 2 - 9」
        for m in _OCR_CHOME_NUMBER.finditer(text):
            for i in range(m.start(), m.end()):
                if text[i] in " 　":
                    out[i] = ""
    if "町 " in text or "村 " in text or "町　" in text or "村　" in text:
        # … and a lot number spaced digit by digit right after its town (市之関町 1 4 2 5), as OCR reads handwriting
        for m in _OCR_SPACED_LOT.finditer(text):
            for i in range(m.start("n"), m.end("n")):
                if text[i] in " 　":
                    out[i] = ""
    if " -" in text or "- " in text or "　-" in text or "-　" in text or "ー " in text or "ー　" in text:
        # OCR spaces around the dashes of a number: 「027 -265- 4483」「090 - 1234 - 5678」
        for m in _SPACED_DASH.finditer(text):
            for i in range(m.start(), m.end()):
                if text[i] in " 　":
                    out[i] = ""


# A URL or a query string with percent-encoded bytes (?name=%E4%BD%90%E8%97%A4, birth=2015%2F03%2F09,
# mail=a.b%40gmail.com) and '+' for a space in a query value (fullname=Miyu+NAKAMURA): decoded, so the
# name, the date and the address inside are read as what they are. Only in a token that is a URL or a
# query (it holds = / or ?), and only runs that decode as UTF-8.
_URL_TOKEN_WITH_PERCENT = re.compile(r"[^\s\"'<>「」（）]*%[0-9A-Fa-f]{2}[^\s\"'<>「」（）]*")
_PERCENT_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_PLUS_IN_QUERY_VALUE = re.compile(r"(?<=[A-Za-z0-9%])\+(?=[A-Za-z0-9%])")


_CIRCLED_NUMBER = re.compile("[\u2460-\u2473]")
# a query value with + for its spaces and nothing percent-encoded (?name=Tamura+Yui&tel=…)
_PLUS_QUERY_VALUE = re.compile(r"[?&][A-Za-z_][A-Za-z0-9_]{0,19}=(?P<v>[A-Za-z0-9]+(?:\+[A-Za-z0-9]+)+)(?=[&\s\"']|$)")


def _percent_encoding_overrides(text: str, out: dict) -> None:
    for tok in _URL_TOKEN_WITH_PERCENT.finditer(text):
        t = tok.group()
        if "=" not in t and "/" not in t and "?" not in t:
            continue
        base = tok.start()
        # (not inside a URL's user and password, postgresql://chatbot:Mbs-Faq%2024@10.12.40.21: a password's % is its own
        # character as often as an escape, and decoding %20 to a space would cut the password in two)
        scheme = t.find("://")
        userinfo_end = t.find("@", scheme + 3) if scheme != -1 else -1
        for run in _PERCENT_RUN.finditer(t):
            if scheme != -1 and scheme < run.start() < userinfo_end and "/" not in t[scheme + 3:run.start()]:
                continue
            raw = bytes.fromhex(run.group().replace("%", ""))
            b = 0
            while b < len(raw):
                lead = raw[b]
                n = 1 if lead < 0x80 else 2 if lead >> 5 == 0b110 else 3 if lead >> 4 == 0b1110 else 4 if lead >> 3 == 0b11110 else 0
                try:
                    ch = raw[b:b + n].decode("utf-8") if n else None
                except UnicodeDecodeError:
                    ch = None
                if not ch or (n == 1 and not ch.isprintable()):
                    b += max(n, 1)
                    continue
                at = base + run.start() + 3 * b
                out[at] = unicodedata.normalize("NFKC", ch)  # as the text around it is (%E3%80%80: 　 → a space)
                for k in range(at + 1, at + 3 * n):
                    out[k] = None
                b += n
        if "=" in t:
            for plus in _PLUS_IN_QUERY_VALUE.finditer(t):
                out[base + plus.start()] = " "


# (the bracket is what is searched for; the year before it is checked for each one found)
_ERA_IN_BRACKETS = re.compile(r"[（(][ 　]?(?:明治|大正|昭和|平成|令和|[MTSHR])[ 　]?(?:[0-9]{1,2}|元)[ 　]?[）)](?=[ 　]?年)")
_YEAR_BEFORE = re.compile(r"(?<![0-9])[12][0-9]{3}(?P<gap>[ 　]?)$")
# A number typed into boxes or table cells, four digits each (| 6405 | 8273 | 9101 |, カード番号① 4539 ② 1488
# ③ 0343 ④ 6467): the cell walls become one space, so the number is read as the grouped number it is — its
# check digit (My Number) or Luhn sum (a card) still decides. Not commas or tabs: CSV and TSV rows of
# four-digit amounts are common and hold no one number.
_DIGIT_GROUPS_IN_CELLS = re.compile(r"(?<![0-9])[0-9]{4}(?:[ \t]*(?:\||[②③④])[ \t]*[0-9]{4}){2,3}(?![0-9])")
_CELL_SEPARATOR = re.compile(r"[ \t]*(?:\||[②③④])[ \t]*")


# … and tabs too when the row's first cell labels the number (個人番号	6302	1847	5519: a form read by OCR into a
# spreadsheet, four digits a cell): a row of amounts has no such label
_LABELLED_NUMBER_IN_CELLS = re.compile(
    r"(?:個人番号|マイナンバー|カード番号)[^\t\n]{0,8}\t[ ]*(?P<n>[0-9０-９]{4}(?:[ ]*\t[ ]*[0-9０-９]{4}){2,3})(?![0-9０-９])")
# an example written into a form's label (児童氏名（記入例：まえばし　たろう）　杉本　ひまり, 生年月日（例：R2.4.1）): the
# example is no one's value and says nothing about the value after it — it is read as one space
_EXAMPLE_IN_LABEL = re.compile(r"[（(](?:記入例|例)[ ]?[：:][^（）()\n]{1,30}[）)](?=[ \t　]*[^\s）)])")


# text copied from a vertical PDF: one character a line, four lines or more (須⏎永⏎　⏎良⏎江)
_ONE_CHARACTER_LINES = re.compile(r"(?:(?<=\n)|\A)(?<!\n[^\s]\n)(?<!\n\u3000\n)(?<!^[^\s]\n)[^\s]\r?\n(?:[^\s]|\u3000)\r?\n(?:(?:[^\s]|\u3000)\r?\n)+[^\s](?=\r?\n|\Z)")
_ONE_CHARACTER_HINT = re.compile(r"\n(?<=\n[^\s]\n|\n\u3000\n)")
# what OCR reads for a digit inside a number: O or o for 0, l or I for 1 (O27-231-5580, 昭和5O年,
# l 2 8 3 - 5) — in a run of digits, spaces and dashes that holds two digits at least, the run
# standing alone (not inside a word: CO2, Vol.10, l0g stay)
_OCR_LETTER_IN_NUMBER = re.compile(
    r"(?<![A-Za-z0-9])(?<![0-9OolI][ \-‐－])(?=[OolI0-9 \-‐－]*[0-9][OolI0-9 \-‐－]*[0-9])(?=[0-9 \-‐－]*[OolI])"
    r"[OolI0-9](?:[ ]?[-‐－]?[ ]?[OolI0-9])+(?![A-Za-z0-9])"
    r"|(?<=明治|大正|昭和|平成|令和)[ ]?(?=[0-9]?[OolI])[OolI0-9]{1,2}(?=[ ]?年)"
    # … and the month and the day after a year (昭和1O年1l月3O日): between 年 and 月, or 月 and 日, a
    # letter next to a digit is a digit misread
    r"|(?:(?<=[0-9]年)|(?<=[0-9][OolI]年)|(?<=[0-9]月)|(?<=[0-9][OolI]月))[ ]?(?=[0-9]?[OolI])[OolI0-9]{1,2}(?=[ ]?[月日])")
_OCR_LETTER_HINT = re.compile(r"[OolI](?:(?<=[0-9][OolI])|(?=[ ]?[0-9]))")
_OCR_DIGIT_FOR = {"O": "0", "o": "0", "l": "1", "I": "1"}
# a date with 中点 between its parts (Ｒ６・０８・１５, 1985・04・12): the dot a date is written with
_DATE_WITH_NAKAGURO = re.compile(
    "(?:(?<![A-Za-zＡ-Ｚａ-ｚ])[RHSTMＲＨＳＴＭ][0-9０-９]{1,2}|(?<![0-9０-９])[12１２][0-9０-９]{3})"
    "(?P<a>・)[0-9０-９]{1,2}(?P<b>・)[0-9０-９]{1,2}(?![0-9０-９])")
# a word in half-width katakana, the way legacy systems print labels and names (ｺｳｻﾞﾊﾞﾝｺﾞｳ)
_HALFWIDTH_KANA = re.compile("[\uff66-\uff9d]")
_HALFWIDTH_WORD = re.compile("(?<![\uff66-\uff9f])[\uff66-\uff9f]{3,}")
_SMALL_KANA_AS_LARGE = str.maketrans("ァィゥェォッャュョヮヵヶ", "アイウエオツヤユヨワカケ")
_HALFWIDTH_LABELS = {
    reading.translate(_SMALL_KANA_AS_LARGE): label
    for reading, label in (entry.split() for entry in lexicon.words("normalize.halfwidth_labels"))}
# The labels of a form's fields (the Japanese headings of table.headers, two characters or more, and the labels of
# a person's number): in a
# form copied from a PDF or a spreadsheet column, a label stands alone on its line with its value on the
# next (氏名（姓）⏎松本⏎氏名（名）⏎千尋), or a long label breaks over two lines (被保険者番⏎号　0003184627)
_FIELD_LABELS = sorted({w for line in lexicon.words("table.headers") for w in line.split()[1:]
                        if not w.isascii() and len(w) >= 2} | set(lexicon.words("record.person_number_labels")),
                       key=len, reverse=True)
_FIELD_LABEL = "(?:" + "|".join(map(re.escape, _FIELD_LABELS)) + ")(?:[（(][^（）()\n]{1,8}[）)])?"
# a label alone on its line, the next line a short value (not a label, not a sentence): the line break
# reads as the label's colon
_LABEL_ALONE = re.compile(
    f"^[ \t\u3000]*{_FIELD_LABEL}[ \t\u3000]*(?P<br>\r?\n)(?=[ \t\u3000]*[^\\s])"
    f"(?![ \t\u3000]*{_FIELD_LABEL}[ \t\u3000]*(?:\r?\n|$))(?=[^\n。]{{1,24}}(?:\r?\n|$))", re.M)
# … and where a line break may split a label: the two characters on either side → (label, split point)
_LABEL_SPLITS: dict[tuple[str, str], list[tuple[str, int]]] = {}
for _label in (w for w in _FIELD_LABELS if len(w) >= 3 and not w.isascii()):
    for _k in range(1, len(_label)):
        _LABEL_SPLITS.setdefault((_label[_k - 1], _label[_k]), []).append((_label, _k))
# the kanji 一 that OCR or an IME gives for the dash between a number's digit groups (０９０一２２７３一５５１８):
# two digits at least on each side — a kanji numeral never stands between Arabic digits
_KANJI_ONE_AS_DASH = re.compile("一(?<=[0-9０-９]{2}一)(?=[0-9０-９]{2})")  # sre scans for 一
# an e-mail address with a space on either side of its @, as OCR or a careful typist leaves it
# (haruto-ks0512 @ example.ne.jp): the local part, the @ and a domain with a dot — the spaces go
_SPACED_AT = re.compile(r"(?<=[A-Za-z0-9._%+\-])(?P<a>[ 　]{0,2})[@＠](?P<b>[ 　]{0,2})(?=[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})")
_SPACED_AT_HINT = re.compile(r"[ 　][@＠]|[@＠][ 　]")
# digits said aloud and written in kana (ぜろきゅうぜろ、よん・よん・いち …): seven or more in a row
_KANA_DIGIT_WORDS = {"ぜろ": "0", "れい": "0", "まる": "0", "いち": "1", "にー": "2", "にい": "2", "に": "2", "さん": "3",
                     "よん": "4", "ごー": "5", "ごう": "5", "ご": "5", "ろく": "6", "なな": "7", "しち": "7", "はち": "8",
                     "きゅう": "9", "きゅー": "9"}
# … or in katakana (ゼロキューゼロ): read on a copy of the text with katakana as hiragana (one character for one)
# (also the kin detector's: a surname's reading, ヤマダ, written in hiragana, やまだ)
KATAKANA_AS_HIRAGANA = {c: c - 0x60 for c in range(0x30A1, 0x30F7)}
_KATAKANA_DIGIT_HINT = re.compile("(?:ゼロ|キュ[ウー]|ハチ|ナナ|ヨン|ロク)")
_KANA_DIGIT_WORDS_LONGEST_FIRST = sorted(_KANA_DIGIT_WORDS, key=len, reverse=True)
_KANA_DIGIT = "(?:" + "|".join(_KANA_DIGIT_WORDS_LONGEST_FIRST) + ")"
# (after a particle — 番号はぜろ… — and the last digit before です or a quotation's って / と言: …にいさんよんごです,
# …いちはちごろくって言ってた)
_KANA_DIGIT_RUN = re.compile(f"(?:(?<![ぁ-ゖ])|(?<=[はがをもで]))(?<!では){_KANA_DIGIT}(?:[・、, 　]?(?:の[、 　]?)?{_KANA_DIGIT}){{6,}}"
                             f"(?:(?![ぁ-ゖ])|(?=です|って|と(?:言|い)))")
_KANA_DIGIT_HINT = re.compile("(?:ぜろ|きゅう|はち|なな|よん|ろく)")
# … or only a phone's prefix said in kana, the rest in figures (ゼロハチゼロの、9352の、6618): the prefix opens with zero
_KANA_PREFIX_BEFORE_FIGURES = re.compile(
    f"(?:(?<![ぁ-ゖ])|(?<=[はがをもで]))(?P<k>(?:ぜろ|れい|まる)(?:[・ 　]?{_KANA_DIGIT}){{1,4}})"
    f"(?P<t>の[、 　]?[0-9０-９]{{2,4}}の[、 　]?[0-9０-９]{{3,4}})(?![0-9０-９])")
_KANA_DIGIT_ONE = re.compile(_KANA_DIGIT)
_KANA_MOBILE_PREFIX = re.compile("(?:ぜろ|れい|まる)[・、, 　]?(?:なな|しち|はち|きゅう|きゅー)[・、, 　]?(?:ぜろ|れい|まる)")
# a number spaced digit by digit with a dash, as OCR reads boxes (1 2 8 3 - 5): one number
_SPACED_DASHED_NUMBER = re.compile(r"(?<![0-9０-９A-Za-z])(?<![0-9０-９OolI][ 　])[0-9０-９OolI](?:[ 　][0-9０-９OolI]){2,}[ 　]?[-‐－―—−][ 　]?[0-9０-９OolI](?:[ 　]?[-‐－―—−]?[ 　]?[0-9０-９OolI])*(?![0-9０-９A-Za-z])")
_SPACED_DIGITS_HINT = re.compile(r"[ 　](?<=[0-9０-９OolI][ 　])[0-9０-９][ 　][0-9０-９]")


# katakana ニ and the long-vowel mark typed for the kanji numerals 二 and 一 before 丁目 (荒牧町ニ丁目): they look
# alike, and an IME or an OCR gives either
_KANA_FOR_CHOME_NUMERAL = re.compile(r"[ニー](?<=[一-龥][ニー])(?=丁目)")


def _kana_number_end(text: str, m: re.Match) -> int:
    """Where a number said in kana ends: a phone number said aloud is followed by the particle に as often as
    not (…はち さん ろく、に お願いします) — a に that makes a phone number one digit too long is the particle."""
    run = m.group()
    if not run.endswith("に"):
        return m.end()
    digits = len(_KANA_DIGIT_ONE.findall(run))
    if digits != (12 if _KANA_MOBILE_PREFIX.match(run) else 11):
        return m.end()
    return m.start() + len(run[:-1].rstrip("・、, 　"))


def _kana_digits(said: str, i: int, end: int, out: dict) -> None:
    """Digits said in kana (said[i:end]) as figures; what stands between them vanishes."""
    while i < end:
        word = next((w for w in _KANA_DIGIT_WORDS_LONGEST_FIRST if said.startswith(w, i)), None)
        if word is None:
            out[i] = ""  # a separator between the digits
            i += 1
            continue
        out[i] = _KANA_DIGIT_WORDS[word]
        for j in range(i + 1, i + len(word)):
            out[j] = None  # (part of the digit: a value ending in ろく masks its く too)
        i += len(word)


def _form_overrides(text: str, out: dict) -> None:
    """What a form's copy or scan put in a value's way: a date's 中点, OCR's 一 for a dash between digit groups, spaces
    around an e-mail's @, the cell walls of a labelled number typed four digits a cell, an example left in a label."""
    if "・" in text:
        for m in _DATE_WITH_NAKAGURO.finditer(text):
            out[m.start("a")] = out[m.start("b")] = "."
    if "一" in text:
        for m in _KANJI_ONE_AS_DASH.finditer(text):
            out[m.start()] = "-"
    if ("@" in text or "＠" in text) and _SPACED_AT_HINT.search(text):
        for m in _SPACED_AT.finditer(text):
            for i in (*range(m.start("a"), m.end("a")), *range(m.start("b"), m.end("b"))):
                out[i] = ""
    if "\t" in text and ("番号" in text or "マイナンバー" in text):
        for m in _LABELLED_NUMBER_IN_CELLS.finditer(text):
            for i in range(m.start("n"), m.end("n")):
                if text[i] in "\t ":
                    out[i] = " " if text[i - 1] in _ANY_DIGIT else ""
    if "例" in text:
        for m in _EXAMPLE_IN_LABEL.finditer(text):
            out[m.start()] = " "
            for i in range(m.start() + 1, m.end()):
                out[i] = ""


def _layout_overrides(text: str, out: dict) -> None:
    """What the way a value was stored or typed adds to it: percent-encoding in a URL, the era in
    brackets inside a date, the walls of the boxes or cells a number was typed into, a vertical
    text's one character a line, OCR's letters for digits, digits written in kana as said aloud."""
    if "丁目" in text:
        for m in _KANA_FOR_CHOME_NUMERAL.finditer(text):
            out[m.start()] = "二" if m.group() == "ニ" else "一"
    if "\n" in text and _ONE_CHARACTER_HINT.search(text):
        for m in _ONE_CHARACTER_LINES.finditer(text):
            run = m.group()
            digits = sum(ch in _KANJI_DIGIT_VALUE for ch in run) >= 7  # a number written vertically
            letters = sum(1 for ch in run if _CJK.match(ch) and ch not in _KANJI_DIGIT_VALUE and ch not in "十百千")
            if not digits and letters < 2:
                continue  # a list of numerals, letters or bullets one a line (一⏎二⏎三⏎四, A⏎B⏎C⏎D) is a list
            for i, ch in enumerate(run, m.start()):
                if ch in "\r\n":
                    out[i] = ""
                elif digits and ch in _KANJI_DIGIT_VALUE:
                    out[i] = _KANJI_DIGIT_VALUE[ch]
    if _OCR_LETTER_HINT.search(text):
        for m in _OCR_LETTER_IN_NUMBER.finditer(text):
            for i in range(m.start(), m.end()):
                if text[i] in _OCR_DIGIT_FOR:
                    out[i] = _OCR_DIGIT_FOR[text[i]]
    if _SPACED_DIGITS_HINT.search(text):
        for m in _SPACED_DASHED_NUMBER.finditer(text):
            for i in range(m.start(), m.end()):
                if text[i] in " 　":
                    out[i] = ""
    said = text.translate(KATAKANA_AS_HIRAGANA) if _KATAKANA_DIGIT_HINT.search(text) else text
    if _KANA_DIGIT_HINT.search(said):
        for m in _KANA_PREFIX_BEFORE_FIGURES.finditer(said):
            _kana_digits(said, m.start("k"), m.end("k"), out)
            for i in range(m.start("t"), m.end("t")):  # (の between the groups a dash, the pause after it gone)
                if said[i] == "の":
                    out[i] = "-"
                elif said[i] in "、 　":
                    out[i] = ""
        for m in _KANA_DIGIT_RUN.finditer(said):
            _kana_digits(said, m.start(), _kana_number_end(said, m), out)
    if "%" in text:
        _percent_encoding_overrides(text, out)
    if _CIRCLED_NUMBER.search(text):
        # ①関口 富士男 ②佐鳥 ミチ: a list's circled numbers are markers, not digits glued to the name after them
        # (NFKC would make ② a 2); the walls of typed-in boxes (① 4539 ② 1488) are set above already
        for m in _CIRCLED_NUMBER.finditer(text):
            out.setdefault(m.start(), " ")
    if "+" in text and "=" in text:
        for m in _PLUS_QUERY_VALUE.finditer(text):
            for i in range(m.start("v"), m.end("v")):
                if text[i] == "+":
                    out[i] = " "
    if "年" in text and ("（" in text or "(" in text):
        # 1979（昭和54）年10月30日: the era's year in brackets between the year and 年 says the same year twice
        for m in _ERA_IN_BRACKETS.finditer(text):
            year = _YEAR_BEFORE.search(text, max(0, m.start() - 6), m.start())
            if year:
                for i in range(year.start("gap"), m.end()):
                    out[i] = ""
    if "|" in text or "②" in text:
        for m in _DIGIT_GROUPS_IN_CELLS.finditer(text):
            for sep in _CELL_SEPARATOR.finditer(text, m.start(), m.end()):
                out[sep.start()] = " "
                for i in range(sep.start() + 1, sep.end()):
                    out[i] = ""


def _evasion_overrides(text: str) -> dict[int, Optional[str]]:
    """Original index → replacement: characters that only hide a number, a form's labels a copy broke
    (alone on their line, over two lines), and the labels a legacy system prints in half-width katakana."""
    out = _hidden_value_overrides(text)
    if "\n" in text:
        _field_label_overrides(text, out)
    if _HALFWIDTH_KANA.search(text):
        _halfwidth_label_overrides(text, out)
    if "：" in text or ":" in text:
        _kana_label_overrides(text, out)
    return out


# a form's label in kana right before its colon (こうざ ばんごう：, ざいりゅうカード ばんごう：): one word or two
_KANA_LABELS = {**_HALFWIDTH_LABELS, **{
    reading.translate(_SMALL_KANA_AS_LARGE): label
    for reading, label in (entry.split() for entry in lexicon.words("normalize.kana_labels"))}}
_KANA_WORD_BEFORE = re.compile(r"(?:[ぁ-ゖァ-ヺー]{1,12}[ 　])?[ぁ-ゖァ-ヺー]{2,12}[ 　]?$")
_COLON = re.compile(r"[:：]")
_HIRAGANA_AS_KATAKANA = {hira: kata for kata, hira in KATAKANA_AS_HIRAGANA.items()}


def _kana_label_overrides(text: str, out: dict) -> None:
    """こうざ ばんごう： → 口座番号： (padded with spaces before it to the words' length), so the detectors that read the
    kanji label read the kana one: a form written in kana for children or in plain Japanese."""
    for colon in _COLON.finditer(text):
        at = colon.start()
        before = text[max(0, at - 2):at].rstrip(" 　")[-1:]
        if not ("ぁ" <= before <= "ヺ" or before == "ー"):
            continue  # (most colons follow a kanji label, a digit or a Latin key: no kana word to read)
        m = _KANA_WORD_BEFORE.search(text, max(0, at - 26), at)
        if m is None or (m.start() and "ぁ" <= text[m.start() - 1] <= "ヺ"):
            continue
        words = m.group().rstrip(" 　")
        end = m.start() + len(words)
        # (the two words, or the last alone: いま の じゅうしょ： is じゅうしょ)
        for start in (m.start(), end - len(re.split("[ 　]", words)[-1])):
            label = _KANA_LABELS.get(text[start:end].replace(" ", "").replace("　", "")
                                     .translate(_HIRAGANA_AS_KATAKANA).translate(_SMALL_KANA_AS_LARGE))
            if label and text[start:end] != label and all(i not in out for i in range(start, end)):
                out[start] = " " * max(0, end - start - len(label)) + label
                for j in range(start + 1, end):
                    out[j] = ""
                break


def _field_label_overrides(text: str, out: dict) -> None:
    """A form's layout broken by a copy: a label alone on its line gets its colon back (the line break),
    and a label broken over two lines is joined."""
    for m in _LABEL_ALONE.finditer(text):
        out[m.start("br")] = ":"
        if m.end("br") - m.start("br") == 2:
            out[m.start("br") + 1] = ""
    i = text.find("\n")
    while i >= 0:  # (a text may open with a line break: the ones after it are still looked at)
        before = i - 2 if i and text[i - 1] == "\r" else i - 1
        after = i + 1
        while after < len(text) and text[after] in " \t\u3000":
            after += 1
        if before >= 0 and after < len(text):
            for label, k in _LABEL_SPLITS.get((text[before], text[after]), ()):
                if text[before + 1 - k:before + 1] == label[:k] and text[after:after + len(label) - k] == label[k:]:
                    for j in range(before + 1, after):
                        out[j] = ""
                    break
        i = text.find("\n", i + 1)


def _halfwidth_label_overrides(text: str, out: dict) -> None:
    """ｺｳｻﾞﾊﾞﾝｺﾞｳ → 口座番号 (padded with spaces to the word's length in the matching text, so a fixed-width
    record's columns stay where they were)."""
    words = list(_HALFWIDTH_WORD.finditer(text))
    i = 0
    while i < len(words):
        m = words[i]
        pair = words[i + 1] if i + 1 < len(words) and words[i + 1].start() == m.end() + 1 and text[m.end()] == " " else None
        spans = [(m.start(), pair.end())] if pair else []
        for span in spans + [(m.start(), m.end())]:
            label = _HALFWIDTH_LABELS.get(_folded_reading(text[span[0]:span[1]]))
            if label:
                width = len(unicodedata.normalize("NFKC", text[span[0]:span[1]]))
                out[span[0]] = label + " " * max(0, width - len(label))
                for j in range(span[0] + 1, span[1]):
                    out[j] = ""
                i += 2 if span[1] != m.end() else 1
                break
        else:
            i += 1


def _folded_reading(word: str) -> str:
    """A katakana word as a legacy system prints it: full-width, no space, small kana read as large."""
    return unicodedata.normalize("NFKC", word).replace(" ", "").translate(_SMALL_KANA_AS_LARGE)


def _hidden_value_overrides(text: str) -> dict[int, Optional[str]]:
    """Original index → replacement for characters that only hide a number."""
    out: dict[int, Optional[str]] = {}
    _layout_overrides(text, out)
    _form_overrides(text, out)
    # A run of blanks longer than MAX_BLANK_RUN keeps only its first MAX_BLANK_RUN in the
    # matching text. Many detector regexes read "[ \t]*" twice in a row, which costs time by
    # the square (or cube) of a run's length: 8,000 spaces took 27 s, 100,000 never ended.
    # No rule needs more blanks than that between a label and its value.
    for m in _LONG_BLANK_RUN.finditer(text):
        for i in range(m.start() + MAX_BLANK_RUN, m.end()):
            out[i] = ""
    if "年" in text or "*" in text or "_" in text or "~" in text or _INLINE_SPACED_HINT.search(text):
        _typography_overrides(text, out)
    _number_spacing_overrides(text, out)
    if "\n" in text:
        _split_literal_overrides(text, out)
    _spoken_number_overrides(text, out)
    _spoken_digit_overrides(text, out)
    address_breaks = _ADDRESS_BREAK.finditer(text) if "\n" in text else iter(())
    first_break = next(address_breaks, None)
    if first_break is None and not _has_evasion_hint(text) and not _SPACED_LETTERS_HINT.search(text) \
            and not _SPACED_NAME_HINT.search(text) and not (
            _ASTRAL_OR_SURROGATE.search(text) and _PICTOGRAPH_BETWEEN_DIGITS.search(text)):
        return out
    for m in ([first_break] if first_break else []) + list(address_breaks):
        i = m.end()
        while i < len(text) and text[i] in " \t　\r\n>＞":
            out[i] = ""
            i += 1
    for m in _KANJI_DIGIT_RUN.finditer(text):
        run = m.group()
        if sum(ch in _KANJI_DIGIT_VALUE for ch in run) < 7:
            continue
        for i, ch in enumerate(run, m.start()):
            out[i] = _KANJI_DIGIT_VALUE.get(ch, "" if ch in " 　、" else "-")
    for m in _SPACED_DIGITS.finditer(text):
        if sum(ch not in " 　" for ch in m.group()) < 7:
            continue  # (fewer than seven digits: a short spaced count, not a number)
        for i in range(m.start(), m.end()):
            if text[i] in " 　":
                out[i] = ""
    for m in _BROKEN_AFTER_DASH.finditer(text):
        for i in range(m.start(), m.end()):
            out[i] = ""
    for m in _HYPHENATED_WORD.finditer(text):
        for i in range(m.start(), m.end()):
            out[i] = ""
    for m in _HALFWIDTH_VOICED.finditer(text):
        out[m.start()] = unicodedata.normalize("NFKC", m.group())  # ﾀﾞ → ダ
        out[m.start() + 1] = ""
    for m in _OCR_SPACED.finditer(text):
        # kana/kanji letters, or a number spaced digit by digit with its dashes (０ ２ ７ − ２ ５ ３ …,
        # apart from its label by a wider gap): 7+ digits are one number, not words
        run = m.group()
        if len(_CJK.findall(run)) >= 2 or sum(ch in _ANY_DIGIT for ch in run) >= 7:
            _drop_spacing(m, out)
    for m in _OCR_SPACED_ASCII.finditer(text):
        run = m.group()
        if sum(ch in _ANY_DIGIT for ch in run) >= 7 or "@" in run and "." in run:
            _drop_spacing(m, out)
    _spaced_name_overrides(text, out)
    for m in _OCR_DIGITS_BROKEN.finditer(text):
        if sum(ch in _ANY_DIGIT for ch in m.group()) >= 10:
            for i in range(m.start(), m.end()):
                if text[i] in " \t\u3000\r\n":
                    out[i] = ""
    for m in _PICTOGRAPH_BETWEEN_DIGITS.finditer(text):
        out[m.start()] = "-"
        for i in range(m.start() + 1, m.end()):
            out[i] = ""
    return out


def _spaced_name_overrides(text: str, out: dict[int, Optional[str]]) -> None:
    """A name spaced letter by letter with a wider gap between its parts (_OCR_SPACED_GAP, _OCR_SPACED_WIDE_GAP):
    the letters join, the gap becomes one space."""
    for m in _OCR_SPACED_GAP.finditer(text):
        gap = False
        for i in range(m.start(), m.end()):
            if text[i] in " \u3000":
                wide = gap or text[i + 1] in " \u3000"
                out[i] = " " if wide and not gap else ""
                gap = wide and text[i + 1] in " \u3000"
            else:
                gap = False
    for m in _OCR_SPACED_WIDE_GAP.finditer(text):
        for i in range(m.start(), m.end()):
            if text[i] == " ":
                out[i] = ""
            elif text[i] == "\u3000":
                out[i] = " "


@lru_cache(maxsize=8192)
def _plain(ch: str) -> str:
    if ch in ZERO_WIDTH:
        return ""
    if "\ud800" <= ch <= "\udfff":
        return "\ufffd"  # a lone surrogate (JSON can carry one): nothing can match it
    if ch in DASHES:
        return "-"
    out = unicodedata.normalize("NFKC", ch)
    if len(out) == 1 and not out.isascii() and unicodedata.decimal(out, None) is not None:
        # a digit of another script (Devanagari २०४८, Arabic-Indic, Thai, Bengali): NFKC keeps it, yet a
        # date or a number written in it is the same number
        return str(unicodedata.decimal(out))
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

    The map is kept as segments, not per character: runs the normaliser leaves alone (or
    changes one character for one) map by a fixed offset, and each other changed character
    maps its (0, 1 or more) output characters to itself. Building it costs time per
    *changed* character only."""

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
        seg_same: list[bool] = []  # True: a run mapped by a fixed offset; False: one replaced character
        seg_olen: list[int] = []  # original length of a replaced segment (2 for ﾀﾞ → ダ)
        npos = 0
        prev = 0  # the original text up to here is in `pieces`
        run = run_n = 0  # where the current fixed-offset run starts (original, normalised)
        for i in changed:
            if i > prev:
                pieces.append(original[prev:i])
                npos += i - prev
            ch = original[i]
            absorbed = False
            if i in overrides:
                rep = overrides[i]
                if rep is None:  # deleted, and part of the replaced character before it (%E4|%BD%90)
                    rep, absorbed = "", True
            elif ch in LONG_VOWELS:
                before = _previous_visible(original, i)
                after = _next_visible(original, i)
                rep = "-" if (before and after and _is_digit(before) and _is_digit(after)) else "ー"
            else:
                rep = _plain(ch)
            prev = i + 1
            if len(rep) == 1 and i + 1 not in overrides:
                # One character for one (：→:, a full-width space, （→( …): every offset stays
                # as it was, so it stays inside the fixed-offset run — a roster has hundreds,
                # and a segment each made every span look-up bisect twice as many. (Not before
                # an override: a voicing mark deleted there joins this character's segment.)
                pieces.append(rep)
                npos += 1
                continue
            if i > run:  # the fixed-offset run before this character
                seg_norm.append(run_n)
                seg_orig.append(run)
                seg_same.append(True)
                seg_olen.append(0)
            run, run_n = i + 1, npos + len(rep)
            if not rep and seg_same and not seg_same[-1] and seg_orig[-1] + seg_olen[-1] == i \
                    and i in overrides and (absorbed or original[i] in "\uff9e\uff9f"):
                seg_olen[-1] += 1  # a voicing mark (or a percent-encoded byte) belongs to the character before it
                continue
            seg_norm.append(npos)
            seg_orig.append(i)
            seg_same.append(False)
            seg_olen.append(1)
            pieces.append(rep)
            npos += len(rep)
        if prev < len(original):
            pieces.append(original[prev:])
        if run < len(original):
            seg_norm.append(run_n)
            seg_orig.append(run)
            seg_same.append(True)
            seg_olen.append(0)
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


# -- values broken by a line break ------------------------------------------------------
# Text copied from a PDF, a narrow table cell or wrapped mail breaks lines anywhere, also
# inside a value: 「7057 86⏎22 2560」, 「192.168.⏎40.12」, 「山田⏎花子さん」, 「【部外⏎秘】」. Joining every
# line break in the matching text would merge the rows of lists and tables (two phone numbers
# on two lines would become one long number and neither would be found), so the scanner
# keeps its normal pass and takes a second look at the joined lines around each break that
# could be inside a value (`join_line_breaks`), adding only what crosses a break.

# A character that can continue a value on the next line: kana, kanji, digits, ASCII letters
# and the punctuation inside numbers, addresses, e-mail and keys.
_VALUE_CHAR = ("[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u9fff\uf900-\ufaff々〆ヶ0-9０-９A-Za-zＡ-Ｚａ-ｚ"
               ".@_%+=:/#\\-－【】]")
# (led by a look-ahead for its first character, a blank or a line break, as fastre.compile_fast leads
# patterns — not importable here: the look-behind was tried at every character, 0.12 → 0.08 ms a roster)
_LINE_BREAK_IN_VALUE = re.compile(
    f"(?=[ \\t\\u3000\\r\\n])(?<={_VALUE_CHAR})[ \\t\\u3000]*(?:\\r\\n|\\n|\\r)[ \\t\\u3000]*(?={_VALUE_CHAR})")
# Right after a break these start a new item, not the rest of a value: list bullets and
# numbered items (「1. 」「(2)」「③」), quoted mail (「> 」), a key of a config or a vCard
# (「VERSION:3.0」「Passport No.: …」), a label (「案件2：」「氏名:」), a numbered row (「16⇥」「16　」
# 「No.22」), an indented line (code, YAML, nested lists: a broken
# value is not indented), a paragraph opening with a full-width space (字下げ).
_NEW_ITEM = re.compile(r"(?:[-*+・●○■□◆◇▪※>]|\(?[0-9０-９]{1,3}[.．)）:：、]|[①-⑳])[ \t\u3000]"
                       r"|[A-Za-z_][A-Za-z0-9_. \-]{0,30}[:=：]"
                       r"|[^\s:：=]{1,10}[:：]|(?:No|NO|no|№)\.?[ ]?[0-9０-９]|[0-9０-９]{1,4}[\t\u3000]+(?![0-9０-９\s])")
_INDENTED = re.compile(r"\r?\n(?:[ \u3000]{2,}|\t|\u3000)")
# a row of a CSV keyed by a code (「0010,大手町 一丁目⏎0011,大手町 二丁目」): when the lines on both sides of
# the break open with a number and a comma, the break ends a row, not a value
_KEYED_ROW = re.compile(r"[0-9０-９]{1,8}[,，]")


def _between_keyed_rows(text: str, a: int, b: int) -> bool:
    if not _KEYED_ROW.match(text, b):
        return False
    return _KEYED_ROW.match(text, text.rfind("\n", 0, a) + 1) is not None


def line_breaks_in_values(text: str) -> list[tuple[int, int]]:
    """Spans of `text` (a line break with the spaces around it) that may split one value."""
    if "\n" not in text and "\r" not in text:
        return []
    return [m.span() for m in _LINE_BREAK_IN_VALUE.finditer(text)
            if not _NEW_ITEM.match(text, m.end())
            and not (_INDENTED.search(text, m.start(), m.end()) and not _inside_quotes(text, m.start(), m.end()))
            and not _between_keyed_rows(text, m.start(), m.end())]


def _inside_quotes(text: str, a: int, b: int) -> bool:
    """A quoted value the break falls inside: its line opens a double quote it does not close, and the next
    line closes it (PASSWORD: "Mb#20⏎        24q!", a PDF wrapping a YAML value): indented or not, one value."""
    line = text[text.rfind("\n", 0, a) + 1:a]
    e = text.find("\n", b)
    nxt = text[b:e if e != -1 else len(text)]
    return line.count('"') % 2 == 1 and nxt.count('"') % 2 == 1 and " " not in line[line.rfind('"') + 1:]


def join_spans(text: str, start: int, end: int, cuts: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """text[start:end] without the `cuts` inside it, and for each character of the result
    its index in `text`."""
    pieces, index = [], []
    pos = start
    for a, b in cuts:
        if b <= start or a >= end:
            continue
        pieces.append(text[pos:a])
        index.extend(range(pos, a))
        pos = b
    pieces.append(text[pos:end])
    index.extend(range(pos, end))
    return "".join(pieces), index
