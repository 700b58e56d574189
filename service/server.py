"""waitress, configured for a hostile local world.

Any process on the PC (or a leaky client) can open connections to 127.0.0.1 and leave them
idle. Stock waitress stops accepting once `connection_limit` (100) connections are open and
closes idle ones only every `cleanup_interval` (30 s) after `channel_timeout`: about 100 idle
sockets stalled every scan for 30-39 s, and the extension then failed closed (or open) for
the user. So:

- `MamoriServer` keeps accepting at the limit: it closes the idle connections that have
  been quiet longest (no request being served; a half-sent request counts as idle) to make
  room, so a new client is always served. The limit (200) is well under the 512 sockets
  `select()` handles on Windows; idle connections are also closed after CHANNEL_TIMEOUT.
- `backlog` stays at waitress's 1024: connections arriving during a long scan wait there.
- Errors that waitress produces itself, before the app sees the request (a body over its
  own limit, a malformed Content-Length or chunk, an unsupported Transfer-Encoding, headers
  too large, an internal error), answer in the contract's JSON with a Japanese message,
  like the app's own errors (`JsonErrorTask`), not waitress's text/plain.
"""
from __future__ import annotations

import json

from waitress.channel import HTTPChannel
from waitress.server import TcpWSGIServer
from waitress.task import ErrorTask

from .labels import ERROR_MESSAGES

CONNECTION_LIMIT = 200
# Seconds an idle connection is kept (Edge reopens one when it needs it), and how often
# waitress looks for them. Eviction at the limit does not wait for either.
CHANNEL_TIMEOUT = 30
CLEANUP_INTERVAL = 5
# Closed at once when the limit is reached, so eviction does not run for every accept.
EVICT_BATCH = 10

# waitress's own error status → the contract's error code.
WAITRESS_ERROR_CODES = {
    400: "bad_http_request",
    413: "body_too_large",
    431: "headers_too_large",
    501: "transfer_encoding_not_supported",
    500: "internal_error",
}


def waitress_error_body(status: int) -> tuple[str, bytes]:
    """(code, JSON body) for an error waitress raises itself. Nothing of the request is
    echoed (waitress's own text would quote the bad header)."""
    code = WAITRESS_ERROR_CODES.get(status, "bad_http_request" if status < 500 else "internal_error")
    body = {"error": {"code": code, "message": ERROR_MESSAGES[code]}}
    return code, json.dumps(body, ensure_ascii=True).encode("ascii")


class JsonErrorTask(ErrorTask):
    def execute(self):
        e = self.request.error
        _code, body = waitress_error_body(e.code)
        self.status = f"{e.code} {e.reason}"
        self.response_headers.extend([
            ("Content-Type", "application/json"),
            ("Cache-Control", "no-store"),
            ("X-Content-Type-Options", "nosniff"),
        ])
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)


class JsonErrorChannel(HTTPChannel):
    error_task_class = JsonErrorTask


class MamoriServer(TcpWSGIServer):
    """TcpWSGIServer that makes room for a new connection instead of refusing it."""

    channel_class = JsonErrorChannel

    def readable(self):
        if self.accepting and len(self._map) >= self.adj.connection_limit:
            self.evict_idle(len(self._map) - self.adj.connection_limit + EVICT_BATCH)
        return super().readable()

    def evict_idle(self, count: int) -> int:
        """Have `count` connections closing: those already closing count, then the ones
        serving no request, quietest first."""
        closing = [ch for ch in self.active_channels.values() if ch.will_close or ch.close_when_flushed]
        idle = [ch for ch in self.active_channels.values()
                if not ch.requests and not ch.will_close and not ch.close_when_flushed]
        idle.sort(key=lambda ch: ch.last_activity)
        chosen = idle[:max(0, count - len(closing))]
        for ch in chosen:
            ch.close_when_flushed = True  # flushes what is left to send, then closes
        return len(chosen)


def create_server(app, host: str, port: int, threads: int, max_request_body_size: int,
                  sock=None) -> MamoriServer:
    """`sock`: an already bound listening socket (run_service.py binds it exclusively, so a
    second process cannot share the port on Windows); else waitress binds host:port."""
    placed = {}
    if sock is not None:
        placed = {"_sock": sock, "bind_socket": False,
                  "sockinfo": (sock.family, sock.type, sock.proto, sock.getsockname())}
    return MamoriServer(
        app, host=host, port=port, threads=threads, ident="mamori", **placed,
        max_request_body_size=max_request_body_size,
        connection_limit=CONNECTION_LIMIT, channel_timeout=CHANNEL_TIMEOUT,
        cleanup_interval=CLEANUP_INTERVAL, backlog=1024,
        clear_untrusted_proxy_headers=True,
    )
