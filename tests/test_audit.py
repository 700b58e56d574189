"""POST /v1/events and the audit files: counts only, strictly validated, never the text."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import pwd
import shutil
import subprocess
import threading
import urllib.request
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support import ROOT, free_port, start_service
from service.app import create_app
from service.audit import ERRORS, EVENTS, KEYS, SOURCES, VERDICTS, service_user_name, user_tag
from service.labels import ERROR_MESSAGES, TYPES

JST = dt.timezone(dt.timedelta(hours=9))
NOW = dt.datetime(2026, 11, 26, 9, 30, 0, tzinfo=JST)
HOST = "pc-test"
H = {"Host": "127.0.0.1:8765"}
GOOD = {"event": "blocked", "verdict": "block", "source": "prompt", "findings": {"PERSON": 2, "PHONE_NUMBER": 1},
        "extension_version": "0.1.0", "policy_version": "2026-11-26"}


def make_app(policy, morphology, directory, include_user_name=False):
    p = dataclasses.replace(policy, audit_directory=str(directory) if directory else None,
                            audit_include_user_name=include_user_name)
    app = create_app({"POLICY": p, "ANALYSER": morphology, "PORT": 8765})
    app.config.update(AUDIT_CLOCK=lambda: NOW, AUDIT_HOST=HOST)
    return app


@pytest.fixture()
def audit_dir(tmp_path):
    return tmp_path / "audit"


@pytest.fixture()
def aclient(policy, morphology, audit_dir):
    return make_app(policy, morphology, audit_dir).test_client()


def lines(directory: Path) -> list[dict]:
    out = []
    for f in sorted(Path(directory).glob("*.jsonl")):
        out += [json.loads(x) for x in f.read_text("utf-8").splitlines()]
    return out


def test_event_is_appended_to_the_daily_file(aclient, audit_dir):
    r = aclient.post("/v1/events", json=GOOD, headers=H)
    assert r.status_code == 200 and r.json == {"recorded": True}
    aclient.post("/v1/events", json={**GOOD, "event": "redacted"}, headers=H)
    files = list(audit_dir.iterdir())
    # One file per Windows user (a hash of host and account, not the name) and day.
    assert [f.name for f in files] == [f"mamori-2026-11-26-pc-test-{user_tag(HOST, service_user_name())}.jsonl"]
    got = lines(audit_dir)
    assert {k: v for k, v in got[0].items() if k not in ("seq", "prev")} == {
        "time": "2026-11-26T09:30:00+09:00", "event": "blocked", "verdict": "block",
        "source": "prompt", "findings": {"PERSON": 2, "PHONE_NUMBER": 1},
        "extension_version": "0.1.0", "policy_version": "2026-11-26", "host": HOST}
    assert [x["event"] for x in got] == ["blocked", "redacted"]
    assert [x["seq"] for x in got] == [1, 2]


def test_selector_miss_carries_only_a_path_shape(aclient, audit_dir):
    ok = {"event": "selector_miss", "path": "/g/:id/project", "gesture": "enter", "source": "prompt"}
    assert aclient.post("/v1/events", json=ok, headers=H).status_code == 200
    # A path with anything but known lowercase words and ":id" (a name, a query, an id) is refused.
    for bad in ["/c/6743ab12-9f", "/c/山田", "/search?q=x", "c/:id", "/" + "/x" * 9, "/C/:id", 42]:
        r = aclient.post("/v1/events", json={**ok, "path": bad}, headers=H)
        assert r.status_code == 400 and r.json["error"]["code"] == "bad_event_field", bad
    for bad in [{"gesture": "paste"}, {"verdict": "block"}, {"findings": {"PERSON": 1}}]:
        assert aclient.post("/v1/events", json={**ok, **bad}, headers=H).status_code == 400, bad
    # path and gesture belong to selector_miss only.
    assert aclient.post("/v1/events", json={**GOOD, "path": "/c/:id"}, headers=H).status_code == 400
    assert [x["path"] for x in lines(audit_dir)] == ["/g/:id/project"]


def test_every_event_kind(aclient, audit_dir):
    for e in EVENTS:
        body = {"event": e, "verdict": "warn"}
        if e == "service_unreachable":
            body = {"event": e, "error": "timeout"}
        if e == "selector_miss":
            body = {"event": e, "path": "/c/:id", "gesture": "click"}
        assert aclient.post("/v1/events", json=body, headers=H).status_code == 200, e
    got = lines(audit_dir)
    assert [x["event"] for x in got] == list(EVENTS)
    unreachable = got[EVENTS.index("service_unreachable")]
    assert unreachable["verdict"] is None and unreachable["error"] == "timeout"
    assert got[-1]["verdict"] is None and got[-1]["path"] == "/c/:id" and got[-1]["gesture"] == "click"
    assert got[0]["policy_version"] == "2026-11-26"  # the service's own when the event has none


def test_user_name_comes_from_the_os_only_when_the_policy_asks(policy, morphology, tmp_path, monkeypatch):
    # Neither an environment variable nor the request can choose the name that is recorded.
    monkeypatch.setenv("USERNAME", "maebashi.taro")
    monkeypatch.setenv("USER", "maebashi.taro")
    c = make_app(policy, morphology, tmp_path / "a").test_client()
    c.post("/v1/events", json={**GOOD, "user_name": "yamada"}, headers=H)
    assert "user" not in lines(tmp_path / "a")[0]
    c = make_app(policy, morphology, tmp_path / "b", include_user_name=True).test_client()
    c.post("/v1/events", json=GOOD, headers=H)
    c.post("/v1/events", json={**GOOD, "user_name": "yamada"}, headers=H)
    me = pwd.getpwuid(os.getuid()).pw_name
    assert [x["user"] for x in lines(tmp_path / "b")] == [me, me]


def test_central_instance_never_records_its_own_account(policy, morphology, tmp_path, monkeypatch):
    """Reached through the reverse proxy by its own name, the service's account is not the user's."""
    monkeypatch.setenv("USERNAME", "svc-mamori")
    p = dataclasses.replace(policy, allowed_hosts=("mamori.example.jp",))
    app = make_app(p, morphology, tmp_path / "c", include_user_name=True)
    c = app.test_client()
    c.post("/v1/events", json=GOOD, headers={"Host": "mamori.example.jp"})
    c.post("/v1/events", json={**GOOD, "user_name": "yamada"}, headers={"Host": "mamori.example.jp"})
    # Nor what a request claims: nobody can vouch for it.
    assert [x["user"] for x in lines(tmp_path / "c")] == [None, None]


def test_no_directory_means_nothing_is_written(policy, morphology, tmp_path):
    c = make_app(policy, morphology, None).test_client()
    r = c.post("/v1/events", json=GOOD, headers=H)
    assert r.status_code == 200 and r.json == {"recorded": False}
    # Still validated: a bad payload is a bad payload.
    assert c.post("/v1/events", json={"event": "x"}, headers=H).status_code == 400


def test_unwritable_directory_is_a_json_503(policy, morphology, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    c = make_app(policy, morphology, blocker / "sub").test_client()
    r = c.post("/v1/events", json=GOOD, headers=H)
    assert r.status_code == 503
    assert r.json["error"] == {"code": "audit_unavailable", "message": ERROR_MESSAGES["audit_unavailable"]}


def test_late_events_keep_their_time_within_a_week(aclient, audit_dir):
    aclient.post("/v1/events", json={"event": "service_unreachable", "error": "unreachable",
                                     "occurred_at": "2026-11-25T23:00:00.000Z"}, headers=H)
    aclient.post("/v1/events", json={"event": "service_unreachable", "occurred_at": "2026-01-01T00:00:00Z"},
                 headers=H)
    got = lines(audit_dir)
    assert got[0]["time"] == "2026-11-26T08:00:00+09:00" and got[0]["received"] == "2026-11-26T09:30:00+09:00"
    assert got[1]["time"] == "2026-11-26T09:30:00+09:00" and "received" not in got[1]


SECRET = "山田太郎 090-8765-4321"
BAD_PAYLOADS = [
    ("bad_request", ["blocked"]),
    ("bad_request", "blocked"),
    ("event_unknown_key", {**GOOD, "text": SECRET}),
    ("event_unknown_key", {**GOOD, SECRET: 1}),
    ("event_unknown_key", {**GOOD, "hash": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}),
    ("bad_event", {**GOOD, "event": SECRET}),
    ("bad_event", {**GOOD, "event": None}),
    ("bad_event_field", {**GOOD, "verdict": SECRET}),
    ("bad_event_field", {**GOOD, "verdict": None}),
    ("bad_event_field", {**GOOD, "source": SECRET}),
    ("bad_event_field", {**GOOD, "findings": {SECRET: 1}}),
    ("bad_event_field", {**GOOD, "findings": {"PERSON": SECRET}}),
    ("bad_event_field", {**GOOD, "findings": {"PERSON": "1"}}),
    ("bad_event_field", {**GOOD, "findings": {"PERSON": 1.5}}),
    ("bad_event_field", {**GOOD, "findings": {"PERSON": True}}),
    ("bad_event_field", {**GOOD, "findings": {"PERSON": -1}}),
    ("bad_event_field", {**GOOD, "findings": {"PERSON": 10**6}}),
    ("bad_event_field", {**GOOD, "findings": [["PERSON", 1]]}),
    ("bad_event_field", {**GOOD, "extension_version": SECRET}),
    ("bad_event_field", {**GOOD, "extension_version": "0.1.0-" + "9" * 40}),
    ("bad_event_field", {**GOOD, "policy_version": SECRET}),
    ("bad_event_field", {**GOOD, "policy_version": "a" * 41}),
    ("bad_event_field", {**GOOD, "error": "timeout"}),  # only with service_unreachable
    ("bad_event_field", {"event": "service_unreachable", "error": SECRET}),
    ("bad_event_field", {"event": "service_unreachable", "verdict": "block"}),
    ("bad_event_field", {"event": "service_unreachable", "findings": {"PERSON": 1}}),
    ("bad_event_field", {**GOOD, "occurred_at": SECRET}),
    ("bad_event_field", {**GOOD, "occurred_at": "2026-13-45T99:00:00Z"}),
    ("bad_event_field", {**GOOD, "user_name": SECRET}),
    ("bad_event_field", {**GOOD, "user_name": "x" * 65}),
]


@pytest.mark.parametrize("code,body", BAD_PAYLOADS, ids=[f"{i}-{c}" for i, (c, _) in enumerate(BAD_PAYLOADS)])
def test_bad_payloads_get_json_errors_and_write_nothing(aclient, audit_dir, code, body):
    r = aclient.post("/v1/events", data=json.dumps(body, ensure_ascii=False).encode(),
                     content_type="application/json", headers=H)
    assert r.status_code == 400
    assert r.json["error"]["code"] == code
    msg = r.json["error"]["message"]
    assert msg and "山田" not in msg and "8765" not in msg
    assert not audit_dir.exists() or not any(audit_dir.iterdir())


@pytest.mark.parametrize("data,ctype,status,code", [
    (b"{not json", "application/json", 400, "bad_json"),
    (b"\xff\xfe", "application/json", 400, "bad_json"),
    (json.dumps(GOOD).encode(), "text/plain", 415, "unsupported_media_type"),
    (json.dumps({**GOOD, "extension_version": "1" * 5000}).encode(), "application/json", 413, "event_too_large"),
])
def test_transport_errors(aclient, data, ctype, status, code):
    r = aclient.post("/v1/events", data=data, content_type=ctype, headers=H)
    assert r.status_code == status and r.json["error"]["code"] == code


def test_guards_apply(aclient, policy):
    assert aclient.get("/v1/events", headers=H).status_code == 405
    r = aclient.post("/v1/events", json=GOOD, headers={"Host": "evil.example:8765"})
    assert r.status_code == 403 and r.json["error"]["code"] == "host_not_allowed"
    r = aclient.post("/v1/events", json=GOOD, headers={**H, "Origin": "https://chatgpt.com"})
    assert r.status_code == 403
    ext = policy.allowed_origins[0]
    r = aclient.post("/v1/events", json=GOOD, headers={**H, "Origin": ext})
    assert r.status_code == 200 and r.headers["Access-Control-Allow-Origin"] == ext


def test_concurrent_events_never_interleave(aclient, audit_dir):
    def send(n):
        for _ in range(n):
            assert aclient.post("/v1/events", json=GOOD, headers=H).status_code == 200
    threads = [threading.Thread(target=send, args=(40,)) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(lines(audit_dir)) == 240


# --- the property: an audit line never carries a piece of the scanned text ------------------

# JSON punctuation (" , : { } [ ] \) is kept out of the filler so that any piece of the text found
# in a (compact) line lies inside a single token of that line.
FILLER = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x3041, max_codepoint=0x30FA),  # kana
        st.sampled_from("山田太郎花子佐藤鈴木高橋前橋市大手町丁目番号住所電話生年月日個人番号口座秘密様方"),
        st.sampled_from("0123456789０１２３４５６７８９abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-@._/ 　\n"),
    ),
    max_size=40,
)
PII = st.one_of(
    st.from_regex(r"0[789]0-[0-9]{4}-[0-9]{4}", fullmatch=True),
    st.from_regex(r"027-2[0-9]{2}-[0-9]{4}", fullmatch=True),
    st.from_regex(r"[a-z]{3,8}\.[a-z]{3,8}@example\.(jp|com)", fullmatch=True),
    st.sampled_from(["7057 8622 2560", "4111 1111 1111 1111", "password: Hunter2Xy!", "192.168.10.23"]),
    st.builds(lambda a, b: f"氏名 {a}{b}", st.sampled_from(["山田", "佐藤", "鈴木", "高橋"]),
              st.sampled_from(["太郎", "花子", "一郎", "優子"])),
    st.builds(lambda n: f"前橋市大手町{n}丁目{n}番{n}号", st.integers(1, 9)),
    st.sampled_from(["生年月日 昭和55年4月1日", "取扱注意", "入札の予定価格", "生活保護を受給中"]),
)
TEXTS = st.lists(st.one_of(FILLER, PII), min_size=1, max_size=6).map("".join)

VOCAB = set(KEYS) | {"time", "host", "user", "received", "seq", "prev", "true", "false", "null"} | set(EVENTS) | set(VERDICTS) \
    | set(SOURCES) | set(ERRORS) | set(TYPES) | {NOW.isoformat(), HOST, "0.1.0", "2026-11-26"}


@pytest.fixture(scope="module")
def payload_builder():
    """extension/lib/audit.js itself, in one long-lived node process."""
    node = shutil.which("node")
    if not node:
        pytest.skip("node is not installed (scripts/test.sh installs it)")
    proc = subprocess.Popen([node, str(ROOT / "tests/helpers/audit_payload.mjs")], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, encoding="utf-8")

    def build(**kw):
        proc.stdin.write(json.dumps(kw, ensure_ascii=False) + "\n")
        proc.stdin.flush()
        return json.loads(proc.stdout.readline())
    yield build
    proc.stdin.close()
    proc.wait(timeout=5)


@pytest.fixture(scope="module")
def prop_app(policy, morphology, tmp_path_factory):
    d = tmp_path_factory.mktemp("audit-prop")
    return make_app(policy, morphology, d, include_user_name=True), d


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, event=st.sampled_from(EVENTS), source=st.sampled_from(SOURCES))
def test_audit_lines_never_contain_the_scanned_text(prop_app, payload_builder, scanner, text, event, source):
    app, directory = prop_app
    result = scanner.scan(text, source)
    shown = [f for f in result["findings"] if f["action"] != "allow"]
    # Hand audit.js everything the content script has, values included, to prove it drops them.
    decision = {"kind": result["verdict"], "policyVersion": result["policy_version"], "redactedText":
                result["redacted_text"], "findings": [{**f, "text": text[f["start"]:f["end"]]} for f in shown],
                "error": {"code": "unreachable", "message": text}}
    body = payload_builder(event=event, decision=decision, source=source, extensionVersion="0.1.0",
                           error={"code": "timeout", "message": text})
    for f in directory.glob("*.jsonl"):
        f.unlink()
    r = app.test_client().post("/v1/events", json=body, headers=H)
    assert r.status_code == 200, r.json
    [raw] = [x for f in directory.glob("*.jsonl") for x in f.read_text("utf-8").splitlines()]
    line = json.loads(raw)
    # Only known keys, closed values, small counts.
    assert set(line) <= VOCAB
    assert line["event"] == event and line["source"] == source
    assert all(t in TYPES and isinstance(n, int) and 0 < n <= 999 for t, n in line["findings"].items())
    # No piece (4+ characters) of the text, unless it is a piece of the fixed vocabulary itself
    # (e.g. the text happened to contain "PERSON" or "block").
    user = line.get("user") or ""
    for i in range(len(text) - 3):
        for j in range(i + 4, len(text) + 1):
            piece = text[i:j]
            if piece in raw:
                assert any(piece in tok for tok in VOCAB | {user, line["prev"], str(line["seq"])}), \
                    f"leaked {piece!r}"
            else:
                break  # longer pieces starting at i cannot be in the line either


def test_live_service_writes_events(tmp_path):
    """run_service.py with IT's policy file naming the audit directory (waitress, real HTTP)."""
    audit = tmp_path / "監査ログ"
    pol = tmp_path / "policy.toml"
    pol.write_text(f'version = "2026-12-01"\n[audit]\ndirectory = {json.dumps(str(audit))}\n', "utf-8")
    port = free_port()
    proc = start_service(port, "--policy", str(pol))
    try:
        req = urllib.request.Request(f"http://127.0.0.1:{port}/v1/events", method="POST",
                                     data=json.dumps(GOOD).encode(), headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=5) as resp:
            assert json.load(resp) == {"recorded": True}
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    [line] = lines(audit)
    assert line["event"] == "blocked" and line["findings"] == {"PERSON": 2, "PHONE_NUMBER": 1}
    assert os.path.basename(next(audit.iterdir())).startswith("mamori-")
