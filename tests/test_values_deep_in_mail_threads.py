"""A customer's record quoted deep inside a forwarded mail thread (> or >> quoting, Original
Message headers): every value of it is masked — the kana and kanji name (the kanji given name even
where the analyser reads it as a common word: 光子), the account numbers the utility gave the
customer (水道番号, 検針番号, お客様番号（水栓番号）), the address, the phones. Beside them: the
department's own published line and a question about what a customer number looks like."""
from __future__ import annotations

import pytest

THREAD = ("件名：RE: RE: 開栓の件\n\n水道課　ご担当者様\n\n下記の件、本日対応済みです。\n\n-----Original Message-----\n"
          "From: 営業所\nSubject: RE: 開栓の件\n\n> 使用者名：ｱﾗｲ ﾐﾂｺ（新井 光子）\n> 水道番号：5521-0087\n"
          "> 検針番号 12-34-5678\n> 設置場所：前橋市日吉町二丁目17-3\n> TEL 027.231.0456\n"
          "> 備考：ご主人が入院中のため、立会いは娘さんが対応。\n\n--\n前橋市水道局 料金課 027-898-0000（代表）")


def test_every_value_of_a_customer_quoted_deep_in_a_thread_is_masked(scan):
    r = scan(THREAD)
    assert r["verdict"] == "block"
    for v in ("ﾐﾂｺ", "光子", "5521-0087", "12-34-5678", "17-3", "027.231.0456"):
        assert v not in r["redacted_text"]


NOT_PERSONAL = [
    "水道番号（8桁）は検針票の右上に書いてあります。ご不明な点は料金課へ。",
    "検針番号の付け方（地区コード-路線-順番）を説明する文を作って。",
]


@pytest.mark.parametrize("text", NOT_PERSONAL)
def test_questions_about_account_numbers_name_no_one(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_a_names_spelling_in_brackets_after_it_is_masked_whole(scan):
    r = scan("相談者：アライ ミツコ（新井 光子）様から電話があった。")
    assert "光子" not in r["redacted_text"]


def test_a_section_and_post_in_brackets_after_a_name_are_not_its_spelling(scan):
    r = scan("被評価者：佐野 由美子（市民課 主査）業績評価 B。")
    assert "市民課 主査" in r["redacted_text"]
