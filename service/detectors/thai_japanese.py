"""Japanese names written in Thai script (ซาโตะ ยูโตะ, ทานากะ เคนจิ): the romaji a Thai word can stand for.

A Thai letter about a Japanese employer, a classmate or a husband writes the Japanese name by its sound, one Thai
syllable to a kana: a consonant (อ when the syllable is a bare vowel), the vowel written before it (เ e, โ o), after it
(า a, ิ i, ุ u, ู u) or both (โ…ะ short o), a ะ closing a short one; a consonant with no vowel of its own is the syllabic
n (น, ง, ม) or the first half of a sound (ท before สึ: tsu). Thai spells some Japanese consonants with one letter for two
(ช: ch or sh, ก: k or g, ซ: s or z, จ: j or ch), so both are tried. The readings are walked syllable by syllable and kept
only while they begin a listed romaji name (as hangul_japanese does for hangul), so a word is read in a few steps.
"""
from __future__ import annotations

from typing import Iterable

_CONSONANTS = {
    "ก": ("k", "g"), "ข": ("k",), "ค": ("k", "g"), "ง": ("ng",), "จ": ("j", "ch"), "ฉ": ("ch",), "ช": ("ch", "sh"),
    "ซ": ("s", "z"), "ญ": ("y",), "ด": ("d",), "ต": ("t",), "ถ": ("t",), "ท": ("t",), "ธ": ("t",), "น": ("n",),
    "บ": ("b",), "ป": ("p",), "ผ": ("p",), "ฝ": ("f",), "พ": ("p",), "ฟ": ("f",), "ภ": ("p",), "ม": ("m",), "ย": ("y",),
    "ร": ("r",), "ล": ("r",), "ว": ("w",), "ศ": ("s",), "ษ": ("s",), "ส": ("s",), "ห": ("h",), "อ": ("",), "ฮ": ("h",),
}
_BEFORE = {"เ": "e", "โ": "o", "แ": "e"}
_AFTER = {"า": "a", "ะ": "a", "ั": "a", "ิ": "i", "ี": "i", "ุ": "u", "ู": "u", "ึ": "u", "ื": "u"}
_MARKS = frozenset("\u0e47\u0e48\u0e49\u0e4a\u0e4b")  # the short mark and the tone marks: no sound of their own here
_SYLLABIC_N = frozenset("นงม")
# Hepburn spellings of what the consonant and vowel make together (si → shi, tu → tsu, hu → fu, zi → ji)
_HEPBURN = {"si": "shi", "ti": "chi", "tu": "tsu", "hu": "fu", "zi": "ji", "di": "ji", "du": "zu"}


def _syllables(word: str) -> list[tuple[str, str, str]] | None:
    """(vowel before, consonant, vowels after) for each Thai syllable of the word; None when it is not made of them."""
    out, i = [], 0
    while i < len(word):
        before = word[i] if word[i] in _BEFORE else ""
        i += bool(before)
        if i >= len(word) or word[i] not in _CONSONANTS:
            return None
        consonant, i = word[i], i + 1
        after = ""
        while i < len(word) and (word[i] in _AFTER or word[i] in _MARKS):
            after += word[i] if word[i] in _AFTER else ""
            i += 1
        out.append((before, consonant, after))
    return out


def _syllable_readings(before: str, consonant: str, after: str) -> list[str]:
    """The romaji one Thai syllable may stand for ([] when it cannot be a kana's)."""
    if before:
        vowel = _BEFORE[before] if after in ("", "ะ") else ""
    else:
        vowel = _AFTER[after[0]] if len(after) == 1 else ""
    if not vowel and (before or after):
        return []
    if not vowel:
        return ["n"] if consonant in _SYLLABIC_N else list(_CONSONANTS[consonant])
    return [_HEPBURN.get(c + vowel, c + vowel) for c in _CONSONANTS[consonant]]


def readings(word: str, prefixes: frozenset[str], names: frozenset[str]) -> Iterable[str]:
    """The listed romaji names (lower-cased, in `names`; `prefixes` holds every beginning of them) that the Thai
    `word` can be read as."""
    syllables = _syllables(word)
    if not syllables:
        return
    partial = {""}
    for syllable in syllables:
        partial = {s + r for s in partial for r in _syllable_readings(*syllable) if s + r in prefixes}
        if not partial:
            return
    yield from sorted(s for s in partial if s in names)
