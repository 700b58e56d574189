"""The fourth speed round's shortcuts give exactly what the plain searches they replace give
(README, "Fourth speed round"): each is compared with the plain code on random inputs."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from service.detectors.base import all_starts, FreeText, _self_overlapping

# few characters, so that parts overlap, share first characters and repeat
_CHARS = "佐藤一郎 ああア\n"


def _plain_occurrences(text: str, part: str) -> list[int]:
    return [p for p in range(len(text)) if text.startswith(part, p)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=60), st.sets(st.text(alphabet=_CHARS, min_size=1, max_size=4), max_size=8))
@example("ああああ", {"ああ", "あ", "あああ"})  # self-overlapping parts sharing their first characters
@example("佐藤一郎 佐藤", {"佐藤", "佐藤一郎", "佐", "藤"})
def test_repeated_name_parts_are_found_at_every_start_as_plain_search_finds_them(text, parts):
    found = all_starts(text, parts)
    assert found == {part: _plain_occurrences(text, part) for part in parts}


_BEFORE_PATTERNS = ("_ROLE_ALONE", "_CAPACITY_ACADEMIC", "_CAPACITY_CORP", "_CAPACITY_DEPT", "_CAPACITY_ORG",
                    "_CAPACITY_EVENT", "_CAPACITY_HEAD", "_CAPACITY_STAFF", "_SPEAKER_ROLE", "_CAPACITY_MINUTES",
                    "_CAPACITY_AWARD", "_CAPACITY_CHAIR", "_SPEAKER_MARK")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="12. 　:：・（()〇○課長会委員教授担当の株式社講師賞氏名相談者案件No", max_size=30))
@example("12. ")
@example("No.19 相談者:")
@example("○")
def test_the_text_before_a_name_without_a_capacity_word_character_matches_no_capacity_pattern(before):
    from service.detectors import person_base as B

    assert B._BEFORE_CHARS is not None  # every pattern has required words: the gate is on
    if B._BEFORE_CHARS.isdisjoint(before):
        for name in _BEFORE_PATTERNS:
            rx = getattr(B, name)
            assert rx.search(before) is None and rx.fullmatch(before) is None, name


# _SPEAKER_ROLE's role words after a class, as they were written before the sixth speed round
_SPEAKER_ROLE_PLAIN = (("奏者(?<=[一-龥ァ-ヶー]奏者)", "[一-龥ァ-ヶー]{1,5}奏者"), ("研究家(?<=[一-龥]研究家)", "[一-龥]{1,4}研究家"),
                       ("指導者(?<=[一-龥]指導者)", "[一-龥]{1,3}指導者"))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ピアノ奏者音楽研究家書道指導者の 　・:：教授講師ア一\n", max_size=24))
@example("ピアノ奏者　")
@example("奏者")
@example("郷土の歴史研究家・")
@example("ア奏者：")
def test_the_speaker_role_matches_the_texts_its_plain_pattern_matches(before):
    import re

    from service.detectors import person_base as B

    plain = B._SPEAKER_ROLE.pattern
    if plain.startswith("(?=["):  # compile_fast's hint of the first characters, which differ: the pattern it led
        plain = plain[plain.index("])(?:") + 5:-1]
    for fast, slow in _SPEAKER_ROLE_PLAIN:
        assert plain.count(fast) == 1
        plain = plain.replace(fast, slow)
    assert (B._SPEAKER_ROLE.search(before) is None) == (re.search(plain, before) is None)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="山田あア一 　 （(【」）a1", max_size=40))
@example("山 田 太 郎")
@example("（山 田）と【部 外 秘】")
@example("（山 田 太 郎 花）")
@example("a山 田 太 郎 花 子")
def test_ocr_spaced_letters_are_found_where_the_plain_pattern_finds_them(text):
    from service.normalize import _OCR_SPACED_INLINE, _ocr_spaced_inline

    assert [m.span() for m in _ocr_spaced_inline(text)] == [m.span() for m in _OCR_SPACED_INLINE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ああア12-\x00 ", max_size=40), st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=6),
       st.sets(st.text(alphabet="ああア12-\x00 ", min_size=1, max_size=4), max_size=8))
@example("ああああ", [(0, 1)], {"ああ"})  # self-overlapping: the plain loop's occurrences, not every start
@example("12121212", [(2, 3)], {"1212", "12", "21"})
def test_values_repeated_in_free_text_are_found_in_one_pass_as_one_by_one(text, taken, values):
    free = FreeText(text, taken)
    assert free.occurrences_of(values) == {v: free.occurrences(v) for v in values}


@given(st.text(alphabet="あア12", min_size=1, max_size=12))
def test_a_value_overlaps_itself_when_a_proper_prefix_is_also_its_suffix(value):
    assert _self_overlapping(value) == any(value[:k] == value[-k:] for k in range(1, len(value)))


def _shipped_gates() -> list[str]:
    from service.detectors import engine

    return sorted({r.gate.pattern for r in engine.shipped().rules if r.gate is not None})


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="\\¥:/osk-abcxyz秘扱限り機密部外.10219 \n", max_size=40))
@example("\\\\server\\share")
@example("postgres://user@host")
@example("sk-proj-abc")
@example("部外秘")
def test_a_gate_compiled_only_to_ask_whether_it_occurs_occurs_where_the_plain_gate_does(text):
    import re

    from service.detectors.fastre import compile_exists

    for pattern in _shipped_gates():
        assert (compile_exists(pattern).search(text) is None) == (re.compile(pattern).search(text) is None), pattern


# the sixth speed round's whole-text searches asked only whether they occur (fastre.compile_exists)
_EXISTS_ONLY = (("record", "_SAMPLE"), ("birth", "_SAMPLE_MARK_ANYWHERE"), ("table", "_PUBLISHED"),
                ("identifiable", "_ANONYMISING"), ("person_base", "_DECLARED_MADE_UP"),
                ("person_romaji", "_CARD_CONTEXT_EN"))


def _plain_of_exists(pattern: str) -> str:
    """The pattern compile_exists led with its first characters: CLASS(?<=(?=PATTERN)CLASS)."""
    if "(?<=(?=" not in pattern:
        return pattern  # (compile_exists fell back to compile_fast)
    cls = pattern[:pattern.index("(?<=(?=")]
    assert pattern.endswith(")" + cls + ")")
    return pattern[len(cls) + len("(?<=(?="):len(pattern) - len(cls) - 2]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["サンプル", "記入例", "見本", "例", "）", "市", "公開", "している", "オープンデータ", "すべて",
                                  "は", "架空", "です", "匿名化", "特定", "されないよう", "passport", "Sample", " ", "data",
                                  "open ", "all", " dummy", "テストデータ", "a", "例えば", "\n"]), max_size=12).map("".join))
@example("記入例")
@example("すべて 架空")
@example("open data")
@example("passport")
def test_searches_asked_only_whether_they_occur_occur_where_the_plain_patterns_do(text):
    import importlib
    import re

    for module, name in _EXISTS_ONLY:
        rx = getattr(importlib.import_module("service.detectors." + module), name)
        plain = re.compile(_plain_of_exists(rx.pattern), rx.flags)
        assert (rx.search(text) is None) == (plain.search(text) is None), name


# the sixth speed round's whole-text scans through fastre.finditer_sparse
_SPARSE_SCANS = (("person_romaji", "_CAPS_PAIR"), ("romaji", "_PAIR"), ("romaji", "_GIVEN_SURNAME"),
                 ("credential", "_LOGIN_PAIR"), ("credential", "_ADMIN_PAIR"), ("address", "_FOLLOW_LEAD"),
                 ("record", "_NAME_PART"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["YAMADA", "Taro", "Tanaka", " ", "ID", ":", "login", "admin", "user", "pass", "=",
                                 "隣", "の", "Name", "name:", "\n", "山田", "1", "Passport", "旅券", "番号", "AB1234567",
                                 "Mr", "sato", "-", "hanako", "Suzuki", "@", "root"]), max_size=16).map("".join),
       st.integers(0, 3))
@example("YAMADA Taro and SUZUKI Hanako, TANAKA Ichiro", 0)
@example("login: admin / pass: root\nlogin: user", 1)
def test_sparse_scans_give_the_matches_of_the_plain_scan(text, limit):
    import importlib

    from service.detectors import fastre, ids

    pats = [getattr(importlib.import_module("service.detectors." + m), n) for m, n in _SPARSE_SCANS]
    pats += [r.rx for r in ids._PASSPORT_RULES]
    old = fastre.SPARSE_MATCHES
    fastre.SPARSE_MATCHES = limit  # (0: all matches from sre's own scan; small: the hand-over tried)
    try:
        for rx in pats:
            for pos in (0, 3):
                plain = [(m.span(), m.groupdict(), m.groups()) for m in rx.finditer(text, pos)]
                assert [(m.span(), m.groupdict(), m.groups()) for m in fastre.finditer_sparse(rx, text, pos)] == plain
    finally:
        fastre.SPARSE_MATCHES = old


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123の４5- 　番号", max_size=40))
@example("3587の9487の2481の4210")
@example("090の1234の5678")
def test_a_number_dictated_with_no_holds_no_before_a_digit(text):
    from service.normalize import _DIGITS_JOINED_BY_NO, _NO_BEFORE_DIGIT

    if _DIGITS_JOINED_BY_NO.search(text):
        assert _NO_BEFORE_DIGIT.search(text)
