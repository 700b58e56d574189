"""A birth date written as a year and month only (forms and case notes often record no day) is a
birth date when something ties it to birth, as a full date is; a date followed by 生まれの方 /
生まれ以降 marks a cohort in a public notice (who is eligible), not a person's birth."""
from __future__ import annotations

import pytest


def types(result):
    return {f["type"] for f in result["findings"]}


@pytest.mark.parametrize("text,value", [
    ("転入届の補記：生年月日 1979年11月（日は本人も不明とのこと）、旧住所は高崎市", "1979年11月"),
    ("相談者 真壁 紗英（昭和61年2月生）から、家賃の相談がありました。", "昭和61年2月"),
    ("DOB欄が空欄のため、誕生日：平成元年9月 と手書きで追記されていた件を整理して", "平成元年9月"),
])
def test_a_birth_year_and_month_is_a_birth_date(scan, text, value):
    result = scan(text)
    assert "DATE_OF_BIRTH" in types(result)
    assert value not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "児童手当の対象は平成19年4月2日生まれ以降の児童です。案内文を作って",
    "2008年4月2日から2009年4月1日生まれの方を対象に、記念式典の案内を出します",
    "令和6年5月生まれのお子さまの保護者の皆さまへ：4か月児健診のお知らせを書いて",
    "会議は2025年10月に開催予定です",
    "1990年3月に竣工した庁舎の改修計画について",
])
def test_cohorts_and_plain_months_are_no_birth_dates(scan, text):
    assert "DATE_OF_BIRTH" not in types(scan(text))


def test_a_full_birth_date_of_one_person_still_counts_after_the_cohort_rule(scan):
    result = scan("平成27年8月14日生まれの長男 樋渡 蒼空 の就学相談の記録")
    assert "DATE_OF_BIRTH" in types(result) and result["verdict"] == "block"

