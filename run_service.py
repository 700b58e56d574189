#!/usr/bin/env python3
"""Start the mamori scan service (waitress, loopback only by default).

    python run_service.py [--port 8765] [--policy FILE] [--host 127.0.0.1 --allow-remote]
                          [--workers N] [--log-file FILE]
                          [--auth-key-file FILE --announce FILE]   (per-user, by service.launcher)
    python run_service.py --check-policy --policy FILE             (IT: is this file usable?)

On a staff PC the service is started by `python -m service.launcher run` (one per Windows
user, port 0 = a free port chosen by Windows, a per-user secret: see service/auth.py).
"""
from __future__ import annotations

import argparse
import ipaddress
import json
import logging
import logging.handlers
import os
import signal
import socket
import sys
import time
from pathlib import Path


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _terminate(signum, frame):
    raise KeyboardInterrupt


def exclusive_socket(host: str, port: int, sock_module=socket, windows: bool | None = None) -> socket.socket:
    """A listening TCP socket no other process can share. On Windows, SO_REUSEADDR would let a
    second process bind the same port and steal connections; SO_EXCLUSIVEADDRUSE forbids that
    (waitress sets SO_REUSEADDR on sockets it creates, so we create ours; its later attempt on
    this one fails harmlessly). On Linux/macOS SO_REUSEADDR only allows a restart over
    connections in TIME_WAIT — a second listener is refused either way — so it is set there."""
    windows = os.name == "nt" if windows is None else windows
    family = sock_module.AF_INET6 if ":" in host.strip("[]") else sock_module.AF_INET
    s = sock_module.socket(family, sock_module.SOCK_STREAM)
    try:
        if windows:
            s.setsockopt(sock_module.SOL_SOCKET, sock_module.SO_EXCLUSIVEADDRUSE, 1)
        else:
            s.setsockopt(sock_module.SOL_SOCKET, sock_module.SO_REUSEADDR, 1)
        s.bind((host.strip("[]"), port))
        s.listen(1024)
    except OSError:
        s.close()
        raise
    return s


def setup_logging(level: str, log_file: str | None) -> None:
    """To the console, or (under pythonw, started by the launcher) to a rotating file.
    Never the text: see service/app.py's access line."""
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")
    root = logging.getLogger()
    root.setLevel(level.upper())
    global _LOGGING_TO_FILE
    _LOGGING_TO_FILE = bool(log_file)
    if log_file:
        Path(log_file).parent.mkdir(parents=True, exist_ok=True)
        h = logging.handlers.RotatingFileHandler(log_file, maxBytes=1024 * 1024, backupCount=3, encoding="utf-8")
    else:
        h = logging.StreamHandler()
    h.setFormatter(fmt)
    root.addHandler(h)


_LOGGING_TO_FILE = False


def say(msg: str, err: bool = False) -> None:
    """A line for whoever started us: the console if there is one, and the log file if there is
    one (under pythonw there is no console: the file is all there is)."""
    stream = sys.stderr if err else sys.stdout
    if stream is not None:
        try:
            print(msg, file=stream, flush=True)
        except (OSError, ValueError):
            pass
    if _LOGGING_TO_FILE:
        logging.getLogger("mamori").log(logging.ERROR if err else logging.INFO, "%s", msg)


def check_policy(path: str | None) -> int:
    """--check-policy: load the file as the service would and show what matters to IT."""
    from service.policy import PolicyError, load_policy

    try:
        policy = load_policy(path)
    except PolicyError as e:
        say(f"NG: {e}", err=True)
        return 2
    print(json.dumps({"ok": True, "source": policy.source, "version": policy.version, "mode": policy.mode,
                      "allowed_origins": list(policy.allowed_origins),
                      "audit_directory": policy.audit_directory,
                      "audit_include_user_name": policy.audit_include_user_name}, ensure_ascii=False, indent=2))
    if not policy.allowed_origins:
        say("注意: server.allowed_origins が空です。拡張機能からの要求はすべて 403 になります"
            "（scripts/package.py が dist/policy.toml に自庁の拡張機能IDを書きます）。", err=True)
        return 3
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="mamori scan service")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    p.add_argument("--policy", help="IT's policy file (TOML); overrides the shipped default")
    p.add_argument("--allow-remote", action="store_true",
                   help="allow a non-loopback --host (a central instance behind a reverse proxy)")
    p.add_argument("--workers", type=int, default=0,
                   help="scan in N worker processes (default 0: in this process, right for one user's PC; "
                        "a service shared by many users gets one per core)")
    p.add_argument("--threads", type=int,
                   help="waitress threads (default 4, or 2 per worker: in one process the scans hold the GIL, "
                        "so more threads only add memory and tail latency)")
    p.add_argument("--log-level", default="INFO")
    p.add_argument("--log-file", help="write the log to this file (rotating, 1 MiB x 3) instead of the console")
    p.add_argument("--auth-key-file", help="per-user secret (64 hex): every request must prove it (service/auth.py)")
    p.add_argument("--announce", help="after binding, write {port, pid} to this JSON file (for the launcher)")
    p.add_argument("--check-policy", action="store_true", help="check the --policy file and exit (0 = usable)")
    args = p.parse_args(argv)
    if args.workers < 0:
        p.error("--workers must be 0 or more")
    threads = args.threads or max(4, 2 * args.workers)

    setup_logging(args.log_level, args.log_file)
    if args.check_policy:
        return check_policy(args.policy)
    # waitress warns "Task queue depth is N" for every request that waits for a thread: under a
    # burst that is one line per request, and the access log already shows the load.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    if not is_loopback(args.host) and not args.allow_remote:
        say(f"mamori: {args.host} はループバックアドレスではありません。他のPCから使わせる場合だけ "
            f"--allow-remote を付けてください（通常は 127.0.0.1 のままにします）。", err=True)
        return 2
    secret = None
    if args.auth_key_file:
        from service.auth import parse_secret

        try:
            secret = parse_secret(Path(args.auth_key_file).read_text("ascii"))
        except (OSError, ValueError, UnicodeDecodeError):
            say("mamori: 起動できません。--auth-key-file の鍵ファイルを読めません。", err=True)
            return 2

    t0 = time.perf_counter()
    from service import __version__
    from service.app import MAX_BODY_BYTES, create_app
    from service.files import MAX_FILE_BYTES
    from service.policy import PolicyError, load_policy

    try:
        policy = load_policy(args.policy)
    except PolicyError as e:
        say(f"mamori: 起動できません。{e}", err=True)
        return 2
    try:
        sock = exclusive_socket(args.host, args.port)
    except OSError as e:
        say(f"mamori: {args.host}:{args.port} で待ち受けできません（{e.strerror}）。"
            f"すでに起動していないか確認してください。", err=True)
        return 1
    port = sock.getsockname()[1]  # the real one when --port 0
    app = create_app({"POLICY": policy, "POLICY_FILE": args.policy, "PORT": port,
                      "POLICY_RELOAD_SECONDS": 2.0, "WORKERS": args.workers})
    state = app.extensions["mamori"]
    wsgi = app
    if secret is not None:
        from service.auth import AuthMiddleware

        wsgi = AuthMiddleware(app, secret, port)

    from service.server import create_server

    # Connection limit, idle-connection eviction and JSON errors: service/server.py.
    # Flask answers 413 as JSON above 1 MiB (a text) or 20 MiB (an attached file, POST
    # /v1/scan-file); waitress only stops absurd bodies early (also as JSON).
    server = create_server(wsgi, host=args.host, port=port, threads=threads,
                           max_request_body_size=max(4 * MAX_BODY_BYTES, 2 * MAX_FILE_BYTES), sock=sock)
    # Warm up once so the first real scan is as fast as the rest (Sudachi, regexes, Presidio).
    # The socket is already bound: a request arriving now waits in the backlog.
    if state.workers is not None:
        state.workers.warm_up()
    else:
        state.scan("起動確認 山田太郎さん 090-1234-5678 前橋市大手町1丁目1番1号")
    # SIGTERM (service manager, test harness) ends the service like Ctrl+C: workers are stopped.
    signal.signal(signal.SIGTERM, _terminate)
    host = f"[{args.host}]" if ":" in args.host else args.host
    say(f"mamori {__version__}: listening on http://{host}:{port} "
        f"(policy: {policy.source}, version {policy.version}, mode {policy.mode}; "
        f"{f'{args.workers} scan workers; ' if args.workers else ''}"
        f"{'per-user authentication; ' if secret is not None else ''}"
        f"ready in {time.perf_counter() - t0:.1f}s)")
    if args.announce:
        # Written only now that the socket is ours and the scanner is warm: the launcher and
        # the native host hand out this port, so it must already be the real service's.
        tmp = Path(args.announce).with_name(f".{Path(args.announce).name}.{os.getpid()}.tmp")
        tmp.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps({"port": port, "pid": os.getpid()}), encoding="utf-8")
        os.replace(tmp, args.announce)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        state.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
