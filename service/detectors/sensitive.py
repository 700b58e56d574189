"""SENSITIVE_PERSONAL_INFO: 要配慮個人情報 tied to an individual in the text.

A sensitive phrase (病名・病歴, 障害, 生活保護の受給, 犯罪歴・前科・逮捕, 税や料金の滞納,
虐待, DV, ひきこもり …) is reported only when an individual is in the same passage:
a PERSON found earlier in this scan (`doc.candidates`), or a person reference
(同僚の, 長男, 本人, 〜さん, 対象者 …). General explanations — 生活保護制度の概要, 熱中症の予防,
a training text listing 「病歴や障害、生活保護の受給など」 — have neither and pass.
The span is the sensitive phrase itself.
"""
from __future__ import annotations

import re

from .. import lexicon
from .fastre import compile_fast, literal_alternation
from . import register
from .base import Candidate, Detector, Document
from . import evidence as ev

# (category label used in `reason`, terms). Longer terms first inside the regex.
_CATEGORIES = [
    ("病歴・病名", lexicon.words("sensitive.illness")),
    ("障害", lexicon.words("sensitive.disability")),
    ("生活保護", lexicon.words("sensitive.public_assistance")),
    ("犯罪歴・前科", lexicon.words("sensitive.criminal_record")),
    ("滞納・債務", lexicon.words("sensitive.arrears_debt")),
    ("虐待・DV", lexicon.words("sensitive.abuse_dv")),
    ("ひきこもり・不登校", lexicon.words("sensitive.withdrawal_truancy")),
    ("信条・出自", lexicon.words("sensitive.creed_origin")),
]
_TERM_CAT: dict[str, str] = {}
for _cat, _terms in _CATEGORIES:
    for _t in _terms:
        _TERM_CAT.setdefault(_t, _cat)
# = the alternation of the terms, longest first, written as a trie (~25% faster to scan)
_TERMS_RX = compile_fast(literal_alternation(_TERM_CAT))
# The same in English (notes for interpreters, mail from foreign residents): reported only with a
# named person in the same passage (there are no English person references below).
_EN_TERMS = {
    "生活保護": "|".join(lexicon.words("sensitive.en_public_assistance")),
    "病歴・病名": "|".join(lexicon.words("sensitive.en_illness")),
    "障害": "|".join(lexicon.words("sensitive.en_disability")),
    "犯罪歴・前科": "|".join(lexicon.words("sensitive.en_criminal_record")),
    "滞納・債務": "|".join(lexicon.words("sensitive.en_arrears_debt")),
    "虐待・DV": "|".join(lexicon.words("sensitive.en_abuse_dv")),
}
_EN_GENERAL = compile_fast(r"prevention|awareness|campaign|seminar|lecture|talk about|talk on|article|statistics|"
                           r"what is|what are|how to|explain|overview|system of|program for")
_EN_TERM_CAT = {t: cat for cat, terms in _EN_TERMS.items() for t in terms.split("|")}
# (no look-behind in front, so sre can scan for the terms' first letters; word starts are checked in analyze)
_EN_TERMS_RX = compile_fast(literal_alternation(_EN_TERM_CAT) + r"(?![a-z])")
# Terms so common in health/welfare talk that they need a named person, not just a reference.
_WEAK_TERMS = frozenset(lexicon.words("sensitive.weak_terms"))

# Person references: a specific individual is meant.
_PERSON_REF = compile_fast(
    r"同僚|部下|上司|先輩|後輩|職員の|長男|長女|次男|次女|三男|三女|息子|娘さん|娘が|娘は|娘の|夫が|夫は|夫の|妻が|妻は|妻の|"
    r"母が|母は|母の|父が|父は|父の|祖母|祖父|孫が|孫の|本人|ご本人|対象者|相談者|申請者|利用者の|世帯主|"
    r"患者の|児童の|生徒の|園児|入居者|この方|その方|あの方|当該|元夫|元妻|夫から|妻から|交際相手|"
    r"(?:避難中の|相談に来た|来庁した|入所中の|入院中の|この|その)(?:女性|男性|方|人|職員|児童|生徒)|"
    r"[一-龥ァ-ヶ]{1,4}(?:さん|様|さま|氏|くん|ちゃん|君)(?:[がはのにをもと、]|$)|"
    r"\d{1,3}歳|[A-ZＡ-Ｚ]さん|[A-ZＡ-Ｚ]氏|(?:Aさん|Bさん)"
)
# General, explanatory framing: about a system, prevention, a training text.
_GENERAL = compile_fast(
    r"制度|概要|仕組み|しくみ|一般論|一般的|予防|啓発|対策|とは|について説明|について教え|の説明|研修|講座|"
    r"パンフレット|チラシ|リーフレット|記事|統計|件数|割合|推移|など、|などの|などを|など特に|の方は|方々|市民の|"
    r"注意が必要|気をつけ|気を付け|法|条例|ガイドライン|要綱|マニュアル|例えば|たとえば|定義")
_HONORIFIC_AFTER = compile_fast(r"^(?:さん|様|さま|氏|くん|ちゃん|君)")
_PASSAGE_BOUNDARY = compile_fast(r"\n\s*\n|。")


@register
class SensitiveDetector(Detector):
    type = "SENSITIVE_PERSONAL_INFO"
    reads = ("PERSON",)  # sensitive information about a named person

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        matches = list(_TERMS_RX.finditer(text))
        english = list(_EN_TERMS_RX.finditer(doc.lower)) if len(doc.lower) == len(text) else []
        if not matches and not english:
            return []
        persons = [c for c in doc.candidates if c.type == "PERSON" and c.score >= ev.WARN]
        out: list[Candidate] = []
        for m in english:
            s, e = m.span()
            if s and doc.lower[s - 1].isalpha() and doc.lower[s - 1].isascii():
                continue  # inside a longer word
            a, b = _sentence(text, s, e)
            person = next((p for p in persons if p.start < b and a < p.end), None) or next(
                (p for p in persons if abs(p.start - s) <= 150 and "\n\n" not in text[min(p.end, s):max(p.start, e)]), None)
            if person is None:
                continue
            if _EN_GENERAL.search(doc.lower, a, b):
                continue  # "a talk about cancer prevention": a topic, not this person's condition
            cat = _EN_TERM_CAT[m.group(0)]
            out.append(Candidate(self.type, s, e, ev.SENSITIVE_WITH_PERSON, f"要配慮個人情報（{cat}）・同じ文脈に個人の氏名（英語）"))
        for m in matches:
            term = m.group(0)
            s, e = m.span()
            # 障害 inside ネットワーク障害 / システム障害 / 障害物 is no disability
            if term in ("障害", "障がい") and (re.search(r"(?:システム|ネットワーク|通信|回線|サーバ|機器|電源|"
                                                      r"機能|運用|発生|大規模)$", text[max(0, s - 8):s])
                                              or text[e:e + 1] in ("物", "報", "対", "発", "時")):
                continue
            if term in ("がん", "癌") and not _is_cancer(text, s, e):
                continue
            if _HONORIFIC_AFTER.match(text[e:e + 3]):
                continue  # part of a name (…さん)
            sent = _sentence(text, s, e)
            a, b = sent
            person = next((p for p in persons if p.start < b and a < p.end), None)
            if person is None:
                # the same paragraph, within 150 chars, for case notes
                person = next((p for p in persons if abs(p.start - s) <= 150
                               and "\n\n" not in text[min(p.end, s):max(p.start, e)]), None)
            ref = _PERSON_REF.search(text, max(a, s - 40), min(b, e + 40))
            cat = _TERM_CAT[term]
            if person:
                score = ev.SENSITIVE_WITH_PERSON
                why = f"要配慮個人情報（{cat}）・同じ文脈に個人の氏名"
            elif ref:
                need_specific = term in _WEAK_TERMS or bool(_GENERAL.search(text[a:b]))
                if need_specific and not _specific_ref(ref.group(0)):
                    continue
                score = ev.SENSITIVE_WITH_REFERENCE
                why = f"要配慮個人情報（{cat}）・特定の個人を指す語が近くにある"
            else:
                continue
            out.append(Candidate(self.type, s, e, score, why))
        return out


def _specific_ref(ref: str) -> bool:
    """In a general-sounding sentence, only a clearly specific person counts."""
    return bool(re.search(r"同僚|部下|上司|長男|長女|次男|次女|息子|娘|夫|妻|さん|様|氏|くん|ちゃん|歳", ref))


def _is_cancer(text: str, s: int, e: int) -> bool:
    """がん the illness, not がんばる・がんこ・ながんだ."""
    if text[s:e] != "がん":
        return True
    nxt = text[e:e + 1]
    prev = text[s - 1:s] if s else ""
    if nxt in ("ば", "こ", "じ", "ぼ", "ぜ", "ら", "り", "め"):
        return False
    if prev and "ぁ" <= prev <= "ん" and prev not in "のがはをにともでやへ":
        return False
    return True


def _sentence(text: str, s: int, e: int) -> tuple[int, int]:
    a = s
    while a > 0 and text[a - 1] not in "。\n" and s - a < 150:
        a -= 1
    b = e
    while b < len(text) and text[b] not in "。\n" and b - e < 150:
        b += 1
    return a, b
