"""Scanning in worker processes, for a service that many people share.

A scan is pure Python holding the GIL, so one process scans on one core however many
waitress threads it has: with 32 clients at once on a 2-core machine, each request waits
behind the others (measured: p99 570 ms at saturation). `run_service.py --workers N`
makes the front process (waitress, Flask, the Host/CORS guard, the policy watcher) hand
each scan to one of N worker processes, so the cores share the work.

How a scan travels: each worker has one pipe to the front. A request thread takes an idle
worker from a FIFO queue (so requests are served in order of arrival), sends it the job,
waits for the answer on the same pipe and gives the worker back. Nothing else runs in
between: no feeder or manager threads (concurrent.futures' process pool cost the front
about 0.8 ms of CPU per scan in thread hand-offs, measured).

The front still owns the policy: it loads and validates the file, and each job carries
the policy in force as (generation, pickled bytes); a worker unpickles and builds a new
Scanner only when the generation changes (the Sudachi dictionary is kept).

A worker that dies (killed, out of memory) fails the scan it had closed (ScanFailed →
HTTP 500 → the extension's fail mode) and a new worker is started in its place. A worker
that died while idle is found before it is given a job (its process has exited, its pipe
reads EOF, or the job cannot be sent to it) and replaced, so it costs no request: the scan
goes to the next live worker. While the pool is being rebuilt (every worker killed at once,
or a replacement that itself died while starting and is being started again), a scan waits
for the next worker that comes up, up to REBUILD_WAIT, instead of failing after IDLE_WAIT.
A worker that was killed can still look alive for a few milliseconds: Linux shows the process
as exited (a zombie) while its other threads are still being torn down, and until they are,
its pipe stays open and `waitpid` does not report it (seen under CPU load: a job sent to such a
worker is accepted, then the pipe reads EOF). So a scan whose worker dies while scanning goes
once more, to a worker that has first answered a ping: a dying worker fails the ping, is
replaced and does not count, and while none answers the scan waits for a replacement (up to
REBUILD_WAIT). If the verified worker dies too, the text itself is the likely cause and the scan
fails closed: a text that kills workers costs at most two, never them all. A
worker exits by itself when the front process ends, however it ends. Nothing of the
text is logged.

Processes are started with "spawn" on every platform: the front has threads running
(the policy watcher, waitress) and Sudachi's native state, which fork must not copy.
"""
from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import queue
import threading
import time

from .policy import Policy
from .scanner import ScanFailed

log = logging.getLogger("mamori.workers")

PING = "ping"  # a job that only asks "are you alive?"; the worker answers with the same word
WARM_UP_TEXT = "起動確認 山田太郎さん 090-1234-5678 前橋市大手町1丁目1番1号"
START_TIMEOUT = 120.0
RESTART_DELAY, RESTART_DELAY_MAX = 0.5, 10.0
# A request waits at most this long for a free worker while all are busy; then it fails
# closed instead of hanging.
IDLE_WAIT = 60.0
# A verified worker (see scan's retry) answers a ping within this long or is taken for dead.
PING_TIMEOUT = 30.0
# … and at most this long in all while workers are being started in place of dead ones (a
# start under full CPU saturation can take tens of seconds, and a replacement that dies while
# starting is started again): a scan that arrives while the pool is rebuilt waits for it.
REBUILD_WAIT = 2 * START_TIMEOUT


# -- in the worker process --------------------------------------------------------------

def _worker_main(conn) -> None:
    """Serve jobs from the front until the pipe closes."""
    _exit_with_parent()
    from .policy import load_policy
    from .scanner import Scanner

    scanner = Scanner(load_policy(None))
    scanner.scan(WARM_UP_TEXT)  # build everything before the first real job
    generation = None
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        if job == PING:
            try:
                conn.send(PING)
            except (EOFError, OSError):
                return
            continue
        job_generation, policy_blob, text, source = job
        try:
            if job_generation != generation:
                fresh = Scanner(pickle.loads(policy_blob), analyser=scanner.analyser)
                scanner, generation = fresh, job_generation
            answer = ("ok", scanner.scan(text, source))
        except Exception as e:  # ScanFailed or worse: the front fails the scan closed
            answer = ("failed", type(e).__name__)
        try:
            conn.send(answer)
        except (EOFError, OSError):
            return


def _exit_with_parent() -> None:
    """A worker must not outlive the front process, however that ends (even killed), not
    even in the middle of a scan. Its parent's sentinel becomes ready when the parent exits."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch():
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="mamori-parent-watch", daemon=True).start()


# -- in the front process ---------------------------------------------------------------

class _Worker:
    def __init__(self, context):
        self.conn, child_conn = context.Pipe(duplex=True)
        self.process = context.Process(target=_worker_main, args=(child_conn,), name="mamori-scan-worker",
                                       daemon=True)
        self.process.start()
        child_conn.close()  # only the worker holds its end: its death shows here as EOF

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            raise RuntimeError("worker did not start in time")
        kind, _pid = self.conn.recv()
        if kind != "ready":
            raise RuntimeError("unexpected message from a starting worker")

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(timeout=5)
        self.conn.close()


class ScanWorkers:
    """N worker processes scanning for the front process; `scan()` is thread-safe."""

    def __init__(self, count: int, policy: Policy):
        if count < 1:
            raise ValueError("count must be at least 1")
        self.count = count
        self._context = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._generation = 0
        self._job_policy = (0, b"")
        self.set_policy(policy)
        self._idle: queue.Queue = queue.Queue()
        self._all: list[_Worker] = []
        self._stopping = False
        self._starting = 0  # replacements being started right now
        for _ in range(count):
            self._all.append(_Worker(self._context))
        self._started = False

    def set_policy(self, policy: Policy) -> None:
        """Later jobs carry this policy; each worker switches at its next job."""
        blob = pickle.dumps(policy)
        with self._lock:
            self._generation += 1
            self._job_policy = (self._generation, blob)

    def warm_up(self) -> None:
        """Wait until every worker has built its scanner, before the service says it is ready."""
        for w in self._all:
            w.wait_ready(START_TIMEOUT)
            self._idle.put(w)
        self._started = True

    def scan(self, text: str, source: str = "prompt") -> dict:
        if not self._started:
            self.warm_up()
        arrived = time.monotonic()
        # A worker that dies while scanning is replaced and the text goes once to another live
        # worker: a worker can die for reasons that are not the text's (seen under load: a live
        # worker exiting while a dead sibling is replaced). A text that kills a second worker too
        # fails closed — a crafted text costs the pool at most two workers, which are restarted.
        for attempt in (1, 2):
            worker = self._send(text, source, arrived, verified=attempt == 2)
            try:
                kind, payload = worker.conn.recv()
            except (EOFError, OSError):
                self._replace(worker)
                if attempt == 2:
                    raise ScanFailed("worker") from None
                log.error("a scan worker died during a scan; the text goes to another worker once")
                continue
            except BaseException:
                # anything else (e.g. an unpicklable answer): this worker's pipe may be out of
                # step, so it is not reused
                self._replace(worker)
                raise
            self._idle.put(worker)
            if kind != "ok":
                raise ScanFailed(payload)
            return payload
        raise ScanFailed("worker")  # not reached

    def _send(self, text: str, source: str, arrived: float, verified: bool = False) -> "_Worker":
        """The job on its way to a live worker (the worker it went to); with `verified`, only to
        a worker that has just answered a ping."""
        generation, blob = self._job_policy
        while True:
            worker = self._next_live_worker(arrived)
            if verified and not self._answers_ping(worker):
                self._replace(worker)
                continue
            try:
                worker.conn.send((generation, blob, text, source))
            except (OSError, ValueError):
                # The worker died after the liveness check, before it could read the job: the
                # text never reached it, so the scan goes to the next live worker.
                self._replace(worker)
                continue
            return worker

    def _next_live_worker(self, arrived: float) -> _Worker:
        """The next idle worker (FIFO: the longest-waiting request gets the next free one),
        skipping and replacing any that died while idle. Gives up (fails closed) after
        IDLE_WAIT, or after REBUILD_WAIT while replacements are still being started."""
        while True:
            try:
                worker = self._idle.get(timeout=1.0)
            except queue.Empty:
                waited = time.monotonic() - arrived
                if self._stopping or waited >= REBUILD_WAIT or (waited >= IDLE_WAIT and not self._starting):
                    raise ScanFailed("no worker") from None
                continue
            try:
                # An idle worker has nothing to say: readable means EOF (it died) or garbage.
                alive = worker.process.is_alive() and not worker.conn.poll()
            except (OSError, ValueError):
                alive = False
            if alive:
                return worker
            self._replace(worker)

    @staticmethod
    def _answers_ping(worker: _Worker) -> bool:
        try:
            worker.conn.send(PING)
            return worker.conn.poll(PING_TIMEOUT) and worker.conn.recv() == PING
        except (EOFError, OSError, ValueError, pickle.UnpicklingError):
            return False

    def _replace(self, dead: _Worker) -> None:
        log.error("a scan worker process died; starting a new one")
        try:
            dead.conn.close()
            dead.process.join(timeout=1)
            if dead.process.is_alive():  # hung rather than dead (it did not answer): end it
                dead.process.kill()
                dead.process.join(timeout=5)
        except Exception:
            pass

        with self._lock:
            self._starting += 1

        def start():
            try:
                run()
            finally:
                with self._lock:
                    self._starting -= 1

        def run():
            # A replacement that dies while starting (killed too, out of memory) is retried,
            # a little later each time, so the pool never shrinks for good.
            delay = RESTART_DELAY
            while not self._stopping:
                fresh = None
                try:
                    fresh = _Worker(self._context)
                    fresh.wait_ready(START_TIMEOUT)
                except Exception as e:
                    log.error("a new scan worker did not start (%s); trying again", type(e).__name__)
                    if fresh is not None:
                        fresh.stop()
                    time.sleep(delay)
                    delay = min(delay * 2, RESTART_DELAY_MAX)
                    continue
                with self._lock:
                    self._all = [w for w in self._all if w is not dead] + [fresh]
                self._idle.put(fresh)
                return

        threading.Thread(target=start, name="mamori-worker-restart", daemon=True).start()

    def shutdown(self) -> None:
        self._stopping = True
        for w in list(self._all):
            w.stop()
