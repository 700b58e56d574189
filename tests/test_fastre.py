"""compile_fast must match exactly what re.compile matches, only faster."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.detectors import build_detectors, engine
from service.detectors.birth import DATE_PATTERN
from service.detectors.fastre import compile_fast, first_characters
from service.detectors.nonpublic import RULES


def _all_patterns():
    pats = [(DATE_PATTERN, re.IGNORECASE)]
    pats += [(r.topic.pattern, 0) for r in RULES]
    for det in build_detectors():
        pats += [(p.regex, p.flags) for p in det.patterns]
    # the rule catalogue's patterns as written (service/rules/*.toml, fragments expanded)
    pats += [(r.pattern, r.rx.flags & (re.IGNORECASE | re.MULTILINE)) for r in engine.shipped().rules if r.pattern]
    return pats


PATTERNS = _all_patterns()
ALPHABET = "".join(sorted({c for p, _ in PATTERNS for c in p if not c.isascii() or c.isalnum()}))[:400]
TEXT = st.text(alphabet=st.sampled_from(list(ALPHABET + "0123456789 -/.:@年月日\n予定価格A社ab")), max_size=200)


def test_first_characters_examples():
    assert first_characters(r"予定価格|最低制限価格") == {"予", "最"}
    assert first_characters(r"(?<![0-9])(?:10|192)\.") == {"1"}
    assert first_characters(r"[\d]x") == {r"\d"}
    assert first_characters(r"a?b") == {"a", "b"}
    assert first_characters(r"a*") is None  # can match empty
    assert first_characters(r".x") is None  # any character: no hint
    assert first_characters(r"(?i:abc)") is None  # scoped flags: left alone


def test_most_detector_patterns_get_the_hint():
    hinted = [p for p, f in PATTERNS if first_characters(p, f)]
    assert len(hinted) >= len(PATTERNS) // 2


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_same_matches_as_re(text):
    for pattern, flags in PATTERNS:
        plain = [m.span() for m in re.compile(pattern, flags).finditer(text)]
        fast = [m.span() for m in compile_fast(pattern, flags).finditer(text)]
        assert plain == fast, pattern[:80]


@pytest.mark.parametrize("pattern, text", [
    (r"(?<![0-9])(?:10|172)\.\d+", "x10.5 172.16 910.1"),
    (r"(?i)password", "PassWord"),
    (r"\d{3}-\d{4}", "〒371-0000 ٣٤٥-٦٧٨٩"),
])
def test_hand_picked(pattern, text):
    assert [m.span() for m in compile_fast(pattern).finditer(text)] == \
           [m.span() for m in re.compile(pattern).finditer(text)]
