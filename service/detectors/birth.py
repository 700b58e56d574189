"""生年月日: a date (西暦 or 和暦, long or short form) tied to birth.

A date alone is not a birth date (meeting dates, 支出日 …). It counts only when it is
tied to birth: introduced by 生年月日 / 誕生日 / DOB / born, followed by 生 / 生まれ /
（N歳）, or sitting in a table column whose header says 生年月日.
"""
from __future__ import annotations

import re
from typing import Optional

from .. import lexicon
from ..labels import REASONS
from . import register
from .fastre import compile_fast
from .base import Candidate, Detector, Document, Pattern
from .ids import header_cell

_ERA = r"(?:令和|平成|昭和|大正|明治)"
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")

DATE_PATTERN = (
    r"(?<![0-9A-Za-z])(?:"
    # 2012年10月27日 / 2012年 10月 27日
    r"(?P<y1>(?:19|20)\d{2})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
    # 2012/10/27, 2012-10-27, 1985.3.4
    r"|(?P<y2>(?:19|20)\d{2})(?P<s2>[/\-.])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2})(?![0-9])(?!\.\d)"
    # 昭和58年3月2日 / 平成元年1月8日
    r"|(?P<e3>" + _ERA + r")\s*(?P<y3>元|\d{1,2})\s*年\s*(?P<m3>\d{1,2})\s*月\s*(?P<d3>\d{1,2})\s*日"
    # H4.9.18 / S58/3/2 / R2-4-1 / 平成4.9.18
    r"|(?P<e4>[RHSTMrhstm]|" + _ERA + r")\s?\.?\s?(?P<y4>\d{1,2})(?P<s4>[/\-.])(?P<m4>\d{1,2})(?P=s4)"
    r"(?P<d4>\d{1,2})(?![0-9])(?!\.\d)"
    # 10/27/2012 or 27/10/2012
    r"|(?P<a5>\d{1,2})/(?P<b5>\d{1,2})/(?P<y5>(?:19|20)\d{2})(?![0-9])"
    # March 4, 1985 / 4 March 1985
    r"|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}(?![0-9])"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r",?\s+(?:19|20)\d{2}(?![0-9])"
    r")"
)
DATE_RX = compile_fast(DATE_PATTERN, re.IGNORECASE)

# Words before the date that tie it to birth (same line, close by).
_BEFORE = re.compile(
    r"(?:生年月日|誕生日|出生日|出生年月日|出生(?=\s*[：:])|生まれ|date of birth|birth ?date|birthday|d\.?o\.?b\.?|born(?: on| in)?)\s*(?:は|：|:|\||、|,|（|\(|「|=)?\s*(?:西暦|和暦)?\s*$",
    re.IGNORECASE,
)
# Right after the date: 生 / 生まれ / 誕生 / （32歳）/ 32歳 / 生後
_AFTER = re.compile(
    r"^\s*(?:[)）]\s*)?(?:生まれ|うまれ|産まれ|生(?![活産徒涯成存命協態物計])|出生|誕生|"
    r"[（(]\s*(?:満\s*)?\d{1,3}\s*(?:歳|さい)\s*[）)]|(?:満\s*)?\d{1,3}\s*歳"
    # a roster row: name, date, sex (「金井 正 大正15年1月8日 男 前橋市…」) — the date is the birth
    # date; 男女共同参画・女性の日 are words, not a sex column
    r"|[ \t　,、|]*(?:男|女)性?(?=[ \t　,、|）)]|$))"
)
_HEADER = lexicon.words("birth.header")


def _plausible(m: re.Match) -> bool:
    # m[name], not m.groupdict(): a roster has a date on every line and the pattern 19 groups
    for mk, dk in (("m1", "d1"), ("m2", "d2"), ("m3", "d3"), ("m4", "d4")):
        if m[mk]:
            mo, da = int(m[mk]), int(m[dk])
            return 1 <= mo <= 12 and 1 <= da <= 31
    if m["a5"]:
        a, b = int(m["a5"]), int(m["b5"])
        return 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)
    return True


@register
class DateOfBirthDetector(Detector):
    type = "DATE_OF_BIRTH"
    gate = r"生|誕|歳|うまれ|さい|男|女|birth|born|d\.?o\.?b"
    patterns = (Pattern("日付", DATE_PATTERN, 0.0, re.IGNORECASE),)
    context_words = lexicon.words("birth.dateofbirth.context_words")

    def analyze(self, doc: Document) -> list[Candidate]:
        out: list[Candidate] = []
        text = doc.text
        for m in DATE_RX.finditer(text):
            if not _plausible(m):
                continue
            s, e = m.span()
            tie = self._tie(doc, s, e)
            if not tie:
                continue
            if _public_figure_before(text, s):
                continue  # 「大谷翔平選手（1994年7月5日生まれ）」: a famous person's birthday is public
            reason, word = tie
            out.append(Candidate(self.type, s, e, 0.90, REASONS[reason].format(word=word)))
        return out

    @staticmethod
    def _tie(doc: Document, s: int, e: int) -> Optional[tuple[str, str]]:
        """(reason id, the word that ties the date to a birth) or None."""
        text = doc.text
        line_start = text.rfind("\n", 0, s) + 1
        left = text[max(line_start, s - 20):s]
        mb = _BEFORE.search(left)
        if mb:
            return "birth.word_before", mb.group().strip(' :：|、,（(「=は')[:8]
        right = text[e:e + 14]
        ma = _AFTER.match(right)
        if ma:
            return "birth.word_after", ma.group().strip()[:6]
        # markdown / CSV table: the row's label cell or the column's header
        cell = header_cell(doc, s).lower()
        if cell and any(w in cell for w in _HEADER):
            return "birth.table_header", ""
        row = text[line_start:s]
        if "|" in row or "\t" in row:
            label = re.split(r"[|\t]", row.rstrip(" |\t"))[-1] if row.strip(" |\t") else ""
            if any(w in label.lower() for w in _HEADER):
                return "birth.table_label", ""
        return None


def _public_figure_before(text: str, start: int, reach: int = 20) -> bool:
    """A public or historical figure (service/lexicon/public_figures.txt) named just before the date,
    in the same sentence: the date is that person's, and public."""
    window = text[max(0, start - reach):start]
    cut = max(window.rfind("。"), window.rfind("\n"))
    window = window[cut + 1:]
    figures = lexicon.joined("public_figures")
    starts = lexicon.figure_starts("public_figures")  # only lengths that can start at i
    size = len(window)
    for i, ch in enumerate(window):
        for n in starts.get(ch, ()):
            if i + n <= size and window[i:i + n] in figures:
                return True
    return False
