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
# Every service a test starts logs here; tests/test_zz_logs.py reads them all at the end.
LOG_DIR = ROOT / "tests" / "artifacts" / "logs"


def service_log(port: int):
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    return open(LOG_DIR / f"service-{port}-{int(time.time() * 1000)}.log", "wb")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_service(port: int, *extra: str, timeout: float = 20.0) -> subprocess.Popen:
    """Start run_service.py and wait until /healthz answers."""
    # The log goes to a file, never a pipe: nobody reads a pipe while tests run, and a full
    # pipe blocks the service's next log line (and with it the request).
    log = service_log(port)
    proc = subprocess.Popen([sys.executable, str(ROOT / "run_service.py"), "--port", str(port), *extra],
                            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.flush()
            tail = Path(log.name).read_text(encoding="utf-8", errors="replace")[-2000:]
            raise RuntimeError(f"service exited with {proc.returncode}: {tail}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("service did not answer /healthz in time")


def findings_of(result: dict, ftype: str) -> list[dict]:
    return [f for f in result["findings"] if f["type"] == ftype]


def finding_types(scanner, text: str) -> set[str]:
    """The types of the findings a scan of `text` reports."""
    return {f["type"] for f in scanner.scan(text)["findings"]}


def types_of(result: dict, action: str | None = None) -> set[str]:
    """The types of a scan result's findings (only those with `action`, when given)."""
    return {f["type"] for f in result["findings"] if action is None or f.get("action") == action}


def masked(scanner, text: str, value: str) -> bool:
    """`value` no longer appears in the scan's redacted text."""
    return value not in scanner.scan(text)["redacted_text"]


def cpu_seconds(fn, repeats: int = 2) -> float:
    """The best CPU time of this thread over `repeats` runs of fn() (a busy machine slows the
    wall clock, much less a thread's CPU time)."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.thread_time()
        fn()
        best = min(best, time.thread_time() - t0)
    return best


def grows_linearly(text: str, run, prepare=lambda t: t, factor: int = 10, slack: float = 3.0,
                   floor: float = 0.005) -> tuple[bool, str]:
    """Whether `run(prepare(text))` costs at most `slack` times linear growth over a text
    `factor` times shorter (its head and its last characters): ten times the input in under
    thirty times the CPU time. No bound in seconds, so a loaded CI machine cannot fail it; a
    quadratic scan (a hundred times the time) still does. `prepare` is not timed."""
    cut = max(1, len(text) // factor)
    small = text[:max(0, cut - 20)] + text[-min(20, cut):]
    big_arg, small_arg = prepare(text), prepare(small)
    t_small = max(cpu_seconds(lambda: run(small_arg)), floor)
    t_big = cpu_seconds(lambda: run(big_arg))
    return t_big <= factor * slack * t_small, f"{len(small):,} chars: {t_small:.3f}s, {len(text):,} chars: {t_big:.3f}s"
