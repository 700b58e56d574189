"""PERSON candidates from the layout of the text (stage 1 of service/detectors/person_stages.py):
cells under a column headed 氏名, the value next to a 氏名 label, bank kana and katakana reading
pairs in a CSV cell, and the other items of a list one of whose items is a reported name. Each
path only finds a span and the signals around it; the vetoes and the score are person_stages'."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

from .. import lexicon
from . import evidence as ev
from . import person_stages as stages
from .base import Document
from .fastre import compile_fast
from .person_base import (
    _BANK_CONTEXT, _EN_NOT_NAME, _EN_STOP, _Intervals, _is_mei, _is_sei, _is_space, _KANA_COMPANY,
    _KANA_KANJI, _kana_key, _KANA_NOT_GIVEN, _KANJI, _KATAKANA, KATAKANA_NOT_NAME, _matches_from_anchors,
    _Name, NOT_GIVEN, _ORG_END, ORG_SUFFIX, _ROLE_SET, _SHAPE_NOT_GIVEN, _SLOT_SET, _SPACE_KATA, JP_GIVEN, JP_SURNAMES,
)

# -- tables: a column headed 氏名 -------------------------------------------------------
_NAME_HEADERS = frozenset(lexicon.words("person.name_headers"))

# a column heading rather than a value (the cell right of 氏名 in a header row: 住所, 電話番号 …)
_HEADER_LIKE = compile_fast(r"(?:番号|日|先|所|名|欄|者|区分|種別|コード|年齢|性別|備考|住所|電話|メール|生年月日|期間|資格|"
                            r"学年|組|所属|続柄|職業|国籍|内容|項目|状況|金額|時間|(?i:name|address|phone|tel|e-?mail|date|no\.?))$")

# the value cell next to a 氏名 label: a name, optionally followed by its reading in brackets
_KV_VALUE = compile_fast(r"[ 　\"]*(?P<n>[A-Za-z一-龥々〆ヶぁ-んァ-ヶー][A-Za-z一-龥々〆ヶぁ-んァ-ヶー'・ 　\-]{0,30}?)[ 　]*"
                         r"(?:[（(][ 　]*(?P<r>[A-Za-zぁ-んァ-ヶー][A-Za-zぁ-んァ-ヶー'・ 　\-]{0,30}?)[ 　]*[）)])?[ 　\"]*$")

_KV_NOT_NAME = compile_fast(r"する|こと|場合|表記|参照|不要|記入|記載|必要|以下|以上|のみ|くださ|です|ます|自署|同上|未定|"
                            r"不明|なし|無し|省略|別紙|課$|係$|部$|室$|局$|会社|市$|町$|村$|センター|協会")

def _kv_name_like(val: str) -> bool:
    """A table value that can be a person's name: 1-4 romaji words that are not organisation or
    phrase words, or a short kana/kanji name (at most two parts of up to 6 characters)."""
    if val.isascii():
        words = val.replace("-", " ").split()
        return 1 <= len(words) <= 4 and all(w.isalpha() and w.capitalize() not in _EN_STOP
                                            and w.capitalize() not in _EN_NOT_NAME for w in words)
    # kanji/kana: the Sudachi rules see 氏名｜ as a name slot; here only the shapes they miss — a
    # katakana name, or a spaced "surname given" pair
    parts = val.replace("　", " ").split()
    if _KV_NOT_NAME.search(val) or not 1 <= len(parts) <= 3 or any(len(p) > 6 for p in parts):
        return False
    if all(_KATAKANA.match(p) for p in parts):
        return len(val.replace(" ", "")) >= 2
    return len(parts) == 2 and all(_KANA_KANJI.match(p) for p in parts) and parts[-1] not in ORG_SUFFIX

# lists: an item "kanji surname + space + kanji/kana given name", with a bracket after it or not
# (a surname in hiragana too: a list of names written in kana, 「ささき ゆうこ⏎はやし まさと⏎おかだ ちえみ」)
# (a katakana surname with a kanji or kana given name too: ガルシア 美穂; a particle may stand before it and the item may
# end before ほか / など / たち: 同じ部活の戸塚 莉子、三浦 武蔵ほか数名)
_LIST_ITEM = compile_fast(r"(?:(?<![一-龥々〆ヶぁ-んァ-ヶー])|(?<=[のとはがもにを]))(?P<s>[一-龥々〆ヶ]{1,5}|[ぁ-ゖ]{2,5}|[ァ-ヺ][ァ-ヺー]{1,7})[ 　]"
                          r"(?P<g>[一-龥々〆ヶぁ-んァ-ヶー]{1,5})"
                          r"(?:(?![一-龥々〆ヶぁ-んァ-ヶー])|(?=ほか|など|たち))(?P<b>[ 　]?[（(][^（）()\n]{0,20}[）)])?")

# (a pupil's class or roll number may follow the bullet: ・2組 丹羽 颯太：…, ・16番 …)
_LIST_BULLET = compile_fast(r"[ \t　]*(?P<k>[・\-*•●○◆◇■□▪►▶]|\d{1,2}[.)．）]|\d{1,2}(?=[ \t])|[①-⑳]|[（(]\d{1,2}[）)])[ \t　]*"
                            r"(?:(?:[1-6１-６]年)?[0-9０-９]{1,2}(?:組|番)[ \t　]+)?")

# (an item may carry its number: 受験番号1043 宮田 葵、1057 新井 颯太)
# (also between quoted items, as code writes a vector of names: c("小板橋 颯太", "中澤 陸"), ['…', '…'])
_LIST_SEP = compile_fast(r"[ 　]*[\"'」]?[ 　]*(?:[、，,・/／]|と|や|及び|および)[ 　]*[\"'「]?[ 　]*(?:[A-Za-z]{0,2}[0-9]{1,6}[ 　])?")


# bank kana: katakana words with the combining voicing marks NFKC leaves from half-width ﾀﾞ/ﾊﾟ
_KK = "[ァ-ヺー\u3099\u309A]"

_KANA_ACCOUNT_PAIR = compile_fast(rf"(?<![ァ-ヺー\u3099\u309A])[ァ-ヺ]{_KK}{{1,9}}(?:[ ][ァ-ヺ]{_KK}{{1,9}}){{1,2}}"
                                  rf"(?!{_KK}|[ ][ァ-ヺ])")

_KK_CH = compile_fast(_KK)

_KANA_BANK = compile_fast(r"口座|名義|振込|振替|受取人|受取|預金|銀行|信用金庫|信金|支店|メイギ|メイキ\u3099|フリコミ|ウケトリ|"
                          r"コウザ|(?i:account|payee|beneficiary)")

_KANA_SLOT_END = compile_fast(r"(?:名義人?|振込先|受取人|メイギ(?:ニン)?|ウケトリニン|フリコミサキ|預金者)"
                              r"(?:[(（][^)）\n]{1,6}[)）])?[ ]*[:：]?[ ]*$")  # 口座名義（カナ）

# a Japanese name reading: native kana only (no long-vowel mark, no small vowel of loanwords), 2-6 each
_KANA_READING = compile_fast(r"[アイウエオカ-ヂツ-モヤユヨラ-ロワヲンヴ]{2,6}")

_KANA_LABELS = frozenset(lexicon.words("person.kana_labels"))

def _neighbour_lines(text: str, ls: int, step: int):
    """(start, end) of the lines above (step -1) or below (step 1) the line starting at `ls`,
    nearest first; `end` is the line's newline (or the text's end)."""
    pos = ls
    while True:
        if step < 0:
            if pos == 0:
                return
            pe = pos - 1
            pos = text.rfind("\n", 0, pe) + 1
        else:
            nl = text.find("\n", pos)
            if nl == -1:
                return
            pos = nl + 1
            pe = text.find("\n", pos)
            pe = len(text) if pe == -1 else pe
        yield pos, pe



_DOTTED_KATAKANA_NAME = compile_fast(r"[ァ-ヺ][ァ-ヺー]{1,10}(?:・[ァ-ヺ][ァ-ヺー]{0,10}){1,3}")
# a cell that ends as an office, a company or a place does (総務課, 株式会社, 前橋市): no person's name
_BODY_END = compile_fast(r"(?:課|係|部|室|局|株式会社|市|町|村)$")


_HEADING_QUALIFIER = re.compile(r"(?<=.)[（(](?:拼音|ピンイン|ローマ字|英字|英語|漢字|カナ|かな|アルファベット|pinyin|romaji|latin)[）)]$", re.I)


def table_names(text: str) -> list[_Name]:
    out: list[_Name] = []
    # (a 名 column comes with its 姓 column: 姓⇥名, セイ⇥メイ)
    if not any(h in text for h in ("氏名", "名前", "名義", "Name", "name", "フリガナ", "ふりがな", "児童名", "者名", "徒名", "児名", "員名", "受取人",
                                  "姓", "セイ", "せい", "이름", "성명", "名字", "なまえ")):
        return out
    lines = text.split("\n")
    pos = 0
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        line = lines[i]
        # (or a slash, as a roster typed in a memo sets its columns apart: せたい／なまえ／ねんれい — only on a line with no
        # other delimiter, whose heading cell says 名前)
        delim = next((d for d in ("\t", "|", ",", "/") if line.count(d) >= 1), None)
        if delim is None:
            i += 1
            continue
        # (a heading with how the name is written in brackets after it is the same column: 氏名(拼音), 氏名（ローマ字）)
        cells = [_HEADING_QUALIFIER.sub("", c.strip().replace(" ", "")) for c in line.split(delim)]
        # (not 名 after a cell 氏: one heading 氏名 split into two cells by a scan or a paste, not a given-name column)
        cols = [ci for ci, c in enumerate(cells) if (c in _NAME_HEADERS or c.lower() in _NAME_HEADERS)
                and not (c == "名" and ci and cells[ci - 1] == "氏")]
        if not cols or len([c for c in cells if c]) < 2:
            i += 1
            continue
        if _key_value_row(lines, i, delim, cells, cols):
            out += _key_value_names(lines[i], offsets[i], delim, cols)
            i += 1
            continue
        k = i + 1
        while k < len(lines) and delim in lines[k]:
            row = lines[k]
            if re.fullmatch(r"[\s|:\-]+", row):  # a separator line
                k += 1
                continue
            parts = row.split(delim)
            if _EXAMPLE_ROW.match(parts[0]):
                k += 1
                continue  # ((れい)ひよこ,サンプル 1,…: a template's example row)
            cstart = offsets[k]
            starts = []
            p = 0
            for part in parts:
                starts.append(p)
                p += len(part) + 1
            for ci in cols:
                if ci >= len(parts):
                    continue
                raw = parts[ci]
                val = raw.strip().strip('"')
                if not val or len(val) > 25 or not re.search(r"[一-龥ぁ-んァ-ヶA-Za-z가-힣]", val):
                    continue
                # (a katakana name keeps its dots: ナカムラ・ジュリア)
                if re.search(r"[\d（）()［］\[\]【】]", val) or _BODY_END.search(val) \
                        or ("・" in val and not _DOTTED_KATAKANA_NAME.fullmatch(val)):
                    continue
                if val.isascii() and any(w in _EN_NOT_NAME or w in _EN_STOP for w in val.split()):
                    continue  # (| Name | over Sales, Human Resources: a Latin value made of words names a thing)
                lead = len(raw) - len(raw.lstrip()) + (1 if raw.strip().startswith('"') else 0)
                s = cstart + starts[ci] + lead
                out.append(_Name(s, s + len(val), val, "", "table_column", {"name_column": True}))
            k += 1
        i = k
    return out + _spaced_table_names(text, lines, offsets)


# a table pasted with its columns split by spaces (児童名　　基本指数　調整指数⏎飯塚 湊　　 20　 +3 …): the header's first
# field names people; each row's first field — a spaced full name or a katakana name with its dots, then a gap of
# two spaces, a tab or one space before a number — is a name (the later columns may not line up: only the first is read)
_FIELDS = re.compile(r"[ \t]+")
_SPACED_FIRST_NAME = compile_fast(r"[ \t]*(?P<v>[一-龥々〆ヶ]{1,4}[ ][一-龥々〆ヶぁ-ゖァ-ヺー]{1,5}|[ァ-ヺー]{2,8}(?:・[ァ-ヺー]{1,8}){1,3})"
                                  r"(?=[ ]{2,}|\t|[ ](?=[0-9+\-]))")


def _spaced_table_names(text: str, lines: list, offsets: list) -> list[_Name]:
    out: list[_Name] = []
    for i, line in enumerate(lines):
        head = line.strip()
        if not head or "\t" in line or "|" in line or "," in line or any(ch.isdigit() for ch in head):
            continue
        fields = _FIELDS.split(head)
        if len(fields) < 3 or fields[0] not in _NAME_HEADERS or "___" in head:
            continue  # (氏名　＿＿＿＿　電話　＿＿＿＿: a form's blanks to fill in, not a table's heading)
        for k in range(i + 1, len(lines)):
            if not lines[k].strip():
                break
            m = _SPACED_FIRST_NAME.match(lines[k])
            if m and not _BODY_END.search(m.group("v")):
                s = offsets[k] + m.start("v")
                out.append(_Name(s, s + len(m.group("v")), m.group("v"), "", "table_column", {"name_column": True}))
    return out


# -- a value under a key that names a part of a person's name --------------------------------------
# {"family":"齋藤","given":"陽菜"}, last_name: '早川', sei="矢島": a JSON / YAML / log key for a surname, a given
# name or a full name says what its value is, whatever the dictionary makes of it (a one-kanji given name
# 紬, a rare surname 齋藤)
_KEYED_NAME = compile_fast(r"(?<![A-Za-z0-9_.\-一-龥ぁ-ゖァ-ヺ])[\"']?(?:(?i:family(?:[_-]?name)?|given(?:[_-]?name)?|(?:first|last)(?:[_-]?name)?(?:[_-]?kana)?|"
                           r"sur[_-]?name|fore[_-]?name|full[_-]?name|shimei|namae|sei|mei|(?:kanji|kana)[_-]?(?:shimei|name)|"
                           r"(?:shimei|name)[_-]?(?:kanji|kana))|氏名|姓|名|申請者|届出人|申出人|対象者|利用者|相談者|被保険者|世帯主|保護者|"
                           r"患者|契約者|名義人|受診者|児童|生徒|本人|入居者|受給者|被害者|通報者|"
                           # (a person's role as an English key: "child": "大朏 蒼", holder="EMILY R. WATANABE"; a Latin
                           # value needs two words there — "owner": "Admin" is an account)
                           r"(?P<role>(?i:child|(?:card|account)?[_-]?holder|patient|applicant|guardian|parent|resident|"
                           r"student|pupil|tenant|victim|customer|insured|payee|beneficiary|employee|elector|voter|caller|requester|"
                           r"recipient|member|visitor|participant|respondent|donor|payer|purchaser|buyer|subscriber)(?:[_-]?name)?|(?P<plain>(?i:name))))[\"']?[ \t]*[:=][ \t]*"
                           # (a kintone record wraps each field's value: "申請者":{"value":"千葉 美空"})
                           r"(?:\{[ \t]*[\"']value[\"'][ \t]*:[ \t]*)?[\"'](?P<v>[^\"'\n]{1,20})[\"']")
_KEYED_VALUE_SHAPE = compile_fast(r"[一-龥々〆ヶ]{1,4}(?:[ 　][一-龥々〆ヶぁ-ゖァ-ヺー]{1,6})?|[ぁ-ゖ]{2,6}(?:[ 　][ぁ-ゖ]{2,6})?|"
                                  r"[ァ-ヺ][ァ-ヺー]{1,8}(?:[ 　][ァ-ヺ][ァ-ヺー]{1,8})?|[A-Z][A-Za-z'\-]{1,15}(?:[ ][A-Z][A-Za-z'\-]{1,15})?")


# the end of an office's or a place's name (not 部 or 所, which end surnames: 阿部, 田所)
# (quoted as JSON writes keys, or bare as a JavaScript object does: { name: "青木 トメ", tel: "027-…" })
_CONTACT_KEY_NEAR = compile_fast(r"(?:[\"']|(?<![A-Za-z0-9_.\-/]))(?i:e-?mail|mail|phone|tel|mobile)[\"']?[ \t]*:(?!//)")
_KEYED_ORG_END = compile_fast(r"(?:[市県区課係室局会社店館校]|センター)$")
_KEYED_LATIN_FULL_NAME = compile_fast(r"[A-Z][A-Za-z'\-]+(?:[ ](?:[A-Z]\.|[A-Z][A-Za-z'\-]+|(?:de|da|van|von|der|dos|das|del|la|le|bin|binti)(?=[ ][A-Z]))){1,3}")


# a form's English labels for the parts of a name (Family name: NGUYEN / Given name: VAN THANH)
_EN_NAME_LABEL = compile_fast(r"(?i:family[ ]name|given[ ]names?|surname|first[ ]name|last[ ]name|full[ ]name|middle[ ]name)"
                              r"[ \t]*[:：][ \t]*(?P<v>[A-Z][A-Za-z'\-]+(?:[ ][A-Z][A-Za-z'\-]+){0,3})(?![A-Za-z])")


def keyed_names(doc: Document) -> list[_Name]:
    text = doc.text
    only_common = getattr(doc._analyser, "is_only_common_word", None)
    out: list[_Name] = []
    for m in (_EN_NAME_LABEL.finditer(text) if "name" in doc.lower else ()):
        v = m.group("v")
        # (not on a page shown as a sample: "a sample passport data page … Surname: DOE", "… on the sample form")
        if v.lower() not in _EN_LABEL_NOT_NAME and not _EN_SAMPLE_NEAR.search(text, max(0, m.start() - 120), m.end() + 60):
            out.append(_Name(m.start("v"), m.end("v"), v, "", "table_key_value", {"kv_value": True}))
    logged = list(_LOGGED_NAME.finditer(text)) if "=" in text and "name" in doc.lower else []
    logged += list(_LOGGED_KANA.finditer(text)) if "=" in text and ("kana" in doc.lower or "yomi" in doc.lower) else []
    for m in logged:
        if not _EN_SAMPLE_NEAR.search(text, max(0, m.start() - 120), m.end() + 60):
            out.append(_Name(m.start("v"), m.end("v"), m.group("v"), "", "table_key_value", {"kv_value": True}))
    for m in (_KEYED_READING.finditer(text) if "kana" in doc.lower or "yomi" in doc.lower or "furigana" in doc.lower else ()):
        if not _EN_SAMPLE_NEAR.search(text, max(0, m.start() - 120), m.end() + 60):
            out.append(_Name(m.start("v"), m.end("v"), m.group("v"), "", "table_key_value", {"kv_value": True}))
    for m in (_KEYED_NAME.finditer(text) if "\"" in text or "'" in text else ()):
        v = m.group("v")
        # (a word the dictionary knows only as a common word is a value of another kind: "last": "更新")
        if m.group("plain") and not (_CONTACT_KEY_NEAR.search(text, max(0, m.start() - 200), m.end() + 200)
                                     and not _EN_SAMPLE_NEAR.search(text, max(0, m.start() - 200), m.end() + 60)):
            continue  # (a bare "name" key is a person's only in a record that also keys a mail or a phone, not a sample's)
        if (m.group("role") or m.group("plain")) and v.isascii():
            if _KEYED_LATIN_FULL_NAME.fullmatch(v) and not any(w.capitalize() in _EN_STOP or w.capitalize() in _EN_NOT_NAME
                                                               for w in v.split()):
                out.append(_Name(m.start("v"), m.end("v"), v, "", "table_key_value", {"kv_value": True}))
            continue
        if _KEYED_ORG_END.search(v):
            continue  # "applicant": "前橋市", "recipient": "総務課": an office or a place, not a person
        if _KEYED_VALUE_SHAPE.fullmatch(v) and not (only_common and not v.isascii() and only_common(v)):
            a, b = m.span("v")
            out.append(_Name(a, b, v, "", "table_key_value", {"kv_value": True}))
    return out


# a name's reading in kana, two words, as the value of a reading key ({"name": "六本木 大和", "kana": "ろっぽんぎ やまと"})
_KEYED_READING = compile_fast(r"(?<![A-Za-z0-9_.\-])[\"']?(?i:kana|yomi|furigana|kana[_-]?name|name[_-]?kana)[\"']?[ \t]*[:=][ \t]*[\"']"
                              r"(?P<v>[ぁ-ゖー]{2,6}[ 　][ぁ-ゖー]{1,6}|[ァ-ヺー]{2,8}[ 　][ァ-ヺー]{1,8})[\"']")


# … and unquoted, as a log line or a query string writes it (name=Mogami Kazuki kana=… / ?shimei=最上 一樹&tel=…):
# the value runs to the next key or the line's end; two words at least (name=Submit is a form's button)
_LOGGED_NAME = compile_fast(r"(?<![A-Za-z0-9_.\-])(?i:name|full[_-]?name|shimei|simei|namae|kanji[_-]?name)=(?P<v>"
                            r"[A-Z][A-Za-z'\-]+(?:[ +][A-Z][A-Za-z'\-]+){1,3}|[一-龥々〆ヶ]{1,4}[ 　+][一-龥々〆ヶぁ-ゖァ-ヺー]{1,6})"
                            r"(?=[ \t&;,]|$)", re.M)


# … and the reading of a name the same way, in Latin letters or kana (?kana=sekiguchi+ren&tel=…)
_LOGGED_KANA = compile_fast(r"(?<![A-Za-z0-9_.\-])(?i:kana|furigana|yomi|kana[_-]?name|name[_-]?kana)=(?P<v>"
                            r"[A-Za-z]{2,12}[ +][A-Za-z]{1,12}|[ァ-ヺー]{2,8}[ 　+][ァ-ヺー]{1,8}|[ぁ-ゖー]{2,8}[ 　+][ぁ-ゖー]{1,8})"
                            r"(?=[ \t&;,]|$)", re.M)


# (not example.jp in an e-mail address on the line: a domain, not a sample word)
_EN_SAMPLE_NEAR = compile_fast(r"(?i:\b(?:sample|example|dummy|specimen|fictitious|made[ -]up)\b(?![.\-][a-z]))|記入例|見本|サンプル|架空")
# (what a form's instructions put after the label instead of a name)
_EN_LABEL_NOT_NAME = frozenset(w.lower() for w in _EN_NOT_NAME | _EN_STOP)


# -- a column of names in kana, whatever its heading ----------------------------------------------
# kid,grp,…⏎いしかわ そうた,ひよこ組,…⏎はやかわ めい,りす組,…: a column whose every filled cell is a name in two
# kana parts (hiragana or katakana) is a column of names, whether its heading says so or not
_KANA_NAME_CELL = compile_fast(r"[ 　\"]*(?P<n>[ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{1,5}|[ァ-ヺ][ァ-ヺー]{1,6}[ 　][ァ-ヺ][ァ-ヺー]{1,6})[ 　\"]*")
_MIN_KANA_NAME_ROWS = 2
# (asked first of the whole text: a space between two kana — searched for by the space, which is rare in
# Japanese prose, not by the kana, which is everywhere)
_SPACE_BETWEEN_KANA = re.compile(r"[ 　](?<=[ぁ-ゖァ-ヺー][ 　])(?=[ぁ-ゖァ-ヺ])")


def kana_name_columns(doc: Document) -> list[_Name]:
    text = doc.text
    if "," not in text and "\t" not in text and "|" not in text:
        return []
    kana, latin = _SPACE_BETWEEN_KANA.search(text) is not None, _LATIN_CELL_HINT.search(text) is not None
    if not (kana or latin):
        return []
    # (katakana words all have a 人名 reading in the dictionary too, so for them any common-noun entry counts;
    # a hiragana word must be known only as a common word: おの is a name too, りんご is not)
    analyser = doc._analyser
    is_common = None
    if hasattr(analyser, "is_common_noun"):
        def is_common(word: str) -> bool:
            return analyser.is_common_noun(word) if _KATAKANA.match(word) else analyser.is_only_common_word(word)
    out: list[_Name] = []
    pos = 0
    block: list[tuple[int, list[str]]] = []  # (offset of the line, its cells) of a run of rows
    delim = None
    for line in text.split("\n") + [""]:
        d = next((c for c in ("\t", "|", ",") if c in line), None)
        if d is not None and (d == delim or not block):
            block.append((pos, line.split(d)))
            delim = d
        else:
            out += (_kana_columns_of(block, is_common) if kana else []) + (_latin_columns_of(block) if latin else [])
            block = [(pos, line.split(d))] if d is not None else []
            delim = d
        pos += len(line) + 1
    return out


# a cell that is a name in Latin letters, two or three capitalised words (Tomoko Iizuka, Mohammed Al-Farsi, Trần Văn Hùng)
_LATIN_NAME_CELL = compile_fast(r"[ 　\"]*(?P<n>[A-ZÀ-ÞĀ-ỹ][a-zà-ÿā-ỹ'’\-]+(?:[ ][A-ZÀ-ÞĀ-ỹ][A-Za-zà-ÿā-ỹ'’\-]+){1,2})[ 　\"]*")
_LATIN_CELL_HINT = compile_fast(r"[,\t|][ \"]?[A-ZÀ-ÞĀ-ỹ][a-zà-ÿā-ỹ'’\-]+[ ][A-ZÀ-ÞĀ-ỹ]")
_LATIN_NAME_WORDS = frozenset(JP_GIVEN) | frozenset(JP_SURNAMES) | frozenset(
    w for name in ("person.world_given", "person.world_surnames", "person.western_given", "person.foreign_surnames")
    for w in lexicon.words(name))


def _latin_columns_of(block: list) -> list[_Name]:
    """case_id,hh_head,…⏎C-2231,Tomoko Iizuka,…: a column whose every filled cell is a Latin name, each holding a
    given name or a surname of the name lists, is a column of names whatever its heading says (hh_head)."""
    if len(block) < _MIN_KANA_NAME_ROWS:
        return []
    out: list[_Name] = []
    for ci in range(max(len(cells) for _, cells in block)):
        hits, misses = [], 0
        for off, cells in block:
            if ci >= len(cells) or not cells[ci].strip(" 　\"|"):
                continue
            m = _LATIN_NAME_CELL.fullmatch(cells[ci])
            words = m.group("n").replace("-", " ").split() if m else []
            if m and any(w in _LATIN_NAME_WORDS for w in words) and not any(w in _EN_STOP for w in words):
                start = off + sum(len(c) + 1 for c in cells[:ci]) + m.start("n")
                hits.append((start, start + len(m.group("n")), m.group("n")))
            else:
                misses += 1
        if len(hits) >= _MIN_KANA_NAME_ROWS and misses <= 1:  # (one miss allowed: the column's heading)
            out += [_Name(a, b, v, "", "table_column", {"name_column": True}) for a, b, v in hits]
    return out


# a row a template marks as its example ((れい)ひよこ,サンプル 1,…): not a row of the data
_EXAMPLE_ROW = compile_fast(r"[ 　\"]*[（(](?:例|れい|記入例|見本|サンプル)[）)]")
# a cell of two Latin words in any case (kuribayashi Hana, MOTEGI Sou): a name's romaji beside its kana
_ROMAJI_CELL = compile_fast(r"[ 　\"]*(?P<n>[A-Za-z]{2,15}[ ][A-Za-z]{2,15})[ 　\"]*")


def _kana_columns_of(block: list, is_common) -> list[_Name]:
    if len(block) < _MIN_KANA_NAME_ROWS:
        return []
    out: list[_Name] = []
    width = max(len(cells) for _, cells in block)
    for ci in range(width):
        hits, misses = [], 0
        for off, cells in block:
            if ci >= len(cells) or not cells[ci].strip(" 　\"|") or _EXAMPLE_ROW.match(cells[0]):
                continue
            m = _KANA_NAME_CELL.fullmatch(cells[ci])
            # (goods: every word a dictionary common noun — ｱｲｽ ｺｰﾋｰ, ﾎｯﾄ ﾃｨｰ, りんご ぶどう)
            if m and not (is_common and all(is_common(w) for w in m.group("n").replace("　", " ").split())):
                start = off + sum(len(c) + 1 for c in cells[:ci]) + m.start("n")
                hits.append((start, start + len(m.group("n")), m.group("n")))
            else:
                misses += 1
        # (one miss allowed: the column's heading)
        if len(hits) >= _MIN_KANA_NAME_ROWS and misses <= 1:
            out += [_Name(a, b, v, "", "table_column", {"name_column": True}) for a, b, v in hits]
            out += _romaji_column_beside(block, ci)
    return out


def _romaji_column_beside(block: list, kana_ci: int) -> list[_Name]:
    """The column right before a column of kana names whose every filled cell is two Latin words (Sakurai Yuto,
    kuribayashi Hana): the same names in romaji, however they are capitalised."""
    ci = kana_ci - 1
    if ci < 0:
        return []
    hits, misses = [], 0
    for off, cells in block:
        if ci >= len(cells) or not cells[ci].strip(" 　\"|"):
            continue
        m = _ROMAJI_CELL.fullmatch(cells[ci])
        if m and not any(w.capitalize() in _EN_STOP for w in m.group("n").split()):
            start = off + sum(len(c) + 1 for c in cells[:ci]) + m.start("n")
            hits.append((start, start + len(m.group("n")), m.group("n")))
        else:
            misses += 1
    if len(hits) < _MIN_KANA_NAME_ROWS or misses > 1:
        return []
    return [_Name(a, b, v, "", "table_column", {"name_column": True}) for a, b, v in hits]


# -- a surname and a given name in two adjacent cells, with no heading -----------------------------
# INSERT … VALUES (10482, '根岸', '美和子', …) / a CSV row 根岸,美和子,ネギシ,…: an export that keeps 姓 and
# 名 in columns of their own; both cells must be one token each that the dictionary reads as a surname
# and as a given name (前橋,高崎 are places; 田中,部長 is no pair)
_SPLIT_CELLS = compile_fast(r"(?:(?<=[,(\t])|^)[ \t]*(?P<q>['\"]?)(?P<sei>[一-龥々〆ヶ]{1,4})(?P=q)[ \t]*,[ \t]*"
                            r"(?P<q2>['\"]?)(?P<mei>[一-龥々〆ヶぁ-ん]{1,4}|[ァ-ヺ][ァ-ヺー]{1,5})(?P=q2)(?=[ \t]*(?:[,)\t]|$))", re.M)


def split_name_cells(doc: Document, toks: list) -> list[_Name]:
    text = doc.text
    if "," not in text:
        return []
    out: list[_Name] = []
    starts = None
    for m in _SPLIT_CELLS.finditer(text):
        if starts is None:
            starts = [t.start for t in toks]
        a, b = m.span("sei")
        c, d = m.span("mei")
        i, j = bisect_left(starts, a), bisect_left(starts, c)
        # (a given name in katakana, as old ledgers write women's names — 樋口,ヨシエ —: its own cell after a tagged surname)
        kata = _KATAKANA.fullmatch(m.group("mei")) is not None
        if i < len(toks) and j < len(toks) and toks[i].end == b and _is_sei(toks[i]) \
                and (kata and m.group("mei") not in KATAKANA_NOT_NAME or toks[j].end == d and _is_mei(toks[j])):
            out.append(_Name(a, d, m.group("sei"), m.group("mei"), "split_cells", {"split_cells": True}))
    return out


_MD_RULE_ROW = compile_fast(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|")


def _key_value_row(lines, i, delim, cells, cols) -> bool:
    """| 氏名 | SHRESTHA BIKASH |: a label/value row of a two-column table, not a header row. A
    header row is a table's first line; a label row is inside the table, or the cell next to
    the label is a value (not another column heading)."""
    right = [c for c in cells[cols[0] + 1:] if c]
    filled = [c for c in cells if c]
    if i + 1 < len(lines) and _MD_RULE_ROW.match(lines[i + 1]):
        return False  # (| Name | Dept | above |---|---|: a Markdown table's header row)
    if i > 0 and lines[i - 1].count(delim) >= 1 and lines[i - 1].strip():
        # (inside a table, but a row of headings all the same: 氏名⇥フリガナ⇥生年月日⇥続柄 under 世帯主 in a blank form)
        return not (len(filled) >= 3 and right and (right[0] in _NAME_HEADERS or _HEADER_LIKE.search(right[0])))
    return len(filled) == 2 and bool(right) and not _HEADER_LIKE.search(right[0])


def _key_value_names(line: str, offset: int, delim: str, cols) -> list[_Name]:
    out: list[_Name] = []
    parts = line.split(delim)
    pos = [0]
    for part in parts:
        pos.append(pos[-1] + len(part) + 1)
    for ci in cols:
        vi = next((j for j in range(ci + 1, len(parts)) if parts[j].strip()), None)
        if vi is None:
            continue
        raw = parts[vi]
        m = _KV_VALUE.match(raw)
        if not m:
            continue
        val = m.group("n")
        if not _kv_name_like(val):
            continue
        for g in ("n", "r"):
            if m.group(g):
                s = offset + pos[vi] + m.start(g)
                out.append(_Name(s, s + len(m.group(g)), val, "", "table_key_value",
                                 {"kv_value" if g == "n" else "kv_reading": True}))
    return out


def kana_account_names(doc: Document) -> list[_Name]:
    """Account holders written in bank kana (口座名義：ｼﾓﾀﾞ ｹｲｺ, 振込先,ﾔﾏｻﾞｷ ﾀﾛｳ) and katakana
    "surname given" reading pairs that fill a CSV cell. Companies are not persons: a legal-entity
    mark joined to the name (カ)…, ユ)…, …(カ), ｼﾔ)…) or a company word (ショウジ, ケンセツ …)."""
    text = doc.text
    out: list[_Name] = []
    for m in _kana_pairs(text):
        s, e = m.span()
        parts = m.group(0).split(" ")
        label = len(parts) == 3 and _kana_key(parts[0]) in _KANA_LABELS
        if label:  # ﾒｲｷﾞ ﾌｼﾞﾀ ﾐﾁｺ: the label, then the name
            s += len(parts[0]) + 1
            parts = parts[1:]
        ls = text.rfind("\n", max(0, s - 41), s) + 1
        if not (label or _KANA_BANK.search(text, max(ls, s - 40), s)
                or text[s - 1:s] in (",", "\t", "|", "\"", " ")):
            continue  # neither a bank context nor a cell: cheap exit before any normalisation
        keys = [_kana_key(p) for p in parts]
        if any(k in KATAKANA_NOT_NAME or _KANA_COMPANY.search(k) for k in keys):
            continue  # a loanword or a company word: cheap exit before the context look-ups
        window = unicodedata.normalize("NFC", text[max(ls, s - 40):s])
        bank = label or _KANA_BANK.search(window)
        cell = _csv_cell(text, s, e)
        sig = {"bank_holder": bool(bank and (label or _KANA_SLOT_END.search(window) or cell
                                             or _BANK_CONTEXT.search(window))),
               "reading_row": cell and len(parts) == 2 and all(_KANA_READING.fullmatch(k) for k in keys)}
        out.append(_Name(s, e, parts[0], parts[-1], "kana_account", sig, keys=("".join(keys),)))
    for m in _HOLDER_GLUED.finditer(text) if "普通" in text or "当座" in text else ():
        # 普通1847263ﾀｶﾊｼﾐｻｷ: the holder's name in bank kana glued to the account number, as a memo takes it down
        k = _kana_key(m.group("n"))
        if k not in KATAKANA_NOT_NAME and not _KANA_COMPANY.search(k):
            out.append(_Name(m.start("n"), m.end("n"), k, "", "kana_account", {"bank_holder": True}, keys=(k,)))
    return out


_HOLDER_GLUED = compile_fast(r"(?:普通|当座|貯蓄|総合)[ 　]*(?:預金)?[ 　]*[0-9]{6,8}(?P<n>[ァ-ヺ][ァ-ヺー]{3,13})(?![ァ-ヺー])")


def _kana_pairs(text: str):
    """_KANA_ACCOUNT_PAIR matches, found from the spaces before a katakana letter (a pattern
    starting with a look-behind would be tried at every position)."""
    return _matches_from_anchors(text, _SPACE_KATA, _KK_CH, _KK_CH, 11, _KANA_ACCOUNT_PAIR)


def _csv_cell(text: str, s: int, e: int) -> bool:
    """text[s:e] is a whole cell of a CSV/TSV/table row (delimiters on both sides or line ends,
    and at least two delimiters on the line)."""
    lo, hi = max(0, s - 200), min(len(text), e + 200)  # bounded: linear on one-line hostile input
    ls = text.rfind("\n", lo, s) + 1 or lo
    le = text.find("\n", e, hi)
    le = hi if le == -1 else le
    before = text[ls:s].rstrip(" \"")
    after = text[e:le].lstrip(" \"")
    left_ok = not before or before[-1] in ",\t|"
    right_ok = not after or after[0] in ",\t|"
    if not (left_ok and right_ok):
        return False
    line = text[ls:le]
    return max(line.count(","), line.count("\t"), line.count("|")) >= 2


def list_siblings(doc: Document, toks: list, names: list[_Name]) -> list[_Name]:
    """・東海林 美紀（会計）／・薬袋 俊介（書記）, 東海林 美紀（書道の部）、薬袋 俊介（絵画の部）:
    when one item of a list (bullet lines, table/CSV rows, an enumeration joined by 、/・/と) is a
    reported full name, the other items of the same shape are names too. An item must be a
    kanji surname + space + given name (tagged 姓 or 名 by Sudachi, or a kana given name), with
    the same bracket structure as the reported one; 総務課 庶務係, 前橋 公園 are not."""
    text = doc.text
    anchors = [n for n in names if n.score >= ev.BLOCK and _LIST_ITEM.fullmatch(text, n.start, n.end)]
    if not anchors:
        return names
    taken = _Intervals()
    for n in names:
        if n.score >= ev.BLOCK:
            taken.add(n.start, n.end)
    ctx = {"starts": None}
    lines_done: dict = {}
    walked: set = set()
    cells_of: dict = {}  # line start -> {cell start: (index, cell text)}
    extra: list[_Name] = []
    for an in anchors:
        ls = text.rfind("\n", 0, an.start) + 1
        le = text.find("\n", an.end)
        le = len(text) if le == -1 else le
        am = _LIST_ITEM.match(text, an.start)
        if not am or am.end("g") != an.end:
            continue
        has_b = am.group("b") is not None
        cands = _enumeration_items(text, an, ls, le, has_b, lines_done)
        enumerated = len(cands)
        cands += _bullet_items(text, an, am, ls, le, has_b, walked)
        cands += _line_items(text, an, am, ls, le, has_b, walked)
        cands += _table_items(text, an, am, ls, le, walked, cells_of)
        for n_it, it in enumerate(cands):
            a, e = it.start(), it.end("g")
            if a == an.start or taken.overlaps(a, e):
                continue
            nm = _Name(a, e, it.group("s"), it.group("g"), "list_sibling", {"list_sibling": True})
            # (an item enumerated after the name on its line, or one opening a bullet or a line with a colon and a note
            # about that person, as the reported one does: ・阿部 勇：元教員、60代)
            listed = n_it < enumerated or _COLON_AFTER.match(text, it.end()) is not None
            if stages.veto(doc, nm) or not (_kata_item_ok(it) if it.re is _KATA_ITEM else _latin_item_ok(it) if it.re is _LATIN_ITEM
                                            else _sibling_ok(doc, toks, it, ctx, listed) or _kana_sibling_ok(text, an, it)):
                continue
            stages.score(nm)
            taken.add(a, e)
            extra.append(nm)
    if not extra:
        return names
    new = _Intervals()
    for nm in extra:
        new.add(nm.start, nm.end)
    # a weaker reading of the same item (五十嵐 ルナ at warn) gives way to the list's
    return sorted([n for n in names if n.score >= ev.BLOCK or not new.overlaps(n.start, n.end)] + extra,
                  key=lambda n: n.start)


_FORWARD_ITEMS = 20


def _enumeration_items(text: str, an: _Name, ls: int, le: int, has_b: bool, lines_done: dict) -> list:
    """The items of an enumeration (、/・/と) on the anchor's line, with its bracket structure (each line's
    enumerations found once, indexed by their items' starts; each one read at its first anchor — a line may hold
    two: 被害生徒：関口 蒼真。加害とされる生徒：堀越 隼人、植木 大翔)."""
    found = lines_done.get(ls)
    if found is None:
        chains, chain = [], []
        for it in _LIST_ITEM.finditer(text, ls, le):
            if chain and not _LIST_SEP.fullmatch(text, chain[-1].end(), it.start()):
                chains.append(chain)
                chain = []
            chain.append(it)
        if chain:
            chains.append(chain)
        found = lines_done[ls] = (chains, {c.start(): k for k, ch in enumerate(chains) for c in ch})
    chains, at = found
    k = at.get(an.start)
    if k is None:
        # the anchor inside another item's match (同学年 坂爪 大翔、柴 樹: 「同学年 坂爪」 was read as the item): its
        # enumeration read forward from the anchor itself, at most _FORWARD_ITEMS items (a line of thousands of names
        # glued to other words would otherwise be read again from each of them)
        chain = [m] if (m := _LIST_ITEM.match(text, an.start, le)) else []
        while chain and len(chain) < _FORWARD_ITEMS:
            sep = _LIST_SEP.match(text, chain[-1].end(), le)
            nxt = _LIST_ITEM.match(text, sep.end(), le) if sep and sep.end() > chain[-1].end() else None
            if nxt is None:
                break
            chain.append(nxt)
        k = len(chains)
        chains.append(chain)
        for c in chain:
            at.setdefault(c.start(), k)
    best, chains[k] = chains[k], []  # (read once)
    if len(best) < 2:
        return []
    if all("/" in text[a.end():b.start()] for a, b in zip(best, best[1:])):
        # (a group's members split by slashes, a note in brackets after some: 青木 悠真（班長）／飯島 葵／鈴木 心（保健室登校中）)
        return best
    # (the last item's bracket may qualify the whole enumeration: 久米 大雅、設楽 蒼空（同学年）)
    return [it for it in best if (it.group("b") is not None) == has_b
            or (not has_b and it is best[-1] and all(c.group("b") is None for c in best[:-1]))]


def _bullet_items(text: str, an: _Name, am, ls: int, le: int, has_b: bool, walked: set) -> list:
    """The items of the bullet lines around the anchor's line (same bullet, same tail)."""
    cands: list = []
    bm = _LIST_BULLET.match(text, ls)
    if bm and bm.end() == an.start and ("b", ls) not in walked:
        kind = _bullet_kind(bm.group("k"))
        tail = _tail_kind(text, am.end(), le)
        for step in (-1, 1):
            for pos, pe in _neighbour_lines(text, ls, step):
                b2 = _LIST_BULLET.match(text, pos, pe)
                if not b2 or _bullet_kind(b2.group("k")) != kind:
                    break
                walked.add(("b", pos))  # each list is walked once (linear on long lists)
                it = _LIST_ITEM.match(text, b2.end(), pe) or _LATIN_ITEM.match(text, b2.end(), pe)
                if it and (it.group("b") is not None) == has_b and _tail_kind(text, it.end(), pe) == tail:
                    cands.append(it)
    return cands


_COLON_AFTER = re.compile(r"[ 　]*[:：]")


def _line_items(text: str, an: _Name, am, ls: int, le: int, has_b: bool, walked: set) -> list:
    """The neighbouring lines that, like the anchor's, hold a name and nothing else (a list of names one a line,
    no bullets: 「ささき ゆうこ⏎はやし まさと⏎おかだ ちえみ」) — or open with a name and a colon and go on with a note
    about that person (北爪 陽菜：ADHDの診断あり…⏎五十嵐 蒼：通級指導教室に週1回…, katakana names with dots among them)."""
    # (or each line keyed by a number before the name, as a pass list by exam number: 1012　青木 陽向⏎1039　千葉 蒼)
    keyed = bool(text[ls:an.start].strip(" \t　"))
    if keyed and not _NUMBER_KEY.fullmatch(text, ls, an.start):
        return []
    colon = _COLON_AFTER.match(text, am.end(), le) is not None
    # (or each line a row of columns set apart by a wide space, the name first: おかの いちろう　上泉町1102-3　027-268-0412)
    row = not colon and _ROW_GAP.match(text, am.end(), le) is not None
    tail = _tail_kind(text, am.end(), le) if row else ""
    if not colon and not row and text[am.end():le].strip(" \t　"):
        return []
    kind = "c" if colon else "r" if row else "l"
    if (kind, ls) in walked:
        return []
    cands: list = []
    for step in (-1, 1):
        for pos, pe in _neighbour_lines(text, ls, step):
            walked.add((kind, pos))
            key = _NUMBER_KEY.match(text, pos, pe) if keyed else None
            if keyed and key is None:
                break
            lead = key.end() - pos if key else len(text[pos:pe]) - len(text[pos:pe].lstrip(" \t　"))
            it = _LIST_ITEM.match(text, pos + lead, pe) or (_KATA_ITEM.match(text, pos + lead, pe) if colon else None)
            if not it or (it.group("b") is not None) != has_b:
                break
            if row:
                if _ROW_GAP.match(text, it.end(), pe) is None or _tail_kind(text, it.end(), pe) != tail:
                    break
            elif (_COLON_AFTER.match(text, it.end(), pe) is None) if colon else text[it.end():pe].strip(" \t　"):
                break  # (the line goes on differently from the anchor's)
            cands.append(it)
    return cands


_ROW_GAP = compile_fast(r"[ 　\t]+[^ 　\t\n]")  # (one space: the scanner reads 　 as a space)
_NUMBER_KEY = compile_fast(r"[ \t　]*(?:No\.?[ \t]*)?[0-9]{1,6}[.．、:：)）]?[ \t　]+")
# a foreign resident's katakana name with its dots as an item of such a list (ホアン・ミン・クアン：来日1年…)
_KATA_ITEM = compile_fast(r"(?P<s>[ァ-ヺ][ァ-ヺー]{1,7})・(?P<g>[ァ-ヺ][ァ-ヺー]{0,7}(?:・[ァ-ヺ][ァ-ヺー]{0,7}){0,2})(?![ァ-ヺー・])(?P<b>(?!))?")


# a foreign name in Latin letters as a bullet item with a note after a colon, among kanji names (・Kim Jiwoo：日本語N2…)
_LATIN_ITEM = compile_fast(r"(?P<s>[A-Z][a-z]{1,12}|[A-Z]{2,12})[ ](?P<g>[A-Z][a-z]{1,12}(?:-[A-Za-z][a-z]{1,8})?|[A-Z]{2,12})(?=[ 　]*[:：])(?P<b>(?!))?")
_EN_WORDS = frozenset(w.lower() for w in lexicon.words("person.en_stop") + lexicon.words("person.en_not_name"))


def _latin_item_ok(it) -> bool:
    return it.group("s").lower() not in _EN_WORDS and it.group("g").lower() not in _EN_WORDS


def _kata_item_ok(it) -> bool:
    return "・" in it.group(0) and not any(p in KATAKANA_NOT_NAME for p in it.group(0).split("・"))


def _table_items(text: str, an: _Name, am, ls: int, le: int, walked: set, cells_of: dict) -> list:
    """The same cell of the neighbouring table / CSV rows (also the quoted values of an INSERT's rows, the
    last of which ends in ; where the others end in ,). A line's cells are split once (`cells_of`: a line of
    thousands of names, each an anchor, would be split and walked once per anchor)."""
    cands: list = []
    line = text[ls:le]
    delim = next((d for d in ("|", "\t", ",") if d in line), None)
    if delim:
        starts = cells_of.get(ls)
        if starts is None:
            starts = cells_of[ls] = {}
            off = ls
            for idx, c in enumerate(line.split(delim)):
                starts[off + len(c) - len(c.lstrip(_CELL_PAD))] = (idx, c.strip(_CELL_PAD))
                off += len(c) + 1
        ci, cell_text = starts.get(an.start, (None, None))
        if ci is not None and cell_text != text[an.start:am.end()].strip(" 　"):
            ci = None
        if ci is not None and ("t", ci, ls) not in walked:
            width = _row_width(line, delim)
            for step in (-1, 1):
                for pos, pe in _neighbour_lines(text, ls, step):
                    row = text[pos:pe]
                    if _row_width(row, delim) != width:
                        break
                    walked.add(("t", ci, pos))
                    rc = row.split(delim)
                    co = pos + sum(len(x) + 1 for x in rc[:ci])
                    cell = rc[ci]
                    cs = co + len(cell) - len(cell.lstrip(_CELL_PAD))
                    it = _LIST_ITEM.match(text, cs, co + len(cell.rstrip(_CELL_PAD)))
                    if it and it.end() == co + len(cell.rstrip(_CELL_PAD)):
                        cands.append(it)
    return cands


_CELL_PAD = " 　\"'"


def _row_width(row: str, delim: str) -> int:
    """The delimiters of a row, not counting the comma or semicolon that ends a row of values."""
    return row.rstrip(" \t;").rstrip(",").count(delim) if delim == "," else row.count(delim)


def _bullet_kind(k: str) -> str:
    if k[:1].isdigit():
        return "1" + ("" if k[-1].isdigit() else k[-1])
    if k[:1] in "（(":
        return "(1)"
    if "①" <= k <= "⑳":
        return "①"
    return k


def _tail_kind(text: str, pos: int, end: int) -> str:
    rest = text[pos:end].strip(" 　\t")
    if not rest:
        return ""
    c = rest[0]
    if c.isdigit():
        return "0"
    if _KANA_KANJI.match(c):
        return "w"
    return c


# a name written all in hiragana or all in katakana, family name and given name apart (もりた かね, おかの いちろう)
_KANA_PAIR = compile_fast(r"[ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{1,4}|[ァ-ヺ][ァ-ヺー]{1,5}[ 　][ァ-ヺ][ァ-ヺー]{0,4}")


_NOT_KANA_NAME_PART = NOT_GIVEN | _KANA_NOT_GIVEN | KATAKANA_NOT_NAME | _SLOT_SET | _ROLE_SET | _SHAPE_NOT_GIVEN


def _kana_sibling_ok(text: str, an, it) -> bool:
    """An item written in kana the way the reported name beside it is (もりた かね after すがわら まつ in a roster of old
    people written in hiragana): the dictionary reads little of such names, the list's shape says what they are."""
    item = text[it.start("s"):it.end("g")]
    if not (_KANA_PAIR.fullmatch(text, an.start, an.end) and _KANA_PAIR.fullmatch(item)):
        return False
    if ("ぁ" <= item[0] <= "ゖ") != ("ぁ" <= text[an.start] <= "ゖ"):
        return False  # (one script for the list: a hiragana item beside a katakana name is something else)
    return it.group("s") not in _NOT_KANA_NAME_PART and it.group("g") not in _NOT_KANA_NAME_PART


def _sibling_ok(doc: Document, toks: list, it, ctx: dict, enumerated: bool = False) -> bool:
    """An item of a list of names: the surname and the given name are whole tokens, the surname
    is not an organisation/place word, one part is tagged 姓/名 (or the given name is kana). An item
    enumerated after a reported name on its line (生徒：門倉 大雅、新貝 琉生) may be two kanji words the
    dictionary does not tag at all: a space inside a 、-list beside a name is how names are written, not words."""
    sei, g = it.group("s"), it.group("g")
    if (_ORG_END.search(g) or g in NOT_GIVEN
            or sei in NOT_GIVEN or sei in _SLOT_SET or sei in _ROLE_SET or g in _ROLE_SET or g in _SLOT_SET
            or sei in _SHAPE_NOT_GIVEN or g in _SHAPE_NOT_GIVEN or g in KATAKANA_NOT_NAME or g in _KANA_NOT_GIVEN):
        return False
    if ctx["starts"] is None:
        ctx["starts"] = [t.start for t in toks]
    starts = ctx["starts"]
    a, sp, gs, ge = it.start("s"), it.end("s"), it.start("g"), it.end("g")
    i = bisect_left(starts, a)
    k = bisect_left(starts, gs, i)
    j = bisect_left(starts, ge, k)
    if i >= len(toks) or starts[i] != a or k >= len(toks) or starts[k] != gs or k - 1 <= i \
            or not _is_space(toks[k - 1]) or toks[k - 2].end != sp or (j < len(toks) and starts[j] != ge):
        return False
    sur, giv = toks[i:k - 1], toks[k:j]
    if not sur or not giv:
        return False
    if _ORG_END.search(sei) and not (len(sur) == 1 and _is_sei(sur[0])):
        return False  # (総務部 庶務係 is an office; 阿部, 服部, 矢田部 the dictionary knows as surnames)
    mei_tag = any(_is_mei(t) for t in giv)
    # (a surname that is also a verbal noun, 鍛冶 琉之介, counts in a 、-list when its given name is tagged one)
    # (a one-kanji tail after a tagged given-name part is the name's second character, not a counter: 優+斗)
    tails = {id(b) for a, b in zip(giv, giv[1:]) if _is_mei(a) and len(b.surface) == 1}
    if enumerated and len(sur) == 1 and _is_sei(sur[0]) and len(giv) == 2 and len(g) <= 3 and len(giv[-1].surface) == 1:
        # (… and after a tagged surname, in a list beside a name, a given name cut into a word and one kanji the
        # dictionary reads as a counter: 山口 湊+斗)
        tails.add(id(giv[-1]))
    if any(t.pos[2] in ("副詞可能", "サ変可能", "助数詞", "助数詞可能") or t.pos[1] == "数詞"
           for t in (giv if enumerated and mei_tag else sur + giv) if not (_is_sei(t) or _is_mei(t) or id(t) in tails)):
        return False
    # (a surname Sudachi tags as a given name, 茂木 正則, is a person's name part all the same)
    sei_tag = len(sur) == 1 and (_is_sei(sur[0]) or _is_mei(sur[0]))
    kana = re.fullmatch(r"(?:[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,5})(?:子|江|代|枝|美|恵|乃|世)?", g) is not None
    if any(t.is_place_name for t in giv) and not mei_tag and not (enumerated and len(sur) == 1 and _is_sei(sur[0])):
        return False  # (a place as the given name counts after a tagged surname in a list beside a name: 三浦 武蔵)
    # (a surname that is also a place, 奈良 由美 — Sudachi tags 由美 a surname too: both words a place or a
    # name, in the same cell as a reported name's, are a name)
    place_and_name = (len(sur) == 1 and sur[0].is_place_name and all(t.pos[2] == "人名" for t in giv))
    # (a given name Sudachi does not know, 蒼空, 陽向, after a surname it tags, beside a reported name: the
    # roles and slot words that follow surnames were refused above)
    kanji_given = 1 <= len(g) <= 3 and all(_KANJI.match(ch) is not None for ch in g)
    unknown_pair = (enumerated and kanji_given and len(sur) == 1 and len(sei) <= 3 and _KANJI.match(sei) is not None
                    and not (sur[0].is_place_name and len(g) > 1))  # (a town and a town is no name: 前橋 高崎)
    # (a place the dictionary also knows as a family name, 千葉 蒼, 1039　千葉 蒼 among 1012　青木 陽向 …: a short given name after it)
    also_name = getattr(doc._analyser, "is_also_person_name", None)
    place_surname = (len(sur) == 1 and sur[0].is_place_name and also_name is not None and also_name(sei)
                     and (kana or kanji_given) and not any(t.is_place_name for t in giv))
    return mei_tag or place_and_name or unknown_pair or place_surname or (sei_tag and (kana or kanji_given))
