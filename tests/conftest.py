"""Shared fixtures: one Scanner/app per test session (building them loads Sudachi),
and a real waitress server started the way IT starts it."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from service.app import create_app  # noqa: E402
from service.detectors.base import Document  # noqa: E402
from service.nlp import Morphology  # noqa: E402
from service.policy import load_policy  # noqa: E402
from service.scanner import Scanner  # noqa: E402
from support import start_service, free_port  # noqa: E402,F401


@pytest.fixture(scope="session")
def morphology():
    return Morphology()


@pytest.fixture(scope="session")
def policy():
    # The shipped defaults plus the development extension's origin (the default allows none).
    return load_policy(Path(__file__).resolve().parent.parent / "deploy" / "dev-policy.toml")


@pytest.fixture(scope="session")
def scanner(policy, morphology):
    return Scanner(policy, analyser=morphology)


@pytest.fixture(scope="session")
def rules_scan(policy, morphology):
    """scan(text) with the rule detectors only (the learned layer off): for tests of what the
    rules themselves must leave alone; the whole product's precision is scored on the corpora."""
    return Scanner(policy, analyser=morphology, learned=False).scan


@pytest.fixture(scope="session")
def scan(scanner):
    """scan(text) -> the response dict, as POST /v1/scan would return it."""
    return scanner.scan


@pytest.fixture(scope="session")
def make_doc(morphology):
    return lambda text: Document(text, morphology)


@pytest.fixture(scope="session")
def app(policy, morphology):
    return create_app({"POLICY": policy, "ANALYSER": morphology, "PORT": 8765})


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def live_service():
    """A real waitress server on a free port: yields its base URL."""
    port = free_port()
    proc = start_service(port)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


def pytest_collection_modifyitems(config, items):
    """Tests marked `last` (the end-of-run log check) run after everything else."""
    items.sort(key=lambda item: item.get_closest_marker("last") is not None)


def pytest_sessionstart(session):
    # test_zz_logs.py reads the service logs of *this* run: start from an empty log directory
    # (a previous run's files would be judged by rules that may have changed since).
    import shutil

    from support import LOG_DIR

    shutil.rmtree(LOG_DIR, ignore_errors=True)
