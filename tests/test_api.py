"""The HTTP contract (shared/spec/scan-api.md): every error path, the guards, and a real server."""
from __future__ import annotations

import json
import urllib.request

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.policy import load_policy

from pathlib import Path

# The development policy (shipped defaults + the unpacked extension's origin; the default allows none).
EXT = load_policy(Path(__file__).resolve().parent.parent / "deploy" / "dev-policy.toml").allowed_origins[0]


def post(client, body, **kw):
    data = body if isinstance(body, (bytes, str)) else json.dumps(body, ensure_ascii=False)
    kw.setdefault("content_type", "application/json")
    return client.post("/v1/scan", data=data, **kw)


def assert_error(resp, status, code):
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.is_json
    err = resp.get_json()["error"]
    assert err["code"] == code
    assert err["message"] and any("\u3040" <= ch <= "\u9fff" for ch in err["message"])  # Japanese


def test_scan_allow_shape(client):
    resp = post(client, {"text": "市民清掃デーのあいさつ文を作ってください。"})
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["verdict"] == "allow"
    assert body["findings"] == []
    assert body["redacted_text"] == "市民清掃デーのあいさつ文を作ってください。"
    assert body["policy_version"]


def test_empty_text_is_allowed(client):
    body = post(client, {"text": ""}).get_json()
    assert body == {"verdict": "allow", "findings": [], "redacted_text": "", "masked": [],
                    "policy_version": body["policy_version"]}


def test_source_values(client):
    for source in ("prompt", "paste", "file"):
        assert post(client, {"text": "a", "source": source}).status_code == 200
    assert_error(post(client, {"text": "a", "source": "email"}), 400, "bad_source")


def test_malformed_json(client):
    assert_error(post(client, b"{\"text\": "), 400, "bad_json")
    assert_error(post(client, b"\xff\xfe"), 400, "bad_json")


def test_json_not_an_object(client):
    assert_error(post(client, "[1, 2]"), 400, "bad_request")


def test_missing_and_non_string_text(client):
    assert_error(post(client, {"source": "prompt"}), 400, "missing_text")
    for bad in (None, 123, ["a"], {"a": 1}, True):
        assert_error(post(client, {"text": bad}), 400, "text_not_string")


def test_wrong_content_type(client):
    assert_error(client.post("/v1/scan", data="text=abc", content_type="text/plain"), 415,
                 "unsupported_media_type")
    assert_error(client.post("/v1/scan", data=json.dumps({"text": "a"})), 415, "unsupported_media_type")


def test_text_too_long(client):
    assert post(client, {"text": "あ" * 100_000}).status_code == 200
    assert_error(post(client, {"text": "a" * 100_001}), 413, "text_too_long")


def test_body_too_large(client):
    assert_error(post(client, {"text": "a" * (1024 * 1024)}), 413, "body_too_large")


def test_method_and_path_errors(client):
    assert_error(client.get("/v1/scan"), 405, "method_not_allowed")
    assert_error(client.get("/nope"), 404, "not_found")
    assert_error(client.post("/healthz"), 405, "method_not_allowed")


def test_healthz_and_policy(client):
    h = client.get("/healthz").get_json()
    assert h["status"] == "ok" and h["version"] and h["policy_version"]
    p = client.get("/v1/policy").get_json()
    assert p["mode"] == "enforce"
    assert "情報政策課" in p["contact"]
    assert set(p["reminders"]) >= {"business_use", "fact_check", "responsibility"}
    assert p["types"]["JP_MY_NUMBER"]["label"] == "個人番号（マイナンバー）"
    assert p["types"]["JP_CORPORATE_NUMBER"]["action"] == "allow"
    assert p["types"]["NONPUBLIC_INFO"]["classification"] == "II"


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "127.0.0.1.nip.io:8765",
                                  "localhost:9999", "192.168.1.10:8765", ""])
def test_foreign_host_refused(client, host):
    assert_error(client.get("/healthz", headers={"Host": host}), 403, "host_not_allowed")


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765", "[::1]:8765", "localhost", "LOCALHOST:8765"])
def test_own_host_accepted(client, host):
    assert client.get("/healthz", headers={"Host": host}).status_code == 200


def test_cors_allowed_extension_origin(client):
    resp = post(client, {"text": "a"}, headers={"Origin": EXT})
    assert resp.status_code == 200
    assert resp.headers["Access-Control-Allow-Origin"] == EXT
    pre = client.options("/v1/scan", headers={"Origin": EXT, "Access-Control-Request-Method": "POST",
                                              "Access-Control-Request-Headers": "content-type"})
    assert pre.status_code == 204
    assert pre.headers["Access-Control-Allow-Origin"] == EXT
    assert "POST" in pre.headers["Access-Control-Allow-Methods"]
    pna = client.options("/v1/scan", headers={"Origin": EXT, "Access-Control-Request-Method": "POST",
                                              "Access-Control-Request-Private-Network": "true"})
    assert pna.headers["Access-Control-Allow-Private-Network"] == "true"


@pytest.mark.parametrize("origin", ["https://chatgpt.com", "https://evil.example", "null",
                                    "chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"])
def test_cors_foreign_origin_refused(client, origin):
    resp = post(client, {"text": "a"}, headers={"Origin": origin})
    assert_error(resp, 403, "origin_not_allowed")
    assert "Access-Control-Allow-Origin" not in resp.headers
    pre = client.options("/v1/scan", headers={"Origin": origin, "Access-Control-Request-Method": "POST"})
    assert pre.status_code == 403
    assert "Access-Control-Allow-Origin" not in pre.headers


def test_no_origin_from_loopback_works(client):
    assert post(client, {"text": "a"}).status_code == 200


def test_errors_never_echo_the_input(client):
    secret = "0901234567８-秘密の値"
    for resp in (post(client, {"text": 5, "x": secret}), post(client, "{" + secret),
                 post(client, {"text": "a", "source": secret})):
        assert secret not in resp.get_data(as_text=True)


def test_internal_error_is_json_without_trace(app, monkeypatch, caplog):
    scanner = app.extensions["mamori"].scanner

    def boom(text, source="prompt"):
        raise ValueError("leaky " + text)

    monkeypatch.setattr(scanner, "scan", boom)
    resp = app.test_client().post("/v1/scan", json={"text": "山田太郎の秘密"})
    assert_error(resp, 500, "internal_error")
    body = resp.get_data(as_text=True)
    assert "Traceback" not in body and "山田太郎" not in body
    assert "山田太郎" not in caplog.text and "leaky" not in caplog.text
    assert "ValueError" in caplog.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_text_scans_and_offsets_are_in_bounds(client, text):
    resp = post(client, {"text": text})
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["verdict"] in ("allow", "warn", "block")
    for f in body["findings"]:
        assert 0 <= f["start"] < f["end"] <= len(text)
    if body["verdict"] == "allow":
        assert body["redacted_text"] == text


def test_real_waitress_server(live_service):
    with urllib.request.urlopen(live_service + "/healthz", timeout=5) as r:
        assert json.load(r)["status"] == "ok"
    req = urllib.request.Request(live_service + "/v1/scan", method="POST",
                                 data=json.dumps({"text": "確認です"}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as r:
        assert json.load(r)["verdict"] == "allow"
    # Over 1 MiB: a JSON 413 from the real server too.
    big = json.dumps({"text": "a" * (1024 * 1024 + 10)}).encode()
    req = urllib.request.Request(live_service + "/v1/scan", method="POST", data=big,
                                 headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=10)
    assert e.value.code == 413
    assert json.loads(e.value.read())["error"]["code"] == "body_too_large"
