"""Romaji names written 'Surname, Given' (issue 16): the order English mail, rosters and travel
lists use for Japanese names — "Kobayashi, Takeshi" in a signature, "Attendees: Suzuki, Ren;
Watanabe, Yui". Capitalised word + comma + capitalised word is common English ("Tokyo, Japan",
"Yes, Sure"), so the pair must look Japanese: the first word a listed surname and the second a
listed given name, or one of them listed and the other Hepburn-shaped; that alone warns. It
blocks when both are listed, or when the pair is in a list of such pairs, a mail header, a
roster line or a signature. Companies that are surnames (Honda, Toyota) are no one when the
other word is not a given name.
"""
from __future__ import annotations

import re

from .. import lexicon
from . import register
from .base import Candidate, Detector, Document
from .fastre import compile_fast

ROMAJI_BOTH_LISTED = 0.85     # a listed surname, a comma, a listed given name
ROMAJI_IN_CONTEXT = 0.85      # one listed, the other Hepburn-shaped, in a list / header / signature
ROMAJI_SHAPE_ONLY = 0.50      # one listed, the other Hepburn-shaped, no context (warn)

_SURNAMES = frozenset(w.lower() for w in lexicon.words("person.romaji_surnames"))
_GIVEN = frozenset(w.lower() for w in lexicon.words("person.romaji_given"))
_SAMPLE = frozenset(w.lower().replace(",", "").replace(" ", "") for w in lexicon.words("person.sample_romaji"))
_BRANDS = frozenset(w.lower() for w in lexicon.words("person.romaji_brands"))
_NOT_NAME = frozenset(w.lower() for w in lexicon.words("person.en_not_name") + lexicon.words("person.en_product"))

_PAIR = compile_fast(r"(?<![A-Za-z'\-])(?P<s>[A-Z][a-z]{1,14}|[A-Z]{2,15}),[ \t]?(?P<g>[A-Z][a-z]{1,14})(?![A-Za-z'\-])"
                     r"(?![ \t]*(?:Inc|Ltd|LLC|Co|Corp|Japan|Prefecture|City)\b)")
# Hepburn syllables: (consonant cluster) + vowel, syllabic n, long-vowel h after o
_HEPBURN = compile_fast(r"(?:(?:[kgsztdnhbpmr]y|sh|ch|ts|j|f|[kgsztdnhbpmrwy]|kk|ss|tt|pp|cch)?[aiueo]|n(?![aiueoy])|(?<=o)h(?![aiueoy]))+")
# a mail header, a roster or a signature line before the pair
_CONTEXT_BEFORE = compile_fast(
    r"(?i)(?:^|\n)[ \t]*(?:from|to|cc|bcc|attendees?|participants?|members?|present|absent|name|names|"
    r"applicant|contact|staff|delegates?|regards|sincerely|best|thanks|signed|差出人|宛先|出席者?|参加者|氏名)"
    r"\b[^\n]{0,60}$|(?:^|\n)[ \t]*(?:[-*•・]|\d+[.)])[ \t]*\"?$|;[ \t]*$")
_SIGN_OFF = compile_fast(r"(?i)(?:regards|sincerely|best wishes|thanks|thank you|cheers)[,.!]?[ \t]*\n[ \t]*$")


def _hepburn(word: str) -> bool:
    return len(word) >= 2 and _HEPBURN.fullmatch(word.lower()) is not None


@register
class RomajiSurnameGivenDetector(Detector):
    type = "PERSON"
    gate = ","

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        pairs = []
        for m in _PAIR.finditer(text):
            s, g = m.group("s").lower(), m.group("g").lower()
            if s in _NOT_NAME or g in _NOT_NAME or (s + g) in _SAMPLE:
                continue
            s_listed, g_listed = s in _SURNAMES, g in _GIVEN
            if s_listed and g_listed:
                kind = "both"
            elif (s_listed and _hepburn(g)) or (g_listed and _hepburn(s)):
                kind = "shape"
            else:
                continue
            if g in _BRANDS or (kind == "shape" and s in _BRANDS):
                continue  # Honda, Toyota and Nissan: companies
            pairs.append((m, kind))
        out = []
        for i, (m, kind) in enumerate(pairs):
            before = text[max(0, m.start() - 80):m.start()]
            # another pair on the same line or the next ones: a list of people
            listed = any(abs(m2.start() - m.start()) < 120 and m2 is not m for m2, _ in pairs)
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            alone = not text[line_start:m.start()].strip() and not text[m.end():len(text) if line_end < 0 else line_end].strip()
            context = (listed or alone or _CONTEXT_BEFORE.search(before) is not None
                       or _SIGN_OFF.search(before) is not None)
            if kind == "both":
                score, why = ROMAJI_BOTH_LISTED, "ローマ字の「姓, 名」（よくある姓と名）"
            elif context:
                score, why = ROMAJI_IN_CONTEXT, "ローマ字の「姓, 名」（一覧・メールの欄・署名）"
            else:
                score, why = ROMAJI_SHAPE_ONLY, "ローマ字の「姓, 名」の形"
            out.append(Candidate("PERSON", m.start(), m.end(), score, why, rule="romaji.surname_given"))
        return out
