"""POST /v1/events: what the user did after a non-allow verdict, as counts only.

The extension reports one event per decision (blocked, redacted, sent_after_warning,
cancelled, service_unreachable). The service appends one JSON line per event to a daily
file in the policy's `audit.directory` (a local folder or a network share):

    AUDIT_DIR/mamori-YYYY-MM-DD-<hostname>-u<8 hex>.jsonl    (per-user service on a PC)
    AUDIT_DIR/mamori-YYYY-MM-DD-<hostname>.jsonl             (central instance)

One file per Windows user and day (the suffix is a hash of host and account, not the name):
two users' services on one PC never append to the same file. A line holds the time, the
event, the verdict, finding types with their counts, the source, the extension and policy
versions, the host name, and the Windows user name only when the policy's
`audit.include_user_name` is true — taken from the OS account the per-user service runs as,
never from the request (a request could claim anyone; the central instance, reached through
the proxy, records none). Tamper evidence: every line carries `seq` (1, 2, … in its file) and
`prev`, the SHA-256 of the previous line (of "mamori-audit-v1|<file name>" for the first), so a
line removed, inserted, edited or moved between files breaks the chain, which the report
checks; the SYSTEM collection task (deploy/windows/collect-audit.ps1) copies the files to a
share staff cannot write, and keeps any copy whose collected part later changed. Never the text, never a finding
value, never a hash of either: the payload is checked strictly — only known keys,
finding types from the label table, counts as small integers, versions as short ASCII
strings — so nothing free-form can be smuggled into the file. A payload that does not
pass gets the contract's JSON error (400, Japanese message) and nothing is written.

`python -m service.report AUDIT_DIR` turns the files into a page for 情報政策課.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import socket
import threading
from pathlib import Path
from typing import Callable, Optional

from flask import Blueprint, current_app, g, jsonify, request

from .errors import error_response
from .labels import ERROR_MESSAGES, TYPES

log = logging.getLogger("mamori.audit")

EVENTS = ("blocked", "redacted", "sent_after_warning", "cancelled", "service_unreachable", "selector_miss")
VERDICTS = ("block", "warn", "allow")
SOURCES = ("prompt", "paste", "file")
ERRORS = ("timeout", "unreachable", "http_error", "bad_response", "not_authentic")
MAX_COUNT = 999
MAX_BODY = 4096  # an event is a few hundred bytes; anything bigger is not an event

# What each key may hold. Anything else is refused.
KEYS = ("event", "verdict", "source", "findings", "extension_version", "policy_version",
        "error", "occurred_at", "user_name", "path", "gesture")
# selector_miss: a send the extension recognised but could not read (a ChatGPT redesign).
# It carries the page's path shape — known words and ":id" only — and the gesture.
GESTURES = ("enter", "click", "submit")
_PATH_SHAPE = re.compile(r"/|(/(:id|[a-z][a-z0-9\-]{0,23})){1,8}", re.ASCII)
NO_VERDICT = ("service_unreachable", "selector_miss")
_VERSION = re.compile(r"[0-9]{1,5}(\.[0-9]{1,5}){0,3}", re.ASCII)
_POLICY_VERSION = re.compile(r"[0-9A-Za-z._:+\-]{1,40}", re.ASCII)
_OCCURRED_AT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z", re.ASCII)
# A Windows account name: at most 64 characters, none of " / \ [ ] : ; | = , + * ? < > @,
# no spaces or control characters.
_USER_NAME = re.compile(r"[^\s\"/\\\[\]:;|=,+*?<>@\x00-\x1f\x7f]{1,64}")
_HOST_SAFE = re.compile(r"[^A-Za-z0-9._\-]")
MAX_DELAY = dt.timedelta(days=7)  # queued events (service was down) may arrive later


class EventError(Exception):
    def __init__(self, code: str, **fmt):
        self.code = code
        self.fmt = fmt


def _finding_counts(findings, event: str) -> dict:
    """The event's finding counts by type (zeros left out, types sorted) or EventError."""
    if findings is None:
        findings = {}
    if not isinstance(findings, dict) or len(findings) > len(TYPES):
        raise EventError("bad_event_field", key="findings")
    counts = {}
    for t, n in findings.items():
        if t not in TYPES:
            raise EventError("bad_event_field", key="findings")
        if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= MAX_COUNT:
            raise EventError("bad_event_field", key="findings")
        if n:
            counts[t] = n
    if event in NO_VERDICT and counts:
        raise EventError("bad_event_field", key="findings")
    return dict(sorted(counts.items()))


def validate_event(body, policy_version: str) -> dict:
    """The checked event (keys as given, values normalised) or EventError."""
    if not isinstance(body, dict):
        raise EventError("bad_request")
    unknown = [k for k in body if k not in KEYS]
    if unknown:
        # The message lists the allowed keys; it never quotes the unknown one (it could be text).
        raise EventError("event_unknown_key")
    event = body.get("event")
    if event not in EVENTS:
        raise EventError("bad_event")
    out: dict = {"event": event}

    verdict = body.get("verdict")
    if event in NO_VERDICT:
        if verdict is not None:
            raise EventError("bad_event_field", key="verdict")
    elif verdict not in VERDICTS:
        raise EventError("bad_event_field", key="verdict")
    out["verdict"] = verdict

    source = body.get("source")
    if source is not None and source not in SOURCES:
        raise EventError("bad_event_field", key="source")
    out["source"] = source

    out["findings"] = _finding_counts(body.get("findings", {}), event)

    ext = body.get("extension_version")
    if ext is not None and not (isinstance(ext, str) and _VERSION.fullmatch(ext)):
        raise EventError("bad_event_field", key="extension_version")
    out["extension_version"] = ext

    pv = body.get("policy_version")
    if pv is not None and not (isinstance(pv, str) and (pv == policy_version or _POLICY_VERSION.fullmatch(pv))):
        raise EventError("bad_event_field", key="policy_version")
    out["policy_version"] = pv if pv is not None else policy_version

    err = body.get("error")
    if err is not None and (event != "service_unreachable" or err not in ERRORS):
        raise EventError("bad_event_field", key="error")
    out["error"] = err

    at = body.get("occurred_at")
    if at is not None:
        if not (isinstance(at, str) and _OCCURRED_AT.fullmatch(at)):
            raise EventError("bad_event_field", key="occurred_at")
        try:
            out["occurred_at"] = dt.datetime.fromisoformat(at.replace("Z", "+00:00"))
        except ValueError:
            raise EventError("bad_event_field", key="occurred_at") from None

    path, gesture = body.get("path"), body.get("gesture")
    if event == "selector_miss":
        if not (isinstance(path, str) and _PATH_SHAPE.fullmatch(path)):
            raise EventError("bad_event_field", key="path")
        if gesture is not None and gesture not in GESTURES:
            raise EventError("bad_event_field", key="gesture")
    elif path is not None or gesture is not None:
        raise EventError("bad_event_field", key="path" if path is not None else "gesture")
    out["path"], out["gesture"] = path, gesture

    user = body.get("user_name")
    if user is not None and not (isinstance(user, str) and _USER_NAME.fullmatch(user)):
        raise EventError("bad_event_field", key="user_name")
    out["user_name"] = user
    return out


def host_name() -> str:
    name = _HOST_SAFE.sub("_", socket.gethostname() or "unknown")[:63]
    return name or "unknown"


def service_user_name() -> str:
    """The account the service runs as (per-user logon task: the staff member's own), from the
    OS — the process token on Windows, the uid elsewhere — not from environment variables,
    which whoever starts the process can set to any name."""
    name = ""
    try:
        if os.name == "nt":
            import ctypes

            buf = ctypes.create_unicode_buffer(257)
            size = ctypes.c_ulong(len(buf))
            if ctypes.windll.advapi32.GetUserNameW(buf, ctypes.byref(size)):  # type: ignore[attr-defined]
                name = buf.value
        else:
            import pwd

            name = pwd.getpwuid(os.getuid()).pw_name
    except Exception:  # noqa: BLE001 — no user database entry
        name = ""
    return name if _USER_NAME.fullmatch(name or "") else ""


CHAIN_SEED = "mamori-audit-v1|"


def chain_start(file_name: str) -> str:
    return hashlib.sha256((CHAIN_SEED + file_name).encode("utf-8")).hexdigest()


def user_tag(host: str, user: str) -> str:
    """A per-user file suffix that does not spell the account name."""
    return "u" + hashlib.sha256(f"{host}|{user}".lower().encode("utf-8")).hexdigest()[:8]


class AuditWriter:
    """Appends chained lines to AUDIT_DIR/mamori-YYYY-MM-DD-<host>[-u<tag>].jsonl (one write per line)."""

    def __init__(self, host: Optional[str] = None,
                 clock: Optional[Callable[[], dt.datetime]] = None):
        self.host = host or host_name()
        self.clock = clock or (lambda: dt.datetime.now().astimezone())
        self._lock = threading.Lock()
        self._chain: dict[Path, tuple[int, str]] = {}  # file -> (last seq, SHA-256 of the last line)

    def _tail(self, path: Path) -> tuple[int, str]:
        """Where the chain of an existing file stands (after a restart of the service)."""
        if path in self._chain:
            return self._chain[path]
        seq, prev = 0, chain_start(path.name)
        try:
            with open(path, "rb") as f:
                f.seek(0, os.SEEK_END)
                f.seek(max(0, f.tell() - 4096))
                lines = [x for x in f.read().splitlines() if x.strip()]
            if lines:
                last = lines[-1]
                seq, prev = int(json.loads(last).get("seq") or 0), hashlib.sha256(last).hexdigest()
        except FileNotFoundError:
            pass
        except (OSError, ValueError, AttributeError):
            # An unreadable tail: start a new chain segment the report will show as a break.
            seq, prev = 0, chain_start(path.name)
        return seq, prev

    def record(self, directory: str, event: dict, include_user_name: bool, local_caller: bool = True) -> dict:
        """local_caller: the request came to a loopback host name, so the service runs as the
        staff member at this PC and its account name is theirs. A central instance (reached
        by its own host name through the reverse proxy) only has what the request says."""
        now = self.clock()
        at = event.get("occurred_at")
        if at is not None and now - MAX_DELAY <= at <= now + dt.timedelta(minutes=5):
            when = at.astimezone(now.tzinfo)
        else:
            when = now
        line = {
            "time": when.isoformat(timespec="seconds"),
            "event": event["event"],
            "verdict": event["verdict"],
            "source": event["source"],
            "findings": event["findings"],
            "extension_version": event["extension_version"],
            "policy_version": event["policy_version"],
            "host": self.host,
        }
        if event.get("error"):
            line["error"] = event["error"]
        if event.get("path"):
            line["path"] = event["path"]
        if event.get("gesture"):
            line["gesture"] = event["gesture"]
        if when is not now:
            line["received"] = now.isoformat(timespec="seconds")
        # The OS account of this per-user service, never what the request says.
        account = service_user_name() if local_caller else ""
        if include_user_name:
            line["user"] = account or None
        suffix = f"-{user_tag(self.host, account)}" if account else ""
        path = Path(directory) / f"mamori-{when.date().isoformat()}-{self.host}{suffix}.jsonl"
        with self._lock:
            path.parent.mkdir(parents=True, exist_ok=True)
            seq, prev = self._tail(path)
            line["seq"], line["prev"] = seq + 1, prev
            body = json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
            try:
                os.write(fd, body + b"\n")
            finally:
                os.close(fd)
            self._chain[path] = (seq + 1, hashlib.sha256(body).hexdigest())
        return line


audit_blueprint = Blueprint("audit", __name__)


def _writer() -> AuditWriter:
    app = current_app
    w = app.config.get("AUDIT_WRITER")
    if w is None:
        w = app.config["AUDIT_WRITER"] = AuditWriter(host=app.config.get("AUDIT_HOST"),
                                                     clock=app.config.get("AUDIT_CLOCK"))
    return w


@audit_blueprint.post("/v1/events")
def post_event():
    if request.mimetype != "application/json":
        return error_response(415, "unsupported_media_type")
    if (request.content_length or 0) > MAX_BODY:
        return error_response(413, "event_too_large")
    raw = request.get_data(cache=False)
    if len(raw) > MAX_BODY:
        return error_response(413, "event_too_large")
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return error_response(400, "bad_json")
    policy = current_app.extensions["mamori"].policy
    try:
        event = validate_event(body, policy.version)
    except EventError as e:
        return error_response(400, e.code, ERROR_MESSAGES[e.code].format(**e.fmt))
    g.scan_summary = f"event={event['event']} " + ",".join(f"{t}:{n}" for t, n in event["findings"].items())
    if not policy.audit_directory:
        return jsonify({"recorded": False})
    try:
        host = request.host.rsplit(":", 1)[0] if not request.host.endswith("]") else request.host
        local = host.lower() in ("127.0.0.1", "localhost", "[::1]")
        _writer().record(policy.audit_directory, event, policy.audit_include_user_name, local_caller=local)
    except OSError as e:
        log.warning("audit: cannot write to the audit directory (%s)", e.strerror or type(e).__name__)
        return error_response(503, "audit_unavailable")
    return jsonify({"recorded": True})
