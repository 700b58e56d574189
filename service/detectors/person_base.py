"""PERSON, the parts every candidate path shares: the word lists and patterns, the name
candidate (`_Name`), the sentence and nearby-PII look-ups and the small helpers the paths and
the vetoes use (service/detectors/person.py runs the paths; person_stages.py judges them)."""
from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

from .. import lexicon
from .base import Document
from .fastre import compile_fast
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
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


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


_FIGURE_LENGTHS = lexicon.figure_lengths("public_figures")


def _public_figure_at(text: str, start: int) -> bool:
    """A listed figure starts here (速水堅曹 when Sudachi cut the name as 速水+堅+曹)."""
    window = text[start:start + 14].replace(" ", "").replace("\u3000", "")
    return any(window[:n] in PUBLIC_FIGURES for n in _FIGURE_LENGTHS if n <= len(window))


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


def _romaji_keys(words: list) -> tuple[str, str]:
    """A romaji name as the public-figure and sample lists spell it: joined, and joined in reverse order."""
    return "".join(w.strip(".,") for w in words), "".join(reversed(words))


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
    """A name candidate: its span, its parts, the candidate path that found it (`path`, a key of
    person_stages.PATH_VETOES and evidence.PERSON_PATH_SCORES) and the signals that path saw
    (`sig`: signal id -> True or the word the reason quotes). `score` and `why` (reason ids with
    their parameters, or — on paths not yet staged — Japanese text) are set by the score stage."""
    __slots__ = ("start", "end", "sei", "mei", "kind", "score", "why", "_next", "path", "sig", "keys")

    def __init__(self, start, end, sei, mei, kind, sig=None, keys=None):
        self.start, self.end, self.sei, self.mei, self.kind = start, end, sei, mei, kind
        self.score, self.why = 0.0, []
        self.path, self.sig = kind, sig if sig is not None else {}
        self.keys = keys if keys is not None else (sei + mei,)  # the name as public/sample lists spell it


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
