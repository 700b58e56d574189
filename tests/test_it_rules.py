"""IT's own rules ([rules] files in the policy): the README's worked example loads and works
through the whole scanner; a broken rule file stops loading with a message naming the file,
the rule and the key."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from service.policy import PolicyError, load_policy
from service.scanner import Scanner

ROOT = Path(__file__).resolve().parent.parent


def _readme_example() -> tuple[str, str]:
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## ルールの追加", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```toml\n(.*?)```", section, re.S)
    assert len(blocks) == 2, "the section shows the policy lines and the rule file"
    return blocks[0], blocks[1]


@pytest.fixture()
def it_policy(tmp_path):
    policy_text, rules_text = _readme_example()
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "jouhou.toml").write_text(rules_text, encoding="utf-8")
    (tmp_path / "policy.toml").write_text(policy_text, encoding="utf-8")
    return tmp_path / "policy.toml"


def test_the_readme_example_rules_find_a_department_marking_and_a_project_name(it_policy, morphology):
    scanner = Scanner(load_policy(it_policy), analyser=morphology)
    marked = scanner.scan("【情政課内限】次期システム調達の検討メモを要約して")
    assert marked["verdict"] == "block"
    finding = next(f for f in marked["findings"] if f["type"] == "CONFIDENTIAL_MARKING")
    assert finding["reason"] == "情報政策課の秘密区分の表示（課内限）"
    assert "<秘密区分>" in marked["redacted_text"]
    project = scanner.scan("あかぎプロジェクトの進め方を整理して")
    assert project["verdict"] == "warn"
    assert [(f["type"], f.get("article")) for f in project["findings"]] == [("NONPUBLIC_INFO", 5)]
    assert scanner.scan("あかぎプロジェクトは市報に掲載済みの事業です（公表済み）")["verdict"] == "allow"


def test_without_the_policy_key_the_same_texts_pass(scan):
    assert scan("あかぎプロジェクトの進め方を整理して")["verdict"] == "allow"


def _broken(tmp_path, it_policy, old: str, new: str) -> str:
    path = tmp_path / "rules" / "jouhou.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(PolicyError) as e:
        load_policy(it_policy)
    message = str(e.value)
    assert "jouhou.toml" in message and "rules.files" in message
    return message


def test_a_rule_whose_example_does_not_fire_is_refused_naming_rule_and_example(tmp_path, it_policy):
    message = _broken(tmp_path, it_policy, "情政課内限|DX係内限", "情政課内限")
    assert "jouhou.dept_marking" in message and "DX係内限" in message and "検出されません" in message


def test_a_rule_that_fires_on_its_counterexample_is_refused(tmp_path, it_policy):
    message = _broken(tmp_path, it_policy, 'vetoes = ["published"]', "vetoes = []")
    assert "jouhou.project_name" in message and "反例" in message


@pytest.mark.parametrize("old,new,key", [
    ('score = 0.95', 'score = 1.5', "score"),
    ('type = "NONPUBLIC_INFO"', 'type = "PERSON"', "type"),
    ('article = 5', 'article = 9', "article"),
    ('reason = "jouhou.project_name"', 'reason = "jouhou.nothing"', "reason"),
    ('vetoes = ["published"]', 'vetoes = ["publishd"]', "vetoes"),
    ('pattern = "{PROJECT}"', 'pattern = "{PROJECTS}"', "pattern"),
    ('pattern = "{PROJECT}"', 'pattern = "(あかぎ"', "pattern"),
    ('score = 0.60', 'score = 0.60\nscroe = 0.60', "scroe"),
    ('counterexamples = ["情政課内限という表示の意味を教えて", ', 'counterexamples = [', "counterexamples"),
])
def test_a_broken_rule_file_is_refused_naming_the_key(tmp_path, it_policy, old, new, key):
    assert f".{key}」" in _broken(tmp_path, it_policy, old, new)


def test_an_it_rule_may_not_reuse_a_shipped_id(tmp_path, it_policy):
    assert "同じIDのルール" in _broken(tmp_path, it_policy, 'id = "jouhou.dept_marking"', 'id = "marking.bracketed"')


def test_a_missing_rule_file_is_refused(tmp_path, it_policy):
    (tmp_path / "rules" / "jouhou.toml").unlink()
    with pytest.raises(PolicyError, match="ルールファイルが見つかりません"):
        load_policy(it_policy)


def test_it_rules_travel_with_the_policy_to_scan_workers(it_policy, morphology):
    import pickle  # ScanWorkers hand each worker the policy pickled

    policy = pickle.loads(pickle.dumps(load_policy(it_policy)))
    result = Scanner(policy, analyser=morphology).scan("（DX係内限）打合せ記録を要約して")
    assert result["verdict"] == "block"


def test_a_gate_that_would_skip_the_rules_own_example_is_refused(tmp_path, it_policy):
    message = _broken(tmp_path, it_policy, 'pattern = "{PROJECT}"', "pattern = \"{PROJECT}\"\ngate = '''zzz'''")
    assert "gate" in message and "jouhou.project_name" in message
