"""The real waitress server under hostile local conditions (service/server.py): idle
connections, requests that waitress itself rejects, absolute-form request targets.

All against a service started as IT starts it, over raw sockets where HTTP clients would
refuse to send such requests."""
from __future__ import annotations

import json
import socket
import urllib.parse
import urllib.request

import pytest

from service.server import CONNECTION_LIMIT


def _hostport(url: str) -> tuple[str, int]:
    u = urllib.parse.urlparse(url)
    return u.hostname, u.port


def raw_request(url: str, head: str, body: bytes = b"", timeout: float = 20) -> tuple[int, dict, bytes]:
    """Send bytes as they are; return (status, headers, body) of the answer."""
    host, port = _hostport(url)
    with socket.create_connection((host, port), timeout=timeout) as s:
        s.sendall(head.replace("{host}", f"{host}:{port}").encode("latin-1") + body)
        data = b""
        while True:
            try:
                chunk = s.recv(65536)
            except (ConnectionResetError, socket.timeout):
                break
            if not chunk:
                break
            data += chunk
            if b"\r\n\r\n" in data:
                head_part, _, rest = data.partition(b"\r\n\r\n")
                headers = dict(
                    line.split(": ", 1) for line in head_part.decode("latin-1").split("\r\n")[1:] if ": " in line)
                length = int(headers.get("Content-Length", "-1"))
                if 0 <= length <= len(rest):
                    break
    head_part, _, rest = data.partition(b"\r\n\r\n")
    lines = head_part.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.lower(): v for k, v in (line.split(": ", 1) for line in lines[1:] if ": " in line)}
    return status, headers, rest


def scan_over_http(url: str, text: str, timeout: float) -> dict:
    req = urllib.request.Request(url + "/v1/scan", data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return json.loads(resp.read())


@pytest.mark.parametrize("idle", [150, CONNECTION_LIMIT + 60])
def test_a_scan_is_answered_while_many_connections_sit_idle(live_service, idle):
    """Stock waitress stopped accepting at 100 open connections and freed idle ones only every
    30 s: a scan then waited 30-39 s. Here idle connections (some with half a request sent)
    make room for a new one. The timeout is wide (the CI machine is loaded); a stall would
    take 30 s."""
    host, port = _hostport(live_service)
    held = []
    try:
        for i in range(idle):
            s = socket.create_connection((host, port), timeout=10)
            if i % 5 == 0:
                s.sendall(b"POST /v1/scan HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never finished
            held.append(s)
        result = scan_over_http(live_service, "山田太郎さんの電話は090-1234-5678です", timeout=15)
        assert result["verdict"] == "block"
        # and again, on a new connection, while the idle ones are still open
        assert scan_over_http(live_service, "今日の天気", timeout=15)["verdict"] == "allow"
    finally:
        for s in held:
            s.close()


def _assert_contract_error(status, headers, body, expected_status, expected_code):
    assert status == expected_status
    assert headers["content-type"].startswith("application/json")
    err = json.loads(body)["error"]
    assert err["code"] == expected_code
    assert err["message"] and not err["message"].isascii()  # Japanese
    return err


def test_a_body_over_the_servers_own_limit_answers_json_413(live_service):
    status, headers, body = raw_request(
        live_service, "POST /v1/scan HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                      "Content-Length: 50000000\r\n\r\n")
    _assert_contract_error(status, headers, body, 413, "body_too_large")


@pytest.mark.parametrize("head, body", [
    ("POST /v1/scan HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: 12abc\r\n\r\n",
     b'{"text":"x"}'),
    ("POST /v1/scan HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
     "Content-Length: 5\r\nContent-Length: 6\r\n\r\n", b'{"tex'),
    ("POST /v1/scan HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
     b"zz\r\n{\"text\":\"x\"}\r\n0\r\n\r\n"),
], ids=["bad-content-length", "two-content-lengths", "bad-chunk-size"])
def test_malformed_framing_answers_json_400_without_echoing_it(live_service, head, body):
    status, headers, answer = raw_request(live_service, head, body)
    err = _assert_contract_error(status, headers, answer, 400, "bad_http_request")
    assert "12abc" not in err["message"] and "zz" not in answer.decode()


def test_an_unsupported_transfer_encoding_answers_json_501(live_service):
    status, headers, body = raw_request(
        live_service, "POST /v1/scan HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                      "Transfer-Encoding: gzip, chunked\r\n\r\n", b"0\r\n\r\n")
    _assert_contract_error(status, headers, body, 501, "transfer_encoding_not_supported")


def test_headers_over_the_servers_limit_answer_json_431(live_service):
    status, headers, body = raw_request(
        live_service, "GET /healthz HTTP/1.1\r\nHost: {host}\r\nX-Filler: " + "a" * 300_000 + "\r\n\r\n")
    _assert_contract_error(status, headers, body, 431, "headers_too_large")


def test_an_absolute_form_target_with_a_foreign_host_is_refused(live_service):
    payload = json.dumps({"text": "山田太郎さん"}).encode()
    status, headers, body = raw_request(
        live_service, "POST http://evil.example/v1/scan HTTP/1.1\r\nHost: {host}\r\n"
                      f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n", payload)
    _assert_contract_error(status, headers, body, 403, "host_not_allowed")


def test_an_absolute_form_target_naming_the_service_itself_is_served(live_service):
    host, port = _hostport(live_service)
    payload = json.dumps({"text": "山田太郎さん"}).encode()
    status, headers, body = raw_request(
        live_service, f"POST http://{host}:{port}/v1/scan HTTP/1.1\r\nHost: {{host}}\r\n"
                      f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n", payload)
    assert status == 200 and json.loads(body)["verdict"] == "block"
