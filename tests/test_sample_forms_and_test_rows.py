"""Made-up values of forms, manuals and test data are no one's (issue 16, first contact class (a)),
each with the real rows beside it that still block:

- a surname with a stock sample given name (太郎, 花子, 次郎 …) where the text says it is a sample
  (記載例, 表示例, 見本, テスト — not 例えば);
- the rows of a table introduced as made up (テストデータ（架空）, ダミー, 記入例 on the lines above);
- a date of birth on a form's 見本 / 記入例 line;
- a phone number with a 0000 / 000 group (090-0000-0001, 027-000-0000) is an example.

Invented texts; none is a corpus line."""
from __future__ import annotations

import pytest

from support import findings_of


@pytest.mark.parametrize("text", [
    "画面の表示例を確認して。「ようこそ、榛名 太郎 さん　前回のログイン：3日前」",
    "届出書の記載例：届出人 赤城 花子、続柄 本人、届出日 令和〇年〇月〇日",
    "操作マニュアルの見本画面では、利用者名を「伊香保 次郎」としています。違和感はありますか。",
])
def test_a_stock_sample_given_name_in_a_sample_is_no_ones(rules_scan, text):
    assert not findings_of(rules_scan(text), "PERSON")


@pytest.mark.parametrize("text", [
    "例えば、申請者の榛名 太郎さんは先月転入し、国保に加入しました。手続きの記録を整えて。",
    "相談者：赤城 花子（72歳）、独居。見守りの記録を要約して。",
])
def test_a_real_person_with_a_stock_given_name_still_blocks(scan, text):
    assert scan(text)["verdict"] == "block"


def test_rows_of_a_table_introduced_as_made_up_are_no_ones(scan):
    text = ("動作確認用のダミーデータです。列の並びを直して。\n氏名,住所,電話\n"
            "浅間 健,前橋市テスト町1-1-1,027-000-0000\n妙義 直美,前橋市サンプル町2-2-2,027-000-0001")
    assert not any(f["action"] == "block" for f in scan(text)["findings"])


def test_rows_of_an_ordinary_table_still_block(scan):
    text = "名簿をCSVに直して。\n氏名,電話\n浅間 健,090-4471-2280\n妙義 直美,027-251-7734"
    assert scan(text)["verdict"] == "block"


def test_a_date_of_birth_on_a_forms_sample_line_is_not_reported(scan):
    text = "申請書の見本を作りたい。\n【記入例】氏名 前橋 花子 ／ 生年月日 昭和58年5月3日 ／ 住所 前橋市〇〇町"
    assert not findings_of(scan(text), "DATE_OF_BIRTH")


def test_a_date_of_birth_of_a_real_applicant_still_blocks(scan):
    text = "申請書の内容を確認して。\n氏名 浅間 健 ／ 生年月日 昭和58年5月3日 ／ 住所 前橋市日吉町2丁目8番4号"
    assert findings_of(scan(text), "DATE_OF_BIRTH") and scan(text)["verdict"] == "block"


@pytest.mark.parametrize("number", ["090-0000-0001", "027-000-0000", "080-0000-1234"])
def test_a_number_with_a_zero_group_is_an_example(scan, number):
    phones = findings_of(scan(f"テスト用の連絡先 {number} を入れておいて"), "PHONE_NUMBER")
    assert not any(f["action"] == "block" for f in phones)


def test_a_sample_name_the_rules_dropped_is_not_raised_again_by_the_learned_judge(scan):
    # the judge raises names no rule reported when their context looks private; a name the rules
    # judged made up is not "unreported", it is no one's
    text = "画面設計書の表示例を直して。「ようこそ、赤城 太郎 さん　前回のログイン：2日前」"
    assert scan(text)["verdict"] == "allow"


def test_a_dummy_given_name_glued_to_a_surname_is_no_ones(scan):
    assert not findings_of(scan("動作確認用のダミーです。名前：榛名テスト、電話：090-0000-0000"), "PERSON")


@pytest.mark.parametrize("text", [
    "中学生向けの例文を英訳して。「木村さんは毎週土曜日に図書館へ行きます。」",
    "窓口研修のロールプレイ台本を整えて。職員役「お待たせしました」、来庁者役（森さん）「転入の手続きをしたいのですが」",
])
def test_a_name_in_a_text_said_at_its_head_to_be_an_example_or_a_script_is_no_ones(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_a_real_person_beside_an_example_sentence_still_blocks(scan):
    text = "この例文を参考に、木村さんへの返信を作って。木村さんは先週から入院中です。"
    assert scan(text)["verdict"] == "block"


def test_a_real_record_quoted_as_the_example_to_rewrite_is_still_a_person(scan):
    text = "記録の書き方を直したい。例：「木暮 里奈 運転免許証 301234567891 有効期限 令和10年」。最小限の書き方に。"
    result = scan(text)
    assert "木暮 里奈" not in result["redacted_text"]
