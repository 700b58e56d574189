"""PERSON: individuals' names in kanji, kana and romaji.

Evidence, from weak to strong (scores in `evidence.py`, section "PERSON"):
- Sudachi's part of speech: 人名/姓 followed by 人名/名 (a full name) is good evidence;
  a surname alone is weak (中村 in 中村橋 is not even a 姓 token; 森 in 森林 neither).
- An honorific right after (様・さん・氏・君・くん・ちゃん・殿・先生), a name slot right
  before (氏名：, 相談者, 保護者, 長男, 口座名義 …), a table column headed 氏名, or an
  address / phone / e-mail found near the name makes it strong.
- Famous and historical people (a maintained list in `service/lexicon/public_figures.txt`,
  Sudachi's single-token dictionary names such as 徳川家康, or public context words such as
  詩・小説・歴史・時代 in the sentence) are not reported unless a private-person signal is present.
- An age or a private circumstance in brackets after a name (山口 蓮（8歳）, …（無職）) is strong;
  a reading in brackets (五十嵐 蒼（いがらし あおい）) is part of the name and redacted with it.
- Relation words (妻, 長男) in a history/culture sentence describe historical families; a text
  with several distinct history words makes names with no private signal public.
- Romaji names only with context: Mr./Ms./Dear/From:/account holder, an honorific (氏・さん),
  a following <e-mail>, or the SURNAME Given convention with Hepburn-shaped words; Japanese
  names in English chats via a maintained list (`service/lexicon/person.romaji_*.txt`) plus
  a speaker line or with/ask/from/cc; capital names (NGUYEN THI LAN) near 在留カード/旅券.
- Two-column tables: the value next to a 氏名/名前/Name label is the name; labels never are.
- Katakana foreign names joined by ・/＝/a space (グエン・ティ・ラン) with an honorific, a slot, a
  nationality or residence context or an address/phone near; not loanword phrases
  (`service/lexicon/person.katakana_not_name.txt`) nor famous people. Kana given names after a kanji surname
  (國定 てる, 鷲尾 ヨシ子) read on the text; a rare surname (四十物) before a spaced tagged given name.
- Lists: when one item of a bullet list, table column or 、-enumeration is a reported name, the
  other items of the same shape (姓 + space + 名, same bracket structure) are names too.
- A role word joined by の anywhere in prose (書記の…さん, 担任の…先生); sample words (ひな形,
  見本) veto a name only right next to it, not anywhere in a long sentence.
- Romaji names after English labels (It goes to:, Payable to, Attention, Contact:, Name:) in any
  case, with accents and da/de/dos particles; not organisations/products (City Hall, Galaxy Tab).
- Bank kana (口座名義：ｼﾓﾀﾞ ｹｲｺ — the detector sees ﾀﾞ as タ + U+3099) and katakana reading pairs
  filling a CSV cell; companies (カ)…, ユ)…, …(カ, ショウジ) are not persons.
- Living public figures are listed too; a private circumstance in the sentence (生活保護, 来庁 …),
  a slot or an address/phone still reports them.
Every later occurrence of a reported name's surname or given name is reported too.

The detector runs in stages (issue 11):
1. candidates — each path only finds a span and the signals around it (signal id -> True or the
   word its reason quotes): the morphology path, the name shape in a slot and readings in
   brackets (here), kana given names and katakana foreign names (person_kana.py), tables, bank
   kana and list items (person_tables.py), romaji names (person_romaji.py);
2. vetoes — person_stages.py applies the named vetoes (placeholder, sample form, organisation,
   public official acting in office, public figure, public or history context, fiction …) once,
   in one order, with per-path exemptions as data (`PATH_VETOES`);
3. score — evidence.PERSON_PATH_SCORES turns the signals into a score and reason ids
   (labels.REASONS holds the Japanese; no code branches on it).
The shared word lists, patterns and helpers are in person_base.py.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .. import lexicon
from ..labels import REASONS
from ..normalize import ASCII_ALNUM
from . import register
from .base import all_starts, Candidate, Detector, dictionary_holds_name_part, Document
from . import evidence as ev
from .fastre import compile_exists, compile_fast
from . import person_kana as kana, person_romaji as romaji, person_stages as stages, person_tables as tables
from .person_base import (
    _CLASS_BEFORE, _slot_and_role,
    said_by_bearer, sensitive_bracket,
    _AGE_AFTER, _BANK_CONTEXT, _BRACKETED, _BRACKETED_HIRAGANA, CHILD_HONORIFICS, _CLOSE_THEN_HONOR,
    _cut_bracket, _dedupe, _EN_NOT_NAME, _EN_STOP, _HONOR_AFTER, _HONOR_NEAR, HONORIFICS, _ID_TYPES, _Intervals, _is_mei, _is_sei,
    _is_space, _is_whole_name, _kana_company, _KANA_KANJI, _KANJI, _KANJI_BEFORE_READING, _READING_TAIL, _KANJI_CH,
    _KANJI_ONLY, _KANJI_READING, _KATA_CH, _KATA_PAIR, _KATAKANA, KATAKANA_NOT_NAME, _Name,
    _NAME_END_PARTICLES, _near_pii_type, NOT_GIVEN, _ORG_END, ORG_SUFFIX, _PII_LABEL, _PII_TYPES, _place_as_surname,
    _PLACEHOLDER, _PRIVATE_BRACKET, _case_fact, _private_fact, _public_figure_at, PUBLIC_FIGURES, _PUBLIC_OFFICE_WORD,
    _reading_at, _RELATION_BRACKET, _RELATION_SLOTS, _role_left, _role_no, _ROLE_SET, _SHAPE_NOT_GIVEN,
    _slot_before, _SLOT_RX, _SLOT_SET, _SPACED_PAIR, _STAFF_TITLES, staff_in_personnel_matter, _terminates, _TERMINATORS,
    TITLES, _untagged_pieces, _word_boundary, _another_word_after_a_blank, _SAMPLE_NAMES,
)
from .person_base import JP_GIVEN, JP_SURNAMES  # noqa: F401 (the romaji name lists, for tests)



# a kanji given name right after a repeated family name, ending where a name ends
# a town read in katakana (…マチ, …チョウ, …ムラ, …チョウメ): the second word of an address, not a given name
_HAN_SURNAMES = frozenset(lexicon.words("person.han_surnames"))
def _kana_forms(doc: Document, surnames: set, text: str):
    """(surname, its reading in hiragana or katakana) for the kanji surnames found whose reading
    occurs in the text (the caller requires an honorific after each such repeat)."""
    reading = getattr(doc._analyser, "reading", None)
    if reading is None:
        return
    for sur in surnames:
        if not _KANJI.match(sur):
            continue
        kata = reading(sur)
        if len(kata) < 2 or not _KATAKANA.match(kata):
            continue
        hira = kata.translate(_KATA_TO_HIRA)
        for form in (hira, kata):
            if form in text:
                yield sur, form


_KATA_TO_HIRA = {c: c - 0x60 for c in range(ord("ァ"), ord("ヶ") + 1)}
_HIRA_TO_KATA = {c: c + 0x60 for c in range(ord("ぁ"), ord("ゖ") + 1)}
_HIRAGANA = compile_fast(r"^[ぁ-ゖー]+$")
_READING_NAMES_MAX = 200  # (a roster of hundreds of names with one Latin pair in it: the first names only)


def _latin_reading_names(doc: Document, names: list) -> list[Candidate]:
    """都丸 健吾 … TOMARU KENGO (a business card's second line, a passport's romanised name): a name found in
    Japanese, written again in Latin letters — each part's dictionary reading romanised and compared."""
    text = doc.text
    reading = getattr(doc._analyser, "reading", None)
    if reading is None or not romaji.LATIN_PAIR.search(text):
        return []
    keys: dict[tuple[str, str], float] = {}
    for nm in names[:_READING_NAMES_MAX]:
        sei, mei = nm.sei.strip(), nm.mei.strip()
        if not sei or not mei or sei == mei:
            continue
        parts = []
        for part in (sei, mei):
            kata = part if _KATAKANA.match(part) else part.translate(_HIRA_TO_KATA) if _HIRAGANA.match(part) \
                else reading(part) if _KANJI.match(part) else ""
            latin = romaji.katakana_to_romaji(kata)
            if len(latin) < 2:
                break
            parts.append(romaji.romaji_key(latin))
        else:
            key = (parts[0], parts[1])
            keys[key] = max(keys.get(key, 0.0), nm.score)
    # (also where a weaker finding stands already: the romaji name finder alone may only warn on it)
    return [Candidate("PERSON", s, e, score, REASONS["person.latin_reading"])
            for s, e, score in (romaji.latin_readings(text, keys) if keys else ())]


def _names_in_personal_mail(doc: Document) -> list[Candidate]:
    """Tanaka Lucas | lucas.tanaka.food@gmail.com: a Latin name whose words make up the personal address on its line."""
    return [Candidate("PERSON", s, e, ev.BLOCK + 0.15, REASONS["person.in_personal_mail"])
            for s, e in romaji.names_in_personal_mail(doc.text)]


# a name in kanji right after a mail address or right before it (…連絡ください r.kanbara@i.softbank.jp 神原,
# 神原 <r.kanbara@…>): found from the address (romaji.MAIL_ADDRESS), so a text pays nothing per kanji
_KANJI_AFTER_MAIL = compile_fast(r"[ \t]{1,2}(?P<n>[一-龥々]{1,4}(?:[ ][一-龥々]{1,4})?)(?=[ \t]*(?:\n|$|[(、。,]))")
_KANJI_BEFORE_MAIL = compile_fast(r"(?<![一-龥々ぁ-んァ-ヶ])(?P<n>[一-龥々]{1,4}(?:[ ][一-龥々]{1,4})?)[ \t]*[(<:]?[ \t]*\Z")


def _reading_key(reading, word: str) -> str:
    """The dictionary reading of a kanji word romanised and loosened for comparison (神原 → kanbara)."""
    return romaji.romaji_key(romaji.katakana_to_romaji(reading(word)))


def _names_spelled_in_a_mail_beside(doc: Document, found: list) -> list[Candidate]:
    """A kanji name right beside a mail address whose local part spells its family name's reading (r.kanbara@… 神原):
    the address's owner, however the name was written (a name found already is not read again: a roster's)."""
    text = doc.text
    reading = getattr(doc._analyser, "reading", None)
    if reading is None or "@" not in text:
        return []
    taken = _Intervals()
    for c in found:
        if c.score >= ev.BLOCK:
            taken.add(c.start, c.end)
    out = []
    for mail in romaji.MAIL_ADDRESS.finditer(text):
        for m in (_KANJI_AFTER_MAIL.match(text, mail.end()), _KANJI_BEFORE_MAIL.search(text, max(0, mail.start() - 14), mail.start())):
            if m is None or taken.overlaps(m.start("n"), m.end("n")):
                continue
            sur = m.group("n").split()[0]
            if sur in NOT_GIVEN or sur in _SLOT_SET or sur in _ROLE_SET or _ORG_END.search(m.group("n")):
                continue
            latin = _reading_key(reading, sur)
            if len(latin) >= 3 and latin in romaji.romaji_key(mail.group("l")):
                out.append(Candidate("PERSON", m.start("n"), m.end("n"), ev.BLOCK + 0.1, REASONS["person.spelled_in_mail"]))
    return out


# a name in kanji alone on its line (a business card's or a signature's first name line)
_KANJI_NAME_LINE = compile_fast(r"[ \t]*(?P<n>[一-龥々]{1,4}[ ][一-龥々]{1,4})[ \t]*")


def _readings_agree(keys: list, latin: list) -> bool:
    """One part's dictionary reading spells its Latin word and the other's starts as its word does (a family name
    has readings the dictionary does not give first: 眞下 マシタ for Mashimo)."""
    return any(keys[i] == latin[i] and keys[1 - i][:2] == latin[1 - i][:2] for i in (0, 1))


def _kanji_above_latin(doc: Document, found: list) -> list[Candidate]:
    """眞下 純一 ⏎ Junichi Mashimo: the kanji name on the line right above a Latin name found, when the dictionary's
    readings of its two parts spell the Latin words (in either order, one of them at least in its first letters:
    _readings_agree) — the same person's name on a card."""
    text = doc.text
    reading = getattr(doc._analyser, "reading", None)
    if reading is None:
        return []
    out = []
    for c in found:
        words = text[c.start:c.end].split()
        if c.score < ev.BLOCK or len(words) != 2 or not text[c.start:c.end].isascii():
            continue
        le = text.rfind("\n", 0, c.start)
        if le == -1 or text[le + 1:c.start].strip():
            continue
        ls = text.rfind("\n", 0, le) + 1
        m = _KANJI_NAME_LINE.fullmatch(text, ls, le)
        if not m:
            continue
        keys = [_reading_key(reading, p) for p in m.group("n").split()]
        latin = [romaji.romaji_key(w) for w in words]
        if all(len(k) >= 2 for k in keys) and any(_readings_agree(keys, pair) for pair in (latin, latin[::-1])):
            out.append(Candidate("PERSON", m.start("n"), m.end("n"), c.score, REASONS["person.kanji_of_latin"]))
    return out


def _person_token_in(doc: Document, a: int, b: int) -> bool:
    """A token the dictionary tags as a person's name (人名) starts within text[a:b] (a kanji run
    Sudachi reads as a name or part of one)."""
    toks = doc.tokens
    i0 = bisect_left(doc.token_starts, a)
    return any(t.pos[2] == "人名" and a <= t.start < b for t in toks[i0:i0 + 4])


def _han_name(t) -> bool:
    """张伟 / 刘芳: a Chinese or Korean full name the dictionary does not know (one common-noun token
    of 2-3 kanji opening with such a family name; the caller asks for an honorific after it)."""
    return (t.pos[1] == "普通名詞" and 2 <= len(t.surface) <= 3 and t.surface[0] in _HAN_SURNAMES
            and _KANJI.match(t.surface) is not None and t.surface[-1] not in "屋店家所課係局館")


# The same person's name in kanji, in brackets after a name and its honorific (张 伟 さん（張偉）、
# パクさん（朴 志勲、昭和町の方）): a spaced pair of kanji, or a Chinese or Korean full name; or its
# reading, a spaced pair of kana (吾妻さん（あづま りょうこ、…）).
_ALIAS_IN_BRACKETS = re.compile(
    r"[ 　]?(?:さん|様|さま|氏|くん|ちゃん)[（(](?P<k>[一-龥々]{1,3}[ 　][一-龥々]{1,3}|[一-龥]{2,3}"
    r"|[ぁ-ゖ]{2,6}[ 　][ぁ-ゖ]{2,6}|[ァ-ヺー]{2,6}[ 　][ァ-ヺー]{2,6})(?=[、,，）)])")
# a writer naming themself in brackets (私（荻窪正隆）が窓口で…): a survey answer or a letter signed inside
_SELF_IN_BRACKETS = re.compile(r"(?:私|わたし|僕|ぼく|自分|本人)[（(](?P<k>[一-龥々]{1,3}[ 　]?[一-龥々]{1,3})(?=[）)])")
_KANA_WITH_ALIAS = re.compile(r"(?<![ァ-ヶー])(?P<kana>[ァ-ヶー]{2,8})(?=[ 　]?(?:さん|様|さま|氏|くん|ちゃん)[（(])")
# where such a name may stand: a Chinese or Korean family name, one or two kanji, an honorific
_HAN_BEFORE_HONORIFIC = compile_fast("[" + "".join(sorted(_HAN_SURNAMES)) + r"][一-龥]{1,2}(?=さん|様|さま|氏|くん|ちゃん)")
_LONE_GIVEN_POS = frozenset(("接続詞", "副詞", "接頭辞", "形状詞", "代名詞", "連体詞"))
_KANA_TOWN = compile_fast(r"[ァ-ヶー]{2,}(?:マチ|チョウ|ムラ|チョウメ)$")
# what ends a name introduced or addressed: an honorific, と申します / といいます, です
_NAME_INTRODUCED_AFTER = frozenset(HONORIFICS) | {"です"}


def _glued_katakana_given(toks: list, j: int) -> bool:
    """A katakana given name of two or three kana right after a kanji surname, no space between, as older
    women's names are written (小林トメ, 佐藤ハナ), ending at an honorific, a self-introduction or a bracket."""
    if j + 1 >= len(toks) or not _KATAKANA.fullmatch(toks[j].surface) or not 2 <= len(toks[j].surface) <= 3:
        return False
    nxt = toks[j + 1].surface
    return (nxt in _NAME_INTRODUCED_AFTER or nxt[:1] in "（(" or (nxt == "と" and j + 2 < len(toks)
            and toks[j + 2].surface.startswith(("申し", "いい", "言い"))))


_CHILD_OR_PRIVATE_HONORIFIC = compile_fast(r"さん|ちゃん|くん")


def _glued_hiragana_given(toks: list, j: int) -> bool:
    """A hiragana given name of two or three kana right after a tagged surname, no space between, with a private
    honorific after it (新井ひなさん, 関口ゆいちゃん): a child's or a woman's name as a chat or a voice memo writes it."""
    if j + 1 >= len(toks) or not 2 <= len(toks[j].surface) <= 3 or _HIRAGANA.fullmatch(toks[j].surface) is None:
        return False
    return (_CHILD_OR_PRIVATE_HONORIFIC.fullmatch(toks[j + 1].surface) is not None
            and toks[j].surface not in kana._ADDRESS_WORDS)  # (みなさん, おかあさん: a word of address, no given name)


def _katakana_surname_with_honorific(toks: list, i: int, text: str) -> bool:
    """「サトウ様より電話」: a surname the dictionary knows, in katakana, with its honorific right after — a
    surname alone, as 佐藤様 is; or any katakana proper noun so addressed with a mobile number right after it
    (「ﾅｶｼﾞﾏ様 090-…」 in a call-back note: a company is not called back on a mobile)."""
    t = toks[i]
    if not (len(t.surface) >= 3 and i + 1 < len(toks) and toks[i + 1].surface in HONORIFICS
            and t.surface not in KATAKANA_NOT_NAME):
        return False
    return _is_sei(t) or (t.pos[1] == "固有名詞" and _MOBILE_AFTER.match(text, toks[i + 1].end) is not None)


_MOBILE_AFTER = compile_fast(r"[ 　]*(?:[:：]|TEL|Tel|電話|携帯)?[ 　]*0[789]0-?[0-9]{4}-?[0-9]{4}")


def _not_a_katakana_name(t, given: list, toks: list, j: int) -> bool:
    """A katakana pair that names no one: no second word, loanwords (イベント カレンダー, カスタマー
    サポート), or a city and a town read in kana in a legacy record (マエバシシ オオゴマチ)."""
    if not given:
        return True
    if t.surface in KATAKANA_NOT_NAME or any(g.surface in KATAKANA_NOT_NAME for g in given):
        return True
    return bool(_KANA_TOWN.search(given[-1].surface)
                or j < len(toks) and toks[j].surface in ("マチ", "チョウ", "ムラ", "チョウメ"))


# せがわ あおい / セガワ・アオイ: a reading in two kana parts
_TWO_PART_READING = compile_fast(r"[ぁ-んァ-ヶー]{1,8}[ 　・][ぁ-んァ-ヶー]{1,8}")
_SHAPE_READING = compile_fast(r"[（(](?P<s>[ぁ-ゖー]{2,8}|[ァ-ヺー]{2,8})[ 　・](?P<g>[ぁ-ゖー]{1,8}|[ァ-ヺー]{1,8})[）)]")
# 「小池 洋という人物」「田中という男」: the text introduces someone by this name
_NAMED_AS = compile_fast(r"[ 　]?(?:という|と名乗る|なる)(?:人物|男性?|女性?|者|少年|少女|名字|苗字)")
# 「…伊東です。折り返しは 080-…まで」: a caller naming themself and leaving a mobile number to call back (not
# 「総務課の田中です」: an office's staff introducing themself in a work mail)
_CALLER_SELF = compile_fast(r"(?:です|と申します|でございます)[。、 　]?[^。\n]{0,24}?(?:0[789]0|携帯)")
# the suffixes of a road, a place or a body, never the end of a given name (荒牧関根線, 前橋駅)
_PLACE_SUFFIX = compile_fast(r"[線町村市区駅橋川道通系課係店社館園校署]")
# a full name said by its bearer, ending a clause (宮下 剛です。)
_SELF_INTRO_END = compile_fast(r"(?:です|と申します|といいます|と言います)[。、！!\n]")
# a polite verb's end right before a name, which opens the next phrase (配属になりました高砂 美咲です)
_CHECKBOX_MARKS = "□■☐☑☒✓✔"  # (a box of a form's choice: the word after it is the choice)
_POLITE_END_BEFORE = compile_fast(r"(?:ます|ました|です|でした)$")
# a greeting that opens a self-introduction right before the name (はじめまして、日向 明日香です。)
_GREETING_BEFORE = compile_fast(r"(?:はじめまして|初めまして|こんにちは|こんばんは|お疲れ様です|お世話になっております)[、。！! 　]*$")
# 「大胡町の栗田といいます」: a resident introducing themself by where they live (staff say their office instead)
_SELF_INTRO = compile_fast(r"(?:といいます|と言います|と申します|でございます)")
_PLACE_BEFORE_SELF = compile_fast(r"(?:町|村|丁目|地区|団地|在住)の$")
_ORG_BEFORE_SELF = compile_fast(r"(?:課|係|室|部|局|所|社|店|会|館|センター|事務所)(?:の)?[ 　]?$")
# a person naming themself right after the name (星野蒼といいます, 星野蒼と申します)
_NAMES_ITSELF = compile_fast(r"と(?:いいます|言います|申します|申す者)")
# a reading in kana in brackets right after a word (悠(はるか)): the text is NFKC, its brackets ASCII
_READING_AFTER = compile_fast(r"[(][ぁ-んァ-ヶー]{2,8}[)]")


def _opens_a_self_introduction(text: str, start: int, end: int) -> bool:
    """A spaced full name opening a line, a quoted letter or a greeting (はじめまして、): where its bearer
    says it (「宮下 剛です。…) — a name in running text after a verb is somebody spoken of."""
    if " " not in text[start:end] and "\u3000" not in text[start:end]:
        return False
    return (start == 0 or text[start - 1] in "「『\n"
            or _GREETING_BEFORE.search(text, max(0, start - 16), start) is not None)
_GIVEN_AFTER_REPEAT = compile_fast(r"[ 　](?P<g>[一-龥々]{1,3})(?=[）)」』、,，。\n]|$|さん|様|さま|氏|君|くん|ちゃん)")

# a given name pushed to the next line by a PDF copy or a narrow cell (申請者氏名：大澤⏎美穂子　　申請日…): one to
# three kanji opening the line, then a gap or the line's end
_GIVEN_OPENING_LINE = compile_fast(r"\r?\n[ 　]?(?P<g>[一-龥々]{1,3})(?=[ 　\t]{2,}|\t|\r?\n|$)")


# the household a letter goes care of, after the address (前橋市六供町1013-6 高柳方 吉川 健太 様): its surname
_CARE_OF = compile_fast(r"[ 　]*(?P<s>[一-龥々]{1,4})方(?=[ 　]+[一-龥々ぁ-んァ-ヶ])")


# what may follow a place-tagged word that is really a surname: a staff title (吉野主査) or an honorific only a
# person takes (連絡先：石川様)
_AFTER_PLACE_AS_SURNAME = _STAFF_TITLES | frozenset(lexicon.words("person.people_only_honorifics"))
# (a word of a romaji name said again: 「Nhung さん」「Ms. Nguyen」 — the honorific as _HONOR_AFTER reads it)
_TITLE_BEFORE_ASCII = re.compile(r"(?:Mr|Mrs|Ms|Dr|Miss)\.?[ ]$")


# -- the other forms of a found name -------------------------------------------------------------
# 王 麗華（WANG LIHUA／ワン・リーファ）, 比嘉 ロサ・エレナ（HIGA ROSA ELENA）さん: the spellings in the bracket right after
# a name are the same person's; K・M（本名：栗原 真琴）, T氏（田島 ヨシ、89歳）: the initials right before a bracket
# that opens with the name stand for it
_BRACKET_AFTER_NAME = compile_fast(r"[ 　]?(?:さん|様|氏|くん|ちゃん)?[ 　]?[（(](?P<c>[^（）()\n]{2,60})[）)]")
_ALIAS_SEPARATOR = compile_fast(r"[／/、,，]")
_ROMAJI_ALIAS = compile_fast(r"[A-Z\u00C0-\u00DE\u0100-\u024F][A-Za-z\u00C0-\u024F'\-]+"
                             r"(?:[ .]{1,2}[A-Z\u00C0-\u00DE\u0100-\u024F][A-Za-z\u00C0-\u024F'\-.]*){0,4}")  # (Kōji Ōkubo)
_KATAKANA_ALIAS = compile_fast(r"[ァ-ヺ][ァ-ヺー]*(?:[・ 　][ァ-ヺ][ァ-ヺー]*){0,4}")
# (a name found in kana spelled in kanji in its bracket: 氏名 ゆざわ あおい（湯沢 葵）)
_KANA_NAME_FORM = compile_fast(r"[ぁ-ゖァ-ヺー]+[ 　・]?[ぁ-ゖァ-ヺー]+")
_KANJI_ALIAS = compile_fast(r"[一-龥々〆ヶ]{1,4}[ 　][一-龥々〆ヶ]{1,4}")
_ALIAS_SCORE = 0.80
_NICKNAME = compile_fast(r"[「『\"](?P<n>[^「」『』\"\n、。]{2,12})[」』\"][ 　]?(?:と|って)(?:呼ばれ|呼んで|呼ば|名乗|いう(?:あだ名|愛称|ニックネーム|通称))")
_HANGUL_ALIAS = compile_fast(r"[가-힣]{2,5}(?:[ ][가-힣]{1,4})?")  # Kim Hye-rin (김혜린 / キム・ヘリン)
# a Chinese name in its characters after its romanisation: Wang Lei (王磊), Zhang Xiaoming（张晓明）
_HAN_NAME_ALIAS = compile_fast(r"[一-龥]{2,4}")
# a name in another alphabet (Devanagari, Thai, Cyrillic, Arabic, Bengali, Burmese, Sinhala with its joiner): Sita Kumari
# Pokharel（सीता कुमारी पोखरेल）, キン ミャ テッ（ခင်မြတ်သက်）
_OTHER_ALPHABET = "[\u0900-\u097F\u0980-\u09FF\u0E00-\u0E7F\u0400-\u04FF\u0600-\u06FF\u1000-\u109F\u0D80-\u0DFF\u200D]+"
_OTHER_SCRIPT_ALIAS = compile_fast(_OTHER_ALPHABET + "(?:[ ]" + _OTHER_ALPHABET + "){0,4}")
# … and the other way round: the spelling before a bracket that holds the name found (SAPUTRA Dimas（サプトラ ディマス）,
# 최민호(崔 敏浩)라고): Latin words, Hangul or another alphabet right before the bracket
_SPELLING_BEFORE_BRACKET = compile_fast(
    r"(?<![A-Za-z\u00C0-\u024F'\-])(?P<a>[A-Z\u00C0-\u00DE\u0100-\u024F][A-Za-z\u00C0-\u024F'\-]+(?:[ ](?:[A-Z]\.|[A-Z\u00C0-\u00DE\u0100-\u024F][A-Za-z\u00C0-\u024F'\-]+)){1,4}"
    r"|(?<![가-힣])[가-힣]{2,4}"
    r"|" + _OTHER_SCRIPT_ALIAS.pattern + r")[ ]?[（(]$")
_ACRONYM = compile_fast(r"[A-Z]{2,4}")  # （CEO）, （PTA）, （ALT）: a role, not a spelling of the name
# initials a bracket after a name defines as what the text calls the person from then on (以下「T.K.氏」, 以下 K・M)
_INITIALS_DEFINED = compile_fast(r"以下[、, 　]?[「『]?(?P<a>[A-Z](?:[.・．][ ]?[A-Z]){1,2}[.．]?)(?:氏|さん|様)?[」』]?$")
_INITIALS_BEFORE_BRACKET = compile_fast(r"(?<![A-Za-z])(?P<a>[A-Z](?:[.・．][ ]?[A-Z]){0,2}[.．]?)(?:氏|さん|様)?[ 　]?[（(](?:本名|実名|氏名)?[:：は]?[ 　]?$")


# the same name in Latin letters after a slash, as a bilingual form gives it (子の氏名 / Name of child: 佐藤 エマ 凜 / SATO Emma Rin)
# (or its katakana after a romaji name: Name: Olivia Grant / オリビア・グラント)
_SLASH_LATIN_AFTER = compile_fast(r"[ ]?[ぁ-ゖァ-ヺー一-龥々]{0,3}[ ]*/[ ]*(?P<n>[A-Z][A-Za-z'\-]{1,20}(?:[ ][A-Z][A-Za-z'\-]{1,20}){1,3}"
                                  r"|[ァ-ヺ][ァ-ヺー]{1,12}(?:[・= ][ァ-ヺ][ァ-ヺー]{1,12}){1,3})[ ]*(?=\n|$)")


def _spellings_after_slash(doc: Document, found: list) -> list:
    """A name's Latin spelling after a slash at the end of its line, once the name itself blocks."""
    if "/" not in doc.text:
        return []
    out = []
    for c in found:
        m = _SLASH_LATIN_AFTER.match(doc.text, c.end) if c.score >= ev.BLOCK else None
        if m is not None:
            out.append(Candidate("PERSON", m.start("n"), m.end("n"), c.score, REASONS["person.alias"]))
    return out


def _aliases(doc: Document, found: list) -> list:
    """The other forms of the names found (see above): the spellings in a bracket right after a name, the
    initials before a bracket that holds it (and again wherever they stand for it), and a nickname the text
    gives. Only the names with a bracket at either side are looked at closely (a roster of thousands of
    names pays one match per name)."""
    text = doc.text
    if "（" not in text and "(" not in text and "「" not in text and '"' not in text:
        return []
    hits, before_hits = [], []
    for c in found:
        if c.score < ev.WARN:
            continue
        m = _BRACKET_AFTER_NAME.match(text, c.end)
        before = text[max(0, c.start - 5):c.start]
        k = _INITIALS_BEFORE_BRACKET.search(text, max(0, c.start - 14), c.start) if ("（" in before or "(" in before) else None
        if m or k:
            hits.append((c, m, k))
        if before[-1:] in ("（", "(") and text[c.end:c.end + 1] in ("）", ")"):
            before_hits.append(c)
    top = max((c.score for c in found), default=0.0)
    nicknames = list(_NICKNAME.finditer(text)) if top >= ev.WARN else []
    if not hits and not nicknames and not before_hits:
        return []
    is_common = getattr(doc._analyser, "is_common_noun", None)
    taken = _Intervals()
    for c in found:
        taken.add(c.start, c.end)
    out = []
    for c, m, k in hits:
        if m:
            name = text[c.start:c.end]
            # (a spelling in another script than the name's: a romaji name's bracket holds its role — Ms. Laura Kim
            # (Regional Sales, …) —, a katakana name's bracket its country)
            romaji_name, katakana_name = name.isascii(), _KATAKANA_ALIAS.fullmatch(name) is not None
            kana_name = _KANA_NAME_FORM.fullmatch(name) is not None
            pos = m.start("c")
            for piece in _ALIAS_SEPARATOR.split(m.group("c")):
                a = pos + len(piece) - len(piece.lstrip(" 　"))
                b = pos + len(piece.rstrip(" 　"))
                pos += len(piece) + 1
                word = text[a:b]
                d = _INITIALS_DEFINED.search(word)
                if d and not taken.overlaps(a + d.start("a"), a + d.end("a")):
                    # 田代 公子 氏（78歳・独居、以下「T.K.氏」）: the initials the text will call her by
                    out.append(Candidate("PERSON", a + d.start("a"), a + d.end("a"), c.score, REASONS["person.alias"]))
                    taken.add(a + d.start("a"), a + d.end("a"))
                    continue
                if b - a < 2 or taken.overlaps(a, b):
                    continue
                if (not romaji_name and _ROMAJI_ALIAS.fullmatch(word) and not _ACRONYM.fullmatch(word)) \
                        or (not katakana_name and _KATAKANA_ALIAS.fullmatch(word) and not (is_common and is_common(word))) \
                        or _HANGUL_ALIAS.fullmatch(word) or _OTHER_SCRIPT_ALIAS.fullmatch(word) \
                        or (romaji_name and " " in name.strip() and _HAN_NAME_ALIAS.fullmatch(word) and not _ORG_END.search(word)
                            and not (is_common and is_common(word)) and word not in NOT_GIVEN) \
                        or (kana_name and _KANJI_ALIAS.fullmatch(word) and not any(
                            _ORG_END.search(p) or p in NOT_GIVEN or p in _SLOT_SET or p in _ROLE_SET for p in word.split())):
                    # (below the name's own score: a spelling another path reads as a name keeps its own reason
                    # and the repeats that reason brings — Ryota Kanbara … Kanbara君)
                    out.append(Candidate("PERSON", a, b, min(c.score, _ALIAS_SCORE), REASONS["person.alias"]))
                    taken.add(a, b)
        if k and not taken.overlaps(k.start("a"), k.end("a")):
            initials = k.group("a")
            # (and wherever the initials stand for the person again: T氏は…, K・Mさんの…)
            for r in re.finditer(re.escape(initials) + r"(?=[ 　]?(?:氏|さん|様|（|\())", text):
                if not taken.overlaps(r.start(), r.end()) and (r.start() == 0 or not text[r.start() - 1].isalpha()):
                    out.append(Candidate("PERSON", r.start(), r.end(), c.score, REASONS["person.alias"]))
                    taken.add(r.start(), r.end())
    out += _spellings_before_brackets(text, before_hits, taken)
    # a nickname the text gives someone (友達からは「みなっち」と呼ばれている, 本人は「ゆずぽん」と名乗る): in a text
    # that names a person, it is that person's other name
    for m in nicknames:
        a, b = m.span("n")
        if not taken.overlaps(a, b):
            out.append(Candidate("PERSON", a, b, min(top, _ALIAS_SCORE), REASONS["person.alias"]))
            taken.add(a, b)
    return out


# a family name in Latin letters and a given name in kanji (Brandt 健, Silva 大翔): a staff member or a resident of
# mixed heritage, counted in a role's or a name's slot, or before an honorific, when the analyser reads the kanji as a
# given name
_LATIN_FAMILY_KANJI_GIVEN = compile_fast(r"(?<![A-Za-z])[A-Z][a-z]{2,15}[ 　](?P<g>[一-龥々]{1,3})(?![一-龥々ぁ-ゖァ-ヺ])")


def _said_again(text: str, part: str, pos: int, end: int, honorific_only: bool):
    """Where a name's Japanese part said again at text[pos:end] ends, or None when it is no mention of the person:
    a word of its own; a one-character part or one that counts only with an honorific needs it after (or, for one
    kanji, its reading in brackets: 桜井 悠 … 悠（はるか）より — masked with it)."""
    if not _word_boundary(text, pos, end):
        return None
    if len(part) == 1 or honorific_only:
        rd = _READING_AFTER.match(text, end) if len(part) == 1 else None
        if rd is not None:
            return rd.end()
        if not any(text.startswith(h, end) for h in HONORIFICS):
            return None
    if honorific_only and _PLACEHOLDER.search(part):
        # not part of a bigger word (中村 in 中村橋 is one token, so it fails above); the other parts were kept
        # only if they are no placeholder
        return None
    return end


def _latin_family_kanji_given(doc: Document, toks: list) -> list:
    text = doc.text
    out = []
    for m in (_LATIN_FAMILY_KANJI_GIVEN.finditer(text) if _LATIN_CAPITAL_THEN_SPACE.search(text) else ()):
        a = m.start()
        role = _role_left(text, a)
        slot = None if role else _slot_before(text, a)
        honor = _HONOR_AFTER.match(text, m.end())
        if not (role or slot or honor) or m.group().split()[0].capitalize() in _EN_STOP:
            continue
        i = bisect_left(doc.token_starts, m.start("g"))
        if i >= len(toks) or toks[i].start != m.start("g") or toks[i].end != m.end("g") or not toks[i].is_person_name:
            continue
        sig = _slot_and_role(slot, role)
        if honor:
            sig["honor"] = HONORIFICS.get(honor.group(1), honor.group(1))
        out.append(_Name(a, m.end(), m.group().split()[0], m.group("g"), "shape", sig))
    return out


_LATIN_CAPITAL_THEN_SPACE = compile_fast(r"[A-Z][a-z]{2,15}[ 　][一-龥々]")


def _spellings_before_brackets(text: str, found: list, taken: "_Intervals") -> list:
    """The spelling in another script right before the bracket that holds each found name (see
    _SPELLING_BEFORE_BRACKET)."""
    out = []
    for c in found:
        b = _SPELLING_BEFORE_BRACKET.search(text, max(0, c.start - 60), c.start)
        if not b or taken.overlaps(b.start("a"), b.end("a")):
            continue
        word = b.group("a")
        if word.isascii() and (text[c.start:c.end].isascii()
                               or any(w.capitalize() in _EN_STOP or w.capitalize() in _EN_NOT_NAME for w in word.split())):
            continue  # (Contact Person (…), Project Manager (…): English words, not the name's spelling)
        out.append(Candidate("PERSON", b.start("a"), b.end("a"), min(c.score, _ALIAS_SCORE), REASONS["person.alias"]))
        taken.add(b.start("a"), b.end("a"))
    return out


def _honorific_after(text: str, toks: list, j: int, name: _Name):
    """(index of the token after the name, its surface, the honorific said of the name or None, the
    reading in brackets after the name or None): the honorific right after (one space allowed), after a
    reading in brackets (蒼（あおい）さん), after the bracket the name is a reading in （わたなべ みなと）くん, or
    after the quote the name stands in (「渡邉 彌生」さん)."""
    n = len(toks)
    k = j
    if k < n and _is_space(toks[k]) and len(toks[k].surface) <= 2:
        k += 1
    follow = toks[k].surface if k < n else ""
    honor = HONORIFICS.get(follow)
    if follow and not honor and follow in ("さ", "ちゃ") and k + 1 < n:
        honor = HONORIFICS.get(follow + toks[k + 1].surface)
    rd = _reading_at(text, name.start, name.end)
    if honor:
        return k, follow, honor, rd
    if rd:
        hm = _HONOR_AFTER.match(text, rd.end())
    elif text[max(0, name.start - 2):name.start].strip(" 　")[-1:] in ("（", "("):
        hm = _CLOSE_THEN_HONOR.match(text, name.end)
    elif text[max(0, name.start - 1):name.start] in ("「", "『") and text[name.end:name.end + 1] in ("」", "』"):
        hm = _HONOR_AFTER.match(text, name.end + 1)
    else:
        hm = None
    return k, follow, HONORIFICS[hm.group(1)] if hm else None, rd


def _loanwords_only(doc: Document, sur, given: list) -> bool:
    """A katakana pair whose every word the dictionary holds as a common noun (トナー カートリッジ, ｺﾋﾟｰ ﾖｳｼ):
    goods or terms, not a name; a name's kana the dictionary does not hold (ケンモチ ミノル) stays one."""
    is_common = getattr(doc._analyser, "is_common_noun", None)
    return bool(is_common) and all(is_common(x.surface) for x in (sur, *given))


def _straddles_common_noun(doc: Document, sur, given: list) -> bool:
    """An unspaced surname + given name whose boundary cuts a common noun: Sudachi's 日平+均 is 日 +
    平均 (「日平均 70μg」), 小林+業 would be 小 + 林業. The surname's last character with the whole given
    name is a dictionary common noun, so the run is more likely words than a name."""
    is_common = getattr(doc._analyser, "is_common_noun", None)
    gs = "".join(g.surface for g in given)
    return bool(is_common and len(sur.surface) >= 2 and _KANJI_ONLY.fullmatch(gs) and is_common(sur.surface[-1] + gs))


def _care_of_after_address(doc: Document) -> list:
    """The surname before 方 right after a reported address."""
    out = []
    for c in doc.candidates:
        if c.type != "JP_ADDRESS" or c.score < ev.WARN:
            continue
        m = _CARE_OF.match(doc.text, c.end)
        if m:
            out.append(Candidate("PERSON", m.start("s"), m.end("s"), max(c.score, ev.BLOCK), REASONS["person.care_of"]))
    return out


def _given_name_on_next_line(doc: Document, found: list) -> list:
    """The given name of a surname reported at a line's end, when the next line opens with it."""
    out = []
    text = doc.text
    for c in found:
        if " " in text[c.start:c.end] or "　" in text[c.start:c.end]:
            continue
        m = _GIVEN_OPENING_LINE.match(text, c.end)
        if not m:
            continue
        g0, g1 = m.span("g")
        k = bisect_left(doc.token_starts, g0)
        tok = doc.tokens[k] if k < len(doc.tokens) and doc.tokens[k].start == g0 else None
        if tok is None or not (_is_mei(tok) or tok.pos[2] == "人名"):
            continue
        out.append(Candidate(c.type, g0, g1, c.score, c.reason))
    return out


# 石原 このは（いしはら このは）: a name, then its reading with the kana given name again (_reading_names)
_SPELLED_READING_HINT = compile_exists(r"[（(][ 　]?[ぁ-ん]{2,6}[ 　][ぁ-ん]")  # (asked first: the pattern starts at any kanji)
# a name's reading in two parts right before the bracket that holds the name in kanji
_KANA_BEFORE_BRACKET = compile_fast(r"(?<![ぁ-んァ-ヶー])(?P<r>[ぁ-ん]{2,6}[ 　][ぁ-ん]{2,6}|[ァ-ヶ][ァ-ヶー]{1,5}[ 　][ァ-ヶ][ァ-ヶー]{1,5})[ 　]?[（(]$")
_SPELLED_OUT_READING = compile_fast(
    r"(?<![一-龥々〆ヶ])(?P<k>[一-龥々〆ヶ]{1,4}[ 　](?P<g>[ぁ-ん]{2,4}))[ 　]?[（(][ 　]?(?P<r>[ぁ-ん]{2,6}[ 　](?P=g))[ 　]?[）)]")
# a legal-entity mark with the name joined to it by letters only (株式会社利根川建工, (有)あかね建設): the "name" is part
# of the company's; a title after the mark (株式会社代表取締役山田太郎) ends the company's name, and so does a particle
# ((有)みどり造園の津久井 由佳: the company's person), so neither is such a join
_IN_COMPANY_NAME = compile_fast(r"(?:株式会社|有限会社|合同会社|合資会社|[(（][株有][)）])[一-龥ぁ-んァ-ヶー]{0,8}$(?<!取締役)(?<!社長)(?<!代表)(?<!会長)(?<!理事)(?<!部長)(?<!課長)(?<!店長)(?<![のがはをにとで])")


def _dictionary_given(toks, j: int, doc: Document) -> bool:
    """Token j, after a tagged and spaced family name, is a given name the context made a common word (孝: filial
    piety) where the name ends — the dictionary holds it as a given name too (「市民課 蓮見 孝」); not a word of a list
    that goes on after a blank (須田 東 公民館)."""
    return bool(j < len(toks) and _KANJI_ONLY.fullmatch(toks[j].surface) and 1 <= len(toks[j].surface) <= 3
                and toks[j].pos[0] == "名詞" and toks[j].surface not in TITLES
                and dictionary_holds_name_part(doc, toks[j].surface, "名") and _terminates(toks, j + 1, True)
                and not _another_word_after_a_blank(toks, j + 1))


@register
class PersonDetector(Detector):
    type = "PERSON"
    reads = _PII_TYPES  # a name next to an address, a phone, an identifier … counts more

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        toks = doc.tokens
        brackets = "（" in text or "(" in text
        # 1. candidates: every path only finds names and the signals around them
        cands = self._kanji_kana_names(doc, toks)
        cands += self._shape_names(doc, toks) + _latin_family_kanji_given(doc, toks)
        cands += kana.kana_given_names(doc, toks) + kana.katakana_family_kanji_given(doc, toks)
        cands += kana.foreign_katakana(doc, toks)
        cands += kana.labelled_kana_names(doc)
        cands += kana.labelled_names(doc)
        cands += tables.table_names(text)
        cands += tables.kana_name_columns(doc)
        if "\"" in text or "'" in text or "name" in doc.lower:
            cands += tables.keyed_names(doc)
        cands += tables.split_name_cells(doc, toks)
        cands += tables.kana_account_names(doc)
        cands += romaji.romaji_names(doc)
        if brackets:
            cands += self._reading_names(doc, toks)
            cands += self._kana_with_kanji_alias(doc)
            cands += self._self_in_brackets(doc)
        # 2.-3. vetoes and scores, in one place for all paths
        names = stages.judge(doc, cands)
        if brackets:
            names = _dedupe(names)
            names += self._readings_of(doc, toks, [n for n in names if n.score >= ev.WARN])
        names = _dedupe(names)
        # the vetoes and the cap that look at the reading that won its span
        names = stages.judge_merged(doc, names)
        names = tables.list_siblings(doc, toks, names)
        out = [Candidate(self.type, n.start, n.end, min(n.score, 1.0), stages.render(n.why))
               for n in names if n.score >= ev.WARN]
        aliases = _aliases(doc, out)
        out += aliases
        # (an alias's words are said again too: 神原 涼太（Ryota Kanbara）… Kanbara君)
        alias_names = [_Name(a.start, a.end, "", "", "alias") for a in aliases]
        for a, nm in zip(aliases, alias_names):
            nm.score = a.score
        out += self._repeats(doc, toks, [n for n in names if n.score >= ev.WARN] + alias_names, out)
        out += _names_in_personal_mail(doc)
        out += _names_spelled_in_a_mail_beside(doc, out)
        out += _kanji_above_latin(doc, out)
        out += _given_name_on_next_line(doc, out)
        out += _care_of_after_address(doc)
        out += _spellings_after_slash(doc, out)
        return out

    # -- kanji / kana names from Sudachi tokens ----------------------------------------
    def _kanji_kana_names(self, doc: Document, toks: list) -> list[_Name]:
        text = doc.text
        found: list[_Name] = []
        n = len(toks)
        # One pass: the tokens tagged as names, and — 「係の吉野主査が」 — a place-tagged kanji word
        # right before a staff title, after の / a separator: many surnames are also place names to
        # Sudachi (吉野, 高崎); read as a surname, it then needs the title.
        hits = []
        for k in doc.proper_nouns:  # (人名 and 地名 are proper nouns: the other tokens do nothing here)
            t = toks[k]
            p2 = t.pos[2]
            if p2 == "人名":
                hits.append(k)
            elif p2 == "地名" and k + 1 < n and toks[k + 1].surface in _AFTER_PLACE_AS_SURNAME and _place_as_surname(toks, k):
                hits.append(k)  # (「連絡先：石川様」: a place takes no 様; a surname read as a place does)
            elif k + 1 < n and toks[k + 1].surface in HONORIFICS and _KATAKANA.fullmatch(t.surface):
                hits.append(k)  # (「ﾅｶｼﾞﾏ様 090-…」: a katakana proper noun addressed, asked below)
        if _HAN_BEFORE_HONORIFIC.search(text):  # 张伟さん: common-noun tokens, so not among the proper nouns
            starts = doc.token_starts
            for m in _HAN_BEFORE_HONORIFIC.finditer(text):
                k = bisect_left(starts, m.start())
                if k + 1 < n and starts[k] == m.start() and toks[k + 1].surface in HONORIFICS and _han_name(toks[k]):
                    hits.append(k)
            hits.sort()
        if _KATA_PAIR.search(text):  # katakana pairs Sudachi did not tag (ケンモチ ミノル)
            starts = doc.token_starts
            for m in _KATA_PAIR.finditer(text):
                k = bisect_left(starts, m.start())
                if k < n and starts[k] == m.start():
                    hits.append(k)
            hits.sort()
        i = 0
        for i0 in hits:
            if i0 < i:
                continue
            i = i0
            t = toks[i]
            name = None
            if t.pos[2] == "地名" and i + 1 < n and toks[i + 1].surface in _AFTER_PLACE_AS_SURNAME:
                name = _Name(t.start, t.end, t.surface, "", "surname")  # before a staff title or 様 (above)
                name._next = i + 1  # type: ignore[attr-defined]
            elif _is_sei(t) or (_KATAKANA.match(t.surface) and i + 2 < n and _is_space(toks[i + 1])
                                and _KATAKANA.match(toks[i + 2].surface)) or _katakana_surname_with_honorific(toks, i, text):
                name = self._from_surname(toks, i, doc)
                if name is not None and name.kind == "surname" and dictionary_holds_name_part(doc, t.surface, "名"):
                    # (高砂 由美: a name the dictionary reads first as a family name, after a spaced word that is not one —
                    # the given name of that word's family)
                    before = self._from_given(toks, i, doc)
                    name = before if before is not None and before.kind == "given_sei" else name
            elif _is_mei(t):
                name = self._from_given(toks, i, doc)
            elif _is_whole_name(t) or _han_name(t):
                name = _Name(t.start, t.end, t.surface, "", "whole")
                name_end = i + 1
                name.end = t.end
                name._next = name_end  # type: ignore[attr-defined]
            if name is None or not _KANA_KANJI.match(text[name.start:name.end].replace(" ", "")):
                i += 1
                continue
            if _KATA_CH.match(text, name.start) and _kana_company(text, name.start, name.end):
                i = max(getattr(name, "_next", i + 1), i + 1)
                continue
            nxt = getattr(name, "_next", i + 1)
            name.sig, name.path = self._signals(doc, toks, nxt, name), "morphology"
            found.append(name)
            i = max(nxt, i + 1)
        return found

    def _from_surname(self, toks, i, doc):  # noqa: C901 (one pass over the name's tokens)
        t, n = toks[i], len(toks)
        spaced = i + 1 < n and _is_space(toks[i + 1]) and len(toks[i + 1].surface) <= 2 and "\n" not in toks[i + 1].surface
        j = i + 2 if spaced else i + 1
        given, tentative, katakana = [], False, bool(_KATAKANA.match(t.surface))
        while j < n and len(given) < 3:
            g = toks[j]
            if g.surface in NOT_GIVEN:
                break
            if _is_mei(g) and _BRACKETED.match(g.surface):
                given.append(_cut_bracket(g))  # Sudachi's one-token 「ゆう子（パート）」
                j += 1
                break
            if _is_mei(g) and (not katakana or _KATAKANA.match(g.surface)):
                given.append(g)
                j += 1
                # 「荻野 悠人さん」: Sudachi reads 悠 as the name and 人 as a suffix; a one-kanji suffix
                # right before an honorific or the end of the name belongs to the given name
                if (not katakana and j + 1 < n and toks[j].pos[0] == "接尾辞" and len(toks[j].surface) == 1
                        and _KANJI_ONLY.fullmatch(toks[j].surface) and not _PLACE_SUFFIX.match(toks[j].surface)
                        and len(g.surface) <= 2
                        and (toks[j + 1].surface in HONORIFICS or toks[j + 1].surface[:1] in _TERMINATORS)):
                    given.append(toks[j])
                    j += 1
                    break
                continue
            if katakana and spaced and not given and _KATAKANA.match(g.surface) and 2 <= len(g.surface) <= 6:
                given, tentative, j = [g], True, j + 1
                break
            break
        if not (spaced or katakana) and (_glued_katakana_given(toks, j) or _is_sei(t) and _glued_hiragana_given(toks, j)):
            given, tentative, j = [toks[j]], True, j + 1  # 「小林トメと申します」「佐藤ハナさん」「新井ひなさん」
        if spaced and not given and not katakana and _dictionary_given(toks, j, doc):
            given, j = [toks[j]], j + 1  # 「市民課 蓮見 孝」: 孝 read as filial piety (_dictionary_given)
        # untagged pieces after a spaced surname or a partial given name: 野口 心+春ちゃん, 須藤 ゆかり
        if (spaced or given) and not katakana:
            pieces, k = _untagged_pieces(toks, j, spaced, sum(len(x.surface) for x in given))
            if pieces:
                given, tentative, j = given + pieces, True, k
        if (not given and not katakana and j + 1 < n
                and ((spaced and (toks[j + 1].surface in HONORIFICS or _SELF_INTRO_END.match(doc.text, toks[j].end)))
                     or _NAMES_ITSELF.match(doc.text, toks[j].end))
                and _KANJI_ONLY.fullmatch(toks[j].surface) and len(toks[j].surface) <= 2
                and toks[j].pos[0] not in ("助詞", "助動詞", "接尾辞") and toks[j].surface not in TITLES):
            # 「新井 颯さん」「宮下 剛です。」: 颯 (an adverb), 剛 (an adjective) before an honorific or です: the given name
            # (unspaced too when the person names themself: 「星野蒼といいます」)
            given.append(toks[j])
            tentative = True
            j += 1
        if (spaced and not given and not katakana and j < n and toks[j].is_place_name
                and _KANJI_ONLY.fullmatch(toks[j].surface) and 1 <= len(toks[j].surface) <= 3
                and _terminates(toks, j + 1, spaced)):
            # 「新井 瑞穂、」: a given name that is also a place name (瑞穂, 千里, 和泉) after a spaced
            # surname; tentative, so it still needs an honorific, a slot or personal data nearby
            given.append(toks[j])
            tentative = True
            j += 1
        if (spaced and not given and not katakana and j < n and _is_sei(toks[j])
                and _KANJI_ONLY.fullmatch(toks[j].surface) and len(toks[j].surface) <= 2
                and _terminates(toks, j + 1, spaced) and not (j + 1 < n and _is_space(toks[j + 1]))):
            # 「須田 湊（被害）」「中島 美和です」: a given name Sudachi tags as a surname (湊, 翼, 東, 美和, 千尋)
            # after a spaced surname, where the name ends; tentative, so it still needs a private signal
            given.append(toks[j])
            tentative = True
            j += 1
        if katakana and not given and not spaced and _katakana_surname_with_honorific(toks, i, doc.text):
            given, katakana = [], False  # 「サトウ様」: a surname alone, read as 佐藤様 is (below)
        if katakana and (_not_a_katakana_name(t, given, toks, j) or _loanwords_only(doc, t, given)):
            return None
        if given and not spaced and not katakana and _straddles_common_noun(doc, t, given):
            return None
        if katakana and not (_is_sei(t) or any(_is_mei(g) for g in given)):
            tentative = True
        end = given[-1].end if given else t.end
        name = _Name(t.start, end, t.surface, "".join(g.surface for g in given),
                     ("full" if not tentative else "tentative") if given else "surname")
        name._next = j if given else i + 1  # type: ignore[attr-defined]
        if katakana:
            name.kind = "katakana" if tentative else "full"
        return name

    def _from_given(self, toks, i, doc):
        """A given name whose surname Sudachi did not tag (楫取 素彦, 前橋 太郎) or that stands alone."""
        t = toks[i]
        start = t.start
        sei = ""
        k = i - 1
        if k >= 0 and _is_space(toks[k]) and len(toks[k].surface) <= 2 and "\n" not in toks[k].surface:
            k -= 1
        spaced = k == i - 2
        if k >= 0 and toks[k].pos[0] == "名詞" and _KANA_KANJI.match(toks[k].surface) \
                and 1 <= len(toks[k].surface) <= 3 and toks[k].surface not in NOT_GIVEN \
                and toks[k].surface not in _SLOT_SET and toks[k].pos[1] != "数詞" and toks[k].pos[2] != "副詞可能":
            prev = toks[k - 1].surface if k >= 1 else ""
            if not prev or prev[-1:] in " \n：:、。（(「|は がをにのと" or _SLOT_RX.search(prev[-6:] + "") \
                    or _POLITE_END_BEFORE.search(doc.text, max(0, toks[k].start - 4), toks[k].start):
                sei = toks[k].surface
                start = toks[k].start
        if not sei and spaced and len(t.surface) >= 2 and _KANJI_CH.search(t.surface):
            # a rare surname Sudachi does not know (四十物, 十八女, 勘解由小路) before a spaced, clearly
            # tagged given name (健一郎): the kanji run of 1-5 characters standing before the space
            run = self._kanji_run_before(toks, k)
            if run:
                sei, start = "".join(x.surface for x in run), run[0].start
        if not sei and t.surface in NOT_GIVEN:
            return None  # 「…受給者 等」: 等 (etc.) alone, which Sudachi also knows as the given name Hitoshi
        if not sei and t.start and doc.text[t.start - 1] in _CHECKBOX_MARKS:
            return None  # 「□有（要介護　）□無」: a form's option after its box, which Sudachi knows as the given name Tamotsu
        if sei and not spaced and sei + t.surface in TITLES:
            return None  # 「保健師さん」 cut 保 + 健師 (a given name): the job, addressed
        end = t.end
        j = i + 1
        # (「よろしくお願いします。⏎石倉 光太郎」: the context made 石倉 a stone store; spaced before a tagged given
        # name, a word the dictionary holds as a family name too is the family name — a full name; or a place: 生田 久美;
        # but not the city's own sample name, 前橋 太郎, which stays as the context read it)
        full = bool(sei and spaced and start == toks[k].start
                    and dictionary_holds_name_part(doc, sei, "姓") and sei + t.surface not in _SAMPLE_NAMES)
        name = _Name(start, end, sei, t.surface, "full" if full else "given_sei" if sei else "given")
        name._next = j  # type: ignore[attr-defined]
        return name

    @staticmethod
    def _kanji_run_before(toks, k: int):
        """The whole kanji word ending at token k (四十物, 十八+女): 1-5 kanji in at most 3 tokens,
        nouns (a number only as its first part), no title/slot/role/time word, not preceded by kanji."""
        run, length = [], 0
        while k >= 0 and len(run) < 3:
            x = toks[k]
            if not _KANJI.match(x.surface) or length + len(x.surface) > 5:
                break
            run.insert(0, x)
            length += len(x.surface)
            k -= 1
        if not run or (k >= 0 and _KANJI_CH.match(toks[k].surface[-1:])):
            return None
        for idx, x in enumerate(run):
            if (x.surface in NOT_GIVEN or x.surface in _SLOT_SET or x.surface in _ROLE_SET or x.surface in TITLES
                    or x.surface in _SHAPE_NOT_GIVEN or x.pos[2] in ("副詞可能", "助数詞", "助数詞可能") or x.is_place_name
                    and len(run) > 1 or (x.pos[1] == "数詞" and (idx > 0 or len(run) == 1))
                    or x.pos[0] not in ("名詞", "接尾辞") or (x.pos[0] == "接尾辞" and idx == 0)):
                return None
        return run

    @staticmethod
    def _signals(doc: Document, toks: list, j: int, name: _Name) -> dict:
        """What is around the name (signal id -> True or the word its reason quotes): an honorific or
        a title after it, a reading, an age or a private bracket, an organisation word, a slot or a
        role word before it, personal data and bank words near; whether it is a listed figure and,
        if so, whether a private circumstance is said of it."""
        text = doc.text
        n = len(toks)
        kind = name.kind
        short = kind in ("surname", "given", "whole")
        k, follow, honor, rd = _honorific_after(text, toks, j, name)
        after = rd.end() if rd else name.end
        age = _AGE_AFTER.match(text, after)
        # a reading in two parts (せがわ あおい) after a name in two parts: the name is spelled out
        reading_br = bool(rd and not short and " " in text[name.start:name.end].replace("　", " ")
                          and _TWO_PART_READING.fullmatch(rd.group("r").strip(" 　")))
        org = follow in ORG_SUFFIX or (follow and k < n and toks[k].is_place_name is False
                                       and toks[k].pos[1] == "普通名詞" and follow in ORG_SUFFIX)
        if k < n and not honor and follow not in TITLES and j == k and toks[k].pos[0] == "接尾辞" \
                and follow not in HONORIFICS:
            org = True
        if _IN_COMPANY_NAME.search(text, max(0, name.start - 12), name.start):
            org = True  # 株式会社利根川建工: a company's name the analyser split into a place and a "name"
        if (text[name.end:name.end + 1] in ("町", "村", "線") and " " not in text[name.start:name.end]
                and "\u3000" not in text[name.start:name.end] and not (k < n and toks[k].is_person_name)):
            org = True  # 上佐鳥町地内, 荒牧関根線: a town's or a road's name the analyser read as a surname and a given name
        sig = {"honor": honor, "child_honor": bool(honor) and honor in CHILD_HONORIFICS,
               "private_honor": bool(honor) and honor not in ("先生", "氏"),
               # (a title Sudachi splits before 。: 係+長 for 係長)
               "title": not honor and (follow in TITLES or (k + 1 < n and follow + toks[k + 1].surface in TITLES)),
               "org": bool(org), "age": bool(age),
               "private_br": bool(age or _PRIVATE_BRACKET.match(text, after)), "kind_" + kind: True,
               "reading_br": reading_br,
               "class_slot": not short and bool(_CLASS_BEFORE.search(text, max(0, name.start - 12), name.start)),
               "named_as": _NAMED_AS.match(text, after) is not None
               or (_CALLER_SELF.match(text, after) is not None
                   and not _ORG_BEFORE_SELF.search(text, max(0, name.start - 8), name.start))
               or (_SELF_INTRO.match(text, after) is not None
                   and _PLACE_BEFORE_SELF.search(text, max(0, name.start - 8), name.start) is not None)
               # (a full name its bearer gives, with no office before it: 「はじめまして、星野蒼といいます」 — staff
               # give their office: 総務課の田中太郎と申します)
               or (kind in ("full", "tentative") and _SELF_INTRO.match(text, after) is not None
                   and not _ORG_BEFORE_SELF.search(text, max(0, name.start - 8), name.start))
               # (a full name after 私は, said by its bearer: わたしは 三輪 このみ です)
               or (not short and said_by_bearer(text, name.start, after))
               # (a full name opening a quoted letter or a line, said by its bearer: 「宮下 剛です。…)
               or (not short and _opens_a_self_introduction(text, name.start, name.end)
                   and _SELF_INTRO_END.match(text, after) is not None)}
        slot_m = _slot_before(text, name.start)
        if slot_m:
            # (the word before a bracket: 「被害生徒A（2年・」 shows as 生徒A)
            word = re.split(r"[(（]", slot_m.group(0), maxsplit=1)[0].strip(" :：|｜=＝のは")
            sig["slot"], sig["relation_slot"] = word[:8], word in _RELATION_SLOTS
        else:
            role_no = _role_no(text, name.start)
            if role_no and not short:
                sig["role"] = role_no.group(0).strip(" 　の")[-6:]
        pii = _near_pii_type(doc, name.start, name.end)
        if pii == "DATE_OF_BIRTH" and PersonDetector._figure(sig, text, name):
            pii = None  # 「大谷翔平選手（1994年7月5日生まれ）」: a famous person's birthday is public
        if pii:
            sig["pii"] = _PII_LABEL[pii]
            sig["pii_id_boost"] = not short and pii in _ID_TYPES
            sig["pii_boost"] = (pii not in _ID_TYPES) if not short else bool(honor or slot_m)
        sig["bank"] = bool(kind in ("katakana", "tentative", "full") and _BANK_CONTEXT.search(
            text[max(0, name.start - 40):name.start]))
        sig["relation_br"] = not age and bool(_RELATION_BRACKET.match(text, after))
        # a private person's circumstances in a bracket (須田 湊（被害）, 北爪 亮介（無職）), no age or relation
        sig["private_circ_br"] = bool(not age and not sig["relation_br"] and (
            _PRIVATE_BRACKET.match(text, after) or sensitive_bracket(text, after)))
        sig["case_fact"] = bool(kind in ("surname", "whole") and sig["private_honor"]
                                and _case_fact(doc, name.start, name.end))
        # a staff member named with their title in a personnel matter (内示案, 懲戒, 服務調査): the person it is about
        sig["staff_matter"] = not short and staff_in_personnel_matter(doc, name)
        # a famous name with a private circumstance (…さんが生活保護を申請) is a person's
        sig["private_fact"] = bool(not (slot_m or pii or sig["private_br"])
                                   and (sig.get("role") or sig["private_honor"])
                                   and PersonDetector._figure(sig, text, name)
                                   and _private_fact(doc, name.start, name.end))
        return sig

    @staticmethod
    def _figure(sig: dict, text: str, name: _Name) -> bool:
        """Whether the name is a listed figure, looked up once (kept in the signal "figure" for the
        public-figure veto) and only when a signal needs it."""
        if "figure" not in sig:
            sig["figure"] = name.sei + name.mei in PUBLIC_FIGURES or _public_figure_at(text, name.start)
        return sig["figure"]

    # -- readings in brackets ------------------------------------------------------------------
    def _reading_names(self, doc: Document, toks: list) -> list[_Name]:
        """蒼（あおい）さん, 長女 蒼（あおい）: a short kanji name with its reading, which Sudachi may read
        as one noun. Counts only with an honorific after, a name slot before or an age after."""
        text = doc.text
        out: list[_Name] = []
        for m in _SPELLED_OUT_READING.finditer(text) if _SPELLED_READING_HINT.search(text) else ():
            # 石原 このは（いしはら このは）: a surname and a kana given name, then the reading of both, the given name
            # again as it is — a roster spelling out a person's name, whatever the dictionary knows of it
            k = m.group("k")
            if any(p in NOT_GIVEN or p in _SLOT_SET or p in _ROLE_SET for p in k.split()):
                continue
            out.append(_Name(m.start("k"), m.end("k"), k.split()[0], m.group("g"), "reading",
                             {"spelled": True, "twin": m.span("r")}, keys=(k,)))
        if not _BRACKETED_HIRAGANA.search(text):
            return out
        for m in _KANJI_READING.finditer(text):
            k = m.group("k")
            if k in NOT_GIVEN or k in _SLOT_SET or k in _ROLE_SET or k in _SHAPE_NOT_GIVEN:
                continue
            hm = _HONOR_AFTER.match(text, m.end())
            slot = _slot_before(text, m.start())
            age = _AGE_AFTER.match(text, m.end())
            honor = HONORIFICS[hm.group(1)] if hm else ""
            # 先生/氏/殿/宛 name someone in a role, not a private person, unless a slot or an age says so
            honor_ok = bool(hm) and (honor not in ("先生", "氏", "殿", "宛") or bool(slot or age))
            sig = {"honor": honor, "age": bool(age), "honor_ok": honor_ok,
                   "child_honor": honor_ok and honor in CHILD_HONORIFICS}
            if slot:
                sig["slot"] = slot.group(0).strip(" :：|｜=＝のは(（")[:8]
            sig["twin"] = m.span("r")  # the reading is part of the name: judged with it
            out.append(_Name(m.start("k"), m.end("k"), k, m.group("r"), "reading", sig, keys=(k,)))
        return out

    @staticmethod
    def _alias_at(doc: Document, end: int):
        """The person's name in kanji in brackets after a name and its honorific, if there is one
        (unspaced, it must open with a family name the dictionary tags as one: 張偉, not 林業)."""
        text = doc.text
        am = _ALIAS_IN_BRACKETS.match(text, end)
        if not am:
            return None
        k = am.group("k")
        if " " not in k and "　" not in k:
            toks = doc.tokens
            i = bisect_left(doc.token_starts, am.start("k"))
            if i >= len(toks) or toks[i].start != am.start("k") or toks[i].pos[2] != "人名":
                return None
        if any(p in NOT_GIVEN or p in _SLOT_SET or p in _ROLE_SET for p in k.split()):
            return None
        return am

    def _kana_with_kanji_alias(self, doc: Document) -> list[_Name]:
        """パクさん（朴 志勲、…）: a katakana name with an honorific, spelled in kanji in the brackets
        after it; both are the name (the honorific and the spelling say so together)."""
        text = doc.text
        out: list[_Name] = []
        for m in _KANA_WITH_ALIAS.finditer(text):
            am = self._alias_at(doc, m.end())
            if not am:
                continue
            sig = {"honor": "さん", "honor_ok": True, "child_honor": False, "twin": am.span("k")}
            out.append(_Name(m.start("kana"), m.end("kana"), m.group("kana"), am.group("k"), "reading", sig,
                             keys=(m.group("kana"),)))
        return out

    @staticmethod
    def _self_in_brackets(doc: Document) -> list[_Name]:
        """私（荻窪正隆）: the writer's own name in brackets after 私 — a spaced pair, or kanji holding a
        token the dictionary tags as a person's name."""
        out: list[_Name] = []
        for m in _SELF_IN_BRACKETS.finditer(doc.text):
            k = m.group("k")
            parts = k.split()
            if any(p in NOT_GIVEN or p in _SLOT_SET or p in _ROLE_SET for p in parts):
                continue
            if len(parts) < 2 and not _person_token_in(doc, *m.span("k")):
                continue
            out.append(_Name(m.start("k"), m.end("k"), parts[0], parts[-1] if len(parts) > 1 else "", "shape",
                             {"slot": "私"}, keys=(k,)))
        return out

    def _readings_of(self, doc: Document, toks: list, names: list[_Name]) -> list[_Name]:
        """The reading after a reported name (五十嵐 蒼（いがらし あおい）), and the kanji name before a
        reported reading: both are the name."""
        text = doc.text
        out: list[_Name] = []
        for nm in names:
            am = self._alias_at(doc, nm.end)
            if am:
                r = _Name(am.start("k"), am.end("k"), nm.sei, nm.mei, "reading")
                r.score, r.why = nm.score, [("person.kanji_alias", {})]
                out.append(r)
            kb = _KANA_BEFORE_BRACKET.search(text, max(0, nm.start - 16), nm.start) if nm.start and text[nm.start - 1] in "(（" else None
            if kb:
                # きりゅう みのり（桐生 実里）: the reading written first, the kanji name in the bracket after it
                r = _Name(kb.start("r"), kb.end("r"), nm.sei, nm.mei, "reading")
                r.score, r.why = nm.score, [("person.reading_of", {})]
                out.append(r)
            rd = _reading_at(text, nm.start, nm.end)
            if rd:
                r = _Name(rd.start("r"), rd.end("r"), nm.sei, nm.mei, "reading")
                r.score, r.why = nm.score, [("person.reading_of", {})]
                out.append(r)
                continue
            if not re.fullmatch(r"[ぁ-んァ-ヶー]+(?:[ 　・][ぁ-んァ-ヶー]+)?", text[nm.start:nm.end]):
                continue
            # (the reading may go on past the reported part: いしはら このは） with only いしはら reported)
            tail = _READING_TAIL.match(text, nm.end, nm.end + 12)
            if not tail:
                continue
            km = _KANJI_BEFORE_READING.search(text, max(0, nm.start - 14), nm.start)
            if not km:
                continue
            kanji = km.group("k")
            parts = kanji.split()
            if any(p in NOT_GIVEN or p in _SLOT_SET or p in _ROLE_SET or _SLOT_RX.search(p) for p in parts):
                continue
            # a spaced pair, or a kanji run Sudachi reads as (part of) a name
            if len(parts) < 2 and not _person_token_in(doc, *km.span("k")):
                continue
            k = _Name(km.start("k"), km.end("k"), parts[0], parts[-1] if len(parts) > 1 else "", "reading")
            k.score, k.why = nm.score, [("person.kanji_of_reading", {})]
            out.append(k)
            if tail.group("g"):
                g = _Name(tail.start("g"), tail.end("g"), nm.sei, tail.group("g"), "reading")
                g.score, g.why = nm.score, [("person.reading_of", {})]
                out.append(g)
        return out

    # -- "surname-like + given-name-like" in a strong slot ------------------------------------
    def _shape_given(self, toks: list, j: int) -> tuple[list, int]:
        """The given name after the space: 1-2 noun tokens, at most 4 characters, then the name
        ends. Returns the tokens and the index after them."""
        given, glen = [], 0
        while j < len(toks) and len(given) < 2:
            g = toks[j]
            # (a one-kanji given name the dictionary reads as another word — 唯 a conjunction, 只 an
            # adverb — counts when it alone ends the name: 藤枝 唯（ふじえだ ゆい）)
            lone_kanji = (not given and len(g.surface) == 1 and _KANJI.match(g.surface) is not None
                          and g.pos[0] in _LONE_GIVEN_POS and self._shape_ends(toks, j + 1))
            # (and a one-kanji suffix inside it: 陽+向, read as a name and a suffix)
            suffix_kanji = (bool(given) and len(g.surface) == 1 and _KANJI.match(g.surface) is not None
                            and g.pos[0] == "接尾辞")
            # (… and a one-kanji prefix opening it before a one-kanji noun: 心+愛 in 町田 心愛ちゃん)
            prefix_kanji = (not given and len(g.surface) == 1 and _KANJI.match(g.surface) is not None
                            and g.pos[0] == "接頭辞" and j + 1 < len(toks) and len(toks[j + 1].surface) == 1
                            and _KANJI.match(toks[j + 1].surface) is not None and toks[j + 1].pos[0] == "名詞")
            if (not _KANA_KANJI.match(g.surface) or g.surface in NOT_GIVEN or g.surface in _ROLE_SET
                    or g.surface in _SLOT_SET or g.surface in _SHAPE_NOT_GIVEN
                    or (g.pos[0] != "名詞" and not lone_kanji and not suffix_kanji and not prefix_kanji)
                    or g.pos[1] == "数詞" or glen + len(g.surface) > 4):
                break
            given.append(g)
            glen += len(g.surface)
            j += 1
            if self._shape_ends(toks, j):
                break
        return given, j

    @staticmethod
    def _shape_is_name(sur: list, given: list, gs: str, honor=None, also_name=None) -> bool:
        """Whether surname tokens + given-name tokens make a name by their tags and shape."""
        sei_tag = len(sur) == 1 and _is_sei(sur[0])
        place = len(sur) == 1 and sur[0].is_place_name
        if any(_is_mei(g) for g in given):
            return True
        if (honor and len(sur) == 1 and len(given) == 2 and _KANJI.fullmatch(sur[0].surface)
                and all(len(g.surface) == 1 for g in given) and _KANJI.fullmatch(gs)):
            # 片貝 湊斗さん: a given name the dictionary does not know falls apart into single
            # kanji (湊 + 斗); a word it knows (業者, 担当) stays one token, so the split is the sign
            return True
        if len(sur) == 1 and sur[0].surface in _HAN_SURNAMES and _KANJI.match(gs) and len(gs) <= 2:
            return True  # 张 伟 / 朴 志勲: a Chinese or Korean family name the dictionary may not tag
        if len(given) == 1 and len(gs) == 1 and _KANJI.match(gs):
            # 目黒 亮, 日本橋 航; and 佐川 湊くん, a family name the dictionary knows as a name among its other readings,
            # with an honorific after the one-kanji given name
            return bool(sei_tag or place or (honor and len(sur) == 1 and also_name is not None and also_name(sur[0].surface)))
        if len(given) == 1 and given[0].is_place_name and _KANJI.match(gs):
            # 東海林 隼人; and 志賀 瑞穂, both read as places, where the dictionary knows the given name as a name too
            return bool(sei_tag or place and also_name is not None and also_name(gs))
        if re.fullmatch(r"[ぁ-ん]{2,4}", gs):
            return bool(sei_tag or place)
        return False

    def _shape_names(self, doc: Document, toks: list) -> list[_Name]:
        """会長 六本木 剛 / 担当 東海林 隼人 / 書記：御徒町 光: Sudachi tags the surname as a place or
        does not know it, or the given name as a place or a common noun. The shape alone is weak;
        it counts only in a strong slot: after a role word, after a name slot, before an honorific."""
        text = doc.text
        out: list[_Name] = []
        if " " not in text:
            return out
        starts = doc.token_starts
        also_name = getattr(doc._analyser, "is_also_person_name", None)
        for m in _SPACED_PAIR.finditer(text):
            a, sp = m.start(), m.end() - 1
            role = _role_left(text, a) or _role_no(text, a)
            # (a pupil's class or roll number before the name is a slot too: 2年3組の / 16番)
            slot = None if role else (_slot_before(text, a) or _CLASS_BEFORE.search(text, max(0, a - 12), a))
            # (and a name its bearer introduces: 社会部の浅見 遼と申します)
            intro = _SELF_INTRO.search(text, sp, sp + 12)
            if intro is None and _opens_a_self_introduction(text, a, sp + 1):
                intro = _SELF_INTRO_END.search(text, sp, sp + 12)  # (日向 明日香です。 opening a line or a greeting)
            bracket_near = "（" in text[sp:sp + 7] or "(" in text[sp:sp + 7]
            if not (role or slot or intro or bracket_near or _HONOR_NEAR.search(text, sp, sp + 9)):
                continue
            i = bisect_left(starts, a)
            if i >= len(toks) or starts[i] != a:
                continue
            k = bisect_left(starts, sp, i)
            if k >= len(toks) or starts[k] != sp or toks[k].surface != " ":
                continue
            sur = toks[i:k]
            if not sur or any(t.surface in NOT_GIVEN or t.surface in _ROLE_SET or t.surface in _SLOT_SET
                              or t.surface in _SHAPE_NOT_GIVEN for t in sur):
                continue
            if sur[-1].pos[1] == "数詞" or (len(sur) == 1 and sur[0].pos[0] != "名詞") \
                    or any(t.pos[2] == "副詞可能" for t in sur):
                continue
            given, j = self._shape_given(toks, k + 1)
            # (a name its bearer gives ends at です too: 日向 明日香です。)
            if not given or not (self._shape_ends(toks, j) or intro and j < len(toks) and intro.start() == toks[j].start):
                continue
            honor = self._honorific_at(toks, j)
            intro = intro if intro and j < len(toks) and intro.start() == toks[j].start else None
            sei = "".join(t.surface for t in sur)
            gs = "".join(g.surface for g in given)
            # 大類 颯（おおるい はやて）: both parts spelled out in kana, each at least as long as its kanji, after a
            # family name no common word and before a given name no place (a glossary's 国語 算数（こくご さんすう）
            # and 東京 大阪（とうきょう おおさか） stay words)
            reading = _SHAPE_READING.match(text, given[-1].end) if bracket_near else None
            reading = reading if (reading and len(reading.group("s")) >= len(sei) and len(reading.group("g")) >= len(gs)) else None
            # (both parts spelled out after a name slot, a role or before an honorific: a person's name, however common
            # its words — 申込者：日向 勇気（ひゅうが ゆうき）)
            reading = reading if (reading and (slot or role or honor or all(t.pos[1] != "普通名詞" for t in sur)
                                               and not any(g.is_place_name for g in given))) else None
            # (or a private contact in the bracket after a surname the dictionary tags: 藤井 颯（私用携帯 070-…）)
            private = bool(bracket_near and len(sur) == 1 and _is_sei(sur[0])
                           and _PRIVATE_BRACKET.match(text, given[-1].end))
            if not (role or slot or honor or intro or reading or private):
                continue
            if not (self._shape_is_name(sur, given, gs, honor, also_name) or reading
                    or intro and len(sur) == 1 and also_name is not None and also_name(sur[0].surface) and also_name(gs)
                    # (委任者：高砂 明日香　前橋市…: after a name slot, with personal data beside it, a given name the
                    # dictionary knows as a name too — 明日香, a place and a given name — is one here)
                    or (slot or role) and also_name is not None and also_name(gs)
                    and _near_pii_type(doc, a, given[-1].end) is not None):
                continue
            if sei in TITLES or sei in _ROLE_SET or _PUBLIC_OFFICE_WORD.fullmatch(sei):
                continue  # 「知事 山本一太氏」: the title is not a surname
            sig = _slot_and_role(slot, role)
            if intro:
                sig["named_as"] = True
            if reading:
                sig["reading_br"] = True
            if private:
                sig["private_br"] = True
            if honor:
                sig["honor"] = honor
            out.append(_Name(a, given[-1].end, sei, gs, "shape", sig))
        return out

    @staticmethod
    def _shape_ends(toks, j: int) -> bool:
        if j >= len(toks):
            return True
        f = toks[j].surface
        if _is_space(toks[j]) and len(f) <= 2 and j + 1 < len(toks) and toks[j + 1].surface in HONORIFICS:
            return True  # 张 伟 さん: a space before the honorific
        return (f in HONORIFICS or f in TITLES or f in _NAME_END_PARTICLES or f[:1] in _TERMINATORS
                or f.startswith(("さま", "ちゃ")))

    @staticmethod
    def _honorific_at(toks, j: int):
        if j < len(toks) and _is_space(toks[j]) and len(toks[j].surface) <= 2:
            j += 1
        if j >= len(toks):
            return None
        f = toks[j].surface
        h = HONORIFICS.get(f)
        if not h and f in ("さ", "ちゃ") and j + 1 < len(toks):
            h = HONORIFICS.get(f + toks[j + 1].surface)
        return h

    # -- lists: the other items of a list in which one item is a reported name ------------------









    # -- bank-transfer kana: half-width ｼﾓﾀﾞ ｹｲｺ (NFKC leaves ﾀﾞ as タ + a combining mark) ---------



    # -- tables / CSV with a column headed 氏名 -------------------------------------------



    # -- romaji ---------------------------------------------------------------------------







    # -- repetitions: the surname or given name of a reported name, used again -------------------
    # (a given name in kanji right after a repeated family name, where a name ends)
    def _repeats(self, doc: Document, toks: list, names: list[_Name], already: list[Candidate]) -> list[Candidate]:
        text = doc.text
        parts: dict[str, tuple[float, str]] = {}
        honorific_only: set = set()
        for nm in names:
            for part in {nm.sei, nm.mei, text[nm.start:nm.end]}:
                part = part.strip()
                if not part or _PLACEHOLDER.search(part):
                    continue
                if len(part) < 2 and not re.match(r"[一-龥]", part):
                    continue
                if part not in parts or parts[part][0] < nm.score:
                    parts[part] = (nm.score, nm.why[0] if nm.why else "")
            whole = text[nm.start:nm.end]
            if whole.isascii() and " " in whole.strip():
                # NGUYEN THI HONG NHUNG … Nhung さん: one word of a romaji name again, in title case, with
                # an honorific after it or Mr./Ms. before it
                for piece in whole.split():
                    if len(piece) >= 3 and piece.isalpha():
                        for form in {piece, piece.title()}:
                            if form not in parts:
                                parts[form] = (nm.score, "")
                                honorific_only.add(form)
            if "・" in whole and _KATA_CH.match(whole):
                # ヌエン・ティ・ラン: a piece of a foreign name, repeated with an honorific (ランさん)
                for piece in whole.split("・"):
                    if len(piece) >= 2 and piece not in parts:
                        parts[piece] = (nm.score, "")
                        honorific_only.add(piece)
        if not parts:
            return []
        surnames = {nm.sei.strip() for nm in names if nm.sei and len(nm.sei.strip()) >= 2 and nm.sei.strip() != nm.mei.strip()}
        for sur, form in _kana_forms(doc, surnames, text):
            # 高木 文子さん … たかぎさん: the family name again in kana, as chats and notes write it
            if form not in parts:
                parts[form] = parts.get(sur, (ev.BLOCK, ""))
                honorific_only.add(form)
        covered = _Intervals()
        for c in already:
            if not covered.overlaps(c.start, c.end):
                covered.add(c.start, c.end)
        out: list[Candidate] = []
        occurs = all_starts(text, parts)
        for part in sorted(parts, key=len, reverse=True):
            score, _ = parts[part]
            ascii_part = part.isascii()
            at = occurs[part]  # every start of the part, overlapping ones too
            k = 0
            while k < len(at):
                pos = at[k]
                end = pos + len(part)
                if not covered.overlaps(pos, end):
                    if ascii_part:
                        # (an ASCII name glued to Japanese — Brennan氏, はSmithさん — still stands alone)
                        ok = (pos == 0 or not ASCII_ALNUM.match(text, pos - 1)) and (
                            end >= len(text) or not ASCII_ALNUM.match(text, end))
                        if ok and part in honorific_only:
                            ok = (_HONOR_AFTER.match(text, end) is not None
                                  or _TITLE_BEFORE_ASCII.search(text, max(0, pos - 6), pos) is not None)
                    else:
                        said = _said_again(text, part, pos, end, part in honorific_only)
                        ok = said is not None
                        end = said if ok else end
                    if ok:
                        if part in surnames:
                            # a family name used again with a given name the analyser reads as a
                            # common word (新井 光子 after ｱﾗｲ ﾐﾂｺ: 光子 is also "photon"): the given
                            # name is masked with it
                            g = _GIVEN_AFTER_REPEAT.match(text, end)
                            if g and not covered.overlaps(end, g.end("g")):
                                end = g.end("g")
                        out.append(Candidate(self.type, pos, end, score, REASONS["person.repeat"]))
                        covered.add(pos, end)
                k = bisect_left(at, end, k + 1)  # = text.find(part, end)
        return out + _latin_reading_names(doc, names)

