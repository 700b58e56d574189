"""What the app holds between requests: the policy in force and the scanner built from it.

A policy file edited while the service runs is picked up safely: a watcher thread
notices the new modification time, loads the file, and only if it is valid builds a new
Scanner (reusing the loaded Sudachi dictionary) and swaps both in at once. A broken edit
keeps the last good policy; the reason is logged and shown by GET /healthz as
`policy_error` until the file is fixed.

With `workers` > 0 the scans run in that many worker processes (service/workers.py)
instead of in this one; the policy is still loaded and checked here.
"""
from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import Callable, Optional

from .policy import Policy, PolicyError, load_policy
from .scanner import Scanner

log = logging.getLogger("mamori.policy")


class ServiceState:
    def __init__(self, policy: Optional[Policy] = None, policy_file: Optional[str] = None,
                 analyser: Optional[Callable] = None, workers: int = 0):
        self.policy_file = Path(policy_file) if policy_file else None
        if policy is None:
            policy = load_policy(self.policy_file)
        elif self.policy_file is None and policy.source != "default":
            self.policy_file = Path(policy.source)
        self._mtime = self._file_mtime()
        self.workers = None
        if workers:
            from .workers import ScanWorkers

            self.workers = ScanWorkers(workers, policy)
            scanner = None
        else:
            scanner = Scanner(policy, analyser=analyser)
        self._current = (policy, scanner)  # swapped as one tuple: readers never see a mix
        self.policy_error: Optional[str] = None
        self._lock = threading.Lock()
        self._stop = threading.Event()

    @property
    def policy(self) -> Policy:
        return self._current[0]

    @property
    def scanner(self) -> Optional[Scanner]:
        """The in-process scanner (None when scans run in worker processes)."""
        return self._current[1]

    def scan(self, text: str, source: str = "prompt") -> dict:
        if self.workers is not None:
            return self.workers.scan(text, source)
        return self._current[1].scan(text, source)

    def _file_mtime(self) -> Optional[int]:
        if self.policy_file is None:
            return None
        try:
            return os.stat(self.policy_file).st_mtime_ns
        except OSError:
            return None

    def reload_if_changed(self) -> bool:
        """Load the policy file again if it changed; True if a new policy is in force."""
        if self.policy_file is None:
            return False
        with self._lock:
            mtime = self._file_mtime()
            if mtime == self._mtime:
                return False
            self._mtime = mtime
            try:
                policy = load_policy(self.policy_file)
            except PolicyError as e:
                self.policy_error = f"{e}（直前の正しいポリシーで動作を続けています）"
                log.error("policy reload refused, keeping version %s: %s", self.policy.version, e)
                return False
            if self.workers is not None:
                self.workers.set_policy(policy)
                scanner = None
            else:
                scanner = Scanner(policy, analyser=self.scanner.analyser)
            self._current = (policy, scanner)
            self.policy_error = None
            log.info("policy reloaded from %s: version %s", self.policy_file, policy.version)
            return True

    def watch(self, interval: float = 2.0) -> None:
        """Poll the policy file in a daemon thread (no work on the request path)."""
        if self.policy_file is None:
            return

        def loop():
            while not self._stop.wait(interval):
                try:
                    self.reload_if_changed()
                except Exception as e:  # never let the watcher die silently
                    log.error("policy watcher error: %s", type(e).__name__)

        threading.Thread(target=loop, name="mamori-policy-watch", daemon=True).start()

    def stop(self) -> None:
        self._stop.set()
        if self.workers is not None:
            self.workers.shutdown()
