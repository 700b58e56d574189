"""Classes from the blind-written train6 (block side), fixed as classes with invented texts: an
address at an example domain on a roster's row or under a list of people's addresses is someone's
(writers dress real addresses in example domains; a format shown as an example stays one); 庁外秘 and
the other X外秘 markings; a pupil's name on a class-list line followed by another column; a rural lot
number in a CSV row (町1307,…) is an address, a count with a thousands comma (町1,234人) is not."""
from __future__ import annotations

import pytest

from support import findings_of


def test_an_example_domain_address_on_a_roster_row_is_found(scan):
    text = "研修の送信先：\n押田 ゆかり　080-5521-3906　yukari.oshida@example.jp\nこの2名に送る文を作って"
    result = scan(text)
    assert "yukari.oshida@example.jp" not in result["redacted_text"]
    assert findings_of(result, "EMAIL_ADDRESS")


def test_example_domain_addresses_under_a_list_of_participants_are_found(scan):
    text = ("講座の受講者のメールアドレスです。BCC用に;区切りにして\n"
            "akari.tomioka@example.com\nkenta_u88@example.co.jp\n")
    result = scan(text)
    for a in ("akari.tomioka@example.com", "kenta_u88@example.co.jp"):
        assert a not in result["redacted_text"]


def test_an_example_domain_address_shown_as_a_format_is_not_found(scan):
    text = "受講者への案内では、アドレスを first.last@example.com のような形式で書いてもらってください"
    assert not findings_of(scan(text), "EMAIL_ADDRESS")


@pytest.mark.parametrize("text", [
    "　　　　　　　　庁外秘\n　　　公共施設の統廃合に関する検討状況（第2回）\n・廃止候補：3施設",
    "外部秘　水道料金改定のシミュレーション結果を要約して",
])
def test_ward_and_office_outside_secret_markings_block(scan, text):
    result = scan(text)
    assert result["verdict"] == "block" and findings_of(result, "CONFIDENTIAL_MARKING")


def test_a_question_about_the_word_chougaihi_is_no_marking(scan):
    assert not findings_of(scan("「庁外秘」と「部外秘」の違いを教えて"), "CONFIDENTIAL_MARKING")


def test_a_pupil_on_a_class_list_line_with_another_column_is_found(scan):
    text = "遅刻・欠席の一覧にして\n3年1組　富岡 凛　家庭の都合\n5年2組　鳥羽 湊　通院"
    result = scan(text)
    for name in ("富岡 凛", "鳥羽 湊"):
        assert name not in result["redacted_text"], result["redacted_text"]


def test_a_rural_lot_number_in_a_csv_row_is_an_address(scan):
    text = "氏名,住所,金額\n押田 康弘,前橋市粕川町膳2841,80000\n"
    result = scan(text)
    assert findings_of(result, "JP_ADDRESS") and "2841" not in result["redacted_text"]


def test_a_count_with_a_thousands_comma_after_a_town_is_no_address(scan):
    assert not findings_of(scan("粕川町1,284人、富士見町2,310人の推移をグラフにして"), "JP_ADDRESS")
