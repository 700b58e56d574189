"""The growth check the speed tests use (support.grows_linearly) passes linear work and fails
quadratic work — so the tests built on it can fail."""
from __future__ import annotations

from support import grows_linearly


def test_linear_work_passes_the_growth_check():
    assert grows_linearly("ab" * 100_000, lambda t: t.count("ba") + len(t.split("a")))[0]


def test_quadratic_work_fails_the_growth_check():
    def quadratic(t):
        n = len(t)
        return sum(1 for i in range(n) for _ in range(i, n, 2))  # every position looks at the rest
    assert not grows_linearly("ab" * 4_000, quadratic)[0]
