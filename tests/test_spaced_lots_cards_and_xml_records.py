"""Classes from the blind-written train7 (recall in many formats), fixed as classes with invented
texts: a house number one space after its town (前橋市○○町 73-5, a 大字 in one place name), a lot
written with の (223の1); a number that passes Luhn beside a card word whatever its issuer prefix;
the values of an XML record's elements (<shimei>, <jusho>, <dob>) and romanised JSON keys (kokuho_no,
kanja, jushin), as a JSON object's are."""
from __future__ import annotations

import pytest

from support import findings_of


@pytest.mark.parametrize("text,secret", [
    ("申請書の転記：申請者 押田 康弘、住所 前橋市鳥取町 815-3、電話は未記入", "815-3"),
    ("現地確認メモ：総社町植野 377番地の2 の空き家、所有者と連絡つかず", "377番地の2"),
    ("世帯票：住所 前橋市小屋原町 431の2 世帯主 押田 功（昭和21年生）", "431の2"),
])
def test_a_house_number_one_space_after_its_town_is_an_address(scan, text, secret):
    result = scan(text)
    assert findings_of(result, "JP_ADDRESS") and secret not in result["redacted_text"], result["findings"]


@pytest.mark.parametrize("text", [
    "第2会議室 3-2 のレイアウト図を説明して",
    "東京 3-2 大阪（昨日の試合結果）を記事にして",
    "令和7年 4-6月期の実績を表にして",
])
def test_a_number_after_a_space_that_follows_no_town_is_no_address(scan, text):
    assert not findings_of(scan(text), "JP_ADDRESS")


def test_a_luhn_valid_number_beside_a_card_word_is_a_card_whatever_its_prefix(scan):
    text = '{"order":"D-0311","payer":"Rina Oshida","card":"5934304276348618","amount":5000}'
    result = scan(text)
    assert findings_of(result, "CREDIT_CARD") and "5934304276348618" not in result["redacted_text"]


def test_a_luhn_valid_number_with_an_unknown_prefix_and_no_card_word_is_no_card(scan):
    assert not findings_of(scan("伝票番号 5934304276348618 の件"), "CREDIT_CARD")


def test_the_values_of_an_xml_record_are_the_persons(scan):
    text = ("このXMLを表にして\n<record>\n  <kanja>Rina Oshida</kanja>\n  <dob>1962-03-14</dob>\n"
            "  <diag>慢性腎不全</diag>\n</record>")
    result = scan(text)
    for v in ("Rina Oshida", "1962-03-14"):
        assert v not in result["redacted_text"], result["redacted_text"]


def test_an_xml_catalogue_of_goods_is_no_record(scan):
    text = "<item>\n  <name>りんごジュース</name>\n  <price>180</price>\n</item>"
    assert scan(text)["verdict"] == "allow"


def test_romanised_json_keys_of_insurance_and_treatment_make_a_record(scan):
    text = '[{"kokuho_no": "04312277", "shimei": "押田 康弘", "jushin": ["人工透析"]}]'
    result = scan(text)
    assert result["verdict"] == "block" and "04312277" not in result["redacted_text"]


def test_a_marking_in_a_pages_markup_is_a_marking(scan):
    for text in ("<!-- 部外秘 -->\n<section id=\"plan\">庁舎再編の検討</section>",
                 "<meta name=\"classification\" content=\"INTERNAL USE ONLY\">\n<title>交渉記録</title>"):
        assert findings_of(scan(text), "CONFIDENTIAL_MARKING"), text


def test_an_ordinary_html_comment_is_no_marking(scan):
    assert not findings_of(scan("<!-- ヘッダーここまで -->\n<main>お知らせ</main>"), "CONFIDENTIAL_MARKING")


def test_a_password_in_a_markdown_tables_cell_is_a_credential(scan):
    text = "| 項目 | 値 |\n|---|---|\n| DB_HOST | gis01 |\n| DB_PASSWORD | Vq8!rMz2Lk5w |\nこの表を.envにして"
    result = scan(text)
    assert "Vq8!rMz2Lk5w" not in result["redacted_text"] and findings_of(result, "CREDENTIAL")


def test_a_childs_kana_name_with_an_age_or_class_bracket_is_a_person(scan):
    text = "連絡帳の返信を作って：ことね ちゃん（ひよこ組・2歳）のお迎えは17時に祖父が来ます"
    result = scan(text)
    assert "ことね" not in result["redacted_text"], result["findings"]


def test_a_pets_name_with_an_age_bracket_is_no_person(scan):
    assert not findings_of(scan("ねこちゃん（3歳）の写真を広報に載せたい"), "PERSON")


def test_a_childs_kana_name_in_the_bracket_after_a_relation_is_a_person(scan):
    result = scan("保護者の自由記述：「放課後に息子(みなと、3年)が上級生にからかわれた」を要約して")
    assert "みなと" not in result["redacted_text"], result["findings"]


def test_an_sql_bind_parameter_after_password_is_no_password(scan):
    text = "UPDATE staff SET password_hash = :pw_hash WHERE staff_id = :id; このSQLの意味を説明して"
    assert not findings_of(scan(text), "CREDENTIAL")


def test_the_means_of_hashing_a_password_is_no_password(scan):
    assert not findings_of(scan("パスワードをargon2でハッシュ化して保存する方法を教えて"), "CREDENTIAL")


def test_a_phone_written_with_middle_dots_is_a_phone(scan):
    result = scan("委任状の写し：代理人 電話 ０９０・６６１４・２２８７")
    assert findings_of(result, "PHONE_NUMBER"), result["findings"]


def test_an_example_birth_date_in_a_training_handout_is_no_birth_date(scan):
    text = "研修資料：個人情報とは、例えば「1990年1月1日生まれ」のような生年月日も含みます。"
    assert not findings_of(scan(text), "DATE_OF_BIRTH")


def test_a_card_column_of_a_json_record_makes_it_a_record(scan):
    text = '[{"donor": "Rina Oshida", "card": "4539 1488 0343 6467", "amount": 3000}]'
    result = scan(text)
    assert "Rina Oshida" not in result["redacted_text"], result["findings"]


def test_a_names_other_spelling_in_brackets_after_its_honorific_is_masked(scan):
    result = scan("チャットの記録：申請者はオシダ リナ さん（押田 梨菜）で、個人番号カードの交付予約あり")
    assert "押田 梨菜" not in result["redacted_text"], result["findings"]
