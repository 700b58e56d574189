"""A short version of bench/load.py: concurrent clients against the real waitress server
get no errors. (The 60-second, 32-client run is a benchmark outside the test run.)"""
import sys

import pytest

from support import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from load import run_load  # noqa: E402


@pytest.mark.parametrize("mix", ["prompts", "heavy"])
def test_concurrent_clients_get_no_errors(live_service, mix):
    r = run_load(live_service, clients=8, seconds=3, max_requests=400, mix=mix)
    assert r["ok"] > 0
    assert r["errors"] == 0, r["error_kinds"]
