"""Names in the scripts of residents from Nepal, Bangladesh, Sri Lanka, Thailand, Cambodia and Myanmar outside a label
or a self-introduction (issue 16).

A letter in Nepali, Sinhala or Thai names people in running prose — the complainant in the middle of a sentence
(… बस्ने केशव पौडेल हुँ), a friend who comes as a proxy (मेरो साथी राजु तामाङ), a husband in hospital — where no
label says "name:" and no frame says "my name is". The Japanese dictionary cannot read those scripts, so the
name's shape decides, as a Japanese family name from the dictionary does for a kanji name:

- Devanagari, Bengali and Sinhala: a word of the script, a Nepali middle word if any (बहादुर, कुमारी …) or the Sinhala ද (de),
  then one of the most common family names (person.south_asian_surnames), a Nepali case ending (को, ले, लाई …) allowed
  after it — a given name and a family name;
- Khmer: one of the common Cambodian family names (person.khmer_surnames), written first, and a Khmer word;
- Burmese (no family names, no spaces inside a name): a word of the script made of two to five syllables that
  names use (person.burmese_name_syllables) and nothing else, a title (ဦး, ဒေါ်, ကို, မောင်, မ) only first, a case
  particle (က, ကို, ရဲ့, နဲ့) allowed after it — ordinary words hold a syllable no name uses (ဖုန်းကို: phone + particle);
- Thai: a word and a family name whose word is made of two to five parts of Thai family names
  (person.thai_surname_parts: ศรี·สุข, แก้ว·มณี, ทอง·ประเสริฐ) — a given name and a family name, neither holding a word
  of prose (person.thai_not_name_parts: ที่, และ, ค่ะ …), a title or a relation joined to the front cut off (คุณ, ผม …);
- Thai: a Japanese name written by its sound (ซาโตะ ยูโตะ: Sato Yuto), both words read back as a listed romaji family
  name and given name, in either order (script_japanese.py), read from the end of the last title or relation in a run of
  unspaced words (…ของคุณทานากะ ฮิโรชิ);
- Devanagari, Bengali, Sinhala, Lao, Khmer and Burmese: a Japanese name written by its sound (किमुरा सातोशी: Kimura
  Satoshi), two words read back as a listed family name and given name in either order, a family name before an honorific
  read back the same way (मोरी सेन्सेई) or after a title (ဆရာ, ອາຈານ, លោក: person.script_titles) (script_japanese.py);
- Thai: a child's or a woman's title (ด.ญ., ด.ช., เด็กหญิง, เด็กชาย, นางสาว, น.ส.) and two Thai words — given name and
  family name (นาย and นาง are left out: they open common words, นายก, นายจ้าง); in Lao, ທ້າວ (Mr) and ນາງສາວ (Miss)
  (ນາງ is "she" too, but not after ຮຽນ, "Dear", that opens a letter to her);
- any of these scripts: a run of one to four words right after a Japanese slot label and a colon (児童：ພອນສະຫວັນ ຈັນທະລາ) —
  the label says it is a name, as it does for a kanji one.

A text that is a sample (記入例, sample …) names no one.
"""
from __future__ import annotations

import unicodedata

from .. import lexicon
from ..labels import REASONS
from . import evidence as ev
from . import register
from .base import Candidate, Detector, Document
from .fastre import compile_fast, literal_alternation
from . import script_japanese
from .kin import relatives_in_script
from .hangul_japanese import prefixes_of
from .person_romaji import _GIVEN_LOWER, _GIVEN_PREFIXES, _SURNAME_PREFIXES, _SURNAMES_LOWER
from .record import _SAMPLE, _lowered


def _words(name: str) -> tuple[str, ...]:
    """A lexicon's words as the scanner's text writes them: NFKC splits Thai's and Lao's SARA AM (คำ → คํา)."""
    return tuple(unicodedata.normalize("NFKC", w) for w in lexicon.words(name))


_TITLES = frozenset(_words("person.script_titles"))
_THAI_LETTER = compile_fast(r"[\u0e00-\u0e7f]")

SCRIPT_NAME = 0.85  # a given name and a listed family name, or a title and a name: a person, as a kanji name is

# (the letters: the danda । ॥ that ends a Nepali sentence is no letter of a name)
_DEVANAGARI, _SINHALA, _THAI = "\u0900-\u0963\u0966-\u097F", "\u0D80-\u0DF3", "\u0E00-\u0E7F"
_BENGALI, _KHMER, _LAO = "\u0980-\u09E3\u09E6-\u09FF", "\u1780-\u17D3", "\u0E80-\u0EFF"
_NEPALI_CASE_ENDINGS = "को|ले|लाई|मा|सँग|का|की|जी"  # (the case endings a Nepali name takes: को of, ले by, लाई to …)
_KHMER_SURNAMES = literal_alternation(sorted(_words("person.khmer_surnames"), key=len, reverse=True))
_SURNAMES = literal_alternation(sorted(_words("person.south_asian_surnames"), key=len, reverse=True))
_MIDDLE = literal_alternation(sorted(_words("person.south_asian_middle_names"), key=len, reverse=True))
_NAME = compile_fast(
    r"(?<![%s])(?P<v>[%s]{2,}[ ](?:(?:%s)[ ])?(?:%s))(?=(?:%s)?(?![%s]))"
    % (_DEVANAGARI, _DEVANAGARI, _MIDDLE, _SURNAMES, _NEPALI_CASE_ENDINGS, _DEVANAGARI)
    + r"|(?<![%s])(?P<s>[%s]{2,}[ ](?:ද[ ])?(?:%s))(?![%s])" % (_SINHALA, _SINHALA, _SURNAMES, _SINHALA)
    + r"|(?<![%s])(?P<b>[%s]{2,}[ ](?:%s))(?![%s])" % (_BENGALI, _BENGALI, _SURNAMES, _BENGALI)
    + r"|(?<![%s])(?P<k>(?:%s)[ ][%s]{2,})(?![%s])" % (_KHMER, _KHMER_SURNAMES, _KHMER, _KHMER)
    + r"|(?:ທ້າວ|ນາງສາວ|ຮຽນ[ ](?:ທ່ານ|ນາງ|ທ້າວ)?)[ ]?(?P<l>[%s]{2,}[ ][%s]{2,})(?![%s])" % (_LAO, _LAO, _LAO)
    + r"|(?:ด\.ญ\.|ด\.ช\.|เด็กหญิง|เด็กชาย|นางสาว|น\.ส\.)[ ]?(?P<t>[%s]{2,}[ ][%s]{2,})(?![%s])" % (_THAI, _THAI, _THAI))


_SCRIPT_RUN = "[" + _DEVANAGARI + _SINHALA + _THAI + _BENGALI + _KHMER + _LAO + "\u1000-\u109f]"
_AFTER_SLOT = compile_fast(r"(?:" + literal_alternation(sorted(lexicon.words("person.slot_words"), key=len, reverse=True))
                           # (a word of a name is short: Thai and Lao prose runs its words together into long ones)
                           + r")[ ]*[:：][ ]*(?P<n>" + _SCRIPT_RUN + r"{2,14}(?:[ ]" + _SCRIPT_RUN + r"{2,14}){0,3})(?!" + _SCRIPT_RUN + ")")


# a Burmese syllable: a consonant or an independent vowel, its vowel signs and medials, a final consonant killed by
# the asat (with the dot below before or after it), a stacked consonant
_BURMESE_SYLLABLE = compile_fast(r"[\u1000-\u102A\u103F\u104C-\u104F](?:[\u102B-\u1036\u1038\u103B-\u103E]|\u1037"
                                 r"|[\u1000-\u1021]\u1037?\u103A\u1037?|\u1039[\u1000-\u1021]|\u103A)*")
_BURMESE_WORD = compile_fast(r"[\u1000-\u1049\u104C-\u109F]+")
_BURMESE_NAME_SYLLABLES = frozenset(_words("person.burmese_name_syllables"))
_BURMESE_TITLES = frozenset(_words("person.burmese_titles"))
_BURMESE_TITLES_ONLY_FIRST = _BURMESE_TITLES - {"ဦး"}  # (ဦး, Oo, ends names too: ဝင်းနိုင်ဦး)
_BURMESE_PARTICLES = frozenset(_words("person.burmese_particles"))


def _burmese_names(text: str) -> list[tuple[int, int]]:
    """The words of the text that are Burmese names (see the module's docstring)."""
    out = []
    for m in _BURMESE_WORD.finditer(text):
        syllables = _BURMESE_SYLLABLE.findall(m.group())
        if "".join(syllables) != m.group():
            continue
        end = m.end()
        if len(syllables) > 2 and syllables[-1] in _BURMESE_PARTICLES:
            end -= len(syllables.pop())
        body = syllables[1:] if syllables[0] in _BURMESE_TITLES else syllables
        if 2 <= len(body) <= 5 and all(x in _BURMESE_NAME_SYLLABLES and x not in _BURMESE_TITLES_ONLY_FIRST for x in body):
            out.append((m.start(), end))
    return out


_THAI_SURNAME_PARTS = frozenset(_words("person.thai_surname_parts"))
_THAI_LONGEST_PART = max(map(len, _THAI_SURNAME_PARTS))
_THAI_PROSE = compile_fast(literal_alternation(_words("person.thai_not_name_parts")))
_THAI_LEAD = compile_fast("(?:" + literal_alternation(sorted(_words("person.thai_name_lead"), key=len, reverse=True)) + ")+")
_THAI_PAIR = compile_fast(r"(?<![%s])(?=(?P<g>[%s]{2,})[ ](?P<s>[%s]{4,})(?![%s]))" % (_THAI, _THAI, _THAI, _THAI))


def _thai_surname_parts(word: str) -> int:
    """The fewest parts of person.thai_surname_parts the word is made of (0: it is not made of them)."""
    fewest = [0] + [-1] * len(word)
    for i in range(len(word)):
        if fewest[i] < 0:
            continue
        for j in range(i + 1, min(len(word), i + _THAI_LONGEST_PART) + 1):
            if word[i:j] in _THAI_SURNAME_PARTS and (fewest[j] < 0 or fewest[j] > fewest[i] + 1):
                fewest[j] = fewest[i] + 1
    return max(fewest[-1], 0)


def _thai_names(text: str) -> list[tuple[int, int]]:
    """Thai given names and family names (see the module's docstring)."""
    out = []
    for m in _THAI_PAIR.finditer(text):
        given, family = m.group("g"), m.group("s")
        if _thai_surname_parts(family) < 2 or _THAI_PROSE.search(family):
            continue
        lead = _THAI_LEAD.match(given)
        start = m.start("g") + (lead.end() if lead and lead.end() < len(given) - 1 else 0)
        if _THAI_PROSE.search(text, start, m.end("g")):
            continue
        out.append((start, m.end("s")))
    return out


# a Nepali case ending after a name or an honorific (मोरी सेन्सेईका: of teacher Mori)
_NEPALI_CASE_ENDING = compile_fast("(?:%s)$" % _NEPALI_CASE_ENDINGS)


def _reads_as(script: str, word: str, prefixes: frozenset, names: frozenset) -> bool:
    """The word reads back as one of `names` — in Nepali, after a case ending is cut off too."""
    if next(script_japanese.readings(script, word, prefixes, names), None) is not None:
        return True
    ending = _NEPALI_CASE_ENDING.search(word) if script == "devanagari" else None
    return bool(ending) and next(script_japanese.readings(script, word[:ending.start()], prefixes, names), None) is not None


_THAI_LEAD_ANYWHERE = compile_fast(literal_alternation(sorted(_words("person.thai_name_lead"), key=len, reverse=True)))
_THAI_TITLES = tuple(t for t in _TITLES if _THAI_LETTER.match(t))
# two Thai words, the second of each pair the first of the next (คาโตะ มาซาฮิโระ)
_THAI_WORDS = compile_fast(r"(?<![%s])(?=(?P<a>[%s]{2,})[ ](?P<b>[%s]{2,})(?![%s]))" % (_THAI, _THAI, _THAI, _THAI))


def _japanese_names_in_thai(text: str) -> list[tuple[int, int]]:
    """Japanese family and given names written in Thai by their sound (see script_japanese.py)."""
    out = []
    for m in _THAI_WORDS.finditer(text):
        a, b = m.group("a"), m.group("b")
        # (Thai writes no space between words: the name may follow the words before it, a title last — อพาร์ตเมนต์ของคุณ
        # ทานากะ: the apartment of Khun Tanaka — so the word is read from the end of its last title or relation)
        cut = 0
        for lead in _THAI_LEAD_ANYWHERE.finditer(a):
            if lead.end() < len(a) - 1:
                cut = lead.end()
        if a[:cut].endswith(_THAI_TITLES) and _reads_as("thai", a[cut:], _SURNAME_PREFIXES, _SURNAMES_LOWER) \
                and not _reads_as("thai", b, _GIVEN_PREFIXES, _GIVEN_LOWER):
            out.append((m.start("a") + cut, m.end("a")))  # (ครูโอกาวะ: teacher Ogawa)
            continue
        for first, second in ((_SURNAME_PREFIXES, _SURNAMES_LOWER), (_GIVEN_PREFIXES, _GIVEN_LOWER)), \
                ((_GIVEN_PREFIXES, _GIVEN_LOWER), (_SURNAME_PREFIXES, _SURNAMES_LOWER)):
            if _reads_as("thai", a[cut:], *first) and _reads_as("thai", b, *second):
                out.append((m.start("a") + cut, m.end("b")))
                break
    return out


# the scripts a Japanese name is written in by its sound (script_japanese.py), by their letters
_SCRIPT_LETTERS = {"devanagari": _DEVANAGARI, "bengali": _BENGALI, "sinhala": _SINHALA, "lao": _LAO,
                   "khmer": _KHMER, "burmese": "\u1000-\u1049\u104C-\u109F"}
_SCRIPT_PAIRS = {name: compile_fast(r"(?<![%s])(?=(?P<a>[%s]{2,})[ ](?P<b>[%s]{2,})(?![%s]))" % (x, x, x, x))
                 for name, x in _SCRIPT_LETTERS.items()}
_SCRIPT_GATES = {name: compile_fast("[%s]" % x) for name, x in _SCRIPT_LETTERS.items()}
_HONORIFICS = frozenset(lexicon.words("person.japanese_honorifics_romaji"))
_HONORIFIC_PREFIXES = prefixes_of(_HONORIFICS)


def _japanese_names_in_scripts(text: str) -> list[tuple[int, int]]:
    """Japanese family and given names written by their sound in the scripts of script_japanese.py: two words read back
    as a listed family name and given name, in either order, or a family name and an honorific (किमुरा सान)."""
    out = []
    for script, pairs in _SCRIPT_PAIRS.items():
        if not _SCRIPT_GATES[script].search(text):
            continue
        for m in pairs.finditer(text):
            a, b = m.group("a"), m.group("b")
            a_surname = _reads_as(script, a, _SURNAME_PREFIXES, _SURNAMES_LOWER)
            if a_surname and _reads_as(script, b, _GIVEN_PREFIXES, _GIVEN_LOWER) or (
                    _reads_as(script, a, _GIVEN_PREFIXES, _GIVEN_LOWER)
                    and _reads_as(script, b, _SURNAME_PREFIXES, _SURNAMES_LOWER)):
                out.append((m.start("a"), m.end("b")))
            elif a_surname and _reads_as(script, b, _HONORIFIC_PREFIXES, _HONORIFICS):
                out.append((m.start("a"), m.end("a")))
            elif a in _TITLES and _reads_as(script, b, _SURNAME_PREFIXES, _SURNAMES_LOWER):
                out.append((m.start("b"), m.end("b")))  # (ဆရာ ယောရှိဒါ: teacher Yoshida)
    return out


_BURMESE_LETTER = compile_fast(r"[\u1000-\u109f]")


@register
class ScriptNameDetector(Detector):
    type = "PERSON"
    reads = ("PERSON",)
    gate = "[\u0900-\u09ff\u0d80-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]"

    def analyze(self, doc: Document) -> list[Candidate]:
        if _SAMPLE.search(_lowered(doc)):
            return []
        taken = [(c.start, c.end) for c in doc.candidates if c.type == "PERSON" and c.score >= ev.WARN]
        spans = [m.span(m.lastgroup) for m in _NAME.finditer(doc.text)]
        if _THAI_LETTER.search(doc.text):
            spans += _thai_names(doc.text) + _japanese_names_in_thai(doc.text)
        if _BURMESE_LETTER.search(doc.text):
            spans += _burmese_names(doc.text)
        spans += _japanese_names_in_scripts(doc.text) + [m.span("n") for m in _AFTER_SLOT.finditer(doc.text)]
        out = []
        for s, e in spans:
            if any(a < e and s < b for a, b in taken):
                continue
            out.append(Candidate(self.type, s, e, SCRIPT_NAME, REASONS["script_names.family_name"], rule="script_names.family_name"))
        # (the family's other members by the family name these share: asked again by the record detector, after its labels)
        return out + relatives_in_script(doc.text, doc.candidates + out)
