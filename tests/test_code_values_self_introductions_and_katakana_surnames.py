"""Values written the way code and mail write them (a typed constant, an SQL condition, a comment
holding an excerpt of the real data, a test's placeholder row), a spaced name that ends in です, the
audience of an event beside its organiser's number, and a katakana surname with its honorific.
Found first in the tuning sets train45 and train46 (stop 30); each positive has a hard negative."""
from __future__ import annotations

import pytest

from support import types_of


@pytest.mark.parametrize("text, secret", [
    ('Const DB_PASS As String = "Mbs#2023kouen!"', "Mbs#2023kouen!"),
    ('private const string DbPassword = "Qw7#lakeside!";', "Qw7#lakeside!"),
    ('password: str = "Tr4in#Station"', "Tr4in#Station"),
])
def test_a_password_declared_with_its_type_or_under_a_camel_case_name_is_masked(scanner, text, secret):
    r = scanner.scan(text)
    assert r["verdict"] == "block" and "CREDENTIAL" in types_of(r)
    assert secret not in r["redacted_text"]


@pytest.mark.parametrize("text", [
    "Dim pw As String",
    "def login(password: str) -> bool:",
    "If ByPass = True Then Exit Sub",
])
def test_a_declared_password_variable_without_a_value_passes(scanner, text):
    assert "CREDENTIAL" not in types_of(scanner.scan(text))


@pytest.mark.parametrize("text, secret", [
    ("SELECT * FROM 住民台帳 WHERE 生年月日 = '1991-07-08' AND 異動区分 = '転入';", "1991-07-08"),
    ("SELECT * FROM residents WHERE birth_ymd=DATE '1970-12-01';", "1970-12-01"),
])
def test_a_birth_date_compared_in_an_sql_condition_is_found(scanner, text, secret):
    r = scanner.scan(text)
    assert "DATE_OF_BIRTH" in types_of(r) and secret not in r["redacted_text"]


def test_a_registration_date_in_an_sql_condition_is_no_birth_date(scanner):
    r = scanner.scan("SELECT * FROM 申請 WHERE 受付日 = '2024-04-01' AND 区分 = '転入';")
    assert "DATE_OF_BIRTH" not in types_of(r)


def test_a_my_number_in_an_excerpt_of_the_real_data_is_no_example(scanner):
    r = scanner.scan('pandasで個人番号の列が指数表記になってしまいます。\n# 元データ例: 974848225244\n'
                     'df = pd.read_csv("list.csv")')
    assert r["verdict"] == "block" and "974848225244" not in r["redacted_text"]


def test_a_check_digit_passing_number_given_as_an_example_without_any_id_word_passes(scanner):
    r = scanner.scan("入力チェックの単体テストを書いています。\n# 例: 974848225244\nassert is_valid(x)")
    assert "JP_MY_NUMBER" not in types_of(r)


def test_a_test_rows_placeholders_are_no_name(scanner):
    r = scanner.scan('def test_format():\n    row = {"name": "AAA", "tel": "000-0000-0000", "zip": "000-0000"}\n'
                     '    assert format_row(row) == "AAA / 000-0000-0000"')
    assert r["verdict"] == "allow"


def test_a_real_name_under_the_same_key_is_still_found(scanner):
    r = scanner.scan('row = {"name": "Akane Hoshino", "tel": "090-4418-2375"}')
    assert r["verdict"] == "block" and "Akane Hoshino" not in r["redacted_text"]


def test_a_spaced_name_whose_given_name_the_dictionary_tags_as_a_surname_ends_at_desu(scanner):
    r = scanner.scan("いつもお世話になっております。中島 美和です。先日申し込んだ料理教室ですが、"
                     "キャンセルさせてください。何かあれば090-7741-2058へ。")
    assert r["verdict"] == "block" and "中島 美和" not in r["redacted_text"]


def test_two_surnames_read_out_as_a_list_are_no_self_introduction(scanner):
    r = scanner.scan("出席者は中島 山田です。会議室は3階です。")
    assert r["verdict"] != "block"


def test_an_events_audience_does_not_own_the_organisers_number(scanner):
    r = scanner.scan("子育て支援センターの夏休みイベント告知文を作ってください。対象：未就学児と保護者、定員20組、"
                     "申込：電話 027-220-5701 または メール kosodate-center@city.maebashi.gunma.jp")
    assert r["verdict"] == "allow"


def test_a_parents_own_number_is_still_theirs(scanner):
    r = scanner.scan("面談記録。保護者、連絡先：電話 027-220-5701（日中は不在が多い）")
    assert "PHONE_NUMBER" in types_of(r)


@pytest.mark.parametrize("text, surname", [
    ("サトウ様から電話。介護認定の結果について。", "サトウ"),
    ("ヤマグチ様より入金の確認依頼あり。折り返しは夕方に。", "ヤマグチ"),
])
def test_a_katakana_surname_with_its_honorific_is_a_surname_alone(scanner, text, surname):
    r = scanner.scan(text)
    assert "PERSON" in types_of(r) and surname not in r["redacted_text"]


def test_a_katakana_surname_beside_a_private_matter_blocks(scanner):
    r = scanner.scan("タカハシ様が来庁、生活保護の申請について相談。")
    assert r["verdict"] == "block" and "タカハシ" not in r["redacted_text"]


def test_a_katakana_product_word_with_sama_is_no_surname(scanner):
    assert "PERSON" not in types_of(scanner.scan("アスクル様より見積書が届きました。"))
