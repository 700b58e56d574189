"""IT's own rules: the rule files named by the policy's `[rules] files`, in the same schema
as service/rules/*.toml (a department's own marking, project code names, a vendor's internal
host names). The policy validated them and ran their examples when it was loaded."""
from __future__ import annotations

from . import register
from .base import Candidate, Detector, Document
from .engine import IT_TYPES


@register
class PolicyRuleDetector(Detector):
    type = "CONFIDENTIAL_MARKING"
    # an IT rule may report any finding type
    produces = IT_TYPES

    def __init__(self, policy=None):
        super().__init__(policy)
        self._catalogue = getattr(policy, "rules", None)

    def applies(self, doc: Document) -> bool:
        return self._catalogue is not None

    def analyze(self, doc: Document) -> list[Candidate]:
        if self._catalogue is None:
            return []
        return self._catalogue.candidates(doc, self._catalogue.rules)
