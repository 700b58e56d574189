"""Mutual authentication between the extension and this user's own service (per-user secret).

Why: on a PC with several Windows sessions (fast user switching) every session's processes
share 127.0.0.1. A port number alone proves nothing: another user's process may listen on
it (an impostor), or a stale port may now belong to someone else. So each Windows user gets
a random secret (service.launcher writes it into the user's own %LOCALAPPDATA%\\mamori, which
only that user, SYSTEM and administrators can read), the service is started with it, and the
extension learns it from the machine-wide native messaging host that Edge starts *as that
user* (service.launcher native-host). Both sides then prove knowledge of the secret on every
request, bound to a fresh nonce and to the port actually used:

  client proof  = HMAC-SHA256(secret, "mamori-client-v1\\n" nonce "\\n" METHOD "\\n" path "\\n"
                                       port "\\n" hex(SHA-256(request body)))
  service proof = HMAC-SHA256(secret, "mamori-service-v1\\n" nonce "\\n" status "\\n"
                                       port "\\n" hex(SHA-256(response body)))

Headers: X-Mamori-Nonce (16–64 URL-safe characters), X-Mamori-Client, X-Mamori-Proof (hex).
A request without a valid client proof gets 401 and reaches no route (no scan, no audit
line). Binding the port defeats a relay: an impostor on port X forwarding to the real
service on port Y gets proofs for Y, which the extension (expecting X) rejects, and the real
service refuses a client proof made for X. The extension sends text only after a hello
(GET /healthz) answered with a valid proof (extension/lib/service-auth.js computes the same
strings; tests/test_service_auth.py checks that the two implementations agree).

Implemented as WSGI middleware so the Flask app (service/app.py) stays unchanged and keeps
serving the central instance, tests and benchmarks without a secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import re
from typing import Callable, Iterable

from .labels import ERROR_MESSAGES

NONCE_HEADER = "X-Mamori-Nonce"
CLIENT_HEADER = "X-Mamori-Client"
PROOF_HEADER = "X-Mamori-Proof"
_NONCE = re.compile(r"[A-Za-z0-9_\-]{16,64}")
_HEX = re.compile(r"[0-9a-f]{64}")
SECRET_BYTES = 32



def _sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def client_proof(secret: bytes, nonce: str, method: str, path: str, port: int, body: bytes) -> str:
    msg = f"mamori-client-v1\n{nonce}\n{method.upper()}\n{path}\n{port}\n{_sha256_hex(body)}"
    return hmac.new(secret, msg.encode("ascii"), hashlib.sha256).hexdigest()


def service_proof(secret: bytes, nonce: str, status: int, port: int, body: bytes) -> str:
    msg = f"mamori-service-v1\n{nonce}\n{status}\n{port}\n{_sha256_hex(body)}"
    return hmac.new(secret, msg.encode("ascii"), hashlib.sha256).hexdigest()


def parse_secret(text: str) -> bytes:
    """The secret file holds 64 hex characters (32 random bytes)."""
    s = text.strip().lower()
    if not _HEX.fullmatch(s):
        raise ValueError("secret file: expected 64 hex characters")
    return bytes.fromhex(s)


class AuthMiddleware:
    """Refuses unauthenticated requests and signs every response (see the module docstring)."""

    def __init__(self, app: Callable, secret: bytes, port: int):
        if len(secret) < 16:
            raise ValueError("secret too short")
        self.app, self.secret, self.port = app, secret, int(port)

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET").upper()
        if method == "OPTIONS":
            # A CORS preflight carries no credentials by definition; it only needs to allow our headers.
            def sr(status, headers, exc_info=None):
                headers = [(k, v + f", {NONCE_HEADER}, {CLIENT_HEADER}")
                           if k.lower() == "access-control-allow-headers" else (k, v) for k, v in headers]
                return start_response(status, headers, exc_info)
            return self.app(environ, sr)

        nonce = environ.get("HTTP_X_MAMORI_NONCE", "")
        proof = environ.get("HTTP_X_MAMORI_CLIENT", "").lower()
        body = self._read_body(environ)
        path = environ.get("PATH_INFO", "") or "/"
        if not _NONCE.fullmatch(nonce) or not _HEX.fullmatch(proof):
            return self._refuse(start_response, nonce)
        expected = client_proof(self.secret, nonce, method, path, self.port, body)
        if not hmac.compare_digest(expected, proof):
            return self._refuse(start_response, nonce)

        captured: dict = {}

        def sr(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, list(headers)
            return lambda data: captured.setdefault("early", []).append(data)

        result = self.app(environ, sr)
        try:
            chunks = captured.pop("early", []) + [c for c in result]
        finally:
            if hasattr(result, "close"):
                result.close()
        data = b"".join(chunks)
        status = captured["status"]
        headers = [(k, v) for k, v in captured["headers"] if k.lower() != "content-length"]
        headers += self._signed_headers(nonce, int(status.split(" ", 1)[0]), data)
        start_response(status, headers)
        return [data]

    def _signed_headers(self, nonce: str, status: int, data: bytes) -> list[tuple[str, str]]:
        return [("Content-Length", str(len(data))),
                (PROOF_HEADER, service_proof(self.secret, nonce, status, self.port, data)),
                ("Access-Control-Expose-Headers", PROOF_HEADER)]

    @staticmethod
    def _read_body(environ: dict) -> bytes:
        import io

        try:
            n = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            n = 0
        stream = environ.get("wsgi.input")
        data = stream.read(n) if (stream is not None and n > 0) else b""
        environ["wsgi.input"] = io.BytesIO(data)  # the app reads the same bytes again
        return data

    def _refuse(self, start_response, nonce: str) -> list[bytes]:
        data = json.dumps({"error": {"code": "service_auth_required",
                                     "message": ERROR_MESSAGES["service_auth_required"]}},
                          ensure_ascii=True).encode("ascii")
        headers = [("Content-Type", "application/json"), ("Cache-Control", "no-store")]
        # Signed when the nonce is usable, so the real extension can tell "my service refused me"
        # (secret rotated: ask the host again) from "someone else answered".
        if _NONCE.fullmatch(nonce or ""):
            headers += self._signed_headers(nonce, 401, data)
        else:
            headers.append(("Content-Length", str(len(data))))
        start_response("401 Unauthorized", headers)
        return [data]
