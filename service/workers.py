"""Scanning in worker processes, for a service that many people share.

A scan is pure Python holding the GIL, so one process scans on one core however many
waitress threads it has: with 32 clients at once on a 2-core machine, each request waits
behind the others (measured: p99 570 ms at saturation). `run_service.py --workers N`
makes the front process (waitress, Flask, the Host/CORS guard, the policy watcher) hand
each scan to one of N worker processes through one shared queue, so the cores share the
work evenly and in order of arrival.

The front still owns the policy: it loads and validates the file, and each job carries
the policy in force as (generation, pickled bytes); a worker unpickles and builds a new
Scanner only when the generation changes (the Sudachi dictionary is kept).

A worker that dies (killed, out of memory) breaks the pool: the scans in flight fail
closed (ScanFailed → HTTP 500 → the extension's fail mode), and the next scan starts a
fresh pool. Nothing of the text is logged.

Processes are started with "spawn" on every platform: the front has threads running
(the policy watcher, waitress) and Sudachi's native state, which fork must not copy.
"""
from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Optional

from .policy import Policy
from .scanner import ScanFailed

log = logging.getLogger("mamori.workers")

WARM_UP_TEXT = "起動確認 山田太郎さん 090-1234-5678 前橋市大手町1丁目1番1号"

# In a worker process: the scanner for the policy generation it last saw.
_worker: dict = {"generation": None, "scanner": None}


def _init_worker() -> None:
    _exit_with_parent()
    # Build Sudachi and the detectors before the first real job, so it is as fast as the rest.
    from .policy import load_policy

    _build_scanner(-1, load_policy(None)).scan(WARM_UP_TEXT)


def _exit_with_parent() -> None:
    """A worker must not outlive the front process, however that ends (even killed): it
    would hold memory for nothing. Its parent's sentinel becomes ready when the parent exits."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch():
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="mamori-parent-watch", daemon=True).start()


def _build_scanner(generation: int, policy: Policy):
    from .scanner import Scanner

    previous = _worker["scanner"]
    if previous is None:
        scanner = Scanner(policy)
    else:
        scanner = Scanner(policy, analyser=previous.analyser)
        scanner.anonymizer = previous.anonymizer
    _worker["generation"], _worker["scanner"] = generation, scanner
    return scanner


def _scan_job(generation: int, policy_blob: bytes, text: str, source: str) -> dict:
    scanner = _worker["scanner"]
    if _worker["generation"] != generation:
        scanner = _build_scanner(generation, pickle.loads(policy_blob))
    return scanner.scan(text, source)


def _pid_job(pause: float) -> int:
    time.sleep(pause)
    return os.getpid()


class ScanWorkers:
    """N worker processes scanning for the front process; `scan()` is thread-safe."""

    def __init__(self, count: int, policy: Policy):
        if count < 1:
            raise ValueError("count must be at least 1")
        self.count = count
        self._context = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._generation = 0
        self._policy_blob = b""
        self.set_policy(policy)
        self._executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.count, mp_context=self._context,
                                   initializer=_init_worker)

    def set_policy(self, policy: Policy) -> None:
        """Later jobs carry this policy; each worker switches at its next job."""
        blob = pickle.dumps(policy)
        with self._lock:
            self._generation += 1
            self._job_policy = (self._generation, blob)

    def scan(self, text: str, source: str = "prompt") -> dict:
        generation, blob = self._job_policy
        executor = self._executor
        try:
            return executor.submit(_scan_job, generation, blob, text, source).result()
        except BrokenProcessPool:
            log.error("a scan worker process died; starting a new pool")
            self._replace(executor)
            raise ScanFailed("worker") from None

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._executor is not broken:
                return  # another thread has replaced it already
            self._executor = fresh = self._new_executor()
        broken.shutdown(wait=False, cancel_futures=True)
        # Start all the new workers now, not one by one as scans arrive.
        threading.Thread(target=self._start_all, args=(fresh,), name="mamori-workers-restart",
                         daemon=True).start()

    def _start_all(self, executor: ProcessPoolExecutor, timeout: float = 120.0) -> None:
        """Make the pool start every worker and wait until each has built its scanner (the
        initializer runs before a worker takes its first job). The pool starts a process for
        a job only when no worker is idle, so jobs are sent in rounds of `count` at once."""
        seen: set[int] = set()
        deadline = time.monotonic() + timeout
        try:
            while len(seen) < self.count and time.monotonic() < deadline:
                futures = [executor.submit(_pid_job, 0.05) for _ in range(self.count)]
                seen.update(f.result(timeout=timeout) for f in futures)
        except Exception as e:  # a pool broken again: the next scan replaces it
            log.error("scan workers did not start: %s", type(e).__name__)

    def warm_up(self) -> None:
        """Start every worker before the service says it is ready."""
        self._start_all(self._executor)
        self.scan(WARM_UP_TEXT)

    def pids(self) -> list[int]:
        return sorted(p.pid for p in (getattr(self._executor, "_processes", None) or {}).values())

    def shutdown(self) -> None:
        # Waits for the scans in progress (each ends within a second), so the pool's queues
        # and semaphores are released cleanly. Killed outright, the front cannot do this; its
        # workers then leave by themselves (_exit_with_parent).
        self._executor.shutdown(wait=True, cancel_futures=True)
