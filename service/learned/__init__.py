"""The learned layer: a passage classifier for non-public information and a context judge
for names and contacts, run after the rule detectors (see layer.py, docs/learned-model.md)."""
from __future__ import annotations

from typing import Optional


def from_policy(policy) -> Optional["LearnedLayer"]:  # noqa: F821
    """The layer the policy asks for, or None when both parts are switched off."""
    if not (policy.learned_classifier or policy.learned_name_judge):
        return None
    from .layer import LearnedLayer

    return LearnedLayer(model_path=policy.learned_model, classifier=policy.learned_classifier,
                        judge=policy.learned_name_judge)
