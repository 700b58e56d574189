"""Romaji names written 'Surname, Given' (issue 16): the order English mail, rosters and travel
lists use for Japanese names — "Kobayashi, Takeshi" in a signature, "Attendees: Suzuki, Ren;
Watanabe, Yui". Capitalised word + comma + capitalised word is common English ("Tokyo, Japan",
"Yes, Sure"), so the pair must look Japanese: the first word a listed surname and the second a
listed given name, or one of them listed and the other Hepburn-shaped; that alone warns. It
blocks when both are listed, or when the pair is in a list of such pairs, a mail header, a
roster line or a signature. Companies that are surnames (Honda, Toyota) are no one when the
other word is not a given name.

Foreign residents' names follow the same order ("Name: Lindqvist, Maja", "From: Gonzalez, Ana <…>"):
after a label or a self-introduction any 'Surname, Given' pair is a name; otherwise one word must be
a frequent foreign surname or given name (person.foreign_surnames / world_surnames, western_given /
world_given) and the pair be in context. A 'Given Surname' pair with a frequent foreign name is
someone's when a phone, an e-mail, an address, a birth date or a personal identifier (passport,
residence card, account, card, 個人番号) is on the same line.
"""
from __future__ import annotations

import re

from .. import lexicon
from ..labels import REASONS
from . import register
from .base import Candidate, Detector, Document
from .fastre import compile_fast, finditer_sparse
from .person_base import _HONOR_AFTER

ROMAJI_BOTH_LISTED = 0.85     # a listed surname, a comma, a listed given name
ROMAJI_IN_CONTEXT = 0.85      # one listed, the other Hepburn-shaped, in a list / header / signature
ROMAJI_SHAPE_ONLY = 0.50      # one listed, the other Hepburn-shaped, no context (warn)

_SURNAMES = frozenset(w.lower() for w in lexicon.words("person.romaji_surnames"))
_GIVEN = frozenset(w.lower() for w in lexicon.words("person.romaji_given"))
_SAMPLE = frozenset(w.lower().replace(",", "").replace(" ", "") for w in lexicon.words("person.sample_romaji"))
_FOREIGN_SUR = frozenset(w.lower() for w in lexicon.words("person.foreign_surnames") + lexicon.words("person.world_surnames"))
# (surnames that are English words too — Lin, Ho, Park — count before a hyphenated given name: LIN, YU-TING)
_AMBIG_SUR = frozenset(w.lower() for w in lexicon.words("person.ambig_surnames"))
_FOREIGN_GIVEN = frozenset(w.lower() for w in lexicon.words("person.western_given") + lexicon.words("person.world_given"))
_EN_STOP = frozenset(w.lower() for w in lexicon.words("person.en_stop"))
_BRANDS = frozenset(w.lower() for w in lexicon.words("person.romaji_brands"))
_NOT_NAME = frozenset(w.lower() for w in lexicon.words("person.en_not_name") + lexicon.words("person.en_product"))

# (a given name of two syllables joined by a hyphen, as Taiwanese and Korean passports spell them: LIN, YU-TING; Kim, Min-jun)
_PAIR = compile_fast(r"(?<![A-Za-z'\-])(?P<s>(?:O'|Mc|Mac)?[A-Z][a-z]{1,14}|[A-Z]{2,15}),[ \t]?(?P<g>[A-Z][a-z]{1,14}(?:-[A-Za-z][a-z]{1,8})?|(?<=[A-Z], )[A-Z]{2,15}(?:-[A-Z]{2,8})?|(?<=[A-Z],)[A-Z]{2,15}(?:-[A-Z]{2,8})?)(?![A-Za-z'\-])"
                     r"(?![ \t]*(?:Inc|Ltd|LLC|Co|Corp|Japan|Prefecture|City)\b)")
# a capitalised word right before a 'Surname, Given' pair and another right after it: the comma joins two
# 'Given Surname' names of a list instead
_WORD_BEFORE = compile_fast(r"(?<![A-Za-z'\-])[A-Z][a-z]{1,14}[ \t]$")
_WORD_AFTER = compile_fast(r"[ \t](?:O'|Mc|Mac)?[A-Z][a-z]{1,14}(?![A-Za-z'\-])")
# Hepburn syllables: (consonant cluster) + vowel, syllabic n, long-vowel h after o
_HEPBURN = compile_fast(r"(?:(?:[kgsztdnhbpmr]y|sh|ch|ts|j|f|[kgsztdnhbpmrwy]|kk|ss|tt|pp|cch)?[aiueo]|n(?![aiueoy])|(?<=o)h(?![aiueoy]))+")
# a mail header, a roster or a signature line before the pair
_CONTEXT_BEFORE = compile_fast(
    r"(?i)(?:^|\n)[ \t]*(?:from|to|cc|bcc|attendees?|participants?|members?|present|absent|name|names|"
    r"applicant|contact|staff|delegates?|regards|sincerely|best|thanks|signed|差出人|宛先|出席者?|参加者|氏名)"
    r"\b[^\n]{0,60}$|(?:^|\n)[ \t]*(?:[-*•・]|\d+[.)])[ \t]*\"?$|;[ \t]*$")
# a label or phrase that introduces a person right before the pair: "Name: Martin, Chloe", "My name is Kim, Jiyeon"
_SLOT_BEFORE = compile_fast(
    r"(?i)(?:\b(?:name|full name|my name is|i am|this is|from|to|cc|applicant|patient|resident|student|pupil|parent|"
    r"guardian|teacher|alt|employee|tenant|member|attendee|contact|caller|complainant|client|child|son|daughter|"
    r"husband|wife|friend|participant|delegate)|氏名|名前|申請者|相談者)[ \t]*[:：,]?[ \t]*$")
# a nationality, grade or e-mail right after the pair: "Perera, Nimal (Sri Lanka)", "<m.brown@…>"
_AFTER_PERSON = compile_fast(r"[ \t]*(?:[(（][A-Z][A-Za-z .\-]{1,30}[)）]|<[^>\s]{1,80}@)")
_SIGN_OFF = compile_fast(r"(?i)(?:regards|sincerely|best wishes|thanks|thank you|cheers)[,.!]?[ \t]*\n[ \t]*$")


# overlapping (a lookahead): in "Hi Emily Carter" / "Patient Thomas Weber" every adjacent pair is tried
_GIVEN_SURNAME = compile_fast(r"(?<![A-Za-z'\-])(?=(?P<g>[A-Z][a-z]{1,14})[ \t](?P<s>(?:O'|Mc|Mac)?[A-Z][a-z]{1,14})(?![A-Za-z'\-]))")


# finding types that make a foreign name beside them someone's
# an initial and a surname: M.Kurosawa, T. Hoshino (not a domain or a version: no letter or dot right before)
_INITIAL_SURNAME = compile_fast(r"(?<![A-Za-z0-9.@/])[A-Z]\.[ ]?(?P<s>[A-Z][a-z]{2,14})(?![A-Za-z'\-.@])")
_PII_TYPES = ("PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD",
              "JP_BANK_ACCOUNT", "CREDIT_CARD", "JP_MY_NUMBER")


# the rest of a name around a 'SURNAME, Given' pair: a second surname in capitals before it (COSTA RIBEIRO, Luiza),
# a middle name after it (…, Luiza Helena) — masked with it
_CAPS_WORD_BEFORE = compile_fast(r"(?<![A-Za-z'\-])[A-Z]{2,15}[ ]$")
_NAME_WORD_AFTER = compile_fast(r"[ ](?P<w>[A-Z][a-z]{1,14})(?![A-Za-z'\-])")


_KATAKANA_BRACKET = compile_fast(r"[ 　]?[（(][ 　]?(?P<k>[ァ-ヺ][ァ-ヺー]*(?:[・ 　][ァ-ヺ][ァ-ヺー]*){0,5})[ 　]?[）)]")


def _whole_name(text: str, start: int, end: int, caps_surname: bool) -> tuple[int, int]:
    for _ in range(2):
        before = _CAPS_WORD_BEFORE.search(text, max(0, start - 17), start) if caps_surname else None
        if before is None or text[before.start():start - 1].lower() in _NOT_NAME:
            break
        start = before.start()
    for _ in range(2):
        after = _NAME_WORD_AFTER.match(text, end)
        if after is None or after.group("w").lower() in _NOT_NAME or after.group("w").lower() in _EN_STOP:
            break
        end = after.end()
    return start, end


def _hepburn(word: str) -> bool:
    return len(word) >= 2 and _HEPBURN.fullmatch(word.lower()) is not None


_FREE_MAIL_REASON = REASONS["contact.email.free_mail"]
# two to four capitalised words alone at a line's head, then a dash, a colon, a bracket or a tab before the address
_NAME_BEFORE_MAIL = compile_fast(r"(?:^|(?<=[\n]))[ \t・*\-]*(?P<n>(?:O'|Mc|Mac)?[A-Z][A-Za-z'’]{1,14}(?:[ ]+(?:O'|Mc|Mac)?[A-Z][A-Za-z'’]{0,14}){1,3})"
                                 r"[ \t]*(?:[-–—:,|(<\t][ \t]*<?|\t)$")
# what follows a name given as the example of a form or a format (SILVA, Ana のような形式, …といった書き方)
_SHOWN_AS_A_FORM = re.compile(r"[ 　]*[)）」』]?[ 　]*(?:のような|のように|みたいな|といった|などの|等の)")


# a Vietnamese full name in capitals without diacritics, as passports and trainees' rosters give it (TRAN QUOC BAO,
# HA THI THANH TAM): a listed family name and two or three capital words, the ambiguous family names (LE, HA …) only
# before a listed middle name; words of two letters at least (NGUYEN VAN A is the placeholder, as 山田太郎 is)
_VN_SURNAMES = lexicon.words("person.vietnamese_surnames")
_VN_AMBIGUOUS = frozenset(_VN_SURNAMES[_VN_SURNAMES.index("LE"):])  # (the list names them last, from LE on)
_VN_MIDDLE = frozenset(lexicon.words("person.vietnamese_middle_names"))
_VN_CAPITALS = compile_fast(r"(?<![A-Za-z'\-])(?P<s>" + "|".join(sorted(_VN_SURNAMES, key=len, reverse=True))
                            + r")(?P<rest>(?:[ ][A-Z]{2,6}){2,3})(?![A-Za-z'\-]|[ ][A-Z])")


def _vietnamese_in_capitals(text: str) -> list[Candidate]:
    """Vietnamese full names in capitals (see _VN_CAPITALS), blocked as a name."""
    out = []
    for m in finditer_sparse(_VN_CAPITALS, text):
        words = m.group("rest").split()
        if m.group("s") in _VN_AMBIGUOUS and words[0] not in _VN_MIDDLE:
            continue
        if any(w.lower() in _EN_STOP or w.lower() in _NOT_NAME for w in words):
            continue
        out.append(Candidate("PERSON", m.start(), m.end(), ROMAJI_IN_CONTEXT, REASONS["romaji.vietnamese_capitals"],
                             rule="romaji.vietnamese_capitals"))
    return out


@register
class RomajiSurnameGivenDetector(Detector):
    type = "PERSON"
    # a foreign name beside these is someone's (phones, mail, addresses, birth dates found before)
    reads = _PII_TYPES

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        pairs = []
        for m in finditer_sparse(_PAIR, text):
            s, g = m.group("s").lower(), m.group("g").lower()
            if s in _NOT_NAME or g in _NOT_NAME or (s + g) in _SAMPLE:
                continue
            if s in _EN_STOP or g in _EN_STOP:
                continue
            if _SHOWN_AS_A_FORM.match(text, m.end()):
                continue  # 「カンマ区切り（SILVA, Ana のような形式）にも対応」: a way of writing names, shown by one
            s_listed, g_listed = s in _SURNAMES, g in _GIVEN
            fs_listed = s in _FOREIGN_SUR or (s in _AMBIG_SUR and "-" in g)
            fg_listed = g in _FOREIGN_GIVEN
            slot = _SLOT_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
            if (s_listed and g_listed) or (fs_listed and fg_listed):
                kind = "both"
            elif slot:
                kind = "slot"  # any 'Surname, Given' right after Name: / My name is / From:
            elif (s_listed and _hepburn(g)) or (g_listed and _hepburn(s)) or fs_listed or fg_listed:
                kind = "shape"
            else:
                continue
            if g in _BRANDS or (kind == "shape" and s in _BRANDS):
                continue  # Honda, Toyota and Nissan: companies
            if kind != "slot" and _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start()) and _WORD_AFTER.match(text, m.end()):
                continue  # "Shohei Ohtani, Naomi Osaka": a list of 'Given Surname' names, the comma between two of them
            pairs.append((m, kind))
        out = []
        for m, kind in pairs:
            sur, given = m.group("s").lower(), m.group("g").lower()
            before = text[max(0, m.start() - 80):m.start()]
            # another pair on the same line or the next ones: a list of people
            listed = any(abs(m2.start() - m.start()) < 120 and m2 is not m for m2, _ in pairs)
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            alone = not text[line_start:m.start()].strip() and not text[m.end():len(text) if line_end < 0 else line_end].strip()
            context = (listed or alone or _CONTEXT_BEFORE.search(before) is not None
                       or _SIGN_OFF.search(before) is not None or _AFTER_PERSON.match(text, m.end()) is not None)
            if kind == "slot":
                score, why = ROMAJI_IN_CONTEXT, REASONS["romaji.slot"]
            elif kind == "both":
                score, why = ROMAJI_BOTH_LISTED, REASONS["romaji.both_listed"]
            elif context:
                score, why = ROMAJI_IN_CONTEXT, REASONS["romaji.in_context"]
            elif sur in _SURNAMES or given in _GIVEN:
                score, why = ROMAJI_SHAPE_ONLY, REASONS["romaji.shape_only"]
            else:
                continue  # a foreign word pair with no context: too common in English prose
            start, end = _whole_name(text, m.start(), m.end(), m.group("s").isupper())
            out.append(Candidate("PERSON", start, end, score, why, rule="romaji.surname_given"))
            reading = _KATAKANA_BRACKET.match(text, end)
            if reading:  # (COSTA RIBEIRO, Luiza Helena（コスタ リベイロ ルイザ エレナ）: the name in katakana too)
                out.append(Candidate("PERSON", reading.start("k"), reading.end("k"), score, why, rule="romaji.surname_given"))
        out += self._given_surname_near_contact(doc)
        out += _vietnamese_in_capitals(text)
        out += self._initial_and_surname(text)
        out += self._name_before_own_mail(doc)
        return out

    @staticmethod
    def _name_before_own_mail(doc: Document) -> list[Candidate]:
        """'Li Mingyu - limingyu.gu@outlook.com': Latin words opening a line before a free-mail address whose
        local part spells one of them — the address's owner, named (no name list needed: the address says it).
        Only beside a free-mail address, which blocks by itself: the name is masked with it."""
        mails = [c for c in doc.candidates if c.type == "EMAIL_ADDRESS" and c.reason == _FREE_MAIL_REASON]
        text, out = doc.text, []
        for c in mails:
            line_start = max(text.rfind("\n", 0, c.start) + 1, c.start - 80)
            m = _NAME_BEFORE_MAIL.search(text, line_start, c.start)
            if m is None:
                continue
            local = re.sub(r"[^a-z]", "", text[c.start:c.end].split("@")[0].lower())
            words = [w.lower() for w in m.group("n").split()]
            if any(w in _EN_STOP or w in _NOT_NAME or w in _BRANDS for w in words):
                continue
            if any(len(w) >= 2 and w in local for w in words):
                out.append(Candidate("PERSON", m.start("n"), m.end("n"), ROMAJI_IN_CONTEXT,
                                     REASONS["romaji.name_in_own_mail"], rule="romaji.name_in_own_mail"))
        return out

    @staticmethod
    def _initial_and_surname(text: str) -> list[Candidate]:
        """'M.Kurosawa', 'T. Hoshino': an initial and a listed surname, as case notes and rosters
        abbreviate people. With another such name within a few lines, at the head of its own line or
        with an honorific after it, someone's (block); alone in a sentence, a warning."""
        if "." not in text:
            return []
        found = [m for m in finditer_sparse(_INITIAL_SURNAME, text)
                 if m.group("s").lower() in _SURNAMES or m.group("s").lower() in _FOREIGN_SUR]
        out = []
        for m in found:
            line_start = text.rfind("\n", 0, m.start()) + 1
            listed = any(m2 is not m and abs(m2.start() - m.start()) < 120 for m2 in found)
            heads_line = not text[line_start:m.start()].strip()
            honor = _HONOR_AFTER.match(text, m.end()) is not None
            score = ROMAJI_IN_CONTEXT if (listed or heads_line or honor) else ROMAJI_SHAPE_ONLY
            out.append(Candidate("PERSON", m.start(), m.end(), score, REASONS["romaji.initial_surname"],
                                 rule="romaji.initial_surname"))
        return out

    def _given_surname_near_contact(self, doc: Document) -> list[Candidate]:
        """'Kevin O'Brien … call back at 090-…': a frequent foreign given name or surname in a
        'Given Surname' pair, on the same line as a phone, an e-mail, an address or a birth date
        (within 150 characters: one short message)."""
        contacts = sorted(c.start for c in doc.candidates if c.type in self.reads and c.score >= 0.40)
        if not contacts:
            return []
        text = doc.text
        found = []
        for m in finditer_sparse(_GIVEN_SURNAME, text):
            g, s = m.group("g").lower(), m.group("s").lower()
            if g in _EN_STOP or s in _EN_STOP or g in _NOT_NAME or s in _NOT_NAME or g in _BRANDS or s in _BRANDS:
                continue
            quality = 2 * (g in _FOREIGN_GIVEN) + (s in _FOREIGN_SUR)
            if not quality:
                continue
            found.append((quality, m.start("g"), m.end("s")))
        # of overlapping pairs the one whose first word is a given name wins (Thomas Weber, not Patient Thomas)
        kept: list[tuple[int, int]] = []
        for quality, start, end in sorted(found, key=lambda f: (-f[0], f[1])):
            if not any(start < e and s < end for s, e in kept):
                kept.append((start, end))
        out = []
        for start, end in sorted(kept):
            nl = text.find("\n", end)
            stop = min(len(text) if nl < 0 else nl, end + 150)
            begin = max(text.rfind("\n", 0, start), start - 150)
            if not any(begin <= c <= stop and not (start <= c < end) for c in contacts):
                continue
            out.append(Candidate("PERSON", start, end, ROMAJI_IN_CONTEXT,
                                 REASONS["romaji.given_surname_contact"], rule="romaji.given_surname_contact"))
        return out
