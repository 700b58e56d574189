"""Pathological inputs cost time in proportion to their length, not its square: asserted as
a growth rate (four times the text must cost well under sixteen times the time), never as a
wall-clock bound. The absolute figures are measured by bench/bench_pathological.py."""
from __future__ import annotations

import time

import pytest

PIECES = {
    # a long run of blanks: several detector regexes read "[ \t]*" twice in a row, and 8,000
    # spaces took 27 s before runs were capped in the matching text
    "spaces": " ",
    "tabs": "\t",
    "spaces and tabs on lines": " \t" * 40 + "\n",
    "blanks between letters": "    x",
    # line breaks that may split a value: the second look at joined lines is budgeted
    "broken kanji lines": "山田\n",
    "broken digit lines": "12\n",
    "names with honorifics": "「山田さん」",
    "card-like digit groups": "5260 1815 9084 ",
    # names in other scripts: every found name asks for its family's members, a name in a line of another script asks
    # the judge's window (which once read the whole line: an endless line cost the square of its length)
    "thai and burmese names": "คุณสมศรี ปัญญาดี ซาโตะ ยูโตะ မင်းခန့်ကျော် ",
    "spaced chinese names with passports": "张 丽娜　护照号码 EJ4829173\n",
}


def _cost(scan, text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t0 = time.process_time()
        scan(text)
        best = min(best, time.process_time() - t0)
    return max(best, 1e-3)


@pytest.mark.parametrize("name", list(PIECES))
def test_cost_grows_linearly_with_length(scan, name):
    piece = PIECES[name]
    small = (piece * (10_000 // len(piece) + 1))[:10_000]
    large = (piece * (40_000 // len(piece) + 1))[:40_000]
    ratio = _cost(scan, large) / _cost(scan, small)
    assert ratio < 10, f"{name}: 4x the text cost {ratio:.1f}x the time"
