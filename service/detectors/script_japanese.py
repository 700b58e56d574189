"""Japanese names written by their sound in Thai, Devanagari, Bengali, Sinhala, Lao, Khmer and Burmese (ซาโตะ ยูโตะ,
किमुरा सातोशी, ইয়ামামোতো কেনজি, සතෝ නාඕකෝ, ນາກາມູລະ ຢູໂກະ, តាណាកា ហ៊ីរ៉ូស៊ី, ကီမူရာ ဟီရိုရှိ): the romaji a
word of those scripts can stand for.

A resident's letter in Nepali or Burmese names the Japanese landlord, teacher or employer by the sound of the name,
one syllable of the script to a kana. The seven scripts are abugidas: a syllable is a consonant (or a letter that carries
a bare vowel), the vowel signs after it — or, in Thai and Lao, before it, a short mark after (เ…ะ) — and marks: a killer (virama, asat, bantoc, a subscript
sign) that leaves the consonant bare (the syllabic n of ケンジ, the first half of ッ or ツ), a final n (anusvara,
nikahit), tone and series marks with no sound of their own here. A consonant without a vowel sign carries the script's
own vowel, or none where the writer left the virama out (কেনজি: ke·n·ji); a bare Thai น, ง or ม is the syllabic n. Long and short vowels are one vowel in
romaji; a letter that spells two sounds (स s or z, ল r or l) is read both ways; a glide written with a vowel letter
(ইয়া ya, ওয়া wa) too. The readings are walked syllable by syllable and kept only while they begin a listed romaji
name (as hangul_japanese.py does for hangul), so a word is read in a few steps whatever its length.
"""
from __future__ import annotations

from typing import Iterable, NamedTuple, Optional


class Script(NamedTuple):
    consonants: dict          # letter -> the romaji onsets it may stand for
    vowel_signs: dict         # sign (or a sequence of signs) after the consonant -> its vowel (or the vowels it may be)
    vowels_before: dict       # sign written before the consonant (Lao) -> its vowel
    independent: dict         # a letter that is a vowel of its own -> the romaji it may stand for
    killers: str              # signs that leave the consonant bare
    finals: str               # signs that add the syllabic n
    silent: str               # marks with no sound of their own in a Japanese name
    inherent: tuple           # the vowel a bare consonant letter carries ("" : the writer left the killer out)
    final_inherent: tuple = ()  # … and at the end of a word, where it differs (Hindi and Bengali drop it: हाल hal)
    medials: dict = {}        # signs joined to the consonant's onset (Burmese ျ y, ှ h)
    joiner: str = ""          # the sign that stacks the next consonant under this one (Khmer's coeng)
    closing: str = ""         # signs after the consonant that close a vowel written before it (Thai เ…ะ: short e)
    syllabic_n: str = ""      # letters that, bare, are the syllabic n (Thai น, ง, ม)


# the onsets a consonant and what is stacked or joined to it make together (Burmese ရှ sh, Khmer ហ្ស z)
_ONSETS = {"rh": "sh", "yh": "sh", "hs": "z", "hk": "g", "hw": "f", "hv": "f", "hb": "b"}
# Hepburn spellings of what the consonant and the vowel make together (si → shi, tu → tsu, hu → fu, zi → ji)
_HEPBURN = {"si": "shi", "ti": "chi", "tu": "tsu", "hu": "fu", "zi": "ji", "di": "ji", "du": "zu", "ci": "chi"}

_INDIC_VOWEL_SIGNS_DEVANAGARI = {"ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "े": "e", "ै": "ai", "ो": "o",
                                 "ौ": "au", "ॉ": "o", "ॅ": "e"}
_INDIC_VOWEL_SIGNS_BENGALI = {"া": "a", "ি": "i", "ী": "i", "ু": "u", "ূ": "u", "ে": "e", "ৈ": "oi", "ো": "o",
                              "ৌ": "ou"}

SCRIPTS = {
    "devanagari": Script(
        consonants={"क": ("k", "g"), "ख": ("k",), "ग": ("g",), "घ": ("g",), "ङ": ("n",), "च": ("ch",), "छ": ("ch",),
                    "ज": ("j", "z"), "झ": ("j",), "ञ": ("n",), "ट": ("t",), "ठ": ("t",), "ड": ("d",), "ढ": ("d",),
                    "ण": ("n",), "त": ("t",), "थ": ("t",), "द": ("d",), "ध": ("d",), "न": ("n",), "प": ("p",),
                    "फ": ("f", "h"), "ब": ("b",), "भ": ("b",), "म": ("m",), "य": ("y", ""), "र": ("r",), "ल": ("r",),
                    "व": ("w", "b"), "श": ("sh", "s"), "ष": ("sh",), "स": ("s", "z"), "ह": ("h",)},
        vowel_signs=_INDIC_VOWEL_SIGNS_DEVANAGARI, vowels_before={},
        independent={"अ": ("a",), "आ": ("a",), "इ": ("i", "y"), "ई": ("i",), "उ": ("u",), "ऊ": ("u",), "ए": ("e",),
                     "ऐ": ("ai",), "ओ": ("o", "w"), "औ": ("au",)},
        killers="\u094d", finals="\u0902\u0901", silent="\u093c\u0903", inherent=("a", ""), final_inherent=("",)),
    "bengali": Script(
        consonants={"ক": ("k", "g"), "খ": ("k",), "গ": ("g",), "ঘ": ("g",), "ঙ": ("n",), "চ": ("ch",), "ছ": ("ch",),
                    "জ": ("j", "z"), "ঝ": ("j",), "ঞ": ("n",), "ট": ("t",), "ঠ": ("t",), "ড": ("d", "r"), "ঢ": ("d",),
                    "ণ": ("n",), "ত": ("t",), "থ": ("t",), "দ": ("d",), "ধ": ("d",), "ন": ("n",), "প": ("p",),
                    "ফ": ("f", "h"), "ব": ("b", "w"), "ভ": ("b",), "ম": ("m",), "য": ("y", "j", ""), "র": ("r",),
                    "ল": ("r",), "শ": ("sh", "s"), "ষ": ("sh",), "স": ("s", "sh", "z"), "হ": ("h",), "ৎ": ("t",)},
        vowel_signs=_INDIC_VOWEL_SIGNS_BENGALI, vowels_before={},
        independent={"অ": ("a", "o"), "আ": ("a",), "ই": ("i", "y"), "ঈ": ("i",), "উ": ("u",), "ঊ": ("u",),
                     "এ": ("e",), "ঐ": ("oi",), "ও": ("o", "w"), "ঔ": ("ou",)},
        killers="\u09cd", finals="\u0982", silent="\u09bc\u0981\u0983", inherent=("a", "o", ""),
        final_inherent=("",)),
    "sinhala": Script(
        consonants={"ක": ("k", "g"), "ඛ": ("k",), "ග": ("g",), "ඝ": ("g",), "ඞ": ("n",), "ච": ("ch",), "ඡ": ("ch",),
                    "ජ": ("j", "z"), "ඣ": ("j",), "ඤ": ("n",), "ට": ("t",), "ඨ": ("t",), "ඩ": ("d",), "ඪ": ("d",),
                    "ණ": ("n",), "ත": ("t",), "ථ": ("t",), "ද": ("d",), "ධ": ("d",), "න": ("n",), "ප": ("p",),
                    "ඵ": ("p",), "බ": ("b",), "භ": ("b",), "ම": ("m",), "ය": ("y", ""), "ර": ("r",), "ල": ("r",),
                    "ව": ("w", "b"), "ශ": ("sh", "s"), "ෂ": ("sh", "s"), "ස": ("s", "z"), "හ": ("h",), "ළ": ("r",),
                    "ෆ": ("f", "h")},
        vowel_signs={"ා": "a", "ැ": "e", "ෑ": "e", "ි": "i", "ී": "i", "ු": "u", "ූ": "u", "ෙ": "e", "ේ": "e",
                     "ෛ": "ai", "ො": "o", "ෝ": "o", "ෞ": "au"},
        vowels_before={},
        independent={"අ": ("a",), "ආ": ("a",), "ඇ": ("e",), "ඈ": ("e",), "ඉ": ("i", "y"), "ඊ": ("i",), "උ": ("u",),
                     "ඌ": ("u",), "එ": ("e",), "ඒ": ("e",), "ඔ": ("o", "w"), "ඕ": ("o",)},
        killers="\u0dca", finals="\u0d82", silent="\u0d83", inherent=("a", "")),
    "thai": Script(
        consonants={"ก": ("k", "g"), "ข": ("k",), "ค": ("k", "g"), "ง": ("ng",), "จ": ("j", "ch"), "ฉ": ("ch",),
                    "ช": ("ch", "sh"), "ซ": ("s", "z"), "ญ": ("y",), "ด": ("d",), "ต": ("t",), "ถ": ("t",), "ท": ("t",),
                    "ธ": ("t",), "น": ("n",), "บ": ("b",), "ป": ("p",), "ผ": ("p",), "ฝ": ("f",), "พ": ("p",), "ฟ": ("f",),
                    "ภ": ("p",), "ม": ("m",), "ย": ("y",), "ร": ("r",), "ล": ("r",), "ว": ("w",), "ศ": ("s",), "ษ": ("s",),
                    "ส": ("s",), "ห": ("h",), "อ": ("",), "ฮ": ("h",)},
        vowel_signs={"า": "a", "ะ": "a", "ั": "a", "ิ": "i", "ี": "i", "ุ": "u", "ู": "u", "ึ": "u", "ื": "u"},
        vowels_before={"เ": "e", "โ": "o", "แ": "e"},
        independent={}, killers="", finals="", silent="\u0e47\u0e48\u0e49\u0e4a\u0e4b", inherent=("",),
        closing="ะ", syllabic_n="นงม"),
    "lao": Script(
        consonants={"ກ": ("k", "g"), "ຂ": ("k",), "ຄ": ("k", "g"), "ງ": ("ng",), "ຈ": ("j", "ch"), "ສ": ("s", "z"),
                    "ຊ": ("s", "z", "j"), "ຍ": ("y",), "ດ": ("d",), "ຕ": ("t",), "ຖ": ("t",), "ທ": ("t", "d"),
                    "ນ": ("n",), "ບ": ("b",), "ປ": ("p",), "ຜ": ("p",), "ຝ": ("f",), "ພ": ("p", "b"), "ຟ": ("f",),
                    "ມ": ("m",), "ຢ": ("y",), "ຣ": ("r",), "ລ": ("r",), "ວ": ("w",), "ຫ": ("h",), "ອ": ("",),
                    "ຮ": ("h",), "ໜ": ("n",), "ໝ": ("m",)},
        vowel_signs={"າ": "a", "ະ": "a", "ັ": "a", "ິ": "i", "ີ": "i", "ຶ": "u", "ື": "u", "ຸ": "u", "ູ": "u",
                     "ົ": "o", "ໍ": "o"},
        vowels_before={"ເ": "e", "ແ": "e", "ໂ": "o"},
        independent={}, killers="", finals="", silent="\u0ec8\u0ec9\u0eca\u0ecb\u0ebc", inherent=("",), closing="າະັ"),
    "khmer": Script(
        consonants={"ក": ("k", "g"), "ខ": ("k",), "គ": ("k", "g"), "ឃ": ("k",), "ង": ("ng",), "ច": ("ch", "j"),
                    "ឆ": ("ch",), "ជ": ("ch", "j"), "ឈ": ("ch",), "ញ": ("ny",), "ដ": ("d",), "ឋ": ("t",), "ឌ": ("d",),
                    "ឍ": ("t",), "ណ": ("n",), "ត": ("t",), "ថ": ("t",), "ទ": ("t", "d"), "ធ": ("t",), "ន": ("n",),
                    "ប": ("b",), "ផ": ("p",), "ព": ("p", "b"), "ភ": ("p",), "ម": ("m",), "យ": ("y",), "រ": ("r",),
                    "ល": ("r",), "វ": ("w", "v"), "ស": ("s",), "ហ": ("h",), "ឡ": ("r",), "អ": ("",)},
        vowel_signs={"ា": "a", "ិ": "i", "ី": "i", "ឹ": "u", "ឺ": "u", "ុ": "u", "ូ": ("u", "o"), "ួ": "u", "េ": "e", "ែ": "e",
                     "ៃ": "ai", "ោ": "o", "ៅ": "au", "ើ": "e"},
        vowels_before={},
        independent={"ឥ": ("i",), "ឦ": ("i",), "ឧ": ("u",), "ឩ": ("u",), "ឪ": ("u",), "ឯ": ("e",), "ឰ": ("ai",),
                     "ឱ": ("o",), "ឳ": ("au",)},
        killers="\u17cb\u17cc\u17cd", finals="\u17c6", silent="\u17c9\u17ca\u17c7\u17c8\u17ce\u17cf",
        inherent=("a", "o", ""), final_inherent=("",), joiner="\u17d2"),
    "burmese": Script(
        consonants={"က": ("k", "g"), "ခ": ("k",), "ဂ": ("g",), "ဃ": ("g",), "င": ("ng",), "စ": ("s", "z"),
                    "ဆ": ("s",), "ဇ": ("z", "j"), "ဈ": ("z",), "ည": ("ny",), "ဋ": ("t",), "ဌ": ("t",), "ဍ": ("d",),
                    "ဎ": ("d",), "ဏ": ("n",), "တ": ("t",), "ထ": ("t",), "ဒ": ("d",), "ဓ": ("d",), "န": ("n",),
                    "ပ": ("p",), "ဖ": ("p", "f"), "ဗ": ("b",), "ဘ": ("b",), "မ": ("m",), "ယ": ("y",), "ရ": ("r", "y"),
                    "လ": ("r",), "ဝ": ("w",), "သ": ("s", "t"), "ဟ": ("h",), "ဠ": ("r",), "အ": ("",)},
        vowel_signs={"ော": "o", "ေါ": "o", "ို": "o", "ာ": "a", "ါ": "a", "ိ": "i", "ီ": "i", "ု": "u", "ူ": "u",
                     "ေ": "e", "ဲ": "e"},
        vowels_before={},
        independent={"ဣ": ("i",), "ဤ": ("i",), "ဥ": ("u",), "ဦ": ("u",), "ဧ": ("e",), "ဩ": ("o",), "ဪ": ("o",)},
        killers="\u103a", finals="\u1036", silent="\u1037\u1038", inherent=("a",),
        medials={"\u103b": "y", "\u103c": "y", "\u103d": "w", "\u103e": "h"}),
}


def _onsets(onsets: Iterable[str], joined: str) -> list[str]:
    return [_ONSETS.get(o + joined, o + joined) for o in onsets]


def _with_vowel(onsets: Iterable[str], vowels: Iterable[str]) -> list[str]:
    return [_HEPBURN.get(o + v, o + v) for o in onsets for v in vowels]


def _consonant_unit(s: Script, word: str, i: int, before: str) -> tuple[Optional[list[str]], int]:
    """The romaji the syllable opening with the consonant at word[i] may stand for, and where the next one starts."""
    letter, onsets = word[i], list(s.consonants[word[i]])
    i += 1
    while i < len(word):
        ch = word[i]
        if ch in s.medials:
            onsets, i = _onsets(onsets, s.medials[ch]), i + 1
        elif s.joiner and ch == s.joiner and i + 1 < len(word) and word[i + 1] in s.consonants:
            onsets = [x for j in s.consonants[word[i + 1]] for x in _onsets(onsets, j)]
            i += 2
        elif ch in s.silent:
            i += 1
        else:
            break
    for length in (2, 1):
        sign = word[i:i + length]
        if len(sign) == length and sign in s.vowel_signs:
            after = s.vowel_signs[sign]
            if before and sign not in s.closing:
                return None, i  # (a vowel before and another after: a diphthong no name here is written with)
            unit = _with_vowel(onsets, (before,) if before else (after,) if isinstance(after, str) else after)
            i += length
            break
    else:
        if before:
            unit = _with_vowel(onsets, (before,))
        elif i < len(word) and word[i] in s.killers:
            unit, i = ["n" if o == "ng" else o for o in onsets], i + 1
        elif letter in s.syllabic_n:
            unit = ["n"]
        else:
            last = i >= len(word) or all(ch in s.silent for ch in word[i:])
            unit = _with_vowel(onsets, s.final_inherent if last and s.final_inherent else s.inherent)
    while i < len(word) and (word[i] in s.silent or word[i] in s.killers):
        i += 1
    if i < len(word) and word[i] in s.finals:
        unit, i = [u + "n" for u in unit], i + 1
    return unit, i


def _units(s: Script, word: str) -> Optional[list[list[str]]]:
    """The romaji each syllable of the word may stand for; None when the word is not made of syllables of the script."""
    out, i = [], 0
    while i < len(word):
        ch = word[i]
        before = s.vowels_before.get(ch, "")
        if before:
            i += 1
            if i >= len(word) or word[i] not in s.consonants:
                return None
            ch = word[i]
        if ch in s.consonants:
            unit, i = _consonant_unit(s, word, i, before)
            if unit is None:
                return None
        elif ch in s.independent:
            unit, i = list(s.independent[ch]), i + 1
            while i < len(word) and word[i] in s.silent:
                i += 1
            if i < len(word) and word[i] in s.finals:
                unit, i = [u + "n" for u in unit], i + 1
        else:
            return None
        out.append(unit)
    return out


def readings(script: str, word: str, prefixes: frozenset[str], names: frozenset[str]) -> Iterable[str]:
    """The listed romaji names (lower-cased, in `names`; `prefixes` holds every beginning of them) that `word`, written
    in `script` (a key of SCRIPTS), can be read as."""
    units = _units(SCRIPTS[script], word)
    if not units:
        return
    partial = {""}
    for unit in units:
        partial = {p + r for p in partial for r in unit if p + r in prefixes}
        if not partial:
            return
    yield from sorted(p for p in partial if p in names)
