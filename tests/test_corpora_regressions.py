"""Regression guard over every corpus the project has: dev.jsonl and the independently
written tests/data corpora. Each case must get a verdict its label allows and must
not leave any of its secrets in the redacted text — except the few known misses listed below,
each with the reason it is left alone. A fix that breaks an earlier case fails here, not weeks
later on a held-out corpus. (The first-contact scores in the README are the honest estimate of
generalisation; this test only keeps what has been fixed fixed.)"""
from __future__ import annotations

import json

import pytest

from support import ROOT

CORPORA = [ROOT.parent / "shared" / "eval" / "dev.jsonl"] + sorted((ROOT / "tests" / "data").glob("*.jsonl"))

# id -> why it is left alone (documented in the README's limits)
KNOWN_MISSES = {
    "q-011": "a My Number split across three table cells (numbers split across cells are not joined)",
    "u-025": "a child's name written only in hiragana, with no honorific (too ambiguous to flag)",
    "y-080": "nominees as numbered list items, one without a space (都丸修), one with a hiragana given name",
    "fc13-071": "a published tender result warns on 予定価格 (publication is not proven by the words 公表済み alone)",
}

VERDICT_OK = {
    "block": {"block"},
    "allow": {"allow"},
    "warn": {"warn"},
    "not_allow": {"warn", "block"},
    "not_block": {"allow", "warn"},
}


def _cases():
    for corpus in CORPORA:
        if not corpus.exists():
            continue
        for line in corpus.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            yield pytest.param(case, id=f"{corpus.stem}:{case['id']}")


@pytest.mark.parametrize("case", list(_cases()))
def test_corpus_case_holds(scan, case):
    if case["id"] in KNOWN_MISSES:
        pytest.skip(KNOWN_MISSES[case["id"]])
    result = scan(case["text"])
    assert result["verdict"] in VERDICT_OK[case["expect"]], (case["expect"], result["verdict"], case.get("note"))
    leaked = [s for s in case.get("secrets", []) if s in result["redacted_text"]]
    assert not leaked, f"{len(leaked)} secret(s) survive redaction"


def test_the_corpora_are_all_there():
    assert len(CORPORA) >= 12
    assert sum(1 for _ in _cases()) > 1300
