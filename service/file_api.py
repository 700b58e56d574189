"""POST /v1/scan-file: an attached file's text, scanned with the same detectors.

Request: the file's bytes as the body (`Content-Type: application/octet-stream`, at most
20 MiB) and its name percent-encoded (UTF-8) in `X-Mamori-File-Name` (optional: the format
is read from the bytes; the name only tells .csv from .tsv from .txt, and names the part).
The bytes stay in memory (never a temporary file).

Response 200, the contract's shape per file:

    {"verdict": "block",
     "findings": [{"type": …, "start": …, "end": …, "action": …, "classification": …,
                   "label": …, "score": …, "reason": …,
                   "part": "名簿", "part_kind": "sheet", "location": "C3",
                   "context": "…個人番号\t●●●●●●●●\t…"}],
     "findings_total": 3,  "counts": {"JP_MY_NUMBER": 1, …},
     "file": {"format": "xlsx", "parts": 2, "chars": 1234, "scanned_chars": 1234},
     "policy_version": "…"}

- `start`/`end` index the text of that part (code points) as extracted — a sheet is its
  rows as tab-separated lines; `location` says where in the user's terms (a cell, a
  paragraph, a page line); `context` is the text around the finding with every finding
  masked (●), so the dialog can show where without echoing what.
- At most MAX_FINDINGS findings are listed (the strongest first); `counts` and
  `findings_total` count them all. There is no `redacted_text` (no masked file is offered).
- A file with no text at all (a scanned PDF) answers `verdict: allow` with
  `file.chars: 0`: the extension tells the user its contents could not be checked.

Errors (JSON, Japanese message, labels.ERROR_MESSAGES): 413 `file_too_large` /
`file_too_much_text`, 415 `unsupported_file_type` (images, archives: not checked),
422 `file_corrupt` / `file_encrypted` / `file_legacy_office` / `file_bomb` /
`file_too_complex`, 400 `bad_file_name`. The log line carries only counts and the verdict.
"""
from __future__ import annotations

import urllib.parse
from bisect import bisect_left, bisect_right
from concurrent.futures import ThreadPoolExecutor
from itertools import islice

from flask import Blueprint, current_app, g, request

from .files import MAX_FILE_BYTES, Extracted, FileError, Part, extract
from .labels import ACTION_RANK

file_blueprint = Blueprint("files", __name__)

CHUNK_CHARS = 20_000      # one scan call; under the scanner's 100,000
OVERLAP = 200             # a line longer than a chunk is cut with this much overlap
MAX_FINDINGS = 200
CONTEXT_RADIUS = 15
MASK = "●"
MAX_SPAN = CHUNK_CHARS  # how far back a finding masked in a context window may start


def _chunks(part: Part):
    """(offset in part.text, chunk text, prefix length) pieces of at most ~CHUNK_CHARS.

    Cut at line ends; a table's header line is repeated at the top of every later chunk
    (prefix), so a number in row 5,000 still has its column's 「個人番号」 above it."""
    text = part.text
    n = len(text)
    if n <= CHUNK_CHARS:
        yield 0, text, 0
        return
    header = ""
    if part.delim:
        nl = text.find("\n")
        header = text[:nl + 1] if 0 < nl < CHUNK_CHARS // 4 else ""
    pos = 0
    while pos < n:
        prefix = header if pos > 0 else ""
        end = min(n, pos + CHUNK_CHARS - len(prefix))
        if end < n:
            cut = text.rfind("\n", pos, end)
            if cut > pos:
                end = cut + 1
            else:
                # One very long line: cut it, and start the next piece a little earlier
                # so that a value across the cut is seen whole by one of the two.
                yield pos, prefix + text[pos:end], len(prefix)
                pos = end - OVERLAP
                continue
        yield pos, prefix + text[pos:end], len(prefix)
        pos = end


def _mask_context(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    lo = max(0, start - CONTEXT_RADIUS)
    hi = min(len(text), end + CONTEXT_RADIUS)
    out = []
    pos = lo
    for a, b in spans:
        if b <= lo or a >= hi:
            continue
        a2, b2 = max(a, pos), min(b, hi)
        if a2 > pos:
            out.append(text[pos:a2])
        if b2 > a2:
            out.append(MASK * max(3, min(b2 - a2, 8)))
            pos = b2
    if pos < hi:
        out.append(text[pos:hi])
    s = "".join(out).replace("\r", "").replace("\n", " ⏎ ").replace("\t", " │ ")
    return ("…" if lo > 0 else "") + s + ("…" if hi < len(text) else "")


def _jobs(ex: Extracted):
    for part in ex.parts:
        for offset, chunk, prefix in _chunks(part):
            yield part, offset, chunk, prefix


def scan_extracted(state, ex: Extracted, stop_at_block: bool = True) -> dict:
    """Scan every part, chunk by chunk. With `stop_at_block` the scan ends after the chunk
    that made the verdict `block`: the attachment is refused whatever the rest holds, and
    a residents' list of 1 MB need not be read to its end to say so (`complete: false`;
    the counts are then those found so far).

    With scan worker processes (`--workers N`, a central instance) N chunks are scanned at
    once; in one process the scans hold the GIL, so they run one after another."""
    verdict = "allow"
    found: list[tuple[Part, dict]] = []
    counts: dict[str, int] = {}
    seen: set[tuple[int, str, int, int]] = set()
    policy_version = state.policy.version
    scanned = 0
    complete = True
    workers = getattr(state, "workers", None)
    parallel = workers.count if workers is not None else 1
    jobs = _jobs(ex)
    pool = ThreadPoolExecutor(parallel, thread_name_prefix="mamori-file") if parallel > 1 else None
    try:
        while True:
            batch = list(islice(jobs, parallel))
            if not batch:
                break
            if verdict == "block" and stop_at_block:
                complete = False
                break
            if pool is not None:
                results = list(pool.map(lambda job: state.scan(job[2], "file"), batch))
            else:
                results = [state.scan(batch[0][2], "file")]
            for (part, offset, chunk, prefix), result in zip(batch, results):
                scanned += len(chunk) - prefix
                policy_version = result.get("policy_version", policy_version)
                for f in result["findings"]:
                    if f["start"] < prefix:
                        continue  # in the repeated header: reported where the header really is
                    s = f["start"] - prefix + offset
                    e = f["end"] - prefix + offset
                    key = (id(part), f["type"], s, e)
                    if key in seen:
                        continue  # the overlap of a cut line
                    seen.add(key)
                    counts[f["type"]] = counts.get(f["type"], 0) + 1
                    if ACTION_RANK[f["action"]] > ACTION_RANK[verdict]:
                        verdict = f["action"]
                    found.append((part, dict(f, start=s, end=e)))
    finally:
        if pool is not None:
            pool.shutdown(wait=True)
    # The strongest first (block before warn before allow), then in file order; only the
    # listed ones get a location and a masked context.
    order = sorted(range(len(found)), key=lambda i: -ACTION_RANK[found[i][1]["action"]])[:MAX_FINDINGS]
    spans_of: dict[int, list[tuple[int, int]]] = {}
    for part, f in found:
        if f["action"] != "allow":
            spans_of.setdefault(id(part), []).append((f["start"], f["end"]))
    for spans in spans_of.values():
        spans.sort()
    listed = []
    for i in order:
        part, f = found[i]
        spans = spans_of.get(id(part), [])
        lo = bisect_left(spans, (f["start"] - CONTEXT_RADIUS - MAX_SPAN, -1))
        near = [sp for sp in spans[lo:bisect_right(spans, (f["end"] + CONTEXT_RADIUS, 1 << 60))]]
        f["part"] = part.name
        f["part_kind"] = part.kind
        f["location"] = part.locate(f["start"])
        f["context"] = _mask_context(part.text, near, f["start"], f["end"])
        listed.append(f)
    return {
        "verdict": verdict,
        "findings": listed,
        "findings_total": len(found),
        "counts": counts,
        "complete": complete,
        "file": {"format": ex.format, "parts": len(ex.parts), "chars": ex.chars, "scanned_chars": scanned},
        "policy_version": policy_version,
    }


@file_blueprint.post("/v1/scan-file")
def scan_file():
    from .app import ApiError, _json_response  # late: app.py registers this blueprint

    if request.mimetype != "application/octet-stream":
        raise ApiError(415, "file_not_octet_stream")
    # Flask's app-wide 1 MiB limit is for JSON texts; a file may be larger.
    request.max_content_length = MAX_FILE_BYTES
    if (request.content_length or 0) > MAX_FILE_BYTES:
        raise ApiError(413, "file_too_large")
    raw_name = request.headers.get("X-Mamori-File-Name", "")
    try:
        name = urllib.parse.unquote(raw_name, encoding="utf-8", errors="strict")[:255]
    except UnicodeDecodeError:
        raise ApiError(400, "bad_file_name") from None
    data = request.get_data(cache=False)
    if len(data) > MAX_FILE_BYTES:
        raise ApiError(413, "file_too_large")
    state = current_app.extensions["mamori"]
    try:
        ex = extract(data, name)
    except FileError as e:
        raise ApiError(e.status, e.code) from None
    result = scan_extracted(state, ex)
    g.scan_summary = (f"chars={result['file']['chars']} source=file verdict={result['verdict']} "
                      + ",".join(f"{t}:{n}" for t, n in sorted(result["counts"].items())))
    return _json_response(result)
