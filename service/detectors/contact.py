"""Contact details: 電話番号 (Japan's numbering plan) and メールアドレス.

Phone numbers are checked against the numbering plan (digit count by prefix, group
shapes), so dates, amounts, versions, postal codes, Excel ranges and ISBNs fall out.
A number introduced as an office's public contact (…課 電話 …) scores at warn level;
a person's number (携帯, 自宅, 連絡先 next to a name …) blocks.
"""
from __future__ import annotations

import re
from typing import Optional

from .. import lexicon
from .fastre import compile_fast
from . import register
from .base import Candidate, Detector, Document, digits_of
from .engine import RuleDetector
from .ids import find_context_ci

# ---------------------------------------------------------------------------
# Phone numbers
# ---------------------------------------------------------------------------
_SEP = r"(?:-|\s|-\s|\s-\s)?"
PHONE_RX = compile_fast(
    # not glued to a longer token; a slash counts only after a digit (dates, fractions): a
    # list 「メール／080 …」 separates items with one
    r"(?<![0-9A-Za-z+\-_@#=\\])(?<!\d[.,:/])(?<!:/)"
    r"(?:"
    # +81 90-1234-5678, +81 (0)27-224-1111, +81272241111
    r"(?P<intl>\+\s?81[\s\-]?(?:\(0\)\s?)?\d{1,4}[\s\-]?\d{1,4}[\s\-]?\d{3,4})"
    # (027) 224-1111 / (0120) 12-3456
    r"|(?P<paren>\(0\d{1,4}\)\s?\d{1,4}[\s\-]?\d{3,4})"
    # 080(8604)6962 / 027(224)1111
    r"|(?P<mid>0\d{1,4}\s?\(\d{1,4}\)\s?\d{3,4})"
    # 090-1234-5678 / 027 224 1111 / 08036532680
    r"|(?P<dom>0\d{1,4}[\s\-]?\d{1,4}[\s\-]?\d{3,4})"
    # 090.1234.5678 / 027.224.1111: dots between all three groups (the group sizes are checked
    # against the numbering plan, so versions and decimals fall out)
    r"|(?P<dot>0\d{1,4}\.\d{1,4}\.\d{3,4})"
    r")"
    r"(?![0-9A-Za-z_@])(?![.,/:\-]\d)"
)

PHONE_CONTEXT = lexicon.words("contact.phone_context")
PERSON_CONTEXT = lexicon.words("contact.person_context")
_OFFICE = compile_fast(
    r"(?:課|係|室|センター|市役所|役所|役場|区役所|支所|出張所|事務所|事務局|館|公民館|図書館|"
    r"局|署|保健所|協会|協議会|本部|窓口|庁舎|総合案内|コールセンター|受付|株式会社|有限会社|\(株\)|"
    r"病院|診療所|クリニック|学校|保育所|保育園|幼稚園|こども園|組合|財団|法人|会館|ホール|プラザ|"
    r"事業所|研究所|観光|協議会|ステーション|医院|内科|外科|小児科|歯科|眼科|皮膚科|耳鼻咽喉科|産婦人科|薬局|接骨院|整骨院|"
    r"商店|工務店|旅館|ホテル|"
    r"office|center|centre|department|division|city hall|association|foundation|library|museum|bureau|"
    r"section|clinic|hospital|school|university|council|committee)"
)
_OFFICE_RIGHT_BEFORE = compile_fast(
    r"(?P<o>課|係|室|センター|市役所|役所|役場|支所|出張所|事務所|事務局|館|局|署|保健所|窓口|本部|"
    r"協会|病院|診療所|学校|組合|ダイヤル|ホットライン)[)）」]?[ \t]*(?:[:：]|TEL|tel|電話|☎|℡)?[ \t]*$")
_OFFICE_INTRO = compile_fast(
    r"(?:問い?合わ?せ|問合せ|お問い合わせ|連絡先|電話|tel|fax|ファクス|☎|℡|代表|直通|申込み?|申し込み|"
    r"相談先|相談窓口|相談は|窓口|案内|ダイヤル|ホットライン|一覧)",
    re.IGNORECASE,
)
_NEG_CONTEXT = lexicon.words("contact.neg_context")


# (compiled once: a roster has a phone number on every other line)
_INTL_PREFIX = re.compile(r"^\+\s?81[\s\-]?")
_DIGIT_GROUPS = re.compile(r"\d+")


def _placeholder(x: str) -> bool:
    """0000, 1234, 5678, 12345678, 9876 … — the digits people type as an example number.
    Only runs anchored at the usual starts count: 5432-1098 is an ordinary number."""
    return len(set(x)) == 1 or x in _RUN_PIECES or x == "5678"


# Every piece of the two digit runs that starts at 0, 1 or 4 (one set lookup per number
# instead of slicing six candidates).
_RUN_PIECES = frozenset(run[i:j] for run in ("0123456789", "9876543210") for i in (0, 1, 4)
                        for j in range(i, len(run) + 1))


# Words that say a number is an example, not somebody's number.
_OFFICE_LINE_MARK = compile_fast(r"[ 　]*[（(](?:直通|代表|内線)")
_LABEL_ONLY = compile_fast(r"[ \t　■□●・]*(?:電話(?:番号)?|TEL|Tel|tel|FAX|Fax|fax|ファクス|☎|℡)[ \t　:：]*")
_NOT_PERSON_SAMA = compile_fast(r"お客様|お客さま|皆様|皆さま|各位")
_EXAMPLE_AFTER = compile_fast(r"[」』\"')]?[ ]*(?:のように|のような|みたいに|みたいな|などの|といった)")
_EXAMPLE_CONTEXT = lexicon.words("contact.example_context")


def phone_shape(d: str, groups: tuple[int, ...]) -> Optional[str]:
    """Kind of Japanese phone number for national digits `d` (leading 0), or None."""
    n = len(d)
    if n < 10 or d[0] != "0" or d[1] == "0":
        return None
    if d[:4] == "0800":
        kind, want = "tollfree", 11
    elif d[:3] in ("070", "080", "090", "060"):
        kind, want = "mobile", 11
    elif d[:3] == "050":
        kind, want = "ip", 11
    elif d[:3] == "020":
        kind, want = "m2m", 11
    elif d[:4] in ("0120", "0570"):
        kind, want = "tollfree", 10
    elif d[:4] in ("0990", "0180"):
        kind, want = "service", 10
    else:
        kind, want = "landline", 10
    if n != want:
        return None
    if len(groups) == 1:
        return kind
    if len(groups) == 2:
        # 03-12345678 / 0312-345678 style: first group is the area code
        a, b = groups
        if kind in ("mobile", "ip", "m2m"):
            return kind if a == 3 else None
        return kind if 2 <= a <= 5 and b >= 5 else None
    if len(groups) != 3:
        return None
    a, b, c = groups
    if kind in ("mobile", "ip", "m2m"):
        return kind if (a, b, c) == (3, 4, 4) else None
    if kind == "tollfree":
        return kind if a == 4 and b + c == want - 4 and c >= 3 else None
    # landline: area code (with 0) 2..5 digits, local 1..4, subscriber 4
    if 2 <= a <= 5 and 1 <= b <= 4 and c == 4:
        return kind
    return None


@register
class PhoneNumberDetector(Detector):
    type = "PHONE_NUMBER"
    context_words = PHONE_CONTEXT

    def analyze(self, doc: Document) -> list[Candidate]:
        out: list[Candidate] = []
        text = doc.text
        for m in PHONE_RX.finditer(text):
            raw = m.group()
            s, e = m.span()
            if m.group("intl"):
                body = _INTL_PREFIX.sub("", raw).replace("(0)", "")
                groups = tuple(len(g) for g in _DIGIT_GROUPS.findall(body))
                d = digits_of(body)
                if not d.startswith("0"):
                    d = "0" + d
                    groups = (groups[0] + 1,) + groups[1:]
            else:
                groups = tuple(len(g) for g in _DIGIT_GROUPS.findall(raw))
                d = digits_of(raw)
            kind = phone_shape(d, groups)
            if not kind or d in ("0123456789", "01234567890", "09876543210"):
                continue  # 「"0123456789"」 is a digit table in code, not a number
            if text[s - 1:s] == "/" and "://" in text[max(text.rfind(" ", 0, s), text.rfind("\n", 0, s), 0):s]:
                continue  # a path segment of a URL, not a phone number
            example = _placeholder(d[-8:]) or _placeholder(d[-4:]) and _placeholder(d[-8:-4])
            if (example or _placeholder(d[-4:])) and _EXAMPLE_AFTER.match(text, e):
                continue  # 「027-200-0000」のように: a number of the 0000 / 1234 kind shown as a format
            if example and find_context_ci(doc, s, e, _EXAMPLE_CONTEXT, 40, 20):
                continue  # 「例：090-1234-5678」 in a question about formats
            if find_context_ci(doc, s, e, _NEG_CONTEXT, 12, 3):
                continue
            separated = len(groups) > 1 or bool(m.group("intl"))
            ctx = find_context_ci(doc, s, e, PHONE_CONTEXT, 25, 10)
            line_start = text.rfind("\n", 0, s) + 1
            left_line = text[max(line_start, s - 40):s]
            right_line = text[e:e + 15].split("\n", 1)[0]
            person = None
            # 「お客様センター」「皆様」: 様 that names no one
            left_line = _NOT_PERSON_SAMA.sub("", left_line)
            right_lower, left_lower = right_line.lower(), left_line.lower()
            for w in PERSON_CONTEXT:
                if w in left_line or w in right_lower or w in left_lower:
                    person = w
                    break
            office = None if person else self._office_for(text, s, kind, ctx, line_start, left_line, right_line)
            if kind in ("mobile", "ip"):
                score = 0.85 if separated else 0.80
            elif kind == "tollfree" or kind == "service":
                score = 0.55
            else:
                score = 0.80 if separated else 0.50
            if ctx:
                score = max(score, 0.90)
            if person:
                score = max(score, 0.95)
            if office:
                score = 0.55
            if example:
                score = min(score, 0.55)  # looks like an example number: the user confirms
            label = {"mobile": "携帯電話番号の形式", "ip": "IP電話番号の形式",
                     "tollfree": "フリーダイヤル等の形式", "service": "電話番号の形式",
                     "m2m": "電話番号の形式", "landline": "固定電話番号の形式"}[kind]
            reason = label
            if example:
                reason += "・例示によく使われる番号"
            elif office:
                reason += f"・部署等の公開連絡先（「{office}」）"
            elif person:
                reason += f"・個人の連絡先（「{person}」）"
            elif ctx:
                reason += f"・文脈語「{ctx}」"
            out.append(Candidate(self.type, s, e, min(score, 1.0), reason))
        return out

    @staticmethod
    def _office_for(text: str, s: int, kind: str, ctx, line_start: int, left_line: str, right_line: str):
        """The office or business a landline is listed for (its public number), or None."""
        o = _OFFICE.search(left_line.lower()) or _OFFICE.search(right_line.lower())
        # an office named earlier on the same line (「こども未来課 kosodate@…／FAX 027-…」,
        # 「市民課（住民票・戸籍） 本庁舎1階 027-…」, 「こばやし内科クリニック（上小出町）027-…」):
        # a landline listed for an office or a business
        wide = text[max(line_start, s - 80):s]
        ow = None if kind in ("mobile", "ip") else _OFFICE.search(wide.lower())
        if o and (_OFFICE_INTRO.search(left_line) or ctx):
            return o.group()
        elif ow:
            return ow.group()
        elif kind not in ("mobile", "ip") and _LABEL_ONLY.fullmatch(text[line_start:s]):
            # 「■問い合わせ先⏎前橋市 交通政策課⏎〒…⏎電話 027-…」: the office heads the block above
            above = text[max(0, line_start - 120):line_start]
            oa = _OFFICE.search(above.lower())
            # (an office line's own mark, 「（直通）」「（代表）」, introduces it as well)
            if oa and (_OFFICE_INTRO.search(above) or _OFFICE_LINE_MARK.match(right_line)):
                return oa.group()
        elif kind not in ("mobile", "ip"):
            # 「消費生活センター 027-…」: an office's name right before a landline
            near = _OFFICE_RIGHT_BEFORE.search(text, max(line_start, s - 16), s)
            if near:
                return near.group("o")
        return None


# ---------------------------------------------------------------------------
# E-mail addresses
# ---------------------------------------------------------------------------
@register
class EmailDetector(RuleDetector):
    """The rule of service/rules/contact.toml: the address, its domain and local part decide
    whose it is (staff, a public office, a private person, a role address)."""
    type = "EMAIL_ADDRESS"
    rules_file = "contact"
    rule_prefix = "contact.email"
