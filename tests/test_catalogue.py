"""The rule catalogue (service/rules/*.toml), tested from its own data: every rule fires on
each of its examples and on none of its counterexamples. A rule added to a file with its
examples adds its tests here."""
from __future__ import annotations

import pytest

from service.detectors import engine
from service.labels import REASONS

CATALOGUE = engine.shipped()


@pytest.mark.parametrize("rule", CATALOGUE.rules, ids=lambda r: r.id)
def test_rule_fires_on_its_examples_and_not_on_its_counterexamples(rule):
    assert len(rule.examples) >= 2 and len(rule.counterexamples) >= 2
    assert CATALOGUE.check_examples(rule) == []


def test_rule_ids_are_unique_and_reasons_are_ids_with_japanese_text():
    ids = [r.id for r in CATALOGUE.rules]
    assert len(ids) == len(set(ids))
    for rule in CATALOGUE.rules:
        assert rule.reason in REASONS
        for _, _, reason in rule.variants:
            assert reason in REASONS


def test_every_shipped_reason_id_is_used_by_a_rule_or_by_detector_code():
    from pathlib import Path

    used = {r.reason for r in CATALOGUE.rules} | {v[2] for r in CATALOGUE.rules for v in r.variants}
    code = "".join(p.read_text(encoding="utf-8") for p in
                   (Path(__file__).resolve().parent.parent / "service" / "detectors").glob("*.py"))
    assert {r for r in REASONS if r not in used and f'"{r}"' not in code} == set()


def _corpus_texts() -> list[str]:
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parent / "data"
    return [json.loads(line)["text"] for p in sorted(data.glob("*.jsonl"))
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_gate_holds_wherever_its_rule_matches_in_the_corpora():
    """A gate skips the rule when it is absent: it must be there wherever the rule would match
    (the examples are checked at load; this checks every text of tests/data)."""
    from service.detectors.base import Document

    gated = [r for r in CATALOGUE.rules if r.gate is not None]
    for text in _corpus_texts():
        doc = Document(text)
        scan = engine.Scan(doc)
        for rule in gated:
            if rule.gate.search(doc.lower) is None:
                # (a match its rule's requires turn away is never a finding: the gate need not hold there)
                found = [hit for hit in CATALOGUE._matches(scan, rule)
                         if all(cond.holds(scan, *hit) for cond in rule.requires)]
                assert not found, (rule.id, text[:60])


def test_the_marking_gates_hold_for_every_marking_word_also_spaced_as_on_a_stamp():
    from service import lexicon

    words = {w for name in ("marking.strong_words", "marking.head_words", "marking.prose_words")
             for w in lexicon.words(name)}
    # the rules whose matches hold a marking word carry the marking-word gate (it opens with 秘|扱;
    # a rule that needs a context before the word — ※…まで秘, （案）非公開 — has a narrower gate of its own)
    rules = [r for r in CATALOGUE.rules if r.id.startswith("marking.") and r.gate is not None
             and r.gate.pattern.startswith("秘|扱")]
    assert rules
    for rule in rules:
        for w in words:
            for form in (w, " ".join(w), "\t".join(w)):
                assert rule.gate.search(form.lower()), (rule.id, form)


def test_a_detector_applies_exactly_when_one_of_its_rules_gates_holds():
    from service.detectors import build_detectors
    from service.detectors.base import Document

    detectors = [d for d in build_detectors() if isinstance(d, engine.RuleDetector)]
    for text in _corpus_texts()[:600] + ["【部外秘】", "社 外 秘", "CONFIDENTIAL", "password=abc", "普通の文章です。"]:
        doc = Document(text)
        for d in detectors:
            expected = d._ungated or any(r.gate.search(doc.lower) is not None for r in d._rules)
            assert d.applies(doc) == expected, (type(d).__name__, text[:60])


def test_a_text_without_a_marking_word_skips_every_marking_rule():
    """Every marking rule carries a gate, so that a roster with no marking word never runs the 23
    marking rules (a rule added without one made the detector run on every text)."""
    from service.detectors import build_detectors
    from service.detectors.base import Document

    marking = next(d for d in build_detectors() if type(d).__name__ == "ConfidentialMarkingDetector")
    assert [r.id for r in marking._rules if r.gate is None] == []
    roster = "1. 佐藤 太郎（1980年4月1日生）前橋市大手町2丁目12番1号 電話 090-1234-5678\n" * 20
    assert not marking.applies(Document(roster))
    assert marking.applies(Document("部外秘　来年度の組織改正案の概要です。" + roster))
