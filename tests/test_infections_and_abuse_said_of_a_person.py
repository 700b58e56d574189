"""要配慮 words from fc17's classes (invented texts): an infection found in one person (陽性者,
濃厚接触者, 発症日 …) and what a child or a victim says was done to them (たたかれた, 蹴られ …, 児相への
通告) are sensitive facts when an individual is in the passage; the same words in statistics and in a
campaign are about no one."""
from __future__ import annotations

import pytest


def types(result):
    return {f["type"] for f in result["findings"]}


@pytest.mark.parametrize("text", [
    "保健所の聞き取りメモ：利根 一郎（52）会社員、11/3に陽性が判明、同居家族2名は濃厚接触者",
    "通告書の下書き：対象児童 利根 ひなた（小3）が「ママにたたかれた」と担任に話した",
])
def test_an_infection_or_what_a_child_says_was_done_is_sensitive_with_a_name(scan, text):
    assert "SENSITIVE_PERSONAL_INFO" in types(scan(text))


@pytest.mark.parametrize("text", [
    "市内の新型コロナ陽性者数の週ごとの推移をグラフにして",
    "発症日から5日間は外出を控えるよう呼びかける広報文を作って",
])
def test_infection_words_in_statistics_and_campaigns_are_no_ones(scan, text):
    assert "SENSITIVE_PERSONAL_INFO" not in types(scan(text))
