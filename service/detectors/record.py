"""The other values of a personal record (issue 16): once a row or a passage is about a named
person, its date, its katakana address and the numbers the office assigned to that person are
that person's too — even where their own shape says nothing.

- **Record rows.** A line that holds a PERSON and is laid out as a record — fields joined by
  `|`, tabs, commas or runs of spaces (fixed-width files, pipe-separated rows pasted from a
  sheet: 「佐藤 和真｜サトウ カズマ｜1988/3/21｜…」, 「0001 ｺﾊﾞﾔｼ ﾏｻﾙ   19680511 ﾏｴﾊﾞｼｼ…ﾏﾁ 1024-3」) —
  and that also holds an address, a phone or an e-mail address, gives: a full date at least `MIN_AGE_YEARS` years ago as DATE_OF_BIRTH (a birth date is the
  date a personal record holds; an application date is recent), and a katakana town with its
  house number as JP_ADDRESS (`address.toml` context `address_kana_record`). Only when some
  record row of the text holds a PERSON strong enough to block: a list of officials (warn-level
  names) in a table of meeting dates gives nothing.
- **Parts of a name after their labels** (Surname: NGUYEN / Given names: THI MAI): a single
  word after such a label (`record.name_part_labels`) is part of the name.
- **A name's other spelling** in brackets right after it (ｱﾗｲ ﾐﾂｺ（新井 光子）).
- **A column of such numbers** in a table whose heading is one of those labels (職員番号 | 氏名 | …):
  the cell in each row that holds a name.
- **Numbers assigned to a person.** After a label of `record.person_number_labels`
  (職員番号, お客様番号, 水栓番号, 受給者番号 …), the number is reported as part of the person it
  identifies (type PERSON): in the same paragraph as a reported name. It blocks where the text
  blocks anyway (a block-level personal finding is in it: a sick-leave report, a customer's
  record), else it warns — the number alone names no one the user did not already name.

A sample (記入例, サンプル, ダミー …) around the record reports nothing.
"""
from __future__ import annotations

import datetime
import re
from bisect import bisect_left, bisect_right
from typing import Callable

from .. import lexicon
from ..labels import REASONS, TYPES
from . import engine, evidence as ev, register
from .base import NOT_A_SAMPLE_AFTER, Candidate, Cover, Detector, Document
from .birth import _PLACEHOLDER_YEAR, DATE_RX, _plausible
from .fastre import compile_exists, compile_fast, finditer_sparse, literal_alternation
from .kin import relatives_in_script
from .sensitive import _EN_TERMS_RX, _TERMS_RX
from .table import json_names_beside_names, json_objects, shape_ok

RECORD_DATE = 0.85      # an old full date in a record row about a person (block)
RECORD_ADDRESS = 0.85   # a katakana town + house number in a record row about a person (block)
PERSON_NUMBER_BLOCK = 0.85  # a person's assigned number in a text that blocks anyway
PERSON_NUMBER_WARN = 0.55   # … in a text that would not block: warn (still masked)
ROW_ID_REACH = 40  # how far before a name its row's key may start (18 characters and the separators)
MIN_AGE_YEARS = 10  # a date at least this many years ago is a birth date in a person's record
MIN_AGE_YEARS_ALONE = 15  # … in a row with a private name but no address, phone or mail (a generation back)
_BIRTHS_NAMED = compile_fast(r"誕生日|生年月日|生まれ|(?i:birthday|date of birth|\bDOB\b)")
# a key right before a name in a row: letters and digits (4+ digits), then only a field separator
_ID_BEFORE_NAME = compile_fast(r"(?<![0-9A-Za-z/.:-])(?P<v>[A-Za-z]{0,3}[0-9][0-9A-Za-z-]{3,14})[\t,|｜ 　]*\Z")
_YEAR_ONLY = compile_fast(r"(?:19|20)[0-9]{2}")

_SERIAL = engine.shipped().context["birth_record_serial"]
_KANA_ADDRESS = engine.shipped().context["address_kana_record"]
# a record row: 2+ field separators (| , tab) or 2+ runs of 2+ spaces (fixed width)
_FIELD_SEP = compile_fast(r"[|\t,]")
_WIDE_GAP = compile_fast(r"[ ]{2,}")
_PARAGRAPH = compile_fast(r"\n[ \t]*\n")
# a sex column of a record row: M / F / 男 / 女 as a field of its own
_SEX_FIELD = compile_fast(r"(?<![^ \t　|,])(?:M|F|男|女)(?![^ \t　|,\n])")
_NEWLINE = compile_fast(r"\n")
# (matched in the lower-cased text)
# (an English word standing as a word: not the example of a mail domain, ocn-mail.example.ne.jp)
# (only asked whether it occurs: fastre.compile_exists, half the time of a hinted whole-text search)
_SAMPLE = compile_exists("(?:" + literal_alternation(lexicon.words("sample.marks") + ("テストデータ",)) + ")" + NOT_A_SAMPLE_AFTER
                       + r"|(?<![\w.@-])(?:sample|dummy|fictitious|example)(?![\w.@-])")
# what makes a row with a name a personal record (besides the name): where the person lives or is reached
_CONTACT_TYPES = frozenset({"JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"})
_ERA_BASE = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018,
             "m": 1867, "t": 1911, "s": 1925, "h": 1988, "r": 2018,
             "明": 1867, "大": 1911, "昭": 1925, "平": 1988, "令": 2018}
_LABELS = lexicon.words("record.person_number_labels")
# label, an optional second label in brackets (お客様番号（水栓番号）), a separator, the number:
# letters and digits with hyphens, 4+ digits in all
# (matched in the lower-cased text, whose offsets are the text's: no (?i), which would cost sre its
# scan for the labels' first characters)
_NUMBER = compile_fast(
    literal_alternation(sorted({w.lower() for w in _LABELS}))
    + r"[.．]?[\"']?(?:[ \t]*[（(][^（）()\n]{1,12}[）)])?[ \t]*(?:[:：=]|は|no\.?|is)?[ \t]*(?P<list>\[[ \t]*)?[\"']?"
    r"(?:[一-龥]{1,4}[ \t]?)?(?:第[ \t]?)?"  # 群馬 第 073841 号: a prefecture's symbol and 第 before a certificate's number
    r"(?P<v>[a-z]{0,3}-?[0-9](?:[0-9a-z-]{2,18})[0-9](?:[a-z]{1,2})?)(?![0-9a-z])")
# the next value of a list under the same label ("ケース番号": ["h-2211", "h-2307"]: a data frame's column)
_NEXT_LISTED_NUMBER = compile_fast(r"[\"']?[ \t]*,[ \t]*[\"'](?P<v>[a-z]{0,3}-?[0-9](?:[0-9a-z-]{2,18})[0-9](?:[a-z]{1,2})?)(?![0-9a-z])")
_LABEL_SET = frozenset(w.lower() for w in _LABELS)
_LABEL_ANY = compile_fast(literal_alternation(sorted(_LABEL_SET)))
_NUMBER_VALUE = compile_fast(r"[A-Za-z]{0,3}-?[0-9](?:[0-9-]{2,18})[0-9](?:[A-Za-z]{1,2})?")


def _cells(line: str, delim: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a delimited line (a Markdown row's outer pipes give empty cells
    at both ends, which keep the indices of a heading and its rows the same)."""
    out, a = [], 0
    for i, ch in enumerate(line):
        if ch == delim:
            out.append((a, i))
            a = i + 1
    out.append((a, len(line)))
    return out


# a label of one part of a name, a colon, the part: one to three words up to a field's end
_NAME_PART = compile_fast(
    r"(?<![a-z])(?:" + literal_alternation(sorted({w.lower() for w in lexicon.words("record.name_part_labels")}))
    + r")[ \t]*[:：][ \t]*"
    r"(?P<v>[a-zà-ɏ'\-]{2,20}(?:[ ][a-zà-ɏ'\-]{2,20}){0,2}|[ァ-ヺー]{2,10}|[一-龥々]{1,4})"
    r"(?=[ \t]*(?:$|\n|/|\||,|;|[ \t]{2}))", re.MULTILINE)
# a name in brackets right after a name (or its honorific): its spelling in kanji, kana or romaji (ｱﾗｲ ﾐﾂｺ（新井 光子）,
# 神原 涼太（Ryota Kanbara）)
_SPELLING = compile_fast(r"[ 　]?(?:さん|様|さま|氏|くん|ちゃん)?[ 　]?[（(](?P<v>[一-龥々〆ヶ]{1,4}[ 　][一-龥々〆ヶ]{1,3}|[ァ-ヺー]{2,8}[ 　][ァ-ヺー]{2,8}|"
                         r"[가-힣]{2,5}(?:[ ][가-힣]{1,4})?|"
                         r"[ぁ-ゖー]{2,8}[ 　][ぁ-ゖー]{2,8}|[A-Z][a-z]{1,15}[ ][A-Z][a-z]{1,15}|"
                         r"[A-Z]\.[ ]?[A-Z][a-z]{1,15}|[A-Z][a-z]{1,15},[ ][A-Z][a-z]{1,15})[）)]")
# … or the romaji spelling first and the reported name in brackets after it: K. Mochizuki (望月 健二)
_SPELLING_BEFORE = compile_fast(r"(?<![A-Za-z.])(?P<v>(?:[A-Z]\.[ ]?|[A-Z][a-z]{1,15}[ ])[A-Z][a-z]{1,15})[ ]?[（(]\Z")
_KANJI_START = compile_fast(r"[一-龥々〆ヶ]")
# a Chinese name's two or three characters with a space (張 偉, 王 小明) — no office word in it
_SHORT_HAN_NAME = compile_fast(r"(?![^ 　]*[課係部室局所館])[一-龥]{1,2}[ 　][一-龥]{1,2}")
# … or, in a fixed-width record, the next field after a kana name (ｾｷｸﾞﾁ ﾊﾂﾈ    関口　初音    1975…)
_SPELLING_NEXT_FIELD = compile_fast(r"[ 　]{2,}(?P<v>[一-龥々〆ヶ]{1,4}[ 　][一-龥々〆ヶ]{1,3})(?=[ 　]{2,}|\t)")
_KANA_NAME = compile_fast(r"[ァ-ヺー]+[ 　][ァ-ヺー]+")


def _family_name_at(doc: Document, s: int) -> bool:
    """The analyser reads a person's family name starting at s (one token tagged 人名)."""
    toks = doc.tokens
    i = bisect_left(toks, s, key=lambda t: t.start)
    return i < len(toks) and toks[i].start == s and toks[i].pos[2] == "人名"


# English words that are no name part (a form's instructions: Surname: Required / Given name: N/A)
_NOT_A_PART = frozenset(w.lower() for w in lexicon.words("person.en_stop") + lexicon.words("person.en_not_name"))
# (matched in the lower-cased text) a label of a person's number, or a record's field separator
_GATE = compile_fast(literal_alternation(sorted({w.lower() for w in _LABELS})) + r"|[|\t,:：]|[ ]{2,}|[ ]/[ ]|@[a-z]|番号|[0-9][ 　]?[ぁ-ん][ 　]?[0-9・･.]")
# … or only a name in Chinese characters or hangul to look for (the rest of the detector is not run for it)
_HAN_GATE = compile_exists(r"[가-힣]|我叫|我是|我的名字|[一-龥\u0900-\u097F](?:さん|様|[ 　]様)|(?:申请人|申請人|申请者|当事人|姓名)[ 　]*[:：]"
                           r"|[）)]と申します|护照|護照|身份证|身分證")
# the personal-information types (分類Ⅰ): one of them at block level makes the text block anyway
_PII_TYPES = frozenset(t for t, info in TYPES.items() if info.classification == "I")


# the identifiers and facts only a natural person has: a list row holding one is that person's row
_PERSON_ONLY = frozenset(("JP_MY_NUMBER", "JP_RESIDENT_CODE", "JP_DRIVER_LICENSE", "JP_PASSPORT", "JP_RESIDENCE_CARD",
                          "JP_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "SENSITIVE_PERSONAL_INFO"))
# a row's subject: after an optional bullet or row number (- / 1. / No.12), two to four capitalised
# romaji words, then the end of a field (- Kaur Harpreet: MN … / 3. Trevor J. Hask / M / DOB … / NGUYEN VAN NAM　旅券 …:
# a space before a Japanese label)
# (capitals and letters with the diacritics of Vietnamese, Portuguese, Spanish names: ĐỖ Thị Hồng Nhung)
_CAP = "A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſḀ-ỿ'’\\-"
_ROW_SUBJECT = compile_fast(
    r"^[ \t]*(?:[-*・•●▪]|[0-9]{1,3}[.)．]|[Nn]o\.?[ ]?[0-9]{1,4}|#[0-9]{1,4})?[ \t]*"
    rf"(?P<v>[{_CAP}][{_LETTER}]+(?:[ ](?:[A-Z]\.|[{_CAP}][{_LETTER}]+)){{1,3}})[ \t]*(?=[:：/／|,，（(\t—–―]|[ ]{{2}}|[ ]-[ ]|(?<=[ ])[^\x00-\x7f])",
    re.MULTILINE)


def _row_subjects(doc: Document) -> list[Candidate]:
    """The romaji name leading a list row whose other fields hold an identifier or a fact only a
    person has (a My Number, a residence card, a birth date, a disability), or two kinds of personal
    values (an address and a phone): the row is that person's record, whatever the name lists know."""
    text = doc.text
    rows: dict[int, set] = {}
    for c in doc.candidates:
        if c.score >= ev.WARN and c.type in _PII_TYPES and c.type != "PERSON":
            rows.setdefault(text.rfind("\n", 0, c.start) + 1, set()).add(c.type)
    out: list[Candidate] = []
    for ls, kinds in rows.items():
        if not (kinds & _PERSON_ONLY or len(kinds) >= 2):
            continue
        m = _ROW_SUBJECT.match(text, ls)
        if not m or any(w.lower().strip(".") in _NOT_A_PART for w in m.group("v").split()):
            continue
        s, e = m.span("v")
        if any(c.start < e and s < c.end for c in doc.candidates if c.score >= ev.WARN):
            continue
        out.append(Candidate("PERSON", s, e, PERSON_NUMBER_BLOCK, REASONS["record.row_subject"], rule="record.row_subject"))
    return out


# Any other label of a number, an ID or a code (通知書番号, 印鑑登録番号, 証券番号, 番号, policy no.), a
# separator, the value: in a text that blocks for personal data anyway, the value in a paragraph about a
# person is that person's too (what is masked grows; the verdict does not change). Labels of numbers
# that name no person (`record.public_number_labels`) are left. (matched in the lower-cased text)
_PUBLIC_NUMBER_LABELS = frozenset(w.lower() for w in lexicon.words("record.public_number_labels"))
_ANY_LABELLED = compile_fast(
    r"(?P<label>(?<![一-龥ァ-ヺー])[一-龥ァ-ヺー]{0,8}(?:番号|ナンバー|コード|記号)|(?<![a-z])[a-z]{2,12}[ ]?(?:id|no\.?|#)"
    r"|(?<![一-龥ァ-ヺー])[一-龥ァ-ヺー]{1,8}id)"
    r"[.．]?[\"']?(?:[ \t]*[（(][^（）()\n]{1,12}[）)])?[ \t]*(?:[:：=]|は|is)?[ \t]*[\"']?(?:第[ \t]?)?"
    r"(?P<v>[a-z]{0,3}-?[0-9](?:[0-9a-z-]{2,18})[0-9](?:[a-z]{1,2})?)"
    r"(?![0-9a-z]|[ ]?(?:円|年|月|日|件|人|%|万|歳|時|分|個|台|回|枚|kg|km|m2|㎡))")
# (the Latin branch = [a-z][ ]?(?:id|no|#), written from its last letter so that sre scans for d, o or #, not
# for every letter: a third of the time)
_LABEL_WORD = compile_exists(r"番号|ナンバー|コード|記号|(?:d(?<=[a-z]id)|d(?<=[一-龥ァ-ヶ]id)|d(?<=[a-z] id)|o(?<=[a-z]no)|o(?<=[a-z] no)|"
                             r"#(?<=[a-z]#)|#(?<=[a-z] #))")
# a town (…町, …村) or a 字 and a lot number right after it, its reading or kanji in a bracket between (matched from the
# town's last character, the kanji before it asked apart)
# (の between the town and a 番地, as a caller says it: 嶺町の1087番地)
_TOWN_LOT_HINT = compile_fast(r"[町村](?=[)）]?[ ]?[0-9]|の[0-9]{1,5}番地)|字(?=[一-龥々ヶ]{1,5}[)）]?[ ]?[0-9])")
_KANJI_CH = compile_fast(r"[一-龥々ヶ]")
_TOWN_LOT = compile_fast(r"(?:町|村|字[一-龥々ヶ]{1,5})(?:[)）]?[ ]?|の(?=[0-9]{1,5}番地))(?P<v>[0-9]{1,5}(?:-[0-9]{1,4}){0,2}"
                         r"(?:番地?[0-9]{0,4})?)(?![0-9]|[ ]?(?:円|年|月|日|件|人|名|%|万|歳|時|分|回|台|枚|冊|頁|号室|階|kg|km|㎡|m))")
_KANA_NAME_AFTER_NUMBER = compile_fast(r"[ ]*\([ ]*(?P<n>[ァ-ヺ][ァ-ヺー]{2,11}(?:[ ][ァ-ヺ][ァ-ヺー]{1,8})?)[ ]*(?:様|さん|殿)[ ]*\)")


def _add_uncovered(ctx: "_Context", out: list, type_: str, m, group: str, reason: str, rule: str = "") -> None:
    """The match's `group` as a blocking candidate, unless a value already covers it."""
    if m is None:
        return
    a, b = m.span(group)
    if not ctx.cover.hit(a, b):
        out.append(Candidate(type_, a, b, PERSON_NUMBER_BLOCK, REASONS[reason], rule=rule or reason))
        ctx.cover.add(a, b)


# a social-media handle after its account word (_social_handles): not a mail address's part, not a decorator (@Override)
_SOCIAL_HANDLE = compile_fast(r"(?:アカウント(?:名)?|ユーザー?(?:名|ID)|ハンドル(?:ネーム)?|(?<![A-Za-z])(?:X|Twitter|Instagram|TikTok|Threads|"
                              r"(?i:account|handle|username))|ツイッター|インスタ(?:グラム)?)[ 　]*[（(]?[^\n@]{0,8}?[:：]?[ 　]*"
                              r"(?P<v>(?<![\w.])@[A-Za-z0-9_]{3,30})(?![\w.@])")


# a row of a list of people with their birth dates (_dated_name_rows): an optional first cell, a full name, a full date
_DATED_NAME_ROW = compile_fast(r"(?m)^[ \t]*(?:[^\s]{1,8}[ ]+)?(?P<n>[一-龥々]{1,4}[ ][一-龥々ぁ-んァ-ヶー]{1,5})[ ]+"
                               r"(?P<d>(?P<y>(?:19|20)[0-9]{2})[/.-][0-9]{1,2}[/.-][0-9]{1,2})[ \t]*$")
# … or a roster's row with a post before the name, its romaji after it, the date in 年月日 and a passport's number after it
# (1 副市長 福田 昌弘　FUKUDA MASAHIRO　1962年3月14日　TR3318402): an adult's birth date only (fifteen years ago or more: a
# list of staff with the dates they were hired is no list of births)
_DATED_NAME_ROW_WIDE = compile_fast(r"(?m)^[ \t]*(?:[^\s]{1,8}[ ]+){0,3}(?P<n>[一-龥々]{1,4}[ ][一-龥々ぁ-んァ-ヶー]{1,5})[ ]+"
                                    r"(?:[A-Z]{2,}[ ][A-Z]{2,}[ ]+)?(?P<d>(?P<y>(?:19|20)[0-9]{2})(?:[/.-][0-9]{1,2}[/.-][0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日))"
                                    r"(?:[ ]+[A-Za-z0-9-]{4,20})?[ \t]*$")
# a cell of a sample's record row (_sample_rows_that_block): a number of four digits or more, or a full name in two parts
_SAMPLE_ROW_CELL = compile_fast(r"(?:^|(?<=[\t|,]))[ ]*(?P<v>[0-9]{4,12}|[一-龥々]{1,4}[ 　][一-龥々ぁ-んァ-ヶー]{1,5})[ ]*(?=[\t|,]|$)", re.M)


# a flat of a housing block beside a name (_rooms_beside_names), in a text about housing
_HOUSING_WORD = compile_fast(r"団地|住宅|号棟|号室|アパート|マンション|寮|住戸|入居")
_ROOM_BEFORE = compile_fast(r"(?P<r>(?:[0-9]{1,2}号棟)?[0-9]{2,4}号室?)の(?:入居者|住人|居住者|世帯|方)?[ ]*\(?[ ]*$")
_ROOM_AFTER = compile_fast(r"(?:さん|様|氏|君|くん|ちゃん)?[ ]*\([ ]*(?P<r>[0-9]{1,2}-[0-9]{3,4}|(?:[0-9]{1,2}号棟)?[0-9]{2,4}号室?)[ ]*\)")
# a number in a record row, its fields apart or glued to a name (0001ｶﾜｸﾞﾁ, 19850412M0272340918, S55.3.2)
_NUMBER_IN_ROW = compile_fast(
    r"(?:(?<![0-9A-Za-z.])[A-Za-z]{1,2}|(?<![0-9.]))[0-9](?:[0-9./-]*[0-9])?"
    r"(?![0-9]|[ ]?(?:円|年|月|日|件|人|%|万|歳|時|分|個|台|回|枚|冊|頁|kg|km|㎡))")
# fields glued without a separator: a digit against a letter or kana (KA4213…ﾀｶﾊｼ, 19850412M…)
_GLUED_FIELDS = compile_fast(r"[0-9][ァ-ヺA-Za-z]|[ァ-ヺ][0-9]")
# a full date a record holds: YYYYMMDD or an era's letter and YYMMDD (S580611: birth_record_serial), or an era's
# letter and Y.M.D (S55.3.2)
_DOTTED_ERA_DATE = compile_fast(r"(?P<e>[MTSHR])(?P<ey>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<d>[0-9]{1,2})|"
                                # (or a Western year, month and day apart: 2008-05-02, 2008/5/2, 2008.05.02)
                                r"(?P<y>(?:19|20)[0-9]{2})(?P<sep>[-/.])(?P<m2>[0-9]{1,2})(?P=sep)(?P<d2>[0-9]{1,2})")


def _old_date(value: str, latest_year: int) -> bool:
    """value is a whole compact date (YYYYMMDD, S580611, S55.3.2) or one with its parts apart (2008-05-02) of a year
    from 1900 to latest_year."""
    m = _SERIAL.fullmatch(value)
    if not m:
        m = _DOTTED_ERA_DATE.fullmatch(value)
        if not m or not (1 <= int(m["m"] or m["m2"]) <= 12 and 1 <= int(m["d"] or m["d2"]) <= 31):
            return False
    y = _year(m)
    return y is not None and 1900 <= y <= latest_year


_KANJI_UNIT_DATE = compile_fast(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})年[0-9]{1,2}月[0-9]{1,2}日")
# a time of day right after a date (2025-02-18T10:22, 2025/02/18 10:22): the date is a time stamp
_TIME_AFTER = compile_fast(r"[T ][0-9]{1,2}:[0-9]{2}")
# not a person's: a date (2024-04-01), an invoice registration number (T + 13 digits, published)
_NOT_A_PERSONS_VALUE = compile_fast(r"(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}|t[0-9]{13}")
# a messaging or SNS account after its service's name (LINE ID：naoto_okmt, Messenger：nimal.wickrama,
# インスタ @yuzu_0312): the account reaches the person as a phone does (matched in the lower-cased text)
_ACCOUNT = compile_fast(
    r"(?<![a-zァ-ヺー])(?:line|instagram|インスタ(?:グラム)?|twitter|facebook|messenger|tiktok|skype|discord|wechat|"
    r"whatsapp|kakaotalk|ライン)(?:[ ]?の)?(?:[ ]?(?:id|アカウント|ユーザー名|ユーザ名|handle|account))?"
    r"(?:[ ]?[（(][^（）()\n]{1,16}[）)])?[ \t]*(?:[:：=]|は)?[ \t]*(?P<v>(?=[@a-z0-9_.-]*[a-z])@?[a-z0-9][a-z0-9_.-]{2,29}[a-z0-9_])(?![a-z0-9_@.-])")
# a car's number plate (群馬 480 せ 12-07, 前橋580あ1234): the registration names its owner to those who
# may look it up; the national format (a place, a class number, one kana, a serial), not a list of places
_PLATE_KANA = "あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわを"
_PLATE = compile_fast(
    r"(?<![一-龥0-9])(?P<v>[一-龥]{1,4}[ 　]?[0-9]{2,3}[ 　]?[" + _PLATE_KANA + r"][ 　]?"
    r"(?:[0-9]{1,2}[-‐－−][0-9]{2}|[・･.]{1,3}[0-9]{1,3}|[0-9]{4}))(?![0-9])")
# (what every plate holds, found by sre's scan for a digit: the plate pattern itself starts at every kanji)
_MOBILE = compile_fast(r"(?<![0-9+])(?:0|\+81[ -]?(?:\(0\)[ -]?)?)[789]0[ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])")
_STREET_HINT = compile_exists(r"[0-9][A-Z]?[ ](?:[NSEW]\.?[ ])?[A-Z][a-z]")
_BIRTH_YEAR = compile_fast(
    r"(?<![0-9一二三四五六七八九十元])(?:(?:明治|大正|昭和|平成|令和)[ ]?(?:元|[0-9]{1,2}|[一二三四五六七八九十]{1,3})|(?:19|20)[0-9]{2})[ ]?年"
    r"(?:[ ]?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})[ ]?月)?[ ]?(?:の?生まれ|生)(?![活産徒涯成存命協態物計]|まれの|まれ以|まれ以|の方|以降|以前|から|まで|[〜～~])")
_PLATE_HINT = compile_exists(r"[0-9][ 　]?[" + _PLATE_KANA + r"][ 　]?[0-9・･.]")
# a name after its label in another language (Nama: Rizky Pratama, 이름: 박서연, 姓名：刘芳, Họ và tên: …), to the end
# of its field: two letters at least, no digit, six words at most
_FOREIGN_LABEL = r"(?i)(?<![^\s,;，、|(（])(?:" + literal_alternation(
    sorted(lexicon.words("record.foreign_name_labels"), key=len, reverse=True)) + r")"
# (the label ending at a colon, looked for back from each colon: the labels start with most letters, so a
# search of the whole text for them cost 0.17 ms of every 5,000 characters)
_FOREIGN_LABEL_AT_COLON = compile_fast(_FOREIGN_LABEL + r"[ \t　]*\Z")
_FOREIGN_LABEL_REACH = 60
_FOREIGN_NAME_LAST = frozenset(w[-1].lower() for w in lexicon.words("record.foreign_name_labels"))
_COLON = re.compile("[:：]")
_FOREIGN_NAME = compile_fast(
    _FOREIGN_LABEL + r"[ \t　]*[:：][ \t　]*(?P<v>[^\s\d:：,;，、()（）/|<>\[\]「」\"'_*〇○×-][^\d:：,;，、()（）/|<>\[\]\n]{1,40}?)[ \t　]*"
    r"(?=\n|\Z|[,;，、()（）/|]|[ ]{2}|[ \t　]+(?:様|さん|氏)|[ \t　]+[^\s:：]{1,20}[:：]"
    # (or a word that leads to a number, the person's age or phone: ชื่อผู้ป่วย: สมศรี ปัญญาดี อายุ 61 ปี, Nama: Budi umur 45 — a capital
    # opens a word of the name: Nome: Hospital Central 24 horas)
    r"|[ ]+(?![A-Z])[^\s\d:：]{1,12}[ ]?[0-9])")
# an account handle (a chat mention, a social-media account) and what may follow it as a person's name
_HANDLE = compile_fast(r"(?<![A-Za-z0-9_.@])(?P<v>@[A-Za-z][A-Za-z0-9_.]{2,29}[A-Za-z0-9_])(?![A-Za-z0-9_@])")
_HONORIFIC_AFTER_HANDLE = compile_fast(r"[ \t　]*(?:さん|様|さま|氏|くん|ちゃん)")


_WORD = compile_fast(r"[^\s|,\t]+")
_NAME_WORD = compile_fast(r"[一-龥々〆ヶぁ-ゖァ-ヺー]{1,6}|[A-Z][A-Za-z'’\-]{1,20}")


_CSV_SEPARATOR = re.compile(r"[,\t]")
_CSV_NAME_CELL = compile_fast(r"[ 　]*(?P<v>[一-龥々〆ヶ]{1,4}[ 　][一-龥々〆ヶぁ-ゖァ-ヺー]{1,5}|[ァ-ヺー]{2,6}[ 　][ァ-ヺー]{2,6})[ 　]*")


def _csv_name_cells(ctx: "_Context", names: dict, weighed: Cover) -> list[Candidate]:
    """Rows of comma- or tab-separated cells (a header and records: 受付日,寄附者,カード番号,…): the column
    in which one row's cell is a blocking name holds the other rows' names too (a name with a space in
    it is two words to _name_columns, so a CSV is read by its cells here)."""
    text, out = ctx.text, []
    rows: dict[int, list[tuple[int, int]]] = {}
    for p in names.values():
        k = bisect_right(ctx.line_starts, p.start) - 1
        if k in rows:
            continue
        ls = ctx.line_starts[k]
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        if "," not in text[ls:le] and "\t" not in text[ls:le]:
            rows[k] = []
            continue  # (no separator: no CSV row)
        cells, a = [], ls
        for m in _CSV_SEPARATOR.finditer(text, ls, le):
            cells.append((a, m.start()))
            a = m.end()
        cells.append((a, le))
        rows[k] = cells
    columns = set()
    for k, cells in rows.items():
        for i, (a, b) in enumerate(cells):
            c = _CSV_NAME_CELL.fullmatch(text, a, b)
            if len(cells) >= 3 and c and c.start("v") in names and names[c.start("v")].end == c.end("v"):
                columns.add((k, i, len(cells)))
    for k, i, n in columns:
        for j in (k - 1, k + 1, k - 2, k + 2, k - 3, k + 3):  # the rows near (a CSV pasted whole is short)
            if not 0 <= j < len(ctx.line_starts):
                continue
            ls = ctx.line_starts[j]
            le = text.find("\n", ls)
            cells = _CSV_SEPARATOR.split(text[ls:len(text) if le < 0 else le])
            if len(cells) != n:
                continue
            a = ls + sum(len(x) + 1 for x in cells[:i])
            c = _CSV_NAME_CELL.fullmatch(text, a, a + len(cells[i]))
            if not c:
                continue
            s, e = c.span("v")
            if ctx.cover.hit(s, e) or weighed.hit(s, e) or _NAME_HEADING.search(text, s, e):
                continue  # (nor the column's heading: なまえ,がくねん above あおき りく,2ねん)
            out.append(Candidate("PERSON", s, e, PERSON_NUMBER_WARN, REASONS["record.name_column"], rule="record.name_column"))
            ctx.cover.add(s, e)
    return out


_NAME_HEADING = compile_fast(r"(?<![^,\t| \n])(?:" + literal_alternation(sorted(lexicon.words("person.name_headers"), key=len, reverse=True))
                             + r")(?=$|[,\t| ])")


def _names_in_column(ctx: "_Context", block: list, starts: dict, weighed: Cover) -> list[Candidate]:
    """The rows of one block of equal word counts (see `_name_columns`): `starts` the blocking names by their
    start, `weighed` what the rules already reported as a name at any score."""
    columns: dict[tuple[int, int], int] = {}
    for _, words in block:
        for i, (a, _) in enumerate(words):
            p = starts.get(a)
            if p is None:
                continue
            j = next((k for k in range(i, min(i + 3, len(words))) if words[k][1] == p.end), None)
            if j is not None:
                columns[(i, j)] = columns.get((i, j), 0) + 1
    out = []
    for (i, j), n in columns.items():
        if n < 2:
            continue
        for _, words in block:
            s, e = words[i][0], words[j][1]
            if ctx.cover.hit(s, e) or weighed.hit(s, e) or not all(_NAME_WORD.fullmatch(ctx.text, a, b) for a, b in words[i:j + 1]) \
                    or _NAME_HEADING.search(ctx.text, s, e):
                continue  # (nor the column's heading: なまえ,がくねん above あおき りく,2ねん)
            # (a warning: masked, while the verdict stays with the names the rules and the judge weigh — a
            # list of members the judge reads as public does not block on the one name the column adds)
            out.append(Candidate("PERSON", s, e, PERSON_NUMBER_WARN, REASONS["record.name_column"], rule="record.name_column"))
            ctx.cover.add(s, e)
    return out


# an SQL INSERT with its column list: each value is what its column says (shimei → a name, seinengappi → a birth
# date), whatever its own shape
_INSERT = compile_fast(r"(?im)insert\s+into\s+[\w.\"`\[\]]+\s*\((?P<cols>[^()\n]{1,400})\)\s*values\s*\((?P<vals>[^\n]{1,2000}?)\)\s*(?:;|$)")
# … and an INSERT of several rows, one tuple a line after VALUES: each further row's tuple
_INSERT_HEAD = compile_fast(r"(?im)insert\s+into\s+[\w.\"`\[\]]+\s*\((?P<cols>[^()\n]{1,400})\)\s*values[ \t]*$")
_INSERT_ROW = compile_fast(r"(?m)^[ \t]*\((?P<vals>[^\n]{1,2000}?)\)[ \t]*[,;]?[ \t]*$")
_NAME_COLUMN = compile_fast(r"(?i)(?<![a-z])(?:(?:applicant|customer|patient|person|member|full|last|first|given|family)_?)?"
                            r"(?:shimei|simei|name|氏名|名前)(?:_?(?:kanji|kana|kj|kn|sei|mei))?"
                            # (a column named after the person's role: shinseisha = 申請者, hihokensha = 被保険者)
                            r"|(?<![a-z])(?:shinsei_?sha|todokede_?nin|taisho_?sha|riyo_?sha|hihoken_?sha|setai_?nushi|hogo_?sha|"
                            r"keiyaku_?sha|meigi_?nin|申請者|届出人|対象者|利用者|被保険者|世帯主|保護者|契約者|名義人)(?![a-z])")
_BIRTH_COLUMN = compile_fast(r"(?i)seinen_?(?:gappi|ymd|date)?|birth_?(?:date|day|ymd)?|dob|生年月日")
# a made-up value in a test row (テスト 一郎, ダミー, 1900-01-01): no one's
_DUMMY_VALUE = compile_fast(r"(?i)テスト|ダミー|サンプル|test|dummy|sample|example|〇〇|○○|xx")
_VALUE_IN_QUOTES = compile_fast(r"[ \t]*N?'(?P<v>[^']*)'?[ \t]*|[ \t]*(?P<bare>[^,]*)")


def _column_kind(column: str, text: str, s: int, e: int) -> str | None:
    """PERSON or DATE_OF_BIRTH when a column (or a query key) names a name or a birth date and its value
    text[s:e] is not a made-up one (テスト, 1900-01-01), else None."""
    kind = "PERSON" if _NAME_COLUMN.fullmatch(column) else "DATE_OF_BIRTH" if _BIRTH_COLUMN.fullmatch(column) else None
    if kind is None or _DUMMY_VALUE.search(text, s, e) or _PLACEHOLDER_YEAR.search(text, s, e):
        return None
    return kind


def _inserted_values(doc: Document) -> list[Candidate]:
    """The name and birth-date values of an SQL INSERT whose column list names them."""
    text, out = doc.text, []
    if "insert" not in text and "INSERT" not in text:
        return out
    rows = [(m.group("cols"), m.start("vals"), m.group("vals")) for m in _INSERT.finditer(text)]
    for head in _INSERT_HEAD.finditer(text):
        pos = head.end() + 1
        for r in _INSERT_ROW.finditer(text, pos):
            if r.start() != pos:
                break  # (the rows run on, one a line, until a line that is not a tuple)
            rows.append((head.group("cols"), r.start("vals"), r.group("vals")))
            pos = r.end() + 1
    for cols_text, at, vals in rows:
        cols = [c.strip().strip("\"`[] ").lower() for c in cols_text.split(",")]
        pieces, pos = [], at
        for piece in vals.split(","):
            pieces.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        if len(pieces) != len(cols):
            continue  # a comma inside a value: the values cannot be lined up with their columns
        for col, (a, b) in zip(cols, pieces):
            v = _VALUE_IN_QUOTES.match(text, a, b)
            s, e = (v.span("v") if v.group("v") is not None else v.span("bare")) if v else (a, a)
            kind = _column_kind(col, text, s, e)
            if kind and e - s >= 2 and text[s:e].strip().lower() not in ("null", "''"):
                out.append(Candidate(kind, s, e, PERSON_NUMBER_BLOCK, REASONS["record.sql_column"], rule="record.sql_column"))
    return out


# a URL's query parameter whose key names a name or birth-date column (…&shimei=%E6%9D%BE…, ?name=Sato+Aya)
_TEMPLATE_PART = re.compile(r"[{}<>$]|%[sd]|^:")  # name={name}, ?name=<name>, ${name}, %s: a template, no value
_QUERY_VALUE = compile_fast(r"[?&;](?P<k>[A-Za-z_]{3,30})=(?P<v>[^&#\s\"'<>]{2,200})")


def _query_values(doc: Document) -> list[Candidate]:
    """The value of a name or birth-date parameter in a URL: the key says what it is, in whatever encoding."""
    text, out = doc.text, []
    if "=" not in text or "?" not in text:
        return out
    for m in _QUERY_VALUE.finditer(text):
        s, e = m.span("v")
        kind = _column_kind(m.group("k"), text, s, e)
        if kind and not _TEMPLATE_PART.search(text, s, e):
            out.append(Candidate(kind, s, e, PERSON_NUMBER_BLOCK, REASONS["record.query_value"], rule="record.query_value"))
    return out


# initials (K.M., T. Y.) after a staff title or before an honorific or a bracket: a person described, not named
_INITIALS = compile_fast(r"(?:(?<=主任|主査|主事|係長|課長|部長|教諭|担任|職員|児童|生徒|本人|氏名)[ ]?|(?<=[:：][ ]))"
                         r"(?P<v>(?<![A-Za-z.])[A-Z]\.[ ]?[A-Z]\.)(?=[ ]?(?:[（(]|さん|氏|様|くん|ちゃん))")
# a Latin name in the bracket right after a number (882783898228 (Enkhbayar Bat-Erdene, Mongolia)): the holder's
_HOLDER_IN_BRACKET = compile_fast(r"[ ]?[（(][ ]?(?P<v>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3})[ ]?(?:[,，、][^()（）\n]{1,24})?[)）]")


def _numbers_beside_names(doc: Document) -> list[Candidate]:
    """A My Number whose check digit passes, with no label (warn), right beside a name (1) 192254575557 高山, …
    (Enkhbayar Bat-Erdene, Mongolia)): the named person's number — both block."""
    text, out = doc.text, []
    numbers = [c for c in doc.candidates if c.type == "JP_MY_NUMBER" and ev.WARN <= c.score < ev.BLOCK]
    if not numbers:
        return out
    names = {c.start: c for c in doc.candidates if c.type == "PERSON" and c.score >= ev.WARN}
    for n in numbers:
        gap = len(text[n.end:n.end + 3]) - len(text[n.end:n.end + 3].lstrip(" \t　"))
        at = n.end + gap
        holder = None if at in names else _HOLDER_IN_BRACKET.match(text, n.end)
        if at in names:
            s, e = names[at].start, names[at].end
        elif holder:
            s, e = holder.span("v")
        elif gap and _family_name_at(doc, at):  # (a surname alone: 1) 192254575557 高山)
            tok = doc.tokens[bisect_left(doc.tokens, at, key=lambda t: t.start)]
            s, e = tok.start, tok.end
        else:
            continue
        why = REASONS["record.number_beside_name"]
        out += [Candidate("JP_MY_NUMBER", n.start, n.end, PERSON_NUMBER_BLOCK, why, rule="record.number_beside_name"),
                Candidate("PERSON", s, e, PERSON_NUMBER_BLOCK, why, rule="record.number_beside_name")]
    return out


# the person an account belongs to, said before it (相談者LINE ID:, 本人のインスタ, インスタ（本人の…）): no name is needed
_ACCOUNT_OWNER = r"(?:相談者|本人|申請者|利用者|保護者|通報者|対象者|被害者)"
_ACCOUNT_OWNER_ANYWHERE = compile_exists(_ACCOUNT_OWNER)
_ACCOUNT_OWNER_BEFORE = compile_fast(_ACCOUNT_OWNER + r"(?:の)?[ ]?$")
_ACCOUNT_OWNER_BRACKET = compile_fast(r"[（(][^（）()\n]{0,6}本人")


def _owned_accounts(doc: Document) -> list[Candidate]:
    """A messaging or SNS account said to be the person's the text is about (相談者LINE ID: mama_sakura0312, インスタ（本人の
    鍵なし垢）: @sakura.no.niwa_): the account reaches and names that person."""
    low, out = _lowered(doc), []
    if not _ACCOUNT_OWNER_ANYWHERE.search(low):
        return out
    for m in finditer_sparse(_ACCOUNT, low):
        if _ACCOUNT_OWNER_BEFORE.search(low, max(0, m.start() - 8), m.start()) or _ACCOUNT_OWNER_BRACKET.search(low, m.start(), m.start("v")):
            out.append(Candidate("PERSON", m.start("v"), m.end("v"), PERSON_NUMBER_BLOCK, REASONS["record.account_handle"],
                                 rule="record.account_handle"))
    return out


# a login name made of a romaji given name and surname (user=hanako.sekiguchi, uid: sekiguchi_hanako): matched in
# the lower-cased text
_LOGIN_NAME = compile_fast(r"(?<![a-z0-9_])(?:" + literal_alternation(sorted(lexicon.words("record.login_keys"), key=len, reverse=True))
                           + r")[\"']?[ \t]*[=:][ \t]*[\"']?(?P<a>[a-z]{2,15})[._](?P<b>[a-z]{2,15})(?![a-z0-9])")
_ROMAJI_GIVEN = frozenset(w.lower() for w in lexicon.words("person.romaji_given"))
_ROMAJI_SURNAMES = frozenset(w.lower() for w in lexicon.words("person.romaji_surnames"))


def _login_names(doc: Document) -> list[Candidate]:
    """An account's login name that is its holder's name in romaji, given name and surname in either order."""
    low, out = _lowered(doc), []
    if "=" not in low and ":" not in low:
        return out
    for m in _LOGIN_NAME.finditer(low):
        a, b = m.group("a"), m.group("b")
        if (a in _ROMAJI_GIVEN and b in _ROMAJI_SURNAMES) or (a in _ROMAJI_SURNAMES and b in _ROMAJI_GIVEN):
            out.append(Candidate("PERSON", m.start("a"), m.end("b"), PERSON_NUMBER_BLOCK, REASONS["record.login_name"],
                                 rule="record.login_name"))
    return out


# an address after its label in another language, to the end of the sentence or line, with a number in it
_FOREIGN_ADDRESS_LABEL = r"(?i)(?<![^\s,;，、|(（])(?:" + literal_alternation(
    sorted(lexicon.words("record.foreign_address_labels"), key=len, reverse=True)) + r")"
_FOREIGN_ADDRESS_LAST = frozenset(w[-1].lower() for w in lexicon.words("record.foreign_address_labels"))
_FOREIGN_ADDRESS_AT_COLON = compile_fast(_FOREIGN_ADDRESS_LABEL + r"[ \t　]*\Z")
_FOREIGN_ADDRESS = compile_fast(
    _FOREIGN_ADDRESS_LABEL + r"[ \t　]*[:：][ \t　]*(?P<v>[^\n:：]{4,100}?)[ \t　]*(?=\.(?:[ \t]|$)|。|\n|\Z)")


_ADDRESS_IS_EN = compile_fast(r"(?i:\b(?:registered|current|home|new|residential|mailing|postal)[ ](?:registered[ ])?address[ ](?:is|was)[ ])"
                              r"(?P<v>[^\n.]{4,80}?)(?=\.(?:[ \t]|$)|\n|$)")


_HEX_WORD = compile_fast(r"(?:0x)?[0-9a-fA-F]{8,}")


def _foreign_addresses(doc: Document) -> list[Candidate]:
    """A street address after an address label in another language (Novo endereço: Rua Tiradentes, 1487, apto 52):
    a block in a text about a person, else a warning; never a public office's published address (allowlisted)."""
    text, out = doc.text, []
    colons = ":" in text or "：" in text
    prose = "ddress" in text
    if not (colons or prose):
        return out
    person = any(c.type == "PERSON" and c.score >= ev.WARN for c in doc.candidates)
    score = PERSON_NUMBER_BLOCK if person else PERSON_NUMBER_WARN
    # (or said in an English sentence: "Your current registered address is Rua Tabapuã 418, São Paulo.")
    found = list(_labelled_at_colons(text, _FOREIGN_ADDRESS_AT_COLON, _FOREIGN_ADDRESS, _FOREIGN_ADDRESS_LAST)) if colons else []
    found += list(_ADDRESS_IS_EN.finditer(text)) if prose else []
    for m in found:
        s, e = m.span("v")
        if not any(ch.isdigit() for ch in m.group("v")) or any(c.start <= s and e <= c.end for c in doc.candidates
                                                                if c.type == "JP_ADDRESS" and c.score >= ev.WARN):
            continue
        if not any(ch.isalpha() for ch in m.group("v")) or _HEX_WORD.fullmatch(m.group("v")):
            continue  # (Address:  8.8.8.8 — nslookup's server, an IP address: no street; a memory address: ffffb4c1c0a3f000)
        out.append(Candidate("JP_ADDRESS", s, e, score, REASONS["record.foreign_address"], rule="record.foreign_address"))
    return out


# a street address as English-speaking countries write it: a house number, an optional direction, one to three
# capitalised words and a street suffix (412 N. Elm Street, 1418 Sycamore Ln), then an apartment if any
_STREET_ADDRESS = compile_fast(
    r"(?<![0-9A-Za-z#.,-])(?P<v>[1-9][0-9]{0,5}[A-Z]?[ ](?:[NSEW]\.?[ ])?(?:[A-Z][a-z]+[ ]){1,3}(?:"
    + literal_alternation(lexicon.words("record.street_suffixes")) + r")\.?(?:,?[ ](?:Apt|Unit|Suite|#)\.?[ ]?[0-9A-Z]{1,5})?)(?![A-Za-z])")


def _street_addresses(doc: Document) -> list[Candidate]:
    """Street addresses abroad (see _STREET_ADDRESS), in a text that names someone (an embassy's or a shop's
    published address in a text that names no one is left alone)."""
    text = doc.text
    if not _STREET_HINT.search(text) or not any(c.type == "PERSON" and c.score >= ev.WARN for c in doc.candidates):
        return []
    score = PERSON_NUMBER_BLOCK
    out = []
    for m in _STREET_ADDRESS.finditer(text):
        s, e = m.span("v")
        if not any(c.start <= s and e <= c.end for c in doc.candidates if c.score >= ev.WARN):
            out.append(Candidate("JP_ADDRESS", s, e, score, REASONS["record.street_address"], rule="record.street_address"))
    return out


# a Chinese or Korean resident's name in its own script inside Japanese text: a Chinese family name and one or two
# characters before an honorific (李建国さん, 张伟 様 — not a shop: 石屋さん), hangul before one (이지훈（イ・ジフン）くん),
# or a Chinese self-introduction (我叫周宇航, 我是王秀英)
_CHINESE_SURNAME = "(?:" + literal_alternation(sorted(lexicon.words("person.chinese_surnames"), key=len, reverse=True)) + ")"
# (where a label, a self-introduction, a relation or a sex says a name follows, the names that are Japanese characters too)
_CHINESE_SURNAME_ANY = "(?:" + literal_alternation(sorted({*lexicon.words("person.chinese_surnames"),
                                                            *lexicon.words("person.chinese_surnames_also")}, key=len, reverse=True)) + ")"
# (found from the honorific back: a search of the family names at every position cost a millisecond of prose)
_HONORIFIC_AFTER_NAME = compile_fast(r"(?<=[一-龥가-힣\u0900-\u097F])(?:[（(][^（）()\n]{1,16}[）)])?[ 　]?(?:さん|様|さま|氏|くん|ちゃん|先生|女士)")
# (or Devanagari words before a Japanese honorific: राम बहादुर थापा 様（THAPA RAM BAHADUR）)
_DEVANAGARI_NAME_BEFORE = compile_fast(r"(?<![\u0900-\u097F])[\u0900-\u097F]+(?:[ ][\u0900-\u097F]+){0,3}\Z")
# (and the writer's name on the line under a Nepali or Hindi letter's closing: भवदीय,⏎राम बहादुर गुरुङ)
_DEVANAGARI_SIGNED = compile_fast(r"(?:भवदीय|भवदीया|धन्यवाद|शुभेच्छा)[ ]*[,।!]?[ \t]*\n[ \t]*(?P<v>[\u0900-\u097F]+(?:[ ][\u0900-\u097F]+){1,3})[ \t]*(?:\n|$)")
# (or a Chinese family name and one or two characters as the value of a name's label, as a form or a notarial
# certificate gives the applicant: 申请人：李秀英，女 / 氏名：刘建国（リュウ ジェングオ）)
# (or a family name its bearer gives with its reading, as a caller spells out a rare one: 橳島（ぬでしま）と申します)
_NAME_READ_IN_SELF_INTRODUCTION = compile_fast(r"(?<![一-龥々])(?P<v>[一-龥々]{1,4})[（(][ぁ-ゖー]{2,10}[）)](?=と申します)")
_HAN_NAME_IN_SLOT = compile_fast(r"(?:(?:申请人|申請人|申请者|申請者|当事人|姓名|氏名|名前|本人|患者|对象者|対象者|相談者|利用者|被保険者|"
                                 r"世帯主|保護者|申込者|受給者|児童|生徒|纳税人|納税人|納税者|夫|妻|配偶者|丈夫|妻子|"
                                 # (the holder of an account, the doctor or teacher who signs: 户名：马俊峰, 医师：孙丽华)
                                 r"户名|戶名|开户人|持卡人|收款人|医师|醫師|医生|主治医师|班主任|老师)[ 　]*[:：]|公证员[ 　]+)[ 　]*(?P<v>" + _CHINESE_SURNAME_ANY
                                 # (a Japanese name in simplified characters has four: 父亲姓名：高桥翔太)
                                 + r"[一-龥]{1,3})(?=[，,、。（(\s]|$)")
# a Chinese certificate's name field with whose name it is (父亲姓名：高桥翔太, 新生儿姓名：刘子涵): any two to four characters
# (not only a Chinese family name's: a Japanese parent's name is written in simplified characters)
_HAN_NAME_AFTER_KIN_LABEL = compile_fast(r"(?:新生儿|母亲|父亲|母親|父親|配偶|丈夫|妻子|申请人|当事人|死者|患者|子女)姓名[ 　]*[:：][ 　]*"
                                         r"(?P<v>[一-龥]{2,4})(?=[，,、。（(\s]|$)")
# … and its other writing in the bracket right after it (刘建国（劉建国）: the simplified and the Japanese characters)
_HANGUL = compile_fast(r"[가-힣]")
_HAN_NAME_AGAIN = compile_fast(r"[（(](?P<v>[一-龥]{2,4})[）)]")
# a hangul name after a relation, a self-reference or a label (본인 송미경은, 어머니 이순자(李順子, 87세), 이름: 김민준): a Korean
# family name and one or two syllables, then a particle, a bracket or the end of the word
_KOREAN_SURNAME = "(?:" + literal_alternation(sorted(lexicon.words("person.korean_surnames"), key=len, reverse=True)) + ")"
# (and a caller's own name: 저는 한지훈이라고 하는데요, 제 이름은 …)
_HANGUL_NAME_IN_SLOT = compile_fast(r"(?:본인|어머니|아버지|어머님|아버님|아들|딸|남편|아내|부인|할머니|할아버지|손자|손녀|이름|성명|신청인|보호자|"
                                    r"대상자|환자|저는|제[ ]이름은|신고인|사망자|(?<![가-힣])(?:부|모|배우자|자녀)(?=[ 　]*[|:：])|"
                                    # (a pupil or a child named by their part in a school's report: 가해 학생 문준서가, 우리 아이 최윤서(9세))
                                    r"(?<![가-힣])(?:학생|아이|아동|원아)|"
                                    # (and an envelope's or an account's person: 받는 사람: 송지현, 예금주: …)
                                    r"받는[ ]사람|보내는[ ]사람|수신인|발신인|수취인|예금주|담임(?:교사)?|담당(?:교사|자))[ 　]*[:：은는이가|]?[ 　]*(?!이름|성명)(?P<v>" + _KOREAN_SURNAME
                                    + r"[가-힣]{1,2})(?=은|는|이|가|의|을|를|[\s　(（)）,，、:：|]|$)")
_HAN_NAME_BEFORE = compile_fast(r"(?<![一-龥])" + _CHINESE_SURNAME + r"[一-龥]{1,2}(?<![屋店家所院課係部局会社園館長員業])\Z")
_HANGUL_NAME_BEFORE = compile_fast(r"(?<![가-힣])[가-힣]{2,4}\Z")
# (and after where the writer lives — 我是住在前桥市的刘建华 — or after a relation: 我的女儿刘子涵)
_SELF_INTRODUCED_ZH = compile_fast(r"(?:我叫|我是(?:[^，,。.！!\n]{1,12}的(?:爸爸|妈妈|父亲|母亲|家长)?)?|是住在[^，,。.！!\n]{1,12}的|我的名字是|我的名字叫|我的(?:女儿|儿子|孩子|妻子|丈夫|太太|先生|"
                                   r"母亲|父亲|妈妈|爸爸|哥哥|姐姐|弟弟|妹妹)|(?:孩子|女儿|儿子|丈夫|妻子|太太|先生|母亲|父亲)(?:叫|名叫|的名字(?:是|叫)))(?P<v>" + _CHINESE_SURNAME_ANY + r"[ 　]?[一-龥]{1,2})(?=[，,。.！!（(\s]|今年|在|是|$)|"
                                   # (a relation right before a name with the person's age or a marriage: 女儿周可欣（9岁）, 和丈夫周建国结婚)
                                   r"(?<=女儿|儿子|孩子|丈夫|妻子|太太)(?P<d>" + _CHINESE_SURNAME_ANY + r"[一-龥]{1,2})(?=[（(][0-9]|结婚)")
# (a name before the person's sex, as a certificate introduces whom it certifies: 兹证明郑凯文（男，1989年…, 申请人高伟（男，…）
# (a comma before the sex only after 证明/学生 — a table's heading 町丁名,男,女 is none)
_HAN_NAME_BEFORE_SEX = compile_fast(r"(?P<v>" + _CHINESE_SURNAME_ANY + r"[一-龥]{1,2})(?=[（(][ ]?[男女](?:[，,、）)]|性))|"
                                    r"(?<=证明|学生)(?P<w>" + _CHINESE_SURNAME_ANY + r"[一-龥]{1,2})(?=[，,][ ]?[男女][，,])")
# (a pupil before their parent, in a class: 三年级一班杨梓萱的爸爸)
_PUPIL_BEFORE_PARENT_ZH = compile_fast(r"(?<=班)(?P<v>" + _CHINESE_SURNAME_ANY + r"[一-龥]{1,2})(?=的(?:爸爸|妈妈|家长|父亲|母亲))")
# (a Chinese family name, a space and one or two characters heading a line that gives the person's passport or identity
# number: 张 丽娜　护照号码 EJ4829173 — a roster of workers; the number says the words before it are a person)
_HAN_NAME_SPACED_ROW = compile_fast(r"(?:^|\n)[ \t　・\-*]*(?:[0-9]{1,2}[.)．、][ \t　]*)?(?P<v>" + _CHINESE_SURNAME
                                    + r"[ 　][一-龥]{1,2})(?=[ \t　,，、|])")
# (the personal information on the row: a passport, a card, a phone, a birth date … — any 分類Ⅰ type but a name)
_ID_TYPES_OF_A_ROW = _PII_TYPES - {"PERSON"}


_SCRIPT_NAME = {
    "hangul": r"[가-힣]{2,5}",
    "devanagari": r"[\u0900-\u097F]+(?:[ ][\u0900-\u097F]+){0,3}?",
    "cyrillic": r"[А-ЯЁ][а-яё]+(?:[ ][А-ЯЁ][а-яё]+){0,2}",
    # (Thai and Sinhala names of a given and a family name — a Thai sentence runs on after it without a stop, so the two
    # words are the name: ผมชื่อ ธนากร บุญมา เป็น… —; a Burmese name is written without spaces)
    "thai": r"[\u0E00-\u0E7F]+[ ][\u0E00-\u0E7F]+",
    "sinhala": r"[\u0D80-\u0DFF\u200D]+(?:[ ][\u0D80-\u0DFF\u200D]+){0,3}?",
    "burmese": r"[\u1000-\u109F]+",
    # (Bengali, Khmer, Lao and Tamil names of one to three words; a Bengali sentence ends at its danda)
    "bengali": r"[\u0980-\u09FF]+(?:[ ][\u0980-\u09FF]+){0,3}?",
    "khmer": r"[\u1780-\u17D3]+(?:[ ][\u1780-\u17D3]+){0,2}?",
    "lao": r"[\u0E80-\u0EFF]+(?:[ ][\u0E80-\u0EFF]+){0,2}?",
    "tamil": r"[\u0B80-\u0BFF]+(?:[ ][\u0B80-\u0BFF]+){0,3}?",
    # (capitalised words or words in capitals, with the diacritics of Vietnamese, Portuguese, Spanish names)
    "latin": r"[A-ZÀ-Þ\u0100-\u024F\u1EA0-\u1EF8][A-Za-zÀ-ÿ\u0100-\u024F\u0300-\u036f\u1EA0-\u1EF9'\-]+"
             r"(?:[ ][A-ZÀ-Þ\u0100-\u024F\u1EA0-\u1EF8][A-Za-zÀ-ÿ\u0100-\u024F\u0300-\u036f\u1EA0-\u1EF9'\-]+){0,3}",
}


def _frame_script(frame: str) -> str:
    first = next((ch for ch in frame if ch.isalpha()), "a")
    return ("hangul" if "가" <= first <= "힣" else "devanagari" if "\u0900" <= first <= "\u097F"
            else "cyrillic" if "А" <= first <= "я" else "thai" if "\u0E00" <= first <= "\u0E7F"
            else "sinhala" if "\u0D80" <= first <= "\u0DFF" else "burmese" if "\u1000" <= first <= "\u109F"
            else "bengali" if "\u0980" <= first <= "\u09FF" else "khmer" if "\u1780" <= first <= "\u17FF"
            else "lao" if "\u0E80" <= first <= "\u0EFF" else "tamil" if "\u0B80" <= first <= "\u0BFF" else "latin")


# a self-introduction in the writer's own language (저는 김민서(金玟序)입니다, मेरो नाम राम बहादुर थापा हो, Tôi tên là NGUYỄN
# THỊ THU HÀ,): a frame of record.self_introductions, the name, and a bracket with its other writing if any
_FRAMES = lexicon.words("record.self_introductions")
_SELF_INTRODUCED = compile_fast("|".join(
    "(?:(?i:" + re.escape(before) + ")(?P<n%d>" % i + _SCRIPT_NAME[_frame_script(f)] + ")"
    + (r"(?:[ ]?[(（](?P<b%d>[一-龥]{2,4}|[A-Z][a-z]+(?:[ ][A-Z][a-z]+){1,3})[)）])?" % i)
    + (re.escape(after) if after else r"(?=[ ]|$|\n)" if _frame_script(f) == "thai" else r"(?=[ ]?(?:[,.;:!?，。、(（]|$|\n))") + ")"
    for i, f in enumerate(_FRAMES) for before, after in [f.split("{name}")]))
_SELF_INTRO_GATE = compile_exists(literal_alternation(sorted({f.split("{name}")[0].strip().lower() for f in _FRAMES})))  # (lower-cased text)


def _self_introduced(text: str) -> list[tuple[int, int]]:
    """The spans of the names (and their bracketed other writings) in self-introductions of _FRAMES."""
    out = []
    for m in _SELF_INTRODUCED.finditer(text):
        for key, v in m.groupdict().items():
            if v:
                out.append(m.span(key))
    return out


def _one_word_but_no_name(doc: Document, s: int, e: int) -> bool:
    """text[s:e] is one token of the analyser's, a proper noun it does not tag as a person's name (a title, a place)."""
    starts = doc.token_starts
    i = bisect_left(starts, s)
    if i >= len(starts) or starts[i] != s:
        return False
    t = doc.tokens[i]
    return t.end == e and t.pos[1] == "固有名詞" and t.pos[2] != "人名"


def _han_and_hangul_names(doc: Document) -> list[Candidate]:
    """Names in Chinese characters or hangul that the Japanese dictionary does not read as names: a Chinese
    family name and one or two characters before an honorific (李建国さん, 张伟 様 — not a shop: 石屋さん), hangul
    before a Japanese one (이지훈（イ・ジフン）くん — 님 and 씨 follow titles too: 고객님), a Chinese self-introduction
    (我叫周宇航, 我是王秀英)."""
    text, spans = doc.text, []
    for m in _HONORIFIC_AFTER_NAME.finditer(text):
        e = m.start()
        n = _HAN_NAME_BEFORE.search(text, max(0, e - 4), e)
        if n and _one_word_but_no_name(doc, n.start(), n.end()):
            n = None  # (星の王子さま: one word the dictionary knows, not as a name — 王子 — is no 王 family's member)
        n = n or (
            _HANGUL_NAME_BEFORE.search(text, max(0, e - 4), e) if m.group().endswith(("さん", "様", "さま", "氏", "くん", "ちゃん")) else None)
        if n is None and "\u0900" <= text[e - 1] <= "\u097F":
            n = _DEVANAGARI_NAME_BEFORE.search(text, max(0, e - 60), e)
        if n:
            spans.append(n.span())
    if "我" in text:
        spans += [m.span("v" if m.group("v") else "d") for m in _SELF_INTRODUCED_ZH.finditer(text)]
        spans += [m.span("v") for m in _PUPIL_BEFORE_PARENT_ZH.finditer(text)]
    if " " in text or "　" in text:
        ids = sorted(c.start for c in doc.candidates
                     if c.score >= ev.WARN and (c.type in _ID_TYPES_OF_A_ROW or (c.rule or "").startswith("ids.foreign")))
        for m in _HAN_NAME_SPACED_ROW.finditer(text) if ids else ():
            le = text.find("\n", m.end())
            i = bisect_left(ids, m.end())  # (the first finding after the name: on its row when before the line's end)
            if i < len(ids) and (le < 0 or ids[i] < le):
                spans.append(m.span("v"))
    if "男" in text or "女" in text:
        spans += [m.span("v" if m.group("v") else "w") for m in _HAN_NAME_BEFORE_SEX.finditer(text)]
    if "：" in text or ":" in text:
        for m in _HAN_NAME_AFTER_KIN_LABEL.finditer(text):
            spans.append(m.span("v"))
        for m in _HAN_NAME_IN_SLOT.finditer(text):
            spans.append(m.span("v"))
            again = _HAN_NAME_AGAIN.match(text, m.end("v"))
            name, other = m.group("v"), again.group("v") if again else ""
            if len(other) == len(name) and any(c in name for c in other[1:]):  # (the given name the same: 建国)
                spans.append(again.span("v"))
    if _HANGUL.search(text):
        for m in _HANGUL_NAME_IN_SLOT.finditer(text):
            spans.append(m.span("v"))
            again = _HAN_NAME_AGAIN.match(text, m.end("v") + (text[m.end("v"):m.end("v") + 1] == " "))
            if again:  # (임하은 (林夏恩): the name in Chinese characters in the bracket after it)
                spans.append(again.span("v"))
    if "\n" in text and ("भवदी" in text or "धन्यवाद" in text or "शुभेच्छा" in text):
        spans += [m.span("v") for m in _DEVANAGARI_SIGNED.finditer(text)]
    if "申します" in text:
        spans += [m.span("v") for m in _NAME_READ_IN_SELF_INTRODUCTION.finditer(text)]
    if _SELF_INTRO_GATE.search(_lowered(doc)):
        spans += _self_introduced(text)
    out = []
    for s, e in spans:
        # (a name found in part — the family name 李 of 李秀英 — is found whole here)
        if any(c.start < e and s < c.end and not (s <= c.start and c.end <= e and c.type == "PERSON" and c.end - c.start < e - s)
               for c in doc.candidates if c.score >= ev.WARN):
            continue
        out.append(Candidate("PERSON", s, e, PERSON_NUMBER_BLOCK, REASONS["record.han_name"], rule="record.han_name"))
    return out


# a name in a script the Japanese dictionary cannot read, right before a bracket that holds the person's birth
# date or age (박서준(1992년 7월 3일생), राम बहादुर थापा (जन्म मिति …), Jun (given name only, 17)): one to four
# capitalised Latin or Cyrillic words and a space (Cells(i, 5) is a call), a hangul run, or Devanagari words
_DEVANAGARI_WORDS = r"[\u0900-\u097F]+(?:[ ][\u0900-\u097F]+){0,3}"  # one to four words in Devanagari (Nepali, Hindi)
_NAME_BEFORE_BRACKET = compile_fast(
    r"(?:(?<![A-Za-zÀ-ÿ.])[A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё'’-]+(?:[ ][A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё'’-]+){0,3}[ ]?"
    r"|(?<![가-힣])[가-힣]{2,4}[ ]?|(?<![\u0900-\u097F])" + _DEVANAGARI_WORDS + r"[ ]?)\Z")
# an age closing a bracket, after at most one comment (given name only, 17 / age 9 / 45 yo / 8, M)
_AGE_BRACKET = compile_fast(
    r"[(（](?:[^()（）\n]{1,30}[,、][ ]?)?(?:age[ ]?|aged[ ]?)?[0-9]{1,2}(?:[ ]?(?:歳|yo|y/o|years?[ ]old))?"
    r"(?:[ ]?[,、/][ ]?[MFmf男女])?[)）]")
_AGE_BRACKET_HINT = compile_exists(r"[0-9][ ]?(?:歳|yo|y/o|years?[ ]old)?(?:[ ]?[,、/][ ]?[MFmf男女])?[)）]")
_OTHER_SCRIPT_LETTER = re.compile(r"[가-힣\u0900-\u097FÀ-ÿА-яЁё]")
_PLAIN_AGE = re.compile(r"\([0-9]{1,2}(?:歳|才)?\)")
_BRACKET_REACH = 24  # from the opening bracket to the birth date inside it


# a family member named in another script after the relation word (妻 सीता अधिकारी, 長男 Ken Silva, 母 김순자)
_KIN_THEN_SCRIPT_NAME = compile_fast(
    r"(?:" + literal_alternation(lexicon.words("person.relation_slots")) + r")[ 　]?[:：]?[ 　]?(?P<v>" + _DEVANAGARI_WORDS +
    r"|[가-힣]{2,4}(?![가-힣])|[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}(?![A-Za-z]))")


def _kin_named_in_script(doc: Document) -> list[Candidate]:
    """A relative's name in a script the Japanese dictionary does not read, right after the relation word."""
    text, out = doc.text, []
    for m in _KIN_THEN_SCRIPT_NAME.finditer(text):
        s, e = m.span("v")
        if any(w in _NOT_A_PART for w in m.group("v").lower().split()) or any(
                c.start < e and s < c.end for c in doc.candidates if c.score >= ev.WARN or c.type == "PERSON"):
            continue
        out.append(Candidate("PERSON", s, e, PERSON_NUMBER_BLOCK, REASONS["record.kin_script_name"], rule="record.kin_script_name"))
    return out


def _names_before_birth_or_age(doc: Document) -> list[Candidate]:
    """The name before a bracket that gives the person's birth date or age, in a script the dictionary does not
    read as names (see _NAME_BEFORE_BRACKET): the bracket says the words before it are a person."""
    text, brackets = doc.text, {}
    if "(" in text or "（" in text:
        # (an age alone says less than a birth date: a Latin name before one counts only in a text that
        # tells something sensitive of someone — the candidates' ages in election news do not)
        sensitive = any(c.type == "SENSITIVE_PERSONAL_INFO" and c.score >= ev.WARN for c in doc.candidates)
        brackets = {m.start(): sensitive for m in _AGE_BRACKET.finditer(text)}
    for c in doc.candidates:
        if c.type == "DATE_OF_BIRTH" and c.score >= ev.WARN:
            o = max(text.rfind("(", max(0, c.start - _BRACKET_REACH), c.start), text.rfind("（", max(0, c.start - _BRACKET_REACH), c.start))
            if o >= 0 and not any(ch in ")）\n" for ch in text[o:c.start]):
                brackets[o] = True
    out = []
    for o, latin_ok in sorted(brackets.items()):
        last = text[o - 2:o].rstrip(" ")[-1:]
        if not last or not (last.isascii() and last.isalpha() or _OTHER_SCRIPT_LETTER.match(last)):
            continue  # (a Japanese name before its age: the person detector's; no regex asked)
        if not latin_ok:
            # (… or the bracket's own line tells it: 「- Olivia Martinez (15): severe peanut allergy」 — the sensitive
            # detector weighs a term only beside a name it knows, and this name is found here)
            le = text.find("\n", o)
            line = text[o:le if le >= 0 else len(text)]
            low = line.lower()
            latin_ok = bool(_TERMS_RX.search(line)) or any(
                not (m.start() and low[m.start() - 1].isalpha()) for m in _EN_TERMS_RX.finditer(low))
        m = _NAME_BEFORE_BRACKET.search(text, max(0, o - 60), o)
        if not m or m.group()[0].isascii() and (not latin_ok or not m.group().endswith(" ") and not _PLAIN_AGE.match(text, o)):
            continue  # (Cells(i, 5) is a call: a Latin name glued to its bracket holds an age alone — Ana（78）)
        s, e = m.start(), m.end() - (1 if m.group().endswith(" ") else 0)
        words = text[s:e].lower().split()
        if any(w in _NOT_A_PART for w in words) or any(c.start < e and s < c.end for c in doc.candidates
                                                       if c.score >= ev.WARN or c.type == "PERSON"):
            continue  # (a name the rules weighed — a council member in the news — stays theirs)
        out.append(Candidate("PERSON", s, e, PERSON_NUMBER_BLOCK, REASONS["record.name_before_birth"], rule="record.name_before_birth"))
    return out


def _labelled_at_colons(text: str, label_at_colon: re.Pattern, field: re.Pattern, last_chars: frozenset):
    """The matches of `field` (a label, a colon, a value) found back from each colon after a letter or a space,
    in order and not overlapping: the labels start with most letters, so a search of the whole text for them
    costs a pass over every letter (0.17 ms of 5,000 characters) where the colons are few."""
    pos = 0
    for colon in _COLON.finditer(text):
        before = text[max(0, colon.start() - 3):colon.start()].rstrip(" \t　")[-1:].lower()
        if colon.start() < pos or before not in last_chars:
            continue  # (a time, a URL, 氏名： — no label of the list ends with that character: no regex asked)
        label = label_at_colon.search(text, max(pos, colon.start() - _FOREIGN_LABEL_REACH), colon.start())
        m = label and field.match(text, label.start())
        if m:
            pos = m.end()
            yield m


def _foreign_labelled_names(doc: Document) -> list[Candidate]:
    """The value of a name field labelled in another language (a certificate or a message to translate)."""
    if ":" not in doc.text and "：" not in doc.text:
        return []
    out = []
    for m in _labelled_at_colons(doc.text, _FOREIGN_LABEL_AT_COLON, _FOREIGN_NAME, _FOREIGN_NAME_LAST):
        s, e = m.span("v")
        v = m.group("v")
        if sum(ch.isalpha() for ch in v) < 2 or len(v.split()) > 6:
            continue
        if any(c.start < e and s < c.end for c in doc.candidates if c.score >= ev.WARN):
            continue  # already found (a name the rules read, a date, an address)
        out.append(Candidate("PERSON", s, e, PERSON_NUMBER_BLOCK, REASONS["record.foreign_name"], rule="record.foreign_name"))
    return out


def _year(m: re.Match) -> int | None:
    """The Western year of a date match of birth.DATE_RX (or of birth_record_serial)."""
    gd = m.groupdict()
    for k in ("y", "y1", "y2", "y5"):
        if gd.get(k):
            return int(gd[k])
    for ek, yk in (("e3", "y3"), ("e4", "y4"), ("e", "ey")):
        if gd.get(ek):
            base = _ERA_BASE.get(gd[ek].lower())
            y = gd[yk]
            return None if base is None else base + (1 if y == "元" else int(y))
    y = re.search(r"(?:19|20)[0-9]{2}", m.group())
    return int(y.group()) if y else None


def _lowered(doc: Document) -> str:
    """The lower-cased text when its offsets are the text's (else the text: a rare letter that
    lower-cases to two characters)."""
    return doc.lower if len(doc.lower) == len(doc.text) else doc.text


def _is_record_row(line: str) -> bool:
    return len(_FIELD_SEP.findall(line)) + line.count(" / ") >= 2 or len(_WIDE_GAP.findall(line)) >= 2


# a row of fields apart by single spaces with a full date in it (出席番号1 赤城 一颯 2014/06/03 国語4 算数3), beside another
# row of the same kind: a roster typed with spaces, not a sentence (no English words, no 。)
_ROW_DATE = compile_fast(r"(?<![0-9])(?:19|20)[0-9]{2}[/.-][0-9]{1,2}[/.-][0-9]{1,2}(?![0-9])")
_PROSE_IN_ROW = compile_fast(r"[a-z]{4}|。")


# (or a key number opening the row: 0000620148 吉岡 キク 要介護4 前橋市駒形町1045-2 在宅, an insured person's number first,
# or a card's symbol and number: 群馬前-7203 小林 雅之 世帯主, 前国12 004718 岩崎 勝也 積極的支援)
_ROW_KEY = compile_fast(r"[ \t]*(?:[0-9]{6,12}|[一-龥]{1,4}[-‐－][0-9]{3,8}|[一-龥]{1,4}[0-9]{1,4}[ ][0-9]{4,10})[ ]")


def _spaced_row(text: str, a: int, b: int) -> bool:
    # (a name and a full date alone make a row too: 松本 久子　1958/05/16, two spaces once normalised)
    spaces = text.count(" ", a, b)
    dated = _ROW_DATE.search(text, a, b) is not None
    return ((3 if not dated else 2) <= spaces <= 10 and (dated or _ROW_KEY.match(text, a) is not None)
            and not _PROSE_IN_ROW.search(text, a, b))


def _spaced_record_row(text: str, s: int, e: int) -> bool:
    if not _spaced_row(text, s, e):
        return False
    prev_start = text.rfind("\n", 0, max(0, s - 1)) + 1 if s else -1
    next_end = text.find("\n", e + 1)
    return any(0 <= a < b and _spaced_row(text, a, b)
               for a, b in ((prev_start, s - 1), (e + 1, len(text) if next_end < 0 else next_end)))


# the values a text's fields, labels and neighbours say are a person's, in the order they are looked for (each path
# sees the candidates of the detectors before this one, not the others' findings)
_SUBJECT_PATHS = (_row_subjects, _foreign_labelled_names, _inserted_values, _han_and_hangul_names, _names_before_birth_or_age,
                  _query_values, _foreign_addresses, _kin_named_in_script, _street_addresses, _login_names,
                  _numbers_beside_names, _owned_accounts)


@register
class PersonalRecordDetector(Detector):
    type = "DATE_OF_BIRTH"
    produces = ("DATE_OF_BIRTH", "JP_ADDRESS") + ("PERSON",)
    reads = ("*",)

    def applies(self, doc: Document) -> bool:
        # (which gate held is kept for analyze: the whole-text search is not run twice)
        doc._record_fields = _GATE.search(_lowered(doc)) is not None  # type: ignore[attr-defined]
        # (… or a self-introduction in another language: its frames are the gate, record.self_introductions)
        return (doc._record_fields or _HAN_GATE.search(doc.text) is not None  # type: ignore[attr-defined]
                or _SELF_INTRO_GATE.search(_lowered(doc)) is not None
                or any(c.type == "DATE_OF_BIRTH" for c in doc.candidates) or _AGE_BRACKET_HINT.search(doc.text) is not None)

    def analyze(self, doc: Document) -> list[Candidate]:
        out = self._records(doc)
        return out + relatives_in_script(doc.text, doc.candidates + out)

    def _records(self, doc: Document) -> list[Candidate]:
        fields = getattr(doc, "_record_fields", None)
        if not (_GATE.search(_lowered(doc)) is not None if fields is None else fields):
            # (a text of prose with no field or label: its other paths find nothing)
            return _han_and_hangul_names(doc) + _names_before_birth_or_age(doc)
        if _SAMPLE.search(_lowered(doc)):
            return []  # a sample record (記入例, ダミー) names no one
        subjects = [c for path in _SUBJECT_PATHS for c in path(doc)]
        persons = [c for c in doc.candidates if c.type == "PERSON" and c.score >= ev.WARN] + subjects
        if not persons:
            return []
        # (one mask of what is taken and one index of lines: every path below is linear in the
        # text however many rows and names it holds)
        ctx = _Context(doc, persons)
        out = self._rows(ctx)
        if _LABEL_ANY.search(_lowered(doc)):
            out += self._numbers(ctx, out)
            out += self._number_columns(ctx, out)
        out += self._name_parts(ctx, out)
        out += self._spellings(ctx)
        if "@" in ctx.text:
            out += self._handles(ctx, out)
        if _PLATE_HINT.search(ctx.text):
            out += self._owned_values(ctx, out, _PLATE, ctx.text, "record.vehicle_plate", False)
        out += self._owned_values(ctx, out, _ACCOUNT, ctx.low, "record.account_handle", True)
        out += self._name_columns(ctx)
        return subjects + out

    @staticmethod
    def _name_columns(ctx: "_Context") -> list[Candidate]:
        """A list whose rows have the same number of words (受験番号 氏名 点数 … / 1021 大庭 優斗 68 71 B 139), where
        the names of two rows at least stand at the same words: those words of the other rows are names too —
        the column says what the dictionary did not."""
        text, out = ctx.text, []
        names = {p.start: p for p in ctx.persons if p.score >= ev.BLOCK}
        if not names:
            return out
        # (a name the rules weighed and left below warning — an official in a list of members — stays theirs)
        weighed = Cover(len(text), [(c.start, c.end) for c in ctx.doc.candidates if c.type == "PERSON"])
        if len(names) < 2:
            return _csv_name_cells(ctx, names, weighed)
        starts, words_of = ctx.line_starts, {}

        def words(k: int) -> list[tuple[int, int]]:  # the words of line k, split once
            if k not in words_of:
                le = text.find("\n", starts[k])
                words_of[k] = [m.span() for m in _WORD.finditer(text, starts[k], len(text) if le < 0 else le)]
            return words_of[k]

        # (a block is a run of lines of one word count, 3 words or more, holding two names at least: it is
        # grown from the lines of the names, not looked for over every line of the text)
        done: set[int] = set()
        for k in sorted({bisect_right(starts, p) - 1 for p in names}):
            n = len(words(k))
            if k in done or n < 3:
                continue
            lo, hi = k, k
            while lo > 0 and len(words(lo - 1)) == n:
                lo -= 1
            while hi + 1 < len(starts) and len(words(hi + 1)) == n:
                hi += 1
            done.update(range(lo, hi + 1))
            if hi - lo >= 2:
                out += _names_in_column(ctx, [(starts[j], words(j)) for j in range(lo, hi + 1)], names, weighed)
        return out + _csv_name_cells(ctx, names, weighed)

    @staticmethod
    def _owned_values(ctx: "_Context", found: list[Candidate], rx, text: str, reason: str,
                      named_paragraph: bool) -> list[Candidate]:
        """The values of `rx` (group v) not taken yet: a number plate in a text about a person (軽トラ（群馬 480
        せ 12-07）の目撃: the owner's), a messaging or SNS account (`named_paragraph`: given for someone named in
        the same paragraph). A block where the text blocks anyway, else a warning (still masked)."""
        score = PERSON_NUMBER_BLOCK if ctx.blocks(found) else PERSON_NUMBER_WARN
        out = []
        for m in finditer_sparse(rx, text):
            s, e = m.span("v")
            if ctx.cover.hit(s, e) or named_paragraph and not ctx.name_in_paragraph(s):
                continue
            out.append(Candidate("PERSON", s, e, score, REASONS[reason], rule=reason))
            ctx.cover.add(s, e)
        return out
    @classmethod
    def values_of_blocked_records(cls, doc: Document, allowlisted: Callable[[], list] = lambda: []) -> list[Candidate]:
        """What else a text that blocks for personal data holds of the people in it: the value after any
        number label, and every number of a record row whose name blocks. Run by the scanner after the
        learned judge, on what it kept: whether the text blocks is only known then (a council's minutes
        name members at block level until the judge drops them). Masks more; changes no verdict.
        `allowlisted` gives the policy's allowlisted spans (asked only by a sample form with a birth date)."""
        if not any(c.type in _PII_TYPES and c.score >= ev.BLOCK for c in doc.candidates):
            return []  # (asked first: most texts hold no personal value at block, and this asks no regex)
        low = _lowered(doc)
        labels = _LABEL_WORD.search(low) is not None
        rows = _NUMBER_IN_ROW.search(doc.text) is not None
        ctx = _Context(doc, [c for c in doc.candidates if c.type == "PERSON" and c.score >= ev.WARN])
        # (a mobile is masked even in a 'sample' that blocks anyway: a real log line given as the sample)
        mobiles = (cls._mobiles(ctx) + cls._phones_after_names(ctx) + cls._birth_years(ctx) + cls._initials(ctx)
                   + cls._rooms_beside_names(ctx) + cls._kana_names_after_phones(ctx) + cls._social_handles(ctx)
                   + cls._json_names(ctx))
        if _SAMPLE.search(low):
            return (mobiles + cls._sample_objects_that_block(ctx) + cls._sample_rows_that_block(ctx)
                    + cls._sample_form_births(ctx, allowlisted))
        # (a date the birth detector set aside for a softer sample word, たとえば, 例えば, beside a name that blocks)
        return (mobiles + (cls._labelled_values(ctx) if labels else []) + (cls._row_values(ctx) if rows else [])
                + (cls._dated_name_rows(ctx) if rows else [])
                + (cls._town_lots(ctx) if rows else []) + cls._sample_form_births(ctx, allowlisted))

    @staticmethod
    def _town_lots(ctx: "_Context") -> list[Candidate]:
        """A town or a 字 with a bare lot number (・鳥取町 1207　針谷 周作 様, 字東田 318の畑, カミコイデマチ（上小出町） 2041-3)
        in a paragraph whose name blocks: that person's house or land, which the address rules — wanting a city
        before it, or a 番地 or a dash — let pass."""
        text, out = ctx.text, []
        blocking = {ctx.para_of(p.start) for p in ctx.persons if p.score >= ev.BLOCK}
        if not blocking:
            return out
        # (found from each 町 / 村 / 字 before a digit, the town's own kanji asked only there: a pattern that
        # opens with a run of kanji is tried at every kanji of a roster)
        for h in _TOWN_LOT_HINT.finditer(text):
            if h.group() != "字" and not (h.start() and _KANJI_CH.match(text, h.start() - 1)):
                continue
            m = _TOWN_LOT.match(text, h.start())
            if m is None:
                continue
            s, e = m.span("v")
            if sum(ch.isdigit() for ch in m.group("v")) < 3 or ctx.cover.hit(s, e) or ctx.para_of(s) not in blocking:
                continue
            out.append(Candidate("JP_ADDRESS", s, e, PERSON_NUMBER_BLOCK, REASONS["record.town_lot"], rule="record.town_lot"))
            ctx.cover.add(s, e)
        return out

    @staticmethod
    def _sample_objects_that_block(ctx: "_Context") -> list[Candidate]:
        """A JSON object the text calls a sample (サンプル:, 例) that holds a value blocking on its own (a mobile, a
        personal mail address): a real record given as the sample, so the name and birth date under its keys,
        which the sample word dropped, are masked with it."""
        text = ctx.text
        if "{" not in text:
            return []
        blocking = [c.start for c in ctx.doc.candidates if c.type in _PII_TYPES and c.score >= ev.BLOCK]
        out = []
        for obj, items in json_objects(text).items():
            end = max(e for _, _, _, e in items)
            if obj < 0 or not any(obj < b < end for b in blocking):
                continue
            for t, _, s, e in items:
                if t in ("PERSON", "DATE_OF_BIRTH") and not ctx.cover.hit(s, e) and shape_ok(t, text[s:e].strip()):
                    out.append(Candidate(t, s, e, PERSON_NUMBER_BLOCK, REASONS["record.row_value"], rule="record.sample_object"))
                    ctx.cover.add(s, e)
        return out

    @staticmethod
    def _sample_rows_that_block(ctx: "_Context") -> list[Candidate]:
        """A row of a table the text calls a sample (サンプルは下のとおり) that holds a value blocking on its own (a birth
        date under its heading, a mobile): a real record given as the sample, so the row's full names and numbers,
        which the sample word let go, are masked with it."""
        text, out = ctx.text, []
        lines = {text.rfind("\n", 0, c.start) + 1 for c in ctx.doc.candidates
                 if c.type in _PII_TYPES and c.type != "PERSON" and c.score >= ev.BLOCK}
        for ls in sorted(lines):
            le = text.find("\n", ls)
            le = len(text) if le == -1 else le
            if not _is_record_row(text[ls:le]):
                continue
            for m in _SAMPLE_ROW_CELL.finditer(text, ls, le):
                if m.group("v")[0].isdigit() or _KANJI_CH.match(m.group("v")):
                    _add_uncovered(ctx, out, "PERSON", m, "v", "record.row_value", "record.sample_row")
        return out

    @staticmethod
    def _sample_form_births(ctx: "_Context", allowlisted: Callable[[], list]) -> list[Candidate]:
        """A birth date the birth detector let go as a sample form's (記入例, 見本) in a paragraph where a personal
        value blocks (a name the person rules found not made up, a resident's lot address, a number): the
        'sample' is a real form copied in, and its birth date is masked with the rest."""
        dates = getattr(ctx.doc, "sample_births", ())
        if not dates:
            return []
        allowed = allowlisted()  # (the city hall's own address in a sample form blocks nothing)
        blocking = {ctx.para_of(c.start) for c in ctx.doc.candidates if c.type in _PII_TYPES and c.score >= ev.BLOCK
                    and not any(a <= c.start and c.end <= b for a, b in allowed)}
        out = []
        for s, e in dates:
            if ctx.para_of(s) in blocking and not ctx.cover.hit(s, e):
                out.append(Candidate("DATE_OF_BIRTH", s, e, PERSON_NUMBER_BLOCK, REASONS["record.row_value"],
                                     rule="record.sample_form_birth"))
                ctx.cover.add(s, e)
        return out

    @staticmethod
    def _initials(ctx: "_Context") -> list[Candidate]:
        """A person's initials with a role before them or an honorific or a bracket after them (主任 K.M.（入庁12年目…）,
        T.Y.さん) in a text that blocks for personal data: the described person's, masked like a name."""
        out = []
        if "." not in ctx.text:
            return out
        for m in _INITIALS.finditer(ctx.text):
            s, e = m.span("v")
            if not ctx.cover.hit(s, e):
                out.append(Candidate("PERSON", s, e, PERSON_NUMBER_BLOCK, REASONS["record.initials"], rule="record.initials"))
                ctx.cover.add(s, e)
        return out

    @staticmethod
    def _json_names(ctx: "_Context") -> list[Candidate]:
        """The other values of a JSON key whose values are names (table.json_names_beside_names), masked as the rest are."""
        if '"' not in ctx.text and "'" not in ctx.text:
            return []
        out = []
        for c in json_names_beside_names(ctx.doc, []):
            if not ctx.cover.hit(c.start, c.end):
                out.append(c)
                ctx.cover.add(c.start, c.end)
        return out

    @staticmethod
    def _social_handles(ctx: "_Context") -> list[Candidate]:
        """A social-media handle after its account word (アカウント名 @maebashi_nyanko55, Instagram: @…) in a text that
        blocks for personal data: the account of a person the text is about, masked like a name."""
        out = []
        if "@" not in ctx.text:
            return out
        for m in _SOCIAL_HANDLE.finditer(ctx.text):
            _add_uncovered(ctx, out, "PERSON", m, "v", "record.social_handle")
        return out

    @staticmethod
    def _kana_names_after_phones(ctx: "_Context") -> list[Candidate]:
        """A katakana name addressed in a bracket right after a number that blocks (080-4417-2906（ｽﾄﾞｳｶｽﾞﾔ様）, an SMS's
        recipient): whose number it is, however the analyser cuts the kana."""
        text = ctx.text
        out = []
        for c in ctx.doc.candidates:
            if c.type != "PHONE_NUMBER" or c.score < ev.BLOCK:
                continue
            _add_uncovered(ctx, out, "PERSON", _KANA_NAME_AFTER_NUMBER.match(text, c.end), "n", "record.row_value",
                           "record.kana_name_after_phone")
        return out

    @staticmethod
    def _rooms_beside_names(ctx: "_Context") -> list[Candidate]:
        """A flat of a housing block right before a name that blocks (4号棟302号室の森 俊介さん, 真上の301号室の入居者
        (渡辺 拓海…) or in a bracket right after it (林田 恵美さん(3-105)), in a text about housing: where the person lives."""
        text = ctx.text
        if _HOUSING_WORD.search(text) is None:
            return []
        out = []
        for c in ctx.doc.candidates:
            if c.type != "PERSON" or c.score < ev.BLOCK:
                continue
            _add_uncovered(ctx, out, "JP_ADDRESS", _ROOM_BEFORE.search(text, max(0, c.start - 24), c.start), "r", "record.room")
            _add_uncovered(ctx, out, "JP_ADDRESS", _ROOM_AFTER.match(text, c.end), "r", "record.room")
        return out

    @staticmethod
    def _phones_after_names(ctx: "_Context") -> list[Candidate]:
        """A phone number the rules weighed low (a role in brackets after it: 027-283-6446（自治会長）) right after
        a name that blocks: the named person's number, whatever their role."""
        ends = {p.end for p in ctx.persons if p.score >= ev.BLOCK}
        out = []
        for c in ctx.doc.candidates:
            if c.type != "PHONE_NUMBER" or c.score >= ev.WARN or ctx.cover.hit(c.start, c.end):
                continue
            if any(c.start - n in ends and not ctx.text[c.start - n:c.start].strip(" \t:：、,") for n in range(0, 5)):
                out.append(Candidate("PHONE_NUMBER", c.start, c.end, PERSON_NUMBER_BLOCK, REASONS["record.row_value"],
                                     rule="record.named_phone"))
                ctx.cover.add(c.start, c.end)
        return out

    @staticmethod
    def _birth_years(ctx: "_Context") -> list[Candidate]:
        """A named person's year (and month) of birth (ハルは昭和7年生まれ, 昭和二十八年生, 1990年3月生まれ), in a
        paragraph with a name: not a full date, still that person's — not a cohort (…生まれの方, 以降)."""
        out = []
        for m in finditer_sparse(_BIRTH_YEAR, ctx.text):
            s, e = m.span()
            if not ctx.cover.hit(s, e) and ctx.name_in_paragraph(s):
                out.append(Candidate("DATE_OF_BIRTH", s, e, PERSON_NUMBER_BLOCK, REASONS["record.birth_year"], rule="record.birth_year"))
                ctx.cover.add(s, e)
        return out

    @staticmethod
    def _mobiles(ctx: "_Context") -> list[Candidate]:
        """Every mobile number (070/080/090, +81 70/80/90) not taken yet: a mobile is one person's, whoever's
        it is — the site manager's beside a patient's record as much as the patient's."""
        out = []
        for m in finditer_sparse(_MOBILE, ctx.text):
            s, e = m.span()
            if not ctx.cover.hit(s, e):
                out.append(Candidate("PHONE_NUMBER", s, e, PERSON_NUMBER_BLOCK, REASONS["record.mobile"], rule="record.mobile"))
                ctx.cover.add(s, e)
        return out

    @staticmethod
    def _dated_name_rows(ctx: "_Context") -> list[Candidate]:
        """Consecutive rows of one shape — an optional first cell, a full name, a full date (1区 清水 拓海 2008/05/17) —
        one of whose names blocks: a list of people with their birth dates, so every row's name and date is masked,
        the rows whose names the name rules doubted (小池 颯) too."""
        text, out = ctx.text, []
        this_year = datetime.date.today().year
        narrow = {m.start(): m for m in _DATED_NAME_ROW.finditer(text)}
        rows = sorted({**{m.start(): m for m in _DATED_NAME_ROW_WIDE.finditer(text) if int(m.group("y")) <= this_year - 15},
                       **narrow}.values(), key=lambda m: m.start())
        k = 0
        while k < len(rows):
            j = k
            while j + 1 < len(rows) and rows[j + 1].start() == rows[j].end() + 1:
                j += 1  # the next line is a row of the same shape
            group = rows[k:j + 1]
            k = j + 1
            if len(group) < 2 or not any(ctx.block_name_on_line(m.start()) for m in group):
                continue
            for m in group:
                if 1900 <= int(m.group("y")) <= this_year:
                    _add_uncovered(ctx, out, "PERSON", m, "n", "record.row_value", "record.dated_name_row")
                    _add_uncovered(ctx, out, "DATE_OF_BIRTH", m, "d", "record.row_value", "record.dated_name_row")
        return out

    @staticmethod
    def _row_values(ctx: "_Context") -> list[Candidate]:
        """Every number of 4+ digits in a record row (fields apart or glued: 0001ｶﾜｸﾞﾁ ﾕｳｽｹ …
        19850412M0272340918) whose name blocks: the row is that person's, its numbers too — a full date
        as the birth date, the others as the person's numbers (a phone, a key, a house number)."""
        text, out = ctx.text, []
        this_year = datetime.date.today().year
        for s, e in ctx.person_lines():
            line = text[s:e]
            if not ctx.block_name_on_line(s) or not (_is_record_row(line) or _GLUED_FIELDS.search(line)
                                                     or _spaced_record_row(text, s, e)):
                continue
            for m in _NUMBER_IN_ROW.finditer(text, s, e):
                a, b = m.span()
                if sum(ch.isdigit() for ch in m.group()) < 4 or ctx.cover.hit(a, b) or _YEAR_ONLY.fullmatch(m.group()):
                    continue
                birth = _old_date(m.group(), this_year - MIN_AGE_YEARS)
                if not birth and _TIME_AFTER.match(text, b):
                    continue  # a log's time stamp (2025-02-18T10:22:41): when, not whose
                out.append(Candidate("DATE_OF_BIRTH" if birth else "PERSON", a, b, PERSON_NUMBER_BLOCK,
                                     REASONS["record.date" if birth else "record.row_value"], rule="record.row_value"))
                ctx.cover.add(a, b)
            # (a date written with 年月日 in the row, of a year a living adult was born in: 世帯主 SILVA PEREIRA JOAO
            # 1990年4月8日 在留カード …)
            for m in _KANJI_UNIT_DATE.finditer(text, s, e) if "年" in line else ():
                a, b = m.span()
                if not ctx.cover.hit(a, b) and 1900 <= int(m.group("y")) <= this_year - MIN_AGE_YEARS:
                    out.append(Candidate("DATE_OF_BIRTH", a, b, PERSON_NUMBER_BLOCK, REASONS["record.date"], rule="record.row_value"))
                    ctx.cover.add(a, b)
        return out

    @staticmethod
    def _labelled_values(ctx: "_Context") -> list[Candidate]:
        out = []
        for m in _ANY_LABELLED.finditer(ctx.low):
            s, e = m.span("v")
            v = m.group("v")
            if sum(ch.isdigit() for ch in v) < 4 or ctx.cover.hit(s, e) or _NOT_A_PERSONS_VALUE.fullmatch(v):
                continue
            if m.group("label").replace(" ", "") in _PUBLIC_NUMBER_LABELS or not ctx.personal_paragraph(s):
                continue
            out.append(Candidate("PERSON", s, e, PERSON_NUMBER_BLOCK, REASONS["record.labelled_value"],
                                 rule="record.labelled_value"))
            ctx.cover.add(s, e)
        return out

    @staticmethod
    def _handles(ctx: "_Context", found: list[Candidate]) -> list[Candidate]:
        """@mizuno.haruka さん / @suzukake_mama_0923（… 遠藤 優花 さん）: an account handle used as the
        person's name (an honorific after it, or a reported name in the bracket right after it)."""
        text = ctx.text
        score = PERSON_NUMBER_BLOCK if ctx.blocks(found) else PERSON_NUMBER_WARN
        starts = sorted(p.start for p in ctx.persons)
        out = []
        for m in _HANDLE.finditer(text):
            s, e = m.span("v")
            if ctx.cover.hit(s, e):
                continue
            after = text[e:e + 24]
            bracket = after[:1] in "（(" and bisect_left(starts, e + 1) < len(starts) and starts[bisect_left(starts, e + 1)] < e + 24
            if not (_HONORIFIC_AFTER_HANDLE.match(after) or bracket):
                continue
            out.append(Candidate("PERSON", s, e, score, REASONS["record.handle"], rule="record.handle"))
            ctx.cover.add(s, e)
        return out

    def _number_columns(self, ctx: "_Context", found: list[Candidate]) -> list[Candidate]:
        """A table whose heading names a person's number (職員番号 | 氏名 | …): that column's cell in
        each row that holds a name (up to the table's end: a blank line)."""
        text, low = ctx.text, ctx.low
        out: list[Candidate] = []
        score = PERSON_NUMBER_BLOCK if ctx.blocks(found) else PERSON_NUMBER_WARN
        column = None  # (delimiter, index) of the current table's number column
        pos = 0
        for line in text.split("\n"):
            ls, le = pos, pos + len(line)
            pos = le + 1
            if not line.strip():
                column = None
                continue
            delim = next((d for d in ("|", "\t", ",") if d in line), None)
            # (no delimiter: a fixed-width record, whose heading and values line up by position —
            # 2 宛名番号 シメイカナ ⏎ 2 0001887412 ｺﾊﾞﾔｼ ﾏｻﾄ: the cells are the words, a value's by its heading's column)
            cells = _cells(line, delim) if delim else [m.span() for m in _WORD.finditer(line)]
            heads = [i for i, (a, b) in enumerate(cells) if low[ls + a:ls + b].strip() in _LABEL_SET]
            if heads:
                column = (delim, heads[0] if delim else cells[heads[0]][0])
                continue
            if column is None or column[0] != delim or not ctx.names_on_line(ls):
                continue
            # (the column's cell: by index in a delimited row, the word starting at the heading's position otherwise)
            cell = next((c for c in cells if c[0] == column[1]), None) if delim is None else \
                cells[column[1]] if column[1] < len(cells) else None
            if cell is None:
                continue
            a, b = cell
            v = line[a:b].strip()
            if not _NUMBER_VALUE.fullmatch(v) or sum(ch.isdigit() for ch in v) < 4:
                continue
            s = ls + a + (len(line[a:b]) - len(line[a:b].lstrip()))
            e = s + len(v)
            if ctx.cover.hit(s, e):
                continue
            out.append(Candidate("PERSON", s, e, score, REASONS["record.person_number_column"],
                                 rule="record.person_number_column"))
            ctx.cover.add(s, e)
        return out

    def _spellings(self, ctx: "_Context") -> list[Candidate]:
        """ｱﾗｲ ﾐﾂｺ（新井 光子）: the same person's name in another script, in brackets right after a
        reported name (the analyser may read 光子 as a common word, so the bracket is not a name to it)."""
        text = ctx.text
        out: list[Candidate] = []
        for p in ctx.persons:
            b = _SPELLING_BEFORE.search(text, max(0, p.start - 34), p.start) if text[p.start - 1:p.start] in "(（" and p.start else None
            if b and text[p.end:p.end + 1] in ")）" and not ctx.cover.hit(*b.span("v")):
                out.append(Candidate("PERSON", b.start("v"), b.end("v"), p.score, REASONS["record.spelling"], rule="record.spelling"))
                ctx.cover.add(*b.span("v"))
            m = _SPELLING.match(text, p.end)
            if not m and _KANA_NAME.fullmatch(text, p.start, p.end):
                m = _SPELLING_NEXT_FIELD.match(text, p.end)
            if not m:
                continue
            s, e = m.span("v")
            if ctx.cover.hit(s, e):
                continue
            if _KANJI_START.match(text, s) and not _family_name_at(ctx.doc, s) and not (
                    text[p.start].isascii() and _SHORT_HAN_NAME.fullmatch(text, s, e)):
                continue  # （市民課 主査）: a section and a post, not the name in kanji (after a romaji name —
                # ZHANG Wei（張 偉）— the bracket is its spelling whatever the dictionary knows)
            out.append(Candidate("PERSON", s, e, p.score, REASONS["record.spelling"], rule="record.spelling"))
            ctx.cover.add(s, e)
            if text[s].isascii():
                out += self._romaji_parts_again(ctx, text[s:e], p.score)
        return out

    @staticmethod
    def _romaji_parts_again(ctx: "_Context", romaji: str, score: float) -> list[Candidate]:
        """The parts of a romaji spelling used again on their own (Kanbara君, Ms. Kanbara): the
        person detector's repeat pass never saw this spelling, so its parts are looked for here."""
        text, out = ctx.text, []
        for part in romaji.split():
            if len(part) < 4:
                continue
            pos = text.find(part)
            while pos != -1:
                end = pos + len(part)
                if (pos == 0 or not text[pos - 1].isascii() or not text[pos - 1].isalnum()) \
                        and (end >= len(text) or not (text[end].isascii() and text[end].isalnum())) \
                        and not ctx.cover.hit(pos, end):
                    out.append(Candidate("PERSON", pos, end, score, REASONS["record.spelling"], rule="record.spelling"))
                    ctx.cover.add(pos, end)
                pos = text.find(part, end)
        return out

    def _name_parts(self, ctx: "_Context", found: list[Candidate]) -> list[Candidate]:
        """Surname: NGUYEN / Given names: THI MAI: each part after its label is part of the name
        (one word is enough after such a label), in a text that reports a person."""
        out: list[Candidate] = []
        score = PERSON_NUMBER_BLOCK if ctx.blocks(found) else PERSON_NUMBER_WARN
        for m in finditer_sparse(_NAME_PART, ctx.low):
            s, e = m.span("v")
            if ctx.cover.hit(s, e) or any(w in _NOT_A_PART for w in m.group("v").split()):
                continue
            out.append(Candidate("PERSON", s, e, score, REASONS["record.name_part"], rule="record.name_part"))
            ctx.cover.add(s, e)
        return out

    def _rows(self, ctx: "_Context") -> list[Candidate]:
        text = ctx.text
        rows = [(s, e) for s, e in ctx.person_lines() if _is_record_row(text[s:e])]
        if not any(ctx.block_name_on_line(s) for s, _ in rows):
            return []
        this_year = datetime.date.today().year
        # (a text that says its rows hold birthdays — 名前と学校と誕生日が入ったこのデータ —: a child's date is a birth date too)
        births_named = _BIRTHS_NAMED.search(text) is not None
        out: list[Candidate] = []
        for s, e in rows:
            kinds = set(ctx.contacts_on_line(s))
            for m in _KANA_ADDRESS.finditer(text, s, e):
                kinds.add("JP_ADDRESS")  # (also where a kana "name" already covers the town: ﾏｴﾊﾞｼｼ ｶﾐｵｷﾏﾁ)
                if not ctx.cover.hit(*m.span()):
                    out.append(Candidate("JP_ADDRESS", m.start(), m.end(), RECORD_ADDRESS,
                                         REASONS["record.kana_address"], rule="record.kana_address"))
                    ctx.cover.add(*m.span())
            if not kinds and _SEX_FIELD.search(text, s, e):
                kinds.add("SEX")  # 関口　初音　19750827 F …: a sex column makes the row a person's record
            if ctx.block_name_on_line(s):
                out += self._row_id(ctx, s, e)
            # a name and a recent date only (a member's term, a meeting) is no personal record; a date
            # a generation ago beside a private name (設楽 恭平	S31.8.20	第12投票区) is the person's birth
            oldest = this_year if births_named else this_year - (MIN_AGE_YEARS if kinds else MIN_AGE_YEARS_ALONE)
            if not kinds and not ctx.block_name_on_line(s):
                continue
            for m in list(DATE_RX.finditer(text, s, e)) + list(_SERIAL.finditer(text, s, e)):
                if m.re is DATE_RX and not _plausible(m):
                    continue
                y = _year(m)
                if y is None or not 1900 <= y <= oldest or ctx.cover.hit(*m.span()):
                    continue
                out.append(Candidate("DATE_OF_BIRTH", m.start(), m.end(), RECORD_DATE,
                                     REASONS["record.date"], rule="record.date"))
                ctx.cover.add(*m.span())
        return out

    @staticmethod
    def _row_id(ctx: "_Context", s: int, e: int) -> list[Candidate]:
        """The number right before a private name in a record row (M2315	篠原 湊 / 2024S0317,片桐 陸斗 /
        0804512ｵｷﾞﾉ ﾀﾂﾔ): the row's key for that person — a pupil's, an employee's, an account's number."""
        out = []
        for p in ctx.persons:
            if not s <= p.start < e or p.score < ev.BLOCK:
                continue
            # (only the characters just before the name: searched from the row's start, a row of thousands
            # of names cost the square of its length)
            m = _ID_BEFORE_NAME.search(ctx.text, max(s, p.start - ROW_ID_REACH), p.start)
            if not m or sum(ch.isdigit() for ch in m.group("v")) < 4 or _YEAR_ONLY.fullmatch(m.group("v")):
                continue
            if not ctx.cover.hit(*m.span("v")):
                out.append(Candidate("PERSON", m.start("v"), m.end("v"), PERSON_NUMBER_BLOCK,
                                     REASONS["record.row_id"], rule="record.row_id"))
                ctx.cover.add(*m.span("v"))
        return out

    def _numbers(self, ctx: "_Context", found: list[Candidate]) -> list[Candidate]:
        out: list[Candidate] = []
        score = PERSON_NUMBER_BLOCK if ctx.blocks(found) else PERSON_NUMBER_WARN
        for m in _NUMBER.finditer(ctx.low):
            s, e = m.span("v")
            if sum(ch.isdigit() for ch in m.group("v")) < 4 or not ctx.name_in_paragraph(s):
                continue
            if ctx.cover.hit(s, e):
                continue  # already someone's identifier (a phone, a bank account)
            out.append(Candidate("PERSON", s, e, score, REASONS["record.person_number"], rule="record.person_number"))
            ctx.cover.add(s, e)
            nxt = _NEXT_LISTED_NUMBER.match(ctx.low, e) if m.group("list") else None
            while nxt and not ctx.cover.hit(*nxt.span("v")):
                out.append(Candidate("PERSON", *nxt.span("v"), score, REASONS["record.person_number"], rule="record.person_number"))
                ctx.cover.add(*nxt.span("v"))
                nxt = _NEXT_LISTED_NUMBER.match(ctx.low, nxt.end())
        return out


class _Context:
    """One scan's view for the paths above: what is taken (a mask), the names and contact values by
    line, and the names by paragraph, each built once in linear time."""

    def __init__(self, doc: Document, persons: list[Candidate]):
        self.doc, self.text, self.low, self.persons = doc, doc.text, _lowered(doc), persons
        text = self.text
        self.cover = Cover(len(text), [(c.start, c.end) for c in doc.candidates if c.score >= ev.WARN])
        self.line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        self._names: dict[int, float] = {}     # line start -> the strongest name's score on that line
        self._contacts: dict[int, set] = {}    # line start -> the contact types on that line
        for p in persons:
            ls = self._line_of(p.start)
            if self._line_of(max(p.start, p.end - 1)) == ls:
                self._names[ls] = max(self._names.get(ls, 0.0), p.score)
        for c in doc.candidates:
            if c.type in _CONTACT_TYPES and c.score >= ev.WARN:
                ls = self._line_of(c.start)
                if self._line_of(max(c.start, c.end - 1)) == ls:
                    self._contacts.setdefault(ls, set()).add(c.type)
        self.breaks = [m.start() for m in _PARAGRAPH.finditer(text)]  # blank lines, in order
        self._para_names = {self.para_of(p.start) for p in persons if self.para_of(p.start) == self.para_of(p.end)}
        self._pii_block = any(c.type in _PII_TYPES and c.score >= ev.BLOCK for c in doc.candidates)
        self._para_pii = {self.para_of(c.start) for c in doc.candidates if c.type in _PII_TYPES and c.score >= ev.WARN}

    def _line_of(self, pos: int) -> int:
        return self.line_starts[bisect_right(self.line_starts, pos) - 1]

    def para_of(self, pos: int) -> int:
        return bisect_right(self.breaks, pos)

    def person_lines(self):
        for ls in sorted(self._names):
            le = self.text.find("\n", ls)
            yield ls, (len(self.text) if le < 0 else le)

    def names_on_line(self, ls: int) -> bool:
        return ls in self._names

    def block_name_on_line(self, ls: int) -> bool:
        return self._names.get(ls, 0.0) >= ev.BLOCK

    def contacts_on_line(self, ls: int) -> set:
        return self._contacts.get(ls, set())

    def name_in_paragraph(self, pos: int) -> bool:
        return self.para_of(pos) in self._para_names

    def personal_paragraph(self, pos: int) -> bool:
        """A name or another personal value is in pos's paragraph."""
        para = self.para_of(pos)
        return para in self._para_names or para in self._para_pii

    def blocks(self, found: list[Candidate]) -> bool:
        return self._pii_block or any(c.type in _PII_TYPES and c.score >= ev.BLOCK for c in found)
