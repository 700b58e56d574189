"""The detector registry, in explicit phases.

A scan runs in three phases:

1. **detect** — detectors that look at the text only (identifiers, contact details,
   secrets, networks, markings, non-public topics, the rule catalogue's rules);
2. **context** — detectors that also read what phase 1 (and earlier context detectors)
   found in `Document.candidates`: addresses skip spans already taken, a person's name is
   stronger next to an address or a phone, sensitive information needs a person;
3. **decide** — the scanner turns scores into actions with the policy
   (`service.scanner.Scanner._decide`, thresholds in `evidence.py`).

The run order is the table `PHASES` below, not the order modules happen to be imported
in; within a module, detectors run in the order they are defined. A detector declares
the finding types it reads (`Detector.reads`); `build_detectors` refuses an order in which
a detector would read a type that no detector before it produces.
"""
from __future__ import annotations

import importlib

from .base import Candidate, Detector, Document, Pattern  # noqa: F401

# phase -> the detector modules of that phase, in run order
PHASES: dict[str, tuple[str, ...]] = {
    "detect": ("ids", "finance", "contact", "birth", "credential", "network", "marking", "nonpublic", "custom"),
    "context": ("address", "person", "table", "romaji", "kana_slot", "kin", "script_names", "person_en", "sensitive", "identifiable", "record"),
}

REGISTRY: list[type[Detector]] = []


def register(cls: type[Detector]) -> type[Detector]:
    """Class decorator: make a detector class known to the registry (its place in the run
    order comes from `PHASES`)."""
    REGISTRY.append(cls)
    return cls


def ordered_classes() -> list[type[Detector]]:
    """Every registered detector class, in run order (phase, module in PHASES, definition)."""
    position = {}
    for phase_index, (phase, modules) in enumerate(PHASES.items()):
        for module_index, name in enumerate(modules):
            importlib.import_module(f"{__name__}.{name}")
            position[f"{__name__}.{name}"] = (phase_index, module_index)
    unplaced = [c.__name__ for c in REGISTRY if c.__module__ not in position]
    if unplaced:
        raise RuntimeError(f"detectors not in any phase of PHASES: {unplaced}")
    defined = {cls: i for i, cls in enumerate(REGISTRY)}
    ordered = sorted(REGISTRY, key=lambda c: (position[c.__module__], defined[c]))
    _check_reads(ordered)
    return ordered


def _check_reads(ordered: list[type[Detector]]) -> None:
    produced: set[str] = set()
    for cls in ordered:
        missing = [t for t in cls.reads if t not in produced and not (t == "*" and produced)]
        if missing:
            raise RuntimeError(f"{cls.__name__} reads {missing}, which no detector before it produces")
        produced.update(cls.produces or (cls.type,))


def build_detectors(policy=None) -> list[Detector]:
    """Instantiate every registered detector once (at app creation, not per request)."""
    return [cls(policy) for cls in ordered_classes()]
