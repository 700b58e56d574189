"""PERSON, the stages after the candidate paths: vetoes, then the score table.

Every candidate path (service/detectors/person.py and its helpers) only *produces* candidates:
a span, the path's id and the signals it saw around the name (an honorific, a name slot, an age
in brackets, personal data near …). This module then judges every candidate the same way:

1. **vetoes** — each veto is a named predicate on (document, candidate) saying why a name is not
   a private person's (a placeholder, a sample form, a public figure, a public official acting
   in office, fiction …). `VETO_ORDER` is the one order they are tried in; `PATH_VETOES` says,
   per path, which vetoes judge its candidates and which signals exempt a candidate from each
   (a name slot before a famous name still names somebody). Order changes only the cost, never
   the outcome: a veto drops the candidate.
2. **score** — `evidence.PERSON_PATH_SCORES` maps a path's signals to a score and a reason id
   (the first rule whose signal is present wins; boosts add on top).

Reasons are ids (labels.REASONS, Japanese there only); `render` joins them for the finding.
"""
from __future__ import annotations

import re

from bisect import bisect_left, bisect_right
from typing import Callable, Optional

from ..labels import REASONS
from . import evidence as ev
from .base import NOT_A_SAMPLE_AFTER, Document
from .fastre import compile_fast, literal_alternation
from .signals import REAL_SAID, under_sample_heading
from .. import lexicon
from .person_base import (
    _CAPACITY_CAP, author_of_record, for_publication, named_for_publication, _own_data_beside, _fictional, _FICTIONAL_HEAD, _FICTIONAL_HEAD_CHARS, _history_document, _kana_company, _LazySentence, _made_up, _Name, _PLACEHOLDER,
    _PUBLIC_CONTEXT_EN, _public_capacity, _scholar_or_speaker, _public_figure_at, _published_record, _public_official, _reading_of_capped, _private_matter_of, _SAMPLE_CONTEXT, _SAMPLE_CONTEXT_EN,
    _sample_name, _SAMPLE_NAMES, _SAMPLE_ROMAJI, PUBLIC_CONTEXT, PUBLIC_FIGURES,
)


# -- 1. the vetoes -------------------------------------------------------------------------------
def _sentence_of(doc: Document, c: _Name) -> _LazySentence:
    """The candidate's sentence, cut once for all the vetoes that read it."""
    if c.sentence is None:
        c.sentence = _LazySentence(doc, c.start, c.end)
    return c.sentence


def placeholder(doc: Document, c: _Name) -> bool:
    """A placeholder instead of a name (〇〇 〇〇, ＊＊, [氏名], 氏名), or a name its label calls made up."""
    # on the span and on the name as the path spelled it (^…$ anchors: on the strings themselves)
    return any(_PLACEHOLDER.search(k) for k in (doc.text[c.start:c.end],) + c.keys) or _made_up_label(doc, c)


# a label that says the name after it is invented (架空の名前：Nguyen Van A, 仮の氏名: 赤城 次郎)
_MADE_UP_LABEL = re.compile(r"(?:架空|仮|ダミー|サンプル|見本|例)の?(?:名前|氏名|人物名?|住民名?)[ 　]*[:：=][ 　]*$")


def _made_up_label(doc: Document, c: _Name) -> bool:
    return _MADE_UP_LABEL.search(doc.text, max(0, c.start - 14), c.start) is not None


def sample_form(doc: Document, c: _Name) -> bool:
    """A listed sample name (前橋 花子) with a sample word (記入例, 架空 …) in its sentence or before it."""
    text = doc.text
    return any(k in _SAMPLE_NAMES for k in c.keys) and bool(
        _sentence_of(doc, c).search(_SAMPLE_CONTEXT)
        or _SAMPLE_CONTEXT.search(text, max(0, c.start - 200), c.start))


def sample_row(doc: Document, c: _Name) -> bool:
    """A row of a sample form: a listed sample name (前橋 花子) on the candidate's line."""
    text = doc.text
    ls = text.rfind("\n", 0, c.start) + 1
    le = text.find("\n", c.end)
    row = text[ls:le if le != -1 else len(text)].replace(" ", "")
    return any(n in row for n in _SAMPLE_NAMES)


# a sample mark (記入例, 見本, ダミー …) as a word of its own (base.NOT_A_SAMPLE_AFTER)
_SAMPLE_WORDS = literal_alternation(lexicon.words("sample.marks"))
_SAMPLE_MARK = compile_fast("(?:" + _SAMPLE_WORDS + ")" + NOT_A_SAMPLE_AFTER)
# … as a label of the line (※見本です, （記入例）, 【サンプル】, 記入例：) — not the document a request
# is about (「受付票の記入例を直して。通告児童：…」 quotes a real case to rework)
_SAMPLE_LABEL = compile_fast("[※＊*（(【\\[＜<〈][ 　]*(?:" + _SAMPLE_WORDS + ")|(?:" + _SAMPLE_WORDS
                             + ")(?:です|[ 　]*[）)】\\]＞>〉:：]|[ 　]*$)")

_SAMPLE_LINE_REACH = 60
_LINE_BREAK = compile_fast("\n")


def sample_line(doc: Document, c: _Name) -> bool:
    """A name on a line that says it is a sample (氏名：赤城 はるな ※見本です), or in the block under a
    short sample heading (【記入例】): a form's specimen, however unlisted the made-up name."""
    text = doc.text
    has = getattr(doc, "_mamori_sample_mark", None)
    if has is None:
        # (asked once per text: most texts hold no sample mark, and this veto is asked of every name)
        has = doc._mamori_sample_mark = _SAMPLE_MARK.search(text) is not None  # type: ignore[attr-defined]
    if not has:
        return False
    lo = max(0, c.start - _SAMPLE_LINE_REACH)
    ls = text.rfind("\n", lo, c.start) + 1 or lo
    le = text.find("\n", c.end, c.end + _SAMPLE_LINE_REACH)
    # (within a reach of the name: a one-line export of thousands of names is asked once per name)
    if _SAMPLE_LABEL.search(text, ls,
                            le if le != -1 else min(len(text), c.end + _SAMPLE_LINE_REACH)):
        return True
    if ls == lo and lo:
        return False  # no line start within reach: no heading right above either
    return under_sample_heading(text, ls)


_CAPITALISED = re.compile(r"[A-Z][a-z]+")


def sample_romaji(doc: Document, c: _Name) -> bool:
    """A listed sample romaji name (Taro Yamada) introduced as an example (例：, e.g., sample …) — or one
    part of it, with the other part near (family="Yamada", given="Taro")."""
    if _made_up_label(doc, c):
        return True
    key = c.keys[0].lower()
    near = doc.text[max(0, c.start - 60):c.end + 60]
    if key not in _SAMPLE_ROMAJI and not any(key + w.lower() in _SAMPLE_ROMAJI or w.lower() + key in _SAMPLE_ROMAJI
                                             for w in _CAPITALISED.findall(near)):
        return False
    # (or at the text's head: 「*** SAMPLE — FOR TRAINING PURPOSES ONLY ***」 over a report card)
    return (_SAMPLE_CONTEXT_EN.search(doc.text, max(0, c.start - 60), c.end + 60) is not None
            or _SAMPLE_CONTEXT_EN.search(doc.text, 0, _SAMPLE_HEAD_CHARS) is not None)


_SAMPLE_HEAD_CHARS = 200


def organisation(doc: Document, c: _Name) -> bool:
    """An organisation, a place or a family: an organisation word or a suffix right after (鈴木建設, 佐藤家)."""
    return bool(c.sig.get("org"))


def kana_company(doc: Document, c: _Name) -> bool:
    """A company's katakana name: a legal-entity mark joined to it (カ)…, …(カ) or a company word in it."""
    return _kana_company(doc.text, c.start, c.end)


def public_official(doc: Document, c: _Name) -> bool:
    """A holder of public office named in their office (市長の…, …知事) — unless the sentence tells a
    private matter of theirs (…議員が脳梗塞で入院中): then the name is that person's, office or not."""
    return _public_official(doc.text, c.start, c.end) and not _private_matter_of(doc, c.start, c.end)


def loanword_role(doc: Document, c: _Name) -> bool:
    """A katakana loanword the dictionary holds as a common noun too (ベンダー, メーカー, ヘルパー), alone before
    さん: a business partner or a role said politely (ベンダーさんの打合せ), not somebody's surname."""
    word = doc.text[c.start:c.end]
    also_common = getattr(doc._analyser, "is_also_common_word", None)
    return (also_common is not None and len(word) >= 3 and "ー" in word and _KATAKANA_WORD.fullmatch(word) is not None
            and doc.text.startswith("さん", c.end) and also_common(word))


_KATAKANA_WORD = compile_fast(r"[ァ-ヺー]+")


def historical_family(doc: Document, c: _Name) -> bool:
    """A relation word as the slot (妻, 長男) in a history/culture sentence: a historical family."""
    return bool(c.sig.get("relation_slot")) and _sentence_of(doc, c).search(PUBLIC_CONTEXT) is not None


def role_noun(doc: Document, c: _Name) -> bool:
    """A word for a party the analyser split into a name (申+立人 for 申立人): the text less its last letter 人 or
    者 is a word the dictionary holds only as a common noun (申立, 相談, 依頼), so the whole is that party's noun."""
    if c.end - c.start < 3 or doc.text[c.end - 1] not in "人者":
        return False  # (asked of every name: the cheap test first)
    word = doc.text[c.start:c.end]
    only_common = getattr(doc._analyser, "is_only_common_word", None)
    return only_common is not None and " " not in word and "\u3000" not in word and only_common(word[:-1])


def dictionary_name(doc: Document, c: _Name) -> bool:
    """A name Sudachi's dictionary holds as one 人名 token (徳川家康): a famous person's."""
    return c.kind == "whole"


def public_figure(doc: Document, c: _Name) -> bool:
    """A listed public or historical figure (service/lexicon/public_figures.txt). (A path that
    already looked it up, for its own signals, says so in the signal "figure".)"""
    if "figure" in c.sig:
        return bool(c.sig["figure"])
    return any(k in PUBLIC_FIGURES for k in c.keys) or _public_figure_at(doc.text, c.start)


def public_context(doc: Document, c: _Name) -> bool:
    """Public or historical context words in the sentence (小説, 歴史, 時代 …) — not for a name that is a string
    value in a formula or code (=VLOOKUP("長谷部 恵美",…)): a value of the data, whatever the sentence says."""
    if doc.text[c.start - 1:c.start] == '"' and doc.text[c.end:c.end + 1] == '"':
        return False
    sentence = _sentence_of(doc, c)
    if sentence.search(PUBLIC_CONTEXT) is None:
        return False
    # (a context word inside a name says nothing of its sentence: 大河原 蓮 holds 大河)
    return any(not _inside_a_name_token(doc, sentence.offset + m.start(), sentence.offset + m.end())
               for m in PUBLIC_CONTEXT.finditer(sentence.text))


def _inside_a_name_token(doc: Document, start: int, end: int) -> bool:
    toks = doc.tokens
    k = bisect_right(doc.token_starts, start) - 1
    return 0 <= k < len(toks) and toks[k].end >= end and toks[k].pos[2] == "人名"


def public_context_en(doc: Document, c: _Name) -> bool:
    """English public-context words near a romaji name (novel, player, famous, century …)."""
    return _PUBLIC_CONTEXT_EN.search(doc.text, max(0, c.start - 120), c.end + 120) is not None


def history_document(doc: Document, c: _Name) -> bool:
    """A local-history or culture text: several distinct history words anywhere in it."""
    return _history_document(doc)


def table_heading(doc: Document, c: _Name) -> bool:
    """A katakana pair on a table's heading line (ﾋﾝﾒｲ  ｽｳﾘﾖｳ ﾀﾝｲ  ﾀﾝｶ ⏎ ｺﾋﾟｰﾖｳｼ A4  50 … ⏎ ﾄﾅｰ …  12 …): a line with
    no digit over two rows with figures names the columns — a person's row carries its own numbers."""
    if c.kind != "katakana":
        return False
    text = doc.text
    ls, le = text.rfind("\n", 0, c.start) + 1, text.find("\n", c.end)
    if le < 0 or any(ch.isdigit() for ch in text[ls:le]):
        return False
    # (the next two lines, found in place: a roster's rest is not copied for each name)
    first_end = text.find("\n", le + 1)
    if first_end < 0:
        return False
    second_end = text.find("\n", first_end + 1)
    rows = (text[le + 1:first_end], text[first_end + 1:second_end if second_end >= 0 else len(text)])
    return all(any(ch.isdigit() for ch in row) for row in rows)


def fictional(doc: Document, c: _Name) -> bool:
    """Names said to be made up (仮名, 例文 …) in the sentence, or a sample word right next to the name."""
    return _fictional(doc, _sentence_of(doc, c), c.start, c.end)




def declared_fiction(doc: Document, c: _Name) -> bool:
    """The text's head declares what follows made up (【研修用ロールプレイ（架空）】, 台本, 例文を英訳して): its characters,
    with their slots and ages (長男 森田 はると（4歳）), are nobody's — unless the text says its material is real."""
    return _FICTIONAL_HEAD.search(doc.text, 0, _FICTIONAL_HEAD_CHARS) is not None and REAL_SAID.search(doc.text) is None


# SQL and programming words in what a path took for a name (ID INT IDENTITY, NULL, VARCHAR): a column
# definition or a line of code under a 氏名 heading is no one's name
_CODE_WORDS = compile_fast(r"(?<![A-Za-z])(?:INT|INTEGER|BIGINT|SMALLINT|TINYINT|N?VARCHAR2?|N?CHAR|TEXT|DATETIME|"
                           r"TIMESTAMP|DECIMAL|NUMERIC|BOOLEAN|BOOL|FLOAT|NULL|NOT|PRIMARY|KEY|IDENTITY|DEFAULT|"
                           r"UNIQUE|REFERENCES|FOREIGN|CREATE|TABLE|SELECT|FROM|WHERE|INSERT|UPDATE|VALUES|ID|"
                           r"AUTO_INCREMENT|SERIAL|String|Integer|None|True|False|null|true|false)(?![A-Za-z])")


# 第…号 joined to the span: a document symbol (前市建第2210号, 前市情第1024号), which Sudachi may split
# into a surname and a given name
_DOCUMENT_NUMBER_AFTER = compile_fast(r"第[0-9０-９一二三四五六七八九十百千]+号")


def document_symbol(doc: Document, c: _Name) -> bool:
    """The span is the symbol of a document number: 第…号 follows it with nothing between."""
    return _DOCUMENT_NUMBER_AFTER.match(doc.text, c.end) is not None


# a book's number on the line (ISBN 978-4-03-328010-1, ISBN978…): the names on it are its authors, published
_ISBN = compile_fast(r"ISBN(?:-1[03])?[ :：]?[0-9]")


def published_work(doc: Document, c: _Name) -> bool:
    """The name is on a line that gives a book's ISBN (はらぺこあおむし（エリック・カール） ISBN 978-…): an author."""
    text = doc.text
    if "ISBN" not in text:
        return False
    ls = text.rfind("\n", 0, c.start) + 1
    le = text.find("\n", c.end)
    return _ISBN.search(text, ls, le if le != -1 else len(text)) is not None


def code_identifier(doc: Document, c: _Name) -> bool:
    """A code or SQL word in the span (ID INT IDENTITY, NOT NULL): a column definition, not a name."""
    return _CODE_WORDS.search(doc.text, c.start, c.end) is not None


VETO_ORDER: tuple[Callable[[Document, _Name], bool], ...] = (
    code_identifier,
    document_symbol,
    placeholder,
    sample_form,
    sample_row,
    sample_line,
    sample_romaji,
    organisation,
    kana_company,
    public_official,
    loanword_role,
    role_noun,
    historical_family,
    dictionary_name,
    public_figure,
    public_context,
    public_context_en,
    history_document,
    table_heading,
    fictional,
    declared_fiction,
    published_work,
)

# the signals that say a morphology candidate is a private person's (a slot, personal data, a private
# bracket, a role word joined by の, a private honorific)
_PRIVATE = ("slot", "pii", "private_br", "role", "private_honor")
_KATAKANA_FOREIGN = {"kana_company": (), "public_figure": ("slot", "pii", "nation"),
                     "public_context": ("slot", "pii", "nation", "private_honor"), "fictional": ("slot", "pii"),
                     "published_work": ("slot", "pii")}
# path -> {veto name: the signals that exempt a candidate of that path from the veto}. A veto not
# listed for a path does not judge that path's candidates.
PATH_VETOES: dict[str, dict[str, tuple[str, ...]]] = {
    # names from Sudachi's tokens: 姓+名, a surname or a given name alone, katakana pairs (PersonDetector._kanji_kana_names)
    "morphology": {"document_symbol": (), "placeholder": (), "sample_form": (), "sample_line": ("pii",), "organisation": ("honor",), "public_official": ("pii",),
                   "loanword_role": ("slot", "pii"), "role_noun": (),
                   "historical_family": ("pii", "private_br", "private_honor"),
                   "dictionary_name": _PRIVATE, "public_figure": ("slot", "pii", "private_br", "private_fact"),
                   "public_context": _PRIVATE + ("kind_given", "kind_whole", "kind_katakana"),
                   "history_document": _PRIVATE + ("kind_katakana",), "table_heading": _PRIVATE,
                   "fictional": ("slot", "pii", "private_fact"), "declared_fiction": ("pii",), "published_work": ("slot", "pii")},
    # 会長 六本木 剛 / 担当 東海林 隼人 (PersonDetector._shape_names)
    # (a name known only by its reading in a bracket is judged by its text too: a lecturer's published profile)
    "shape": {"document_symbol": (), "sample_form": (), "sample_line": ("pii",), "public_official": ("slot",), "public_figure": ("slot",),
              "public_context": ("slot", "honor", "role", "named_as"), "published_work": ("slot",)},
    # 鷲尾 ヨシ子さん / 被保険者 國定 てる (person_kana.kana_given_names)
    "kana_given": {"placeholder": (), "sample_line": ("pii",), "historical_family": ("pii", "private_br", "honor"),
                   "public_official": ("slot", "pii", "private_br"), "public_figure": ("slot", "pii", "private_br"),
                   "fictional": ("slot", "pii", "private_br"), "declared_fiction": ("pii",), "published_work": ("slot", "pii")},
    # グエン・ティ・ラン / マリア サントス (person_kana.foreign_katakana)
    "katakana_dotted": _KATAKANA_FOREIGN,
    "katakana_spaced": _KATAKANA_FOREIGN,
    # 口座名義：ｼﾓﾀﾞ ｹｲｺ / a CSV cell シモダ ケイコ (person_tables.kana_account_names)
    "kana_account": {"kana_company": (), "public_figure": ()},
    # the cells under a column headed 氏名, the value next to a 氏名 label (person_tables.table_names)
    "table_column": {"code_identifier": (), "placeholder": (), "sample_row": (), "public_figure": ()},
    "table_key_value": {"code_identifier": (), "placeholder": (), "sample_line": ("pii",), "sample_romaji": ()},
    "split_cells": {"placeholder": (), "sample_row": (), "sample_line": (), "sample_romaji": (), "public_figure": ()},
    # 蒼（あおい）さん / 長女 蒼（あおい）: a short kanji name with its reading (PersonDetector._reading_names)
    "reading": {"public_official": ("slot", "age"), "public_context": ("slot", "age"), "public_figure": ("slot", "age"),
                "sample_line": ("pii",)},
    # the other items of a list one of whose items is a reported name (person_tables.list_siblings)
    "list_sibling": {"placeholder": ()},
    # 児童名はひなた (person_kana.labelled_kana_names)
    "label_kana": {"placeholder": (), "sample_form": (), "sample_line": (), "fictional": ()},
    "label_value": {"placeholder": (), "sample_form": (), "sample_line": (), "fictional": (), "public_figure": ()},
    # romaji names: after an English context or label (Mr./Dear/From:/account holder …), foreign
    # residents' names, Japanese names in English chats, capitals on cards, SURNAME Given (person_romaji.py)
    # (a role-play's or a fictional dialogue's characters, said at the text's head: nobody's name)
    "romaji_context": {"code_identifier": (), "public_figure": ("slot",), "sample_romaji": (), "fictional": ("slot",)},
    "romaji_foreign": {"code_identifier": (), "public_figure": (), "sample_romaji": (), "fictional": ()},
    "romaji_japanese": {"code_identifier": (), "public_figure": (), "sample_romaji": (), "public_context_en": ("chat",),
                        "fictional": ()},
    "romaji_card": {"code_identifier": (), "sample_romaji": ()},
    "romaji_caps": {"code_identifier": (), "sample_romaji": ()},
    "hangul": {"code_identifier": ()},  # 이서연 씨 (person_romaji._other_script_names)
    "cyrillic": {"code_identifier": ()},  # Смирнова Ольга (person_romaji._other_script_names)
}


# path -> [(veto, exempting signals)] in VETO_ORDER (built once)
_CHAINS = {path: [(fn, rules[fn.__name__]) for fn in VETO_ORDER if fn.__name__ in rules]
           for path, rules in PATH_VETOES.items()}
assert all(len(_CHAINS[p]) == len(r) for p, r in PATH_VETOES.items()), "a veto named in PATH_VETOES is not in VETO_ORDER"


def veto(doc: Document, c: _Name) -> Optional[str]:
    """The name of the first veto that drops the candidate, or None."""
    sig = c.sig
    for fn, exempt in _CHAINS[c.path]:
        for s in exempt:
            if sig.get(s):
                break
        else:
            if fn(doc, c):
                return fn.__name__
    return None


# -- 2. the score table --------------------------------------------------------------------------
def score(c: _Name) -> None:
    """Set c.score and c.why from evidence.PERSON_PATH_SCORES: the path's lead reasons, the first
    rule whose signal the candidate has, then the boosts whose signals it has. No rule: 0."""
    table = ev.PERSON_PATH_SCORES[c.path]
    if "steps" in table:
        _score_steps(c, table)
        return
    rule = next((r for r in table["rules"] if c.sig.get(r[0])), None)
    if rule is None:
        c.score, c.why = 0.0, []
        return
    s = rule[1]
    counted = rule[3] if len(rule) > 3 else None  # the rule's own evidence is not added again
    for signal, boost in table.get("boosts", ()):
        if c.sig.get(signal) and signal != counted:
            s = min(s + boost, ev.PERSON_MAX)
    c.score = s
    c.why = [(rid, c.sig) for rid in table.get("lead", ())] + [(rule[2] or c.sig[rule[0]], c.sig)]


def _score_steps(c: _Name, table: dict) -> None:
    """A table of steps (the morphology path): the kind's base score, then each step whose signal
    the candidate has raises the score to at least its value for the kind ("max") or adds to it
    ("add", capped at PERSON_MAX); each such step adds its reason."""
    s, rid = table["base"].get(c.kind, (0.0, ""))
    why = [(rid, c.sig)] if rid else []
    for signal, op, value, reason in table["steps"]:
        if not c.sig.get(signal):
            continue
        if op == "max":
            s = max(s, value.get(c.kind, value["*"]))
        else:
            s = min(s + value, ev.PERSON_MAX)
        if reason:
            why.append((reason, c.sig))
    c.score, c.why = min(s, ev.PERSON_MAX), why


def judge(doc: Document, names: list[_Name]) -> list[_Name]:
    """The candidates no veto dropped, scored; those no score rule matched are dropped too. A
    candidate's twin span (signal "twin": its reading in brackets) follows it with its score."""
    out = []
    for c in names:
        if veto(doc, c) is None:
            score(c)
            if c.score > 0:
                out.append(c)
                if "twin" in c.sig:
                    a, b = c.sig["twin"]
                    twin = _Name(a, b, c.sei, c.mei, c.kind, c.sig, c.keys)
                    twin.path, twin.score, twin.why = c.path, c.score, c.why
                    out.append(twin)
    return out


# -- after the paths' names are merged (one reading per span): the document-level vetoes -------------
def made_up(doc: Document, c: _Name) -> bool:
    """A district of the city, a sample name near a sample word, a character of a story (_made_up)."""
    return _made_up(doc, c)


def sample_name(doc: Document, c: _Name) -> bool:
    """A placeholder word as the surname (テスト 太郎) or a listed sample name near a sample word."""
    return _sample_name(doc, c)


MERGED_VETOES = (made_up, sample_name)


def judge_merged(doc: Document, names: list[_Name]) -> list[_Name]:
    """The merged names no document-level veto drops; a name in a public or business capacity
    (学校長, 株式会社… 代表取締役, …課 担当：, 総務部長 …) is capped at a warning, and in a text that
    says it is already published it passes. What the rules judged made up is remembered on the
    document (`not_a_person`), so that the learned judge does not raise it again."""
    kept, made_up = [], []
    for n in names:
        (made_up if any(v(doc, n) for v in MERGED_VETOES) else kept).append(n)
    doc.not_a_person = [(n.start, n.end) for n in made_up]  # type: ignore[attr-defined]
    capped_ends: set = set()
    public_names: set = set()  # names a published record gives in their public capacity
    public_lines: list = []  # … and where they stand
    author_parts: set = set()  # the names (and their parts) of a record's author, capped as staff in office
    doc.author_names = author_parts  # type: ignore[attr-defined]  (the sensitive detector asks)
    out = []
    for n in kept:
        if n.sig.get("staff_matter"):
            pass  # (the staff member a personnel matter is about: not an official acting in office)
        elif _public_capacity(doc, n) or _reading_of_capped(doc.text, n, capped_ends):
            if _published_record(doc) or _scholar_or_speaker(doc, n):  # (asked once per text: cached on doc)
                # a published record (press release, minutes, results) names officials publicly;
                # a professor or an event's lecturer is introduced to the public in that role
                public_names.add(doc.text[n.start:n.end])
                public_lines.append(n.start)
                continue
            if n.score > _CAPACITY_CAP:
                n.score = _CAPACITY_CAP
                n.why = list(n.why) + [("person.public_capacity", {})]
            capped_ends.add(n.end)
            if author_of_record(doc, n):
                author_parts.update(p.strip() for p in (n.sei, n.mei, doc.text[n.start:n.end]) if p and p.strip())
        out.append(n)
    if public_names:
        out = _without_published_roster(doc, out, public_names, public_lines)
    if out and for_publication(doc):
        for n in out:
            if n.score > _CAPACITY_CAP and n.end not in capped_ends and named_for_publication(doc, n):
                n.score = _CAPACITY_CAP
                n.why = list(n.why) + [("person.for_publication", {})]
    return out


def _without_published_roster(doc: Document, names: list[_Name], public_names: set, public_at: list) -> list[_Name]:
    """Drop the same names elsewhere in the published record (the speaker of the minutes asked again by
    name), and the other members of a list whose line names officers in office (委員長 …、副委員長 …、
    委員 金井 …、吉田 …): the published roster of a body — unless the name's own sentence is private."""
    text = doc.text
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]  # (once: a one-line export of names has no line to cut)
    lines = {bisect_left(breaks, k) for k in public_at}
    return [n for n in names if text[n.start:n.end] not in public_names
            and not (bisect_left(breaks, n.start) in lines and not _private_matter_of(doc, n.start, n.end)
                     and not _own_data_beside(doc, n))]


def render(why: list) -> str:
    """The finding's reason: the Japanese of each reason id (with the words of the signals it
    quotes), joined by ・."""
    parts = []
    for rid, sig in why:
        text = REASONS[rid]
        parts.append(text.format_map(sig) if "{" in text else text)
    return "・".join(parts)
