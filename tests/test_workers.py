"""`run_service.py --workers N`: scans in worker processes behind one front process.

Real processes throughout: the service is started as IT would start it, workers are
killed with real signals, and answers are compared with the in-process scanner's.
"""
from __future__ import annotations

import json
import os
import signal
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from support import free_port, start_service

TEXTS = [
    "相談者：森田 舞（H4.9.18生）連絡先：080-5966-5425 状況：子ども2人と実家で同居。",
    "来月公告する道路舗装工事の予定価格は 41,580,000円 です。入札説明書の目次を考えて。",
    "=SUMPRODUCT((A2:A500=\"土木費\")*(B2:B500>=DATE(2026,4,1))*C2:C500) の意味を説明してください。",
    "夏目漱石の『坊っちゃん』のあらすじを教えて。",
]


def post_scan(port: int, text: str, timeout: float = 30) -> tuple[int, dict]:
    req = urllib.request.Request(f"http://127.0.0.1:{port}/v1/scan", data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def children(pid: int) -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        out.update(int(c) for c in (task / "children").read_text().split())
    return out


def scan_workers(pid: int) -> set[int]:
    """The front's children that are scan workers (not multiprocessing's resource tracker)."""
    found = set()
    for c in children(pid):
        try:
            cmd = Path(f"/proc/{c}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in cmd:
            found.add(c)
    return found


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    # a zombie is dead for our purpose
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def wait_until(cond, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture(scope="module")
def workers_service():
    port = free_port()
    proc = start_service(port, "--workers", "2", "--log-level", "INFO", timeout=60)
    yield port, proc
    proc.terminate()
    proc.wait(timeout=15)


def test_workers_answer_exactly_like_the_in_process_scanner(workers_service, scanner):
    port, proc = workers_service
    assert len(scan_workers(proc.pid)) == 2
    for text in TEXTS:
        status, body = post_scan(port, text)
        assert status == 200
        assert body == scanner.scan(text)


@pytest.fixture()
def own_workers_service():
    """A service of its own: these tests kill workers and must not see another test's
    replacement still starting."""
    port = free_port()
    proc = start_service(port, "--workers", "2", "--log-level", "INFO", timeout=60)
    yield port, proc
    proc.terminate()
    proc.wait(timeout=15)


def test_a_worker_killed_while_idle_costs_no_request(own_workers_service):
    port, proc = own_workers_service
    before = scan_workers(proc.pid)
    victim = sorted(before)[0]
    os.kill(victim, signal.SIGKILL)
    assert wait_until(lambda: not alive(victim))
    # The dead worker is found before it is given a job and replaced: every scan is answered.
    for _ in range(4):
        status, body = post_scan(port, TEXTS[0])
        assert status == 200 and body["verdict"] == "block"
    assert wait_until(lambda: len(scan_workers(proc.pid)) == 2)
    assert not (scan_workers(proc.pid) & {victim})


def test_all_workers_killed_while_idle_the_next_scan_waits_for_a_new_one(own_workers_service):
    port, proc = own_workers_service
    victims = scan_workers(proc.pid)
    assert len(victims) == 2
    for v in victims:
        os.kill(v, signal.SIGKILL)
    assert wait_until(lambda: not any(alive(v) for v in victims))
    status, body = post_scan(port, TEXTS[0], timeout=120)
    assert status == 200 and body["verdict"] == "block"
    assert wait_until(lambda: len(scan_workers(proc.pid)) == 2, timeout=60), scan_workers(proc.pid)


def test_a_scan_arriving_while_the_pool_is_rebuilt_waits_for_a_worker_that_comes_up(monkeypatch):
    """Every worker killed, and each first replacement killed again while it starts (as under
    full CPU saturation or memory pressure): a scan that arrives meanwhile is answered by the
    worker that finally comes up. IDLE_WAIT is 0 here, so only the rebuild keeps it waiting."""
    import multiprocessing
    import threading

    from service import workers as W
    from service.policy import load_policy

    pool = W.ScanWorkers(2, load_policy(None))
    try:
        pool.warm_up()
        first = {w.process.pid for w in pool._all}
        monkeypatch.setattr(W, "IDLE_WAIT", 0.0)
        monkeypatch.setattr(W, "RESTART_DELAY", 0.05)
        killed: list[int] = []
        done = threading.Event()

        def kill_first_replacements():
            while len(killed) < 2 and not done.is_set():
                for p in multiprocessing.active_children():
                    if p.name == "mamori-scan-worker" and p.pid not in first and p.pid not in killed:
                        os.kill(p.pid, signal.SIGKILL)
                        killed.append(p.pid)
                time.sleep(0.005)

        for pid in first:
            os.kill(pid, signal.SIGKILL)
        assert wait_until(lambda: not any(alive(p) for p in first))
        killer = threading.Thread(target=kill_first_replacements, daemon=True)
        killer.start()
        answer = pool.scan(TEXTS[0])
        done.set()
        killer.join()
        assert answer["verdict"] == "block"
        assert len(killed) == 2  # both first replacements died; the scan waited for later ones
    finally:
        pool.shutdown()


def test_workers_that_look_alive_but_are_dying_cost_no_request():
    """A killed worker can look alive for a few milliseconds (its process is a zombie while its
    other threads are torn down; its pipe still accepts a job). Here both workers are frozen
    (SIGSTOP: alive to every check, never answering) and killed only once a scan has gone to
    each in turn: the first death sends the scan on, the second worker must first answer a
    ping, so its death is not held against the text, and the scan waits for a replacement."""
    import threading

    from service import workers as W
    from service.policy import load_policy

    pool = W.ScanWorkers(2, load_policy(None))
    try:
        pool.warm_up()
        first, second = pool._all
        for w in (first, second):
            os.kill(w.process.pid, signal.SIGSTOP)
        answers: list = []
        scan = threading.Thread(target=lambda: answers.append(_scan_or_error(pool, TEXTS[0])), daemon=True)
        scan.start()
        # the job went to the first worker (FIFO): it leaves the idle queue
        assert wait_until(lambda: pool._idle.qsize() == 1)
        os.kill(first.process.pid, signal.SIGKILL)
        # the scan moved on to the second worker, which it must not trust blindly
        assert wait_until(lambda: pool._idle.qsize() == 0 and pool._starting >= 1)
        time.sleep(0.3)  # let the scan reach the second worker's pipe before it dies
        os.kill(second.process.pid, signal.SIGKILL)
        scan.join(timeout=W.REBUILD_WAIT + 10)
        assert answers and isinstance(answers[0], dict), answers
        assert answers[0]["verdict"] == "block"
    finally:
        pool.shutdown()


def _scan_or_error(pool, text):
    try:
        return pool.scan(text)
    except Exception as e:  # the test reports what the scan raised
        return e


def test_policy_edit_reaches_the_workers(tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('version = "w1"\n[keywords]\nblock = ["赤城計画"]\n', encoding="utf-8")
    port = free_port()
    proc = start_service(port, "--workers", "2", "--policy", str(policy), timeout=60)
    try:
        status, body = post_scan(port, "赤城計画と榛名計画")
        assert status == 200 and body["verdict"] == "block" and body["policy_version"] == "w1"
        policy.write_text('version = "w2"\n[keywords]\nblock = ["榛名計画"]\n', encoding="utf-8")
        os.utime(policy, ns=(1, 2_000_000_000_000_000_000))

        def reloaded():
            # every worker must see it: scan several times so both take a job
            bodies = [post_scan(port, "赤城計画と榛名計画")[1] for _ in range(4)]
            return all(b["policy_version"] == "w2" and "榛名計画" not in b["redacted_text"]
                       and "赤城計画" in b["redacted_text"] for b in bodies)

        assert wait_until(reloaded, timeout=15)
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def test_workers_do_not_outlive_the_front_even_when_it_is_killed():
    port = free_port()
    proc = start_service(port, "--workers", "2", timeout=60)
    workers = scan_workers(proc.pid)
    assert len(workers) == 2
    proc.kill()  # SIGKILL: no clean-up code runs in the front
    proc.wait(timeout=10)
    assert wait_until(lambda: not any(alive(w) for w in workers), timeout=10)


def test_sigterm_stops_front_and_workers():
    port = free_port()
    proc = start_service(port, "--workers", "2", timeout=60)
    workers = scan_workers(proc.pid)
    proc.terminate()
    assert proc.wait(timeout=15) == 0
    assert wait_until(lambda: not any(alive(w) for w in workers), timeout=10)
