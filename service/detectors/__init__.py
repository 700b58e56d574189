"""The detector registry: every finding type's detector, in the order they run.

Later detectors may read what earlier ones found (`Document.candidates`), e.g. the
sensitive-information detector looks for a person found before it.
"""
from __future__ import annotations

from .base import Candidate, Detector, Document, Pattern  # noqa: F401

REGISTRY: list[type[Detector]] = []


def register(cls: type[Detector]) -> type[Detector]:
    """Class decorator: add a detector to the registry (import order = run order)."""
    REGISTRY.append(cls)
    return cls


def build_detectors(policy=None) -> list[Detector]:
    """Instantiate every registered detector once (at app creation, not per request)."""
    from . import _all  # noqa: F401  (imports every detector module, filling REGISTRY)
    return [cls(policy) for cls in REGISTRY]
