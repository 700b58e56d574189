"""Names in the scripts of residents from Nepal, Sri Lanka and Thailand outside a label or a self-introduction (issue 16).

A letter in Nepali, Sinhala or Thai names people in running prose — the complainant in the middle of a sentence
(… बस्ने केशव पौडेल हुँ), a friend who comes as a proxy (मेरो साथी राजु तामाङ), a husband in hospital — where no
label says "name:" and no frame says "my name is". The Japanese dictionary cannot read those scripts, so the
name's shape decides, as a Japanese family name from the dictionary does for a kanji name:

- Devanagari and Sinhala: a word of the script, a Nepali middle word if any (बहादुर, कुमारी …), then one of the
  most common family names (person.south_asian_surnames) — a given name and a family name;
- Thai: a child's or a woman's title (ด.ญ., ด.ช., เด็กหญิง, เด็กชาย, นางสาว, น.ส.) and two Thai words — given name and
  family name (นาย and นาง are left out: they open common words, นายก, นายจ้าง).

A text that is a sample (記入例, sample …) names no one.
"""
from __future__ import annotations

from .. import lexicon
from ..labels import REASONS
from . import evidence as ev
from . import register
from .base import Candidate, Detector, Document
from .fastre import compile_fast, literal_alternation
from .record import _SAMPLE, _lowered

SCRIPT_NAME = 0.85  # a given name and a listed family name, or a title and a name: a person, as a kanji name is

_DEVANAGARI, _SINHALA, _THAI = "\u0900-\u097F", "\u0D80-\u0DFF", "\u0E00-\u0E7F"
_SURNAMES = literal_alternation(sorted(lexicon.words("person.south_asian_surnames"), key=len, reverse=True))
_MIDDLE = literal_alternation(sorted(lexicon.words("person.south_asian_middle_names"), key=len, reverse=True))
_NAME = compile_fast(
    r"(?<![%s])(?P<v>[%s]{2,}[ ](?:(?:%s)[ ])?(?:%s))(?![%s])" % (_DEVANAGARI, _DEVANAGARI, _MIDDLE, _SURNAMES, _DEVANAGARI)
    + r"|(?<![%s])(?P<s>[%s]{2,}[ ](?:%s))(?![%s])" % (_SINHALA, _SINHALA, _SURNAMES, _SINHALA)
    + r"|(?:ด\.ญ\.|ด\.ช\.|เด็กหญิง|เด็กชาย|นางสาว|น\.ส\.)[ ]?(?P<t>[%s]{2,}[ ][%s]{2,})(?![%s])" % (_THAI, _THAI, _THAI))


@register
class ScriptNameDetector(Detector):
    type = "PERSON"
    reads = ("PERSON",)
    gate = "[\u0900-\u097f\u0d80-\u0dff\u0e00-\u0e7f]"

    def analyze(self, doc: Document) -> list[Candidate]:
        if _SAMPLE.search(_lowered(doc)):
            return []
        taken = [(c.start, c.end) for c in doc.candidates if c.type == "PERSON" and c.score >= ev.WARN]
        out = []
        for m in _NAME.finditer(doc.text):
            s, e = m.span(m.lastgroup)
            if any(a < e and s < b for a, b in taken):
                continue
            out.append(Candidate(self.type, s, e, SCRIPT_NAME, REASONS["script_names.family_name"], rule="script_names.family_name"))
        return out
