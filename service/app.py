"""The Flask app: POST /v1/scan, GET /healthz, GET /v1/policy (see shared/spec/scan-api.md).

`create_app(config)` builds everything a request needs (policy, detectors, Sudachi's
dictionary) once; requests only scan.
"""
from __future__ import annotations

import json
import logging
import time
from typing import Optional

import orjson
from flask import Flask, Response, g, jsonify, request
from werkzeug.exceptions import HTTPException

from . import __version__
from .labels import REMINDERS, TYPES
from .audit import audit_blueprint  # POST /v1/events (audit counts)
from .errors import ApiError, error_response  # noqa: F401  (re-exported for callers of app)
from .state import ServiceState

MAX_BODY_BYTES = 1024 * 1024
MAX_TEXT_CHARS = 100_000
SOURCES = ("prompt", "paste", "file")
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")

log = logging.getLogger("mamori")


def create_app(config: Optional[dict] = None) -> Flask:
    """config keys: POLICY (a Policy) or POLICY_FILE (path), PORT (for the Host check),
    POLICY_RELOAD_SECONDS (watch POLICY_FILE for edits; run_service.py sets it),
    ANALYSER (a tokenizer callable, tests only), WORKERS (scan in that many worker
    processes; 0 = in this process)."""
    config = dict(config or {})
    state = ServiceState(policy=config.get("POLICY"), policy_file=config.get("POLICY_FILE"),
                         analyser=config.get("ANALYSER"), workers=int(config.get("WORKERS") or 0))
    if config.get("POLICY_RELOAD_SECONDS"):
        state.watch(float(config["POLICY_RELOAD_SECONDS"]))

    app = Flask(__name__)
    app.config.update(
        MAX_CONTENT_LENGTH=MAX_BODY_BYTES,
        PORT=config.get("PORT"),
    )
    # ASCII-escaped JSON: a lone surrogate in the text (valid in JSON) can't break the encoder.
    app.json.ensure_ascii = True
    app.json.sort_keys = False
    app.extensions["mamori"] = state
    app.register_blueprint(audit_blueprint)
    from .file_api import file_blueprint  # POST /v1/scan-file (attached files)
    app.register_blueprint(file_blueprint)
    _add_guards(app, state)
    _add_routes(app, state)
    _add_error_handlers(app)
    return app


def _add_guards(app: Flask, state: ServiceState) -> None:
    """Before every request: the Host (DNS rebinding) and Origin checks, CORS preflight; after
    it: CORS and safety headers, and one log line of counts and timings."""

    @app.before_request
    def guard():
        g.t0 = time.perf_counter()
        policy = state.policy
        allowed_hosts = set(LOOPBACK_HOSTS) | set(policy.allowed_hosts)
        if not _host_allowed(request.host, allowed_hosts, app.config["PORT"]):
            return error_response(403, "host_not_allowed")
        # An absolute-form target (POST http://evil.example/v1/scan) names the host the client
        # meant, whatever its Host header says (RFC 9112 §3.2.2): it must pass the same check.
        authority = _absolute_form_authority(request.environ.get("REQUEST_URI", ""))
        if authority is not None and not _host_allowed(authority, allowed_hosts, app.config["PORT"]):
            return error_response(403, "host_not_allowed")
        origin = request.headers.get("Origin")
        if origin is not None and origin not in policy.allowed_origins:
            return error_response(403, "origin_not_allowed")
        if request.method == "OPTIONS" and origin is not None:
            return _preflight(origin)
        return None

    @app.after_request
    def finish(resp):
        origin = request.headers.get("Origin")
        if origin is not None and resp.status_code != 403 and origin in state.policy.allowed_origins:
            resp.headers["Access-Control-Allow-Origin"] = origin
            resp.headers["Vary"] = "Origin"
        resp.headers["Cache-Control"] = "no-store"
        resp.headers["X-Content-Type-Options"] = "nosniff"
        # Counts and timings only: never the text, never a finding value.
        ms = (time.perf_counter() - g.get("t0", time.perf_counter())) * 1000
        # The route, not the raw path: a client could put anything in a URL.
        route = request.url_rule.rule if request.url_rule is not None else "<no route>"
        log.info("%s %s %d %.1fms %s", request.method, route, resp.status_code, ms,
                 g.get("scan_summary", ""))
        return resp


def _add_routes(app: Flask, state: ServiceState) -> None:
    """GET /healthz, GET /v1/policy, POST /v1/scan (POST /v1/events is audit's blueprint)."""

    @app.get("/healthz")
    def healthz():
        policy = state.policy
        body = {"status": "ok", "version": __version__, "policy_version": policy.version}
        if state.policy_error:
            body["policy_error"] = state.policy_error
        return jsonify(body)

    @app.get("/v1/policy")
    def get_policy():
        policy = state.policy
        return jsonify({
            "version": policy.version,
            "mode": policy.mode,
            "contact": policy.contact,
            "reminders": REMINDERS,
            "types": {
                t: {"label": i.label, "placeholder": i.placeholder, "classification": i.classification,
                    "action": policy.action_for(t), "rule": i.rule,
                    "masking": policy.masking_for(t)}
                for t, i in TYPES.items()
            },
        })

    @app.post("/v1/scan")
    def scan():
        text, source = _scan_request()
        result = state.scan(text, source)
        counts: dict[str, int] = {}
        for f in result["findings"]:
            counts[f["type"]] = counts.get(f["type"], 0) + 1
        g.scan_summary = f"chars={len(text)} source={source} verdict={result['verdict']} " + ",".join(
            f"{t}:{n}" for t, n in sorted(counts.items()))
        return _json_response(result)


def _add_error_handlers(app: Flask) -> None:
    """Every error as the JSON of errors.error_response (a Japanese message), never a page."""

    @app.errorhandler(ApiError)
    def api_error(e: ApiError):
        return error_response(e.status, e.code, e.message)

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException):
        code = {400: "bad_request", 404: "not_found", 405: "method_not_allowed",
                413: "body_too_large", 415: "unsupported_media_type"}.get(e.code, "bad_request")
        if e.code >= 500:
            return error_response(500, "internal_error")
        return error_response(e.code, code)

    @app.errorhandler(Exception)
    def internal_error(e: Exception):
        # The exception's message may quote the input: log only its type and where it was raised.
        tb = e.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb else "?"
        log.error("internal error %s at %s", type(e).__name__, where)
        return error_response(500, "internal_error")


def _json_response(result: dict) -> Response:
    """The scan result as UTF-8 JSON: half the bytes of ASCII escapes for Japanese text, and
    less to encode, send and parse on both sides. orjson writes the same bytes as
    json.dumps(ensure_ascii=False, separators=(",", ":")).encode() for these dicts (str, int,
    float, bool, lists), 7x faster: 0.1 instead of 0.7 ms for a dense roster's ~300 findings.
    A lone surrogate in the text (valid in a JSON string, not encodable as UTF-8: orjson
    refuses it) falls back to ASCII escapes."""
    try:
        data = orjson.dumps(result)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        data = json.dumps(result, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    return Response(data, mimetype="application/json")


def _preflight(origin: str) -> Response:
    """CORS preflight for an allowed origin, including Chromium's Private Network Access
    header (a request to 127.0.0.1 from a less private context asks for it)."""
    resp = Response(status=204)
    resp.headers["Access-Control-Allow-Origin"] = origin
    resp.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
    resp.headers["Access-Control-Allow-Headers"] = "Content-Type, X-Mamori-File-Name"
    resp.headers["Access-Control-Max-Age"] = "600"
    if request.headers.get("Access-Control-Request-Private-Network") == "true":
        resp.headers["Access-Control-Allow-Private-Network"] = "true"
    return resp


def _scan_request() -> tuple[str, str]:
    if request.mimetype != "application/json":
        raise ApiError(415, "unsupported_media_type")
    raw = request.get_data(cache=False)
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ApiError(400, "bad_json") from None
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request")
    if "text" not in body:
        raise ApiError(400, "missing_text")
    text = body["text"]
    if not isinstance(text, str):
        raise ApiError(400, "text_not_string")
    source = body.get("source", "prompt")
    if source not in SOURCES:
        raise ApiError(400, "bad_source")
    if len(text) > MAX_TEXT_CHARS:
        raise ApiError(413, "text_too_long", limit=MAX_TEXT_CHARS)
    return text, source


def _absolute_form_authority(target: str) -> Optional[str]:
    """The host[:port] of an absolute-form request target ("http://host:port/path"), "" for
    one without a host, None for the usual origin-form ("/path")."""
    if not target or target.startswith("/"):
        return None
    scheme, sep, rest = target.partition("://")
    if not sep:
        return None if target == "*" else ""
    return rest.split("/", 1)[0].split("?", 1)[0].rpartition("@")[2]


def _host_allowed(host: str, allowed: set[str], port: Optional[int]) -> bool:
    """DNS-rebinding guard: only our own names, and only on our port."""
    host = (host or "").strip().lower()
    if not host:
        return False
    if host.startswith("["):
        name, _, rest = host.partition("]")
        name += "]"
        host_port = rest[1:] if rest.startswith(":") else None
    elif host.count(":") == 1:
        name, host_port = host.split(":")
    else:
        name, host_port = host, None
    if name not in allowed:
        return False
    if host_port is not None and port is not None and name in LOOPBACK_HOSTS:
        return host_port == str(port)
    return True
