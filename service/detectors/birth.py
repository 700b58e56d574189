"""生年月日: a date (西暦 or 和暦, long or short form) tied to birth.

A date alone is not a birth date (meeting dates, 支出日 …). It counts only when it is
tied to birth: introduced by 生年月日 / 誕生日 / DOB / born, followed by 生 / 生まれ /
（N歳）, or sitting in a table column whose header says 生年月日.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from .. import lexicon
from ..labels import REASONS
from . import engine, register
from .base import Candidate, Detector, Document, Pattern, dictionary_holds_name_part
from .fastre import compile_exists, compile_fast
from .ids import header_cell
from .signals import REAL_SAID, under_sample_heading

# The date pattern and the words that tie a date to birth are data: service/rules/birth.toml
# (rule birth.date_of_birth, with its examples and counterexamples; context birth_word_before /
# birth_word_after). This module is the judgement: which tie holds, and the checks that need code.
_RULE = next(r for r in engine.shipped().by_source("birth") if r.id == "birth.date_of_birth")
DATE_PATTERN = _RULE.pattern
DATE_RX = _RULE.rx
_BEFORE = engine.shipped().context["birth_word_before"]
_AFTER = engine.shipped().context["birth_word_after"]
_COHORT_AFTER = engine.shipped().context["birth_cohort_after"]
_HEADER = lexicon.words("birth.header")
_BIRTHDAY_MONTH_DAY = engine.shipped().context["birthday_month_day"]


# a date that opens or closes a range (〜, ～, から … まで): the bounds of a cohort or of made-up data
_RANGE_AFTER = re.compile(r"[ \t　]*(?:〜|～|~|－|から)[ \t　]*(?:[0-9]|令和|平成|昭和|大正|明治|[RHST][0-9])")
# a text whose head says it lists birthdays (「係内の誕生日一覧を月順に」): every date on a row after a
# label (a name) below it is a birth date
# (or that a spreadsheet's column holds them: 「B列の生年月日から年齢を出す関数」)
_BIRTH_LIST_HEAD = re.compile(r"(?:誕生日|生年月日)(?:の)?(?:一覧|リスト|名簿|表|順)|[A-Z]列(?:の|に|が|は)?(?:生年月日|誕生日)")
_BIRTH_LIST_REACH = 300
# (on a row below that head: a date a question counts from — 令和8年4月1日時点 — is none)
_REFERENCE_DATE_AFTER = re.compile(r"[ 　]*(?:時点|現在|基準|まで|から|以降|以前|の時点)")


def _row_label_before(text: str, s: int) -> bool:
    """Something other than blanks stands before the date on its line (a name, a label)."""
    ls = text.rfind("\n", 0, s) + 1
    return bool(text[ls:s].strip(" \t　,|:："))


# a sample mark right after the date, and a year no one living was born in (the dummy 1900-01-01)
_SAMPLE_AFTER = re.compile(r"[ \t　]*[（(](?:記入例|例|見本|サンプル|ダミー|架空|仮|(?i:example|sample|dummy|fictitious|e\.g\.))[）)]")
_PLACEHOLDER_YEAR = re.compile(r"(?<![0-9])(?:1[0-8][0-9]{2}|190[0-4])(?![0-9])")
_RANGE_BEFORE = re.compile(r"(?:〜|～|~)[ \t　]*$")


def _plausible(m: re.Match) -> bool:
    # m[name], not m.groupdict(): a roster has a date on every line and the pattern 19 groups
    for mk, dk in (("m1", "d1"), ("m2", "d2"), ("m3", "d3"), ("m4", "d4"), ("m10", "d10")):
        if m[mk]:
            mo, da = int(m[mk]), int(m[dk])
            return 1 <= mo <= 12 and 1 <= da <= 31
    for mk in ("m6", "m7"):  # a year and month only
        if m[mk]:
            return 1 <= int(m[mk]) <= 12
    if m["a5"]:
        a, b = int(m["a5"]), int(m["b5"])
        return 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)
    return True


def date_matches(doc: Document) -> list[re.Match]:
    """Every DATE_RX match of the text, found once per text (the detector and the scanner's rewritten
    birth dates both read them)."""
    found = getattr(doc, "_mamori_dates", None)
    if found is None:
        found = doc._mamori_dates = list(DATE_RX.finditer(doc.text))  # type: ignore[attr-defined]
    return found


# the year before each era's first (明治元年 = 1868): an era year's Gregorian year is this plus the era year;
# keyed by the era's first kanji, its letter and its first kana (昭和, S, Showa, しょうわ)
_ERA_YEAR_ZERO = {"明": 1867, "大": 1911, "昭": 1925, "平": 1988, "令": 2018,
                  "m": 1867, "t": 1911, "s": 1925, "h": 1988, "r": 2018,
                  "め": 1867, "た": 1911, "し": 1925, "へ": 1988, "れ": 2018}


def _era_year(era: str, year: str) -> Optional[int]:
    zero = _ERA_YEAR_ZERO.get(era.strip()[:1].lower()) if era and era.strip() else None
    return None if zero is None else zero + (1 if year == "元" else int(year))


def date_keys(m: re.Match) -> tuple[tuple[int, int, int], ...]:
    """The calendar days (year, month, day) a DATE_RX match may stand for, however it is written —
    昭和58年7月22日, S58.7.22, 1983/07/22 and 19830722 are one day; 07/08/1990 is either of two. Empty for a
    year and month alone and for an English date (not written again in another form often enough to ask)."""
    for y, mo, d in (("y1", "m1", "d1"), ("y2", "m2", "d2"), ("y9", "m9", "d9"), ("y10", "m10", "d10")):
        if m[y]:
            return ((int(m[y]), int(m[mo]), int(m[d])),)
    for e, y, mo, d in (("e3", "y3", "m3", "d3"), ("e4", "y4", "m4", "d4")):
        if m[y]:
            year = _era_year(m[e], m[y])
            return ((year, int(m[mo]), int(m[d])),) if year else ()
    if m["a5"]:
        a, b, year = int(m["a5"]), int(m["b5"]), int(m["y5"])
        return ((year, a, b), (year, b, a))
    return ()


# a mascot's or a character's profile (防災キャラクターのプロフィール：誕生日 9月1日): nobody's birthday
_CHARACTER_PROFILE = re.compile(r"キャラクター|マスコット|ゆるキャラ|着ぐるみ")
# a text that opens by declaring its people made up (【創作・架空の人物です】, ※登場人物は架空です): a story's character's
# birthday is nobody's (narrower than the person detector's head, person_base._FICTIONAL_HEAD, which takes 架空の
# anywhere and 練習問題 or 例文 too: a date there may still be a real person's)
_FICTION_HEAD = compile_fast(r"[【〔\[(（]?[^\n]{0,12}(?:架空|フィクション|創作)の(?:人物|登場人物|キャラクター|物語|設定)|"
                             r"(?:登場人物|人物)[^\n。]{0,12}(?:すべて|全て|いずれも)?(?:架空|フィクション)|"
                             # (a test fixture's head comment: ※すべて架空のダミーデータです)
                             r"(?:すべて|全て|いずれも)(?:が)?(?:架空|ダミー)の?(?:データ|ダミーデータ|値|人物)")
_FICTION_HEAD_CHARS = 120
# (not a date an event took place on: 「本人 原 俊介 2024年4月1日 申請」)
_EVENT_AFTER = re.compile(r"[ 　]*(?:に|の)?(?:申請|届出|受付|提出|転入|転出|死亡|来庁|相談|交付|発行|入所|退所|入院|退院|契約|採用|退職)")
# a row of a household or dependants list: a relation, a name, then the date — that person's birth date
# (「本人　原 俊介　S59.7.22」「長女 陽菜 H27.5.3」)
_RELATION_ROW = compile_fast(r"[ \t　・\-*]*(?:本人|配偶者|妻|夫|長男|長女|次男|次女|三男|三女|子|父|母|祖父|祖母|世帯主|扶養親族|同居人|請求者|申請者|受給者|対象児童?)"
                             r"[ \t　:：]+[^\n0-9:：、。]{2,14}?[ \t　]+$")


@register
class DateOfBirthDetector(Detector):
    type = "DATE_OF_BIRTH"
    gate = r"生|誕|昭和|平成|大正|歳|うまれ|さい|男|女|セイネン|タンジョウ|birth|born|d\.?o\.?b|seinen|tanjo|sinh|nascimento|nacimiento|nascid|nacid|kapanganakan|kaarawan|ipinanganak|생|lahir|төрсөн|जन्म|জন্ম|កំណើត|ເກີດ|பிறந்த|උපන්|උපත|เกิด|မွေး|naissance|geburt"
    patterns = (Pattern("日付", DATE_PATTERN, 0.0, re.IGNORECASE),)
    context_words = lexicon.words("birth.dateofbirth.context_words")

    def analyze(self, doc: Document) -> list[Candidate]:
        out: list[Candidate] = []
        text = doc.text
        # (no sample mark anywhere: then none before any date either, nor a heading of one — asked
        # once per text instead of a search around every one of a roster's dates)
        sample_marked = None
        birth_list = None  # (does the text's head say it lists birthdays? asked once, when a date has no tie)
        sample_births = doc.sample_births = []  # type: ignore[attr-defined]
        if _FICTION_HEAD.search(text, 0, _FICTION_HEAD_CHARS) and not REAL_SAID.search(text):
            return out
        for m in date_matches(doc):
            if not _plausible(m):
                continue
            s, e = m.span()
            tie = self._tie(doc, s, e)
            if m["y10"] and (not tie or tie[0] != "birth.word_before"):
                continue  # (a date as code writes it counts only by its own key — birth=datetime.date(…) —, not by a
                # heading its commas seem to stand under: today = date(2024, 4, 1))
            if not tie:
                if birth_list is None:
                    birth_list = _BIRTH_LIST_HEAD.search(text, 0, _BIRTH_LIST_REACH) or False
                if not (birth_list and text.rfind("\n", 0, s) >= birth_list.end() and _row_label_before(text, s)
                        and not _REFERENCE_DATE_AFTER.match(text, e)):
                    continue
                tie = ("birth.word_before", birth_list.group())
            if _public_figure_before(text, s):
                continue  # 「大谷翔平選手（1994年7月5日生まれ）」: a famous person's birthday is public
            if _SAMPLE_AFTER.match(text, e) or _PLACEHOLDER_YEAR.search(text, s, e):
                continue  # 「昭和60年1月1日（記入例）」, a dummy row's 1900-01-01: nobody's birth date
            if _RANGE_AFTER.match(text, e) or _RANGE_BEFORE.search(text, max(0, s - 3), s):
                continue  # 「生年月日は1950-01-01〜2005-12-31のランダム」: a range of dates is nobody's birth date
            if sample_marked is None:
                sample_marked = _SAMPLE_MARK_ANYWHERE.search(text) is not None
            if sample_marked and _sample_form_before(text, s):
                # 「【見本】氏名 前橋 花子 ／ 生年月日 平成2年4月1日」: a made-up date of a sample form — kept aside for
                # the record stage, which masks it after all when the form's name blocks (a real 届出書 as the 記入例)
                sample_births.append((s, e))
                continue
            reason, word = tie
            out.append(Candidate(self.type, s, e, _RULE.score, REASONS[reason].format(word=word), rule=_RULE.id))
        if ("誕生日" in text or "歳" in text or "さい" in text) and not _CHARACTER_PROFILE.search(text, 0, 200):
            for m, why in _birthdays(text):
                s, e = m.span("d")
                if any(c.start <= s < c.end for c in out) or _public_figure_before(text, m.start()):
                    continue
                out.append(Candidate(self.type, s, e, _RULE.score, why, rule=_RULE.id))
        return out

    @staticmethod
    def _tie(doc: Document, s: int, e: int) -> Optional[tuple[str, str]]:
        """(reason id, the word that ties the date to a birth) or None."""
        text = doc.text
        line_start = text.rfind("\n", 0, s) + 1
        left = text[max(line_start, s - 32):s]  # (a format note may stand between: Date of birth (YYYYMMDD):)
        mb = _BEFORE.search(left)
        if mb:
            return "birth.word_before", mb.group().strip(' :：|、,（(「=は')[:8]
        right = text[e:e + 14]
        ma = _AFTER.match(right)
        if ma and not _COHORT_AFTER.match(right):
            return "birth.word_after", ma.group().strip()[:6]
        # markdown / CSV table: the row's label cell or the column's header
        cell = header_cell(doc, s).lower()
        if cell and any(w in cell for w in _HEADER):
            return "birth.table_header", ""
        row = text[line_start:s]
        # (a date that a reference or an event follows — 2024年4月1日時点, …に開催 — is no birth date by its row alone)
        plain = not _REFERENCE_DATE_AFTER.match(text, e) and not _EVENT_AFTER.match(text, e)
        if plain and _RELATION_ROW.match(row):
            return "birth.relation_row", ""
        # (any year where the text above names the field: 「氏名（ふりがな）／生年月日」の形式に統一 … 2001/11/28)
        name_row = _NAME_CELL_ROW.fullmatch(row) if plain and (
            _PAST_ERA.match(text, s) or _BIRTH_WORD.search(text, max(0, line_start - _BIRTH_LIST_REACH), line_start)) else None
        if name_row and (name_row.group("kata") or name_row.group("latin") or _surname_token_at(doc, line_start, s)):
            # a roster's row opening with a full name and then a date of the 昭和 or 平成 era (「岩崎 恵美　昭和61年7月7日
            # 前橋市…」): the named person's birth date, as rosters list them
            return "birth.word_before", "氏名"
        if plain and _SEX_CELL_BEFORE.search(row):
            # a roster row's sex column right before the date (「生方 裕子　女　平成11年１月２８日　総社町…」)
            return "birth.word_before", "男／女"
        if "|" in row or "\t" in row or "," in row:
            cells = re.split(r"[|\t,]", row.strip(" |\t")) if row.strip(" |\t") else [""]
            # the row's label cell right before the date, or — in a sheet turned on its side (生年月日,S12.04.03,
            # S07.11.19) — its first cell, with only dates between
            if (any(w in cells[-1].lower() for w in _HEADER) and ("|" in row or "\t" in row)) or (
                    len(cells) >= 3 and len(cells[0].strip()) <= 12 and any(w in cells[0].lower() for w in _HEADER)
                    and all(DATE_RX.fullmatch(c.strip()) for c in cells[1:-1]) and not cells[-1].strip()):
                return "birth.table_label", ""
        if plain and _PAST_ERA.match(text, s) and _birth_header_above(text, line_start):
            # a table pasted with its columns split by spaces (被保険者番号　氏名　生年月日 …⏎０００３…　宮下　トメ　昭和３年…):
            # the columns no longer line up, but a 昭和 or 平成 date under a header naming 生年月日 is one
            return "birth.table_header", ""
        if plain and line_start and _ANSWER_HEAD.fullmatch(row):
            # a chat or a call's turn that answers a question about birth on the line above:
            # 「職員: お子さんの生年月日を教えてください。⏎相談者: 平成30年5月2日です。」 (or 職員「…生年月日は」⏎家族「…」)
            above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
            asked = _ASKED_BIRTH.search(above)
            if asked:
                return "birth.word_before", asked.group(1)
        return None


# a row of only a full name before the date (numbered or not), the name's parts split by a space, and its reading
# if given (新保 遼 しんぼ りょう, 竹内 健 (Takeuchi Ken))
# (a foreign member's name in Latin letters among them: Bhattarai Sunil　1990年7月25日)
_NAME_CELL_ROW = re.compile(r"[ \t　]*(?:[0-9]{1,3}[.．、)）:：]?[ \t　]+)?(?:[一-龥々]{1,3}[ 　][一-龥々ぁ-ゖァ-ヺー]{1,4}|(?P<kata>[ァ-ヺー]{2,8}[ 　][ァ-ヺー]{2,8})"
                            r"|(?P<latin>[A-Z][a-z'\-]{1,15}[ ][A-Z][a-z'\-]{1,15}))"
                            r"(?:[ \t　]+[ぁ-ゖー]{1,8}[ 　][ぁ-ゖー]{1,8}|[ \t　]*[（(][^（）()\n]{1,30}[）)])?"
                            r"(?:[ \t]*[,|、\t][ \t　]*|[ \t　]{1,4})")
# the field's word above a roster
_BIRTH_WORD = re.compile(r"生年月日|誕生日")
# (or a Western year of the last century, 1979年9月30日, as a foreign resident's row gives it)
_PAST_ERA = re.compile(r"(?:昭和|平成|大正|明治|[STH][ ]?[0-9]|19[0-9]{2}年)")


_FIELDS = re.compile(r"[ \t　,|]+")


def _birth_header_above(text: str, line_start: int) -> bool:
    """A header line naming 生年月日 among three or more fields, up to eight lines above in the same block."""
    pos = line_start
    for _ in range(8):
        if pos <= 0:
            return False
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos - 1]
        if not line.strip():
            return False
        if "生年月日" in line or "誕生日" in line:
            return DATE_RX.search(line) is None and len(_FIELDS.split(line.strip())) >= 3
        pos = prev
    return False


def _surname_token_at(doc: Document, a: int, b: int) -> bool:
    """The first word of text[a:b] is a token the dictionary tags as a surname (not 会議 開催)."""
    toks, starts = doc.tokens, doc.token_starts
    i = bisect_left(starts, a)
    while i < len(toks) and toks[i].start < b:
        t = toks[i]
        core = t.surface.strip(" \t　.．、)）:：")
        if core and not core.isdigit():  # (past an item's number and its mark: 「1. 新保 遼」)
            # (or a word the dictionary holds as a family name too, whatever the row made of it: 新保, 石倉)
            return (t.pos[2] == "人名" and t.pos[3] == "姓") or (
                t.pos[0] == "名詞" and dictionary_holds_name_part(doc, t.surface, "姓"))
        i += 1
    return False


_SEX_CELL_BEFORE = re.compile(r"(?:^|[ \t　,|、])(?:男|女)(?:性)?[ \t　,|、]+$")
# the head of a line that answers: a time and a speaker (「[10:03] 相談者: 」「市民：」「A: 」) or nothing
# (the answer may say the name again or pause before the date, as speech does: 「申請者：設楽 蒼。平成9年、えー、1997年4月25日」
# 「職員：小和瀬さんが平成20年6月17日、武士さんが…」)
_ANSWER_HEAD = re.compile(r"[ \t　]*(?:[\[［(（]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[\]］)）]?[ \t　]*)?(?:[^\s:：「」]{1,12}[ \t　]*[:：「][ \t　]*)?"
                          r"[^\n:：?？]{0,40}")
# the line above asks for a birth date (教えてください / ですか / ? / お願いします / a turn that ends in 生年月日は」)
_ASKED_BIRTH = re.compile(r"(生年月日|誕生日|お生まれ|(?i:date of birth|birthday))[^\n]{0,24}(?:ください|下さい|ですか|ますか|お願い|[?？]|[をは][」』]?[。 　]*$|(?i:please))")


# a birthday said by the age it brings (「岡部 心春ちゃん（5月3日で4歳）」): the day someone turns N
_TURNS_AGE_ON = re.compile(r"(?P<d>[0-9]{1,2}[ \t　]*月[ \t　]*[0-9]{1,2}[ \t　]*日)[ \t　]*で[ \t　]*[0-9]{1,3}[ \t　]*(?:歳|さい)")


def _birthdays(text: str):
    """The month and day of a birthday without its year: after 誕生日, or the day someone turns N."""
    if "誕生日" in text:
        for m in _BIRTHDAY_MONTH_DAY.finditer(text):
            yield m, REASONS["birth.word_before"].format(word="誕生日")
    if "日で" in text:
        for m in _TURNS_AGE_ON.finditer(text):
            yield m, REASONS["birth.word_after"].format(word="で…歳")


def _run_catalogue_rules(doc: Document, rules) -> list[Candidate]:
    """The rule's examples run as the scanner runs the detector (its one rule)."""
    return DateOfBirthDetector().analyze(doc) if any(r.id == _RULE.id for r in rules) else []


engine.RUNNERS["birth"] = _run_catalogue_rules


# a sample marker on the date's line or the line above (a form's 見本 / 記入例 block)
# (and in English forms: "the sample entry: … Date of birth: 1 January 1990")
# (and the examples a request asks ChatGPT to use: 例には「2023年4月2日生まれの子」のような一般的な日付を)
_SAMPLE_MARK_PATTERN = "|".join(lexicon.words("sample.marks")) + r"|例[）)]|例えば|たとえば|一例|例には|例にして|(?i:\b(?:sample|dummy|fictitious|specimen)\b|[(（](?:example|e\.g\.)[)）])"
_SAMPLE_MARK = compile_fast(_SAMPLE_MARK_PATTERN)
# … anywhere in the text (only asked whether it occurs: fastre.compile_exists, half the time of a hinted whole-text search)
_SAMPLE_MARK_ANYWHERE = compile_exists(_SAMPLE_MARK_PATTERN)


# … unless the text says after it that the values are real: 「記載例として、実際の申込み『…』を使っても」
_REAL_MARK = re.compile(r"実際の|実在の|本物の|実データ|本番データ|実の")


# (and the romaji ones of English forms, John Smith: the lines are compared with their spaces removed)
_SAMPLE_NAMES = frozenset(lexicon.words("person.sample_names")) | frozenset(lexicon.words("person.sample_romaji"))
_SAMPLE_NAME_RX = compile_fast("|".join(sorted(_SAMPLE_NAMES, key=len, reverse=True)))
# (or a test row's placeholder person: テスト 一郎, ダミー 花子, サンプル3)
_PLACEHOLDER_NAME = compile_fast(r"(?:テスト|ダミー|サンプル|試験)(?:[一二三四五六七八九十]郎|太郎|花子|[0-9]{1,3}(?![0-9]))")


def _sample_form_before(text: str, start: int) -> bool:
    """False whenever _SAMPLE_MARK matches nowhere in the text: each branch needs one of its
    words (the heading of under_sample_heading is one of sample.marks, which _SAMPLE_MARK holds)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else 0
    # (the sample person on the date's line, or on the line above it: a form's 氏名 field over its 生年月日)
    lines = text[above:line_end if line_end != -1 else len(text)].replace(" ", "").replace("\u3000", "")
    if (_SAMPLE_NAME_RX.search(lines) or _PLACEHOLDER_NAME.search(lines)) and _SAMPLE_MARK_ANYWHERE.search(text):
        return True  # a row of a table of sample people (前橋 太郎, 1980/01/01) in a text that says it is a sample
    marks = list(_SAMPLE_MARK.finditer(text, above, start))
    if marks:
        return _REAL_MARK.search(text, marks[-1].end(), start) is None
    return under_sample_heading(text, line_start)  # a field of the block under 【記入例】


def _public_figure_before(text: str, start: int, reach: int = 20) -> bool:
    """A public or historical figure (service/lexicon/public_figures.txt) named just before the date,
    in the same sentence: the date is that person's, and public."""
    window = text[max(0, start - reach):start]
    cut = max(window.rfind("。"), window.rfind("\n"))
    window = window[cut + 1:]
    figures = lexicon.joined("public_figures")
    starts = lexicon.figure_starts("public_figures")  # only lengths that can start at i
    size = len(window)
    # only the positions where a figure can start (one scan in C, not a dict look-up per character)
    for m in _FIGURE_FIRST.finditer(window):
        i = m.start()
        for n in starts[m.group()]:
            if i + n <= size and window[i:i + n] in figures:
                return True
    return False


# the characters a listed figure starts with (the keys of figure_starts), as one class
_FIGURE_FIRST = re.compile("[" + "".join(re.escape(c) for c in sorted(lexicon.figure_starts("public_figures"))) + "]")
