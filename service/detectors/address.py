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
from typing import Optional
from bisect import bisect_left, bisect_right

from ..labels import REASONS
from .fastre import compile_fast
from . import register
from .base import Candidate, Detector, Document
from . import evidence as ev

_KNUM = "一二三四五六七八九十〇零壱弐参百"
_NUM = rf"(?:\d{{1,4}}|[{_KNUM}]{{1,4}})"
_BAN = rf"{_NUM}番地?(?:の?{_NUM}号?|-\d{{1,4}}号?)?(?:の{_NUM})?"
_HY = r"\d{1,4}(?:-\d{1,4}){1,2}(?![\d.])"
# The house-number part, matched right after a place name.
_HOUSE = compile_fast(
    rf"(?P<chome>{_NUM}丁目)(?:[ ]?(?P<ban2>{_BAN}|{_NUM}号|\d{{1,4}}(?:-\d{{1,4}}){{0,2}}(?![\d.])))?"
    rf"|(?P<ban>{_BAN})"
    rf"|(?P<hy>{_HY})"
    rf"|(?P<go>{_NUM}号)"
    rf"|(?P<bare>\d{{1,5}})(?![\d.,:/年月日時分秒円人件回歳才%％mｍkK万億度条項号番])"
)
_ANCHOR = compile_fast(rf"[0-9{_KNUM}]")
_ROMAJI_TOWN = r"[A-Z][a-z]+(?:-[a-z]+)?-(?:machi|cho|chome|mura|son)\b"
_ROMAJI_ADDRESS = compile_fast(
    rf"(?<![\d-])\d{{1,4}}-\d{{1,4}}(?:-\d{{1,4}})?,?[ ]+{_ROMAJI_TOWN}|{_ROMAJI_TOWN},?[ ]+\d{{1,4}}-\d{{1,4}}(?:-\d{{1,4}})?(?![\d-])")
# The anchors analyze() goes on with: a number right after a kanji (or 々ヶケがノヵ) — the same
# test as its character check, asked by sre, so the Python loop no longer visits every digit.
_ANCHOR_AFTER_PLACE = re.compile(rf"[0-9{_KNUM}](?<=[一-龥々ヶケがノヵ][0-9{_KNUM}])")
# A place name not tagged by Sudachi: kanji (+ が/ケ/ヶ) ending in 町・村・丁 or 大字 + name.
_PLACE_CHARS = compile_fast(r"[一-龥々〆ヶケがノヵ]+$")
_PLACE_END = compile_fast(r"[町村]$")
_PREF = compile_fast(r"(?:北海道|東京都|京都府|大阪府|[一-龥]{2,3}県)")
_POSTAL = compile_fast(r"〒?\s?\d{3}-\d{4}\s*$")
_BUILDING = compile_fast(
    # a building name may hold kana (ひばりヶ丘ハイツ, さくら荘) when it holds a katakana/kanji word too
    # and does not start like a particle (「1-2-3 から 2…」 is prose)
    r"(?:[ ,、]?(?:[ァ-ヶーA-Za-z一-龥々・]{2,20}?"
    r"|(?![のにはをがでとへもや]|から|まで|より)[ぁ-ん]{1,6}[ァ-ヶー一-龥々][ぁ-んァ-ヶーA-Za-z一-龥々・]{0,16}?)"
    r"[ ]?(?:\d{1,4}|[A-Z]-?\d{1,4})(?:号室|号|室)?"
    r"|[ ]?\d{1,4}号室)"
    r"(?![\d\-年月日時分円%])")
_FACILITY_BEFORE = compile_fast(
    r"(?:館|センター|役所|役場|学校|大学|病院|公園|ホール|会館|事務所|支所|出張所|庁舎|庁|署|局|施設|"
    r"保健所|研究所|診療所|営業所|事業所|保育所|市場|駅|本部|"
    r"プラザ|ミュージアム|株式会社|有限会社|協会|組合|法人|本社|支店|店|工場|"
    r"課|室|所在地)[\s|｜]*[（(「:：]?\s*$")
_NOT_PLACE_TAIL = compile_fast(r"(?:第|約|計|全|各|毎|年|月|日|週|時|分|円|人|件|回|歳|才|号|番|条|項|款|枚|本|冊|個|台)$")
_CITY_ONLY = compile_fast(r"(?:[都道府県市区郡])$")

# A second house number that leans on a town named earlier (「隣の5-3-12」「同じ町内の2丁目14番」
# 「同町4番地7」): only looked for after an address was found in the text.
_FOLLOW_NUM = rf"(?:\d{{1,4}}|[{_KNUM}]{{1,4}})"
_FOLLOW = compile_fast(
    rf"(?:"
    rf"(?P<same>同町|同所|同丁目|同番地)[ ]?(?P<same_no>{_NUM}丁目(?:{_BAN}|{_NUM}号)?|{_BAN}|{_NUM}号"
    rf"|[1-9]\d{{0,3}}(?:-\d{{1,4}}){{1,2}})"
    rf"|(?P<hy3>[1-9]\d{{0,2}}-\d{{1,4}}-\d{{1,4}})"
    rf"|(?P<lot>[1-9]\d{{2,3}}-\d{{1,3}})"
    rf"|(?P<chome>{_FOLLOW_NUM}丁目{_FOLLOW_NUM}番(?:地)?(?:の?{_FOLLOW_NUM}号?)?)"
    rf"|(?P<banchi>{_FOLLOW_NUM}番地の?{_FOLLOW_NUM}(?:号)?|{_FOLLOW_NUM}番{_FOLLOW_NUM}号)"
    rf")(?![0-9.\-/:年月日時分秒円人件回歳才%％条項章節頁版点位期号番室階館FfA-Za-z])"
)
# what introduces such a number: a neighbour or the same town (the number follows right after)
_FOLLOW_LEAD = compile_fast(
    r"(?:隣|となり|向かい|斜め向かい|裏|近所|並び|同じ町内|同じ丁目|同じ地区|同じ自治会|同町内)"
    r"(?:の|にある|に住む)?(?:家|お宅|住宅|世帯|方|アパート|住人)?(?:の|は|が|も)?[ 　]?[（(]?"
    r"|(?=同(?:町|所|丁目|番地)[ ]?[0-9一二三四五六七八九十〇])")
# what makes the number something else: dates, articles, versions, pages, models, scores
_FOLLOW_NOT_BEFORE = compile_fast(
    r"(?:令和|平成|昭和|[RHS]|第|版|ver|Ver|v|V|No|NO|no|型番?|品番|型式|規格|ページ|頁|p|pp|P|表|別表|別紙|様式|資料|図|"
    r"条|章|節|項目|番号|コード|ID|手順|得点|スコア|点数|結果|試合|対戦|戦績|成績|日付|日時|期間|バージョン)[.:：\s]*$")
_FOLLOW_NOT_AFTER = compile_fast(
    r"[ ]?(?:で(?:勝|負|引)|の(?:勝|負|引|スコア|得点|順)|生まれ|生|付け?|実施|開催|ページ|頁|に(?:来庁|来所|受付|受け付)|"
    r"締切|期限|会議室|号館|番線|版|試合)")
# in the same sentence without a cue, the number must be where someone lives or something stands
_FOLLOW_HOME = compile_fast(
    r"[ ]?(?:[）)]|に(?:住|お住|居住|ある|建つ|所在)|在住|から|の(?:家|方|お宅|世帯|住人|住民|居住者|所有者|空き家|"
    r"土地|建物|物件|アパート|マンション|店舗|倉庫|畑|田|敷地|住宅|事業所|工場|[一-龥]{1,4}(?:さん|様|氏)))")
_FOLLOW_NOT_PREV = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-/#:＃№第")
_FOLLOW_NEAR = 80  # chars after the town's address within which the same sentence may go on
_SENTENCE_END = compile_fast(r"[。！？!?\n]")


# A table column of places, not of people: 所在地 / 設置場所 / location, or a row whose earlier cell
# names a facility (中央図書館, 〇〇公民館): a facility's own address (issue 16: published lists of
# facilities, AED sites). Said to be published (公開している, オープンデータ) it is not reported.
_PLACE_COLUMN = compile_fast(r"所在地|所在|設置場所|設置住所|施設住所|会場住所|(?i:location|site)")
_FACILITY_CELL = compile_fast(r"(?:館|センター|公民館|図書館|学校|小学校|中学校|保育所|保育園|こども園|幼稚園|公園|役所|支所|"
                              r"出張所|庁舎|病院|診療所|ホール|会館|プラザ|体育館|プール|駅|交番|消防署|分署)(?:[（(][^）)]{0,10}[）)])?$")
_PUBLISHED = compile_fast(r"(?:公開|公表|掲載)(?:している|されている|済み|済の)|オープンデータ|(?i:open data)")


# (compiled once: _address_at runs for every house number of a roster)
_TOWN_CHAR = re.compile(r"[町村]")
_ADMIN_END = re.compile(r"[都道府県市区郡町村]$")
_NOT_BUILDING = re.compile(r"[ ,、]?(?:TEL|Tel|tel|電話|携帯|FAX|Fax|から|まで)")


def _facility_column(doc: Document, c: Candidate) -> Optional[Candidate]:
    """An address in a table column of facilities scores as a facility's address (warn), and is
    dropped when the text says the list is published."""
    from .ids import header_cell  # the table-structure helper (module-level import would load ids first anyway)
    text = doc.text
    ls = text.rfind("\n", 0, c.start) + 1
    delim = next((d for d in ("\t", ",", "|") if text.count(d, ls, c.start) >= 1), None)
    if delim is None or c.score < ev.BLOCK:
        return c
    cells_before = text[ls:c.start].split(delim)[:-1]
    facility = _PLACE_COLUMN.search(header_cell(doc, c.start)) is not None or any(
        _FACILITY_CELL.search(cell.strip().strip('"')) for cell in cells_before)
    if not facility:
        return c
    if _PUBLISHED.search(text):
        return None
    return Candidate(c.type, c.start, c.end, min(c.score, ev.ADDRESS_FACILITY), c.reason + "・" + REASONS["address.why.facility_column"])


@register
class AddressDetector(Detector):
    type = "JP_ADDRESS"
    reads = ("*",)  # a house number after a town skips spans any earlier detector took

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        if not _ANCHOR.search(text):
            return []
        places = {}  # end offset -> start offset of a place name ending there
        names = []  # starts of surname / given-name tokens
        # One pass over the tokens for both (a long text has tens of thousands); the part of
        # speech is read directly rather than through Token.is_place_name (a property call each).
        for t in doc.tokens:
            pos = t.pos
            if pos[2] == "地名" and pos[1] == "固有名詞":  # = t.is_place_name
                places[t.end] = t.start
            elif pos[2] == "人名" and pos[3] in ("姓", "名"):
                names.append(t.start)
        out: list[Candidate] = []
        last_end = -1
        for am in _ANCHOR_AFTER_PLACE.finditer(text):  # (never at 0: a character precedes)
            if am.start() < last_end:
                continue
            found = self._address_at(text, am.start(), places, names)
            if found is not None:
                kept = _facility_column(doc, found)
                if kept is not None:
                    out.append(kept)
                last_end = found.end
        if out:
            out.extend(self._followers(doc, out))
        # the same address written in romaji, as foreign residents write it:
        # "1-18-7 Kokuryo-machi, Maebashi" / "Kokuryo-machi 1-18-7"
        romaji = any(w in text for w in ("-machi", "-cho", "-mura", "-son"))  # (skips the scan on most texts)
        for m in (_ROMAJI_ADDRESS.finditer(text) if romaji else ()):
            if not any(c.start < m.end() and m.start() < c.end for c in out):
                out.append(Candidate(self.type, m.start(), m.end(), ev.BLOCK + 0.05, REASONS["address.romaji"]))
        return out

    def _address_at(self, text: str, p: int, places: dict, names: list) -> Optional[Candidate]:
        """The address whose house number starts at `p` (right after a place name), or None."""
        if p in places:
            pstart = places[p]
            place = text[pstart:p]
        else:
            pm = _PLACE_CHARS.search(text, max(0, p - 20), p)
            if not pm or pm.end() != p:
                return None
            place = pm.group(0).lstrip("がのノケ")
            pstart = p - len(place)
            if not _PLACE_END.search(place) or len(place) < 2 or _NOT_PLACE_TAIL.search(place):
                return None
        m = _HOUSE.match(text, p)
        if not m:
            return None
        chome, ban, go, hy, bare = (m.group("chome"), m.group("ban") or m.group("ban2"),
                                    m.group("go"), m.group("hy"), m.group("bare"))
        if _CITY_ONLY.search(place) and not (chome or ban):
            # 前橋市1-2 / 群馬県3号: a city or prefecture alone before a number is no street address
            return None
        if hy and hy.split("-")[0].startswith("0"):
            return None
        if bare and not _PLACE_END.search(place) and "大字" not in text[max(0, pstart - 4):p]:
            if not _TOWN_CHAR.search(place):
                return None
        start, end = pstart, m.end()
        # extend left over a prefecture / city written before an untagged town
        for _ in range(3):
            if start in places and places[start] < start:
                start = places[start]
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
        if not bare and (ban or go or hy or chome):
            bm = _BUILDING.match(text, end)
            if bm and not _NOT_BUILDING.match(bm.group(0)):
                end = bm.end()
        if ban or go or hy:
            score = ev.ADDRESS_FULL
            why = ["address.why.chome_banchi_go" if chome else
                   ("address.why.banchi_hyphen" if hy else "address.why.banchi_go")]
        elif chome:
            score, why = ev.ADDRESS_CHOME_ONLY, ["address.why.chome_only"]
        else:
            score, why = ev.ADDRESS_CHOME_ONLY, ["address.why.aza_chiban"]
        if pc:
            why.append("address.why.postal_code")
        if _PREF.search(text[start:p]):
            why.append("address.why.from_prefecture")
        near = _person_near(names, start, end)
        before = text[max(0, start - 20):start]
        if _FACILITY_BEFORE.search(before) and not near:
            score = min(score, ev.ADDRESS_FACILITY)
            why.append("address.why.facility")
        elif near:
            score = min(max(score, ev.BLOCK) + ev.ADDRESS_NAME_NEAR, 1.0)
            why.append("address.why.person_near")
        return Candidate(self.type, start, end, score, "・".join(REASONS[w] for w in why))

    def _followers(self, doc: Document, found: list) -> list[Candidate]:
        """House numbers after an address that name a neighbour in the same town: right after a
        cue (隣の・向かいの・同じ町内の・同町・同所) or later in the address's own sentence."""
        text = doc.text
        ends = [c.end for c in found]  # found is in text order
        hits = []  # (match, why, anchor)
        for lead in _FOLLOW_LEAD.finditer(text, ends[0]):
            m = _FOLLOW.match(text, lead.end())
            if m is None:
                continue
            anchor = found[bisect_right(ends, m.start()) - 1]
            if m.group("same"):
                hits.append((m, "「同町・同所」＋番地", anchor))
            else:
                hits.append((m, "先に記載の住所の隣地の地番" if m.group("lot") else "先に記載の住所の隣家等の番地", anchor))
        for anchor in found:
            for m in _FOLLOW.finditer(text, anchor.end, min(len(text), anchor.end + _FOLLOW_NEAR)):
                if m.group("lot") or m.group("same"):
                    continue  # a lot number 568-2 only right after 隣の / 向かいの …
                between = text[anchor.end:m.start()]
                if _SENTENCE_END.search(between) or "|" in between or "\t" in between \
                        or not _FOLLOW_HOME.match(text, m.end()):
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
            extra.append(Candidate(self.type, s, e, anchor.score, why))  # the same action as the town's address
        return extra


def _person_near(name_starts: list, start: int, end: int, span: int = 40) -> bool:
    """A surname/given-name token close by (the person detector runs later, so look at tokens)."""
    i = bisect_left(name_starts, start - span)
    return i < len(name_starts) and name_starts[i] <= end + span
