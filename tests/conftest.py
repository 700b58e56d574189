"""Shared fixtures: one Scanner/app per test session (building them loads Sudachi),
and a real waitress server started the way IT starts it."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.app import create_app  # noqa: E402
from service.detectors.base import Document  # noqa: E402
from service.nlp import Morphology  # noqa: E402
from service.policy import load_policy  # noqa: E402
from service.scanner import Scanner  # noqa: E402


@pytest.fixture(scope="session")
def morphology():
    return Morphology()


@pytest.fixture(scope="session")
def policy():
    return load_policy()


@pytest.fixture(scope="session")
def scanner(policy, morphology):
    return Scanner(policy, analyser=morphology)


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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_service(port: int, *extra: str, timeout: float = 20.0) -> subprocess.Popen:
    """Start run_service.py and wait until /healthz answers."""
    proc = subprocess.Popen([sys.executable, str(ROOT / "run_service.py"), "--port", str(port), *extra],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"service exited with {proc.returncode}: {proc.stderr.read()[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("service did not answer /healthz in time")


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


def findings_of(result: dict, ftype: str) -> list[dict]:
    return [f for f in result["findings"] if f["type"] == ftype]
