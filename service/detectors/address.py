"""JP_ADDRESS: a street address down to 丁目 / 番地 / 号 or a 1-2-3 house number.

Anchored on the house-number part (三丁目五番八号, 2丁目11番12号, 12番地の3, 3-9-8), which
must follow a place name: a run of kanji (and が/ケ/ヶ) that contains a municipal marker
(都道府県・市区町村・郡) or that Sudachi tags as 地名. A prefecture, city or landmark alone
is not an address, nor is a postal code alone; 〒 + town + number is, and the postal code
joins the span. An optional building and room (アーバンコート若葉 105, ○○ハイツ202号室)
joins it too.

A public facility's own address given right after the facility's name
(「前橋市立図書館（前橋市昭和町三丁目42番22号）」) is scored lower (warn); the city hall's
published address is let through by the policy allowlist, not here.
"""
from __future__ import annotations

import re
from bisect import bisect_left

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
# A place name not tagged by Sudachi: kanji (+ が/ケ/ヶ) ending in 町・村・丁 or 大字 + name.
_PLACE_CHARS = compile_fast(r"[一-龥々〆ヶケがノヵ]+$")
_PLACE_END = compile_fast(r"[町村]$")
_PREF = compile_fast(r"(?:北海道|東京都|京都府|大阪府|[一-龥]{2,3}県)")
_POSTAL = compile_fast(r"〒?\s?\d{3}-\d{4}\s*$")
_BUILDING = compile_fast(
    r"(?:[ ,、]?(?:[ァ-ヶーA-Za-z一-龥々・]{2,20}?)[ ]?(?:\d{1,4}|[A-Z]-?\d{1,4})(?:号室|号|室)?"
    r"|[ ]?\d{1,4}号室)"
    r"(?![\d\-年月日時分円%])")
_FACILITY_BEFORE = compile_fast(
    r"(?:館|センター|役所|役場|学校|大学|病院|公園|ホール|会館|事務所|支所|出張所|庁舎|庁|署|局|施設|"
    r"プラザ|ミュージアム|株式会社|有限会社|協会|組合|法人|本社|支店|店|工場|"
    r"課|室|所在地)[\s|｜]*[（(「:：]?\s*$")
_NOT_PLACE_TAIL = compile_fast(r"(?:第|約|計|全|各|毎|年|月|日|週|時|分|円|人|件|回|歳|才|号|番|条|項|款|枚|本|冊|個|台)$")
_CITY_ONLY = compile_fast(r"(?:[都道府県市区郡])$")


@register
class AddressDetector(Detector):
    type = "JP_ADDRESS"

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        if not _ANCHOR.search(text):
            return []
        places = {}  # end offset -> start offset of a place name ending there
        for t in doc.tokens:
            if t.is_place_name:
                places[t.end] = t.start
        out: list[Candidate] = []
        last_end = -1
        names = [t.start for t in doc.tokens if t.pos[2] == "人名" and t.pos[3] in ("姓", "名")]
        for am in _ANCHOR.finditer(text):
            p = am.start()
            if p < last_end or p == 0:
                continue
            prev = text[p - 1]
            if not ("一" <= prev <= "龥" or prev in "々ヶケがノヵ"):
                continue
            if p in places:
                pstart = places[p]
                place = text[pstart:p]
            else:
                pm = _PLACE_CHARS.search(text, max(0, p - 20), p)
                if not pm or pm.end() != p:
                    continue
                place = pm.group(0).lstrip("がのノケ")
                pstart = p - len(place)
                if not _PLACE_END.search(place) or len(place) < 2 or _NOT_PLACE_TAIL.search(place):
                    continue
            m = _HOUSE.match(text, p)
            if not m:
                continue
            chome, ban, go, hy, bare = (m.group("chome"), m.group("ban") or m.group("ban2"),
                                        m.group("go"), m.group("hy"), m.group("bare"))
            if _CITY_ONLY.search(place) and not (chome or ban):
                # 前橋市1-2 / 群馬県3号: a city or prefecture alone before a number is no street address
                continue
            if hy and hy.split("-")[0].startswith("0"):
                continue
            if bare and not _PLACE_END.search(place) and "大字" not in text[max(0, pstart - 4):p]:
                if not re.search(r"[町村]", place):
                    continue
            start, end = pstart, m.end()
            # extend left over a prefecture / city written before an untagged town
            for _ in range(3):
                if start in places and places[start] < start:
                    start = places[start]
                    continue
                lm = _PLACE_CHARS.search(text, max(0, start - 12), start)
                if lm and lm.end() == start and re.search(r"[都道府県市区郡町村]$", lm.group(0)):
                    start = lm.start()
                    continue
                break
            pre = text[max(0, start - 14):start]
            pc = _POSTAL.search(pre)
            if pc:
                start -= len(pc.group(0))
            if not bare and (ban or go or hy or chome):
                bm = _BUILDING.match(text, end)
                if bm and not re.match(r"[ ,、]?(?:TEL|Tel|tel|電話|携帯|FAX|Fax|から|まで)", bm.group(0)):
                    end = bm.end()
            if ban or go or hy:
                score = ev.ADDRESS_FULL
                why = ["町名＋丁目・番地・号の形" if chome else
                       ("町名＋番地（ハイフン区切り）の形" if hy else "町名＋番地・号の形")]
            elif chome:
                score, why = ev.ADDRESS_CHOME_ONLY, ["町名＋丁目（番地なし）"]
            else:
                score, why = ev.ADDRESS_CHOME_ONLY, ["町名・大字＋地番"]
            if pc:
                why.append("郵便番号付き")
            if _PREF.search(text[start:p]):
                why.append("都道府県から記載")
            near = _person_near(names, start, end)
            before = text[max(0, start - 20):start]
            if _FACILITY_BEFORE.search(before) and not near:
                score = min(score, ev.ADDRESS_FACILITY)
                why.append("施設名に続く所在地（公共施設の可能性）")
            elif near:
                score = min(max(score, ev.BLOCK) + ev.ADDRESS_NAME_NEAR, 1.0)
                why.append("近くに氏名")
            out.append(Candidate(self.type, start, end, score, "・".join(why)))
            last_end = end
        return out


def _person_near(name_starts: list, start: int, end: int, span: int = 40) -> bool:
    """A surname/given-name token close by (the person detector runs later, so look at tokens)."""
    i = bisect_left(name_starts, start - span)
    return i < len(name_starts) and name_starts[i] <= end + span
