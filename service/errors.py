"""The service's JSON errors, in one module: `ApiError` (raised by request handlers) and
`error_response` (the contract's `{"error": {"code", "message"}}` body, Japanese message from
`labels.ERROR_MESSAGES`). Both app.py and audit.py import it, so neither imports the other."""
from __future__ import annotations

from typing import Optional

from flask import Response, jsonify

from .labels import ERROR_MESSAGES


class ApiError(Exception):
    def __init__(self, status: int, code: str, **fmt):
        self.status = status
        self.code = code
        self.message = ERROR_MESSAGES[code].format(**fmt)


def error_response(status: int, code: str, message: Optional[str] = None) -> Response:
    resp = jsonify({"error": {"code": code, "message": message or ERROR_MESSAGES[code]}})
    resp.status_code = status
    return resp
