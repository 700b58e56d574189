"""A name written in kana only, in a name slot (issue 16): 「保護者氏名 やまもと さやか」,
「なまえ：たなか ゆうと（5さい）」, 「申込者 ほしの けんた さん」. Kana names carry no kanji for the
morphological analyser to tag, so they are found by position: a slot word (person.slot_words:
氏名, 保護者, 申込者 …, and なまえ), optionally a colon, then two kana words — family name and given
name — that end where the name ends: at the end of the line, before a bracket, a comma or an
honorific. A heading row (氏名 ふりがな 生年月日) holds words that are headings, not names; a sample
form (記入例, 架空) and a company's kana name as banks abbreviate it (ﾏｴﾊﾞｼ ﾃﾞﾝｷ(ｶ) name no one.
"""
from __future__ import annotations

import re

from .. import lexicon
from ..labels import REASONS
from . import register
from .base import Candidate, Detector, Document
from .fastre import compile_fast, literal_alternation
from .table import heading_type

KANA_SLOT = 0.90  # slot word + a two-word kana name ending where a name ends

_SLOTS = tuple(w for w in lexicon.words("person.slot_words") if len(w) >= 2) + lexicon.words("kana_slot.slot_words")
# the start of a line of a class or nursery list: 「3年2組 」「・さくら組　」「12 」
_LINE_SLOTS = r"(?:^|(?<=\n))[ \t　・\-*•]*(?:[0-9]{1,3}[.)．、 \t]+)?(?:" + "|".join(lexicon.words("kana_slot.line_slots")) + r")"
_NAME = (r"(?P<n>(?P<a>[ぁ-ゖー]{2,6})[ 　](?P<b>[ぁ-ゖー]{2,6})|(?P<c>[ァ-ヺー]{2,7})[ 　](?P<d>[ァ-ヺー]{2,7})"
         # a kanji family name and a hiragana given name (小松 りこ), which the analyser cuts apart
         r"|(?P<e>[一-龥々〆ヶ]{1,4})[ 　](?:(?P<f>[ぁ-ゖー]{2,6})|(?P<g>[一-龥々〆ヶ]{1,3})))"
         # the name ends where a name ends: the line's end, a bracket, a comma, a colon before
         # what is said of the pupil (3年2組 きむら ゆうな：…), an honorific
         r"(?=[ \t　]*(?:$|\n|[（(【「、,，/／|:：]|さん|様|さま|くん|ちゃん|君|氏))")
_RX = compile_fast(
    r"(?:(?:" + literal_alternation(_SLOTS) + r")[ \t]*[:：]?|(?P<slot>" + _LINE_SLOTS + r")[ \t]*[:：]?)[ \t　]*" + _NAME,
    re.MULTILINE)
# the gate: some slot word, or a class label, is in the text
_SLOT_RX = compile_fast(literal_alternation(_SLOTS) + "|" + "|".join(lexicon.words("kana_slot.line_slots")))
# kana words that are labels or function words, not names (ふりがな, せいねんがっぴ, ください …)
_NOT_NAME = frozenset(lexicon.words("person.kana_labels")) | frozenset(lexicon.words("person.kana_not_given"))


_SAMPLE_FORM = compile_fast(r"記入例|記載例|入力例|サンプル|ダミー|架空|見本")
# bank abbreviations of a company's form around a kana name: (カ 株式会社, (ユ 有限会社, (ザイ 財団 …
_COMPANY_MARK = compile_fast(r"[ 　]*[(（](?:カ|ユ|ザイ|シヤ|シャ|イ|ド|ゴ|ガク|フク|ノウ|ギヨ|トク)")
_COMPANY_BEFORE = compile_fast(r"(?:カ|ユ|ザイ|シヤ|シャ|イ|ド|ゴ)[)）][ 　]*$")


@register
class KanaNameSlotDetector(Detector):
    type = "PERSON"

    def applies(self, doc: Document) -> bool:
        return _SLOT_RX.search(doc.text) is not None

    def analyze(self, doc: Document) -> list[Candidate]:
        if _SAMPLE_FORM.search(doc.text):
            return []  # a sample form (記入例: ヤマダ ハナコ) names no one
        out = []
        for m in _RX.finditer(doc.text):
            words = [w for w in (m.group("a"), m.group("b"), m.group("c"), m.group("d"), m.group("f")) if w]
            if m.group("e") and m.group("slot") is None:
                continue  # after 氏名 …, the person detector reads a kanji family name itself
            if any(w in _NOT_NAME or heading_type(w) for w in words):
                continue
            if m.group("slot") is not None and _phrase_not_name(doc, m):
                continue  # 3年2組 みんなで がんばろう: a class's motto, not a pupil
            if _COMPANY_MARK.match(doc.text, m.end("n")) or _COMPANY_BEFORE.search(doc.text, max(0, m.start("n") - 4), m.start("n")):
                continue  # ﾏｴﾊﾞｼ ﾃﾞﾝｷ(ｶ / (カ)…: a company's kana name as banks abbreviate it
            rule = "kana_slot.name" if m.group("slot") is None else "kana_slot.class_list"
            out.append(Candidate(self.type, m.start("n"), m.end("n"), KANA_SLOT, REASONS[rule], rule=rule))
        return out


# case particles that end a noun phrase (みんなで, げんきに), never a family name as the analyser cuts it
_PHRASE_END = compile_fast(r"[でにをへ]")


def _phrase_not_name(doc: Document, m) -> bool:
    """Two kana words after a class label that read as a phrase, not a family and a given name
    (a label is weaker than 氏名: a class list also holds mottos and rules). Kana names are cut
    apart by the analyser (はし+も+と, はる+と), so only what a name never is vetoes: a verb or an
    adjective of 3+ characters (がんばろう, たのしく), a first word that is a noun and a case particle
    (みんなで, げんきに), or two words that are each one common noun or adverb (ともだち いっぱい)."""
    s, e = m.start("n"), m.end("n")
    toks = [t for t in doc.tokens if t.start >= s and t.end <= e and t.pos[0] != "空白"]
    if m.group("g"):
        # two kanji words (田村 蒼真 / 校外 学習): a name only when the first is one proper-noun
        # word (a family name, or a place name used as one: 小松)
        fam = [t for t in toks if t.start == s and t.end == m.end("e")]
        return not (fam and fam[0].pos[1] == "固有名詞")
    if any(t.pos[0] in ("動詞", "形容詞") and len(t.surface) >= 3 for t in toks):
        return True
    first = m.group("a") or m.group("c") or m.group("e")
    head = [t for t in toks if t.end <= s + len(first)]
    if len(head) == 2 and _PHRASE_END.fullmatch(head[-1].surface) and head[0].pos[1] == "普通名詞":
        return True
    words = [w for w in (m.group("a"), m.group("b"), m.group("c"), m.group("d"), m.group("e"), m.group("f")) if w]
    whole = [t for t in toks if t.surface in words and (t.pos[1] == "普通名詞" or t.pos[0] == "副詞")]
    return len(whole) == 2 and all(len(t.surface) >= 3 for t in whole)
