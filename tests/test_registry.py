"""The detectors run in explicit phases (detect → context → decide), checked at start-up."""
from __future__ import annotations

import pytest

from service import detectors
from service.detectors import PHASES, ordered_classes
from service.detectors.base import Detector


def test_run_order_follows_the_phase_table_not_import_order():
    order = [c.__module__.rsplit(".", 1)[1] for c in ordered_classes()]
    table = [m for modules in PHASES.values() for m in modules]
    assert sorted(set(order), key=order.index) == table


def test_context_detectors_run_after_everything_they_read():
    seen: set[str] = set()
    for cls in ordered_classes():
        for t in cls.reads:
            assert t == "*" or t in seen, (cls.__name__, t)
        seen.update(cls.produces or (cls.type,))


def test_a_detector_reading_a_type_nobody_found_before_it_is_refused(monkeypatch):
    class ReadsTheFuture(Detector):
        type = "NONPUBLIC_INFO"
        reads = ("SENSITIVE_PERSONAL_INFO",)

    ReadsTheFuture.__module__ = "service.detectors.ids"  # placed in the detect phase
    monkeypatch.setattr(detectors, "REGISTRY", [ReadsTheFuture] + detectors.REGISTRY)
    with pytest.raises(RuntimeError, match="ReadsTheFuture reads"):
        ordered_classes()


def test_a_detector_outside_every_phase_is_refused(monkeypatch):
    class Stray(Detector):
        type = "PERSON"

    Stray.__module__ = "somewhere.else"
    monkeypatch.setattr(detectors, "REGISTRY", detectors.REGISTRY + [Stray])
    with pytest.raises(RuntimeError, match="Stray"):
        ordered_classes()
