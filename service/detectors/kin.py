"""Family members who share a surname with a name already found (issue 16: leaks).

Case records, application forms and household lists name a family: 「保護者 大森 里美 … 児童氏名
大森 湊斗」, 「世帯主 根岸 誠、妻 根岸 陽子、長男 根岸 湊」. The detectors find most of them, but a
member written where no rule looks (a spaced OCR label, a cell without a heading) stays in clear
beside a relative who was redacted — and the surname alone gives the family away. So once a
private person's name (a block-level PERSON with a space between surname and given name) is found,
every other place where that surname (two characters or more) is followed by a given-name-shaped
word that ends where a name ends is the same family's member.

What is not a member: the surname before a title, a place or an organisation word (大森 課長,
大森 地区, 大森 小学校 — the person.titles and person.org_suffix lists, and heading words), and a
text whose names are samples (記入例, 架空: the person detector drops those, so nothing is found
to start from).

The same surname written otherwise is the same family too: in kana by the kanji surname's dictionary reading (a child
who says her own name, 「すどう はると、5さい」, beside 須藤 瞳さん), and in Thai, Lao, Devanagari or Sinhala, whose names put the
family name last (ปิยะนุช วงศ์ใหญ่ beside นภาพร วงศ์ใหญ่; asked by the script-name and the record detectors).
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort

from .. import lexicon
from ..labels import REASONS
from ..normalize import KATAKANA_AS_HIRAGANA
from . import evidence as ev
from . import register
from .base import Candidate, Detector, Document
from .fastre import compile_fast, literal_alternation
from .table import heading_type

KIN_OF_A_FOUND_NAME = 0.85  # same surname as a private person named in the text + a given-name shape

# a found name "surname given": kanji surname of 2-4 characters, a space, a given name
_SPLIT = compile_fast(r"^(?P<s>[一-龥々〆ヶ髙﨑]{2,4})[ 　](?P<g>[一-龥々〆ヶぁ-んァ-ヶー]{1,5})$")
# after the surname: an optional space, then a given name that ends where a name ends
# (a particle may follow a kanji given name: 同居の杉浦 誠は無職)
_K = r"(?:(?![様氏君殿])[一-龥々〆ヶ])"  # a given name's kanji (an honorific ends it)
_GIVEN_AFTER = compile_fast(r"[ 　]?(?:(?P<g>" + _K + r"{1,3})(?=[はがをにのもとへ])|(?P<h>" + _K + r"{1,3}|(?!さん|さま|くん|ちゃん|たち|ども|など|から|まで|より)[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,5})"
                            r"(?=$|[ \t　\n,，、。（(「『【/／|:：・\"']|さん|様|さま|くん|ちゃん|君|氏|殿))")
_NOT_GIVEN = (frozenset(lexicon.words("person.titles")) | frozenset(lexicon.words("person.org_suffix"))
              | frozenset(lexicon.words("person.kana_not_given")))
# kanji that start a place, facility or organisation word rather than a given name
_NOT_GIVEN_START = compile_fast(r"[町村市区郡県丁番地駅線川山橋台園校院館所課係部局室班会社店家様氏]")


@register
class KinDetector(Detector):
    type = "PERSON"
    reads = ("PERSON",)

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        found = [c for c in doc.candidates if c.type == "PERSON" and c.score >= ev.BLOCK]
        surnames = {}
        for c in found:
            m = _SPLIT.match(text[c.start:c.end])
            if m:
                surnames.setdefault(m.group("s"), (c.start, c.end))
        if not found:
            return []
        taken = _Spans((c.start, c.end) for c in doc.candidates if c.type == "PERSON" and c.score >= ev.WARN)
        out: list[Candidate] = self._relatives_by_given_name(doc, taken)
        out += _relatives_in_kana(doc, surnames, taken)
        out += _nameplates(doc, taken)
        for surname in surnames:
            for m in re.finditer(re.escape(surname), text):
                s = m.start()
                if s and _is_name_char(text[s - 1]):
                    continue  # inside a longer word (小大森, 大森田 …)
                g = _GIVEN_AFTER.match(text, m.end())
                if g is None:
                    continue
                part = "g" if g.group("g") else "h"
                given, e = g.group(part), g.end(part)
                if taken.overlaps_other_than(s, e, (s, m.end())):
                    continue  # already found (the relative it was learnt from, or another finding);
                    # a finding of the surname alone (its repeat) is widened to the member's full name
                    # (asked first: in a roster nearly every occurrence is a name already found)
                if given in _NOT_GIVEN or heading_type(given) or _NOT_GIVEN_START.match(given):
                    continue
                out.append(Candidate(self.type, s, e, KIN_OF_A_FOUND_NAME, REASONS["kin.same_surname"], rule="kin.same_surname"))
                taken.add(s, e)
        return out

    @staticmethod
    def _relatives_by_given_name(doc: Document, taken: "_Spans") -> list[Candidate]:
        """A relative named by the given name alone after the relation (世帯員：長男 湊斗（中学2年）, 次女・心春ちゃん)
        in a text where a private person's full name blocks: the family's member, masked like a name. Not a
        word the dictionary holds only as a common word (長男 同居, 妻 無職)."""
        text = doc.text
        if not _RELATION_HINT.search(text):
            return []
        only_common = getattr(doc._analyser, "is_only_common_word", None)
        out = []
        for m in _RELATION_GIVEN.finditer(text):
            s, e = m.span("g")
            given = m.group("g")
            if taken.overlaps_other_than(s, e, (-1, -1)) or given in _NOT_GIVEN or heading_type(given) \
                    or _NOT_GIVEN_START.match(given) or (only_common and only_common(given)):
                continue
            out.append(Candidate("PERSON", s, e, KIN_OF_A_FOUND_NAME, REASONS["kin.relative_given_name"], rule="kin.relative_given_name"))
            taken.add(s, e)
        return out


# a relation word (person.relation_slots: 長男, 妻, 次女 …), a space, ・ or a colon, then a given name: two or three
# kanji or kana ending where a name ends, or one kanji with ちゃん/くん/さん after it
_RELATIONS = literal_alternation(lexicon.words("person.relation_slots"))
_RELATION_HINT = compile_fast(_RELATIONS)
_RELATION_GIVEN = compile_fast(r"(?<![一-龥々])(?:" + _RELATIONS + r")[ 　・:：]+(?P<g>" + _K + r"{2,3}(?=$|[ \t　\n,，、。（(「/|]|さん|くん|ちゃん|君)|"
                               + _K + r"(?=さん|くん|ちゃん|君)|(?!さん|さま|くん|ちゃん)[ぁ-ゖ]{2,4}(?=さん|くん|ちゃん|[（(、。\n])|[ァ-ヺー]{2,5}(?=さん|くん|ちゃん|[（(、。\n]))")


# a family member written in kana, as a child says their own name (「すどう はると、5さい」 beside 須藤 瞳さん): the found
# surname's reading, a space or none, then a kana given name of two to four that ends where a name ends
_KANA_GIVEN_AFTER = compile_fast(r"[ 　]?(?P<g>(?!です|でし|ます|まし|さん|さま|くん|ちゃん|たち|ども|など|から|まで|より|って|だっ|なの|には|では|とは|でも|にも)[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,5})(?=$|[ \t　\n,，、。（(「」』/|:：]|さん|くん|ちゃん)")


def _relatives_in_kana(doc: Document, surnames: dict, taken: "_Spans") -> list[Candidate]:
    """The family's members whose surname is written in kana (hiragana or katakana) by its reading."""
    reading = getattr(getattr(doc, "_analyser", None), "reading", None)
    if reading is None or not surnames:
        return []
    text, out = doc.text, []
    for surname in surnames:
        kata = reading(surname)
        if len(kata) < 2:
            continue
        for kana in (kata, kata.translate(KATAKANA_AS_HIRAGANA)):
            for m in re.finditer(re.escape(kana), text):
                s = m.start()
                if s and ("ぁ" <= text[s - 1] <= "ヺ" or text[s - 1] == "ー"):
                    continue  # inside a longer kana word
                g = _KANA_GIVEN_AFTER.match(text, m.end())
                if g is None or g.group("g") in _NOT_GIVEN or taken.overlaps_other_than(s, g.end("g"), (-1, -1)):
                    continue
                out.append(Candidate("PERSON", s, g.end("g"), KIN_OF_A_FOUND_NAME, REASONS["kin.same_surname"], rule="kin.same_surname"))
                taken.add(s, g.end("g"))
    return out


# a found name in a script whose names are given names then a family name, written with spaces (Thai ปิยะนุช วงศ์ใหญ่,
# Nepali प्रकाश अधिकारी, Sinhala කුමාරි ජයසිංහ): its last word is the family's; the family's other members are a word
# (in Devanagari, up to two: राम बहादुर) of the same script right before that word elsewhere (Burmese names have no
# family name; Latin-script ones are too often a firm's or a place's)
_SCRIPT_RUNS = {"thai": "\u0E00-\u0E7F", "lao": "\u0E80-\u0EFF", "devanagari": "\u0900-\u0963\u0966-\u097F",
                "sinhala": "\u0D80-\u0DF3"}  # (no danda: a stop)
_SCRIPT_SPLIT = {k: compile_fast(r"^[%s]+(?:[ ][%s]+)*[ ](?P<s>[%s]{3,})$" % (r, r, r)) for k, r in _SCRIPT_RUNS.items()}
_SCRIPT_GIVEN_BEFORE = {k: compile_fast(r"(?<![%s])[%s]{2,}(?:[ ][%s]{2,})%s[ ]\Z" % (r, r, r, "{0,1}" if k == "devanagari" else "{0}"))
                        for k, r in _SCRIPT_RUNS.items()}


def relatives_in_script(text: str, persons: list[Candidate]) -> list[Candidate]:
    """The family's other members who share a found name's family name in Thai, Lao, Devanagari or Sinhala (asked by the
    script-name detector, and again by the record detector, the last to find names: many are found by its labels)."""
    found = [c for c in persons if c.score >= ev.BLOCK and c.type == "PERSON"]
    if not any("\u0900" <= ch <= "\u0DFF" or "\u0E00" <= ch <= "\u0EFF" for c in found for ch in text[c.start:c.start + 1]):
        return []
    families: dict[str, set] = {}  # script → the family names found in it (each looked for once, all in one pass)
    for c in found:
        name = text[c.start:c.end]
        split = next(((k, m) for k in _SCRIPT_RUNS if (m := _SCRIPT_SPLIT[k].match(name))), None)
        if split is not None:
            families.setdefault(split[0], set()).add(split[1].group("s"))
    taken, out = _Spans((c.start, c.end) for c in persons if c.type == "PERSON" and c.score >= ev.WARN), []
    for script, names in families.items():
        rx = re.compile(r"(?<=[ ])(?:%s)(?![%s])" % (literal_alternation(sorted(names, key=len, reverse=True)), _SCRIPT_RUNS[script]))
        for m in rx.finditer(text):
            g = _SCRIPT_GIVEN_BEFORE[script].search(text, max(0, m.start() - 60), m.start())
            if g is None or taken.overlaps_other_than(g.start(), m.end(), (-1, -1)):
                continue
            out.append(Candidate("PERSON", g.start(), m.end(), KIN_OF_A_FOUND_NAME, REASONS["kin.same_surname"], rule="kin.same_surname"))
            taken.add(g.start(), m.end())
    return out


class _Spans:
    """Spans (which may overlap) kept sorted by start: "does one overlap [s, e)" looks only at
    those starting within the longest span's length before `e` (a roster asks it for every
    occurrence of every surname: a scan of all names each time was quadratic)."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.longest = max((b - a for a, b in self.spans), default=0)

    def overlaps_other_than(self, s: int, e: int, exempt: tuple[int, int]) -> bool:
        spans = self.spans
        i = bisect_left(spans, (s - self.longest, -1))
        while i < len(spans) and spans[i][0] < e:
            a, b = spans[i]
            if s < b and (a, b) != exempt:
                return True
            i += 1
        return False

    def add(self, s: int, e: int) -> None:
        insort(self.spans, (s, e))
        self.longest = max(self.longest, e - s)


def _is_name_char(ch: str) -> bool:
    return "一" <= ch <= "龥" or ch in "々〆ヶ"


# the name on a house's nameplate, quoted (裏の人（表札は『星野』）, the name plate says "Hagiwara"): a neighbour's household,
# in a complaint or a case record that names people already
_NAMEPLATE = re.compile(r"(?:表札|ネームプレート|(?i:name[ ]?plate|door[ ]?plate))[^「『\"“\n]{0,14}[「『\"“]"
                        r"(?P<n>[一-龥々〆ヶ]{1,4}|[ァ-ヺ][ァ-ヺー]{1,7}|[A-Z][a-z]{1,15})[」』\"”]")


def _nameplates(doc: Document, taken) -> list[Candidate]:
    out = []
    for m in _NAMEPLATE.finditer(doc.text) if ("表札" in doc.text or "プレート" in doc.text or "plate" in doc.lower) else ():
        s, e = m.span("n")
        if taken.overlaps_other_than(s, e, (-1, -1)):
            continue  # (found already: no span is exempt here)
        out.append(Candidate("PERSON", s, e, KIN_OF_A_FOUND_NAME, REASONS["kin.nameplate"], rule="kin.nameplate"))
        taken.add(s, e)
    return out
