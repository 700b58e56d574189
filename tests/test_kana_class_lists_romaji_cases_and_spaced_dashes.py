"""Classes left by the sixteenth first-contact set (holdout16), fixed as classes with invented texts:
a pupil's kana name with the class in brackets after it (・おかだ めい（ひよこ組）), a given name that is
also a column word (めい as 名), a romaji spelling in brackets after a found name and its parts used
again (神原 涼太（Ryota Kanbara）… Kanbara君), a romaji name after the role a case is about (Patient …,
Applicant …), a fixed-width record whose kana town a "name" covers (its birth date is still masked),
spaces around a number's dashes (027 -265- 4483), and no name raised by the learned judge on a line that
says it is a sample entry."""
from __future__ import annotations

import pytest

from support import findings_of


def test_a_pupils_kana_name_with_the_class_in_brackets_after_it_is_masked(scan):
    text = "アレルギー対応表を作って。\n・もりた あおい（うさぎ組）小麦アレルギー\n・いしだ めい（きりん組）ぜんそく、吸入薬"
    result = scan(text)
    assert result["verdict"] == "block"
    for name in ("もりた あおい", "いしだ めい"):
        assert name not in result["redacted_text"]


def test_a_song_or_event_with_a_class_in_brackets_is_no_pupil(scan):
    assert not findings_of(scan("・きらきら ぼし（ひよこ組）の歌を練習します"), "PERSON")


def test_a_header_row_of_kana_column_words_is_no_name(scan):
    assert not findings_of(scan("3年2組 せい めい\n（名簿の見出し）"), "PERSON")


def test_a_romaji_spelling_in_brackets_and_its_parts_used_again_are_masked(scan):
    text = "ALTとの打合せ用に英訳して。2年1組 小野寺 葵（Aoi Onodera）は吃音があり、音読は配慮が必要。Onoderaさんへの指名は避けて。"
    result = scan(text)
    assert result["verdict"] == "block"
    assert "Aoi Onodera" not in result["redacted_text"] and "Onodera" not in result["redacted_text"]


@pytest.mark.parametrize("text, name", [
    ("Patient Sato Kenta, born 1972-06-14, was admitted on Monday. Please translate.", "Sato Kenta"),
    ("Applicant Lucia Ferreira, (residence card pending), asked about the child allowance.", "Lucia Ferreira"),
])
def test_a_romaji_name_after_the_role_a_case_is_about_is_a_person(scan, text, name):
    result = scan(text)
    assert "PERSON" in {f["type"] for f in result["findings"]}
    assert name not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "Patient Safety Week, organised by the city hospital in May.",
    "Subject Line Guidelines, revised for all divisions.",
])
def test_a_role_word_before_ordinary_words_names_no_one(scan, text):
    assert not findings_of(scan(text), "PERSON")


def test_a_fixed_width_record_keeps_its_birth_date_masked_when_the_town_reads_as_a_name(scan):
    text = ("固定長データの桁を教えて。\n"
            "0001ｲｼｶﾜ ﾀｸﾐ            19790923M ﾏｴﾊﾞｼｼ ｼﾓｺｲﾃﾞﾏﾁ 812-4       0003\n"
            "0002ﾐﾔｹ ﾕｳｺ             19830506F ﾏｴﾊﾞｼｼ ﾔﾏﾄﾏﾁ 3-5-11        0001")
    result = scan(text)
    assert result["verdict"] == "block"
    assert "19790923" not in result["redacted_text"] and "19830506" not in result["redacted_text"]


def test_spaces_around_a_numbers_dashes_are_read_through(scan):
    result = scan("OCRの結果です。申請者 電話 027 -265- 7731 日中連絡可")
    assert "PHONE_NUMBER" in {f["type"] for f in result["findings"]}
    assert "7731" not in result["redacted_text"]


@pytest.mark.parametrize("text", ["2024 - 2025年度の計画", "10 - 3 = 7 の計算"])
def test_spaced_dashes_in_ranges_and_sums_stay_harmless(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_no_name_is_raised_on_a_line_that_says_it_is_a_sample_entry(scan):
    text = "Please translate the sample entry: Surname: KIMURA / Given name: HANAKO / Nationality: Japan"
    assert scan(text)["verdict"] == "allow"


@pytest.mark.parametrize("text, name", [
    ("匿名を条件に、男性（後に桑子 はるみと名乗る）から通報があった。", "桑子 はるみ"),
    ("窓口に来た女性は、田村 ゆかりと名乗った。", "田村 ゆかり"),
])
def test_a_name_someone_gave_for_themself_is_masked(scan, text, name):
    assert name not in scan(text)["redacted_text"]


def test_an_event_called_by_a_name_is_no_person(scan):
    assert not findings_of(scan("前橋 まつりという名前のイベントを企画します"), "PERSON")
