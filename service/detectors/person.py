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
"""
from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from typing import Optional
from bisect import bisect_left

from .. import lexicon
from ..labels import REASONS
from .fastre import compile_fast
from . import register
from .base import Candidate, Detector, Document
from . import evidence as ev

PUBLIC_FIGURES = lexicon.joined("public_figures")
# loanwords and place/product words that are never part of a katakana name (ワーク・ライフ・バランス)
KATAKANA_NOT_NAME = frozenset(lexicon.words("person.katakana_not_name"))

HONORIFICS = {"様": "様", "さま": "様", "さん": "さん", "氏": "氏", "君": "君", "くん": "くん",
              "ちゃん": "ちゃん", "殿": "殿", "先生": "先生", "宛": "宛", "宛て": "宛"}
CHILD_HONORIFICS = set(lexicon.words("person.child_honorifics"))
# Job titles after a surname (山田課長): a staff member named by surname.
TITLES = frozenset(lexicon.words("person.titles"))
# Words that end a would-be name: organisations, places, families (鈴木建設, 佐藤家, 田中商店).
ORG_SUFFIX = frozenset(lexicon.words("person.org_suffix"))
# Given-name-shaped tokens that are in fact common nouns after a surname.
NOT_GIVEN = TITLES | ORG_SUFFIX | frozenset("様 さん 氏 君 くん ちゃん 殿 先生 宛 御中 各位 方 ら 達 等 さま".split())

# Name slots: labels and relations right before a name.
_SLOT_WORDS = sorted(lexicon.words("person.slot_words"), key=len, reverse=True)
_SLOT_RX = compile_fast(r"(?:" + "|".join(map(re.escape, _SLOT_WORDS)) + r")"
                      r"(?:名)?\s*(?:[:：|｜=＝]\s*|の\s*|は\s*)?"
                      r"(?:(?:母|父|夫|妻|長男|長女|次男|次女|祖母|祖父|息子|娘)\s*[:：]?\s*)?$")
_SLOT_SET = frozenset(_SLOT_WORDS)
# Role words that head a name in lists and minutes (出席：会長 ＸＸ ＸＸ、副会長 …, 担当 …).
_ROLE_WORDS = sorted(lexicon.words("person.role_words"), key=len, reverse=True)
_ROLE_LEFT = compile_fast(r"(?:^|[\s、,，:：・/|｜(（\[［【の])[A-Za-z一-龥]{0,4}?(?:" + "|".join(_ROLE_WORDS) +
                        r")[ ]*[:：=]?[ ]*$")
_ROLE_SET = frozenset(_ROLE_WORDS)
# a role word joined to the name by の inside prose (書記の吉永 沙織さん, 担任の…先生, 通訳の…さん):
# the role must be a whole word (not 秘書記の), and may stand anywhere in a long text
_ROLE_NO = compile_fast(r"(?<![一-龥々〆ヶ])(?:" + "|".join(_ROLE_WORDS) + r")の[ ]?$")


# a private person's circumstances said about a (famous) name in the same sentence: a famous
# athlete's name is public, 「大谷翔平さんが生活保護の相談に来庁」 is about a private person
_PRIVATE_FACT = compile_fast(r"生活保護|滞納|督促|差押|通院|入院中|診断書|病歴|既往歴|障害者手帳|療育手帳|要介護|介護認定|"
                             r"債務整理|自己破産|離婚調停|虐待|DV|相談に来|来庁|窓口に来|住民票|戸籍|課税証明|"
                             r"所得証明|申請書|受給|扶養|世帯|転入|転出")


def _private_fact(doc: Document, start: int, end: int) -> bool:
    return _LazySentence(doc, start, end).search(_PRIVATE_FACT) is not None


def _role_no(text: str, start: int):
    return _ROLE_NO.search(text, max(0, start - 12), start)
# a spaced "surname given" pair of kana/kanji runs (the shape is then checked on Sudachi's tokens)
_SPACED_PAIR = compile_fast(r"(?<![一-龥々〆ヵヶぁ-ねは-んァ-ヶー])[一-龥々〆ヵヶ][一-龥々〆ヵヶッノ]{0,3} (?=[一-龥々ぁ-んァ-ヶ])")
# ordinary words that are not a given name after a role word (担当 前橋 地区, 会長 高崎 支部)
_SHAPE_NOT_GIVEN = frozenset(lexicon.words("person.shape_not_given"))
_HONOR_NEAR = compile_fast(r"様|さま|さん|氏|君|くん|ちゃん|殿|先生|宛")
_NAME_END_PARTICLES = frozenset(lexicon.words("person.name_end_particles"))
_PLACEHOLDER = compile_fast(r"[〇○●◯×＊*□■△▲?？_＿]|^\[.*\]$|^［.*］$|^(?:氏名|名前|なまえ|姓名|姓|名)$")
_SAMPLE_NAMES = frozenset(lexicon.words("person.sample_names"))
# the characters of a story, a cartoon or a picture book: not private persons
_FICTION_WORKS = compile_fast(r"登場人物|キャラクター|アニメ|漫画|マンガ|物語|小説|童話|絵本|昔話|作品中|主人公")
_SAMPLE_CONTEXT = compile_fast(r"例|見本|サンプル|記入|架空|ダミー|テスト|ひな形|雛形|仮名")
# words saying the names in a sentence are made up (「田中さん、佐藤さんのような仮名で例文を」)
_FICTIONAL_CONTEXT = compile_fast(r"仮名|架空|ダミー|例文|記入例|のような名前|などの名前|名前の例|(?:サンプル|見本|例)(?:の|として)?(?:名前|氏名)")
# words that make a name a sample only right next to it (見本：山田 花子); anywhere in a long
# sentence (「書記の吉永さんから、議事録のひな形を作りたいとの提案」) they are about documents
_FICTIONAL_NEAR = compile_fast(r"サンプル|見本|ひな形|雛形|テンプレート")


# 前橋市's districts and a few town names that Sudachi splits like surname + given name
# (下川淵, 南橘): in a table of districts they are places.
_LOCAL_PLACES = frozenset(lexicon.words("person.local_places"))


def _made_up(doc: Document, name) -> bool:
    """Whatever found it: a sample name (前橋 花子, ヤマダ タロウ) with a sample word within 200
    characters before (「架空の記入例です」), or a character named in a sentence about a story or a
    cartoon (「登場人物…磯野波平（54歳）」) with no personal data near."""
    text = doc.text
    flat = text[name.start:name.end].replace(" ", "").replace("　", "")
    if flat in _LOCAL_PLACES and not _HONOR_NEAR.match(text, name.end):
        return True  # a district of the city, not a person
    if flat in _SAMPLE_NAMES and _SAMPLE_CONTEXT.search(text, max(0, name.start - 200), name.end + 20):
        return True
    if _HONOR_NEAR.match(text, name.end):
        return False  # 「小此木 沙耶さんが…キャラクターを」: a person with an honorific is a real person
    sentence = _LazySentence(doc, name.start, name.end)
    if not (sentence.search(_FICTION_WORKS) or _FICTION_WORKS.search(text, max(0, name.start - 60), name.start)):
        return False
    return _near_pii(doc, name.start, name.end) is None and not _SLOT_RX.search(text[max(0, name.start - 14):name.start])


# a surname slot filled with a placeholder word (テスト 太郎, サンプル ジロウ, ダミー 花子): dummy data
_DUMMY_SURNAME = compile_fast(r"^(?:テスト|サンプル|ダミー|見本|ミホン|例|仮|架空)[ 　]")


def _kata(s: str) -> str:
    return s.translate(_HIRA_TO_KATA)  # ぁ..ゖ → ァ..ヶ, one C-level pass


_HIRA_TO_KATA = {c: c + 0x60 for c in range(ord("ぁ"), ord("ゖ") + 1)}


def _sample_name(doc: Document, name) -> bool:
    """A made-up name of a form or of test data: a placeholder word as the surname, or a listed
    sample name (also written as its kana reading: まえばし たろう) with a sample word near."""
    text = doc.text
    if _DUMMY_SURNAME.match(text[name.start:name.end]):
        return True
    flat = _kata(text[name.start:name.end].replace(" ", "").replace("　", ""))
    return flat in _SAMPLE_NAMES and bool(_SAMPLE_CONTEXT.search(text, max(0, name.start - 200), name.end + 20))


# A person named in a public or business capacity (a school principal signing a greeting, a
# professor introduced as a lecturer, a company's representative or a vendor's salesperson on a
# business card, the staff member in charge on a department's contact line): their name is not
# private information, but it is still a name, so at most a warning — never a block.
_CAPACITY_ACADEMIC = compile_fast(r"(?:学校長|校長|園長|学長|総長|名誉教授|特任教授|客員教授|准教授|教授)[ 　・]?$")
_CAPACITY_CORP = compile_fast(r"(?:株式会社|有限会社|合同会社|[(（]株[)）]|[(（]有[)）]|法人|組合)[^\n。]{0,30}?"
                              r"(?:代表取締役(?:社長|会長)?|取締役(?:社長)?|代表理事|理事長|代表社員|執行役員|社長|"
                              r"(?:営業|総務|技術|開発|企画|販売|業務|管理)(?:本?部|課)[ 　]*(?:主任|係長|課長|部長|次長|担当|"
                              r"マネージャー)?)[ 　・]?$")
_CAPACITY_DEPT = compile_fast(r"(?:課|係|室|センター|部|所|館)[^\n。]{0,12}?担当(?:者)?[ 　]*[:：][ 　]*$")
_CAPACITY_CAP = 0.60  # warn: the user confirms


def _public_capacity(doc: Document, name) -> bool:
    """The name stands after its public or business title and nothing private is said of it
    (no birth date, identifier, age, private bracket or private circumstance)."""
    text = doc.text
    line_start = text.rfind("\n", 0, name.start) + 1
    before = text[max(line_start, name.start - 50):name.start]
    if not (_CAPACITY_ACADEMIC.search(before) or _CAPACITY_CORP.search(before) or _CAPACITY_DEPT.search(before)):
        return False
    pii = _near_pii_type(doc, name.start, name.end)
    if pii == "DATE_OF_BIRTH" or pii in _ID_TYPES:
        return False
    after = name.end
    if _AGE_AFTER.match(text, after) or _PRIVATE_BRACKET.match(text, after) or _RELATION_BRACKET.match(text, after):
        return False
    return not _private_fact(doc, name.start, name.end)


def _fictional(doc: Document, sentence, start: int, end: int) -> bool:
    if sentence.search(_FICTIONAL_CONTEXT):
        return True
    return _FICTIONAL_NEAR.search(doc.text, max(0, start - 10), min(len(doc.text), end + 6)) is not None
# Holders of public office named in their office (「市長の山本龍」「小川市長」「知事の…」): the name
# of an official acting as such is public information, not a private individual's.
_PUBLIC_OFFICE = (r"(?:副?市長|副?知事|副?町長|副?村長|区長|教育長|副?議長|(?:市|県|町|村|国会)?議会?議員|"
                  r"衆議院議員|参議院議員|大臣|総理大臣|首相|総理|大統領|官房長官)")
_PUBLIC_OFFICE_WORD = re.compile(_PUBLIC_OFFICE)
_PUBLIC_OFFICE_BEFORE = compile_fast(_PUBLIC_OFFICE + r"(?:の|・|、)?[ 　]?$")
_PUBLIC_OFFICE_AFTER = compile_fast(r"[ 　]?" + _PUBLIC_OFFICE)


_FIGURE_STARTS = lexicon.figure_starts("public_figures")


def _public_figure_at(text: str, start: int) -> bool:
    """A listed figure starts here (速水堅曹 when Sudachi cut the name as 速水+堅+曹)."""
    window = text[start:start + 14].replace(" ", "").replace("\u3000", "")
    # only the lengths of the figures that start with this character: a roster asks this
    # for every name
    return any(window[:n] in PUBLIC_FIGURES for n in _FIGURE_STARTS.get(window[:1], ()) if n <= len(window))


def _reading_at(text: str, start: int, end: int):
    """The bracketed reading right after the kanji name text[start:end], if it can be its reading:
    kana, at least as long as the name (every kanji has a syllable), not a status (（パート）)."""
    if text[end:end + 2].strip(" 　")[:1] not in ("（", "("):
        return None
    rd = _READING_AFTER.match(text, end)
    if not rd:
        return None
    name = text[start:end].replace(" ", "").replace("　", "")
    reading = rd.group("r").replace(" ", "").replace("　", "").replace("・", "")
    if not _KANJI_CH.search(name) or len(reading) < len(name) or _PRIVATE_BRACKET.match(text, end) \
            or reading in KATAKANA_NOT_NAME:
        return None
    return rd


def _history_document(doc: Document) -> bool:
    """Several distinct history/culture words in the whole text (computed once per scan)."""
    v = getattr(doc, "_person_history_doc", None)
    if v is None:
        v = doc._person_history_doc = len(set(_HISTORY_DOC.findall(doc.text))) >= _HISTORY_DOC_MIN  # type: ignore
    return v


def _public_official(text: str, start: int, end: int) -> bool:
    """The name stands right after or before a public office (市長の…, …知事)."""
    return bool(_PUBLIC_OFFICE_BEFORE.search(text[max(0, start - 12):start])
                or _PUBLIC_OFFICE_AFTER.match(text, end))
PUBLIC_CONTEXT = compile_fast(
    r"小説|作品|詩集|詩人|の詩|歌集|歌人|俳人|俳句|短歌|名言|言葉|格言|歴史|時代|戦国|幕末|明治|大正|藩主|"
    r"城主|将軍|武将|天皇|首相|総理|偉人|伝記|生涯|生誕|没後|記念館|文学|作家|文豪|画家|作曲|著書|著作|"
    r"『|銅像|史跡|ゆかり|大河|自伝|思想|功績|句碑|歌碑|詩碑|逸話|肖像|紙幣|教科書|あらすじ|読書|"
    r"生糸|製糸|蚕糸|養蚕|県令|顕彰|先人|郷土史|歴史講座|藩|幕府|維新|実業家|政治家|思想家|教育者|彫刻家|文学館")
# A history/culture document: this many distinct words from the list anywhere in the text make
# names with no private-person signal public (a local-history text naming merchants and poets).
_HISTORY_DOC = compile_fast(r"明治|大正時代|江戸|幕末|戦国|藩|城主|県令|生糸|製糸|詩人|詩集|文学|歴史|偉人|先人|顕彰|"
                            r"記念館|年表|功績|生涯|郷土の|創業者|初代")
_HISTORY_DOC_MIN = 4
# Relation words (妻, 長男 …) also describe historical people's families (楫取素彦の妻): in a public
# context they are not, alone, a private-person signal.
_RELATION_SLOTS = frozenset(lexicon.words("person.relation_slots"))
# A reading in brackets right after a name (五十嵐 蒼（いがらし あおい）): part of the name.
_READING_AFTER = compile_fast(r"[ 　]?[（(][ 　]?(?P<r>[ぁ-んァ-ヶー]{1,10}(?:[ 　・][ぁ-んァ-ヶー]{1,10})?)[ 　]?[）)]")
# the kanji name before a bracketed reading that was found first (… 蒼（いがらし あおい）)
_KANJI_BEFORE_READING = compile_fast(r"(?<![一-龥々〆ヶ])(?P<k>[一-龥々〆ヶ]{1,4}(?:[ 　][一-龥々〆ヶ]{1,4})?)[ 　]?[（(][ 　]?$")
# a one-word kanji name with its reading, Sudachi reading both as one noun (蒼（あおい）さん)
_KANJI_READING = compile_fast(r"(?<![一-龥々〆ヶ])(?P<k>[一-龥々〆ヶ]{1,3})[（(](?P<r>[ぁ-ん]{2,8})[）)]")
# What every _KANJI_READING match holds: asked first, it spares the kanji-led scan of texts
# without a reading in brackets (nearly all of them).
_BRACKETED_HIRAGANA = re.compile(r"[（(][ぁ-ん]{2,8}[）)]")
_CLOSE_THEN_HONOR = compile_fast(r"[ 　]?[）)][ 　]?(様|さま|さん|氏|君|くん|ちゃん|殿)")
_HONOR_AFTER = compile_fast(r"[ 　]?(様|さま|さん|氏|君|くん|ちゃん|殿|先生)")
# an age in brackets after a name (山口 蓮（8歳）, 根岸 トメ（女・86歳）): a private individual
# a private person's circumstances in brackets after a name (北爪 亮介（無職）, …（中学2年）)
_PRIVATE_BRACKET = compile_fast(r"[ 　]?[（(][^（）()\n]{0,8}?(?:無職|会社員|自営業?|パート|アルバイト|主婦|年金生活|小学|中学|高校|"
                                r"小\d|中\d|高\d|在学|在籍|要介護|要支援|同居|別居|入院中|療養中)")
# a relation to the case said in a bracket right after the name: 「（母・通訳希望）」「（父）」「（本人）」
_RELATION_BRACKET = compile_fast(r"[ 　]?[（(](?:母|父|祖母|祖父|夫|妻|長男|長女|次男|次女|兄|姉|弟|妹|本人|保護者|祖父母|"
                                 r"同居人|世帯主|配偶者|代理人)(?:[)）・、,/ ]|親)")
_AGE_AFTER = compile_fast(r"[ 　]?[（(][^（）()\n年没]{0,10}?(?<![\d.])\d{1,3}[ 　]?(?:歳|才|か月|ヶ月|カ月|ヵ月)")
_SENT_BOUNDARY = compile_fast(r"[。\n！？!?]")
_KATAKANA = compile_fast(r"^[ァ-ヶー・]+$")
_KANJI = compile_fast(r"^[一-龥々〆ヶ]+$")
_KANA_KANJI = compile_fast(r"^[一-龥々〆ヶぁ-んァ-ヶー]+$")
_PII_TYPES = ("JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "JP_MY_NUMBER",
              "JP_RESIDENT_CODE", "JP_DRIVER_LICENSE", "JP_PASSPORT", "JP_RESIDENCE_CARD",
              "JP_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "JP_BANK_ACCOUNT")
_BANK_CONTEXT = compile_fast(r"口座|預金|普通|当座|名義|振込|振替|支店|銀行|信用金庫|信金|農協|ゆうちょ")

# -- tables: a column headed 氏名 -------------------------------------------------------
_NAME_HEADERS = frozenset(lexicon.words("person.name_headers"))

# a column heading rather than a value (the cell right of 氏名 in a header row: 住所, 電話番号 …)
_HEADER_LIKE = compile_fast(r"(?:番号|日|先|所|名|欄|者|区分|種別|コード|年齢|性別|備考|住所|電話|メール|生年月日|期間|資格|"
                            r"学年|組|所属|続柄|職業|国籍|内容|項目|状況|金額|時間|(?i:name|address|phone|tel|e-?mail|date|no\.?))$")
# the value cell next to a 氏名 label: a name, optionally followed by its reading in brackets
_KV_VALUE = compile_fast(r"[ 　\"]*(?P<n>[A-Za-z一-龥々〆ヶぁ-んァ-ヶー][A-Za-z一-龥々〆ヶぁ-んァ-ヶー'・ 　\-]{0,30}?)[ 　]*"
                         r"(?:[（(][ 　]*(?P<r>[A-Za-zぁ-んァ-ヶー][A-Za-zぁ-んァ-ヶー'・ 　\-]{0,30}?)[ 　]*[）)])?[ 　\"]*$")

_KV_NOT_NAME = compile_fast(r"する|こと|場合|表記|参照|不要|記入|記載|必要|以下|以上|のみ|くださ|です|ます|自署|同上|未定|"
                            r"不明|なし|無し|省略|別紙|課$|係$|部$|室$|局$|会社|市$|町$|村$|センター|協会")


def _kv_name_like(val: str) -> bool:
    """A table value that can be a person's name: 1-4 romaji words that are not organisation or
    phrase words, or a short kana/kanji name (at most two parts of up to 6 characters)."""
    if val.isascii():
        words = val.replace("-", " ").split()
        return 1 <= len(words) <= 4 and all(w.isalpha() and w.capitalize() not in _EN_STOP
                                            and w.capitalize() not in _EN_NOT_NAME for w in words)
    # kanji/kana: the Sudachi rules see 氏名｜ as a name slot; here only the shapes they miss — a
    # katakana name, or a spaced "surname given" pair
    parts = val.replace("　", " ").split()
    if _KV_NOT_NAME.search(val) or not 1 <= len(parts) <= 3 or any(len(p) > 6 for p in parts):
        return False
    if all(_KATAKANA.match(p) for p in parts):
        return len(val.replace(" ", "")) >= 2
    return len(parts) == 2 and all(_KANA_KANJI.match(p) for p in parts) and parts[-1] not in ORG_SUFFIX


# -- romaji ---------------------------------------------------------------------------
_W = r"[A-Z][a-zA-Z'\-]+"
_PARTICLE = r"(?:de|da|del|dela|della|van|von|der|bin|binti|dos|das|le|la|al)"
_NAME_EN = rf"{_W}(?:[ ]+(?:{_W}|{_PARTICLE}(?=[ ]+[A-Z]))){{0,3}}"
_EN_STOP = frozenset(lexicon.words("person.en_stop"))
# a name after an English label, in any case, with accented letters and particles (Ana Paula
# Yoshida, João dos Santos, MARIA CLARA SANTOS)
_LW = r"[A-Z\u00C0-\u00DE\u0100-\u024F][A-Za-z\u00C0-\u024F'’]+(?:-[A-Za-z\u00C0-\u024F]+)?"
_LNAME = rf"{_LW}(?:[ ]+(?:{_LW}|(?i:{_PARTICLE})(?=[ ]+[A-Z\u00C0-\u00DE])))" + "{1,4}"
_PARTICLES_EN = frozenset(lexicon.words("person.particles_en"))
# common given names of English-, Portuguese- and Spanish-speaking residents (Ana Paula, John Michael)
_WESTERN_GIVEN = frozenset(lexicon.words("person.western_given"))
# product and brand words that follow a Name:/Contact: label in catalogues (Name: Surface Pro)
_EN_PRODUCT = frozenset(lexicon.words("person.en_product"))
# labels before a colon (lower case; "goes to" is covered by "to")
_LABELS_EN = lexicon.words("person.labels_en")
_LNAME_AT = re.compile(rf"(?P<n>{_LNAME})")


@dataclass(frozen=True)
class _Ctx:
    """What an English name context is and how its matches are checked (properties, not a
    comparison of the Japanese reason)."""
    reason: str  # reason id (labels.REASONS)
    strict: bool = False  # rejected as a whole when any word is an organisation/place/phrase word
    label: str = ""  # "colon" / "plain": a name after an English label, checked by _label_name
    header: bool = False  # a mail header line: product and place words are no name (Name: Galaxy Tab)
    one_word: bool = False  # a single word may be the name (Mr. Smith)
    signature: bool = False  # a name line over a contact line: scored by _signature_score
    slot: bool = False  # a name slot: a famous name there is still a person (account holder)


_ROMAJI_CONTEXT = [
    (compile_fast(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ ]+(?P<n>(?:[A-Z]\.[ ]?)?{_NAME_EN})"), _Ctx("person.romaji.title", one_word=True)),
    (compile_fast(rf"\bDear[ ]+(?P<n>{_W}(?:[ ]+{_W}){{1,3}})"), _Ctx("person.romaji.dear")),
    (compile_fast(rf"(?im)^[ \t>]*(?:from|to|cc|name|sender|attn|contact|applicant|payee)[ \t]*[:：][ \t]*(?P<n>{_NAME_EN})"),
     _Ctx("person.romaji.mail_header", header=True)),
    (compile_fast(rf"(?i:account[ ]holder|holder(?:'s)?[ ]name|account[ ]name|name[ ]of[ ](?:the[ ])?account"
                rf"|beneficiary|payee|applicant)[ ]*[:：,]?[ ]*(?P<n>{_NAME_EN})"), _Ctx("person.romaji.account_holder", slot=True)),
    (compile_fast(rf"(?P<n>{_NAME_EN})[ ]*(?:氏|さん|様|さま|殿|くん|ちゃん)"), _Ctx("person.romaji.jp_honorific")),
    (compile_fast(rf"(?i:my[ ]name[ ]is|contact[ ]person|person[ ]in[ ]charge|name[ ]of[ ]applicant)[ ]*[:：]?[ ]*(?P<n>{_NAME_EN})"),
     _Ctx("person.romaji.contact_person")),
    (compile_fast(rf"(?i:regards|sincerely|best|thanks|thank[ ]you|yours|cheers|respectfully|cordially|warmly|wishes"
                rf"|gratitude)[ ]*[,.!]?[ ]*\n(?:[ \t]*\n)?[ \t]*(?P<n>{_LW}(?:[ ]+{_LW}){{1,3}})[ ]*[\"”’']?[ ]*$", re.M),
     _Ctx("person.romaji.mail_signature", strict=True)),
    (compile_fast(rf"(?i:regards|sincerely|cheers|respectfully|cordially|yours[ ]truly|best[ ]wishes)[ ]*,[ ]*"
                rf"(?P<n>{_W}(?:[ ]+{_W}){{1,3}})[ ]*(?=$|[.\n\"”'])", re.M),
     _Ctx("person.romaji.closing_signature", strict=True)),
    (compile_fast(rf"(?:\b(?i:i[ ]am|i['’]m|this[ ]is|my[ ]name['’]s|call[ ]me|it['’]s|here[ ]is))[ ]+"
                rf"(?P<n>{_W}(?:[ ]+{_W}){{1,3}})(?![ ]*[A-Z0-9])"),
     _Ctx("person.romaji.self_introduction", strict=True)),
    (compile_fast(rf"(?m)^[ \t>]*(?P<n>{_W}(?:[ ]+{_W}){{1,2}})[ \t]*\n[ \t>]*"
                rf"(?:(?i:e-?mail|mail|tel|phone|mobile|cell|home|office|fax|m|t|e)\b[^\n:：]{{0,8}}[:：.]?[ \t]*)?"
                rf"(?:[\w.+\-]+@[\w\-]+\.[\w.\-]+|\+?\d[\d\-() ]{{8,}}\d)"),
     _Ctx("person.romaji.signature_block", strict=True, signature=True)),
    (compile_fast(rf"(?P<n>{_NAME_EN})[ ]*<[^<>@\s]+@"), _Ctx("person.romaji.mail_display_name", slot=True)),
    (compile_fast(rf"(?:氏名|名前|名義|相談者|申請者|対象者|保護者)[ ]*[:：]?[ ]*(?P<n>{_NAME_EN})"), _Ctx("person.romaji.name_field", slot=True)),
    # Japanese honorifics written in English: "Tanaka-san", "Yamada-sensei"
    (compile_fast(rf"\b(?P<n>{_W})-(?:san|sama|sensei|kun|chan|shi|dono)\b"), _Ctx("person.romaji.san")),
    # a label with a colon anywhere in a line, in any case (It goes to: …, PAYABLE TO: …, Contact: …)
    (compile_fast(rf"(?i:\b(?:goes[ ]to|go[ ]to|payable[ ]to|made[ ]out[ ]to|addressed[ ]to|attention|attn\.?|"
                  rf"contact|name|full[ ]name|to|recipient|addressee|payee|sender|from))[ \t]*[:：][ \t]*(?P<n>{_LNAME})"),
     _Ctx("person.romaji.label_colon", label="colon")),
    # the same labels without a colon (payable to Ana Paula Yoshida)
    (compile_fast(rf"(?i:\b(?:goes[ ]to|payable[ ]to|made[ ]out[ ]to|addressed[ ]to|attention(?:[ ]of)?|attn\.?))"
                  rf"[ ]+(?P<n>{_LNAME})"), _Ctx("person.romaji.label", label="plain")),
    # a person introduced by their role: "our new ALT, Chloe Whitfield, who joins …"
    (compile_fast(rf"(?i:\b(?:our|the|a|an|my|your|new)[ ](?:new[ ])?(?:ALT|CIR|assistant[ ]language[ ]teacher|teacher|"
                  rf"instructor|coordinator|intern|trainee|colleague|exchange[ ]student|student|volunteer|caseworker|"
                  rf"translator|interpreter))[ ]*,?[ ]+(?P<n>{_LW}(?:[ ]+{_LW}){{1,3}})(?=[ ]*(?:,|\.|$|[ ](?:who|from|will|is|has|joins|joined)\b))",
                  re.M),
     _Ctx("person.romaji.role_intro")),
    # a message signed after a dash at its end: "… Was I charged? — Liam O'Sullivan" (dashes are '-' once normalised)
    (compile_fast(rf"(?:^|[ \t])-{{1,2}}[ ]?(?P<n>{_LW}(?:[ ]+{_LW}){{1,3}})[ ]*[\"”’']?[ ]*$", re.M),
     _Ctx("person.romaji.dash_signature")),
]
# cheap checks that say whether each context pattern can match at all
_ROMAJI_PREFILTER = [  # substrings of the lower-cased text, or a regex on the text
    ("mr", "ms", "miss", "dr", "prof", "mx"),
    ("dear",),
    compile_fast(r"(?im)^[ \t>]*(?:from|to|cc|name|sender|attn|contact|applicant|payee)[ \t]*[:：]"),
    ("holder", "account name", "name of", "beneficiary", "payee", "applicant"),
    compile_fast(r"[a-zA-Z][ ]*(?:氏|さん|様|さま|殿|くん|ちゃん)"),
    ("my name is", "contact person", "person in charge", "name of applicant"),
    ("regards", "sincerely", "best", "thanks", "thank you", "yours", "cheers", "respectfully", "cordially",
     "warmly", "wishes", "gratitude"),
    ("regards", "sincerely", "cheers", "respectfully", "cordially", "yours truly", "best wishes"),
    ("i am", "i'm", "i’m", "this is", "my name's", "my name’s", "call me", "it's", "it’s", "here is"),
    compile_fast(r"\n[ \t>]*(?:[A-Za-z][^\n:：]{0,8}[:：.]?[ \t]*)?(?:[\w.+\-]+@|\+?\d[\d\-() ]{8,}\d)"),
    compile_fast(r"[a-zA-Z][ ]*<[^<>@\s]+@"),
    compile_fast(r"(?:氏名|名前|名義|相談者|申請者|対象者|保護者)[ ]*[:：]?[ ]*[A-Z]"),
    ("-san", "-sama", "-sensei", "-kun", "-chan", "-shi", "-dono"),
    (":", "："),  # (the keyword scan below is cheap; a case-insensitive regex over the text is not)
    ("goes to", "payable to", "made out to", "addressed to", "attention", "attn"),
    ("alt", "cir", "teacher", "instructor", "coordinator", "intern", "trainee", "colleague", "student", "volunteer",
     "caseworker", "translator", "interpreter"),
    compile_fast(r"-[ ]?[A-Z\u00C0-\u00DE]"),
]
# keywords each context pattern starts with: the pattern is tried only where one occurs in the
# lower-cased text (a case-insensitive alternation scanned at every position is slow); None = scan
_ROMAJI_STARTS = [
    ("mr", "ms", "miss", "dr", "prof", "mx"),
    ("dear",),
    None,
    ("account", "holder", "name of", "beneficiary", "payee", "applicant"),
    None,
    ("my name is", "contact person", "person in charge", "name of applicant"),
    ("regards", "sincerely", "best", "thanks", "thank you", "yours", "cheers", "respectfully", "cordially",
     "warmly", "wishes", "gratitude"),
    ("regards", "sincerely", "cheers", "respectfully", "cordially", "yours truly", "best wishes"),
    ("i am", "i'm", "i’m", "this is", "my name's", "my name’s", "call me", "it's", "it’s", "here is"),
    None,
    None,
    None,
    None,
    ("goes to", "go to", "payable", "made out", "addressed", "attention", "attn", "contact", "name", "full name",
     "to", "recipient", "addressee", "payee", "sender", "from"),
    ("goes to", "payable to", "made out to", "addressed to", "attention", "attn"),
    None,
    None,
]
assert len(_ROMAJI_CONTEXT) == len(_ROMAJI_PREFILTER) == len(_ROMAJI_STARTS)


def _keyword_matches(rx, text: str, low: str, words: tuple):
    """rx.match at every position where one of `words` starts in `low` (same length as text)."""
    positions = set()
    for w in words:
        p = low.find(w)
        while p != -1:
            positions.add(p)
            p = low.find(w, p + 1)
    for p in sorted(positions):
        m = rx.match(text, p)
        if m:
            yield m


_KATA_PAIR = compile_fast(r"(?<![ァ-ヶー])[ァ-ヶー]{2,} [ァ-ヶー]{2,}")
# (a ・ that is a list bullet may come before: 「・マリア・フェルナンダ・オリヴェイラ（母）」)
_KATA_DOTTED = compile_fast(r"(?<![ァ-ヶー=])(?<![ァ-ヶー][・=])(?:[ァ-ヶー]{2,}(?:[・=][ァ-ヶー]{1,}){1,3}|[ァ-ヶ](?:[・=][ァ-ヶー]{2,}){2,3})"
                            r"(?![ァ-ヶー・=])")
_KATA_HONOR = compile_fast(r"[ ]?(?:さん|様|さま|氏|くん|ちゃん|殿|先生)")
# katakana names joined by spaces (マリア サントス, グエン ティ ラン)
_KATA_SPACED = compile_fast(r"(?<![ァ-ヶー・=])[ァ-ヶー]{2,}(?:[ ][ァ-ヶー]{1,}){1,2}(?![ァ-ヶー・=]|[ ][ァ-ヶー])")
# an honorific after a katakana name, also after its romaji spelling in brackets: …（Nguyen Thi Lan）さん
_KATA_HONOR_AT = compile_fast(r"(?:[ 　]?[（(][^（）()\n]{1,30}[）)])?[ 　]?(?P<h>さん|様|さま|氏|くん|ちゃん|殿|先生)")
# a kanji surname + space + a kana given name (鷲尾 ヨシ子, 國定 てる, 五十嵐 ルナ): Sudachi cuts kana
# names into auxiliaries and particles (て+る, さ+よ), so the shape is read on the text
# (found from the space: a literal first character lets sre skip ahead; NFKC made 　 a space)
_SPACE_KANA = compile_fast(r" (?=[ぁ-ゖァ-ヺ])")
_SPACE_KATA = compile_fast(r" (?=[ァ-ヶー])")
_SEP_KATA = compile_fast(r"[・=](?=[ァ-ヶー])")
_KATA_OR_SEP = compile_fast(r"[ァ-ヶー・=]")
_KANJI_TAIL = compile_fast(r"[一-龥々〆ヶ]{1,4}$")
_KANA_GIVEN = compile_fast(r"(?P<g>(?:[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,5})(?:子|江|代|枝|美|恵|乃|世)?)"
                           r"(?=$|[ 　、。，,）)（(\n・/／:：]|様|さま|さん|氏|君|くん|ちゃん|殿|先生|が|は|の|に|を|と|も|へ|で)")
# kana words that are not a given name after a surname (担当 田中 です, 会長 佐藤 より)
_KANA_NOT_GIVEN = frozenset(lexicon.words("person.kana_not_given"))
# lists: an item "kanji surname + space + kanji/kana given name", with a bracket after it or not
_LIST_ITEM = compile_fast(r"(?<![一-龥々〆ヶぁ-んァ-ヶー])(?P<s>[一-龥々〆ヶ]{1,5})[ 　](?P<g>[一-龥々〆ヶぁ-んァ-ヶー]{1,5})"
                          r"(?![一-龥々〆ヶぁ-んァ-ヶー])(?P<b>[ 　]?[（(][^（）()\n]{0,20}[）)])?")
_LIST_BULLET = compile_fast(r"[ \t　]*(?P<k>[・\-*•●○◆◇■□▪►▶]|\d{1,2}[.)．）]|\d{1,2}(?=[ \t])|[①-⑳]|[（(]\d{1,2}[）)])[ \t　]*")
_LIST_SEP = compile_fast(r"[ 　]*(?:[、，,・/／]|と|や|及び|および)[ 　]*")
_ORG_END = compile_fast(r"(?:課|係|部|局|室|班|市|区|町|村|郡|県|所|館|園|校|会|社|店|署|院|庁|省|センター|支所|支部|本部)$")
# a word after a katakana phrase that makes it a thing, a place or an organisation (サンタ・マリア号)
_KATA_NOT_AFTER = compile_fast(r"[ ]?(?:号|社|店|語|料理|式|法|型|系|風|症|病|効果|現象|教会|聖堂|大聖堂|宮殿|城|朝|王朝|王国|"
                               r"帝国|共和国|連邦|通り|製|産|賞|杯|劇場|美術館|博物館|大学|学院|病院|銀行|財団|協会|シリーズ)")
_HEPBURN = compile_fast(r"^(?:(?:[kgsztdnhbpmr]y|sh|ch|ts|j|f|[kgsztdnhbpmrwy])?[aiueo]|n|(?<=o)h(?![aiueoy])"
                      r"|[kstpgdbc](?=[kstpgdbc]))+$")
_WHO_AFTER = compile_fast(r"[ ]*,?[ ]*(?:who|whose|whom)\b")
_CAPS_PAIR = compile_fast(r"\b(?P<a>[A-Z]{2,})[ ]+(?P<b>[A-Z][a-z]+)\b|\b(?P<c>[A-Z][a-z]+)[ ]+(?P<d>[A-Z]{2,})\b")
# English title-case words that are never part of a person's name (places, organisations, phrases)
_EN_NOT_NAME = frozenset(lexicon.words("person.en_not_name"))
_EN_LEAD = frozenset(lexicon.words("person.en_lead"))
# Common surnames of the largest foreign-resident groups (VN, CN, KR, PH, NP, BR, PE, LK, MM, ID):
# a good signal on their own. The ambiguous ones (also English words/places: Park, Lee, Le, Rai …)
# count only with a resident context.
_FOREIGN_SURNAMES = frozenset(lexicon.words("person.foreign_surnames"))
_AMBIG_SURNAMES = frozenset(lexicon.words("person.ambig_surnames"))
_FL = "A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF"
_FS = "a-z\u00DF-\u00FF\u0100-\u024F\u1E00-\u1EFF"
_FW = rf"[{_FL}][{_FS}']+(?:-[{_FL}{_FS}][{_FS}]+)?"
_FOREIGN_RUN = compile_fast(rf"(?<![A-Za-z0-9{_FS}{_FL}'\-.@/_])(?P<n>{_FW}(?:[ ]+(?:{_FW}|{_PARTICLE}(?=[ ]+[A-Z])))+)"
                          rf"(?![A-Za-z0-9{_FS}'\-@/_])")
_CJK = compile_fast(r"[ぁ-んァ-ヶ一-龥]")
_FOREIGN_LEFT = compile_fast(r"(?:" + "|".join(_SLOT_WORDS + _ROLE_WORDS) +
                           r"|転入届?|転出届?|転居届?|同席|同行|来庁者|実習生|留学生|外国人|外国籍)(?:名)?[ ]*[:：]?[ ]*$")
_NATIONS = ("ベトナム|フィリピン|ネパール|中国|韓国|朝鮮|台湾|ブラジル|ペルー|インドネシア|タイ|ミャンマー|スリランカ|"
            "バングラデシュ|インド|パキスタン|モンゴル|カンボジア|ラオス|マレーシア|アメリカ|米国|イギリス|英国|カナダ|"
            "オーストラリア|フランス|ドイツ|ロシア|ウクライナ|ボリビア|アルゼンチン|メキシコ|コロンビア|ナイジェリア|"
            "ガーナ|エジプト|トルコ|イラン|アフガニスタン|ウズベキスタン")
_FOREIGN_RIGHT = compile_fast(r"[ ]*[(（][^()（）\n]{0,15}?(?:" + _NATIONS +
                            r"|国籍|籍|在留|技能実習|特定技能|留学|永住|定住|実習生|\d{1,3}歳|男性|女性)")
_FOREIGN_CONTEXT = compile_fast(r"在留|国籍|転入|転出|転居|外国人|技能実習|特定技能|留学生|入管|旅券|パスポート|永住|来日|"
                              r"通訳|来庁|相談|申請|手続|届出|児童手当|国保|国民健康保険|住民票|就学|世帯|入居|勤務先|"
                              r"雇用|給与|税|保険料|年金|母子|妊娠|出産|" + _NATIONS)
_RESIDENT_CONTEXT = compile_fast(r"在留|国籍|転入|転出|外国人|技能実習|特定技能|留学生|入管|旅券|パスポート|永住|来日|"
                               r"通訳|来庁|" + _NATIONS)
# a nationality or residence status right before a name: ベトナム国籍の…, ブラジル人の…, 技能実習生の…
_NATION_LEFT = compile_fast(r"(?:(?:" + _NATIONS + r")(?:国籍|籍|人|出身)|国籍|外国籍|外国人|実習生|留学生|研修生|難民)"
                            r"(?:の|で|、)?[ 　]*$")
# residence words in the sentence (not bare country names: フランスの…)
_STRONG_RESIDENT = compile_fast(r"在留|国籍|転入|転出|外国人|技能実習|特定技能|留学生|入管|旅券|パスポート|永住|来庁")
_MOBILE = compile_fast(r"(?<!\d)(?:0|\+81[ \-]?)[789]0[ \-]?\d{4}[ \-]?\d{4}(?!\d)")
_SIGNATURE_BEFORE = compile_fast(r"(?i:signature|regards|sincerely|cheers|thanks|best|yours)|署名")
_FOREIGN_NOT_AFTER = compile_fast(r"[ ]*(?:通り|ストリート|駅|空港|公園|橋|寺|廟|市|省|州|県|大学|学院|学校|ホテル|病院|社製|"
                                r"財団|協会|賞|記念|広場|湖|川|島|ブランド|モデル|方式|通$|通[^訳知報帳])")
_EMAIL_LOCAL = compile_fast(r"([\w.+\-]+)@")
_PERSONAL_LINE = compile_fast(r"(?i:home|mobile|cell|private|personal)|携帯|自宅|個人")
_PERSON_AFTER = compile_fast(r"[ ]*(?:が|は|から|と|に|の|も|より|夫妻|一家|家族|、|さん|氏|様)")
_SAMPLE_ROMAJI = frozenset(lexicon.words("person.sample_romaji"))
_SAMPLE_CONTEXT_EN = compile_fast(r"例|見本|サンプル|記入|架空|ダミー|テスト|ひな形|雛形|仮名|(?i:example|sample|e\.g\.|"
                                r"placeholder|dummy|fictional|template)")


def _load_romaji_names() -> tuple[frozenset, frozenset]:
    return frozenset(lexicon.words("person.romaji_surnames")), frozenset(lexicon.words("person.romaji_given"))


JP_SURNAMES, JP_GIVEN = _load_romaji_names()
_CAP_WORD = compile_fast(r"(?<![A-Za-z0-9'’\-])[A-Z][a-z]+(?![A-Za-z0-9\-])")
_NEXT_CAP = compile_fast(r"[ ]{1,2}([A-Z][A-Za-z]+)")
_PREV_CAP = compile_fast(r"([A-Z][A-Za-z]+)[ ]{1,2}$")
# capitalised words that may stand before a name in a title-case run (Ask Kenji Obata, Thanks Yui Sato)
_JP_ROMAJI_LEAD = frozenset(lexicon.words("person.jp_romaji_lead"))
# romanised Japanese words that are not names (Hikari Shinkansen, Akagi Jinja, Ota Shi)
_JP_NOT_NAME_WORDS = frozenset(lexicon.words("person.jp_not_name_words"))
_CHAT_PREFIX = compile_fast(r"[ \t>*\-•]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp][Mm])?\]?[ \t]*(?:[-–][ \t]*)?)?")
_SPEAKER_AFTER = compile_fast(r"[ \t]*(?:\(\d{1,2}:\d{2}\)[ \t]*)?[:：]|[ ]+(?:wrote|said|says|replied|asked|commented|"
                              r"posted|mentioned|added|reacted)\b")
_ROMAJI_BEFORE = compile_fast(r"(?i:\b(?:with|ask|asked|asking|from|cc|cc'd|bcc|by|to|for|tell|told|call|called|contact|"
                              r"contacted|meet|met|email|emailed|e-mail|ping|pinged|thank|thanks|per|via|attn|invite|"
                              r"invited|and|is|was|applicant|resident|caller|visitor|client|student|teacher|colleague|"
                              r"assigned[ ]to|owner|reviewer|approver|requester|hi|hello|hey|@))[ ]*[:,]?[ ]*$")
_ROMAJI_AFTER = compile_fast(r"(?:['’]s\b|[ ]*,?[ ]+(?:will|would|can|could|said|says|asked|called|emailed|sent|is|was|has|"
                             r"had|from|of|who|wants|needs|told|replied|wrote|joined|left|and[ ]I)\b|[ ]*\((?!\d{4}))")
_PUBLIC_CONTEXT_EN = compile_fast(r"(?i:novel|author|novelist|director|film|movie|anime|manga|player|pitcher|athlete|"
                                  r"singer|actor|actress|artist|poet|writer|nobel|olympic|champion|prime[ ]minister|"
                                  r"emperor|shogun|samurai|historical|century|famous|legend|celebrity|band|album)")
# names printed in capitals on residence cards and passports
# Card words: 在留カード|在留資格|在留期間|特別永住者証明書|旅券|パスポート|(?i:passport|residence[ ]card),
# asked as two searches (only whether one occurs matters): the Japanese words alone are an
# alternation sre scans for quickly, which the inline (?i:…) prevented (~3x faster together).
_CARD_CONTEXT_JA = re.compile(r"在留カード|在留資格|在留期間|特別永住者証明書|旅券|パスポート")
_CARD_CONTEXT_EN = re.compile(r"passport|residence[ ]card", re.IGNORECASE)


def _card_context(text: str, start: int = 0, end: int = sys.maxsize) -> bool:
    return bool(_CARD_CONTEXT_JA.search(text, start, end) or _CARD_CONTEXT_EN.search(text, start, end))


_CAPS_RUN = compile_fast(r"(?<![A-Za-z0-9])[A-Z]{2,}(?:[ ]+[A-Z]{2,}){1,3}(?![A-Za-z0-9])")
_CARD_WORDS = frozenset(lexicon.words("person.card_words"))


# bank kana: katakana words with the combining voicing marks NFKC leaves from half-width ﾀﾞ/ﾊﾟ
_KK = "[ァ-ヺー\u3099\u309A]"
_KANA_ACCOUNT_PAIR = compile_fast(rf"(?<![ァ-ヺー\u3099\u309A])[ァ-ヺ]{_KK}{{1,9}}(?:[ ][ァ-ヺ]{_KK}{{1,9}}){{1,2}}"
                                  rf"(?!{_KK}|[ ][ァ-ヺ])")
_KK_CH = compile_fast(_KK)
_SMALL_KANA = str.maketrans("ァィゥェォャュョッヮ", "アイウエオヤユヨツワ")


def _kana_key(part: str) -> str:
    """ｼｮｳｼﾞ / ショウジ / シヨウジ all become シヨウジ (composed, small kana as large ones)."""
    return unicodedata.normalize("NFC", part).translate(_SMALL_KANA)


# company words in bank kana (composed, large kana)
_KANA_COMPANY = compile_fast(r"シヨウジ|シヨウカイ|シヨウテン|ケンセツ|コウギヨウ|サンギヨウ|セイサクシヨ|ジムシヨ|ギンコウ|"
                             r"クミアイ|キヨウカイ|センタ|コウムテン|ヤツキヨク|ビヨウイン|クリニツク|ホウジン|カイシヤ|"
                             r"ガイシヤ|ユウゲン|カブシキ|ガツコウ|ホイクエン|フクシ|ザイダン|シンキン|キンコ|コウボウ|"
                             r"セイヤク|デンキ|ユソウ|ウンユ|フドウサン|ホケン|シヨクヒン|ストア|マ-ト|マート|サ-ビス|サービス")
# legal-entity marks joined to the name: カ)…, (カ)…, ユ)…, ｼﾔ)…, ﾄﾞ)…; …(カ, …(ユ)
_ENTITY_BEFORE = compile_fast(r"(?<![ァ-ヺー\u3099\u309A])[ァ-ヺ][\u3099ァ-ヺ]{0,3}[)）][ ]?$")
# …(カ) / …(ユ: a legal-entity mark after the name, closed or cut off — not a bracket that goes on
# in other words (…（ブラジル国籍、…）)
_ENTITY_AFTER = compile_fast(r"[ ]?[(（][ァ-ヺ][\u3099ァ-ヺ]{0,3}(?:[)）]|(?![ァ-ヺー\u3099\u309A一-龥々ぁ-ん]))")
_LABEL_BRACKET = compile_fast(r"[(（](?:カナ|フリガナ|カタカナ|ナマエ|メイギ|ヨミ)[)）][ ]?$")
_KANA_BANK = compile_fast(r"口座|名義|振込|振替|受取人|受取|預金|銀行|信用金庫|信金|支店|メイギ|メイキ\u3099|フリコミ|ウケトリ|"
                          r"コウザ|(?i:account|payee|beneficiary)")
_KANA_SLOT_END = compile_fast(r"(?:名義人?|振込先|受取人|メイギ(?:ニン)?|ウケトリニン|フリコミサキ|預金者)"
                              r"(?:[(（][^)）\n]{1,6}[)）])?[ ]*[:：]?[ ]*$")  # 口座名義（カナ）
# a Japanese name reading: native kana only (no long-vowel mark, no small vowel of loanwords), 2-6 each
_KANA_READING = compile_fast(r"[アイウエオカ-ヂツ-モヤユヨラ-ロワヲンヴ]{2,6}")


_KANA_LABELS = frozenset(lexicon.words("person.kana_labels"))


def _matches_from_anchors(text: str, anchors: re.Pattern, before: re.Pattern, back: re.Pattern,
                          reach: int, rx: re.Pattern) -> list:
    """Matches of `rx`, found from its anchors (a space or ・ between katakana parts) instead of
    trying `rx` — which starts with a look-behind — at every position: for each anchor preceded
    by a `before` character, step back over up to `reach` `back` characters and match there."""
    out = []
    last = -1
    for a in anchors.finditer(text):
        p = a.start()
        if p <= last or not before.match(text, p - 1):
            continue
        b = p - 1
        while b > 0 and b > p - reach and back.match(text, b - 1):
            b -= 1
        while b < p and not before.match(text, b):
            b += 1  # a separator that opens the run is a list bullet (「・マリア・…」): start after it
        m = rx.match(text, b)
        if m:
            out.append(m)
            last = m.end()
    return out


def _kana_company(text: str, s: int, e: int) -> bool:
    """A katakana name that is a company: a legal-entity mark joined to it (カ)…, …(カ) or a
    company word in it (ショウジ, コウムテン …)."""
    before = _ENTITY_BEFORE.search(text, max(0, s - 6), s)
    if before and not _LABEL_BRACKET.search(text, max(0, s - 8), s):
        return True  # 「カ)マエバシ」; but 「口座名義（カナ） アライ」 is a label, not a company
    if _ENTITY_AFTER.match(text, e):
        return True
    return _KANA_COMPANY.search(_kana_key(text[s:e])) is not None


def _fold(word: str) -> str:
    """Nguyễn -> Nguyen, Đặng -> Dang, João -> Joao (for the surname lists)."""
    if word.isascii():
        return word
    word = word.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _hepburn(word: str) -> bool:
    return len(word) >= 2 and bool(_HEPBURN.match(word.lower()))


def _is_space(t) -> bool:
    return not t.surface.strip()


def _is_sei(t) -> bool:
    return t.pos[1] == "固有名詞" and t.pos[2] == "人名" and t.pos[3] == "姓"


def _is_mei(t) -> bool:
    return t.pos[1] == "固有名詞" and t.pos[2] == "人名" and t.pos[3] == "名"


def _is_whole_name(t) -> bool:  # 人名/一般: dictionary full names (徳川家康) and foreign names
    return t.pos[1] == "固有名詞" and t.pos[2] == "人名" and t.pos[3] == "一般"


_GIVEN_POS = frozenset(("名詞", "形容詞", "形状詞", "接頭辞"))
_KANJI_ONLY = compile_fast(r"[一-龥々]+")
_TERMINATORS = frozenset("（ ( 、 。 , ， \n | ） ) 」 』 ・ ： :".split()) | {" ", "\n", "\t"}
_PARTICLES = frozenset(lexicon.words("person.particles"))


_STAFF_TITLES = frozenset(lexicon.words("person.staff_titles"))
_BEFORE_NAME = frozenset(("の", "、", "，", " ", "　", "\n", "：", ":", "「", "（", "(", "・"))


def _place_as_surname(toks, k: int) -> bool:
    """A place-tagged word (already seen right before a staff title) that stands where a surname
    would: 2-3 kanji, after の, a separator or the start of the text."""
    t = toks[k]
    return (t.pos[1] == "固有名詞" and 2 <= len(t.surface) <= 3 and _KANJI_ONLY.fullmatch(t.surface) is not None
            and (k == 0 or toks[k - 1].surface[-1:] in _BEFORE_NAME))


def _terminates(toks, k: int, spaced: bool) -> bool:
    """Does a name plausibly end before token k?"""
    if k >= len(toks):
        return True
    f = toks[k].surface
    if f in HONORIFICS or f in TITLES or f[:1] in _TERMINATORS or f.startswith(("さま", "ちゃ")):
        return True
    return spaced and f in _PARTICLES


_BRACKETED = compile_fast(r"[^（(]+[（(]")


class _Cut:
    """A token cut before its bracket (the dictionary has entries such as 「ゆう子（パート）」)."""
    __slots__ = ("surface", "start", "end", "pos", "is_place_name")

    def __init__(self, t):
        k = min(i for i in (t.surface.find("（"), t.surface.find("(")) if i > 0)
        self.surface, self.start, self.end = t.surface[:k], t.start, t.start + k
        self.pos, self.is_place_name = t.pos, t.is_place_name


def _cut_bracket(t):
    return _Cut(t)


class _Name:
    __slots__ = ("start", "end", "sei", "mei", "kind", "score", "why", "_next")

    def __init__(self, start, end, sei, mei, kind):
        self.start, self.end, self.sei, self.mei, self.kind = start, end, sei, mei, kind
        self.score, self.why = 0.0, []


def _untagged_pieces(toks: list, j: int, spaced: bool, length: int) -> tuple[list, int]:
    """Untagged kana/kanji pieces from toks[j] that end where a name ends (野口 心+春ちゃん,
    須藤 ゆかり), at most 4 characters with the `length` already taken: (pieces, index after
    them), or ([], j)."""
    k, pieces = j, []
    while k < len(toks):
        g = toks[k]
        if (g.surface in NOT_GIVEN or g.surface in _SLOT_SET or not _KANA_KANJI.match(g.surface)
                or g.pos[0] not in _GIVEN_POS or g.is_place_name or length + len(g.surface) > 4):
            break
        pieces.append(g)
        length += len(g.surface)
        k += 1
        if _terminates(toks, k, spaced):
            return pieces, k
    return [], j


class _Signals:
    """What stands around one name candidate (PersonDetector._signals and _add_near_signals)."""

    __slots__ = ("honor", "title", "org", "slot_m", "role_no", "age", "private_br", "relation_br", "after",
                 "pii", "bank", "flat", "sentence", "private_fact")

    def __init__(self):
        self.honor = self.slot_m = self.role_no = self.age = self.private_br = self.pii = self.sentence = None
        self.title = self.org = self.relation_br = self.bank = self.private_fact = False
        self.after = 0
        self.flat = ""


def _neighbour_lines(text: str, ls: int, step: int):
    """(start, end) of the lines above (step -1) or below (step 1) the line starting at `ls`,
    nearest first; `end` is the line's newline (or the text's end)."""
    pos = ls
    while True:
        if step < 0:
            if pos == 0:
                return
            pe = pos - 1
            pos = text.rfind("\n", 0, pe) + 1
        else:
            nl = text.find("\n", pos)
            if nl == -1:
                return
            pos = nl + 1
            pe = text.find("\n", pos)
            pe = len(text) if pe == -1 else pe
        yield pos, pe


@register
class PersonDetector(Detector):
    type = "PERSON"
    reads = _PII_TYPES  # a name next to an address, a phone, an identifier … counts more

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        toks = doc.tokens
        names = self._kanji_kana_names(doc, toks)
        names += self._shape_names(doc, toks)
        names += self._kana_given_names(doc, toks)
        names += self._foreign_katakana(doc, toks)
        names += self._table_names(text)
        names += self._kana_account_names(doc)
        names += self._romaji_names(text)
        if "（" in text or "(" in text:
            names += self._reading_names(doc, toks)
            names = _dedupe(names)
            names += self._readings_of(doc, toks, [n for n in names if n.score >= ev.WARN])
        names = _dedupe(names)
        names = [n for n in names if not _made_up(doc, n) and not _sample_name(doc, n)]
        for n in names:
            if n.score > _CAPACITY_CAP and _public_capacity(doc, n):
                n.score = _CAPACITY_CAP
                n.why = list(n.why) + ["公的・業務上の肩書きの後（確認のみ）"]
        names = self._list_siblings(doc, toks, names)
        out = [Candidate(self.type, n.start, n.end, min(n.score, 1.0), "・".join(n.why))
               for n in names if n.score >= ev.WARN]
        out += self._repeats(doc, toks, [n for n in names if n.score >= ev.WARN], out)
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
        for k, t in enumerate(toks):
            p2 = t.pos[2]
            if p2 == "人名":
                hits.append(k)
            elif p2 == "地名" and k + 1 < n and toks[k + 1].surface in _STAFF_TITLES and _place_as_surname(toks, k):
                hits.append(k)
        if _KATA_PAIR.search(text):  # katakana pairs Sudachi did not tag (ケンモチ ミノル)
            starts = [t.start for t in toks]
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
            if t.pos[2] == "地名" and i + 1 < n and toks[i + 1].surface in _STAFF_TITLES:
                name = _Name(t.start, t.end, t.surface, "", "surname")  # before a staff title (above)
                name._next = i + 1  # type: ignore[attr-defined]
            elif _is_sei(t) or (_KATAKANA.match(t.surface) and i + 2 < n and _is_space(toks[i + 1])
                                and _KATAKANA.match(toks[i + 2].surface)):
                name = self._from_surname(toks, i)
            elif _is_mei(t):
                name = self._from_given(toks, i)
            elif _is_whole_name(t):
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
            self._score(doc, toks, nxt, name)
            if name.score > 0:
                found.append(name)
            i = max(nxt, i + 1)
        return found

    def _from_surname(self, toks, i):  # noqa: C901 (one pass over the name's tokens)
        t = toks[i]
        n = len(toks)
        j = i + 1
        spaced = False
        if j < n and _is_space(toks[j]) and len(toks[j].surface) <= 2 and "\n" not in toks[j].surface:
            spaced = True
            j += 1
        given = []
        tentative = False
        katakana = bool(_KATAKANA.match(t.surface))
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
                        and _KANJI_ONLY.fullmatch(toks[j].surface) and len(g.surface) <= 2
                        and (toks[j + 1].surface in HONORIFICS or toks[j + 1].surface[:1] in _TERMINATORS)):
                    given.append(toks[j])
                    j += 1
                    break
                continue
            if katakana and spaced and not given and _KATAKANA.match(g.surface) and 2 <= len(g.surface) <= 6:
                given.append(g)
                tentative = True
                j += 1
                break
            break
        # untagged pieces after a spaced surname or a partial given name: 野口 心+春ちゃん, 須藤 ゆかり
        if (spaced or given) and not katakana:
            pieces, k = _untagged_pieces(toks, j, spaced, sum(len(x.surface) for x in given))
            if pieces:
                given += pieces
                tentative = True
                j = k
        if (spaced and not given and not katakana and j + 1 < n and toks[j + 1].surface in HONORIFICS
                and _KANJI_ONLY.fullmatch(toks[j].surface) and len(toks[j].surface) <= 2
                and toks[j].pos[0] not in ("助詞", "助動詞", "接尾辞")):
            # 「新井 颯さん」: Sudachi reads 颯 as an adverb; before an honorific it is the given name
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
        if katakana and not given:
            return None
        if katakana and (t.surface in KATAKANA_NOT_NAME or any(g.surface in KATAKANA_NOT_NAME for g in given)):
            return None  # イベント カレンダー, カスタマー サポート: loanwords
        if katakana and not (_is_sei(t) or any(_is_mei(g) for g in given)):
            tentative = True
        end = given[-1].end if given else t.end
        name = _Name(t.start, end, t.surface, "".join(g.surface for g in given),
                     ("full" if not tentative else "tentative") if given else "surname")
        name._next = j if given else i + 1  # type: ignore[attr-defined]
        if katakana:
            name.kind = "katakana" if tentative else "full"
        return name

    def _from_given(self, toks, i):
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
            if not prev or prev[-1:] in " \n：:、。（(「|は がをにのと" or _SLOT_RX.search(prev[-6:] + ""):
                sei = toks[k].surface
                start = toks[k].start
        if not sei and spaced and len(t.surface) >= 2 and _KANJI_CH.search(t.surface):
            # a rare surname Sudachi does not know (四十物, 十八女, 勘解由小路) before a spaced, clearly
            # tagged given name (健一郎): the kanji run of 1-5 characters standing before the space
            run = self._kanji_run_before(toks, k)
            if run:
                sei, start = "".join(x.surface for x in run), run[0].start
        end = t.end
        j = i + 1
        name = _Name(start, end, sei, t.surface, "given_sei" if sei else "given")
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

    def _score(self, doc: Document, toks: list, j: int, name: _Name) -> None:
        """A name token run's score, in stages: the signals around it, the vetoes (all in
        `_veto`), then the score table (`_score_table`, scores from evidence.py)."""
        sig = self._signals(doc, toks, j, name)
        if self._veto(doc, name, sig) is not None:
            return
        name.score, name.why = self._score_table(name.kind, sig)

    @staticmethod
    def _signals(doc: Document, toks: list, j: int, name: _Name) -> "_Signals":
        """What is around the name: honorific or title after it, a reading, an age or a private
        bracket, an organisation word, a slot or a role word before it, PII and bank words near."""
        text = doc.text
        n = len(toks)
        sig = _Signals()
        # honorific or title right after (one space allowed)
        k = j
        if k < n and _is_space(toks[k]) and len(toks[k].surface) <= 2:
            k += 1
        follow = toks[k].surface if k < n else ""
        honor = HONORIFICS.get(follow)
        if follow and not honor and follow in ("さ", "ちゃ") and k + 1 < n:
            honor = HONORIFICS.get(follow + toks[k + 1].surface)
        # a reading in brackets may stand between the name and its honorific / age
        rd = _reading_at(text, name.start, name.end)
        sig.after = rd.end() if rd else name.end
        if not honor and rd:
            hm = _HONOR_AFTER.match(text, sig.after)
            if hm:
                honor = HONORIFICS[hm.group(1)]
        elif not honor and text[max(0, name.start - 2):name.start].strip(" 　")[-1:] in ("（", "("):
            hm = _CLOSE_THEN_HONOR.match(text, name.end)  # the name is itself a reading: （わたなべ みなと）くん
            if hm:
                honor = HONORIFICS[hm.group(1)]
        sig.honor = honor
        sig.age = _AGE_AFTER.match(text, sig.after)
        sig.private_br = sig.age or _PRIVATE_BRACKET.match(text, sig.after)
        sig.title = follow in TITLES
        org = follow in ORG_SUFFIX or (follow and k < n and toks[k].is_place_name is False
                                       and toks[k].pos[1] == "普通名詞" and follow in ORG_SUFFIX)
        if k < n and not honor and not sig.title and j == k and toks[k].pos[0] == "接尾辞" and follow not in HONORIFICS:
            org = True
        sig.org = bool(org)
        sig.slot_m = _SLOT_RX.search(text[max(0, name.start - 14):name.start])
        sig.role_no = None if sig.slot_m else _role_no(text, name.start)
        sig.flat = name.sei + name.mei
        sig.sentence = _LazySentence(doc, name.start, name.end)
        return sig

    @staticmethod
    def _add_near_signals(doc: Document, name: _Name, sig: "_Signals") -> None:
        """PII and bank words near the name (looked up only for names no early veto dropped)."""
        text = doc.text
        sig.pii = _near_pii_type(doc, name.start, name.end)
        if sig.pii == "DATE_OF_BIRTH" and (sig.flat in PUBLIC_FIGURES or _public_figure_at(text, name.start)):
            sig.pii = None  # 「大谷翔平選手（1994年7月5日生まれ）」: a famous person's birthday is public
        sig.bank = bool(name.kind in ("katakana", "tentative", "full") and _BANK_CONTEXT.search(
            text[max(0, name.start - 40):name.start]))
        sig.relation_br = bool(_RELATION_BRACKET.match(text, sig.after))

    def _veto(self, doc: Document, name: _Name, sig: "_Signals") -> Optional[str]:
        """Why the name is not a private person's, or None — every veto of this path, in one place:
        a placeholder or a sample form, an organisation, a public official acting in office, a
        historical family, a public or historical figure, a public or historical text, fiction."""
        text = doc.text
        if _PLACEHOLDER.search(text[name.start:name.end]):
            return "placeholder"
        if sig.flat.replace(" ", "").replace("　", "") in _SAMPLE_NAMES and (
                sig.sentence.search(_SAMPLE_CONTEXT)
                or _SAMPLE_CONTEXT.search(text, max(0, name.start - 200), name.start)):
            return "sample_form"  # 「（架空の記入例です）… 氏名：前橋 花子」
        self._add_near_signals(doc, name, sig)
        if sig.org and not sig.honor:
            return "organisation"
        if not sig.pii and _public_official(text, name.start, name.end):
            return "public_official"  # named in their office, nothing private said with them
        kind, slot, pii, private_br, honor = name.kind, sig.slot_m is not None, sig.pii, sig.private_br, sig.honor
        private_honor = bool(honor and honor not in ("先生", "氏"))
        if (slot and not (pii or private_br or private_honor)
                and sig.slot_m.group(0).strip(" :：|｜=＝のは") in _RELATION_SLOTS
                and sig.sentence.search(PUBLIC_CONTEXT)):
            return "historical_family"  # a relation word (妻, 長男) in a history/culture sentence
        role_private = bool(sig.role_no and kind not in ("surname", "given", "whole"))
        private_signal = bool(slot or pii or private_br or role_private or private_honor)
        figure = sig.flat in PUBLIC_FIGURES or _public_figure_at(text, name.start)
        # a famous name with a private circumstance (…さんが生活保護を申請) is a person's
        sig.private_fact = bool(figure and not (slot or pii or private_br)
                                and _private_fact(doc, name.start, name.end))
        slot = slot or sig.private_fact
        if not private_signal:
            if kind == "whole" or figure:
                return "public_figure"
            if sig.sentence.search(PUBLIC_CONTEXT) and kind in ("full", "given_sei", "tentative", "surname"):
                return "public_context"
            if kind != "katakana" and _history_document(doc):
                return "history_document"
        if figure and not (slot or pii or private_br):
            return "public_figure"
        if not (slot or pii) and _fictional(doc, sig.sentence, name.start, name.end):
            return "fictional"  # 「田中さん、佐藤さんのような仮名で例文を」
        return None

    @staticmethod
    def _score_table(kind: str, sig: "_Signals") -> tuple[float, list]:
        """The score of a name of this kind with these signals (evidence.py) and why."""
        short = kind in ("surname", "given", "whole")
        s, why = {"full": (ev.PERSON_FULL_NAME, "姓と名の形（形態素解析）"),
                  "katakana": (ev.PERSON_KATAKANA_PAIR, "カタカナ氏名らしい形"),
                  "tentative": (ev.PERSON_NAME_SHAPE, "氏名らしい形"),
                  "given_sei": (ev.PERSON_NAME_SHAPE, "氏名らしい形"),
                  "surname": (ev.PERSON_SURNAME_ALONE, "姓のみ"),
                  "given": (ev.PERSON_GIVEN_ALONE, "名のみ"),
                  "whole": (ev.PERSON_SURNAME_ALONE, "辞書の人名")}.get(kind, (0.0, None))
        why = [why] if why else []
        honor = sig.honor
        if honor:
            if kind == "given":
                s = ev.PERSON_GIVEN_CHILD_HONORIFIC if honor in CHILD_HONORIFICS else ev.PERSON_GIVEN_HONORIFIC
            elif kind == "surname" or kind == "whole":
                s = max(s, ev.PERSON_SURNAME_HONORIFIC)
            else:
                s = max(s, ev.PERSON_FULL_HONORIFIC)
            why.append(f"敬称「{honor}」")
        elif sig.title:
            if short:
                s = max(s, ev.PERSON_SURNAME_TITLE) if kind != "given" else s
            else:
                s = max(s, ev.PERSON_FULL_NAME)
            why.append("役職名が続く")
        if sig.slot_m:
            word = sig.slot_m.group(0).strip(" :：|｜=＝のは")
            s = max(s, ev.PERSON_SURNAME_SLOT if short else ev.PERSON_FULL_SLOT)
            why.append(f"氏名の欄・続柄「{word[:8]}」")
        if sig.role_no and not short:
            s = max(s, ev.PERSON_ROLE_SLOT)
            why.append(f"役職名「{sig.role_no.group(0).strip(' 　の')[-6:]}」の後")
        if sig.age:
            s = max(s, ev.PERSON_AGE_BRACKET if not short else ev.PERSON_SURNAME_SLOT)
            why.append("年齢の括弧書きが続く")
        elif sig.relation_br:
            s = max(s, ev.PERSON_SURNAME_SLOT if short else ev.PERSON_FULL_SLOT)
            why.append("続柄の括弧書きが続く")
        if sig.bank:
            s = max(s, ev.PERSON_BANK_HOLDER if kind != "surname" else s)
            why.append("口座・振込の文脈")
        if sig.pii and not short:
            boost = ev.PERSON_ID_BOOST if sig.pii in _ID_TYPES else ev.PERSON_PII_BOOST
            s = min(max(s + boost, s), ev.PERSON_MAX)
            why.append(f"近くに{_PII_LABEL[sig.pii]}")
        elif sig.pii and (honor or sig.slot_m):
            s = min(s + ev.PERSON_PII_BOOST, ev.PERSON_MAX)
            why.append(f"近くに{_PII_LABEL[sig.pii]}")
        if sig.private_fact:
            s = max(s, ev.PERSON_FULL_SLOT if not short else ev.PERSON_SURNAME_SLOT)
            why.append("私人としての事情が続く")
        return min(s, ev.PERSON_MAX), why

    # -- readings in brackets ------------------------------------------------------------------
    def _reading_names(self, doc: Document, toks: list) -> list[_Name]:
        """蒼（あおい）さん, 長女 蒼（あおい）: a short kanji name with its reading, which Sudachi may read
        as one noun. Counts only with an honorific after, a name slot before or an age after."""
        text = doc.text
        out: list[_Name] = []
        if not _BRACKETED_HIRAGANA.search(text):
            return out
        for m in _KANJI_READING.finditer(text):
            k = m.group("k")
            if k in NOT_GIVEN or k in _SLOT_SET or k in _ROLE_SET or k in _SHAPE_NOT_GIVEN:
                continue
            hm = _HONOR_AFTER.match(text, m.end())
            slot = _SLOT_RX.search(text[max(0, m.start() - 14):m.start()])
            age = _AGE_AFTER.match(text, m.end())
            if not (hm or slot or age):
                continue
            honor = HONORIFICS[hm.group(1)] if hm else ""
            if honor in ("先生", "氏", "殿", "宛") and not (slot or age):
                continue
            if _public_figure_at(text, m.start()) and not (slot or age):
                continue
            if hm:
                score, why = ((ev.PERSON_GIVEN_CHILD_HONORIFIC if honor in CHILD_HONORIFICS else ev.PERSON_SURNAME_HONORIFIC),
                              f"読み仮名つきの名・敬称「{honor}」")
            elif slot:
                score, why = ev.PERSON_SURNAME_SLOT, f"読み仮名つきの名・氏名の欄・続柄「{slot.group(0).strip(' :：|｜=＝のは')[:8]}」"
            else:
                score, why = ev.PERSON_SURNAME_SLOT, "読み仮名つきの名・年齢の括弧書き"
            for g in ("k", "r"):
                nm = _Name(m.start(g), m.end(g), k, m.group("r"), "reading")
                nm.score, nm.why = score, [why]
                out.append(nm)
        return out

    def _readings_of(self, doc: Document, toks: list, names: list[_Name]) -> list[_Name]:
        """The reading after a reported name (五十嵐 蒼（いがらし あおい）), and the kanji name before a
        reported reading: both are the name."""
        text = doc.text
        out: list[_Name] = []
        starts = None
        for nm in names:
            rd = _reading_at(text, nm.start, nm.end)
            if rd:
                r = _Name(rd.start("r"), rd.end("r"), nm.sei, nm.mei, "reading")
                r.score, r.why = nm.score, ["氏名の読み仮名"]
                out.append(r)
                continue
            if not re.fullmatch(r"[ぁ-んァ-ヶー]+(?:[ 　・][ぁ-んァ-ヶー]+)?", text[nm.start:nm.end]):
                continue
            if not re.match(r"[ 　]?[）)]", text[nm.end:nm.end + 2]):
                continue
            km = _KANJI_BEFORE_READING.search(text, max(0, nm.start - 14), nm.start)
            if not km:
                continue
            kanji = km.group("k")
            parts = kanji.split()
            if any(p in NOT_GIVEN or p in _SLOT_SET or p in _ROLE_SET or _SLOT_RX.search(p) for p in parts):
                continue
            # a spaced pair, or a kanji run Sudachi reads as (part of) a name
            if len(parts) < 2:
                a, b = km.start("k"), km.end("k")
                if starts is None:
                    starts = [x.start for x in toks]
                i0 = bisect_left(starts, a)
                if not any(t.pos[2] == "人名" and a <= t.start < b for t in toks[i0:i0 + 4]):
                    continue
            k = _Name(km.start("k"), km.end("k"), parts[0], parts[-1] if len(parts) > 1 else "", "reading")
            k.score, k.why = nm.score, ["読み仮名の前の氏名"]
            out.append(k)
        return out

    # -- "surname-like + given-name-like" in a strong slot ------------------------------------
    def _shape_given(self, toks: list, j: int) -> tuple[list, int]:
        """The given name after the space: 1-2 noun tokens, at most 4 characters, then the name
        ends. Returns the tokens and the index after them."""
        given, glen = [], 0
        while j < len(toks) and len(given) < 2:
            g = toks[j]
            if (not _KANA_KANJI.match(g.surface) or g.surface in NOT_GIVEN or g.surface in _ROLE_SET
                    or g.surface in _SLOT_SET or g.surface in _SHAPE_NOT_GIVEN or g.pos[0] != "名詞"
                    or g.pos[1] == "数詞" or glen + len(g.surface) > 4):
                break
            given.append(g)
            glen += len(g.surface)
            j += 1
            if self._shape_ends(toks, j):
                break
        return given, j

    @staticmethod
    def _shape_is_name(sur: list, given: list, gs: str) -> bool:
        """Whether surname tokens + given-name tokens make a name by their tags and shape."""
        sei_tag = len(sur) == 1 and _is_sei(sur[0])
        place = len(sur) == 1 and sur[0].is_place_name
        if any(_is_mei(g) for g in given):
            return True
        if len(given) == 1 and len(gs) == 1 and _KANJI.match(gs):
            return bool(sei_tag or place)  # 目黒 亮, 日本橋 航
        if len(given) == 1 and given[0].is_place_name and _KANJI.match(gs):
            return bool(sei_tag)  # 東海林 隼人
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
        starts = None
        for m in _SPACED_PAIR.finditer(text):
            a, sp = m.start(), m.end() - 1
            role = _ROLE_LEFT.search(text, max(0, a - 16), a) or _role_no(text, a)
            slot = None if role else _SLOT_RX.search(text, max(0, a - 14), a)
            if not (role or slot or _HONOR_NEAR.search(text, sp, sp + 9)):
                continue
            if starts is None:
                starts = [t.start for t in toks]
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
            if not given or not self._shape_ends(toks, j):
                continue
            honor = self._honorific_at(toks, j)
            if not (role or slot or honor):
                continue
            gs = "".join(g.surface for g in given)
            if not self._shape_is_name(sur, given, gs):
                continue
            sei = "".join(t.surface for t in sur)
            if sei in TITLES or sei in _ROLE_SET or _PUBLIC_OFFICE_WORD.fullmatch(sei):
                continue  # 「知事 山本一太氏」: the title is not a surname
            flat = sei + gs
            if flat in PUBLIC_FIGURES and not slot:
                continue
            if not slot and _public_official(text, a, given[-1].end):
                continue
            if flat in _SAMPLE_NAMES and _SAMPLE_CONTEXT.search(_sentence(text, a, given[-1].end)):
                continue
            nm = _Name(a, given[-1].end, sei, gs, "shape")
            if slot:
                nm.score, why = ev.PERSON_FULL_SLOT, f"氏名の欄・続柄「{slot.group(0).strip(' :：|｜=＝のは')[:8]}」"
            elif honor:
                nm.score, why = ev.PERSON_FULL_HONORIFIC, f"敬称「{honor}」"
            else:
                word = role.group(0).strip(" :：=、,，・/|｜(（[［【\n\tの")
                nm.score, why = ev.PERSON_ROLE_SLOT, f"役職名「{word[-6:]}」の後"
            nm.why = ["姓と名らしい形", why]
            out.append(nm)
        return out

    @staticmethod
    def _shape_ends(toks, j: int) -> bool:
        if j >= len(toks):
            return True
        f = toks[j].surface
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
    def _list_siblings(self, doc: Document, toks: list, names: list[_Name]) -> list[_Name]:
        """・東海林 美紀（会計）／・薬袋 俊介（書記）, 東海林 美紀（書道の部）、薬袋 俊介（絵画の部）:
        when one item of a list (bullet lines, table/CSV rows, an enumeration joined by 、/・/と) is a
        reported full name, the other items of the same shape are names too. An item must be a
        kanji surname + space + given name (tagged 姓 or 名 by Sudachi, or a kana given name), with
        the same bracket structure as the reported one; 総務課 庶務係, 前橋 公園 are not."""
        text = doc.text
        anchors = [n for n in names if n.score >= ev.BLOCK and _LIST_ITEM.fullmatch(text, n.start, n.end)]
        if not anchors:
            return names
        taken = _Intervals()
        for n in names:
            if n.score >= ev.BLOCK:
                taken.add(n.start, n.end)
        ctx = {"starts": None}
        lines_done: set = set()
        walked: set = set()
        extra: list[_Name] = []
        for an in anchors:
            ls = text.rfind("\n", 0, an.start) + 1
            le = text.find("\n", an.end)
            le = len(text) if le == -1 else le
            am = _LIST_ITEM.match(text, an.start)
            if not am or am.end("g") != an.end:
                continue
            has_b = am.group("b") is not None
            cands = self._enumeration_items(text, an, ls, le, has_b, lines_done)
            cands += self._bullet_items(text, an, am, ls, le, has_b, walked)
            cands += self._table_items(text, an, am, ls, le, walked)
            for it in cands:
                a, e = it.start(), it.end("g")
                if a == an.start or taken.overlaps(a, e) or not self._sibling_ok(doc, toks, it, ctx):
                    continue
                nm = _Name(a, e, it.group("s"), it.group("g"), "list")
                nm.score, nm.why = ev.PERSON_LIST_SIBLING, ["同じ一覧の他の項目が氏名", "姓と名らしい形"]
                taken.add(a, e)
                extra.append(nm)
        if not extra:
            return names
        new = _Intervals()
        for nm in extra:
            new.add(nm.start, nm.end)
        # a weaker reading of the same item (五十嵐 ルナ at warn) gives way to the list's
        return sorted([n for n in names if n.score >= ev.BLOCK or not new.overlaps(n.start, n.end)] + extra,
                      key=lambda n: n.start)

    @staticmethod
    def _enumeration_items(text: str, an: _Name, ls: int, le: int, has_b: bool, lines_done: set) -> list:
        """The items of an enumeration (、/・/と) on the anchor's line, with its bracket structure."""
        cands: list = []
        if ls not in lines_done:
            lines_done.add(ls)
            items = list(_LIST_ITEM.finditer(text, ls, le))
            chain, best = [], None
            for it in items:
                if chain and not _LIST_SEP.fullmatch(text, chain[-1].end(), it.start()):
                    if best is None and any(c.start() == an.start for c in chain):
                        best = chain
                    chain = []
                chain.append(it)
            if best is None and any(c.start() == an.start for c in chain):
                best = chain
            if best and len(best) >= 2:
                cands += [it for it in best if (it.group("b") is not None) == has_b]
        return cands

    def _bullet_items(self, text: str, an: _Name, am, ls: int, le: int, has_b: bool, walked: set) -> list:
        """The items of the bullet lines around the anchor's line (same bullet, same tail)."""
        cands: list = []
        bm = _LIST_BULLET.match(text, ls)
        if bm and bm.end() == an.start and ("b", ls) not in walked:
            kind = self._bullet_kind(bm.group("k"))
            tail = self._tail_kind(text, am.end(), le)
            for step in (-1, 1):
                for pos, pe in _neighbour_lines(text, ls, step):
                    b2 = _LIST_BULLET.match(text, pos, pe)
                    if not b2 or self._bullet_kind(b2.group("k")) != kind:
                        break
                    walked.add(("b", pos))  # each list is walked once (linear on long lists)
                    it = _LIST_ITEM.match(text, b2.end(), pe)
                    if it and (it.group("b") is not None) == has_b and self._tail_kind(text, it.end(), pe) == tail:
                        cands.append(it)
        return cands

    @staticmethod
    def _table_items(text: str, an: _Name, am, ls: int, le: int, walked: set) -> list:
        """The same cell of the neighbouring table / CSV rows."""
        cands: list = []
        line = text[ls:le]
        delim = next((d for d in ("|", "\t", ",") if d in line), None)
        if delim:
            cells = line.split(delim)
            off, ci = ls, None
            for idx, c in enumerate(cells):
                if off + len(c) - len(c.lstrip(" 　")) == an.start and c.strip(" 　") == text[an.start:am.end()].strip(" 　"):
                    ci = idx
                    break
                off += len(c) + 1
            if ci is not None and ("t", ci, ls) not in walked:
                for step in (-1, 1):
                    for pos, pe in _neighbour_lines(text, ls, step):
                        row = text[pos:pe]
                        if row.count(delim) != line.count(delim):
                            break
                        walked.add(("t", ci, pos))
                        rc = row.split(delim)
                        co = pos + sum(len(x) + 1 for x in rc[:ci])
                        cell = rc[ci]
                        cs = co + len(cell) - len(cell.lstrip(" 　\""))
                        it = _LIST_ITEM.match(text, cs, co + len(cell.rstrip(" 　\"")))
                        if it and it.end() == co + len(cell.rstrip(" 　\"")):
                            cands.append(it)
        return cands

    @staticmethod
    def _bullet_kind(k: str) -> str:
        if k[:1].isdigit():
            return "1" + ("" if k[-1].isdigit() else k[-1])
        if k[:1] in "（(":
            return "(1)"
        if "①" <= k <= "⑳":
            return "①"
        return k

    @staticmethod
    def _tail_kind(text: str, pos: int, end: int) -> str:
        rest = text[pos:end].strip(" 　\t")
        if not rest:
            return ""
        c = rest[0]
        if c.isdigit():
            return "0"
        if _KANA_KANJI.match(c):
            return "w"
        return c

    @staticmethod
    def _sibling_ok(doc: Document, toks: list, it, ctx: dict) -> bool:
        """An item of a list of names: the surname and the given name are whole tokens, the surname
        is not an organisation/place word, one part is tagged 姓/名 (or the given name is kana)."""
        sei, g = it.group("s"), it.group("g")
        if (_PLACEHOLDER.search(sei + g) or _ORG_END.search(sei) or _ORG_END.search(g) or g in NOT_GIVEN
                or sei in NOT_GIVEN or sei in _SLOT_SET or sei in _ROLE_SET or g in _ROLE_SET or g in _SLOT_SET
                or sei in _SHAPE_NOT_GIVEN or g in _SHAPE_NOT_GIVEN or g in KATAKANA_NOT_NAME or g in _KANA_NOT_GIVEN):
            return False
        if ctx["starts"] is None:
            ctx["starts"] = [t.start for t in toks]
        starts = ctx["starts"]
        a, sp, gs, ge = it.start("s"), it.end("s"), it.start("g"), it.end("g")
        i = bisect_left(starts, a)
        k = bisect_left(starts, gs, i)
        j = bisect_left(starts, ge, k)
        if i >= len(toks) or starts[i] != a or k >= len(toks) or starts[k] != gs or k - 1 <= i \
                or not _is_space(toks[k - 1]) or toks[k - 2].end != sp or (j < len(toks) and starts[j] != ge):
            return False
        sur, giv = toks[i:k - 1], toks[k:j]
        if not sur or not giv:
            return False
        if any(t.pos[2] in ("副詞可能", "サ変可能", "助数詞", "助数詞可能") or t.pos[1] == "数詞" for t in sur + giv
               if not (_is_sei(t) or _is_mei(t))):
            return False
        sei_tag = len(sur) == 1 and _is_sei(sur[0])
        mei_tag = any(_is_mei(t) for t in giv)
        kana = re.fullmatch(r"(?:[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,5})(?:子|江|代|枝|美|恵|乃|世)?", g) is not None
        if any(t.is_place_name for t in giv) and not mei_tag:
            return False
        return mei_tag or (sei_tag and (kana or (len(g) == 1 and _KANJI.match(g) is not None)))

    def _kana_given_names(self, doc: Document, toks: list) -> list[_Name]:
        """鷲尾 ヨシ子さん, 被保険者 國定 てる, 対象者 森 はな（6歳）: a kanji surname, a space and a kana
        given name. Counted with an honorific, a name slot or role word before, an age or private
        circumstance in brackets, or (when Sudachi tags the surname) an address/phone near."""
        text = doc.text
        out: list[_Name] = []
        if " " not in text and "\u3000" not in text:
            return out
        starts = None
        for sp in _SPACE_KANA.finditer(text):
            p = sp.start()
            st = _KANJI_TAIL.search(text, max(0, p - 4), p)
            if not st or (st.start() > 0 and _KANJI_CH.match(text, st.start() - 1)):
                continue
            m = _KANA_GIVEN.match(text, p + 1)
            if not m:
                continue
            a, ge = st.start(), m.end()
            sei, g = st.group(0), m.group("g")
            if g in _KANA_NOT_GIVEN or g in KATAKANA_NOT_NAME or g[:2] in ("です", "ます", "から", "まで", "より"):
                continue
            if starts is None:
                starts = [t.start for t in toks]
            i = bisect_left(starts, a)
            k = bisect_left(starts, p, i)
            if i >= len(toks) or starts[i] != a or k >= len(toks) or starts[k] != p:
                continue  # the surname must be whole tokens (not the tail of 総務課長)
            sur = toks[i:k]
            if any(t.surface in NOT_GIVEN or t.surface in _ROLE_SET or t.surface in _SLOT_SET or t.surface in TITLES
                   or t.surface in _SHAPE_NOT_GIVEN or t.pos[2] in ("副詞可能", "助数詞可能") for t in sur) \
                    or sur[-1].pos[1] == "数詞" or sur[0].pos[0] not in ("名詞", "接頭辞"):
                continue
            if _PLACEHOLDER.search(sei + g):
                continue
            sei_tag = len(sur) == 1 and _is_sei(sur[0])
            hm = _HONOR_AFTER.match(text, ge)
            honor = HONORIFICS[hm.group(1)] if hm else ""
            slot = _SLOT_RX.search(text[max(0, a - 14):a])
            role = None if slot else (_ROLE_LEFT.search(text, max(0, a - 16), a) or _role_no(text, a))
            age = _AGE_AFTER.match(text, ge)
            private_br = age or _PRIVATE_BRACKET.match(text, ge)
            pii = _near_pii(doc, a, ge)
            by_pii = False  # the PII nearby is the evidence itself (no boost on top)
            if slot:
                score, why = ev.PERSON_FULL_SLOT, f"氏名の欄・続柄「{slot.group(0).strip(' :：|｜=＝のは')[:8]}」"
                if slot.group(0).strip(" :：|｜=＝のは") in _RELATION_SLOTS and not (pii or private_br or honor) \
                        and _LazySentence(doc, a, ge).search(PUBLIC_CONTEXT):
                    continue
            elif honor and honor not in ("先生", "氏", "宛"):
                score, why = ev.PERSON_FULL_HONORIFIC, f"敬称「{honor}」"
            elif private_br:
                score, why = ev.PERSON_AGE_BRACKET, ("年齢の括弧書きが続く" if age else "本人の状況の括弧書きが続く")
            elif role:
                score, why = ev.PERSON_ROLE_SLOT, f"役職名「{role.group(0).strip(' :：=、,，・/|｜(（[［【の')[-6:]}」の後"
            elif pii and sei_tag:
                score, why, by_pii = ev.PERSON_KANA_GIVEN_PII, f"近くに{pii}", True
            elif honor and sei_tag:
                score, why = ev.PERSON_FULL_HONORIFIC, f"敬称「{honor}」"
            else:
                continue
            flat = sei + g
            if (flat in PUBLIC_FIGURES or _public_official(text, a, ge)) and not (slot or pii or private_br):
                continue
            if not (slot or pii or private_br) and _fictional(doc, _LazySentence(doc, a, ge), a, ge):
                continue
            if pii and not by_pii:
                score = min(score + ev.PERSON_PII_BOOST, ev.PERSON_MAX)
            nm = _Name(a, ge, sei, g, "kana_given")
            nm.score, nm.why = score, ["姓とかなの名の形", why]
            out.append(nm)
        return out

    def _foreign_katakana(self, doc: Document, toks: list) -> list[_Name]:
        """グエン・ティ・ラン, ドミンゲス＝アナ, マリア サントス: katakana names joined by ・/＝/a space.
        Counted with a person context: an honorific (also after a romaji spelling in brackets), a
        name slot or role word before, a nationality (ベトナム国籍の…, …（ブラジル）), a residence
        word (在留, 転入 …) in the sentence with a part Sudachi tags as a name, or an address/phone
        near. Not phrases with a loanword part (ワーク・ライフ・バランス, カスタマー・サポート), a
        thing/place word after (サンタ・マリア号) or famous people (レオナルド・ダ・ヴィンチ)."""
        text = doc.text
        out: list[_Name] = []
        dotted = "・" in text or "=" in text
        spaced = _SPACE_KATA.search(text) is not None
        if not (dotted or spaced):
            return out
        matches = []
        if dotted:
            matches += _matches_from_anchors(text, _SEP_KATA, _KATA_CH, _KATA_OR_SEP, 40, _KATA_DOTTED)
        if spaced:
            matches += _matches_from_anchors(text, _SPACE_KATA, _KATA_CH, _KATA_CH, 12, _KATA_SPACED)
        starts = None
        for m in matches:
            s, e = m.span()
            parts = [p for p in re.split(r"[・= ]", m.group(0)) if p]
            if any(p in KATAKANA_NOT_NAME for p in parts) or _KATA_NOT_AFTER.match(text, e) \
                    or _FOREIGN_NOT_AFTER.match(text, e):
                continue
            hm = _KATA_HONOR_AT.match(text, e)
            honor = hm.group("h") if hm else ""
            slot = (_SLOT_RX.search(text[max(0, s - 14):s]) or _FOREIGN_LEFT.search(text, max(0, s - 14), s)
                    or _RELATION_BRACKET.match(text, e))
            nation = _FOREIGN_RIGHT.match(text, e) or _NATION_LEFT.search(text, max(0, s - 16), s)
            pii = _near_pii(doc, s, e)
            sentence = _LazySentence(doc, s, e)
            flat = "".join(parts)
            strong = slot or pii or nation
            if _kana_company(text, s, e):
                continue  # マエバシ デンキ(カ: a company's account name
            if (flat in PUBLIC_FIGURES or _public_figure_at(text, s)) and not strong:
                continue
            if not strong and (not honor or honor in ("先生", "氏")) and sentence.search(PUBLIC_CONTEXT):
                continue
            if not (slot or pii) and _fictional(doc, sentence, s, e):
                continue
            tagged = None
            if not (honor or slot or nation or (pii and " " not in m.group(0))):
                # weaker evidence (a residence word in the sentence; a phone near a spaced pair):
                # a part must be a name in Sudachi's dictionary
                if starts is None:
                    starts = [t.start for t in toks]
                k = bisect_left(starts, s)
                tagged = any(t.pos[2] == "人名" for t in toks[k:k + 8] if t.start < e)
                if not tagged or not (pii or sentence.search(_STRONG_RESIDENT)):
                    continue
            if honor:
                score, why = ev.PERSON_FULL_HONORIFIC, f"敬称「{HONORIFICS.get(honor, honor)}」"
            elif slot:
                score, why = ev.PERSON_FULL_SLOT, "氏名の欄・続柄"
            elif nation:
                score, why = ev.PERSON_FOREIGN_KATAKANA, "国籍・在留資格の文脈"
            elif pii:
                score, why = ev.PERSON_FOREIGN_KATAKANA, f"近くに{pii}"
            else:
                score, why = ev.PERSON_FOREIGN_KATAKANA, "人名の語・在留や転入の文脈"
            if pii and (honor or slot or nation):
                score = min(score + ev.PERSON_PII_BOOST, ev.PERSON_MAX)
            nm = _Name(s, e, m.group(0), "", "foreign")
            nm.score = score
            nm.why = [("中黒で区切ったカタカナ氏名" if " " not in m.group(0) else "カタカナ氏名") + "・" + why]
            out.append(nm)
        return out

    # -- bank-transfer kana: half-width ｼﾓﾀﾞ ｹｲｺ (NFKC leaves ﾀﾞ as タ + a combining mark) ---------
    def _kana_account_names(self, doc: Document) -> list[_Name]:
        """Account holders written in bank kana (口座名義：ｼﾓﾀﾞ ｹｲｺ, 振込先,ﾔﾏｻﾞｷ ﾀﾛｳ) and katakana
        "surname given" reading pairs that fill a CSV cell. Companies are not persons: a legal-entity
        mark joined to the name (カ)…, ユ)…, …(カ), ｼﾔ)…) or a company word (ショウジ, ケンセツ …)."""
        text = doc.text
        out: list[_Name] = []
        for m in self._kana_pairs(text):
            s, e = m.span()
            parts = m.group(0).split(" ")
            label = len(parts) == 3 and _kana_key(parts[0]) in _KANA_LABELS
            if label:  # ﾒｲｷﾞ ﾌｼﾞﾀ ﾐﾁｺ: the label, then the name
                s += len(parts[0]) + 1
                parts = parts[1:]
            ls = text.rfind("\n", max(0, s - 41), s) + 1
            if not (label or _KANA_BANK.search(text, max(ls, s - 40), s)
                    or text[s - 1:s] in (",", "\t", "|", "\"", " ")):
                continue  # neither a bank context nor a cell: cheap exit before any normalisation
            keys = [_kana_key(p) for p in parts]
            if any(k in KATAKANA_NOT_NAME or _KANA_COMPANY.search(k) for k in keys):
                continue
            if _kana_company(text, s, e):
                continue  # カ)マエバシ ショウジ, タカハシ セイサクショ(ユ: a company
            window = unicodedata.normalize("NFC", text[max(ls, s - 40):s])
            bank = label or _KANA_BANK.search(window)
            cell = self._csv_cell(text, s, e)
            if bank and (label or _KANA_SLOT_END.search(window) or cell or _BANK_CONTEXT.search(window)):
                score, why = ev.PERSON_BANK_HOLDER, "口座名義・振込先のカナ氏名"
            elif cell and len(parts) == 2 and all(_KANA_READING.fullmatch(k) for k in keys):
                score, why = ev.PERSON_KANA_READING_ROW, "表・CSVの欄のカナ氏名（姓と名の読み）"
            else:
                continue
            if "".join(keys) in PUBLIC_FIGURES:
                continue
            nm = _Name(s, e, parts[0], parts[-1], "kana_account")
            nm.score, nm.why = score, [why]
            out.append(nm)
        return out

    @staticmethod
    def _kana_pairs(text: str):
        """_KANA_ACCOUNT_PAIR matches, found from the spaces before a katakana letter (a pattern
        starting with a look-behind would be tried at every position)."""
        return _matches_from_anchors(text, _SPACE_KATA, _KK_CH, _KK_CH, 11, _KANA_ACCOUNT_PAIR)

    @staticmethod
    def _csv_cell(text: str, s: int, e: int) -> bool:
        """text[s:e] is a whole cell of a CSV/TSV/table row (delimiters on both sides or line ends,
        and at least two delimiters on the line)."""
        lo, hi = max(0, s - 200), min(len(text), e + 200)  # bounded: linear on one-line hostile input
        ls = text.rfind("\n", lo, s) + 1 or lo
        le = text.find("\n", e, hi)
        le = hi if le == -1 else le
        before = text[ls:s].rstrip(" \"")
        after = text[e:le].lstrip(" \"")
        left_ok = not before or before[-1] in ",\t|"
        right_ok = not after or after[0] in ",\t|"
        if not (left_ok and right_ok):
            return False
        line = text[ls:le]
        return max(line.count(","), line.count("\t"), line.count("|")) >= 2

    # -- tables / CSV with a column headed 氏名 -------------------------------------------
    def _table_names(self, text: str) -> list[_Name]:
        out: list[_Name] = []
        if not any(h in text for h in ("氏名", "名前", "名義", "Name", "name", "フリガナ", "ふりがな", "児童名", "者名")):
            return out
        lines = text.split("\n")
        pos = 0
        offsets = []
        for line in lines:
            offsets.append(pos)
            pos += len(line) + 1
        i = 0
        while i < len(lines):
            line = lines[i]
            delim = next((d for d in ("\t", "|", ",") if line.count(d) >= 1), None)
            if delim is None:
                i += 1
                continue
            cells = [c.strip().replace(" ", "") for c in line.split(delim)]
            cols = [ci for ci, c in enumerate(cells) if c in _NAME_HEADERS or c.lower() in _NAME_HEADERS]
            if not cols or len([c for c in cells if c]) < 2:
                i += 1
                continue
            if self._key_value_row(lines, i, delim, cells, cols):
                out += self._key_value_names(lines[i], offsets[i], delim, cols)
                i += 1
                continue
            k = i + 1
            while k < len(lines) and delim in lines[k]:
                row = lines[k]
                # a separator line; a sample row (記入例 前橋 花子 and its reading): no one's name
                if re.fullmatch(r"[\s|:\-]+", row) or any(n in row.replace(" ", "") for n in _SAMPLE_NAMES):
                    k += 1
                    continue
                parts = row.split(delim)
                cstart = offsets[k]
                starts = []
                p = 0
                for part in parts:
                    starts.append(p)
                    p += len(part) + 1
                for ci in cols:
                    if ci >= len(parts):
                        continue
                    raw = parts[ci]
                    val = raw.strip().strip('"')
                    if not val or len(val) > 25 or _PLACEHOLDER.search(val) or not re.search(r"[一-龥ぁ-んァ-ヶA-Za-z]", val):
                        continue
                    if re.search(r"[\d（）()［］\[\]【】・]", val) or re.search(r"(?:課|係|部|室|局|株式会社|市|町|村)$", val):
                        continue
                    lead = len(raw) - len(raw.lstrip()) + (1 if raw.strip().startswith('"') else 0)
                    s = cstart + starts[ci] + lead
                    nm = _Name(s, s + len(val), val, "", "table")
                    nm.score = ev.PERSON_TABLE_COLUMN
                    nm.why = ["表・CSVの氏名の列"]
                    out.append(nm)
                k += 1
            i = k
        return out

    @staticmethod
    def _key_value_row(lines, i, delim, cells, cols) -> bool:
        """| 氏名 | SHRESTHA BIKASH |: a label/value row of a two-column table, not a header row. A
        header row is a table's first line; a label row is inside the table, or the cell next to
        the label is a value (not another column heading)."""
        if i > 0 and lines[i - 1].count(delim) >= 1 and lines[i - 1].strip():
            return True
        right = [c for c in cells[cols[0] + 1:] if c]
        filled = [c for c in cells if c]
        return len(filled) == 2 and bool(right) and not _HEADER_LIKE.search(right[0])

    @staticmethod
    def _key_value_names(line: str, offset: int, delim: str, cols) -> list[_Name]:
        out: list[_Name] = []
        parts = line.split(delim)
        pos = [0]
        for part in parts:
            pos.append(pos[-1] + len(part) + 1)
        for ci in cols:
            vi = next((j for j in range(ci + 1, len(parts)) if parts[j].strip()), None)
            if vi is None:
                continue
            raw = parts[vi]
            m = _KV_VALUE.match(raw)
            if not m:
                continue
            val = m.group("n")
            if _PLACEHOLDER.search(val) or not _kv_name_like(val):
                continue
            for g in ("n", "r"):
                if m.group(g):
                    s = offset + pos[vi] + m.start(g)
                    nm = _Name(s, s + len(m.group(g)), val, "", "table")
                    nm.score = ev.PERSON_TABLE_COLUMN
                    nm.why = ["表の氏名欄の値" if g == "n" else "表の氏名欄の読み仮名"]
                    out.append(nm)
        return out

    # -- romaji ---------------------------------------------------------------------------
    def _romaji_names(self, text: str) -> list[_Name]:
        out: list[_Name] = []
        if not re.search(r"[A-Za-z]", text):
            return out
        low = text.lower()
        same_len = len(low) == len(text)
        for (rx, ctx), pre, starts in zip(_ROMAJI_CONTEXT, _ROMAJI_PREFILTER, _ROMAJI_STARTS):
            if isinstance(pre, tuple):
                if not any(w in low for w in pre):
                    continue
            elif not pre.search(text):
                continue
            strict = ctx.strict
            if ctx.label:
                if ctx.label == "colon":
                    matches = self._colon_label_matches(text)
                else:
                    matches = _keyword_matches(rx, text, low, starts) if same_len else rx.finditer(text)
                for m in matches:
                    nm = self._label_name(text, m.start("n"), m.end("n"), ctx)
                    if nm:
                        out.append(nm)
                continue
            matches = _keyword_matches(rx, text, low, starts) if starts and same_len else rx.finditer(text)
            for m in matches:
                s, e = m.span("n")
                words = text[s:e].split()
                if strict and (len(words) < 2 or any(w in _EN_NOT_NAME or w in _EN_STOP or (w.isupper() and len(w) > 1)
                                                     for w in words)):
                    continue
                # trim stop words at both ends
                while words and words[-1].strip(".,") in _EN_STOP:
                    words.pop()
                    e = s + len(" ".join(words)) if words else s
                while words and words[0] in _EN_STOP:
                    s += len(words[0]) + 1
                    words.pop(0)
                if not words:
                    continue
                e = s + len(" ".join(words))
                if any(w in _EN_STOP for w in words):
                    continue
                if ctx.header and any(
                        w in _EN_PRODUCT or (w in _EN_NOT_NAME and w not in _AMBIG_SURNAMES) for w in words):
                    continue  # Name: Galaxy Tab, To: Akagi Shrine
                if len(words) == 1 and not ctx.one_word and not _hepburn(words[0]):
                    continue
                if self._public_or_sample(text, s, e, words, ctx.slot):
                    continue
                nm = _Name(s, e, words[-1] if len(words) > 1 else words[0], words[0] if len(words) > 1 else "",
                           "romaji")
                nm.score = ev.PERSON_ROMAJI_CONTEXT
                if ctx.signature:
                    nm.score = self._signature_score(text, e, words)
                    if nm.score < ev.WARN:
                        continue
                nm.why = [REASONS[ctx.reason]]
                out.append(nm)
        out += self._foreign_romaji(text)
        out += self._japanese_romaji(text)
        if _card_context(text):
            out += self._caps_on_cards(text)
        for m in _CAPS_PAIR.finditer(text):
            a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("d"), m.group("c"))
            if not (_hepburn(a) and _hepburn(b)) or a.capitalize() in _EN_STOP or b in _EN_STOP:
                continue
            nm = _Name(m.start(), m.end(), a, b, "romaji")
            nm.score = ev.PERSON_ROMAJI_CAPS
            nm.why = ["ローマ字氏名の表記（姓を大文字）"]
            if b in JP_GIVEN or a.capitalize() in JP_SURNAMES:
                # passport order with a common Japanese given name or surname: "ONOZATO Kazuki"
                nm.score = ev.PERSON_ROMAJI_JAPANESE
                nm.why = ["ローマ字氏名の表記（姓を大文字）・よくある日本人の名前"]
            elif _WHO_AFTER.match(text, m.end()):
                nm.score = ev.PERSON_ROMAJI_JAPANESE  # "HONMA Kengo, who runs the class"
                nm.why = ["ローマ字氏名の表記（姓を大文字）・人を指す関係詞（who）が続く"]
            out.append(nm)
        return out

    @staticmethod
    def _colon_label_matches(text: str):
        """Names after "<label>:" — found from the colons followed by a capital letter (a
        case-insensitive alternation of labels tried at every position would be slow)."""
        for colon in (":", "："):
            p = text.find(colon)
            while p != -1:
                q = p + 1
                while q < len(text) and text[q] in " \t":
                    q += 1
                if q < len(text) and (text[q].isascii() and text[q].isupper() or "\u00C0" <= text[q] <= "\u024F"):
                    m = _LNAME_AT.match(text, q)
                    if m:
                        w = text[max(0, p - 16):p].rstrip(" \t").lower()
                        lab = next((x for x in _LABELS_EN if w.endswith(x)), None)
                        if lab and not w[len(w) - len(lab) - 1:len(w) - len(lab)].isalnum():
                            yield m
                p = text.find(colon, p + 1)

    def _label_name(self, text: str, s: int, e: int, ctx: _Ctx):
        """The name after an English label (It goes to: / Payable to / Attention / Contact: / Name:):
        2-4 name words (particles da/de/dos between them), none an organisation/place/product word
        (City Hall, Tourism Division, Galaxy Tab); after a colon, three words or a known name word or
        Hepburn-shaped words; without a colon, a known name word or Hepburn-shaped words."""
        words = text[s:e].split()
        core = [w for w in words if w.lower() not in _PARTICLES_EN]
        if not 2 <= len(core) <= 4:
            return None
        folded = [_fold(w.strip("'’")).capitalize() for w in core]
        if any(w in _EN_STOP or w in _EN_NOT_NAME or w in _EN_PRODUCT for w in folded):
            return None
        known = any(w in _FOREIGN_SURNAMES or w in _AMBIG_SURNAMES or w in JP_SURNAMES or w in JP_GIVEN
                    or w in _WESTERN_GIVEN for w in folded)
        hep = all(_hepburn(w) for w in folded)
        if not (known or hep or (ctx.label == "colon" and len(core) >= 3)):
            return None
        if self._public_or_sample(text, s, e, words, ctx.slot):
            return None
        nm = _Name(s, e, words[-1], words[0], "romaji")
        nm.score, nm.why = ev.PERSON_ROMAJI_CONTEXT, [REASONS[ctx.reason]]
        return nm

    @staticmethod
    def _caps_on_cards(text: str) -> list[_Name]:
        """NGUYEN VAN HUNG, YAMADA TARO: names printed in capitals on residence cards and passports,
        near 在留カード/旅券/passport: a known surname, or every word Hepburn-shaped."""
        out: list[_Name] = []
        for m in _CAPS_RUN.finditer(text):
            s, e = m.span()
            if not _card_context(text, max(0, s - 150), e + 150):
                continue
            words = m.group(0).split()
            if any(w.capitalize() in _EN_STOP or w.capitalize() in _EN_NOT_NAME or w in _CARD_WORDS for w in words):
                continue
            caps = [_fold(w.capitalize()) for w in words]
            known = any(w in _FOREIGN_SURNAMES or w in JP_SURNAMES or w in JP_GIVEN for w in caps)
            if not known and not all(_hepburn(w) for w in caps):
                continue
            nm = _Name(s, e, words[0], words[-1], "romaji")
            nm.score = ev.PERSON_ROMAJI_FOREIGN
            nm.why = ["大文字のローマ字氏名（在留カード・旅券の文脈）"]
            out.append(nm)
        return out

    def _japanese_romaji(self, text: str) -> list[_Name]:
        """Kenji Obata / Obata Kenji in English chats and lists: two capitalised words, one a common
        Japanese given name or surname (service/lexicon/person.romaji_*.txt) and the other
        Hepburn-shaped, with a person context: a chat speaker line, "wrote:", "with/ask/from/cc …"
        before, "'s / will / said …" after. A listed given name + listed surname without context warns."""
        out: list[_Name] = []
        if not JP_SURNAMES:
            return out
        prev = None
        for m in _CAP_WORD.finditer(text):
            if prev is None or text[prev.end():m.start()] not in (" ", "  "):
                prev = m
                continue
            w1, w2 = prev.group(0), m.group(0)
            a, b = prev.start(), m.end()

            prev = m
            g1, s1, g2, s2 = w1 in JP_GIVEN, w1 in JP_SURNAMES, w2 in JP_GIVEN, w2 in JP_SURNAMES
            if not (g1 or s1 or g2 or s2):
                continue
            both = (g1 and s2) or (s1 and g2)
            shape = both or ((g1 or s1) and _hepburn(w2)) or ((g2 or s2) and _hepburn(w1))
            if not shape or any(w in _EN_STOP or w in _EN_NOT_NAME or w in _JP_NOT_NAME_WORDS for w in (w1, w2)):
                continue
            # part of a longer title-case run (Kenji Obata Memorial Hall, Visit Yui Sato Park)
            nx = _NEXT_CAP.match(text, b)
            if nx and (nx.group(1) in _EN_NOT_NAME or nx.group(1) in _EN_STOP or nx.group(1) in _JP_NOT_NAME_WORDS):
                continue
            pv = _PREV_CAP.search(text, max(0, a - 30), a)
            if pv and pv.group(1) not in _JP_ROMAJI_LEAD:
                continue
            line_start = text.rfind("\n", 0, a) + 1
            before = text[max(line_start, a - 40):a]
            why = None
            chat = bool(_CHAT_PREFIX.fullmatch(before) and _SPEAKER_AFTER.match(text, b))
            if chat:
                why = "チャットの発言者"
            elif _ROMAJI_BEFORE.search(before):
                why = "英文で人を指す語の後"
            elif _ROMAJI_AFTER.match(text, b):
                why = "英文で人を指す語の前"
            if why is None and not both:
                continue
            if self._public_or_sample(text, a, b, [w1, w2]) or (
                    not chat and _PUBLIC_CONTEXT_EN.search(text, max(0, a - 120), b + 120)):
                continue
            nm = _Name(a, b, w2 if g1 else w1, w1 if g1 else w2, "romaji")
            if why is None:
                nm.score, nm.why = ev.PERSON_ROMAJI_JAPANESE_BARE, ["ローマ字の日本人名（よくある名と姓）"]
            else:
                nm.score = ev.PERSON_ROMAJI_CONTEXT if both else ev.PERSON_ROMAJI_JAPANESE
                nm.why = ["ローマ字の日本人名・" + why]
            out.append(nm)
        return out

    @staticmethod
    def _signature_score(text: str, end: int, words: list) -> float:
        """A name line over a contact line: strong when the contact is personal (Home/Mobile, 携帯)
        or an e-mail address in the next lines is made of the name; otherwise warn."""
        nl = end
        for _ in range(3):
            nl = text.find("\n", nl + 1)
            if nl == -1:
                break
        block = text[end:nl if nl != -1 else len(text)]
        if _PERSONAL_LINE.search(block) or _MOBILE.search(block):
            return ev.PERSON_ROMAJI_SIGNATURE
        start = end - len(" ".join(words))
        if _SIGNATURE_BEFORE.search(text, max(0, start - 80), start):
            return ev.PERSON_ROMAJI_SIGNATURE
        low = block.lower()
        for m in _EMAIL_LOCAL.finditer(low):
            if any(len(w) >= 3 and w.lower() in m.group(1) for w in words):
                return ev.PERSON_ROMAJI_SIGNATURE
        return 0.0  # a title-case line over an office phone (Review Budget / Tel: …) is not enough

    @staticmethod
    def _public_or_sample(text: str, s: int, e: int, words: list, slot: bool = False) -> bool:
        """Famous people (William Shakespeare) and sample names introduced as examples (例：Taro Yamada);
        in a name slot (`slot`: account holder, 氏名欄) a famous name is still somebody's."""
        flat = "".join(w.strip(".,") for w in words)
        if not slot and (flat in PUBLIC_FIGURES or "".join(reversed(words)) in PUBLIC_FIGURES):
            return True
        if flat in _SAMPLE_ROMAJI and _SAMPLE_CONTEXT_EN.search(text, max(0, s - 60), e + 60):
            return True
        return False

    def _foreign_romaji(self, text: str) -> list[_Name]:
        """Foreign residents' names in romaji (Nguyen Thi Lan, Park Ji-hoon, João da Silva):
        2-4 capitalised words with a name slot before, a nationality/age bracket after, a common
        foreign surname, or a resident context (転入, 在留, 国籍 …) in the sentence."""
        out: list[_Name] = []
        for m in _FOREIGN_RUN.finditer(text):
            s, e = m.span("n")
            words = text[s:e].split()
            while words and words[0] in _EN_LEAD:
                s += len(words[0]) + 1
                words.pop(0)
                while s < e and text[s] == " ":
                    s += 1
            caps = [w for w in words if w[:1].isupper()]
            if not 2 <= len(caps) <= 4 or len(words) > 5:
                continue
            if any((w in _EN_NOT_NAME or w in _EN_STOP) and not (i == 0 and w in _AMBIG_SURNAMES)
                   for i, w in enumerate(words)):
                continue
            folded = [_fold(w) for w in words]
            strong = any(w in _FOREIGN_SURNAMES for w in folded)
            ambig = any(w in _AMBIG_SURNAMES for w in folded)
            if ambig and len(folded) >= 3 and folded[0] in _AMBIG_SURNAMES and folded[1] in ("Thi", "Van"):
                strong = True  # Le Van Thanh, Ho Thi Mai: a Vietnamese middle name
            japanese = bool(_CJK.search(text, max(0, s - 3), s) or _CJK.search(text, e, e + 3))
            left = _FOREIGN_LEFT.search(text, max(0, s - 14), s) if japanese else None
            right = _FOREIGN_RIGHT.match(text, e) if japanese else None
            sentence = _sentence(text, s, e) if japanese else ""
            context = bool(_FOREIGN_CONTEXT.search(sentence)) if japanese else False
            after = bool(_PERSON_AFTER.match(text, e)) if japanese else False
            if japanese and _FOREIGN_NOT_AFTER.match(text, e):
                continue  # Tran Hung Dao 通り, Santos 社製: a place or an organisation
            honor = (_KATA_HONOR.match(text, e) or _CLOSE_THEN_HONOR.match(text, e)) if japanese else None
            if honor:
                score, why = ev.PERSON_ROMAJI_CONTEXT, "敬称"
            elif left or right:
                score, why = ev.PERSON_ROMAJI_FOREIGN, ("氏名の欄・続柄" if left else "国籍・年齢などの括弧書き")
            elif (strong and context) or (ambig and _RESIDENT_CONTEXT.search(sentence)):
                score, why = ev.PERSON_ROMAJI_FOREIGN, "外国人に多い姓・手続の文脈"
            elif strong and after:
                score, why = ev.PERSON_ROMAJI_FOREIGN, "外国人に多い姓・人を指す助詞"
            elif strong:
                score, why = ev.PERSON_ROMAJI_SURNAME, "外国人に多い姓の形"
            else:
                continue
            if self._public_or_sample(text, s, e, words):
                continue
            nm = _Name(s, e, words[0], words[-1], "romaji")
            nm.score = score
            nm.why = ["ローマ字氏名（" + why + "）"]
            out.append(nm)
        return out

    # -- repetitions: the surname or given name of a reported name, used again -------------------
    def _repeats(self, doc: Document, toks: list, names: list[_Name], already: list[Candidate]) -> list[Candidate]:
        text = doc.text
        parts: dict[str, tuple[float, str]] = {}
        for nm in names:
            for part in {nm.sei, nm.mei, text[nm.start:nm.end]}:
                part = part.strip()
                if not part or _PLACEHOLDER.search(part):
                    continue
                if len(part) < 2 and not re.match(r"[一-龥]", part):
                    continue
                if part not in parts or parts[part][0] < nm.score:
                    parts[part] = (nm.score, nm.why[0] if nm.why else "")
        if not parts:
            return []
        covered = _Intervals()
        for c in already:
            if not covered.overlaps(c.start, c.end):
                covered.add(c.start, c.end)
        out: list[Candidate] = []
        for part in sorted(parts, key=len, reverse=True):
            score, _ = parts[part]
            ascii_part = part.isascii()
            pos = text.find(part)
            while pos != -1:
                end = pos + len(part)
                if not covered.overlaps(pos, end):
                    if ascii_part:
                        ok = (pos == 0 or not text[pos - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())
                    else:
                        ok = _word_boundary(text, pos, end)
                        if ok and len(part) == 1:
                            ok = any(text.startswith(h, end) for h in HONORIFICS)
                        if ok:
                            # not part of a bigger word (中村 in 中村橋 is one token, so it fails above)
                            ok = not _PLACEHOLDER.search(part)
                    if ok:
                        out.append(Candidate(self.type, pos, end, score,
                                             "既に氏名と判定した姓・名の繰り返し"))
                        covered.add(pos, end)
                pos = text.find(part, end)
        return out


_KANJI_CH = compile_fast(r"[一-龥々〆ヶ]")
_KATA_CH = compile_fast(r"[ァ-ヶー]")
_AFTER_OK = frozenset("様氏君殿先宛")


# titles after a repeated surname (麻布会長, 六本木班長): still the person, not a longer word
_REPEAT_TITLES = tuple(sorted((TITLES | _ROLE_SET) - {"代表", "委員", "記録", "担当", "通訳", "職員", "役員"},
                              key=len, reverse=True))


def _word_boundary(text: str, pos: int, end: int) -> bool:
    """A repeated surname/given name standing as a word: not 中村 in 中村橋, 清水 in 清水寺."""
    before = text[pos - 1:pos]
    after = text[end:end + 1]
    part = text[pos:end]
    if _KATA_CH.match(part[:1]):
        return not (before and _KATA_CH.match(before)) and not (after and _KATA_CH.match(after))
    if before and _KANJI_CH.match(before):
        return False
    if after and _KANJI_CH.match(after) and after not in _AFTER_OK:
        return any(text.startswith(t, end) for t in _REPEAT_TITLES)  # 麻布会長, 六本木班長
    return True


class _LazySentence:
    """The sentence around a name, cut only when a context word occurs somewhere in the text
    (checked once per scan): 25,000 names in one text stay linear and cheap."""

    __slots__ = ("doc", "start", "end", "_text")

    def __init__(self, doc: Document, start: int, end: int):
        self.doc, self.start, self.end, self._text = doc, start, end, None

    def search(self, rx: re.Pattern):
        cache = getattr(self.doc, "_person_rx_cache", None)
        if cache is None:
            cache = self.doc._person_rx_cache = {}  # type: ignore[attr-defined]
        anywhere = cache.get(rx)
        if anywhere is None:
            anywhere = cache[rx] = rx.search(self.doc.text) is not None
        if not anywhere:
            return None
        if self._text is None:
            self._text = _sentence(self.doc.text, self.start, self.end)
        return rx.search(self._text)


def _sentence(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - 121), end + 120  # bounded searches: linear time on 100k-character texts
    a = max(text.rfind("。", lo, start), text.rfind("\n", lo, start), start - 121) + 1
    b1, b2 = text.find("。", end, hi), text.find("\n", end, hi)
    b = min(x for x in (b1, b2, end + 120, len(text)) if x >= 0)
    return text[max(a, 0):b]


def _pii_index(doc: Document):
    """The earlier detectors' PII findings sorted by start, built once per scan (per Document)."""
    idx = getattr(doc, "_person_pii_index", None)
    if idx is None or idx[0] != len(doc.candidates):
        pii = sorted((c for c in doc.candidates if c.type in _PII_TYPES and c.score >= ev.WARN),
                     key=lambda c: c.start)
        longest = max((c.end - c.start for c in pii), default=0)
        idx = (len(doc.candidates), [c.start for c in pii], pii, longest)
        doc._person_pii_index = idx  # type: ignore[attr-defined]
    return idx


def _near_pii(doc: Document, start: int, end: int, span: int = 60):
    """The label of the personal information nearest the name (「住所」「電話番号」 …), or None."""
    found = _near_pii_type(doc, start, end, span)
    return None if found is None else _PII_LABEL.get(found, "個人情報")


def _near_pii_type(doc: Document, start: int, end: int, span: int = 60):
    """The finding type of personal information on the name's line or a neighbouring one, or None."""
    _, starts, pii, longest = _pii_index(doc)
    i = bisect_left(starts, start - span - longest)
    for c in pii[i:bisect_left(starts, end + span)]:
        if start - span < c.end:
            # the same line or a neighbouring one
            lo, hi = min(start, c.start), max(end, c.end)
            if doc.text.count("\n", lo, hi) <= 2:
                return c.type
    return None


_PII_LABEL = {"JP_ADDRESS": "住所", "PHONE_NUMBER": "電話番号", "EMAIL_ADDRESS": "メールアドレス",
              "DATE_OF_BIRTH": "生年月日", "JP_BANK_ACCOUNT": "口座番号", "JP_MY_NUMBER": "個人番号",
              "JP_RESIDENT_CODE": "住民票コード", "JP_DRIVER_LICENSE": "免許証番号", "JP_PASSPORT": "旅券番号",
              "JP_RESIDENCE_CARD": "在留カード番号", "JP_PENSION_NUMBER": "基礎年金番号",
              "JP_HEALTH_INSURANCE": "保険証の番号"}
# identifiers issued to one person: a name beside one is that person's
_ID_TYPES = frozenset(("JP_MY_NUMBER", "JP_RESIDENT_CODE", "JP_DRIVER_LICENSE", "JP_PASSPORT",
                       "JP_RESIDENCE_CARD", "JP_PENSION_NUMBER", "JP_HEALTH_INSURANCE"))


class _Intervals:
    """Non-overlapping [start, end) spans kept sorted, with O(log n) overlap tests
    (a text of 25,000 「山田さん」 must not take quadratic time)."""

    __slots__ = ("starts", "ends")

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # spans starting before `end`
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _dedupe(names: list[_Name]) -> list[_Name]:
    names = sorted(names, key=lambda n: (-n.score, n.start - n.end, n.start))
    kept: list[_Name] = []
    spans = _Intervals()
    for nm in names:
        if spans.overlaps(nm.start, nm.end):
            continue
        spans.add(nm.start, nm.end)
        kept.append(nm)
    return sorted(kept, key=lambda n: n.start)
