"""The fourth speed round's shortcuts give exactly what the plain searches they replace give
(README, "Fourth speed round"): each is compared with the plain code on random inputs."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from service.detectors.person import _occurrences

# few characters, so that parts overlap, share first characters and repeat
_CHARS = "佐藤一郎 ああア\n"


def _plain_occurrences(text: str, part: str) -> list[int]:
    return [p for p in range(len(text)) if text.startswith(part, p)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=60), st.sets(st.text(alphabet=_CHARS, min_size=1, max_size=4), max_size=8))
@example("ああああ", {"ああ", "あ", "あああ"})  # self-overlapping parts sharing their first characters
@example("佐藤一郎 佐藤", {"佐藤", "佐藤一郎", "佐", "藤"})
def test_repeated_name_parts_are_found_at_every_start_as_plain_search_finds_them(text, parts):
    found = _occurrences(text, parts)
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


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="山田あア一 　 （(【」）a1", max_size=40))
@example("山 田 太 郎")
@example("（山 田）と【部 外 秘】")
@example("（山 田 太 郎 花）")
@example("a山 田 太 郎 花 子")
def test_ocr_spaced_letters_are_found_where_the_plain_pattern_finds_them(text):
    from service.normalize import _OCR_SPACED_INLINE, _ocr_spaced_inline

    assert [m.span() for m in _ocr_spaced_inline(text)] == [m.span() for m in _OCR_SPACED_INLINE.finditer(text)]
