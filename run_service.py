#!/usr/bin/env python3
"""Start the mamori scan service (waitress, loopback only by default).

    python run_service.py [--port 8765] [--policy FILE] [--host 127.0.0.1 --allow-remote]
                          [--workers N]
"""
from __future__ import annotations

import argparse
import ipaddress
import logging
import signal
import sys
import time


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _terminate(signum, frame):
    raise KeyboardInterrupt


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
    args = p.parse_args(argv)
    if args.workers < 0:
        p.error("--workers must be 0 or more")
    threads = args.threads or max(4, 2 * args.workers)

    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    # waitress warns "Task queue depth is N" for every request that waits for a thread: under a
    # burst that is one line per request, and the access log already shows the load.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    if not is_loopback(args.host) and not args.allow_remote:
        print(f"mamori: {args.host} はループバックアドレスではありません。他のPCから使わせる場合だけ "
              f"--allow-remote を付けてください（通常は 127.0.0.1 のままにします）。", file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    from service import __version__
    from service.app import MAX_BODY_BYTES, create_app
    from service.files import MAX_FILE_BYTES
    from service.policy import PolicyError, load_policy

    try:
        policy = load_policy(args.policy)
    except PolicyError as e:
        print(f"mamori: 起動できません。{e}", file=sys.stderr)
        return 2
    app = create_app({"POLICY": policy, "POLICY_FILE": args.policy, "PORT": args.port,
                      "POLICY_RELOAD_SECONDS": 2.0, "WORKERS": args.workers})
    state = app.extensions["mamori"]

    from waitress import create_server

    try:
        server = create_server(
            app, host=args.host, port=args.port, threads=threads, ident="mamori",
            # Flask answers 413 as JSON above 1 MiB (a text) or 20 MiB (an attached file,
            # POST /v1/scan-file); waitress only stops absurd bodies early.
            max_request_body_size=max(4 * MAX_BODY_BYTES, 2 * MAX_FILE_BYTES), channel_timeout=30,
            clear_untrusted_proxy_headers=True,
        )
    except OSError as e:
        print(f"mamori: {args.host}:{args.port} で待ち受けできません（{e.strerror}）。"
              f"すでに起動していないか確認してください。", file=sys.stderr)
        state.stop()
        return 1
    # Warm up once so the first real scan is as fast as the rest (Sudachi, regexes, Presidio).
    # The socket is already bound: a request arriving now waits in the backlog.
    if state.workers is not None:
        state.workers.warm_up()
    else:
        state.scan("起動確認 山田太郎さん 090-1234-5678 前橋市大手町1丁目1番1号")
    # SIGTERM (service manager, test harness) ends the service like Ctrl+C: workers are stopped.
    signal.signal(signal.SIGTERM, _terminate)
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"mamori {__version__}: listening on http://{host}:{args.port} "
          f"(policy: {policy.source}, version {policy.version}, mode {policy.mode}; "
          f"{f'{args.workers} scan workers; ' if args.workers else ''}"
          f"ready in {time.perf_counter() - t0:.1f}s)", flush=True)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        state.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
