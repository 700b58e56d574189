"""Contact details: 電話番号 (Japan's numbering plan) and メールアドレス.

Phone numbers are checked against the numbering plan (digit count by prefix, group
shapes), so dates, amounts, versions, postal codes, Excel ranges and ISBNs fall out.
A number introduced as an office's public contact (…課 電話 …) scores below warn level;
a person's number (携帯, 自宅, 連絡先 next to a name …) blocks.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from .. import lexicon
from ..labels import REASONS
from . import register
from .base import Candidate, Detector, Document, digits_of
from . import engine
from .engine import RuleDetector
from .fastre import compile_fast
from .ids import find_context_ci, header_cell

# ---------------------------------------------------------------------------
# Phone numbers
# ---------------------------------------------------------------------------
# The number shapes and the words and patterns around a number are data: service/rules/contact.toml
# (rule contact.phone, with its examples and counterexamples; context phone_*) and the lexicon
# (contact.*). This module is the algorithm: Japan's numbering plan, example numbers, whose number.
_RULE = next(r for r in engine.shipped().by_source("contact") if r.id == "contact.phone")
_CONTEXT = engine.shipped().context
PHONE_RX = _RULE.rx

PHONE_CONTEXT = lexicon.words("contact.phone_context")
PERSON_CONTEXT = lexicon.words("contact.person_context")
_OFFICE = _CONTEXT["phone_office"]
# 課長・係長・室長・係員 are posts, not offices (「係長: 電話 027-… に連絡して」 in a chat); checked after the
# match — a look-ahead inside the alternation made every search ten times slower
_POST_AFTER = {"課": "長", "係": "長員", "室": "長"}


# The office words' one class branch, 「…店」 after any kanji or katakana, keeps sre from scanning
# for the words' first characters: the words alone are ~10x faster to search for. So the words
# and the shops are searched for apart and the nearer match taken (`_office_matches`), which
# gives exactly the matches of the whole alternation. (If the rule's pattern is written
# otherwise, it is searched as it is.)
_SHOP_BRANCH = "|[一-龥ァ-ヶー]店"
if _SHOP_BRANCH in _OFFICE.pattern:
    _OFFICE_WORDS = compile_fast(_OFFICE.pattern.replace(_SHOP_BRANCH, ""), _OFFICE.flags)
    _SHOP = re.compile(_SHOP_BRANCH[1:])
    _SHOP_AT = re.compile("店(?<=" + _SHOP_BRANCH[1:] + ")")  # (sre scans for 店 itself)
else:  # pragma: no cover - the pattern changed: the plain search
    _OFFICE_WORDS = _SHOP = _SHOP_AT = None


_SENTENCE_END = compile_fast(r"[。！？]|[.!?](?=[ \n])")


def _office_matches(s: str, pos: int):
    """The matches of _OFFICE.finditer(s, pos), found as the office words' and the shops' matches."""
    if _SHOP_AT is None:
        yield from _OFFICE.finditer(s, pos)
        return
    while True:
        w = _OFFICE_WORDS.search(s, pos)
        h = _SHOP_AT.search(s, pos + 1)  # 店 at j: a shop's match starts at j - 1 >= pos
        if h is None:
            if w is None:
                return
            m = w
        elif w is None or h.start() - 1 < w.start():
            m = _SHOP.match(s, h.start() - 1)
        elif h.start() - 1 == w.start():
            m = _OFFICE.match(s, w.start())  # both start here: the alternation's own choice
        else:
            m = w
        yield m
        pos = m.end()


# the label of an office's work handset right before the number (公用携帯, 業務用スマホ …)
_WORK_MOBILE = compile_fast(r"(?:公用|業務用|業務|公務用|庁用|貸与)(?:の)?(?:携帯(?:電話)?|スマホ|スマートフォン)[ 　]*[:：]?[ 　]*$")
# a clause that names whom an event or a service is for (対象：…, 対象は…, 対象者：…)
_AUDIENCE_CLAUSE = compile_fast(r"対象(?:者)?[ 　]*[:：は][^、。,\n]*$")


def _audience(left_line: str, at: int) -> bool:
    """Is the person word at `at` inside an audience clause that ends before the number?"""
    return _AUDIENCE_CLAUSE.search(left_line[:at]) is not None and any(c in left_line[at:] for c in "、。,")


def _office_in(s: str, pos: int = 0):
    """The first office word in `s` from `pos` that is not the head of a post (課長, 係長 …)."""
    for m in _office_matches(s, pos):
        w = m.group()
        if w in _POST_AFTER and s[m.end():m.end() + 1] and s[m.end()] in _POST_AFTER[w]:
            continue
        return m
    return None
_OFFICE_RIGHT_BEFORE = _CONTEXT["phone_office_right_before"]
_CAME_TO_OFFICE = re.compile(r"に[^、。\n]{0,8}?(?:来られ|来て|来庁|来所|来ら|お越し|相談に来)")
_BRACKET_OPENED_FOR_NUMBER = re.compile(r"[（(][ 　]*(?:連絡先|携帯|電話|TEL|Tel|tel)?[ 　:：]*\Z")
_OFFICE_INTRO = _CONTEXT["phone_office_intro"]
# A number in full hyphenated form right after a CSV field of digits (「…,11880,070-1235-8864,…」):
# contact.phone stays away from a digit and a comma (1,080-…: an amount), but three hyphenated groups
# are a phone number's own shape, checked against the numbering plan like every other.
PHONE_AFTER_FIELD_RX = _CONTEXT["phone_after_csv_field"]
PHONE_BEFORE_FIELD_RX = _CONTEXT["phone_before_csv_digit_field"]
PHONE_AFTER_EQUALS_RX = _CONTEXT["phone_after_label_equals"]
PHONE_IN_FILE_NAME_RX = _CONTEXT["phone_in_file_name"]
# A number abroad in E.164 form (+1-503-555-0148, +44 20 7946 0958): context phone_abroad.
FOREIGN_PHONE_RX = _CONTEXT["phone_abroad"]
_NEG_CONTEXT = lexicon.words("contact.neg_context")


# (compiled once: a roster has a phone number on every other line)
_INTL_PREFIX = re.compile(r"^\+\s?81[\s\-]?")
_DIGIT_GROUPS = re.compile(r"\d+")


def _phone_matches(text: str) -> list:
    """The phone rule's matches, with the numbers its look-arounds refuse in CSV fields and key=value logs."""
    matches = list(PHONE_RX.finditer(text))
    extra = []
    if "=" in text:
        extra += PHONE_AFTER_EQUALS_RX.finditer(text)
    if "," in text:
        extra += PHONE_AFTER_FIELD_RX.finditer(text)
        extra += PHONE_BEFORE_FIELD_RX.finditer(text)
    if "_" in text:
        extra += PHONE_IN_FILE_NAME_RX.finditer(text)
    return sorted(matches + extra, key=lambda m: m.start()) if extra else matches


def _placeholder(x: str) -> bool:
    """0000, 1234, 5678, 12345678, 9876 … — the digits people type as an example number.
    Only runs anchored at the usual starts count: 5432-1098 is an ordinary number."""
    return len(set(x)) == 1 or x in _RUN_PIECES or x == "5678"


# Every piece of the two digit runs that starts at 0, 1 or 4 (one set lookup per number
# instead of slicing six candidates).
_RUN_PIECES = frozenset(run[i:j] for run in ("0123456789", "9876543210") for i in (0, 1, 4)
                        for j in range(i, len(run) + 1))


_OFFICE_LINE_MARK = _CONTEXT["phone_office_line_mark"]
_LABEL_ONLY = _CONTEXT["phone_label_only"]
_NOT_PERSON_SAMA = _CONTEXT["phone_not_person_sama"]
_EXAMPLE_AFTER = _CONTEXT["phone_example_after"]
# a person's own record between the office word and the number (name, 住所 …, 電話): not the office's line
# (or an address written out to its house number: 請求人：前橋市国領町一丁目9番2-305号 林原 伸一郎。電話 …)
_HOME_WORD = compile_fast(r"住所|自宅|現住所|居所|生年月日|(?:丁目|[0-9０-９]番地?)[0-9０-９]|[町村][0-9０-９]{1,4}[-－‐][0-9０-９]")
# another phone number between the office word and this one: a list of numbers, not the office's line
_NUMBER_BETWEEN = compile_fast(r"0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}")
# the head of a business or an office named before its own line's number (代表 山田 太郎 027-…)
_BUSINESS_HEAD = compile_fast(r"代表|店主|社長|院長|園長|館長|理事長|会長|所長|支配人|オーナー|担当|主事|主任|係長|課長")
# two words (a family and a given name) right before the number, as a ledger's row gives them
_FULL_NAME_BEFORE_NUMBER = compile_fast(r"[一-龥々ァ-ヶー]{1,6}[ 　][一-龥々ぁ-んァ-ヶー]{1,6}[ 　]*\Z")
# a person named with an English title earlier on the number's line
_TITLED_NAME = compile_fast(r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ ]+[A-Z][a-z]")

# Words that say a number is an example, not somebody's number.
_EXAMPLE_CONTEXT = lexicon.words("contact.example_context")
# A text written for the public (a flyer, a poster, a notice, a press release): an office's line
# printed in it is published, so it is not reported at all (an office line elsewhere warns). Also
# asked by the address and person detectors (a facility's address, names in a public capacity).
PUBLIC_DOCUMENT = compile_fast("|".join(re.escape(w) for w in lexicon.words("contact.public_document")),
                                re.IGNORECASE)
# where the public is told to call: 問合せ／申込み／予約／電話／FAX … on the number's own line
_PUBLIC_CALL_INTRO = compile_fast(r"問い?合わ?せ|問合せ|申込み?|申し込み|予約|受付|相談は|連絡先|電話|TEL|Tel|tel|FAX|Fax|fax|"
                                  r"ファクス|☎|℡|call|phone")
# (a 住所 label with a house number before it on its line — 陳情者 … 住所 前橋市西片貝町1丁目9-22 電話 027-… — is a
# form's or a petition's sender, whose number is no published line, even in a text about a notice; an office named on
# the line still owns its number)
_HOME_ADDRESS_BEFORE = compile_fast(r"住所[ 　]*[:：]?[ 　]*[^\n]{2,30}?\d+(?:丁目|番地?|[-－‐])\d")
# the member of staff in charge on an office's contact line (担当：関根): the number stays the office's
# (the family name may stand between: 主事　春日 彩乃 — asked of each name token, the given name's too)
_STAFF_IN_CHARGE = compile_fast(r"(?:担当(?:者)?|主事|主任|主査|主幹|係長|課長補佐|課長|技師|参事)[ 　]*[:：]?[ 　]*"
                                r"(?:[一-龥々ぁ-んァ-ヶー]{1,5}[ 　]?)?$")
# a published line reported below WARN: dropped
_PUBLISHED_LINE = 0.30
# an office's or a business's own line (…課 電話 …, 消費生活センター 027-…, 0570-…): public (Ⅳ),
# below WARN — blind precision corpora kept labelling such texts allow; a person named on the line
# makes it that person's number instead
OFFICE_LINE = 0.35
# the first column of a table that lists organisations: each row's phone is that shop's or office's
_ORG_COLUMN = compile_fast(r"(?:店|店舗|施設|事業所|事業者|会社|団体|法人|企業|医療機関|病院|薬局)名(?:称)?|名称|(?i:shop|store|facility|company)(?:[ _]?name)?")
# the public-document word is looked for at the text's head or this far before the number (a case
# record that mentions handing out a flyer at its end is no flyer)
PUBLIC_HEAD = 300


def _national_digits(m) -> tuple[str, tuple[int, ...]]:
    """A matched number's national digits (leading 0, +81 removed) and the sizes of its digit groups."""
    raw = m.group()
    if m.groupdict().get("intl"):
        body = _INTL_PREFIX.sub("", raw).replace("(0)", "")
        groups = tuple(len(g) for g in _DIGIT_GROUPS.findall(body))
        d = digits_of(body)
        if not d.startswith("0"):
            d = "0" + d
            groups = (groups[0] + 1,) + groups[1:]
        return d, groups
    return digits_of(raw), tuple(len(g) for g in _DIGIT_GROUPS.findall(raw))


def _phone_reason(kind: str, example: bool, published: bool, office, person, ctx) -> str:
    """The finding's reason: the number's kind, then the strongest thing said of whose it is."""
    reason = REASONS[_KIND_REASON[kind]]
    if example:
        return reason + "・" + REASONS["contact.phone.example"]
    if published:
        return reason + "・" + REASONS["contact.phone.published"]
    if office:
        return reason + "・" + REASONS["contact.phone.office"].format(word=office)
    if person:
        return reason + "・" + REASONS["contact.phone.person"].format(word=person)
    if ctx:
        return reason + "・" + REASONS["contact.phone.context_word"].format(word=ctx)
    return reason


def phone_shape(d: str, groups: tuple[int, ...]) -> Optional[str]:
    """Kind of Japanese phone number for national digits `d` (leading 0), or None."""
    n = len(d)
    if n == 11 and d[:3] == "010" and groups in ((3, 4, 4), (11,)):
        return "mobile"  # 010-7742-3318: a Korean mobile as residents write it (010 dials abroad from Japan)
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


# the kind of number (phone_shape) -> its reason id
_KIND_REASON = {"mobile": "contact.phone.mobile", "ip": "contact.phone.ip", "tollfree": "contact.phone.tollfree",
                "service": "contact.phone.service", "m2m": "contact.phone.m2m", "landline": "contact.phone.landline"}


@register
class PhoneNumberDetector(Detector):
    type = "PHONE_NUMBER"
    context_words = PHONE_CONTEXT

    def analyze(self, doc: Document) -> list[Candidate]:
        out: list[Candidate] = []
        text = doc.text
        out.extend(self._foreign(doc))
        public_doc = None  # looked up once, at the first landline
        for m in _phone_matches(text):
            s, e = m.span()
            d, groups = _national_digits(m)
            kind = phone_shape(d, groups)
            if not kind or d in ("0123456789", "01234567890", "09876543210"):
                continue  # 「"0123456789"」 is a digit table in code, not a number
            if text[s - 1:s] == "/" and "://" in text[max(text.rfind(" ", 0, s), text.rfind("\n", 0, s), 0):s]:
                continue  # a path segment of a URL, not a phone number
            # (a middle group of 0000 is a made-up number too: 090-0000-0001, 027-000-0000 in test rows)
            # (027-123-4567: the subscriber part after the area code is the run 1234567; unseparated,
            # a ten-digit 0X…1234567)
            local = sum(groups[1:]) if len(groups) >= 3 else (7 if len(d) == 10 and len(groups) == 1 else 0)
            example = _placeholder(d[-8:]) or _placeholder(d[-4:]) and _placeholder(d[-8:-4]) \
                or d[-8:-4] == "0000" or d[-7:-4] == "000" or (local == 7 and _placeholder(d[-7:]))
            if set(d[-7:]) == {"0"}:
                continue  # 090-0000-0000, 027-000-0000: a blank of the format, a number no one is given
            if (example or _placeholder(d[-4:])) and _EXAMPLE_AFTER.match(text, e):
                continue  # 「027-200-0000」のように: a number of the 0000 / 1234 kind shown as a format
            if example and find_context_ci(doc, s, e, _EXAMPLE_CONTEXT, 40, 20):
                continue  # 「例：090-1234-5678」 in a question about formats
            neg = find_context_ci(doc, s, e, _NEG_CONTEXT, 12, 3)
            # (on the number's own line: 「障害基礎年金のみ⏎連絡先：090 …」 — a word of the line above says
            # nothing about what this number is)
            # (the 3 characters after the number stay on its line: 「電話：027-…⏎口座：…」 — the next line's 口座
            # is another field's)
            own_line = text[text.rfind("\n", 0, s) + 1:e + 3].split("\n", 1)[0]
            if neg and (neg in own_line.lower() or neg in header_cell(doc, s).lower()):
                continue
            separated = len(groups) > 1 or bool(m.groupdict().get("intl"))
            ctx = find_context_ci(doc, s, e, PHONE_CONTEXT, 25, 10)
            line_start = text.rfind("\n", 0, s) + 1
            # (「お客様センター」「皆様」: 様 that names no one)
            left_line = _NOT_PERSON_SAMA.sub("", text[max(line_start, s - 40):s])
            right_line = text[e:e + 15].split("\n", 1)[0]
            person, office = self._whose(doc, s, kind, ctx, line_start, left_line, right_line)
            if not person and kind not in ("mobile", "ip") and _ORG_COLUMN.fullmatch(header_cell(doc, line_start).strip(' "')):
                office = True  # 店名,ジャンル,電話 ⏎ 中華 龍園,中華,027-…: a row of a list of shops or offices, its own line
            if kind in ("mobile", "ip"):
                score = 0.85 if separated else 0.80
            elif kind == "tollfree" or kind == "service":
                score = OFFICE_LINE  # 0120 / 0570 …: a business's or an office's line, never a resident's
            else:
                score = 0.80 if separated else 0.50
            if ctx and kind not in ("tollfree", "service"):
                score = max(score, 0.90)  # (電話 before a 0120 / 0570 number says a line, not whose: いのちの電話 0570-…)
            if person:
                score = max(score, 0.95)
            if office:
                score = OFFICE_LINE
            work = _WORK_MOBILE.search(left_line) if kind == "mobile" else None
            if work and (not person or person in work.group()):
                # 「観光政策課 業務用携帯 080-…」: the office's own handset, lent to whoever is on duty (its 携帯
                # is no person's)
                score = OFFICE_LINE if _office_in(left_line.lower()) else 0.60
            published = False
            if kind not in ("mobile", "ip") and not person and not example and (
                    office or _PUBLIC_CALL_INTRO.search(left_line) and not _HOME_ADDRESS_BEFORE.search(left_line)):
                if public_doc is None:
                    # what the user says the text is, at its head (「チラシ原稿です」「報道資料の末尾を…」)
                    public_doc = PUBLIC_DOCUMENT.search(doc.lower, 0, PUBLIC_HEAD) is not None
                above = max(0, text.rfind("\n\n", 0, s) + 1, s - 120)
                if (public_doc or PUBLIC_DOCUMENT.search(doc.lower, max(0, s - PUBLIC_HEAD), s)
                        or self._city_block(doc, above, s)) \
                        and not _name_token_between(doc, above, s):
                    # 「問合せ：中央公民館 027-…」 in a flyer, 「申込みはアーツ前橋（電話027-…）へ」 in the
                    # newsletter's event column: printed for everybody to call
                    published, score = True, _PUBLISHED_LINE
            if example:
                score = min(score, 0.55)  # looks like an example number: the user confirms
            reason = _phone_reason(kind, example, published, office, person, ctx)
            out.append(Candidate(self.type, s, e, min(score, 1.0), reason, rule=_RULE.id))
        return out

    def _whose(self, doc: Document, s: int, kind: str, ctx, line_start: int, left_line: str, right_line: str):
        """(person word, office word) that own the number at s: a person's context word around it, or the
        office whose line it is (None for either)."""
        text = doc.text
        person = None
        right_lower, left_lower = right_line.lower(), left_line.lower()
        for w in PERSON_CONTEXT:
            if w in left_line or w in right_lower or w in left_lower:
                person = w
                break
        if person and person not in right_line.lower():
            at = left_line.lower().rfind(person)
            if at >= 0 and (_office_in(left_line.lower(), at + len(person)) or _audience(left_line, at)):
                # 「講師：今井 勝 さん　材料費1,500円　問合せ：東公民館 027-…」: the office named after
                # the person, right before the number, is whose number it is; 「対象：未就学児と保護者、
                # 定員20組、申込：電話 027-…」: the people an event is for are its audience, not the line's owner
                person = None
        office = None if person else self._office_for(doc, s, kind, ctx, line_start, left_line, right_line)
        if office and kind == "mobile" and _TITLED_NAME.search(text, line_start, s):
            office, person = None, "Mr./Ms."  # 「Mr. Tenzin Norbu (…) @ 市民課, tel 070-…」: his mobile
        if office and kind == "mobile":
            at = text.rfind(office, line_start, s)
            if at >= 0 and _BRACKET_OPENED_FOR_NUMBER.search(text, at + len(office), s) \
                    and _name_token_between(doc, at + len(office), s, staff_too=True):
                # 「運転者：清里支所 主事 井野 健太（連絡先 080-…）」: a mobile in the bracket after the name that follows the
                # office is that person's own
                office, person = None, "氏名"
            elif at >= 0 and _SENTENCE_END.search(text, at + len(office), s):
                # 「… keep her inhaler in the nurse's office. Please call Lucia at 080-…」: an office in an earlier
                # sentence is not whose mobile this is
                office = None
        if office:
            at = text.rfind(office, max(0, s - 80), s)
            if at >= 0 and _CAME_TO_OFFICE.match(text, at + len(office)):
                office = None  # 「窓口に何度も来られている方で、電話は…」: where the caller came, not whose number it is
        if office:
            # 「事務局メモ：提出者：佐藤 大輔 住所：… 電話：027-…」: a person named with their address after
            # the office word (or on the number's line when the office stands further back), before the
            # number, is whose number it is
            at = text.rfind(office, line_start, s)
            # (an office further back: the form's lines just above the number — お名前：… ご住所：… 電話：… — are read)
            lo = at + len(office) if at >= 0 else max(line_start - 120, text.rfind("\n\n", 0, line_start) + 1, 0)
            if _HOME_WORD.search(text, lo, s) and _name_token_between(doc, lo, s):
                office, person = None, "氏名"
            elif _NUMBER_BETWEEN.search(text, lo, s) and _name_token_between(doc, lo, s):
                # 「生涯学習課 佐々木: 宮下 トシ子 090-…／ 須永 勇 027-…」: a list of people and their numbers after the
                # office word (a chat's speaker): each number is the person's named beside it
                office, person = None, "氏名"
        return person, office

    def _foreign(self, doc: Document) -> list[Candidate]:
        """Numbers abroad (+1 …, +44 …): 8 to 15 digits with the country code, as E.164 allows.
        Most in a municipal prompt are a resident's family or a visitor's own phone; an office's
        or a business's line (its name on the same line) warns, as at home."""
        out: list[Candidate] = []
        text = doc.text
        if "+" not in text:
            return out
        for m in FOREIGN_PHONE_RX.finditer(text):
            s, e = m.span()
            if not 8 <= len(digits_of(m.group())) <= 15:
                continue
            if find_context_ci(doc, s, e, _NEG_CONTEXT, 12, 3):
                continue
            line_start = text.rfind("\n", 0, s) + 1
            left_line = _NOT_PERSON_SAMA.sub("", text[max(line_start, s - 40):s])
            right_line = text[e:e + 15].split("\n", 1)[0]
            office = _office_in(text[max(line_start, s - 80):s].lower()) or _office_in(right_line.lower())
            if office and not any(w in left_line or w in left_line.lower() for w in PERSON_CONTEXT):
                reason = REASONS["contact.phone.abroad"] + "・" + REASONS["contact.phone.office"].format(word=office.group())
                out.append(Candidate(self.type, s, e, 0.55, reason))
            else:
                out.append(Candidate(self.type, s, e, 0.85, REASONS["contact.phone.abroad"]))
        return out

    def _city_block(self, doc: Document, a: int, b: int) -> bool:
        """The city's own contact block: an allowlisted public value (〒371-8601, the city hall's
        address) in the lines just above an office's number (a department's signature)."""
        if self.policy is None:
            return False
        spans = getattr(doc, "_allowlisted", None)  # (the scanner's cache of the same spans)
        if spans is None:
            spans = doc._allowlisted = self.policy.allowlisted_spans(doc.text)  # type: ignore[attr-defined]
        return any(a <= s0 and e0 <= b for s0, e0 in spans)

    @staticmethod
    def _office_for(doc: Document, s: int, kind: str, ctx, line_start: int, left_line: str, right_line: str):
        """The office or business a landline is listed for (its public number), or None."""
        text = doc.text
        o = _office_in(left_line.lower()) or _office_in(right_line.lower())
        # an office named earlier on the same line (「こども未来課 kosodate@…／FAX 027-…」,
        # 「市民課（住民票・戸籍） 本庁舎1階 027-…」, 「こばやし内科クリニック（上小出町）027-…」):
        # a landline listed for an office or a business
        wide = text[max(line_start, s - 80):s]
        ow = None if kind in ("mobile", "ip") else _office_in(wide.lower())
        if o and (_OFFICE_INTRO.search(left_line) or ctx):
            # (not when a person is named between the office and the number: 「前橋赤十字病院に入院中、
            # 連絡先は長女 木暮 仁美 080-…」 gives the daughter's number, not the hospital's)
            # (a mobile only: a shop's landline after its 代表's name stays the shop's)
            at = doc.lower.rfind(o.group(), max(line_start, s - 40), s) \
                if kind in ("mobile", "ip") and len(doc.lower) == len(text) else -1
            if at == -1 or not _name_token_between(doc, at + len(o.group()), s):
                return o.group()
        elif ow:
            # (a booking ledger's row — 8/3 ホール ヤマグチ ケンタ 027-… — names who booked the room between the
            # facility and the number: that person's line, unless the name is the business's head: 〇〇商店 代表 山田 027-…)
            at = wide.lower().rfind(ow.group())
            a = max(line_start, s - 80) + at + len(ow.group())
            if len(doc.lower) == len(text) and _FULL_NAME_BEFORE_NUMBER.search(text, a, s) and _name_token_between(doc, a, s) \
                    and not _BUSINESS_HEAD.search(text, a, s):
                return None
            return ow.group()
        elif kind not in ("mobile", "ip") and _LABEL_ONLY.fullmatch(text[line_start:s]):
            # 「■問い合わせ先⏎前橋市 交通政策課⏎〒…⏎電話 027-…」: the office heads the block above
            above = text[max(0, line_start - 120):line_start]
            oa = _office_in(above.lower())
            # (an office line's own mark, 「（直通）」「（代表）」, introduces it as well) — unless a person
            # is named in the lines between, not as the office's 担当 (「相談者：宍戸 清 …⏎電話：027-…」
            # under an office's record heading: the number is that person's)
            if oa and (_OFFICE_INTRO.search(above) or _OFFICE_LINE_MARK.match(right_line)) \
                    and not (_name_token_between(doc, line_start - len(above), line_start) and "担当" not in text[line_start - len(above):s]):
                return oa.group()
        elif kind not in ("mobile", "ip"):
            # 「消費生活センター 027-…」: an office's name right before a landline
            near = _OFFICE_RIGHT_BEFORE.search(text, max(line_start, s - 16), s)
            if near:
                return near.group("o")
        return None


def _name_token_between(doc: Document, a: int, b: int, staff_too: bool = False) -> bool:
    """A token Sudachi tags as a person's name in text[a:b] (「問合せ：班長 田中 027-…」: a
    person's number even in a flyer). The person detector runs later; its tokens are shared.
    With staff_too, a member of staff named in office counts too (their own mobile in a bracket)."""
    toks = doc.tokens
    i = bisect_left(toks, a, key=lambda t: t.start)
    while i < len(toks) and toks[i].end <= b:
        t = toks[i]
        if t.is_person_name and not t.surface.isascii() \
                and (staff_too or not _STAFF_IN_CHARGE.search(doc.text, max(0, t.start - 12), t.start)):
            return True  # (Sudachi tags "Central" as a name; 担当：関根 is the office's member of staff)
        i += 1
    return False


def _run_catalogue_rules(doc: Document, rules) -> list[Candidate]:
    """The rule's examples run as the scanner runs the detector (its one rule)."""
    return PhoneNumberDetector().analyze(doc) if any(r.id == _RULE.id for r in rules) else []


engine.RUNNERS["contact"] = _run_catalogue_rules


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
