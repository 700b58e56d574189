"""One scan: run the detectors, apply the policy, decide the verdict, redact.

Built once per app (detectors, Sudachi, Presidio's anonymizer); `scan()` does no set-up.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from .detectors import build_detectors
from .detectors.base import Candidate, Document
from .detectors.evidence import BLOCK, WARN
from .labels import ACTION_RANK, TYPES
from .normalize import normalize
from .policy import Policy

log = logging.getLogger("mamori.scan")

# A repeated value shorter than this is not searched for again (a one-letter
# "name" would redact every occurrence of that letter).
MIN_REPEAT_LENGTH = 2
REDACT_BATCH = 100
PRESIDIO_MAX_REGIONS = 2000


class ScanFailed(RuntimeError):
    """A detector raised: the scan has no trustworthy verdict."""


@dataclass
class Finding:
    type: str
    start: int  # original text, code points
    end: int
    action: str
    score: float
    reason: str
    extra: dict = field(default_factory=dict)
    nstart: int = 0  # normalised text offsets, for repeats
    nend: int = 0

    def to_json(self) -> dict:
        info = TYPES[self.type]
        out = {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "action": self.action,
            "classification": info.classification,
            "label": info.label,
            "score": round(self.score, 2),
            "reason": self.reason,
        }
        out.update(self.extra)
        return out


class Scanner:
    def __init__(self, policy: Policy, analyser: Optional[Callable] = None, learned: Optional[bool] = None):
        self.policy = policy
        self.detectors = build_detectors(policy)
        # The learned stage (service/learned): as the policy says, or off with learned=False.
        from .learned import from_policy

        self.learned = from_policy(policy) if learned is not False else None
        if analyser is None:
            from .nlp import Morphology

            analyser = Morphology()
        self.analyser = analyser
        self.anonymizer = AnonymizerEngine()
        self.operators = {
            t: OperatorConfig("replace", {"new_value": info.placeholder}) for t, info in TYPES.items()
        }

    # -- the scan -------------------------------------------------------------------
    def scan(self, text: str, source: str = "prompt") -> dict:
        doc = Document(text, self.analyser, self.policy.keywords)
        for detector in self.detectors:
            if not detector.applies(doc):
                continue
            try:
                found = detector.analyze(doc)
            except Exception as e:
                # Fail closed: a scan that skipped a detector could say "allow" for a name or
                # a number it never looked for. Log which detector (never the text) and let
                # the request fail, so the extension applies its fail mode.
                log.error("detector %s failed: %s", type(detector).__name__, type(e).__name__)
                raise ScanFailed(type(detector).__name__) from None
            doc.candidates.extend(found)
        if self.learned is not None:
            try:
                self.learned.apply(doc)
            except Exception as e:  # fail closed, as for a detector
                log.error("learned layer failed: %s", type(e).__name__)
                raise ScanFailed("LearnedLayer") from None
        findings = self._decide(doc)
        findings = self._add_repeats(doc, findings)
        findings.sort(key=lambda f: (f.start, f.end, f.type))
        verdict = "allow"
        for f in findings:
            if ACTION_RANK[f.action] > ACTION_RANK[verdict]:
                verdict = f.action
        return {
            "verdict": verdict,
            "findings": [f.to_json() for f in findings],
            "redacted_text": self._redact(text, findings),
            "policy_version": self.policy.version,
        }

    # -- policy -----------------------------------------------------------------------
    def action_for(self, candidate: Candidate) -> Optional[str]:
        """The action evidence of this strength earns, or None to drop it."""
        configured = self.policy.action_for(candidate.type)
        if candidate.score < WARN:
            return None
        if configured == "allow":
            action = "allow"
        elif candidate.score >= BLOCK:
            action = configured
        else:
            action = "warn"
        if self.policy.mode == "monitor" and action == "block":
            action = "warn"
        return action

    def _decide(self, doc: Document) -> list[Finding]:
        # Allowlisted public values, and our own placeholders: a redacted text sent again
        # (「<氏名>,<個人番号>」 under a 氏名 column) must not be flagged for its placeholders.
        allowed = _Coverage(len(doc.text), self.policy.allowlisted_spans(doc.text))
        allowed.add_all(m.span() for m in _PLACEHOLDER_RX.finditer(doc.text))
        best: dict[tuple[str, int, int], Finding] = {}
        actions: dict[tuple[str, float], Optional[str]] = {}  # thousands of findings, few kinds
        for c in doc.candidates:
            if c.end <= c.start or c.type not in TYPES:
                continue
            if allowed.touches(c.start, c.end):
                continue
            kind = (c.type, c.score)
            action = actions[kind] if kind in actions else actions.setdefault(kind, self.action_for(c))
            if action is None:
                continue
            start, end = doc.norm.span(c.start, c.end)
            if end <= start:
                continue
            key = (c.type, start, end)
            f = Finding(c.type, start, end, action, c.score, c.reason, dict(c.extra) if c.extra else {},
                        c.start, c.end)
            if key not in best or _stronger(f, best[key]):
                best[key] = f
        return _merge_same_type(list(best.values()))

    def _add_repeats(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        """Every other occurrence of a flagged value is flagged too (a name said twice)."""
        flagged = [f for f in findings if f.action != "allow"]
        if not flagged:
            return findings
        covered = _Coverage(len(doc.text), [(f.nstart, f.nend) for f in findings])
        covered.add_all(self.policy.allowlisted_spans(doc.text))
        seen_values = set()
        extra: list[Finding] = []
        for f in flagged:
            value = doc.text[f.nstart:f.nend].strip()
            if len(value) < MIN_REPEAT_LENGTH or (f.type, value) in seen_values:
                continue
            seen_values.add((f.type, value))
            pos = doc.text.find(value)
            while pos != -1:
                end = pos + len(value)
                if not covered.touches(pos, end):
                    start_o, end_o = doc.norm.span(pos, end)
                    extra.append(Finding(f.type, start_o, end_o, f.action, f.score,
                                         "同じ値の繰り返し（" + f.reason + "）", dict(f.extra), pos, end))
                    covered.add(pos, end)
                pos = doc.text.find(value, end)
        return findings + extra

    # -- redaction ----------------------------------------------------------------------
    def _redact(self, text: str, findings: list[Finding]) -> str:
        regions = _non_overlapping([f for f in findings if f.action in ("block", "warn")])
        if not regions:
            return text
        if len(regions) > PRESIDIO_MAX_REGIONS:
            # Pathological input (tens of thousands of findings): Presidio's per-entity cost
            # (~50 µs) would exceed the latency budget, so apply the same replace operator here.
            return _replace_regions(text, regions)
        # Presidio rebuilds the whole text for every replacement, so hand it the text in
        # pieces of REDACT_BATCH regions each (linear instead of quadratic in long texts).
        pieces = []
        done = 0
        for i in range(0, len(regions), REDACT_BATCH):
            batch = regions[i:i + REDACT_BATCH]
            end = batch[-1].end if i + REDACT_BATCH < len(regions) else len(text)
            results = [RecognizerResult(f.type, f.start - done, f.end - done, f.score) for f in batch]
            pieces.append(self.anonymizer.anonymize(text[done:end], results, operators=self.operators).text)
            done = end
        return "".join(pieces)


def _replace_regions(text: str, regions: list[Finding]) -> str:
    """What Presidio's `replace` operator does, for sorted non-overlapping regions."""
    out, done = [], 0
    for f in regions:
        out.append(text[done:f.start])
        out.append(TYPES[f.type].placeholder)
        done = f.end
    out.append(text[done:])
    return "".join(out)


_PLACEHOLDER_RX = re.compile("|".join(sorted(
    (re.escape(normalize(info.placeholder)) for info in TYPES.values()), key=len, reverse=True)))


class _Coverage:
    """Which positions of the normalised text are taken: O(length) to ask, whatever the
    number of findings (a text of 20,000 markings must not cost 20,000² comparisons)."""

    __slots__ = ("_taken",)

    def __init__(self, length: int, spans=()):
        self._taken = bytearray(length + 1)
        self.add_all(spans)

    def add(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)

    def add_all(self, spans) -> None:
        for s, e in spans:
            self.add(s, e)

    def touches(self, start: int, end: int) -> bool:
        return 1 in self._taken[start:end]


def _stronger(a: Finding, b: Finding) -> bool:
    return (ACTION_RANK[a.action], a.score) > (ACTION_RANK[b.action], b.score)


def _merge_same_type(findings: list[Finding]) -> list[Finding]:
    """Overlapping or touching findings of one type become one finding covering both
    (【秘】【秘】… is one marking, not thousands)."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.type, f.start, -f.end)):
        last = out[-1] if out else None
        if last and last.type == f.type and f.start <= last.end:
            if f.end > last.end:
                last.end, last.nend = f.end, f.nend
            if _stronger(f, last):
                last.action, last.score, last.reason, last.extra = f.action, f.score, f.reason, f.extra
            continue
        out.append(f)
    return out


def _non_overlapping(findings: list[Finding]) -> list[Finding]:
    """Regions to replace: overlapping findings merge into one region, named after the
    strongest of them (so nothing flagged survives and placeholders don't nest)."""
    regions: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if regions and f.start < regions[-1].end:
            last = regions[-1]
            strongest = f if _stronger(f, last) else last
            regions[-1] = Finding(strongest.type, last.start, max(last.end, f.end),
                                  strongest.action, strongest.score, "")
        else:
            regions.append(Finding(f.type, f.start, f.end, f.action, f.score, ""))
    return regions
