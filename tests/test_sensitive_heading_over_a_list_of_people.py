"""A 要配慮 word in the line that introduces a list, or in a table's heading (滞納整理の…データ, a
column 'arrears'), is about the people listed below it: it is reported and masked with them. It
never blocks on its own: the list must hold two or more names strong enough to block. Beside
them: the same word over a list of officials or of no one, and a how-to question."""
from __future__ import annotations

import pytest

from support import findings_of

LISTS = [
    "滞納整理の固定長データを列に分けたい。\n\n0001 ｵｶﾞﾜ ｼﾝｲﾁ        19600201 ﾏｴﾊﾞｼｼｿｳｼﾞｬﾏﾁ 22-1\n"
    "0002 ﾏﾂｼﾏ ﾕｳｺ         19710815 ﾏｴﾊﾞｼｼｵｵﾃﾏﾁ 3-4",
    "次の結果で督促状を作って。\nSELECT name, address, arrears FROM taino;\n name | address | arrears\n"
    " 井上 和夫 | 前橋市石倉町3丁目5番2号 | 120,000\n 松本 千代 | 前橋市敷島町1-22 | 98,500",
]


@pytest.mark.parametrize("text", LISTS)
def test_a_sensitive_word_heading_a_list_of_people_is_reported(scan, text):
    r = scan(text)
    assert r["verdict"] == "block"
    assert findings_of(r, "SENSITIVE_PERSONAL_INFO")


NO_PEOPLE_BELOW = [
    "滞納整理の一般的な流れを教えてください。\n\n1 催告\n2 財産調査\n3 差押え",
    "滞納整理の研修の講師を紹介する文を作って。\n\n講師 市長 小川 晶\n講師 副市長 佐藤 一郎",
]


@pytest.mark.parametrize("text", NO_PEOPLE_BELOW)
def test_a_sensitive_word_over_no_private_list_is_not_reported(scan, text):
    r = scan(text)
    assert not findings_of(r, "SENSITIVE_PERSONAL_INFO")
    assert r["verdict"] != "block"


def test_a_disability_aid_beside_a_named_voter_is_sensitive(scan):
    r = scan("来場者：氏名 北村 和江、住所 前橋市石関町120番地。耳が遠く補聴器を使用されているため筆談で対応した。")
    assert len(findings_of(r, "SENSITIVE_PERSONAL_INFO")) >= 1
