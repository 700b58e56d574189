"""A name written in kana only, in a name slot (issue 16): 「保護者氏名 やまもと さやか」,
「なまえ：たなか ゆうと（5さい）」, 「申込者 ほしの けんた さん」. Kana names carry no kanji for the
morphological analyser to tag, so they are found by position: a slot word (person.slot_words:
氏名, 保護者, 申込者 …, and なまえ), optionally a colon, then two kana words — family name and given
name — that end where the name ends: at the end of the line, before a bracket, a comma or an
honorific. A heading row (氏名 ふりがな 生年月日) holds words that are headings, not names; a sample
form (記入例, 架空) and a company's kana name as banks abbreviate it (ﾏｴﾊﾞｼ ﾃﾞﾝｷ(ｶ) name no one.
"""
from __future__ import annotations

from .. import lexicon
from ..labels import REASONS
from . import register
from .base import Candidate, Detector, Document
from .fastre import compile_fast, literal_alternation
from .table import heading_type

KANA_SLOT = 0.90  # slot word + a two-word kana name ending where a name ends

_SLOTS = tuple(w for w in lexicon.words("person.slot_words") if len(w) >= 2) + lexicon.words("kana_slot.slot_words")
_RX = compile_fast(
    r"(?:" + literal_alternation(_SLOTS) + r")[ \t]*[:：]?[ \t　]*"
    r"(?P<n>(?P<a>[ぁ-ゖー]{2,6})[ 　](?P<b>[ぁ-ゖー]{2,6})|(?P<c>[ァ-ヺー]{2,7})[ 　](?P<d>[ァ-ヺー]{2,7}))"
    r"(?=[ \t　]*(?:$|\n|[（(【「、,，/／|]|さん|様|さま|くん|ちゃん|君|氏))"
)
_SLOT_RX = compile_fast(literal_alternation(_SLOTS))  # the gate: some slot word is in the text
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
            words = [w for w in (m.group("a"), m.group("b"), m.group("c"), m.group("d")) if w]
            if any(w in _NOT_NAME or heading_type(w) for w in words):
                continue
            if _COMPANY_MARK.match(doc.text, m.end("n")) or _COMPANY_BEFORE.search(doc.text, max(0, m.start("n") - 4), m.start("n")):
                continue  # ﾏｴﾊﾞｼ ﾃﾞﾝｷ(ｶ / (カ)…: a company's kana name as banks abbreviate it
            out.append(Candidate(self.type, m.start("n"), m.end("n"), KANA_SLOT,
                                 REASONS["kana_slot.name"], rule="kana_slot.name"))
        return out
