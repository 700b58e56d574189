"""A scanned form read by OCR spaces every character and its layout breaks values over lines: the
house number on the line under the 丁目 (「二 丁 目⏎　　1 5 番 7 号」), a name with a wider gap
between family and given name (「髙 橋　 正 樹」), a phone number spaced digit by digit and broken
under itself (「0 8 0 - 6 2⏎　　 9 1 - 4 0 5 7」). Each value is masked whole. Beside them: spaced
table headings, scores and two numbers on two lines stay apart."""
from __future__ import annotations

import pytest

from support import findings_of
from service.normalize import normalize

FORM = ("OCRの結果を整形してください。\n\n申 請 者\n　住 所　前 橋 市 荒 牧 町 一 丁 目\n　　　　　1 5 番 7 号\n"
        "　氏 名　髙 橋　 正 樹\n　電 話　0 8 0 - 6 2\n　　　　 9 1 - 4 0 5 7\n")


def test_every_value_of_an_ocr_spaced_form_is_masked(scan):
    r = scan(FORM)
    assert r["verdict"] == "block"
    red = r["redacted_text"]
    for piece in ("1 5 番 7 号", "正 樹", "0 8 0 - 6 2", "9 1 - 4 0 5 7"):
        assert piece not in red
    assert findings_of(r, "PHONE_NUMBER") and findings_of(r, "JP_ADDRESS")


def test_a_spaced_name_with_a_wide_gap_reads_as_family_and_given_name():
    assert normalize("氏 名　山 﨑　 健 一").endswith("山崎 健一")


def test_a_house_number_under_its_chome_joins_the_address(scan):
    r = scan("申請者の住所\n前 橋 市 紅 雲 町 二 丁 目\n　　4 番 1 1 号\n氏 名　木 村 花 子")
    assert "4 番 1 1 号" not in r["redacted_text"]


NOT_JOINED = [
    # two numbers on two lines, not spaced: two values (a list keeps its rows)
    ("連絡先一覧\n090-1111\n2222-3333", None),
    # short spaced score lines: fewer than ten digits
    ("得 点 表\n8 7 - 6 5\n　 9 2 - 8 8", "8 7 - 6 5"),
]


@pytest.mark.parametrize("text,kept", NOT_JOINED)
def test_short_or_unspaced_numbers_on_two_lines_are_not_joined(scan, text, kept):
    r = scan(text)
    assert not findings_of(r, "PHONE_NUMBER")
    if kept:
        assert kept in r["redacted_text"]


def test_spaced_table_headings_keep_their_columns():
    assert normalize("男　　女　　計") == "男  女  計"
