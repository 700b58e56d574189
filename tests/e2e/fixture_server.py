"""A local stand-in for https://chatgpt.com/: serves the composer fixture over HTTPS
with a self-signed certificate made at start (Chromium maps chatgpt.com here through
--host-resolver-rules, so the extension's real manifest matches apply).

    python tests/e2e/fixture_server.py --port 8443     # for trying the extension by hand
"""
from __future__ import annotations

import argparse
import datetime
import ipaddress
import re
import ssl
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURE = Path(__file__).with_name("fixture") / "index.html"
PAGE = re.compile(r"[?&]page=([a-z0-9-]{1,40})(?:&|$)")
HOSTS = ["chatgpt.com", "chat.openai.com"]


def make_cert(directory: Path) -> tuple[Path, Path]:
    """A throwaway self-signed certificate for chatgpt.com (never trusted beyond the test browser)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOSTS[0])])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.DNSName(h) for h in HOSTS] + [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 — every path is the composer page (or ?page=NAME: fixture/NAME.html)
        self.server.requests.append(self.path)  # what reached "chatgpt.com" (the tests look for leaks)
        m = PAGE.search(self.path)
        page = FIXTURE.with_name(f"{m.group(1)}.html") if m else FIXTURE
        if self.path.startswith("/favicon") or not page.is_file():
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = page.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class FixtureServer:
    def __init__(self, port: int = 0):
        self._dir = tempfile.TemporaryDirectory(prefix="mamori-fixture-")
        cert, key = make_cert(Path(self._dir.name))
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.httpd.socket = ctx.wrap_socket(self.httpd.socket, server_side=True)
        self.httpd.requests = []
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> "FixtureServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._dir.cleanup()


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--port", type=int, default=8443)
    a = ap.parse_args()
    s = FixtureServer(a.port)
    print(f"fixture on https://127.0.0.1:{s.port}/ — start Chromium with "
          f"--host-resolver-rules='MAP chatgpt.com 127.0.0.1:{s.port}' --ignore-certificate-errors", flush=True)
    s.httpd.serve_forever()
