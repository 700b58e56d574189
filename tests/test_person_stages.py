"""PERSON in stages (issue 11): candidate paths only produce candidates; the vetoes run once, in
one place (service/detectors/person_stages.py); one score table (evidence.PERSON_PATH_SCORES)
turns signals into a score and reason ids whose Japanese is in labels.REASONS only."""
import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from service.detectors import evidence as ev
from service.detectors import person_stages as stages
from service.labels import REASONS
from support import findings_of

ROOT = Path(__file__).resolve().parent.parent
PERSON_MODULES = sorted((ROOT / "service" / "detectors").glob("person*.py"))


def test_every_candidate_path_has_its_vetoes_and_a_score_table():
    assert set(stages.PATH_VETOES) == set(ev.PERSON_PATH_SCORES)
    names = {fn.__name__ for fn in stages.VETO_ORDER}
    for path, rules in stages.PATH_VETOES.items():
        assert set(rules) <= names, path


def test_every_reason_of_the_score_table_is_a_reason_id():
    for path, table in ev.PERSON_PATH_SCORES.items():
        ids = list(table.get("lead", ()))
        ids += [r[2] for r in table.get("rules", ()) if r[2] is not None]
        ids += [rid for _, rid in table.get("base", {}).values()]
        ids += [s[3] for s in table.get("steps", ()) if s[3]]
        for rid in ids:
            assert rid in REASONS, (path, rid)


def test_no_person_reason_is_written_in_the_detector_code():
    """The Japanese of every PERSON reason lives in labels.REASONS, not in the modules."""
    texts = [v for k, v in REASONS.items() if k.startswith("person.") and "{" not in v]
    for path in PERSON_MODULES:
        literals = {n.value for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                    if isinstance(n, ast.Constant) and isinstance(n.value, str)}
        assert not literals & set(texts), (path.name, literals & set(texts))


def _corpus(limit=400):
    out = []
    for p in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    return out[:limit]


def _person(scanner, texts):
    return [[(f["start"], f["end"], f["score"], f["reason"]) for f in findings_of(scanner.scan(t), "PERSON")]
            for t in texts]


def test_the_order_of_the_vetoes_changes_no_outcome(scanner, monkeypatch):
    """A veto drops a candidate: trying them in the reverse order must find the same names."""
    texts = _corpus()
    before = _person(scanner, texts)
    monkeypatch.setattr(stages, "_CHAINS", {p: list(reversed(c)) for p, c in stages._CHAINS.items()})
    assert _person(scanner, texts) == before
    assert any(before), "the corpus sample has names"


@pytest.mark.parametrize("private,public", [
    ("相談者：大谷翔平 から電話がありました。", "大谷翔平選手のホームランの記事を要約して。"),
    ("保護者 徳川家康 様へのお知らせ", "徳川家康の城下町の歴史を説明して。"),
])
def test_a_name_slot_exempts_a_famous_name_from_the_public_figure_veto(scan, private, public):
    assert findings_of(scan(private), "PERSON")
    assert not findings_of(scan(public), "PERSON")


def test_a_person_reason_is_rendered_from_its_id_and_the_signals_words(scan):
    text = "市民相談室に来られた相馬 千尋さんの件で、回答文を作ってください。"
    (f,) = findings_of(scan(text), "PERSON")
    assert f["reason"] == "・".join([REASONS["person.kind.full"], REASONS["person.honorific"].format(honor="さん")])


@pytest.mark.parametrize("module", [p.stem for p in PERSON_MODULES] + ["birth", "contact", "address", "ids"])
def test_each_person_or_catalogue_backed_module_imports_on_its_own(module):
    """No import-order dependence: every module works when it is the first one imported."""
    r = subprocess.run([sys.executable, "-c", f"import service.detectors.{module}"], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]


def test_no_function_in_the_service_is_longer_than_80_lines():
    long = []
    for path in sorted((ROOT / "service").rglob("*.py")):
        for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.end_lineno - n.lineno + 1 > 80:
                long.append(f"{path.relative_to(ROOT)}:{n.lineno} {n.name} ({n.end_lineno - n.lineno + 1} lines)")
    assert not long, long


def test_no_code_compares_a_finding_reason_with_japanese_text():
    """Reasons are shown to people; code decides on reason ids and signals, never on the text."""
    rx = re.compile(r"reason\b[^\n]{0,40}(?:==|!=|\bin\b|startswith|endswith)[^\n]{0,20}[\u3040-\u30ff\u4e00-\u9fff]")
    hits = []
    for path in sorted((ROOT / "service").rglob("*.py")):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if rx.search(line) and not line.lstrip().startswith("#"):
                hits.append(f"{path.relative_to(ROOT)}:{i}")
    assert not hits, hits
