"""Helpers shared by test modules (import with `from support import …`; pytest's
conftest.py is not importable by name once tests/e2e has its own)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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


def findings_of(result: dict, ftype: str) -> list[dict]:
    return [f for f in result["findings"] if f["type"] == ftype]
