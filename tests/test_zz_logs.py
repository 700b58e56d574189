"""After everything else has run (issue 6): the service logs and audit files that this whole
test run produced hold no scanned text. Two checks: every log line has one of the known safe
shapes (counts, routes, type names — a leak would need a new shape), and no line contains a
secret from the corpora or the values the tests scan. Runs last (see conftest.py)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from support import LOG_DIR, ROOT

pytestmark = pytest.mark.last

STAMP = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (?:DEBUG|INFO|WARNING|ERROR|CRITICAL) "
SAFE_LINES = [re.compile(p) for p in (
    r"mamori [\w.]+: listening on http://\S+ \(policy: [^()]*, version \S+, mode \w+; (?:\d+ scan workers; )?ready in [\d.]+s\)",
    STAMP + r"mamori\.workers (?:a scan worker process died; starting a new one|scan workers did not start: \w+"
            r"|a new scan worker did not start \(\w+\); trying again"
            r"|a scan worker died during a scan; the text goes to another worker once)",
    # multiprocessing's resource tracker, when the front process was killed (tests/test_workers.py)
    r"\S+/multiprocessing/resource_tracker\.py:\d+: UserWarning: resource_tracker: There appear to be \d+ leaked "
    r"semaphore objects? to clean up at shutdown",
    r"  warnings\.warn\('resource_tracker: There appear to be %d '",
    STAMP + r"mamori (?:GET|POST|PUT|DELETE|PATCH|OPTIONS|HEAD) (?:/[\w/.-]*|<no route>) \d{3} [\d.]+ms "
            r"(?:chars=\d+ source=\w+ verdict=\w+ (?:[A-Z_]+:\d+,?)*|event=\w+ (?:[A-Z_]+:\d+,?)*)?",
    STAMP + r"mamori internal error \w+ at \S+:\d+",
    STAMP + r"mamori\.scan detector \w+ failed: \w+",
    STAMP + r"mamori\.policy policy (?:reloaded from \S+: version \S+|reload refused, keeping version \S+: .*)",
    STAMP + r"mamori\.policy policy watcher error: \w+",
    STAMP + r"mamori\.audit audit: cannot write to the audit directory \(.*\)",
    STAMP + r"waitress(?:\.queue)? .*",
    r"mamori: .*",  # start-up refusals (bad policy file, non-loopback host): IT's own settings
)]
AUDIT_KEYS = {"time", "event", "verdict", "source", "findings", "extension_version", "policy_version",
              "host", "error", "received", "user", "seq", "prev",  # seq/prev: the hash chain (service/audit.py)
              "path", "gesture"}
PATH_SHAPE = re.compile(r"/|(/(:id|[a-z][a-z0-9\-]{0,23})){1,8}")  # selector_miss: a path's shape only


def _secrets() -> set[str]:
    found = set()
    for corpus in (ROOT.parent / "shared/eval/dev.jsonl", ROOT / "tests/data/holdout_handmade.jsonl",
                   ROOT / "tests/data/holdout2.jsonl"):
        if corpus.exists():
            for line in corpus.read_text(encoding="utf-8").splitlines():
                found.update(s for s in json.loads(line).get("secrets", []) if len(s) >= 4)
    # values the test modules scan (quoted literals that look like personal data)
    value = re.compile(r"\d{3,4}-\d{4}-\d{4}|[\w.]+@[\w.]+\.\w+|[一-龥]{1,3}[ 　][一-龥ぁ-ん]{1,3}(?=さん|様)")
    for src in (ROOT / "tests").rglob("test_*.py"):
        found.update(m.group() for m in value.finditer(src.read_text(encoding="utf-8")))
    return found


def _log_files():
    return sorted(LOG_DIR.glob("*.log")) if LOG_DIR.exists() else []


def test_service_logs_have_only_safe_lines():
    files = _log_files()
    if not files:
        pytest.skip("no service ran in this test session")
    bad = []
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if line.strip() and not any(p.fullmatch(line) for p in SAFE_LINES):
                bad.append(f"{f.name}:{n}: {line[:60]!r}")
    assert not bad, "unexpected log lines (could carry text):\n" + "\n".join(bad[:20])


def test_no_secret_in_any_log_or_audit_file(tmp_path_factory):
    secrets = _secrets()
    assert len(secrets) > 50
    files = _log_files() + sorted(Path(tmp_path_factory.getbasetemp()).rglob("mamori-*.jsonl"))
    leaks = []
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        leaks += [f"{f.name}: {s[:3]}…" for s in secrets if s in text]
    assert not leaks, "scanned values found in logs/audit files:\n" + "\n".join(leaks[:20])


def test_audit_lines_carry_only_counts(tmp_path_factory):
    files = sorted(Path(tmp_path_factory.getbasetemp()).rglob("mamori-*.jsonl"))
    if not files:
        pytest.skip("no audit file was written in this test session")
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            try:
                rec = json.loads(line)
            except ValueError:
                continue  # the report tests write corrupt lines on purpose
            assert set(rec) <= AUDIT_KEYS, f.name
            assert all(isinstance(v, int) for v in rec.get("findings", {}).values())
            if "path" in rec:
                assert rec["event"] == "selector_miss" and PATH_SHAPE.fullmatch(rec["path"]), rec
