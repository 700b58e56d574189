"""Per-user launcher, supervisor and Edge native messaging host for the scan service.

    python -m service.launcher run [--policy FILE] [--state-dir DIR]     (logon task, pythonw)
    python -m service.launcher native-host                              (started by Edge)
    python -m service.launcher status [--state-dir DIR]                 (pilot check, prints JSON)

One launcher per Windows user (the logon task runs as the user who logs on; a lock file in the
user's state folder stops a second copy). It:

  * creates the user's secret once (STATE/secret.key, 32 random bytes as hex; STATE is
    %LOCALAPPDATA%\\mamori, which Windows gives only to that user, SYSTEM and administrators);
  * starts `run_service.py --port 0 --auth-key-file STATE/secret.key --announce STATE/service.json`:
    port 0 lets Windows pick a free port, so two users on one PC never clash and nobody can
    squat "the" port in advance; the service writes the port it got into service.json;
  * restarts the service when it exits (1 s, then doubling to 30 s while it keeps failing
    quickly; back to 1 s after a minute of health), so a killed or crashed service is back
    within seconds;
  * logs to STATE/logs/launcher.log and the service to STATE/logs/service.log, rotating
    (1 MiB × 3), also under pythonw where there is no console. The logs hold start/stop/exit
    codes, ports, request routes, status codes and counts — never text, never the secret.

`native-host` speaks Edge's native messaging protocol (4-byte length + JSON on stdin/stdout).
IT registers it machine-wide (HKLM, admin only) with the extension's ID as the only allowed
origin, and turns user-level hosts off (policy NativeMessagingUserLevelHosts = 0), so a user
cannot substitute their own host. Edge starts it as the signed-in Windows user; it answers
that user's {port, secret} and never another user's (it can only read its own profile).
If the launcher is not running it starts it and waits for the service (up to 60 s).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import logging.handlers
import os
import secrets
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
HOST_NAME = "jp.mamori.service"  # the native messaging host name (extension/lib/service-auth.js)
LOG_BYTES, LOG_BACKUPS = 1024 * 1024, 3
BACKOFF_START, BACKOFF_MAX, HEALTHY_AFTER = 1.0, 30.0, 60.0
log = logging.getLogger("mamori.launcher")


def state_dir(explicit: Optional[str] = None) -> Path:
    if explicit:
        return Path(explicit)
    if os.environ.get("MAMORI_STATE_DIR"):
        return Path(os.environ["MAMORI_STATE_DIR"])
    if os.name == "nt":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "mamori"
    return Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / "mamori"


def rotating_handler(path: Path) -> logging.Handler:
    path.parent.mkdir(parents=True, exist_ok=True)
    h = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                             encoding="utf-8", delay=False)
    h.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    return h


def ensure_secret(directory: Path) -> Path:
    """STATE/secret.key, created once with owner-only permissions (on Windows the folder's
    inherited ACL — the user's own profile — already limits it to the user, SYSTEM, admins)."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "secret.key"
    if path.exists():
        return path
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(secrets.token_hex(32) + "\n")
    return path


def write_json_atomic(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(tmp, path)


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes

        from ctypes import wintypes

        k32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        k32.OpenProcess.restype = wintypes.HANDLE
        k32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
        k32.GetExitCodeProcess.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD)]
        k32.CloseHandle.argtypes = [wintypes.HANDLE]
        h = k32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not h:
            return False
        code = wintypes.DWORD()
        ok = k32.GetExitCodeProcess(h, ctypes.byref(code))
        k32.CloseHandle(h)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class SingleInstance:
    """An exclusive lock on STATE/launcher.lock for this process's lifetime."""

    def __init__(self, directory: Path):
        self.path = directory / "launcher.lock"
        self.f = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.f = open(self.path, "a+b")
        try:
            if os.name == "nt":
                import msvcrt

                self.f.seek(0)
                msvcrt.locking(self.f.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(self.f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.f.close()
            self.f = None
            return False
        return True


def _die_with_parent() -> None:
    """Linux: the service gets SIGTERM when its launcher dies, however it dies (preexec_fn)."""
    try:
        import ctypes
        import signal as _signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, int(_signal.SIGTERM))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class _KillOnCloseJob:
    """Windows: a job object that kills its processes when the launcher's handle closes — also
    when the launcher is killed — so a stopped task never leaves an orphan service behind."""

    def __init__(self):
        import ctypes
        from ctypes import wintypes

        k32 = ctypes.windll.kernel32  # type: ignore[attr-defined]

        class IO_COUNTERS(ctypes.Structure):
            _fields_ = [(n, ctypes.c_ulonglong) for n in ("r", "w", "o", "rb", "wb", "ob")]

        class BASIC(ctypes.Structure):
            _fields_ = [("PerProcessUserTimeLimit", ctypes.c_longlong), ("PerJobUserTimeLimit", ctypes.c_longlong),
                        ("LimitFlags", wintypes.DWORD), ("MinimumWorkingSetSize", ctypes.c_size_t),
                        ("MaximumWorkingSetSize", ctypes.c_size_t), ("ActiveProcessLimit", wintypes.DWORD),
                        ("Affinity", ctypes.c_size_t), ("PriorityClass", wintypes.DWORD),
                        ("SchedulingClass", wintypes.DWORD)]

        class EXTENDED(ctypes.Structure):
            _fields_ = [("BasicLimitInformation", BASIC), ("IoInfo", IO_COUNTERS),
                        ("ProcessMemoryLimit", ctypes.c_size_t), ("JobMemoryLimit", ctypes.c_size_t),
                        ("PeakProcessMemoryUsed", ctypes.c_size_t), ("PeakJobMemoryUsed", ctypes.c_size_t)]

        k32.CreateJobObjectW.restype = wintypes.HANDLE
        k32.CreateJobObjectW.argtypes = [ctypes.c_void_p, wintypes.LPCWSTR]
        k32.SetInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p, wintypes.DWORD]
        k32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
        self.k32 = k32
        self.job = k32.CreateJobObjectW(None, None)
        if not self.job:
            raise OSError("CreateJobObjectW failed")
        info = EXTENDED()
        info.BasicLimitInformation.LimitFlags = 0x2000  # JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
        k32.SetInformationJobObject(self.job, 9, ctypes.byref(info), ctypes.sizeof(info))  # Extended info

    def add(self, popen: subprocess.Popen) -> None:
        self.k32.AssignProcessToJobObject(self.job, int(popen._handle))  # type: ignore[attr-defined]


class Supervisor:
    def __init__(self, state: Path, policy: Optional[str], python: str = sys.executable,
                 extra_args: tuple = ()):
        self.state, self.policy, self.python, self.extra = state, policy, python, tuple(extra_args)
        self.child: Optional[subprocess.Popen] = None
        self.stopping = threading.Event()
        self.restarts = 0
        self.job = None
        if os.name == "nt":
            try:
                self.job = _KillOnCloseJob()
            except Exception:  # noqa: BLE001 — never let this stop the service from starting
                log.warning("could not create a job object; a killed launcher may leave its service running")

    def command(self) -> list[str]:
        cmd = [self.python, str(ROOT / "run_service.py"), "--port", "0",
               "--auth-key-file", str(self.state / "secret.key"),
               "--announce", str(self.state / "service.json"),
               "--log-file", str(self.state / "logs" / "service.log")]
        if self.policy:
            cmd += ["--policy", self.policy]
        return cmd + list(self.extra)

    def _pump_stderr(self, stream) -> None:
        # Start-up errors (a policy mistake) arrive on stderr; keep them, one line at a time, capped.
        for raw in iter(stream.readline, b""):
            line = raw.decode("utf-8", "replace").rstrip()
            if line:
                log.warning("service: %s", line[:500])
        stream.close()

    def run_forever(self) -> int:
        backoff = BACKOFF_START
        while not self.stopping.is_set():
            started = time.monotonic()
            flags = 0x08000000 if os.name == "nt" else 0  # CREATE_NO_WINDOW
            self.child = subprocess.Popen(self.command(), cwd=ROOT, stdin=subprocess.DEVNULL,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                          creationflags=flags,
                                          preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
            if self.job is not None:
                self.job.add(self.child)
            log.info("service started (pid %d, restart %d)", self.child.pid, self.restarts)
            threading.Thread(target=self._pump_stderr, args=(self.child.stderr,), daemon=True).start()
            code = self.child.wait()
            if self.stopping.is_set():
                break
            ran = time.monotonic() - started
            backoff = BACKOFF_START if ran >= HEALTHY_AFTER else backoff
            log.warning("service exited with code %s after %.0f s; restarting in %.0f s", code, ran, backoff)
            self.restarts += 1
            if self.stopping.wait(backoff):
                break
            backoff = min(backoff * 2, BACKOFF_MAX) if ran < HEALTHY_AFTER else BACKOFF_START
        return 0

    def stop(self) -> None:
        self.stopping.set()
        if self.child and self.child.poll() is None:
            self.child.terminate()
            try:
                self.child.wait(10)
            except subprocess.TimeoutExpired:
                self.child.kill()


def cmd_run(args) -> int:
    state = state_dir(args.state_dir)
    state.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(rotating_handler(state / "logs" / "launcher.log"))
    lock = SingleInstance(state)
    if not lock.acquire():
        log.info("another launcher is running for this user; exiting")
        return 0
    if args.policy and not Path(args.policy).is_file():
        # The install script refuses this case; a deleted file at run time is still logged.
        log.error("policy file not found: %s (the service will not start without it)", args.policy)
        return 2
    ensure_secret(state)
    write_json_atomic(state / "launcher.json", {"pid": os.getpid(),
                                                "started": dt.datetime.now().astimezone().isoformat()})
    sup = Supervisor(state, args.policy)
    import signal

    def stop(*_):
        sup.stop()

    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            signal.signal(sig, stop)
        except (ValueError, OSError):
            pass
    log.info("launcher %d started (state %s)", os.getpid(), state)
    try:
        return sup.run_forever()
    finally:
        log.info("launcher stopped")


def read_service(state: Path) -> Optional[dict]:
    """{port, pid, secret} of this user's running service, or None."""
    try:
        info = json.loads((state / "service.json").read_text("utf-8"))
        secret = (state / "secret.key").read_text("ascii").strip()
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict) or not isinstance(info.get("port"), int) or not pid_alive(int(info.get("pid", 0))):
        return None
    return {"port": info["port"], "pid": info["pid"], "secret": secret}


def start_launcher_detached(state: Path, policy: Optional[str]) -> None:
    exe = sys.executable
    if os.name == "nt":
        w = Path(exe).with_name("pythonw.exe")
        exe = str(w) if w.exists() else exe
    cmd = [exe, "-m", "service.launcher", "run", "--state-dir", str(state)]
    if policy:
        cmd += ["--policy", policy]
    kw: dict = {"cwd": ROOT, "stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL,
                "stderr": subprocess.DEVNULL, "close_fds": True}
    if os.name != "nt":
        kw["start_new_session"] = True
        subprocess.Popen(cmd, **kw)
        return
    # DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP (+ CREATE_BREAKAWAY_FROM_JOB when Edge's job allows
    # it): the launcher must outlive this short-lived host process.
    try:
        subprocess.Popen(cmd, creationflags=0x00000008 | 0x00000200 | 0x01000000, **kw)
    except OSError:
        subprocess.Popen(cmd, creationflags=0x00000008 | 0x00000200, **kw)


def _read_message(stream) -> Optional[dict]:
    head = stream.read(4)
    if len(head) < 4:
        return None
    (n,) = struct.unpack("<I", head)
    if n > 64 * 1024:
        return None
    data = stream.read(n)
    try:
        msg = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return msg if isinstance(msg, dict) else None


def _write_message(stream, msg: dict) -> None:
    data = json.dumps(msg).encode("utf-8")
    stream.write(struct.pack("<I", len(data)) + data)
    stream.flush()


def default_policy_path() -> Optional[str]:
    p = os.environ.get("MAMORI_POLICY")
    if p:
        return p
    if os.name == "nt":
        cand = Path(os.environ.get("ProgramData", r"C:\ProgramData")) / "mamori" / "policy.toml"
        return str(cand)
    return None


def cmd_native_host(args, stdin=None, stdout=None) -> int:
    stdin = stdin or sys.stdin.buffer
    stdout = stdout or sys.stdout.buffer
    if os.name == "nt":
        import msvcrt

        msvcrt.setmode(stdin.fileno(), os.O_BINARY)
        msvcrt.setmode(stdout.fileno(), os.O_BINARY)
    state = state_dir(args.state_dir)
    msg = _read_message(stdin)
    if msg is None or msg.get("type") != "hello":
        _write_message(stdout, {"ok": False, "error": "bad_request"})
        return 1
    info = read_service(state)
    if info is None:
        if not args.no_start:
            start_launcher_detached(state, args.policy or default_policy_path())
        deadline = time.monotonic() + args.wait
        while info is None and time.monotonic() < deadline:
            time.sleep(0.25)
            info = read_service(state)
    if info is None:
        _write_message(stdout, {"ok": False, "error": "not_running"})
        return 0
    _write_message(stdout, {"ok": True, "port": info["port"], "secret": info["secret"]})
    return 0


def cmd_status(args) -> int:
    state = state_dir(args.state_dir)
    info = read_service(state)
    out = {"state_dir": str(state), "running": info is not None}
    if info:
        out.update(port=info["port"], pid=info["pid"])
    print(json.dumps(out, ensure_ascii=False))
    return 0 if info else 1


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m service.launcher", description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="launch and supervise this user's service (logon task)")
    r.add_argument("--policy", help="IT's policy file")
    r.add_argument("--state-dir", help="default %%LOCALAPPDATA%%\\mamori")
    n = sub.add_parser("native-host", help="Edge native messaging host")
    n.add_argument("--state-dir")
    n.add_argument("--policy")
    n.add_argument("--no-start", action="store_true", help="do not start the launcher if it is not running")
    n.add_argument("--wait", type=float, default=60.0)
    n.add_argument("origin", nargs="*", help="(Edge passes the caller's origin and a window handle)")
    s = sub.add_parser("status", help="is this user's service running? (JSON)")
    s.add_argument("--state-dir")
    args = p.parse_args(argv)
    return {"run": cmd_run, "native-host": cmd_native_host, "status": cmd_status}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
