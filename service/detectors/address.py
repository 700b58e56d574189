"""JP_ADDRESS: a street address down to 丁目 / 番地 / 号 or a 1-2-3 house number.

Anchored on the house-number part (三丁目五番八号, 2丁目11番12号, 12番地の3, 3-9-8), which
must follow a place name: a run of kanji (and が/ケ/ヶ) that contains a municipal marker
(都道府県・市区町村・郡) or that Sudachi tags as 地名. A prefecture, city or landmark alone
is not an address, nor is a postal code alone; 〒 + town + number is, and the postal code
joins the span. An optional building and room (アーバンコート若葉 105, ○○ハイツ202号室, さくら荘 2号室)
joins it too.

A public facility's own address given right after the facility's name
(「前橋市立図書館（前橋市昭和町三丁目42番22号）」) is scored lower (warn); the city hall's
published address is let through by the policy allowlist, not here.
"""
from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import Optional
from bisect import bisect_left, bisect_right

from .. import lexicon
from ..labels import REASONS
from .fastre import compile_exists, compile_fast, finditer_sparse, first_characters
from . import engine, register
from .engine import RuleDetector
from .base import Candidate, Detector, Document
# a text written for the public (a notice, a flyer, a list of shelters), said at its head
from .contact import PUBLIC_DOCUMENT, PUBLIC_HEAD
from . import evidence as ev

# The house-number pattern and the patterns around an address are data: service/rules/address.toml
# (rule address.house_number, with its examples and counterexamples; context address_*). This
# module is the algorithm: the anchors, the place name before the number, the spans other
# detectors took, a second number leaning on an earlier town, a facility's table column.
_RULE = next(r for r in engine.shipped().by_source("address") if r.id == "address.house_number")
_CONTEXT = engine.shipped().context
_KNUM = engine.shipped_fragments()["ADDR_KNUM"]
_HOUSE = _RULE.rx
_ANCHOR = compile_fast(rf"[0-9{_KNUM}]")
# The anchors analyze() goes on with: a number right after a kanji (or 々ヶケがノヵ) — the same
# test as its character check, asked by sre, so the Python loop no longer visits every digit.
_ANCHOR_AFTER_PLACE = re.compile(rf"[0-9{_KNUM}](?<=[一-龥々ヶケがノヵ][0-9{_KNUM}])")
# (or its 丁目 or 番地 in kanji numerals: 三俣町 二丁目8番16号, 箱田町 一〇〇五番地三)
_ANCHOR_AFTER_SPACED_PLACE = re.compile(rf"(?<=[一-龥々ヶ] )(?:[0-9]|[{_KNUM}](?=[{_KNUM}]{{0,5}}(?:丁目|番)))")
_TOWN_INSIDE = re.compile(r"[町村].")  # 総社町植野: a 大字 written after its town, in one place name
_CITY_THEN_TOWN = re.compile(r"市[一-龥々ヶ]{2}")  # 渋川市石原: a town after its city, read as one place name
_ROMAJI_ADDRESS = _CONTEXT["address_romaji"]
_ROMAJI_BUILDING_BEFORE = _CONTEXT["address_romaji_building_before"]
_ROMAJI_BUILDING_AFTER = _CONTEXT["address_romaji_building_after"]
_ROMAJI_BUILDING_WORD = _CONTEXT["address_romaji_building_word"]
_ROMAJI_CHOME_AFTER = _CONTEXT["address_romaji_chome_after"]


def _romaji_building_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The romaji address's span widened over a 2-chome written after the town and over its English
    building and room on either side (Corpo Maebashi 301, …; …, Maebashi (Chiyoda Heights 4F))."""
    cm = _ROMAJI_CHOME_AFTER.match(text, end)
    if cm:
        end = cm.end()
    line_start = text.rfind("\n", 0, start) + 1
    bm = _ROMAJI_BUILDING_BEFORE.search(text, max(line_start, start - 48), start)
    if bm and bm.end() == start and _ROMAJI_BUILDING_WORD.search(bm.group("b")):
        start = bm.start("b")
    am = _ROMAJI_BUILDING_AFTER.match(text, end)
    if am and _ROMAJI_BUILDING_WORD.search(am.group("b")):
        end = am.end("b")
    return start, end
_ROMAJI_SAMPLE = compile_fast(r"(?i)example|sample|dummy|test|fictional")
# a business's or a facility's published address in English: the text says where it comes from (their
# website, a guide) or a business word stands right before the address (head office, restaurant …) —
# unless a person's own words are near (I live, my address, Mr. …)
_ROMAJI_PUBLIC_SOURCE = compile_fast(r"(?i:website|web site|homepage|official site|food guide|guidebook|brochure|tourist map|"
                                     r"published)")
_ROMAJI_BUSINESS_BEFORE = compile_fast(r"(?i:head office|headquarters|office|shop|store|restaurant|cafe|hotel|inn|company|"
                                       r"co\.,? ltd\.?|inc\.|museum|hall|station|cent(?:er|re)|library|school|hospital|"
                                       r"clinic|house|soba|ramen|bakery|lounge|plaza|gym(?:nasium)?|pool|park)[^\n.]{0,12}$")
_ROMAJI_ADDRESS_LABEL = compile_fast(r"[ \t]*(?i:address|location|venue)[ \t]*[:：][ \t]*")
# (and a letter to someone about their own home: "your house at …", "the property you own at …")
_ROMAJI_PERSONAL = compile_fast(r"(?i:\bI live|\bmy (?:new )?address|\bmoved|\bresid|\bhome\b|\bMrs?\.|\bMs\.|\bborn\b"
                                r"|\byour (?:house|property|apartment|flat|land|room)\b|\byou (?:own|rent|live)\b)")
_ROMAJI_SAMPLE_AFTER = compile_fast(r"[^\n(（]{0,30}[(（][ ]?(?i:does not exist|fictional|fictitious|dummy|sample|example|not real|架空|ダミー|サンプル)")
_PLACE_CHARS = _CONTEXT["address_place_chars"]
_PLACE_END = _CONTEXT["address_place_end"]
_PREF = _CONTEXT["address_prefecture"]
_POSTAL = _CONTEXT["address_postal"]
_POSTAL_SHAPE = re.compile(r"[0-9]{3}-[0-9]{4}")  # 3 digits, a hyphen, 4: a postal code, never 番地-号
_BUILDING = _CONTEXT["address_building"]
_FACILITY_BEFORE = _CONTEXT["address_facility_before"]
_NOT_PLACE_TAIL = _CONTEXT["address_not_place_tail"]
_CITY_ONLY = _CONTEXT["address_city_only"]
_FOLLOW = _CONTEXT["address_follow"]
_FOLLOW_LEAD = _CONTEXT["address_follow_lead"]
_FOLLOW_NOT_BEFORE = _CONTEXT["address_follow_not_before"]
_FOLLOW_NOT_AFTER = _CONTEXT["address_follow_not_after"]
_FOLLOW_HOME = _CONTEXT["address_follow_home"]
_SENTENCE_END = _CONTEXT["address_sentence_end"]
# a class of single characters (no look-around): found in a stretch, it is found in any longer
# stretch that begins the same way, so the neighbour search may stop at the first number after it
_SENTENCE_END_IS_CLASS = re.fullmatch(r"\[[^\]]*\]", _SENTENCE_END.pattern) is not None
# … so a neighbour can only start before the first sentence end, "|" or tab after the address: where
# none of the characters a neighbour's number starts with stands before it (a roster's line ends
# right after the address), the neighbour search is not started (it scanned on into the next lines)
_SENTENCE_STOP = re.compile(f"(?:{_SENTENCE_END.pattern})|[|\t]")
_FOLLOW_FIRSTS = first_characters(_FOLLOW.pattern, _FOLLOW.flags)
_FOLLOW_FIRST = (re.compile("[" + "".join(c if len(c) == 2 and c[0] == "\\" else re.escape(c) for c in sorted(_FOLLOW_FIRSTS)) + "]")
                 if _FOLLOW_FIRSTS and _SENTENCE_END_IS_CLASS else None)
_PLACE_COLUMN = _CONTEXT["address_place_column"]
_FACILITY_CELL = _CONTEXT["address_facility_cell"]
_PUBLISHED = _CONTEXT["address_published"]
_AZA_PLACE = _CONTEXT["address_aza_place"]
_OAZA_AFTER_VILLAGE = _CONTEXT["address_oaza_after_village"]
# the same written with a space between the town and its 字 (前橋市関根町 字下河原 617番3: forms and
# tax records space the parts of a rural lot's place)
_SPACED_AZA = re.compile(r"[町村][ 　]字[一-龥々ヶケ]{1,5}$")
_AREA_AFTER = _CONTEXT["address_area_after"]
_AREA_LABEL = _CONTEXT["address_area_label"]
def _a_district(text: str, facts, names, start: int, end: int) -> bool:
    """A town and its 丁目 with no house number that name an area: 「断水区域：下小出町一丁目の一部」, a row of 町丁別
    figures, or any 丁目 of a text about figures per 町丁 (町丁別に集計, 列A:町丁名) with no name beside it."""
    if _AREA_AFTER.match(text, end) or _STAT_ROW_AFTER.match(text, end) \
            or _AREA_LABEL.search(text, max(0, text.rfind("\n", 0, start) + 1), start):
        return True
    # (the text's facts are built only for a text about figures per 町丁: most texts are not)
    return _per_district_text(text) and not _name_near(facts or _TextFacts(text), names, start, end)


@lru_cache(maxsize=4)
def _per_district_text(text: str) -> bool:
    """(asked once per text, not once per 丁目: a dense roster holds twenty)"""
    return _PER_DISTRICT_TEXT.search(text) is not None


_PER_DISTRICT_TEXT = compile_exists(r"町丁(?:字)?別|町丁名|町丁目別|地区別(?:の|に)?(?:人口|世帯|集計|統計)")
_STAT_ROW_AFTER = _CONTEXT["address_stat_row_after"]
_FOLLOW_NOT_PREV = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-/#:＃№第")
_FOLLOW_NEAR = 80  # chars after the town's address within which the same sentence may go on


# (compiled once: _address_at runs for every house number of a roster)
_TOWN_CHAR = re.compile(r"[町村]")
# (not a room, a hall, an office, a station or a line in the town: 大手町会議室3-2, 本町会館3-2)
_NOT_OAZA_END = "(?:室|館|棟|場|所|課|係|院|園|校|庁|舎|社|店|会|部|局|署|駅|口|前|内|外|線|通|側)$"
_OAZA_AFTER_TOWN = re.compile(r"[町村](?![一-龥々ヶケ]*" + _NOT_OAZA_END + r")[一-龥々ヶケ]{2,4}$")
# a person named right after a bare lot, with an age or an honorific (宮城町三夜沢 812 狩野 ハル(87)): a list of homes
_RESIDENT_AFTER_LOT = re.compile(r"[ 　]+[一-龥々]{2,4}[ 　]?[ぁ-んァ-ヶー一-龥々]{1,4}(?:[ 　]?(?:[（(][0-9]{1,3}(?:歳|才)?[）)]|様|さん|方))")
_RESIDENT_AFTER_BARE_LOT = re.compile(r"[ 　]?[0-9]{1,5}" + _RESIDENT_AFTER_LOT.pattern)
_CITY_TOWN_OAZA = re.compile(r"[一-龥]{1,4}市[一-龥々ヶ]{1,4}[町村](?![一-龥々ヶ]*" + _NOT_OAZA_END + r")[一-龥々ヶ]{2,4}$")
_LOT_FORM = re.compile(r"[0-9]{1,4}(?:-[0-9]{1,4}){1,2}(?![0-9])|[0-9]{1,4}番地")
_TOWN_END_CHARS = ("町", "村")
_ADMIN_END = re.compile(r"[都道府県市区郡町村]$")
def _with_building(text: str, end: int) -> tuple[int, bool]:
    """The address's end with the building and room after it (…ハイツ朝日 102号室), and whether a room's number ends it."""
    bm = _BUILDING.match(text, end)
    if bm and not _NOT_BUILDING.match(bm.group(0)):
        return bm.end(), _ROOM_NUMBER.search(bm.group(0)) is not None
    return end, False


# a room's number at the end of a building's part (302号, 102号室, 4F 401)
_ROOM_NUMBER = re.compile(r"[0-9]{1,4}(?:-?[A-Z])?(?:号室|号|室)?$")
_NOT_BUILDING = re.compile(r"[ ,、]?(?:TEL|Tel|tel|電話|携帯|FAX|Fax|から|まで)")


def _unread_place_ok(text: str, place: str, p: int, q: int, oaza: set) -> bool:
    """A place the analyser did not read as one, ending at `q` before a house number at `p`: a town (町/村 at its
    end), a 大字 after its village or after its town with a lot number's own form (大胡町河原浜653-2), a 字."""
    if len(place) < 2 or _NOT_PLACE_TAIL.search(place):
        return False
    return bool(_PLACE_END.search(place) or _OAZA_AFTER_VILLAGE.search(place)
                or ((_OAZA_AFTER_TOWN.search(place) or _oaza_after_spaced_town(text, q - len(place), place)) and _LOT_FORM.match(text, p))
                # (or a bare lot after a 大字 written after its city and its town: 前橋市宮城町苗ヶ島2031, as rural homes are)
                or (_OAZA_AFTER_TOWN.search(place) is not None
                    and (_CITY_TOWN_OAZA.search(text, max(0, q - len(place) - 12), q) is not None
                         or _RESIDENT_AFTER_BARE_LOT.match(text, p) is not None))
                or "字" in place and (_AZA_PLACE.search(place) or _SPACED_AZA.search(text, max(0, q - 10), q)
                                     or _AZA_PLACE.search(text, max(0, q - 16), q))
                or q in oaza)


def _spaced_town(text: str, place: str, pstart: int, q: int, places: dict, oaza: set) -> bool:
    """「前橋市亀里町 73-5」「総社町植野 412番地の6」: a space between the town and its number is common
    in forms and exports; then the number must be a house number's own form (checked by the caller)
    and the place a town — 町/村 at its end, a 大字 after its town — not 「会議室 3-2」「東京 3-2」."""
    return bool(_PLACE_END.search(place) or q in oaza or _SPACED_AZA.search(text, max(0, q - 10), q)
                or _AZA_PLACE.search(text, max(0, q - 16), q)
                or (q in places and (text[pstart - 1:pstart] in _TOWN_END_CHARS or _TOWN_INSIDE.search(place)
                                     or _CITY_THEN_TOWN.search(place)))
                or _oaza_after_spaced_town(text, pstart, place))


def _word_after_spaced_town(text: str, q: int) -> bool:
    """The kanji word ending at `q` stands after a town and a space (粕川町 女渕|): a 大字 the analyser read as a name."""
    m = _PLACE_CHARS.search(text, max(0, q - 8), q)
    return m is not None and m.end() == q and _oaza_after_spaced_town(text, m.start(), m.group())


def _oaza_before_resident(text: str, q: int, p: int) -> bool:
    """A 大字 the analyser cut into common words ends at `q` right after its town (宮城町苗ヶ島|, 宮城町鼻毛石|),
    and a bare lot at `p` has its resident after it, as a list of homes has (… 355 都丸 ふさ(84))."""
    m = _PLACE_CHARS.search(text, max(0, q - 12), q)
    return (m is not None and m.end() == q and _OAZA_AFTER_TOWN.search(m.group()) is not None
            and _RESIDENT_AFTER_BARE_LOT.match(text, p) is not None)


# (not a room, a hall, an office … in the town: the words _OAZA_AFTER_TOWN refuses)
_NOT_OAZA = re.compile(_NOT_OAZA_END)


def _oaza_after_spaced_town(text: str, pstart: int, place: str) -> bool:
    """The place starts after its town and a space, as an OCR'd form spaces every part of an address
    (「前橋市 富士見町 原之郷 2955-3」): a 大字 of that town (the caller asks for a lot's own form after it)."""
    return (text[pstart - 1:pstart] == " " and text[pstart - 2:pstart - 1] in _TOWN_END_CHARS
            and 2 <= len(place) <= 4 and _NOT_OAZA.search(place) is None)


# a lone number after a spaced town is a lot only when it ends the value — a CSV cell, a bracket, the
# line — and a city stands before the town (「前橋市駒形町 917,027-…」「（前橋市駒形町 1208）」)
_CELL_END = re.compile(r"[ \t　]*(?:[,，、)）\]|\t\n]|$)")
_CITY_LEAD = re.compile(r"[市郡]")


_LOT_MARK = re.compile("[甲乙丙]")  # a rural lot's mark before its number
_KANJI_BEFORE_MARK = re.compile("[一-龥々ヶ]")
_CHOME_ALONE = re.compile(r"[0-9一二三四五六七八九十〇]{1,3}丁目")


class _TextFacts:
    """What the whole text says about itself, asked at most once per scan (an export holds hundreds of
    addresses: a search of the whole text per address would cost the square of its length)."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def published(self) -> bool:
        return _PUBLISHED.search(self.text) is not None

    @cached_property
    def public_head(self) -> bool:
        return PUBLIC_DOCUMENT.search(self.text, 0, PUBLIC_HEAD) is not None

    @cached_property
    def for_readers(self) -> bool:
        """Written for the public, or for a district's households (自治会だより, 会報): its facilities' addresses
        are printed for everyone (the residents it names are still private: the person detector's matter)."""
        return self.public_head or _FOR_READERS_HEAD.search(self.text, 0, PUBLIC_HEAD) is not None

    @cached_property
    def romaji_source(self) -> bool:
        return _ROMAJI_PUBLIC_SOURCE.search(self.text) is not None


_FOR_READERS_HEAD = compile_fast(r"だより|便り|会報|ニュースレター")
# the bracket holds someone's home, not a shop's address: 「お伝えした住所（…）」「自宅（…）」
_HOME_WORD_BEFORE = compile_fast(r"住所|住まい|自宅|居所|宅|転居先|転入先|実家|様|さん|氏|方|暮らし|在住|居住"
                                # (or a foreign resident's katakana name, which has no name token: ソウザ・フェルナンダ（…）)
                                r"|[ァ-ヶ][ァ-ヶー]+・[ァ-ヶ][ァ-ヶー]+[ 　]?[（(]?$")


# a business's site, not a home: marked so after it (「（事業所）」「（本社）」), or a 所在地 given only to the 丁目 or
# the town — a person named near it (its representative) does not make it theirs
_BUSINESS_SITE_AFTER = compile_fast(r"[ 　]*[（(](?:事業所|事業場|本社|本店|支店|営業所|店舗|工場|事務所)(?:所在地)?[）)]")
_SITE_LABEL_BEFORE = compile_fast(r"所在地[ 　]*[:：]?[ 　]*$")
_NO_LOT_END = compile_fast(r"(?:丁目|町|村)$")


# (… in a notice for the public, or with the facility it is beside or in named after it — not a case record's 場所：, a flat
# or a resident's house: 場所：…3丁目2-5 アパート2階, 場所：…2-14-7 の相談者宅前)
_FACILITY_NAMED_AFTER = compile_fast(r"[ 　]*[（(][^（）()\n]{0,16}(?:公民館|センター|図書館|体育館|会館|ホール|庁舎|支所|学校|公園|駅)")
_DWELLING_AFTER = compile_fast(r"[ 　]*(?:の)?(?:アパート|マンション|ハイツ|コーポ|団地|[^。\n]{0,6}宅|[0-9]+号室)")
_VENUE_LABEL_BEFORE = compile_fast(r"(?:場所|会場|開催場所|開設場所|実施場所|開催地|集合場所)[ 　]*[:：][ 　]*$")
_LAND_PARCEL_AFTER = compile_fast(r"[ 　]*(?:の|にある)?[ 　]*(?:山林|土地|農地|田(?![一-龥])|畑|宅地|雑種地|原野|用地|空き地|空地|一筆)")


# (… but a plot whose owner the passage speaks of is that person's: 申請予定地は…の畑、自宅の隣。長男の住宅を…)
_PARCEL_OWNER_NEAR = compile_fast(r"自宅|申請予定|申請地|申請者|相談者|本人|長男|長女|次男|次女|息子|娘|家族|親族|相続|さん|様|氏")


def _business_site(text: str, start: int, end: int) -> bool:
    if _BUSINESS_SITE_AFTER.match(text, end):
        return True
    return (_NO_LOT_END.search(text, start, end) is not None
            and _SITE_LABEL_BEFORE.search(text, max(0, start - 10), start) is not None)


# a sample mark in brackets right after the address, and the placeholder marks a sample writes for a town or a building
_SAMPLE_MARK_AFTER = compile_fast(r"[ 　]*[（(](?:" + "|".join(lexicon.words("sample.marks")) + r"|例)[）)]")
_PLACEHOLDER = compile_fast(r"[○△×□◯]{2}")


def _a_places_own(text: str, start: int, end: int) -> bool:
    """The address is a place's own, whatever names stand near: a venue's in brackets after 会場：and its name
    (会場：ぐりーんふらわー牧場・大胡（前橋市滝窪町1256番地の1）: the surname-like words near are the venue's), an office's on an
    envelope (〒371-8570 前橋市大手町一丁目1番1号 群馬県 県土整備部 用地課 御中), or the road or the river in front of a lot —
    where a route starts, works are done or a thing happened (富士見町原之郷字南原2301番1地先) — no one's home."""
    if _ORGANISATION_ADDRESSEE_AFTER.match(text, end):
        return True
    place = ((text[start - 1:start] in ("（", "(") and _VENUE_NAMED_BEFORE.search(text, max(0, start - 40), start) is not None)
             or _ROADSIDE_AFTER.match(text, end) is not None)
    return place and _HOME_WORD_BEFORE.search(text, max(0, start - 12), start) is None


def _whose(facts: _TextFacts, start: int, end: int, near, score: float, why: list) -> Optional[float]:
    """The address's score by whose it is: a facility's (named before it), a person's (a name near), a
    published list's — or None for a facility's address in a published list (appends to `why`)."""
    text = facts.text
    # (in a text for the public — a pamphlet, a flyer — an address in brackets after a name no person
    # detector took is that shop's or place's own: 「和菓子 松風堂（前橋市千代田町二丁目5番1号）」)
    if not near and (_FACILITY_BEFORE.search(text[max(0, start - 20):start])
                     or (text[start - 1:start] in ("（", "(") and facts.public_head
                         and not _HOME_WORD_BEFORE.search(text, max(0, start - 12), start))):
        if facts.published or facts.public_head:
            return None  # 「避難所一覧（公開情報）：中央公民館（前橋市千代田町…）」: a facility's published address
        why.append("address.why.facility")
        return min(score, ev.ADDRESS_FACILITY)
    if not near and _VENUE_LABEL_BEFORE.search(text, max(0, start - 12), start) \
            and (facts.public_head or _FACILITY_NAMED_AFTER.match(text, end)) \
            and not _HOME_WORD_BEFORE.search(text, max(0, start - 12), start) and not _DWELLING_AFTER.match(text, end):
        # (場所：前橋市総社町総社1580-1（総社公民館の隣）: where an event or a service is held, no one's home named)
        why.append("address.why.facility")
        return min(score, ev.ADDRESS_FACILITY)
    if _SAMPLE_MARK_AFTER.match(text, end) or _PLACEHOLDER.search(text, max(0, start - 4), end):
        return None  # 本籍：前橋市大手町二丁目12番地（記入例） / ○○アパート101号室: a form's sample, no one's address
    if _a_places_own(text, start, end):
        why.append("address.why.facility")
        return min(score, ev.ADDRESS_FACILITY)
    if near and _business_site(text, start, end):
        why.append("address.why.facility")
        return min(score, ev.WARN)
    if near:
        why.append("address.why.person_near")
        return min(max(score, ev.BLOCK) + ev.ADDRESS_NAME_NEAR, 1.0)
    if _LAND_PARCEL_AFTER.match(text, end) and not _HOME_WORD_BEFORE.search(text, max(0, start - 12), start) \
            and not _PARCEL_OWNER_NEAR.search(text, max(0, start - 40), min(len(text), end + 40)):
        # (富士見町小暮字十二 2241番 の山林: a parcel of land named by its lot, no owner beside it — the registry's public
        # number of a plot, a warning for the user to confirm, not a home)
        why.append("address.why.parcel")
        return min(score, ev.WARN)
    if facts.published and not _HOME_WORD_BEFORE.search(text, max(0, start - 12), start):
        # (not a home the text names as one: 「所有者の登記簿上の住所である…」「寄贈者のご自宅（…）」 in long minutes or a
        # draft release that mentions publication elsewhere)
        # a list the text says is published (期日前投票所の一覧（選挙管理委員会 公表）, 店頭・公式サイトで
        # 公開している情報) with no name near the address: a facility's or a shop's own address
        why.append("address.why.facility")
        return min(score, ev.ADDRESS_FACILITY)
    return score


def _romaji_score(facts: _TextFacts, start: int, end: int) -> float:
    """A romanised address blocks, unless it is a business's or facility's published one (below warn)."""
    text = facts.text
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    if _ROMAJI_PERSONAL.search(text, max(0, start - 80), min(len(text), end + 40)):
        return ev.BLOCK + 0.05
    if facts.romaji_source or _ROMAJI_BUSINESS_BEFORE.search(text, max(line_start, start - 40), start):
        return ev.ADDRESS_FACILITY
    if line_start and _ROMAJI_ADDRESS_LABEL.fullmatch(text, line_start, start):
        # (a facility's name on the line above its "Address:" line: Maebashi International Exchange Lounge ⏎ Address: …)
        above = text.rfind("\n", 0, line_start - 1) + 1
        if _ROMAJI_BUSINESS_BEFORE.search(text, above, line_start - 1):
            return ev.ADDRESS_FACILITY
    return ev.BLOCK + 0.05


def _town_before_aza(text: str, start: int) -> int:
    """関根町 字下河原 617番3: the town before the space is the address's too (its start, else `start`)."""
    if text[start:start + 1] == "字" and text[start - 2:start - 1] in ("町", "村") and text[start - 1] in " 　":
        lm = _PLACE_CHARS.search(text, max(0, start - 13), start - 1)
        if lm and lm.end() == start - 1:
            return lm.start()
    return start


# (or a foreign resident's katakana name with its dots: グエン・ヴァン・タイン)
_PERSON_CELL = compile_fast(r"[一-龥々〆ヶ]{1,4}[ 　][一-龥々〆ヶぁ-ゖァ-ヺー]{1,4}|[ァ-ヺー]{2,8}(?:・[ァ-ヺー]{1,8}){1,3}")


def _facility_column(doc: Document, c: Candidate) -> Optional[Candidate]:
    """An address in a table column of facilities scores as a facility's address (warn), and is
    dropped when the text says the list is published."""
    from .ids import header_cell  # the table-structure helper (module-level import would load ids first anyway)
    text = doc.text
    ls = text.rfind("\n", 0, c.start) + 1
    delim = next((d for d in ("\t", ",", "|") if text.count(d, ls, c.start) >= 1), None)
    if delim is None:
        return c
    cells_before = text[ls:c.start].split(delim)[:-1]
    if any(_PERSON_CELL.fullmatch(cell.strip().strip('"')) for cell in cells_before):
        return c  # (a row that opens with a person's spaced full name: 納税義務者⇥所在地 — whose address it is)
    facility = _PLACE_COLUMN.search(header_cell(doc, c.start)) is not None or any(
        _FACILITY_CELL.search(cell.strip().strip('"')) for cell in cells_before)
    if not facility:
        return c
    if _PUBLISHED.search(text):
        return None
    return Candidate(c.type, c.start, c.end, min(c.score, ev.ADDRESS_FACILITY), c.reason + "・" + REASONS["address.why.facility_column"],
                     rule=c.rule)


# a piece of land or an empty building the lot number is of (…字東田318番の畑, …2041番地の空き家): a place, not where someone lives —
# the owner may be looked up from it, so it is masked, but as a warning (the user decides); a named owner blocks on their own
_PROPERTY_AFTER = compile_fast(r"[ 　]?(?:の|にある)(?:畑|田んぼ|水田|田|農地|土地|空き家|空家|空き地|更地|山林|雑種地|資材置場|"
                               r"倉庫|現場|敷地|駐車場|跡地)(?![一-龥ァ-ヶ])")


# … unless its owner or a household is spoken of around it (地主は…の畑の持ち主（70代）, …の田、自宅の裏): then it is theirs
_OWNER_NEAR = compile_fast(r"所有者|地権者|持ち主|名義|相続|自宅|本人|相談者|申請者|世帯|家族|長男|長女|息子|娘|夫|妻|さん|様|氏|"
                           r"[0-9]0代|[0-9]{1,3}歳")
_OWNER_REACH = 60


def _property_at_warn(text: str, found: list) -> None:
    for c in found:
        if c.score >= ev.BLOCK and _PROPERTY_AFTER.match(text, c.end) \
                and not _OWNER_NEAR.search(text, max(0, c.start - _OWNER_REACH), c.end + _OWNER_REACH):
            c.score = ev.ADDRESS_PROPERTY
            c.reason += "・" + REASONS["address.property"]


@register
class AddressDetector(Detector):
    type = "JP_ADDRESS"
    reads = ("*",)  # a house number after a town skips spans any earlier detector took

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        if not _ANCHOR.search(text):
            return []
        places = {}  # end offset -> start offset of a place name ending there
        oaza = set()  # ends of proper nouns right after 町 / 村 (the 大字 of a rural address)
        names = []  # starts of surname / given-name tokens
        # One pass over the tokens for both (a long text has tens of thousands); the part of
        # speech is read directly rather than through Token.is_place_name (a property call each).
        # Only proper nouns can be either (人名 and 地名 are proper nouns).
        toks = doc.tokens
        for k in doc.proper_nouns:
            t = toks[k]
            pos = t.pos
            if pos[2] == "地名" and pos[1] == "固有名詞":  # = t.is_place_name
                places[t.end] = t.start
            elif pos[1] == "固有名詞" and t.start and (text[t.start - 1:t.start] in _TOWN_END_CHARS or t.start in oaza):
                # 富士見町小暮1187: a 大字 right after its town — a proper noun the dictionary
                # may know only as a surname (小暮) — is the place of a lot number after it
                # (and in two such pieces: 宮城町三夜+沢 812)
                oaza.add(t.end)
            elif pos[2] == "人名" and pos[3] in ("姓", "名") and not _PLACE_SUFFIX_AFTER.match(text, t.end) \
                    and text[t.start - 1:t.start] != "字" and not text[t.end:t.end + 1].isdigit():
                names.append(t.start)  # (not a 大字 read as a surname: 大字糸井388番地, 川和11番地)
        out: list[Candidate] = []
        facts = _TextFacts(text)
        last_end = -1
        for am in _ANCHOR_AFTER_PLACE.finditer(text):  # (never at 0: a character precedes)
            if am.start() < last_end:
                continue
            found = self._address_at(text, am.start(), places, names, oaza, facts=facts)
            if found is not None:
                kept = _facility_column(doc, found)
                if kept is not None:
                    out.append(kept)
                last_end = found.end
        # … and a house number one space after its town (a form's or an export's spacing)
        for am in _ANCHOR_AFTER_SPACED_PLACE.finditer(text):
            q = am.start() - 1  # where the place would end: a town's 町/村, or a place name the analyser read
            if not (text[q - 1] in "町村" or q in places or q in oaza or _SPACED_AZA.search(text, max(0, q - 10), q)
                    or _AZA_PLACE.search(text, max(0, q - 16), q) or _word_after_spaced_town(text, q)
                    or _oaza_before_resident(text, q, am.start())):
                continue  # (a roster's 「山田 太郎 090-…」: a name, not a town, before the space)
            if any(c.start <= am.start() < c.end for c in out):
                continue
            found = self._address_at(text, am.start(), places, names, oaza, gap=1, facts=facts)
            if found is not None:
                kept = _facility_column(doc, found)
                if kept is not None:
                    out.append(kept)
        if out:
            out.sort(key=lambda c: c.start)
            out.extend(self._followers(doc, out))
            _property_at_warn(text, out)
        # the same address written in romaji, as foreign residents write it:
        # "1-18-7 Kokuryo-machi, Maebashi" / "Kokuryo-machi 1-18-7"
        romaji = any(w in text for w in ("machi", "cho", "chō", "mati", "-mura", "-son", ", "))  # (skips the scan on most texts)
        for m in (_ROMAJI_ADDRESS.finditer(text) if romaji else ()):
            if _ROMAJI_SAMPLE.search(m.group()) or _ROMAJI_SAMPLE_AFTER.match(text, m.end()):
                continue  # 1-2-3 Example-cho / … (does not exist): a made-up address of a sample
            if not any(c.start < m.end() and m.start() < c.end for c in out):
                s, e = _romaji_building_span(text, m.start(), m.end())
                out.append(Candidate(self.type, s, e, _romaji_score(facts, m.start(), m.end()),
                                     REASONS["address.romaji"]))
        return out

    def _address_at(self, text: str, p: int, places: dict, names: list, oaza: set = frozenset(),
                    gap: int = 0, facts: Optional[_TextFacts] = None) -> Optional[Candidate]:
        """The address whose house number starts at `p` (right after a place name, or `gap`
        characters — one space — after it), or None."""
        q = p - gap  # where the place name ends
        if not gap and _LOT_MARK.match(text, p - 1) and _KANJI_BEFORE_MARK.match(text, p - 2):
            q -= 1  # a rural lot's 甲/乙/丙 between its town (or 大字) and its number (三夜沢町甲1520, 粕川町女渕甲1288-4)
        if q in places:
            pstart = places[q]
            place = text[pstart:q]
        else:
            pm = _PLACE_CHARS.search(text, max(0, q - 20), q)
            if not pm or pm.end() != q:
                return None
            place = pm.group(0).lstrip("がのノケ")
            pstart = q - len(place)
            if not _unread_place_ok(text, place, p, q, oaza):
                return None
        if _CHOME_ALONE.fullmatch(place):
            return None  # 「二丁目12番1号」 with no town before it: a format, nobody's address
        m = _HOUSE.match(text, p)
        if not m:
            return None
        chome, ban, go, hy, bare = (m.group("chome"), m.group("ban") or m.group("ban2"),
                                    m.group("go"), m.group("hy"), m.group("bare"))
        if gap and not ((ban or go or hy or (bare and _CELL_END.match(text, m.end()) and _CITY_LEAD.search(text, max(0, pstart - 8), q)))
                        and _spaced_town(text, place, pstart, q, places, oaza)) \
                and not (bare and _OAZA_AFTER_TOWN.search(place) and _RESIDENT_AFTER_LOT.match(text, m.end())):
            return None  # (宮城町三夜沢 812 狩野 ハル(87): a home's bare lot in a list, its resident after it)
        if _CITY_ONLY.search(place) and not (chome or ban):
            # 前橋市1-2 / 群馬県3号: a city or prefecture alone before a number is no street address
            return None
        if hy and hy.split("-")[0].startswith("0"):
            return None
        if hy and _POSTAL_SHAPE.fullmatch(hy) and text[m.end():m.end() + 1] not in ("号", "番"):
            return None  # 「大手町 371-0026」: a town's postal code in a list, no house number
        if bare and not _PLACE_END.search(place) and "大字" not in text[max(0, pstart - 4):p]:
            if not _TOWN_CHAR.search(place) and text[pstart - 1:pstart] not in _TOWN_END_CHARS:
                return None  # (富士見町小暮1187: the 大字 小暮 follows its town)
        start, end = _town_before_aza(text, pstart), m.end()
        # extend left over a prefecture / city written before an untagged town
        for _ in range(3):
            if start in places and places[start] < start:
                start = places[start]
                continue
            if text[start - 2:start] == "大字" and start - 2 in places:
                start = places[start - 2]  # (片品村大字|鎌田3967番地3: the village before its 大字)
                continue
            lm = _PLACE_CHARS.search(text, max(0, start - 12), start)
            if lm and lm.end() == start and _ADMIN_END.search(lm.group(0)):
                start = lm.start()
                continue
            break
        pre = text[max(0, start - 14):start]
        pc = _POSTAL.search(pre)
        if pc:
            start -= len(pc.group(0))
        end, room = _with_building(text, end) if not bare and (ban or go or hy or chome) else (end, False)
        if ban or go or hy:
            score = ev.ADDRESS_FULL
            why = ["address.why.chome_banchi_go" if chome else
                   ("address.why.banchi_hyphen" if hy else "address.why.banchi_go")]
        elif chome and room:
            # 城東町二丁目 アパート「グランメール城東」302号: a building and a room in it name one home, as a lot does
            score, why = ev.ADDRESS_FULL, ["address.why.chome_room"]
        elif chome:
            if _a_district(text, facts, names, start, end):
                return None
            score, why = ev.ADDRESS_CHOME_ONLY, ["address.why.chome_only"]
        else:
            score, why = ev.ADDRESS_CHOME_ONLY, ["address.why.aza_chiban"]
        if pc:
            why.append("address.why.postal_code")
        if _PREF.search(text[start:p]):
            why.append("address.why.from_prefecture")
        facts = facts or _TextFacts(text)
        score = _whose(facts, start, end, _name_near(facts, names, start, end), score, why)
        if score is None:
            return None
        return Candidate(self.type, start, end, score, "・".join(REASONS[w] for w in why), rule=_RULE.id)

    def _followers(self, doc: Document, found: list) -> list[Candidate]:
        """House numbers after an address that name a neighbour in the same town: right after a
        cue (隣の・向かいの・同じ町内の・同町・同所) or later in the address's own sentence."""
        text = doc.text
        ends = [c.end for c in found]  # found is in text order
        hits = []  # (match, why, anchor)
        for lead in finditer_sparse(_FOLLOW_LEAD, text, ends[0]):
            m = _FOLLOW.match(text, lead.end())
            if m is None:
                continue
            anchor = found[bisect_right(ends, m.start()) - 1]
            if m.group("same"):
                hits.append((m, "「同町・同所」＋番地", anchor))
            else:
                hits.append((m, "先に記載の住所の隣地の地番" if m.group("lot") else "先に記載の住所の隣家等の番地", anchor))
        for anchor in found:
            near_end = min(len(text), anchor.end + _FOLLOW_NEAR)
            if _FOLLOW_FIRST is not None:
                stop = _SENTENCE_STOP.search(text, anchor.end, near_end)
                if not _FOLLOW_FIRST.search(text, anchor.end, stop.end() if stop else near_end):
                    continue  # (see _FOLLOW_FIRST: the loop below would stop at its first number)
            for m in _FOLLOW.finditer(text, anchor.end, near_end):
                if m.group("lot") or m.group("same"):
                    continue  # a lot number 568-2 only right after 隣の / 向かいの …
                between = text[anchor.end:m.start()]
                if _SENTENCE_END.search(between) or "|" in between or "\t" in between:
                    if _SENTENCE_END_IS_CLASS:
                        break  # the sentence or the cell ended: so it has for every later number too
                    continue
                if not _FOLLOW_HOME.match(text, m.end()):
                    continue
                hits.append((m, "先に記載の住所と同じ文の番地", anchor))
        extra: list[Candidate] = []
        hits.sort(key=lambda h: h[0].start())
        for m, why, anchor in hits:
            s, e = m.start(), m.end()
            if anchor.end > s or (s and text[s - 1] in _FOLLOW_NOT_PREV):
                continue
            if _FOLLOW_NOT_BEFORE.search(text, max(0, s - 14), s) or _FOLLOW_NOT_AFTER.match(text, e):
                continue
            i = bisect_right(ends, s)
            if (i < len(found) and found[i].start < e) or (extra and extra[-1].end > s) or \
                    any(c.start < e and s < c.end for c in doc.candidates):
                continue
            extra.append(Candidate(self.type, s, e, anchor.score, why, rule=_RULE.id))  # the same action as the town's address
        return extra


_VENUE_NAMED_BEFORE = compile_fast(r"(?:^|\n)[ 　・]*(?:場所|会場|開催場所|実施場所|開催地|集合場所|会場名)[ 　]*[:：][ 　]*"
                                   r"[^\n（()）:：、。様宅]{2,30}[（(]$")
_ORGANISATION_ADDRESSEE_AFTER = compile_fast(r"[^\n様殿宅方]{0,40}?御中")
_ROADSIDE_AFTER = compile_fast(r"地?先(?![生月週日頭])")
# a surname glued to a village's, a town's or a facility's ending is that place's name, no one's (川場村役場, 昭和村,
# 上野村大字川和, 赤城神社, 大室公園)
_PLACE_SUFFIX_AFTER = compile_fast(r"(?:[市町村郡](?![長民議])|役場|神社|寺|公園|駅|牧場|温泉|公民館|小学校|中学校|高校)")


def _name_near(facts: _TextFacts, name_starts: list, start: int, end: int) -> bool:
    """A name token near the address — not where a facility is named right before it in a text written for
    readers (「桂萱地区公民館図書室　前橋市東片貝町…」 in a newsletter): the name tokens about it are the facility's, its
    town's and its neighbours' in the list (桂, 上泉), no one's."""
    return _person_near(name_starts, start, end) and not (
        facts.for_readers and _FACILITY_BEFORE.search(facts.text[max(0, start - 20):start]))


def _person_near(name_starts: list, start: int, end: int, span: int = 40) -> bool:
    """A surname/given-name token close by (the person detector runs later, so look at tokens)."""
    i = bisect_left(name_starts, start - span)
    return i < len(name_starts) and name_starts[i] <= end + span


@register
class DwellingUnitDetector(RuleDetector):
    """One part of an address given on its own: a dwelling of a housing block (団地3号棟412号室) where a
    resident is spoken of, a house number in its own form field (住所2：8番14号): rules address.unit.*
    (data only)."""
    type = "JP_ADDRESS"
    rules_file = "address"
    rule_prefix = "address.unit."


def _run_catalogue_rules(doc: Document, rules) -> list[Candidate]:
    """The rule's examples run as the scanner runs the detector."""
    out = AddressDetector().analyze(doc) if any(r.id == _RULE.id for r in rules) else []
    if any(r.id.startswith(DwellingUnitDetector.rule_prefix) for r in rules):
        out += DwellingUnitDetector().analyze(doc)
    return out


engine.RUNNERS["address"] = _run_catalogue_rules
