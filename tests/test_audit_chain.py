"""Audit files that hold up across the city: per-user files, a hash chain the report checks,
and the report as a single file that runs without the project installed."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from support import ROOT
from service import report
from service.audit import AuditWriter, validate_event

NOW = dt.datetime(2026, 11, 26, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=9)))
EVENT = validate_event({"event": "blocked", "verdict": "block", "findings": {"PERSON": 1}}, "v")


def write(directory: Path, n: int, writer: AuditWriter | None = None) -> AuditWriter:
    w = writer or AuditWriter(host="pc-1", clock=lambda: NOW)
    for _ in range(n):
        w.record(str(directory), EVENT, include_user_name=False)
    return w


def check(directory: Path) -> report.Report:
    return report.build([directory], dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def test_chain_continues_after_a_restart_and_checks_clean(tmp_path):
    write(tmp_path, 2)
    write(tmp_path, 3)  # a new writer: the service restarted
    [f] = tmp_path.glob("*.jsonl")
    assert [json.loads(x)["seq"] for x in f.read_text("utf-8").splitlines()] == [1, 2, 3, 4, 5]
    rep = check(tmp_path)
    assert rep.chained_files == 1 and rep.tampered == [] and rep.total == 5


@pytest.mark.parametrize("tamper, line", [
    (lambda ls: ls[:2] + ls[3:], 3),                                   # a line deleted
    (lambda ls: ls[1:], 1),                                            # the first line deleted
    (lambda ls: ls[:1] + [ls[1].replace('"PERSON":1', '"PERSON":0')] + ls[2:], 3),  # a count edited
    (lambda ls: ls[:2] + [ls[1]] + ls[2:], 3),                         # a line duplicated
    (lambda ls: list(reversed(ls)), 1),                                # reordered
])
def test_report_names_the_file_and_line_where_the_chain_breaks(tmp_path, tamper, line):
    write(tmp_path, 4)
    [f] = tmp_path.glob("*.jsonl")
    f.write_text("\n".join(tamper(f.read_text("utf-8").splitlines())) + "\n", "utf-8")
    rep = check(tmp_path)
    assert rep.tampered == [(f.name, line)]
    assert "改ざんの疑い" in report.text_summary(rep)
    assert "改ざん" in report.html_page(rep)


def test_lines_moved_to_another_file_break_its_chain(tmp_path):
    write(tmp_path / "a", 2)
    [f] = (tmp_path / "a").glob("*.jsonl")
    other = tmp_path / "a" / f.name.replace("pc-1", "pc-2")
    other.write_text(f.read_text("utf-8"), "utf-8")
    rep = check(tmp_path / "a")
    assert rep.tampered == [(other.name, 1)]


def test_old_unchained_files_are_read_but_not_called_tampered(tmp_path):
    (tmp_path / "mamori-2026-11-26-old.jsonl").write_text(
        json.dumps({"time": "2026-11-26T09:00:00+09:00", "event": "blocked", "verdict": "block",
                    "findings": {}}) + "\n", "utf-8")
    rep = check(tmp_path)
    assert rep.total == 1 and rep.chained_files == 0 and rep.tampered == []


def test_report_zipapp_runs_without_the_project(tmp_path):
    pyz = tmp_path / "mamori-report.pyz"
    subprocess.run([sys.executable, "scripts/make_report_pyz.py", "--out", str(pyz)], cwd=ROOT, check=True,
                   capture_output=True, timeout=120)
    write(tmp_path / "audit" / "PC-1", 3)
    out = tmp_path / "report.html"
    # -I: isolated (no PYTHONPATH, no user site, not the current directory); run from elsewhere.
    r = subprocess.run([sys.executable, "-I", str(pyz), str(tmp_path / "audit"), "--since", "2026-11-01",
                        "--until", "2026-11-30", "--html", str(out)], cwd=tmp_path, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "送信を止めた" in r.stdout and out.read_text("utf-8").startswith("<!DOCTYPE html>")


def test_the_benchmark_city_is_read_as_untampered(tmp_path):
    # bench/bench_report.py's generator writes what the service writes: the report agrees.
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_report

    files, lines, _ = bench_report.generate(tmp_path, pcs=5, days=3, mean=3.0)
    rep = report.build([tmp_path], dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert rep.files == files and rep.lines == lines and rep.total == lines
    assert rep.chained_files == files and rep.tampered == [] and rep.corrupt == 0
    assert len(rep.hosts) == 5
