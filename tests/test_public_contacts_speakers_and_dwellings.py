"""Classes from 400 blind-written passages, most of them hard negatives (holdout_precision3), fixed as
classes with invented texts (no corpus line): an office's, a facility's or a business's own phone
and address are public (below warn; a person on the line makes it theirs), toll-free and navi-dial
numbers are never a resident's, a professor or an event's lecturer named in that role is public, a
request about a manual or a published guide frames its text generally, 「山田 サンプル」 is a sample,
a birth date after 記載例 but said to be real stays personal, romaji keys of resident codes in logs,
single-label LGWAN host names, one dwelling of a housing block next to its resident."""
from __future__ import annotations

import pytest


def types(result):
    return {f["type"] for f in result["findings"]}


@pytest.mark.parametrize("text", [
    "大胡支所の窓口（電話 027-283-0000）の受付時間を案内文にまとめて。",
    "前橋市水道局お客さまセンター 027-898-0000 への問い合わせが多い項目のFAQを作りたい。",
    "相談は法テラス 0570-078-000 か、消費生活センター 027-235-0000 へ、と案内する文を整えて。",
    '[{"name": "前橋市立第二図書館", "address": "前橋市大友町一丁目1番5号", "tel": "027-210-0000"}] を表にして',
    "有限会社 赤城フーズ 前橋市富士見町石井1500 TEL 027-288-0000 の形式で返礼品事業者の一覧を作りたい。",
])
def test_an_offices_a_facilitys_or_a_businesss_own_contact_passes(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_a_persons_number_next_to_an_office_word_is_still_theirs(scan):
    result = scan("申請者 森 美穂さん 携帯 090-2231-4470（日中は市民課の窓口に来庁予定）")
    assert result["verdict"] == "block" and "PHONE_NUMBER" in types(result)


def test_a_phone_number_before_an_address_is_no_postal_code(scan):
    result = scan("相談者の連絡先 027-231-5567 前橋市千代田町2-4-8 に住む 岡田 直樹さん")
    spans = [result["redacted_text"]]
    assert "JP_ADDRESS" in types(result) and "5567" not in spans[0]


@pytest.mark.parametrize("text", [
    "市民講座の講師紹介文を書いて。講師：前橋工科大学 准教授 青柳 智子 氏（専門：都市計画）。",
    "シンポジウムのパネリスト 東京都市大学 教授 松岡 浩二 先生 への依頼文の書き出しを作って。",
])
def test_a_professor_or_lecturer_named_in_that_role_passes(scan, text):
    assert "PERSON" not in types(scan(text))


def test_a_lecturers_own_illness_is_still_private(scan):
    result = scan("講師：前橋工科大学 准教授 青柳 智子 氏は入院中のため、講座は延期します。")
    assert result["verdict"] == "block"


def test_a_request_about_a_published_manual_frames_its_text_generally(scan):
    text = ("窓口対応の手引き（公開版）をやさしい日本語に直してください。\n"
            "1 家族を名乗る人からの問い合わせでも、DV等支援措置の対象者がいる可能性に留意する。")
    assert scan(text)["verdict"] == "allow"


def test_a_named_victim_in_a_text_about_a_manual_still_blocks(scan):
    text = "次の相談記録をマニュアルの様式に直してください。\n相談者 坂本 由美さん、DVの被害で避難中。"
    assert scan(text)["verdict"] == "block"


def test_a_sample_word_as_the_given_name_is_a_sample(scan):
    assert "PERSON" not in types(scan("画面仕様書のサンプル表示：氏名 佐藤 サンプル／電話 000-0000-0000"))


def test_a_birth_date_said_to_be_a_real_one_after_a_sample_word_is_personal(scan):
    result = scan("申請書の記入例として、実際の申請『氏名 大塚 結菜、生年月日 令和2年5月17日』を載せてもいい？")
    assert "DATE_OF_BIRTH" in types(result) and "令和2年5月17日" not in result["redacted_text"]


def test_a_resident_code_under_a_romaji_key_in_a_log_is_found(scan):
    result = scan("[batch] ERROR rejected juminhyo_code=80316249950 name=西村 美奈")
    assert "JP_RESIDENT_CODE" in types(result) and "80316249950" not in result["redacted_text"]


def test_a_single_label_lgwan_host_is_internal(scan):
    result = scan("LGWAN接続系の中継サーバ lgwan-relay02 の再起動手順を書いて。")
    assert "INTERNAL_NETWORK" in types(result)


def test_one_dwelling_of_a_housing_block_next_to_its_resident_is_an_address(scan):
    result = scan("県営住宅 駒形団地2号棟305号室の入居者 宮下 和子さんから騒音の苦情。")
    assert "JP_ADDRESS" in types(result) and "305号室" not in result["redacted_text"]


def test_a_repair_of_a_housing_blocks_room_is_not_personal(scan):
    assert "JP_ADDRESS" not in types(scan("駒形団地2号棟305号室の給湯器交換を業者に発注する文書を作って。"))
