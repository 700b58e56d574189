"""`python3 -m service.catalogue`: the per-rule report over a corpus and --explain for one text."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> str:
    return subprocess.run([sys.executable, "-m", "service.catalogue", *args], cwd=ROOT, capture_output=True,
                          text=True, check=True, encoding="utf-8").stdout


def test_report_counts_each_rule_per_expected_verdict_and_names_dead_rules(tmp_path):
    corpus = tmp_path / "c.jsonl"
    cases = [{"id": "1", "text": "【秘】来年度の組織改正案", "expect": "block", "types": ["CONFIDENTIAL_MARKING"]},
             {"id": "2", "text": "【部外秘】議会対応メモ", "expect": "not_allow", "types": ["CONFIDENTIAL_MARKING"]},
             {"id": "3", "text": "秘書課に電話する用件をまとめて", "expect": "allow"}]
    corpus.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases), encoding="utf-8")
    out = _run("report", str(corpus))
    row = next(line for line in out.splitlines() if line.startswith("| `marking.bracketed`"))
    assert [cell.strip() for cell in row.split("|")[3:10]] == ["2", "1", "1", "0", "0", "2", "0"]
    assert "never fired" in out and "`marking.maru_hi`" in out.split("never fired")[1]


def test_explain_shows_the_rule_its_signals_score_and_the_verdict():
    out = _run("--explain", "部外秘\n令和8年度 人事異動について")
    line = next(line for line in out.splitlines() if line.startswith("rule marking.line_alone"))
    assert "score 0.95" in line and "signals: at_head" in line and "文頭の行の秘密区分の表示" in line
    assert "\nverdict: block  CONFIDENTIAL_MARKING(block) [0:3]" in out


def test_explain_names_the_catalogue_rule_of_a_judged_non_public_topic():
    out = _run("--explain", "来週の人事異動の内示案です。")
    assert any(line.startswith("rule nonpublic.personnel (NonPublicTopicDetector)  NONPUBLIC_INFO")
               for line in out.splitlines()), out
