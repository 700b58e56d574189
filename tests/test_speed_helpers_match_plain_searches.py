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
