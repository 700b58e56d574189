"""Japanese names written in hangul (사토 하루토, 스즈키 렌, 다나카 유이): the romaji a hangul word can stand for.

A Korean text about a Japanese school or office writes its people's names in hangul by sound. Korean spelling of
Japanese is regular enough to read back: each syllable's initial consonant and vowel give one or two romaji
syllables (the initial ㄱ of 가 is k at a word's start and g inside it, so both are tried), a final ㄴ is the
syllabic n (렌: ren) and a final ㅅ doubles the next consonant (핫토리: hattori). A syllable with any other final
consonant is Korean, not Japanese (오늘, 학교): the word cannot be a Japanese name. The readings are walked
syllable by syllable and kept only while they are the beginning of a listed romaji name, so a word is read in
a handful of steps whatever its length.
"""
from __future__ import annotations

from typing import Iterable

_FIRST, _LAST = 0xAC00, 0xD7A3
# the initial consonants in Unicode's order (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ) as romaji
# consonants: the plain stops are voiceless at a word's start and voiced inside it in Korean spelling of Japanese
_INITIALS: tuple[tuple[str, ...], ...] = (
    ("k", "g"), ("k",), ("n",), ("t", "d"), ("t",), ("r",), ("m",), ("b", "p"), ("p",), ("s",), ("s", "ts"), ("",),
    ("j", "z", "ch"), ("ts", "ch"), ("ch", "ts"), ("k",), ("t",), ("p",), ("h", "f"))
# the vowels in Unicode's order (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ); None: not in Japanese
_VOWELS: tuple[tuple[str, ...] | None, ...] = (
    ("a",), ("e",), ("ya",), None, ("o",), ("e",), ("yo",), None, ("o",), ("wa",), None, None, ("yo",), ("u",),
    None, None, None, ("yu",), ("u",), None, ("i",))
_N_FINAL, _S_FINAL = 4, 19  # ㄴ (the syllabic n) and ㅅ (a doubled consonant)
# Hepburn spellings of what the consonant and vowel make together (si → shi, tu → tsu, zya → ja)
_HEPBURN = dict((("si", "shi"), ("ti", "chi"), ("tu", "tsu"), ("zi", "ji"), ("di", "ji"), ("hu", "fu"),
            ("sya", "sha"), ("syu", "shu"), ("syo", "sho"), ("chya", "cha"), ("chyu", "chu"), ("chyo", "cho"),
            ("jya", "ja"), ("jyu", "ju"), ("jyo", "jo"), ("zya", "ja"), ("zyu", "ju"), ("zyo", "jo"),
            ("tsya", "cha"), ("tsyu", "chu"), ("tsyo", "cho")))


def _syllable_readings(ch: str, first: bool) -> list[tuple[str, bool]]:
    """(romaji, doubles the next consonant) for one hangul syllable; [] when it cannot be Japanese."""
    code = ord(ch) - _FIRST
    initial, vowel, final = code // 588, (code % 588) // 28, code % 28
    vowels = _VOWELS[vowel]
    if vowels is None or final not in (0, _N_FINAL, _S_FINAL):
        return []
    consonants = _INITIALS[initial][:1] if first and initial in (0, 3, 7, 12) else _INITIALS[initial]
    out = []
    for c in consonants:
        for v in vowels:
            r = _HEPBURN.get(c + v, c + v) if c != "ts" or v == "u" else ""
            if r:
                out.append((r + ("n" if final == _N_FINAL else ""), final == _S_FINAL))
    return out


def readings(word: str, prefixes: frozenset[str], names: frozenset[str]) -> Iterable[str]:
    """The listed romaji names (lower-cased, in `names`; `prefixes` holds every beginning of them) that the hangul
    `word` can be read as."""
    if not word or not all(_FIRST <= ord(ch) <= _LAST for ch in word):
        return
    partial: list[tuple[str, bool]] = [("", False)]
    for i, ch in enumerate(word):
        nxt = []
        for done, doubles in partial:
            for r, d in _syllable_readings(ch, i == 0):
                if doubles:
                    r = ("t" + r) if r.startswith("ch") else (r[0] + r) if r[:1] not in ("", "a", "e", "i", "o", "u", "y", "n") else ""
                    if not r:
                        continue
                s = done + r
                if s in prefixes:
                    nxt.append((s, d))
        if not nxt:
            return
        partial = nxt
    seen = set()
    for s, doubles in partial:
        if not doubles and s in names and s not in seen:
            seen.add(s)
            yield s


def prefixes_of(names: Iterable[str]) -> frozenset[str]:
    """Every beginning of every name (the empty one too): the readings kept while a word is walked."""
    return frozenset(n[:i] for n in names for i in range(len(n) + 1))
