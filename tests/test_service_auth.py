"""Per-user services on one PC: launcher, supervisor, native host, authentication, impostors.

Real processes throughout: `python -m service.launcher run` for two users (two state folders,
two secrets) starts two real services; the extension's own client (extension/lib/service-auth.js,
run by node) talks to them and to an impostor. No wall-clock bounds: waits are generous
deadlines, never assertions about speed.
"""
from __future__ import annotations

import hashlib
import hmac
import http.server
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from support import ROOT

sys.path.insert(0, str(ROOT))
import run_service  # noqa: E402
from service import auth  # noqa: E402

PII = "山田太郎さんの電話番号は090-8765-4321です"
WAIT = 180.0  # generous: the CI machine is loaded; Sudachi warm-up takes seconds


def _wait_for(pred, timeout=WAIT, step=0.3):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        v = pred()
        if v:
            return v
        time.sleep(step)
    return None


def signed_get(port: int, secret: bytes, path="/healthz", nonce="n" * 24, proof_port=None):
    proof = auth.client_proof(secret, nonce, "GET", path, proof_port or port, b"")
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}",
                                 headers={auth.NONCE_HEADER: nonce, auth.CLIENT_HEADER: proof})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read(), r.headers.get(auth.PROOF_HEADER)
    except urllib.error.HTTPError as e:
        return e.code, e.read(), e.headers.get(auth.PROOF_HEADER)


class User:
    """One Windows user's launcher (a state folder of their own stands for their profile)."""

    def __init__(self, state: Path):
        self.state = state
        self.proc = None

    def start(self):
        env = dict(os.environ, MAMORI_STATE_DIR=str(self.state))
        # No console: stdout/stderr go nowhere, as under pythonw.
        self.proc = subprocess.Popen([sys.executable, "-m", "service.launcher", "run"], cwd=ROOT, env=env,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        return self

    def service(self):
        """(port, pid) once this user's service answers its own authenticated hello."""
        def ready():
            try:
                info = json.loads((self.state / "service.json").read_text("utf-8"))
                status, _, _ = signed_get(info["port"], self.secret())
            except (OSError, ValueError, KeyError):
                return None
            return (info["port"], info["pid"]) if status == 200 else None
        got = _wait_for(ready)
        assert got, f"service of {self.state.name} did not come up; log:\n{self.log_tail()}"
        return got

    def secret(self) -> bytes:
        return auth.parse_secret((self.state / "secret.key").read_text("ascii"))

    def log_tail(self) -> str:
        out = []
        for name in ("launcher.log", "service.log"):
            p = self.state / "logs" / name
            if p.exists():
                out.append(f"--- {name}\n" + p.read_text("utf-8", "replace")[-3000:])
        return "\n".join(out)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        # The service child stops with its launcher; make sure in any case.
        try:
            pid = json.loads((self.state / "service.json").read_text())["pid"]
            os.kill(pid, signal.SIGTERM)
        except (OSError, ValueError, KeyError):
            pass


@pytest.fixture(scope="module")
def users(tmp_path_factory):
    base = tmp_path_factory.mktemp("users")
    a, b = User(base / "alice").start(), User(base / "bob").start()
    try:
        yield a, b
    finally:
        a.stop()
        b.stop()


def node_client(port: int, secret: bytes, text: str) -> dict:
    if not shutil.which("node"):
        pytest.skip("node runs the extension's client (scripts/test.sh installs it)")
    out = subprocess.run(["node", "tests/helpers/service_auth_client.mjs", str(port), secret.hex(), text],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.mark.slow
def test_two_users_get_two_services_with_their_own_ports_and_secrets(users):
    a, b = users
    (pa, _), (pb, _) = a.service(), b.service()
    assert pa != pb
    assert a.secret() != b.secret()
    # Each user's extension scans with its own service …
    assert node_client(pa, a.secret(), PII) == {"ok": True, "verdict": "block"}
    assert node_client(pb, b.secret(), PII) == {"ok": True, "verdict": "block"}
    # … and never with the other's: B's service refuses A's proofs, and its answers fail A's check.
    crossed = node_client(pb, a.secret(), PII)
    assert crossed["ok"] is False and crossed["error"]["code"] == "not_authentic"
    status, _, _ = signed_get(pb, a.secret())
    assert status == 401


@pytest.mark.slow
def test_service_refuses_unauthenticated_and_relayed_requests(users):
    a, _ = users
    port, _ = a.service()
    body = json.dumps({"text": PII}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/v1/scan", data=body,
                                 headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=10)
    assert e.value.code == 401
    assert json.loads(e.value.read())["error"]["code"] == "service_auth_required"
    # A proof made for another port (what a relay on that port would forward) is refused.
    status, _, _ = signed_get(port, a.secret(), proof_port=port + 1 if port < 65535 else port - 1)
    assert status == 401
    # A correct proof gets 200 and a service proof the client can verify.
    status, data, proof = signed_get(port, a.secret(), nonce="m" * 24)
    assert status == 200
    assert hmac.compare_digest(proof, auth.service_proof(a.secret(), "m" * 24, 200, port, data))


class _Impostor(http.server.BaseHTTPRequestHandler):
    received: list = []

    def log_message(self, *a):
        pass

    def _answer(self):
        n = int(self.headers.get("Content-Length") or 0)
        type(self).received.append((self.command, self.path, self.rfile.read(n)))
        data = json.dumps({"status": "ok", "verdict": "allow", "findings": []}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header(auth.PROOF_HEADER, "0" * 64)  # it cannot know the real proof
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _answer


@pytest.mark.slow
def test_an_impostor_on_the_port_gets_no_text_and_is_reported(users):
    a, _ = users
    a.service()  # (the user's launcher has written its secret: the extension holds the same one)
    handler = type("Impostor", (_Impostor,), {"received": []})
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        out = node_client(srv.server_address[1], a.secret(), PII)
    finally:
        srv.shutdown()
        srv.server_close()
    assert out["ok"] is False and out["error"]["code"] == "not_authentic"
    assert [(m, p) for m, p, _ in handler.received] == [("GET", "/healthz")]
    assert all(PII.encode() not in body and b"090" not in body for _, _, body in handler.received)


@pytest.mark.slow
def test_native_host_hands_each_user_only_their_own_session(users):
    a, b = users
    pa, _ = a.service()
    for user, port in ((a, pa), (b, b.service()[0])):
        msg = json.dumps({"type": "hello"}).encode()
        out = subprocess.run([sys.executable, "-m", "service.launcher", "native-host", "--no-start", "--wait", "0",
                              "chrome-extension://abc/"],
                             cwd=ROOT, input=struct.pack("<I", len(msg)) + msg, capture_output=True, timeout=60,
                             env=dict(os.environ, MAMORI_STATE_DIR=str(user.state)))
        (n,) = struct.unpack("<I", out.stdout[:4])
        reply = json.loads(out.stdout[4:4 + n])
        assert reply == {"ok": True, "port": port, "secret": user.secret().hex()}


def test_native_host_says_not_running_when_there_is_no_service(tmp_path):
    msg = json.dumps({"type": "hello"}).encode()
    out = subprocess.run([sys.executable, "-m", "service.launcher", "native-host", "--no-start", "--wait", "0"],
                         cwd=ROOT, input=struct.pack("<I", len(msg)) + msg, capture_output=True, timeout=60,
                         env=dict(os.environ, MAMORI_STATE_DIR=str(tmp_path)))
    (n,) = struct.unpack("<I", out.stdout[:4])
    assert json.loads(out.stdout[4:4 + n]) == {"ok": False, "error": "not_running"}


@pytest.mark.slow
def test_a_killed_service_is_restarted_by_the_launcher(users):
    a, _ = users
    port, pid = a.service()
    os.kill(pid, signal.SIGKILL)
    def restarted():
        try:
            info = json.loads((a.state / "service.json").read_text())
        except (OSError, ValueError):
            return None
        if info.get("pid") == pid:
            return None
        status, _, _ = signed_get(info["port"], a.secret())
        return info if status == 200 else None
    info = _wait_for(restarted)
    assert info, a.log_tail()
    log = (a.state / "logs" / "launcher.log").read_text("utf-8")
    assert "exited with code" in log and "restart 1" in log


@pytest.mark.slow
def test_logs_are_written_without_a_console_and_hold_no_text_or_secret(users):
    a, _ = users
    port, _ = a.service()
    assert node_client(port, a.secret(), PII)["ok"] is True
    logs = a.state / "logs"
    service_log = _wait_for(lambda: "POST /v1/scan 200" in (logs / "service.log").read_text("utf-8")
                            and (logs / "service.log").read_text("utf-8"))
    assert service_log and "listening on http://127.0.0.1:" in service_log
    launcher_log = (logs / "launcher.log").read_text("utf-8")
    assert "service started" in launcher_log
    for text in (service_log, launcher_log):
        assert "山田" not in text and "8765-4321" not in text
        assert a.secret().hex() not in text


def test_second_launcher_for_the_same_user_exits(tmp_path):
    from service.launcher import SingleInstance

    first = SingleInstance(tmp_path)
    assert first.acquire()
    out = subprocess.run([sys.executable, "-m", "service.launcher", "run"], cwd=ROOT, timeout=60,
                         env=dict(os.environ, MAMORI_STATE_DIR=str(tmp_path)), capture_output=True)
    assert out.returncode == 0
    assert "another launcher is running" in (tmp_path / "logs" / "launcher.log").read_text("utf-8")


def test_launcher_refuses_a_missing_policy_file(tmp_path):
    out = subprocess.run([sys.executable, "-m", "service.launcher", "run", "--policy", str(tmp_path / "nope.toml")],
                         cwd=ROOT, timeout=60, env=dict(os.environ, MAMORI_STATE_DIR=str(tmp_path)),
                         capture_output=True)
    assert out.returncode == 2
    assert "policy file not found" in (tmp_path / "logs" / "launcher.log").read_text("utf-8")
    assert not (tmp_path / "service.json").exists()


def test_the_listening_socket_cannot_be_shared():
    s = run_service.exclusive_socket("127.0.0.1", 0)
    try:
        port = s.getsockname()[1]
        with pytest.raises(OSError):
            run_service.exclusive_socket("127.0.0.1", port)
    finally:
        s.close()


def test_windows_sockets_are_bound_with_exclusiveaddruse():
    calls = []

    class FakeSock:
        def setsockopt(self, *a):
            calls.append(("setsockopt",) + a)

        def bind(self, addr):
            calls.append(("bind", addr))

        def listen(self, n):
            pass

        def close(self):
            pass

    class FakeModule:
        AF_INET, AF_INET6, SOCK_STREAM, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, SO_REUSEADDR = 2, 23, 1, 0xFFFF, -5, 4

        @staticmethod
        def socket(*a):
            return FakeSock()

    run_service.exclusive_socket("127.0.0.1", 0, sock_module=FakeModule, windows=True)
    assert calls[0] == ("setsockopt", 0xFFFF, -5, 1), "SO_EXCLUSIVEADDRUSE before bind"
    assert calls[1] == ("bind", ("127.0.0.1", 0))
    assert not any(c[0] == "setsockopt" and c[2] == 4 for c in calls), "never SO_REUSEADDR on Windows"


def test_the_service_can_restart_on_its_port_over_time_wait():
    # Linux/macOS: a client connection left in TIME_WAIT must not stop a restart on the same port.
    s = run_service.exclusive_socket("127.0.0.1", 0)
    port = s.getsockname()[1]
    c = socket.create_connection(("127.0.0.1", port))
    a, _ = s.accept()
    a.close()  # the server side closes first: its end goes to TIME_WAIT
    c.close()
    s.close()
    run_service.exclusive_socket("127.0.0.1", port).close()


def test_proof_strings_match_the_documented_format():
    secret = bytes(range(32))
    body = json.dumps({"text": PII}).encode()
    msg = f"mamori-client-v1\n{'n' * 24}\nPOST\n/v1/scan\n5000\n{hashlib.sha256(body).hexdigest()}"
    assert auth.client_proof(secret, "n" * 24, "post", "/v1/scan", 5000, body) == \
        hmac.new(secret, msg.encode(), hashlib.sha256).hexdigest()
    with pytest.raises(ValueError):
        auth.parse_secret("short")


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's; Windows uses a job object")
def test_a_killed_launcher_takes_its_service_with_it(tmp_path):
    user = User(tmp_path / "carol").start()
    try:
        _, pid = user.service()
        user.proc.kill()  # SIGKILL: no handler runs
        user.proc.wait(30)
        gone = _wait_for(lambda: not _alive(pid), timeout=60)
        assert gone, "the service outlived its launcher"
    finally:
        user.stop()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead for our purpose.
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False
