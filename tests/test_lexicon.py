"""Word lists live in service/lexicon/*.txt, each with a header saying what it is for and
where it came from — not in Python source."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from service import lexicon

ROOT = Path(__file__).resolve().parent.parent
DETECTORS = sorted((ROOT / "service" / "detectors").glob("*.py"))
# Literal string collections that are not word lists: module plumbing, the rule engine's
# schema keys, finding types,
# Sudachi part-of-speech tags, punctuation, the person stages' signal and candidate-kind ids,
# and one list whose entries need a trailing
# space ("ja " must not match "japan"), which a one-word-a-line file cannot show.
NOT_WORD_LISTS = {"__all__", "__slots__", "_PII_TYPES", "_ID_TYPES", "_TABLE_DELIMS", "_GIVEN_POS", "_BEFORE_NAME",
                  "BANK_CONTEXT", "_STRICT_WHY", "_SHORT", "_PRIVATE", "_CONTACT_TYPES", "_PERSON_ONLY", "_LONE_GIVEN_POS",
                  "IT_TYPES", "_SPANS", "_REGIONS", "_SCOPES", "_RULE_KEYS", "_SIGNAL_KEYS", "_FILE_KEYS", "_NOT_NAME_POS", "_PHRASE_POS"}


@pytest.mark.parametrize("name", lexicon.names())
def test_every_word_list_says_what_it_is_for_and_where_it_came_from(name):
    lines = (lexicon.DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and len(lines[0]) > 20, "first line: what the list is for"
    header = [line for line in lines if line.startswith("#")]
    assert any(line.startswith("# Source:") for line in header), "a '# Source:' line"
    assert lexicon.words(name), "the list has entries"


def test_a_word_list_without_a_source_line_is_refused(tmp_path, monkeypatch):
    (tmp_path / "bad.txt").write_text("# some words\nfoo\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "DIR", tmp_path)
    lexicon.words.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match="Source"):
            lexicon.words("bad")
    finally:
        lexicon.words.cache_clear()


def _string_collections(tree: ast.Module):
    bodies = [tree.body] + [n.body for n in tree.body if isinstance(n, ast.ClassDef)]
    for body in bodies:
        for st in body:
            if not (isinstance(st, ast.Assign) and isinstance(st.targets[0], ast.Name)):
                continue
            value = st.value
            if isinstance(value, ast.Call) and value.args:
                value = value.args[0]
                if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "split":
                    yield st.targets[0].id
                    continue
            if isinstance(value, (ast.Tuple, ast.List, ast.Set)) and len(value.elts) >= 3 and all(
                    isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts):
                yield st.targets[0].id


@pytest.mark.parametrize("path", DETECTORS, ids=lambda p: p.name)
def test_no_word_list_is_written_in_detector_source(path):
    found = [n for n in _string_collections(ast.parse(path.read_text(encoding="utf-8")))
             if n not in NOT_WORD_LISTS]
    assert not found, f"move these word lists to service/lexicon/: {found}"
