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
    # a scoped (?i:…) stands for every character sre matches ignoring case (k: the Kelvin sign too)
    assert first_characters(r"(?i:abc)") == {"a", "A"}
    assert first_characters(r"x|(?i:kia)") == {"x", "k", "K", "\u212a"}
    assert first_characters(r"(?i:予定)") == {"予"}
    assert first_characters(r"(?a:abc)") is None  # other scoped flags: left alone
    # a branch that is a look-ahead starts with what the look-ahead's content starts with
    assert first_characters(r"隣の|(?=同(?:町|所)[0-9])") == {"隣", "同"}
    assert first_characters(r"(?=a?)b") == {"b"}  # (a look-ahead that can match empty says nothing)
    assert first_characters(r"(?!x)y") == {"y"}


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
    # scoped and global case-folding: every character sre folds onto a first letter still starts a match
    (r"見本|(?i:\b(?:sample|kia|id)\b)", "SAMPLE \u212aIA \u017fample \u0130D \u0131d 見本"),
    (r"passport|residence[ ]card|kia", "PASSPORT Residence Card \u212aIA"),
    (r"\d{3}-\d{4}", "〒371-0000 ٣٤٥-٦٧٨٩"),
])
def test_hand_picked(pattern, text):
    assert [m.span() for m in compile_fast(pattern).finditer(text)] == \
           [m.span() for m in re.compile(pattern).finditer(text)]
    assert [m.span() for m in compile_fast(pattern, re.IGNORECASE).finditer(text)] == \
           [m.span() for m in re.compile(pattern, re.IGNORECASE).finditer(text)]


# --- gate literals of the judged rules, derived from their patterns ------------------------------
from service.detectors.fastre import required_literals  # noqa: E402

JUDGED = [r for r in engine.shipped().rules if r.judge is not None]


def test_required_literals_join_plain_characters_and_take_every_branch():
    assert required_literals(r"予定価格|設計(?:金)?額") == ("予定価格", "設計金額", "設計額")
    assert required_literals(r"[0-9]+社の提案書|評価点") == ("社の提案書", "評価点")
    # a sequence needs each of its parts; the gate keeps the first of the strongest (a topic noun,
    # not a particle or an ending of hiragana, which occur in almost every text)
    assert required_literals(r"(?:入札|見積)\d+(?:万円|千円)") == ("入札", "見積")
    assert required_literals(r"の(?:人事異動|内示)") == ("人事異動", "内示")
    assert required_literals(r"監査(?:委員)?\S{0,3}指摘|是正を受け") == ("是正を受け", "監査")


def test_required_literals_are_none_where_a_match_may_hold_no_fixed_word():
    assert required_literals(r"予定価格|\d+") is None  # the second branch has no fixed word
    assert required_literals(r"[a-z]+") is None
    assert required_literals(r"秘", re.IGNORECASE) is None  # case folding: a literal is not one string


def test_every_judged_rule_has_its_literals_derived_from_its_pattern():
    """Derived wherever the pattern gives words (written by hand only where it gives none: a
    case-folding flag, a branch of character classes only)."""
    for rule in JUDGED:
        derived = required_literals(rule.pattern, rule.rx.flags & re.IGNORECASE)
        assert rule.literals == derived or (derived is None and rule.literals), rule.id


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_every_match_of_a_judged_rule_holds_one_of_its_literals(text):
    for rule in JUDGED:
        source = text.lower() if rule.lowercase else text
        for m in rule.rx.finditer(source):
            assert any(w in m.group(0) for w in rule.literals), (rule.id, m.group(0))


def test_every_match_in_the_corpora_holds_one_of_its_rules_literals():
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parent / "data"
    texts = [json.loads(line)["text"] for p in sorted(data.glob("*.jsonl"))
             for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    for rule in JUDGED:
        for text in texts:
            source = text.lower() if rule.lowercase else text
            for m in rule.rx.finditer(source):
                assert any(w in m.group(0) for w in rule.literals), (rule.id, m.group(0))


DETECTOR_PATTERNS = [(type(d).__name__, p, rx, words) for d in build_detectors()
                     for (p, rx), words in zip(d._compiled, d._literals) if words is not None]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_every_match_of_a_detector_pattern_holds_one_of_its_required_words(text):
    """A detector skips a pattern none of whose required words is in the text (compiled_for): sound
    only if every match holds one."""
    for name, p, rx, words in DETECTOR_PATTERNS:
        for m in rx.finditer(text):
            assert any(w in m.group(0) for w in words), (name, p.name, m.group(0))


def test_a_detector_runs_only_the_patterns_whose_words_the_text_holds():
    from service.detectors.base import Document

    bank = next(d for d in build_detectors() if type(d).__name__ == "BankAccountDetector")
    roster = "1. 佐藤 太郎（1980年4月1日生）前橋市大手町2丁目12番1号 電話 090-1234-5678\n" * 5
    assert "ゆうちょ記号・番号" not in [p.name for p, _ in bank.compiled_for(Document(roster))]
    yucho = "ゆうちょ銀行 記号 11710 番号 95138071 に振り込んでください"
    assert "ゆうちょ記号・番号" in [p.name for p, _ in bank.compiled_for(Document(yucho))]
    assert bank.analyze(Document(yucho))  # (and still found there)
