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
