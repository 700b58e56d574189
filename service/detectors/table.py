"""Tables and exports whose header says what a column holds (issue 16).

A CSV / TSV / pipe table (Markdown, psql, MySQL), a table of columns aligned by spaces, JSON /
JSONL objects, SQL INSERT statements and fixed-width 全銀 transfer records: when a column's
heading (or a key) says 氏名, ふりがな, 姓/名, 電話, 住所, 生年月日, 口座番号, 被保険者番号, 病名 …
(`service/lexicon/table.headers.txt`), every cell of that column is reported as that type —
the value's own shape need not say it (0023456781 is an insurance number only by its column).

Precision: cells are reported only in rows about a person — the row's name cell looks like a
name, or an identifier cell (口座番号, 被保険者番号, 個人番号 …) has an identifier's shape — so a
list of facilities (施設名, 所在地, 電話) reports nothing. Each value must have its type's shape
(a phone cell 10–11 digits from 0 …). A table introduced as a sample (記入例, ダミー, 架空 …) or as
published (ホームページで公開, オープンデータ) reports nothing; a row of placeholders (〇〇, 山田 太郎,
(氏名)) is skipped.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import chain
from typing import Iterator, Optional

from .. import lexicon
from . import register
from ..labels import REASONS, TYPES
from .base import NOT_A_SAMPLE_AFTER, Candidate, Detector, Document
from .fastre import compile_exists, compile_fast, literal_alternation
from .finance import luhn_valid
from .ids import my_number_valid

# a column's definition in SQL (CREATE TABLE …: the column's name, then its type)
_COLUMN_DEFINITION = compile_fast(r"(?i)[ \t]*[a-z_][a-z0-9_]*[ \t]+(?:var)?char|[ \t]*[a-z_][a-z0-9_]*[ \t]+(?:big|small)?(?:int|integer|serial)"
                                  r"|[ \t]*[a-z_][a-z0-9_]*[ \t]+(?:text|date|timestamp|timestamptz|boolean|numeric|decimal|uuid|jsonb?)\b")
TABLE_CELL = 0.90  # a cell under a heading that says what it is, in a row about a person
_VALUE_DIGITS = compile_fast(r"[0-9]{4}")
_SPACED_FULL_NAME = compile_fast(r"[一-龥々〆ヶ]{1,4}[ 　][一-龥々〆ヶぁ-ゖァ-ヺー]{1,4}")
NAME_IN_COLUMN = 0.60  # a name the name detector found in a 氏名 column (a warning at least): its column is of names
INVALID_CHECK_DIGIT = 0.55  # a 個人番号 cell whose check digit fails (warn)

_TYPE_WORDS: dict[str, str] = {}
# (a heading of words, Họ tên, as the text spaces it: the lexicon's họ_tên — for the detector's gate)
_SPACED_HEADINGS: list[str] = []
for _line in lexicon.words("table.headers"):
    _t, *_ws = _line.split()
    for _w in _ws:
        _TYPE_WORDS.setdefault(_w.lower().replace("_", ""), _t)
        if "_" in _w:
            _SPACED_HEADINGS.append(_w.lower().replace("_", " "))
# (the name of any person's role that labels a slot for a name: 納税者名, 被保険者名, 同居者名)
for _w in lexicon.words("person.slot_words"):
    if len(_w) >= 2 and _w.endswith(("者", "人")):
        _TYPE_WORDS.setdefault(_w + "名", "PERSON")
# Japanese words of 2+ characters may sit inside a longer heading (電話番号（自宅）); longest first
_JP_WORDS = compile_fast("|".join(re.escape(w) for w in sorted(
    (w for w in _TYPE_WORDS if not w.isascii() and len(w) >= 2), key=len, reverse=True)))

# (a password column makes its row worth reporting on its own: the row is an account, whoever holds it)
_ID_TYPES = frozenset({"CREDENTIAL", "JP_RESIDENT_CODE", "JP_BANK_ACCOUNT", "JP_HEALTH_INSURANCE", "JP_MY_NUMBER", "JP_PENSION_NUMBER",
                       "JP_PASSPORT", "JP_RESIDENCE_CARD"})
# the types a heading can name (table.headers.txt), each named in reasons by its label (labels.TYPES)
_LABEL = {t: TYPES[t].label for t in sorted(set(_TYPE_WORDS.values()))}

# a heading about an organisation, a place or a thing, not a person: 施設名, 事業所電話, company_name
_NOT_PERSONAL_HEADING = compile_fast(
    r"施設|事業所|事業者|法人|会社|団体|店|業者|課|部署|所属|担当|学校|園名|地区|町名|会場|"
    r"品名|商品|件名|ファイル|病院|医療機関|代表|本部|窓口|"
    r"facility|shop|store|company|corp|dept|department|section|org|file|product|item|place|station|"
    r"school|city|town|event|course|table|column|host|server|user|login|account_?name|display")
# a table introduced as a sample (the lines just above its heading, or the row itself)
# (a template the user asks for — 案内文のひな形も作ってください — says nothing of the table pasted)
# (nor a sample the text says is of the real data: 実データのサンプルを付けます)
_SAMPLE = compile_fast(r"(?<!実データの)(?<!実際の)(?<!本番の)(?<!本物の)(?:" + "|".join(lexicon.words("sample.marks"))
                       + r"|テンプレート|ひな形|雛形)" + NOT_A_SAMPLE_AFTER + r"|"
                       r"(?i:\b(?:sample|dummy|fictitious|example|placeholder|template)s?\b)")
# how far above an INSERT a comment may say its rows are made up
_SQL_SAMPLE_REACH = 160
# a value that is a sample: テスト 一郎
_SAMPLE_VALUE = compile_fast(r"記入例|サンプル|ダミー|架空|見本|テスト|(?i:\b(?:sample|dummy|test|example)\b)")
# (only asked whether it occurs: fastre.compile_exists, half the time of a hinted whole-text search)
# (… or the text says its table comes from a website: ホームページの議員名簿から / ホームページの表をそのまま貼ります)
_PUBLISHED = compile_exists(r"(?:公開|公表|掲載)(?:している|されている|済み|済の)|"
                            r"(?:ホームページ|HP|ウェブサイト)(?:の|に載っている|に掲載の|から)[^\n。]{0,12}?(?:表|名簿|一覧)|"
                          r"オープンデータ|(?i:open data|publicly available)")
_PLACEHOLDER = compile_fast(r"[〇○●◯×＊*□■△▲?？_＿…]|^[\[［(（<＜].*[\]］)）>＞]$|^[-－―ー—.]*$|^(?:なし|無し|無|不明|未定|該当なし|null|none|n/a|na)$",
                            re.IGNORECASE)
_SAMPLE_NAMES = frozenset(lexicon.joined("person.sample_names"))
_ORG_SUFFIX = tuple(lexicon.words("person.org_suffix")) + tuple(lexicon.words("table.place_endings"))
_LETTER = compile_fast(r"[一-龥々〆ヵヶぁ-んァ-ヶｦ-ﾟA-Za-z]")
_SEPARATOR_LINE = compile_fast(r"^[\s|:+\-=─━┼┿+]*$")
_SPACES = compile_fast(r"[ \t]{2,}|\u3000+")


# (a Wi-Fi's pre-shared key — PSK, 事前共有キー, 暗号化キー, パスフレーズ — is its password)
_CREDENTIAL_HEADING = compile_fast(r"パスワード$|暗証番号$|パスフレーズ$|事前共有(?:キー|鍵)$|暗号化?(?:キー|鍵)$|"
                                   r"^(?:[a-z]{0,12})?(?:password|passwd|pwd|passcode|passphrase|psk)$|^pw$|^(?:wpa|wifi)key$")
# a password: printable ASCII without spaces, 6-64, a digit and two of upper / lower / symbol
_PASSWORD_SHAPE = compile_fast(r"[!-~]{6,64}")


def _password_like(v: str) -> bool:
    if not _PASSWORD_SHAPE.fullmatch(v) or re.fullmatch(r"[*•●x]+|\$\{.*\}|<.*>|%.*%|\{\{.*\}\}", v, re.I):
        return False
    if re.fullmatch(r"[A-Za-z_$][\w$]*(?:\.[\w$\[\]'\"]+)+[,;]?", v):
        return False  # process.env.DB_PASSWORD, config.db.pass: a reference in code, not a value
    classes = (re.search(r"[A-Z]", v), re.search(r"[a-z]", v), re.search(r"[^A-Za-z0-9]", v))
    if re.search(r"[0-9]", v) is None:
        return False
    # (or one case of letters with digits inside it, as generated initial passwords are: 4jrs4ehj, k7pq2mx9 —
    # not a word and a number, user01, kyoto2024)
    return sum(1 for c in classes if c) >= 2 or (len(v) >= 6 and _LETTERS_AND_DIGITS_MIXED.search(v) is not None)


_LETTERS_AND_DIGITS_MIXED = re.compile(r"[0-9][A-Za-z]+[0-9]|[A-Za-z][0-9]+[A-Za-z]")


def heading_type(cell: str) -> Optional[tuple[str, str]]:
    """(type, the heading word) of a column heading or key, or None."""
    h = cell.strip().strip("\"'`[]").strip()
    if not h or len(h) > 30:
        return None
    low = re.sub(r"[\s_\-.()（）/]", "", h.lower())
    if cm := _CREDENTIAL_HEADING.search(low):
        return "CREDENTIAL", cm.group()  # login_password, 管理者パスワード
    if _NOT_PERSONAL_HEADING.search(h.lower()):
        return None
    if low in _TYPE_WORDS:
        return _TYPE_WORDS[low], low
    if h.isascii():
        # name_kana, phoneNumber, Date of Birth: the words of the key
        spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", h)
        tokens = [t for t in re.split(r"[\s_\-.()/#]+", spaced.lower()) if t]
        # (the last words first: an English compound names its kind last — applicant_birth is a birth date,
        # childBirthday a birthday, not the applicant's or the child's name)
        for i in range(1, len(tokens)):
            joined = "".join(tokens[i:])
            if joined in _TYPE_WORDS and _TYPE_WORDS[joined] != "PERSON":
                return _TYPE_WORDS[joined], joined
        for i in range(len(tokens)):
            for j in range(len(tokens), i, -1):
                joined = "".join(tokens[i:j])
                if joined in _TYPE_WORDS:
                    return _TYPE_WORDS[joined], joined
        return None
    m = _JP_WORDS.search(h)
    return (_TYPE_WORDS[m.group()], m.group()) if m else None


# ---------------------------------------------------------------------------------------
# Value shapes
# ---------------------------------------------------------------------------------------
def _digits(v: str) -> str:
    return re.sub(r"\D", "", v)


# (or hangul: a Korean certificate's table, 본인 | 박준호 | …)
_JP_NAME = compile_fast(r"[一-龥々〆ヵヶぁ-んァ-ヶー・=＝ \u3000가-힣]{1,16}")
# (with the diacritics of Vietnamese, Portuguese, Spanish … names: Lò Văn Thắng, João)
_EN_NAME = compile_fast(r"[A-ZÀ-ÞĀ-ỹ][A-Za-zÀ-ÿĀ-ỹ'\-]+(?:,? [A-ZÀ-ÞĀ-ỹ][A-Za-zÀ-ÿĀ-ỹ'\-]*\.?){0,3}")


_LEGAL_ENTITY = re.compile(r"株式会社|有限会社|合同会社|合資会社|[（(][株有][）)]|㈱|㈲|法人|(?i:\b(?:co\.|inc\.|ltd\b|llc\b|k\.k\.))")


def _name_like(v: str) -> bool:
    """A person's name: Japanese letters only (漢字・かな, 16 at most) or 1–4 capitalised words."""
    if not v or _PLACEHOLDER.search(v) or _SAMPLE_VALUE.search(v):
        return False
    if v.replace(" ", "").replace("\u3000", "") in _SAMPLE_NAMES:
        return False
    # 鈴木建設, 中央図書館 (a surname 高橋 ending in 橋 is still a name)
    if any(v.endswith(x) and len(v) - len(x) >= 2 for x in _ORG_SUFFIX):
        return False
    if _LEGAL_ENTITY.search(v):
        return False  # 株式会社上州デジタル under a "name" key: a company
    if len(set(v.lower())) == 1:
        return False  # AAA, XXXX: a placeholder of test data, one letter repeated
    return _JP_NAME.fullmatch(v) is not None or _EN_NAME.fullmatch(v) is not None


# the account number in a cell: the cell itself, or the digits after the bank, branch and type
# (東和銀行 前橋支店 普通 2207731)
_ACCOUNT_IN_CELL = compile_fast(r"^\d{6,8}$|(?:普通|当座|貯蓄|総合)[ 　]*(?P<n>\d{6,8})$")


def _value_span(t: str, v: str, start: int, end: int) -> tuple[int, int]:
    """The part of a cell to report: the account number of a bank cell, else the whole cell."""
    if t == "JP_BANK_ACCOUNT":
        m = _ACCOUNT_IN_CELL.search(v)
        if m and m.group("n"):
            off = start + (len(v) - len(v.lstrip()))
            return off + m.start("n"), off + m.end("n")
    return start, end


_BUILDING_ROOM = compile_fast(r"[0-9]{1,3}[-‐][0-9]{2,4}(?:号室)?|[0-9]{3,4}号室")


_MEASURE = re.compile(r"[0-9]{1,4}(?:\.[0-9]{1,2})?(?:/[0-9]{1,4})?")


def shape_ok(t: str, v: str) -> bool:
    if t == "CREDENTIAL":
        return _password_like(v) and not _SAMPLE_VALUE.search(v)
    if not v or _PLACEHOLDER.search(v) or _SAMPLE_VALUE.search(v):
        return False
    if heading_type(v):
        return False  # {"shimei": "氏名"}: a heading, not a value
    d = _digits(v)
    if t == "PERSON":
        return _name_like(v)
    if t == "PHONE_NUMBER":
        return (re.fullmatch(r"\+?[\d\-. ()]{10,18}", v) is not None and len(set(d)) > 2
                and ((d.startswith("0") and len(d) in (10, 11)) or (d.startswith("81") and 11 <= len(d) <= 12)))
    if t == "JP_ADDRESS":
        # (or a dwelling's building and room alone under its heading: 棟-号室 | 3-207)
        # (or a lot alone, under its own key in a record that splits the address: "banchi_go": "15-8")
        return (bool(re.search(r"\d|丁目|番地|番|号", v)) and re.search(r"[一-龥]", v) is not None and len(v) <= 80
                or _BUILDING_ROOM.fullmatch(v) is not None or _LOT_ALONE.fullmatch(v) is not None)
    if t == "DATE_OF_BIRTH":
        return bool(re.search(r"\d", v)) and len(v) <= 24 and not re.search(r"(?i)yyyy|mm|dd", v)
    if t == "JP_BANK_ACCOUNT":
        return _ACCOUNT_IN_CELL.search(v) is not None and len(set(d)) > 1
    if t == "JP_HEALTH_INSURANCE":
        return re.fullmatch(r"[\w\-‐ ]{4,20}", v) is not None and len(d) >= 6 and len(set(d)) > 1
    if t == "JP_MY_NUMBER":
        return re.fullmatch(r"\d{4}[ -]?\d{4}[ -]?\d{4}", v) is not None and len(set(d)) > 1
    if t == "JP_PENSION_NUMBER":
        return re.fullmatch(r"\d{4}-?\d{6}", v) is not None and len(set(d)) > 1
    if t == "JP_PASSPORT":
        return re.fullmatch(r"[A-Za-z]{2}\d{7}", v) is not None
    if t == "JP_RESIDENCE_CARD":
        return re.fullmatch(r"[A-Za-z]{2}\d{8}[A-Za-z]{2}", v) is not None
    if t == "SENSITIVE_PERSONAL_INFO":
        # (a word — うつ病, 2級 — or a health check's measure: 148/96, 29.8, 312)
        return len(v) <= 40 and (_LETTER.search(v) is not None or _MEASURE.fullmatch(v) is not None)
    if t == "JP_RESIDENT_CODE":
        return re.fullmatch(r"\d{11}|\d{4}[ -]?\d{4}[ -]?\d{3}", v) is not None and len(set(d)) > 2
    if t == "CREDIT_CARD":
        return re.fullmatch(r"\d{4}[ -]?\d{4,6}[ -]?\d{4,5}(?:[ -]?\d{1,4})?", v) is not None and luhn_valid(d)
    return False


def _object_cells(text: str, objects: dict, rule: str, sample_head: bool) -> list[Candidate]:
    """The cells of each JSON object or XML record (key → (type, word, start, end) items, grouped by
    where the object opens; -1: none found) that is about a person and not introduced as a sample
    (the 80 characters before it; with `sample_head`, the text's head when it has no opening)."""
    out: list[Candidate] = []
    personal_end = -1  # where the last object about a person closes
    for obj, items in objects.items():
        # (the intro stops at the end of the object before: its values — an address at example.com —
        # are no introduction of this one)
        intro = (text[max(0, obj - 80, text.rfind("}", 0, obj) + 1, text.rfind("</", 0, obj) + 1):obj + 1] if obj >= 0
                 else (text[:80] if sample_head else ""))
        if intro and _SAMPLE.search(intro):
            continue
        # (or an object nested inside one about a person — the "address" of a "resident": {…, "banchi_go": "15-8"} — whose
        # own keys say nothing of whom: it opens before that person's object closes)
        if not _personal([(t, text[s:e].strip()) for t, _, s, e in items]) and not 0 <= obj < personal_end:
            continue
        if obj >= 0 and obj >= personal_end:
            personal_end = _closing_brace(text, obj)
        for t, word, s, e in items:
            if shape_ok(t, text[s:e].strip()):
                out.append(_cell(t, text[s:e].strip(), s, e, REASONS["table.json_key"].format(label=_LABEL[t]), rule))
    return out


def _closing_brace(text: str, at: int) -> int:
    """Where the object opening at or after `at` closes (its matching brace; the text's end when it does not)."""
    depth, i = 0, text.find("{", at)
    for m in _BRACE.finditer(text, i) if i != -1 else ():  # (from brace to brace, not character by character)
        depth += 1 if m.group() == "{" else -1
        if depth == 0:
            return m.start()
    return len(text)


_BRACE = re.compile(r"[{}]")


_KV = compile_fast(r"""(?P<q>["'])(?P<k>[^"'\n]{1,40})(?P=q)\s*:\s*(?:(?P<q2>["'])(?P<v>[^"'\n]{1,120})(?P=q2)|(?P<n>\d[\d\-]{5,20})(?![\d.])|\[(?P<arr>[^\[\]\n]{1,400})\])""")
_ARRAY_ITEM = compile_fast(r"""(?P<q>["'])(?P<v>[^"'\n]{1,120})(?P=q)""")


def json_objects(text: str) -> dict[int, list[tuple[str, str, int, int]]]:
    """The typed values of each JSON object (or Python dict): where its '{' opens (-1: none) →
    (type, key word, start, end) of every value whose key says what it holds. One object = the text
    between braces, found by a flat scan grouped by the nearest '{' before each key."""
    objects: dict[int, list[tuple[str, str, int, int]]] = {}
    for m in _KV.finditer(text):
        ht = heading_type(m.group("k"))
        if not ht:
            continue
        obj = text.rfind("{", 0, m.start())
        if m.group("arr") is not None:  # "shobyo": ["2型糖尿病", "腎症"]: each string of the list
            base = m.start("arr")
            for item in _ARRAY_ITEM.finditer(m.group("arr")):
                objects.setdefault(obj, []).append((ht[0], ht[1], base + item.start("v"), base + item.end("v")))
            continue
        g = "v" if m.group("v") is not None else "n"
        objects.setdefault(obj, []).append((ht[0], ht[1], m.start(g), m.end(g)))
    return objects


def _cell(t: str, v: str, start: int, end: int, why: str, rule: str) -> Candidate:
    """A cell's finding; a 個人番号 whose check digit fails is probably a typo: warn, and say so."""
    start, end = _value_span(t, v, start, end)
    score = TABLE_CELL
    if t == "JP_MY_NUMBER" and not my_number_valid(_digits(v)):
        score, why = INVALID_CHECK_DIGIT, REASONS["table.check_digit_fails"].format(why=why)
    return Candidate(t, start, end, score, why, rule=rule)


def _names_beside_names(doc: Document, rows: list, cols: dict, found: list[Candidate]) -> list[Candidate]:
    """The rest of a 氏名 column whose rows the name detector found names in already — most of its rows, or one
    when all the others are spaced full names: a column holds one kind of value, so a row the detector doubted
    (消防局警防課　新井 隼人, read as an official) is a name like the others, as sure as the surest of them. (A lone
    氏名 column is otherwise person.py's to judge: _personal.)"""
    name_cols = [ci for ci, (t, _) in cols.items() if t == "PERSON"]
    if not name_cols or len(rows) < 2:
        return []
    names = [(c.start, c.end, c.score) for c in (*doc.candidates, *found) if c.type == "PERSON" and c.score >= NAME_IN_COLUMN]
    out: list[Candidate] = []
    for ci in name_cols:
        cells = [(offset + cells[ci][0], offset + cells[ci][1]) for offset, _, cells in rows if ci < len(cells)]
        hit = [max((sc for a, b, sc in names if a < e and s < b), default=0.0) for s, e in cells]
        named = sum(1 for h in hit if h)
        if named * 2 < len(cells) and not (named and all(
                h or _SPACED_FULL_NAME.fullmatch(doc.text[s:e].strip()) for (s, e), h in zip(cells, hit))):
            continue
        score = min(max(hit), TABLE_CELL)
        for (s, e), seen in zip(cells, hit):
            v = doc.text[s:e].strip()
            if not seen and _name_like(v) and shape_ok("PERSON", v):
                c = _cell("PERSON", v, s, e, REASONS["table.column_of_names"], "table.column_of_names")
                out.append(Candidate(c.type, c.start, c.end, score, c.reason, rule=c.rule))
    return out


def json_names_beside_names(doc: Document, found: list[Candidate]) -> list[Candidate]:
    """The values of a JSON key that names a person or nothing known ("volunteer", "member"), two thirds of whose values
    the name detector found names in: the key holds names, so a value it doubted is one too, as a 氏名 column's rows are
    (_names_beside_names). Asked by the record stage of a text that blocks (record.values_of_blocked_records)."""
    by_key: dict[str, list[tuple[int, int]]] = {}
    for m in _KV.finditer(doc.text):
        if m.group("v") is not None and (heading_type(m.group("k")) or ("PERSON",))[0] == "PERSON":
            by_key.setdefault(m.group("k"), []).append(m.span("v"))
    rows = [cells for cells in by_key.values() if len(cells) >= 3]
    if not rows:
        return []
    names = [(c.start, c.end, c.score) for c in (*doc.candidates, *found) if c.type == "PERSON" and c.score >= NAME_IN_COLUMN]
    out: list[Candidate] = []
    for cells in rows:
        hit = [max((sc for a, b, sc in names if a < e and s < b), default=0.0) for s, e in cells]
        if sum(1 for h in hit if h) * 3 < len(cells) * 2:
            continue  # (two thirds of the key's values at least: a key of places with one surname-like town is no name key)
        score = min(max(hit), TABLE_CELL)
        for (s, e), seen in zip(cells, hit):
            v = doc.text[s:e].strip()
            if not seen and _SPACED_FULL_NAME.fullmatch(v) and shape_ok("PERSON", v):
                out.append(Candidate("PERSON", s, e, score, REASONS["table.column_of_names"], rule="table.column_of_names"))
    return out


def _personal(typed: list[tuple[str, str]]) -> bool:
    """A row (or object) is about a person: an identifier of its shape, or a name beside a second
    column that says what it holds (a lone 名前 column is person.py's to judge)."""
    if any(t in _ID_TYPES and shape_ok(t, v) for t, v in typed):
        return True
    kinds = {t for t, v in typed if v}
    return len(kinds) >= 2 and any(t == "PERSON" and _name_like(v) for t, v in typed)


# ---------------------------------------------------------------------------------------
# Cells: (start, end) of each cell's value in one line
# ---------------------------------------------------------------------------------------
def _csv_cells(line: str, delim: str) -> list[tuple[int, int]]:
    """Cells of one CSV/TSV line, quotes honoured ("Tanaka, Ryo" is one cell), spans without quotes."""
    cells = []
    i, n = 0, len(line)
    while True:
        while i < n and line[i] == " ":
            i += 1
        if i < n and line[i] == '"':
            s = i + 1
            j = s
            while j < n:
                if line[j] == '"' and j + 1 < n and line[j + 1] == '"':
                    j += 2
                    continue
                if line[j] == '"':
                    break
                j += 1
            cells.append((s, j))
            k = line.find(delim, j)
            if k < 0:
                return cells
            i = k + 1
        else:
            k = line.find(delim, i)
            e = n if k < 0 else k
            cells.append(_trim(line, i, e))
            if k < 0:
                return cells
            i = k + 1


def _trim(line: str, s: int, e: int) -> tuple[int, int]:
    while s < e and line[s] in " \t\u3000":
        s += 1
    while e > s and line[e - 1] in " \t\u3000":
        e -= 1
    return s, e


def _pipe_cells(line: str) -> list[tuple[int, int]]:
    parts = []
    pos = 0
    for piece in line.split("|"):
        parts.append(_trim(line, pos, pos + len(piece)))
        pos += len(piece) + 1
    if line.strip().startswith("|"):
        parts = parts[1:]
    if line.strip().endswith("|"):
        parts = parts[:-1]
    return parts


def _space_cells(line: str) -> list[tuple[int, int]]:
    cells = []
    pos = 0
    for m in _SPACES.finditer(line):
        if m.start() > pos:
            cells.append(_trim(line, pos, m.start()))
        pos = m.end()
    if pos < len(line):
        cells.append(_trim(line, pos, len(line)))
    return [c for c in cells if c[1] > c[0]]


def _line_at(text: str, i: int) -> str:
    end = text.find("\n", i)
    return text[text.rfind("\n", 0, i) + 1:len(text) if end == -1 else end]


def _with_wide_spaces(doc: Document) -> str:
    """The matching text with the ideographic spaces of the original put back. A table typed in Word or a
    mail with U+3000 between its columns keeps an ASCII space inside its names (所属　氏名⏎会計課　大島 達也):
    normalising makes both one space, and the row would no longer split into its columns. So are the wide
    commas of a line that also holds ASCII ones: a CSV row's prose cell (班长，数学竞赛) is one cell."""
    original = doc.original
    if "\u3000" not in original and "\uff0c" not in original:
        return doc.text
    chars = None
    for wide, narrow in (("\u3000", " "), ("\uff0c", ",")):
        i = original.find(wide)
        while i != -1:
            s, e = doc.norm.normalised_span(i)
            if s is not None and e == s + 1 and doc.text[s] == narrow and (wide == "\u3000" or "," in _line_at(original, i)):
                if chars is None:
                    chars = list(doc.text)
                chars[s] = wide
            i = original.find(wide, i + 1)
    return "".join(chars) if chars else doc.text


# a heading line's first cell (to two spaces, a tab or the line's end) and the number that opens a row
_FIRST_CELL = compile_fast(r"[ \t]*(?P<h>[^\s].{0,14}?)(?=[ ]{2}|\t|\n)")
_FIRST_CELL_ONE_SPACE = compile_fast(r"[ \t]*(?P<h>[^\s0-9]{1,15}?)(?=[ ][^\s0-9]+(?:[ ][^\s0-9]+)+[ ]*(?:\n|$))")
# … followed by a name in two parts (katakana, kana or kanji), glued to the number or after a space
_NAME_AFTER_KEY = compile_fast(r"[ \t]{0,3}[ァ-ヺ一-龥々ぁ-ゖ][ァ-ヺー一-龥々ぁ-ゖ]{0,6}[ 　][ァ-ヺ一-龥々ぁ-ゖ]")
_ROW_KEY = compile_fast(r"[ \t]*(?P<n>[0-9]{2,4}[ ][0-9]{5,8}|[0-9]{6,10})(?![0-9])")


def _cells_between(line: str, sep: str) -> list[tuple[int, int]]:
    """The cells of a line at every `sep`, trimmed."""
    cells, pos = [], 0
    for piece in line.split(sep):
        cells.append(_trim(line, pos, pos + len(piece)))
        pos += len(piece) + len(sep)
    return cells


def _slash_cells(line: str) -> list[tuple[int, int]]:
    """Cells written with a spaced slash between them (氏名 / 生年月日 ⏎ 狩野 咲良 / 2012/08/19): a date's own slashes
    have no spaces around them."""
    return _cells_between(line, " / ")


# a slash between cells with no spaces (氏名／生年月日 ⏎ 古賀 柚希／2007年3月15日, the full-width slash NFKC-folded): not
# one between two digits, a date's own (2007/03/15)
_BARE_SLASH = compile_fast(r"(?<![0-9])/|/(?![0-9])")


def _bare_slash_cells(line: str) -> list[tuple[int, int]]:
    cells, pos = [], 0
    for m in _BARE_SLASH.finditer(line):
        cells.append(_trim(line, pos, m.start()))
        pos = m.end()
    cells.append(_trim(line, pos, len(line)))
    return cells


_LOT_ALONE = compile_fast(r"[1-9][0-9]{0,4}(?:-[0-9]{1,4}){1,3}")


def _row_cells(line: str, delim: str, split, head: list) -> list[tuple[int, int]]:
    """A row's cells, fitted to its heading's where the delimiter is ambiguous."""
    cells = split(line)
    if delim == "," and len(cells) > len(head):
        cells = _thousands_joined(line, cells)
    # (a trailing comma on one line and not on the other, as code writes a vector's rows — the last row
    # of an R tribble or a Python list has none: the same columns)
    if delim == "," and len(cells) == len(head) - 1 and head[-1][0] == head[-1][1]:
        cells = cells + [(len(line), len(line))]
    elif delim == "," and len(cells) == len(head) + 1 and cells[-1][0] == cells[-1][1]:
        cells = cells[:-1]
    elif delim == "/" and len(cells) < len(head):
        # (…/45/3/027-252-3391: numbers in cells of their own, not a date, when every slash of the row
        # gives the heading's count of cells)
        every = _cells_between(line, "/")
        cells = every if len(every) == len(head) else cells
    return cells


_SPLITTERS = {
    "\t": lambda line: _csv_cells(line, "\t"),
    ",": lambda line: _csv_cells(line, ","),
    "|": _pipe_cells,
    "  ": _space_cells,
    " / ": _slash_cells,
    "/": _bare_slash_cells,
}


def _thousands_joined(line: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A CSV row's amounts written with thousands separators and no quotes (…,第7段階,92,040): each 3-digit cell after
    a cell of 1-3 digits is that amount's tail, joined back into one cell."""
    out: list[tuple[int, int]] = []
    for s, e in cells:
        if out and _THOUSANDS_TAIL.fullmatch(line[s:e]) and _THOUSANDS_HEAD.fullmatch(line[out[-1][0]:out[-1][1]]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


_THOUSANDS_HEAD = re.compile(r"[ ]*[0-9]{1,3}(?:,[0-9]{3})*")
_THOUSANDS_TAIL = re.compile(r"[0-9]{3}[ ]*")


def _has_delim(line: str, delim: str) -> bool:
    if delim == "  ":
        return _SPACES.search(line.strip()) is not None
    return delim in line


def _merge_brackets(line: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A heading 'Name (Surname, Given)' split at its comma is one heading."""
    out: list[tuple[int, int]] = []
    depth = 0
    for s, e in cells:
        text = line[s:e]
        if depth > 0 and out:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
        depth += text.count("(") + text.count("（") - text.count(")") - text.count("）")
        depth = max(depth, 0)
    return out


# ---------------------------------------------------------------------------------------
def _valid_my_number_in(line: str, cells, cols: dict) -> bool:
    """A cell under a My Number column whose twelve digits pass the check digit."""
    for ci, (t, _word) in cols.items():
        if t == "JP_MY_NUMBER" and ci < len(cells):
            d = re.sub(r"\D", "", line[cells[ci][0]:cells[ci][1]])
            if len(d) == 12 and my_number_valid(d):
                return True
    return False


@register
class TableColumnDetector(Detector):
    """Cells of exported tables whose column heading says what they hold."""

    type = "PERSON"
    produces = tuple(_LABEL)  # every type a heading can name

    _GATE = compile_fast(literal_alternation(sorted(_TYPE_WORDS) + _SPACED_HEADINGS))  # a trie: one pass over the text

    def applies(self, doc: Document) -> bool:
        return self._GATE.search(doc.lower) is not None or _ZENGIN_HINT.search(doc.original) is not None

    def analyze(self, doc: Document) -> list[Candidate]:
        if _PUBLISHED.search(doc.text):
            return []
        out: list[Candidate] = []
        out += self._delimited(doc)
        out += self._json(doc)
        out += self._xml(doc)
        out += self._sql_insert(doc)
        out += self._key_value_lines(doc)
        out += self._zengin(doc)
        out += self._row_keys(doc)
        return out

    def _row_keys(self, doc: Document) -> list[Candidate]:
        """A legacy export whose rows each open with a person's number under a first heading that says which
        (被保番号, 記号番号), the number glued to the name or one space from it — so the row does not split into
        the heading's columns: the number of every row that goes on with a name in two parts, in a text where the
        name detector found someone."""
        text = doc.text
        if not any(c.type == "PERSON" and c.score >= TABLE_CELL - 0.3 for c in doc.candidates):
            return []  # (a person named somewhere: the rows are people's, not a code table's)
        out: list[Candidate] = []
        starts = sorted({text.rfind("\n", 0, m.start()) + 1 for m in self._GATE.finditer(doc.lower)})
        for a in starts:  # (only the lines that hold a heading word)
            h = _FIRST_CELL.match(text, a)
            ht = heading_type(h.group("h")) if h else None
            if not ht:
                # (or a heading line of one-space gaps, as wide spaces become: 被保険者番号 氏名 生年月日)
                h = _FIRST_CELL_ONE_SPACE.match(text, a)
                ht = heading_type(h.group("h")) if h else None
            if h is None:
                continue
            if not ht or ht[0] not in _ID_TYPES:
                continue
            pos = h.end() + 1
            while pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end == -1 else end
                if not text[pos:end].strip():
                    break
                m = _ROW_KEY.match(text, pos, end)
                if m and _NAME_AFTER_KEY.match(text, m.end(), end) and shape_ok(ht[0], m.group("n")):
                    out.append(_cell(ht[0], m.group("n"), m.start("n"), m.end("n"),
                                     REASONS["table.column"].format(label=_LABEL[ht[0]]), "table.row_key"))
                pos = end + 1
        return out

    # -- CSV / TSV / pipe / space-aligned ---------------------------------------------------------
    def _delimited(self, doc: Document) -> list[Candidate]:
        text = _with_wide_spaces(doc)
        lines = text.split("\n")
        offsets = []
        pos = 0
        for line in lines:
            offsets.append(pos)
            pos += len(line) + 1
        out: list[Candidate] = []
        done: set[int] = set()  # header lines already used by a delimiter
        # a heading line holds a heading word: one pass of the gate's trie marks the lines to split
        low = doc.lower if len(doc.lower) == len(text) else text.lower()
        heads = [False] * len(lines)
        for m in self._GATE.finditer(low):
            heads[bisect_right(offsets, m.start()) - 1] = True
        for delim, split in _SPLITTERS.items():
            if delim not in text and (delim != "  " or _SPACES.search(text) is None):
                continue  # (a delimiter the text does not hold: no line to split)
            i = 0
            while i < len(lines):
                line = lines[i]
                if not heads[i] or i in done or not _has_delim(line, delim) or _VALUE_DIGITS.search(line):
                    i += 1  # (a line with a number of four digits or more is a row, not a heading: 10　山口 大輔　生年月日 1978/9/11)
                    continue
                if "___" in line or _COLUMN_DEFINITION.match(line):
                    # (氏名　＿＿＿＿　電話　＿＿＿＿: a form's blanks to fill in, no table's heading; password_hash VARCHAR(255):
                    # a column of a table being defined, whose lines below are other columns, no values)
                    i += 1
                    continue
                head = _merge_brackets(line, split(line))
                cols = {}
                for ci, (s, e) in enumerate(head):
                    ht = heading_type(line[s:e])
                    if ht:
                        cols[ci] = ht
                if not cols or len(head) < 2 or any(e - s > 30 or "。" in line[s:e] for s, e in head):
                    i += 1
                    continue
                before = "\n".join(lines[max(0, i - 2):i])
                sample_table = _SAMPLE.search(before) is not None or _SAMPLE.search(line) is not None
                k = i + 1
                rows = []
                while k < len(lines) and (_has_delim(lines[k], delim) or (
                        lines[k].strip() and _SEPARATOR_LINE.match(lines[k]))):
                    if _SEPARATOR_LINE.match(lines[k]):  # ---+--- under a psql heading
                        k += 1
                        continue
                    cells = _row_cells(lines[k], delim, split, head)
                    if len(cells) == len(head):
                        rows.append((k, cells, None))
                    elif delim == "  " and 0 < len(cells) < len(head) and lines[k][:1] in " \t\u3000":
                        # a row that leaves its first cells blank under the one above (受給者の2人目の児童): its cells
                        # are the last columns, as they stand
                        rows.append((k, [(0, 0)] * (len(head) - len(cells)) + cells, rows[-1] if rows else None))
                    elif delim == "  " and len(cells) != len(head):
                        break  # aligned text that is not a table after all
                    k += 1
                if rows:
                    done.add(i)
                if sample_table:
                    # (a row with a My Number whose check digit holds is a real row shown as a sample: made-up
                    # rows carry numbers that fail)
                    rows = [r for r in rows if _valid_my_number_in(lines[r[0]], r[1], cols)]
                if rows:
                    for k2, cells, above in rows:
                        inherited = {ci: lines[above[0]][a:b].strip() for ci, (a, b) in enumerate(above[1])} if above else None
                        out += self._row(doc, offsets[k2], lines[k2], cells, cols, inherited)
                    out += _names_beside_names(doc, [(offsets[k2], lines[k2], cells) for k2, cells, _ in rows], cols, out)
                i = max(k, i + 1)
        return out

    def _row(self, doc: Document, offset: int, line: str, cells, cols, inherited: Optional[dict] = None) -> list[Candidate]:
        """A row's typed cells, when the row is about a person; a row that leaves its first cells blank reads them
        from the row above (`inherited`) to say so."""
        if _SAMPLE.search(line):
            return []
        values = {ci: line[s:e].strip() or (inherited or {}).get(ci, "") for ci, (s, e) in enumerate(cells)}
        if not _personal([(t, values.get(ci, "")) for ci, (t, _) in cols.items()]):
            return []
        out = []
        for ci, (t, word) in cols.items():
            s, e = cells[ci]
            v = line[s:e].strip()
            if not shape_ok(t, v):
                continue
            out.append(_cell(t, v, offset + s, offset + e, REASONS["table.column"].format(label=_LABEL[t]), "table.column"))
        return out

    # -- JSON / JSONL / Python dicts (json_objects) --------------------------------------------

    def _json(self, doc: Document) -> list[Candidate]:
        text = doc.text
        if ":" not in text or ("\"" not in text and "'" not in text):
            return []
        return _object_cells(text, json_objects(text), "table.json_key", sample_head=False)

    # -- XML / HTML elements: <shimei>…</shimei> inside one record ------------------------------------
    _ELEMENT = compile_fast(r"<(?P<k>[A-Za-z_][\w.\-]{0,30})(?:\s[^<>\n]{0,80})?>(?P<v>[^<>\n]{1,120})</(?P=k)>")
    # a record's opening tag alone on its line (<record>, <Shinsei id="…">): the elements after it,
    # up to the next such line, are one record's
    _RECORD_OPEN = compile_fast(r"(?m)^[ \t]*<[A-Za-z_][\w.\-]{0,30}(?:\s[^<>\n]{0,80})?>[ \t]*$")

    def _xml(self, doc: Document) -> list[Candidate]:
        text = doc.text
        if "</" not in text:
            return []
        opens = [m.start() for m in self._RECORD_OPEN.finditer(text)]
        objects: dict[int, list[tuple[str, str, int, int]]] = {}
        for m in self._ELEMENT.finditer(text):
            ht = heading_type(m.group("k"))
            if not ht:
                continue
            i = bisect_right(opens, m.start()) - 1
            objects.setdefault(opens[i] if i >= 0 else -1, []).append((ht[0], ht[1], m.start("v"), m.end("v")))
        return _object_cells(text, objects, "table.xml_element", sample_head=True)

    # -- key = value / key: value lines (logs, dumps, YAML, .env) ------------------------------------
    _KV_LINE = compile_fast(r"(?m)^[ \t]*(?P<k>[A-Za-z_][\w.-]{0,30})[ \t]*[=:][ \t]*[\"']?(?P<v>[^\s\"'][^\n\"']{0,80}?)[\"']?[ \t]*$")

    def _key_value_lines(self, doc: Document) -> list[Candidate]:
        text = doc.text
        if "=" not in text and ":" not in text:
            return []
        out: list[Candidate] = []
        block: list[tuple[str, str, int, int]] = []
        last_end = -2

        def flush():
            if block and _personal([(t, text[s:e]) for t, _, s, e in block]):
                for t, word, s, e in block:
                    if shape_ok(t, text[s:e]):
                        out.append(_cell(t, text[s:e], s, e, REASONS["table.key_value"].format(label=_LABEL[t]), "table.key_value"))

        for m in self._KV_LINE.finditer(text):
            if m.start() > last_end + 1 and text[last_end + 1:m.start()].strip():
                flush()
                block = []
            last_end = m.end()
            ht = heading_type(m.group("k"))
            if ht:
                block.append((ht[0], ht[1], m.start("v"), m.end("v")))
        flush()
        return out

    # -- SQL INSERT INTO t (cols) VALUES (...), (...) ------------------------------------------------
    _INSERT = compile_fast(r"(?i)insert\s+into\s+[\w.\"`\[\]]+\s*\((?P<cols>[^()]{1,600})\)\s*values\s*")
    _SQL_VALUE = compile_fast(r"\s*(?:'(?P<s>(?:[^'\n]|'')*)'|(?P<n>[-\w.]+))\s*(?P<end>[,)])")

    def _sql_insert(self, doc: Document) -> list[Candidate]:
        text = doc.text
        if "insert" not in doc.lower:
            return []
        out: list[Candidate] = []
        for m in self._INSERT.finditer(text):
            cols = [heading_type(c.strip().strip("\"`[]")) for c in m.group("cols").split(",")]
            if not any(cols) or _SAMPLE.search(text, max(0, m.start() - _SQL_SAMPLE_REACH), m.start()):
                continue  # (「-- テスト用の架空データ」 just above: rows made up to test with)
            pos = m.end()
            while pos < len(text) and text[pos] in " \t\r\n,":
                pos += 1
            while pos < len(text) and text[pos] == "(":
                vals: list[tuple[int, int]] = []
                p = pos + 1
                while True:
                    v = self._SQL_VALUE.match(text, p)
                    if not v:
                        break
                    g = "s" if v.group("s") is not None else "n"
                    vals.append((v.start(g), v.end(g)))
                    p = v.end()
                    if v.group("end") == ")":
                        break
                if len(vals) == len(cols):
                    items = [(c[0], c[1], s, e) for c, (s, e) in zip(cols, vals) if c]
                    if _personal([(t, text[s:e].strip()) for t, _, s, e in items]):
                        for t, word, s, e in items:
                            if shape_ok(t, text[s:e].strip()):
                                out.append(_cell(t, text[s:e].strip(), s, e, REASONS["table.sql_insert"].format(label=_LABEL[t]),
                                                 "table.sql_insert"))
                pos = p
                while pos < len(text) and text[pos] in " \t\r\n,":
                    pos += 1
        return out

    # -- 全銀 (Zengin) fixed-width transfer data records -----------------------------------------
    def _zengin(self, doc: Document) -> list[Candidate]:
        out: list[Candidate] = []
        for m in chain(_ZENGIN_RECORD.finditer(doc.original), _ZENGIN_SPACED_RECORD.finditer(doc.original)):
            rs, _ = doc.norm.normalised_span(m.start())
            line_end = doc.text.find("\n", rs) if rs is not None else -1
            if rs is not None and _SAMPLE_VALUE.search(doc.text, max(0, rs - _ZENGIN_SAMPLE_REACH),
                                                       line_end if line_end != -1 else len(doc.text)):
                continue  # a vendor manual's dummy record (ﾀﾞﾐｰ ﾃﾞｰﾀ, 銀行・口座・受取人はすべて架空): no one's account
            for g, t in (("acct", "JP_BANK_ACCOUNT"), ("name", "PERSON")):
                s, e = m.span(g)
                while e > s and doc.original[e - 1] == " ":
                    e -= 1
                if e <= s:
                    continue
                ns, _ = doc.norm.normalised_span(s)
                _, ne = doc.norm.normalised_span(e - 1)
                if ns is None or ne is None:
                    continue
                why = REASONS["table.zengin.account"] if t == "JP_BANK_ACCOUNT" else REASONS["table.zengin.name"]
                out.append(Candidate(t, ns, ne, TABLE_CELL, why, rule="table.zengin"))
        return out


_ZENGIN_SAMPLE_REACH = 200
# A 全銀 data record (record type 2): bank code, bank name (kana), branch code, branch name, clearing
# house, deposit type, account number (7), recipient (30, half-width kana), amount (10) — by position.
_ZENGIN_RECORD = compile_fast(
    r"(?m)^2\d{4}[ -~\uff61-\uff9f]{15}\d{3}[ -~\uff61-\uff9f]{15}[ \d]{4}[1-9](?P<acct>\d{7})"
    r"(?P<name>[ -~\uff61-\uff9f]{30})\d{10}")
# … and the same record's fields split by spaces, as a viewer or a hand-made excerpt shows them
# (2 0128 ﾏｴﾊﾞｼﾁﾕｳｵｳ 0312 1 4418207 ｵｸﾞﾗ ﾋﾛﾐ 000003000 1): bank, branch, deposit type, account, recipient, amount
_ZENGIN_SPACED_RECORD = compile_fast(
    r"(?m)^2[ ]\d{4}[ ][\uff61-\uff9f]{1,15}[ ]+\d{3,4}[ ](?:[\uff61-\uff9f]{1,15}[ ]+)?(?:\d{4}[ ])?[1-9][ ]"
    r"(?P<acct>\d{7})[ ](?P<name>[\uff61-\uff9f][\uff61-\uff9f ]{0,29}?)[ ]+\d{6,10}\b")
_ZENGIN_HINT = compile_fast(r"(?m)^2[ ]?\d{4}")
