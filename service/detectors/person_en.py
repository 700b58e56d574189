"""English names found from what stands beside them (issue 16; train50, "English and the world's names at
a Japanese city hall", stop 30).

An English sentence names foreign residents in every culture's way (Anne-Marie Dubois-Leclerc, Pieter van
der Berg, Olena Kovalenko), far beyond any list of given names and surnames. Three things beside a name say
it is one, whatever its spelling:

- its katakana rendering in brackets right after it, in as many parts (Tom Becker (トム・ベッカー),
  Olena Kovalenko (オレーナ・コヴァレンコ)): how a Japanese office writes a foreign person's name; a place or a
  company is rendered in one word (New York (ニューヨーク)). A warning alone; masked with the rest when the
  text blocks for personal data.
- a relation before it in a text that names someone already (his wife Maria, their baby Zara, your son Liam
  and your daughter Olivia): the family of the person the text is about — at that person's level, never a
  warning of its own.
- a greeting that opens a letter or a message in such a text (Hi Sarah, / Dear Grace,): its addressee.

Famous people (public_figures) and the capitalised words of English prose (person.en_stop: months, places,
Team, Sir) are none of these.
"""
from __future__ import annotations

import re

from .. import lexicon
from . import evidence as ev
from . import register
from ..labels import REASONS
from .base import Candidate, Detector, Document
from .fastre import compile_exists, compile_fast, literal_alternation
from .person_base import _EN_NOT_NAME, PUBLIC_FIGURES, _PII_TYPES
from .person_romaji import _EN_STOP
from .sensitive import _EN_TERMS_RX

# (an English sentence: a few lower-case English words in a row before the evidence; a text without three in a row is
# not asked at all)
_ENGLISH_WORDS = compile_exists(r"[a-z]{2,}[ ,;:]{1,2}[a-z]{2,}[ ,;:]{1,2}[a-z]{2,}")
_ENGLISH_SENTENCE = compile_fast(r"[a-z]{2,}[ ,;:]{1,2}[a-z]{2,}[ ,;:]{1,2}[a-z]{2,}")
EN_NAME_RENDERED = 0.60   # a Latin name with its katakana rendering: warn on its own
EN_NAME_IN_BLOCKED = 0.85  # … or any of these in a text that blocks for personal data: masked with the rest

# a word of a name: capitalised (with the diacritics, apostrophes and hyphens of the world's names) or capitals
# (Vietnamese's horned ơ and ư lie outside Latin Extended-A: Lưu, Trương, Dương)
_WORD = r"(?:(?:[DO]['’])?[A-ZÀ-ÞĀ-ŽƠƯ][a-zà-ÿā-žơưạ-ỹ'’]+(?:-[A-ZÀ-ÞĀ-ŽƠƯ][a-zà-ÿā-žơưạ-ỹ'’]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?)"
# the particles of Dutch, German, Portuguese, Spanish, Italian, French and Arabic names
_PARTICLE_WORDS = frozenset(lexicon.words("person.name_particles"))
_PARTICLE = "(?:" + literal_alternation(_PARTICLE_WORDS) + ")"
_LATIN_NAME = _WORD + r"(?:[ ](?:" + _PARTICLE + r"[ ])*" + _WORD + r"){1,3}"
_RENDERED = compile_fast(r"(?<![A-Za-z])(?P<n>" + _LATIN_NAME + r")[ ]?[（(](?P<k>[ァ-ヺー]+(?:[・＝=][ァ-ヺー]+){1,4})"
                         r"(?:[ ]?[/／、,][^)）\n]{0,40})?[)）]")
_RELATION = compile_fast(
    r"(?<![A-Za-z])(?:[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Mm]y|[Oo]ur|[A-Z][a-z]+['’]s|su|sus|seu|sua)[ ](?:(?:little|baby|younger|older|elder|eldest|youngest|new-?born|"
    r"infant|teenage|ex-|former|[A-Z][a-z]+)[ ]?)?(?:wife|husband|son|daughter|baby|child|kid|mother|father|mom|mum|dad|sister|brother|"
    r"partner|fianc[eé]e?|grandson|granddaughter|grandmother|grandfather|stepson|stepdaughter|"
    r"hija|hijo|esposa|esposo|marido|mujer|madre|padre|filha|filho|mãe|pai)(?:[ ][A-Z][a-z]+)?,?[ ](?:named[ ]|called[ ]|is[ ])?"
    r"(?P<n>" + _WORD + r"(?:[ ]" + _WORD + r")?|[一-龥々]{1,3}[ 　][一-龥々]{1,3})(?:[ ]and[ ](?:(?:his|her|their|your|my|our)[ ][a-z]+[ ])?(?P<m>" + _WORD + r"))?")
# a resident's role right before or after the name, as an English note introduces someone (an international student,
# our tenant, the applicant): the person the note is about
_ROLE = (r"(?:international[ ]|exchange[ ]|foreign[ ]|technical[ ])?(?:student|intern|trainee|resident|tenant|applicant|"
         r"patient|pupil|client|caller|complainant|evacuee|refugee|caregiver|care[ ]worker|homestay[ ]guest)")
_ROLE_BEFORE = compile_fast(r"(?<![A-Za-z])(?:[Oo]ur|[Tt]he|[Aa]n?|[Nn]ew)[ ](?:new[ ])?" + _ROLE + r",?[ ](?P<n>" + _LATIN_NAME + r")")
# a post or a case role named right before a Latin name, with or without a label's colon: the assistant language teachers
# and international relations staff a city employs (ALT, CIR, SEA), a candidate, a bride or a groom, a party to a suit
_STAFF_OR_CASE_ROLE = compile_fast(
    r"(?<![A-Za-z])(?:(?:[Ff]ormer|[Oo]ur|[Nn]ew|[Tt]he|[Dd]ear)[ ])?(?:ALT|CIR|SEA|AET|JET|Candidate(?:[ ](?:[A-Z]|[0-9]{1,2}))?|"
    r"[Gg]room|[Bb]ride|[Cc]laimant|[Pp]laintiff|[Dd]efendant|[Aa]ppellant)[ \t]*(?:[:：][ \t]*|[ ])(?P<n>" + _LATIN_NAME + r")"
    r"(?=['’]s\b|[ \t]*(?:[,;—–\-(（\n]|$)|[ ][a-z])")
# a list item opening with a full name and a dash or a colon (1) Sophie Lambert – …), in a text that ranks or assesses people
_LISTED_LATIN_NAME = compile_fast(r"(?m)^[ \t]*(?:[0-9]{1,2}[.)]|[-*•・])[ \t]*(?P<n>" + _LATIN_NAME + r")[ \t]*(?:[–—:：]|-[ ])")
_ASSESSED_PEOPLE = compile_exists(r"(?i:\b(?:rank(?:ing)?|candidates?|applicants?|interview(?:ee|ed)?s?|shortlist|evaluat\w+|assess\w+|"
                                  r"panel notes|selection)\b)")
_ROLE_LABEL_HINT = compile_exists(r"ALT|CIR|SEA|AET|JET|[Cc]andidate|[Gg]room|[Bb]ride|[Cc]laimant|[Pp]laintiff|[Dd]efendant|[Aa]ppellant")
_ROLE_AFTER = compile_fast(r"(?<![A-Za-z])(?P<n>" + _LATIN_NAME + r"),[ ](?:an?|the|our)[ ](?:[a-z\-]+[ ]){0,2}?" + _ROLE + r"(?![a-z])")
# a name in another script right before its romanisation in brackets (박성호 (Park Sung-ho, パク・ソンホ), 林 怡君 (Lin
# Yi-chun)): both writings are the person's — not a place or an office (前橋市（Maebashi City）)
# (found from the bracket back: a search from every kanji of a Japanese text cost a third of a millisecond)
_ROMAN_IN_BRACKET = compile_fast(r"[（(](?P<r>" + _WORD + r"(?:[ -]" + _WORD + r"|-[a-z]+){1,3})(?:[ ]?[,/／、][^)）\n]{0,40})?[)）]")
_HONORIFIC_AFTER = compile_fast(r"[ 　]?(?:様|さん|氏|殿)")
_LABEL_BEFORE = compile_fast(r"[:：][ 　]?\Z")
_KATAKANA_NAME_BEFORE = compile_fast(r"(?<![ァ-ヺー・])(?P<n>[ァ-ヺー]{1,8}(?:・[ァ-ヺー]{1,8}){1,3})[ ]?\Z")
_KATAKANA_IN_BRACKET = compile_fast(r"[（(](?P<k>[ァ-ヺー]+(?:[・＝=][ァ-ヺー]+){1,2})[)）]")
_SCRIPT_NAME_BEFORE = compile_fast(r"(?P<n>[가-힣]{2,4}|[一-龥]{1,2}[ 　]?[一-龥]{1,2}(?<![市町村区県駅館課所園院社部局室]))[ ]?\Z")
# a Chinese name's romanisation: pinyin (or Wade-Giles) syllables only (Wang Zhiqiang, Lin Yi-chun), not English
# words (農地法 (Agricultural Land Act))
_SYLLABLES = compile_fast(r"(?:(?:zh|ch|sh|ts|[bpmfdtnlgkhjqxrzcsyw])?[aeiouvü]{1,3}(?:ng|n|r)?)+")
# a mail client's attribution line over a quoted message (On Tue, Apr 16, 2024, Emily Carter wrote: / Emily Carter
# <…> wrote:): its writer
_WROTE = compile_fast(r"(?m)^[> \t]*(?:On[ ][^\n]{4,60}?,[ ])?(?P<n>" + _LATIN_NAME + r")(?:[ ]?[<(][^<>()\n]{3,80}[>)])?[ ]wrote:")
# a name in the sentence of a personal number or address (…, wrote from am.dubois-leclerc@laposte.net) or of a sensitive
# fact (our ALT Ryan O'Connor has epilepsy): the person the sentence is about — with initials too (J. R. Okafor)
_NAME_IN_SENTENCE = compile_fast(r"(?<![A-Za-z'’.\-])(?P<n>(?:[A-Z]\.[ ]?){1,2}" + _WORD + r"|" + _LATIN_NAME + r")(?![A-Za-z'’\-])")
# (with a short description between: "Ana Paula Ferreira, Brazilian, receiving public assistance since 2022")
_HAS_AFTER = compile_fast(r"(?:,[ ][A-Za-z][A-Za-z0-9 \-]{0,30},)?[ ](?:has|had|was|is|suffers|suffered|takes|took|needs|uses|"
                          r"receives|received|receiving|gets|got)[ ]")
_NAME_ENDS = compile_fast(r"[A-Z][a-z'’\-]+\Z")
_SENTENCE_EDGE = compile_fast(r"[.!?](?=[ \n\"”'])|\n")
_GREETING = compile_fast(r"(?:^|(?<=[\n\"“'「『]))[ \t]*(?:Hi|Hello|Dear|Hey)[ ](?P<n>" + _WORD + r"(?:[ ]" + _WORD + r"){0,2})(?=[,!:\n])")
# (what the text must hold for any of the patterns to match, asked first: most texts hold none of it — a bracket
# before katakana or a capital, or one of the patterns' English, Spanish and Portuguese words)
_BRACKET_HINT = compile_exists(r"[（(][ァ-ヺA-Z가-힣]|[가-힣一-龥][ ]?[（(][A-Z]|[ァ-ヺー][ ]?[（(][一-龥]")
# a katakana name in two parts right before its writing in kanji in brackets, the kanji found as a name already
# (ワン シャオミン（王 小明）): the same person's name as it is read
_KATAKANA_BEFORE_KANJI_NAME = compile_fast(r"(?<![ァ-ヺー])(?P<k>[ァ-ヺ][ァ-ヺー]{0,7}[ 　・][ァ-ヺ][ァ-ヺー]{0,7})[ 　]?[（(](?P<n>[一-龥々][^（）()\n]{1,10})[)）]")
# a maiden or former name told beside the name: Haruka Ellison (née Sugimoto), …, formerly Maria Lopez
_MAIDEN_NAME = compile_fast(r"(?:[(（][ ]?|,[ ])(?:née|nee|formerly|maiden name:?)[ ]+(?P<n>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?![A-Za-z])")
_FAMILY_HINT = compile_exists(r"&|[ ]family|née|nee[ ]|formerly|maiden")
_COUPLE = compile_fast(r"(?<![A-Za-z])[A-Z][a-z]{1,15}[ ]&[ ][A-Z][a-z]{1,15}[ ][A-Z][a-z]{1,20}(?![A-Za-z])")
# a family named by its surname: "We are the Okafor family"
_THE_FAMILY = compile_fast(r"(?<![A-Za-z])the[ ](?P<s>[A-Z][a-z]{2,15})[ ]family(?![a-z])")
_WORD_HINT = compile_exists(r"(?<![A-Za-z])" + literal_alternation(
    "student intern trainee resident tenant applicant patient pupil client caller complainant evacuee refugee caregiver "
    "worker guest wife husband son daughter baby child kid mother father mom mum dad sister brother partner fiance fiancee "
    "grandson granddaughter grandmother grandfather stepson stepdaughter hija hijo esposa esposo marido mujer madre padre filha filho mãe pai Hi Hello Dear Hey".split()) + r"(?:e?s)?(?![a-z])")


# a chat's line: its time, then who speaks, then a colon ([19:42] Lưu Thanh Tùng: …, 10:05 Maria Santos: …)
_CHAT_SPEAKER = compile_fast(r"(?m)^[ \t]*[\[(]?(?:[0-9]{1,4}[/-][0-9]{1,2}(?:[/-][0-9]{1,2})?[ ])?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[\])]?"
                             r"[ \t]+(?P<n>" + _LATIN_NAME + r")[ \t]*[:：]")


def _a_name(words: str) -> bool:
    parts = words.replace("-", " ").split()
    return (not any(p.capitalize() in _EN_STOP for p in parts) and words.replace(" ", "") not in PUBLIC_FIGURES)


@register
class EnglishNameBesideDetector(Detector):
    type = "PERSON"
    reads = ("*",)

    @staticmethod
    def _evidence_sentences(doc: Document) -> list[tuple[int, int, bool]]:
        """The English sentences that hold a personal number found at block level, or a sensitive fact told of a name
        (start, end, and whether it is a sensitive fact's)."""
        text, spans = doc.text, []
        for c in doc.candidates:
            if c.type in _PII_TYPES and c.type != "JP_ADDRESS" and c.score >= ev.BLOCK \
                    and _ENGLISH_SENTENCE.search(text, max(0, c.start - 100), c.start):
                spans.append((c.start, c.end, False))
        for h in _HAS_AFTER.finditer(text):
            # (a sensitive fact told of a name: the name right before has/was …, the term later in its sentence — asked
            # from the verb, which few texts hold, not from every term of the lexicon)
            n = _SENTENCE_EDGE.search(text, h.end(), h.end() + 200)
            t = _EN_TERMS_RX.search(doc.lower, h.end(), n.start() if n else min(len(text), h.end() + 200))
            if t and _NAME_ENDS.search(text, max(0, h.start() - 60), h.start()):
                spans.append((t.start(), t.end(), True))
        out = []
        for s, e, told in spans:
            a = max((m.end() for m in _SENTENCE_EDGE.finditer(text, max(0, s - 200), s)), default=max(0, s - 200))
            n = _SENTENCE_EDGE.search(text, e, e + 200)
            if _ENGLISH_SENTENCE.search(text, a, s):
                out.append((a, n.start() if n else min(len(text), e + 200), told))
        return out

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        brackets = _BRACKET_HINT.search(text) is not None
        words = _WORD_HINT.search(text) is not None
        evidence = _ENGLISH_WORDS.search(text) is not None
        roles = _ROLE_LABEL_HINT.search(text) is not None
        family = _FAMILY_HINT.search(text) is not None
        speakers = list(_CHAT_SPEAKER.finditer(text)) if ":" in text else []
        if not (brackets or words or evidence or roles or family or speakers or " wrote:" in text):
            return []
        blocked = any(c.type in _PII_TYPES and c.score >= ev.BLOCK for c in doc.candidates)
        taken = [(c.start, c.end) for c in doc.candidates if c.type == "PERSON" and c.score >= ev.WARN]
        # (a name found at warn by its shape alone is found again when the evidence here blocks: Ana Paula Ferreira,
        # receiving public assistance)
        warned = {(c.start, c.end) for c in doc.candidates if c.type == "PERSON" and ev.WARN <= c.score < ev.BLOCK}
        out: list[Candidate] = []

        def add(s: int, e: int, score: float, reason: str) -> None:
            again = (s, e) in warned and score >= ev.BLOCK
            if again or not any(a <= s and e <= b for a, b in taken):  # (not one found already, whole)
                out.append(Candidate("PERSON", s, e, score, REASONS[reason], rule=reason))
                taken.append((s, e))
                warned.discard((s, e))

        score = EN_NAME_IN_BLOCKED if blocked else EN_NAME_RENDERED
        if brackets:
            self._rendered(text, add, score, taken)
        for rx in (_ROLE_BEFORE, _ROLE_AFTER) if words else ():
            for m in rx.finditer(text):
                if _a_name(m.group("n")):
                    add(m.start("n"), m.end("n"), score, "person.en.role")
        for m in _STAFF_OR_CASE_ROLE.finditer(text) if roles else ():
            # (ALT Connor Mackay's health check, Candidate A: Eleanor Vance —, Bride: Mei-Ling Tan: whom the text is about)
            if _a_name(m.group("n")) and not any(w in _EN_NOT_NAME for w in m.group("n").split()):
                add(m.start("n"), m.end("n"), EN_NAME_IN_BLOCKED, "person.en.role")
        if _ASSESSED_PEOPLE.search(text):
            for m in _LISTED_LATIN_NAME.finditer(text):
                # (1) Sophie Lambert – strong classroom presence …: the items of a list of people being ranked or assessed
                if _a_name(m.group("n")) and not any(w in _EN_NOT_NAME for w in m.group("n").split()):
                    add(m.start("n"), m.end("n"), EN_NAME_IN_BLOCKED, "person.en.role")
        for m in speakers:
            # ([19:42] Lưu Thanh Tùng: …: the speakers of a chat pasted from a phone, people in their own conversation)
            if _a_name(m.group("n")) and not any(w in _EN_NOT_NAME for w in m.group("n").split()):
                add(m.start("n"), m.end("n"), EN_NAME_IN_BLOCKED, "person.en.speaker")
        for m in _WROTE.finditer(text) if " wrote:" in text else ():
            if _a_name(m.group("n")):
                add(m.start("n"), m.end("n"), score, "person.en.writer")
        if evidence:
            self._beside_evidence(doc, add, taken)
        if family and (blocked or taken):  # (where someone is named already or the text blocks)
            self._family_names(text, add, score)
        if not (words and (blocked or taken)):
            return out  # (relatives and addressees only where someone is named already: never a warning of their own)
        for m in _RELATION.finditer(text):
            for g in ("n", "m"):
                if m.group(g) and _a_name(m.group(g)):
                    add(m.start(g), m.end(g), score, "person.en.relative")
        for m in _GREETING.finditer(text):
            if _a_name(m.group("n")):
                add(m.start("n"), m.end("n"), score, "person.en.addressee")
        return out

    @staticmethod
    def _rendered(text: str, add, score: float, taken: list) -> None:
        """A name beside its writing in another script, in brackets (Latin and katakana, hangul or kanji and its reading)."""
        for m in _RENDERED.finditer(text):
            name, kana_parts = m.group("n"), len([p for p in m.group("k").replace("＝", "・").replace("=", "・").split("・") if p])
            name_words = [w for w in name.split() if w.lower() not in _PARTICLE_WORDS]
            if abs(len(name_words) - kana_parts) <= 1 and _a_name(name):
                add(m.start("n"), m.end("n"), score, "person.en.rendered")
                add(m.start("k"), m.end("k"), score, "person.en.rendered")
        for m in _KATAKANA_IN_BRACKET.finditer(text):
            # 최하윤（チェ・ハユン）, 张丽娟（チョウ・レイケン）: a name in its own script with its reading in parts
            b = _SCRIPT_NAME_BEFORE.search(text, max(0, m.start() - 7), m.start())
            n = b.group("n").replace(" ", "").replace("　", "") if b else ""
            # (a kanji name only as someone's: an honorific after it or a label's colon before it — not 北京大学（ペキン・
            # ダイガク）に留学)
            if b and len(n) >= 2 and n not in PUBLIC_FIGURES and (n[0] >= "가" or _HONORIFIC_AFTER.match(text, m.end())
                                                                   or _LABEL_BEFORE.search(text, max(0, b.start() - 3), b.start())):
                add(b.start("n"), b.end("n"), score, "person.en.rendered")
                add(m.start("k"), m.end("k"), score, "person.en.rendered")
        for m in _KATAKANA_BEFORE_KANJI_NAME.finditer(text):
            if any(a <= m.start("n") and m.end("n") <= b for a, b in taken):
                add(m.start("k"), m.end("k"), score, "person.en.rendered")
        for m in _ROMAN_IN_BRACKET.finditer(text):
            b = _SCRIPT_NAME_BEFORE.search(text, max(0, m.start() - 7), m.start())
            n = b.group("n") if b else ""
            if b and _a_name(m.group("r")) and n.replace(" ", "").replace("　", "") not in PUBLIC_FIGURES and (
                    n[0] >= "가" or all(_SYLLABLES.fullmatch(w) for w in re.split(r"[ -]", m.group("r").lower()))):
                add(b.start("n"), b.end("n"), score, "person.en.rendered")
                add(m.start("r"), m.end("r"), score, "person.en.rendered")
                continue
            # ダン・ミン・コア（Đàm Minh Khoa）: a katakana name in parts, then its own spelling, part for part
            k = _KATAKANA_NAME_BEFORE.search(text, max(0, m.start() - 24), m.start())
            parts = re.split(r"[ -]", m.group("r"))
            if k and _a_name(m.group("r")) and len(k.group("n").split("・")) == len(parts):
                add(k.start("n"), k.end("n"), score, "person.en.rendered")
                add(m.start("r"), m.end("r"), score, "person.en.rendered")

    def _beside_evidence(self, doc: Document, add, taken: list) -> None:
        """A name in the English sentence that holds a blocking number or tells a sensitive fact of it."""
        text = doc.text
        for a, b, told in self._evidence_sentences(doc):
            for m in _NAME_IN_SENTENCE.finditer(text, a, b):
                s0, name = m.start("n"), m.group("n")
                first = name.split(" ", 1)[0]
                if first.isupper() and len(first) > 1 and not name.isupper() and name.count(" ") >= 2:
                    s0, name = s0 + len(first) + 1, name[len(first) + 1:]  # (our ALT Ryan O'Connor: a role's acronym)
                # (beside a sensitive fact, only the sentence's subject: Ryan O'Connor has epilepsy; a name found
                # already that ends where this one ends keeps its own start: Patient Daniel Becker is Daniel Becker)
                if _a_name(name) and (" " in name or "." in name) and (not told or _HAS_AFTER.match(text, m.end("n"))) \
                        and not any(b == m.end("n") and a > s0 for a, b in taken):
                    add(s0, m.end("n"), EN_NAME_IN_BLOCKED, "person.en.beside")

    @staticmethod
    def _family_names(text: str, add, score: float) -> None:
        """A maiden name beside the name (née Sugimoto), the members of a family named by its surname (the Okafor family)."""
        for m in _MAIDEN_NAME.finditer(text) if "n" in text else ():
            if _a_name(m.group("n")):
                add(m.start("n"), m.end("n"), score, "person.en.family_name")
        for m in _COUPLE.finditer(text) if "&" in text else ():
            # (Hideki & Junko Morooka: two given names sharing one family name, a couple or a host family)
            if _a_name(m.group()) and not any(w in _EN_NOT_NAME for w in m.group().replace("&", " ").split()):
                add(m.start(), m.end(), score, "person.en.family_name")
        for f in _THE_FAMILY.finditer(text) if " family" in text else ():
            # (the Okafor family (Chidi Okafor and Yumi Okafor): each given name with the family's name is a member)
            surname = f.group("s")
            if not _a_name(surname):
                continue
            for m in re.finditer(r"(?<![A-Za-z])[A-Z][a-z]{1,15}[ ]" + re.escape(surname) + r"(?![A-Za-z])", text):
                if _a_name(m.group()):
                    add(m.start(), m.end(), score, "person.en.family_name")
