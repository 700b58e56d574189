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


# -- more classes of train6 and fc17 -------------------------------------------------------------
def test_the_name_on_a_card_in_an_english_refund_request_is_masked(scan):
    text = 'Reply to: "Please refund the fee to my card. Name on card: MIHO TOKORO. Thanks."'
    result = scan(text)
    assert findings_of(result, "PERSON") and "MIHO TOKORO" not in result["redacted_text"]


def test_a_road_named_with_gosen_is_no_house_number(scan):
    text = "入札結果の公表文を作って。工事名：市道 下川町3号線 側溝改修工事、落札者：株式会社赤城建設"
    assert not findings_of(scan(text), "JP_ADDRESS")


def test_a_fictional_english_record_for_training_slides_passes(scan):
    text = ("A FICTIONAL record for our privacy training slides:\nName: Ann Example (fictional)\n"
            "Address: 4-5-6 Sample-cho, Maebashi (does not exist)\nPlease check the English.")
    result = scan(text)
    assert result["verdict"] != "block", result["findings"]


def test_dates_that_bound_a_range_of_made_up_birth_dates_are_no_birth_dates(scan):
    text = "テスト用データの生成条件：生年月日は1960-04-01〜1999-03-31の範囲でランダムに"
    assert not findings_of(scan(text), "DATE_OF_BIRTH")


def test_a_valid_my_number_with_its_word_a_sentence_away_blocks(scan):
    from file_samples import my_number
    mn = my_number("41207735581")
    text = f"マイナンバーの入力チェックでエラーが出ます。原因を教えてほしい。入力した値→{mn}、エラー表示あり"
    result = scan(text)
    assert result["verdict"] == "block" and mn not in result["redacted_text"]


def test_a_bid_price_said_to_be_published_beforehand_is_no_secret(scan):
    text = "入札公告の文面チェック：予定価格（事前公表）6,930,000円（税抜）、開札日 2月10日"
    assert not findings_of(scan(text), "NONPUBLIC_INFO")


def test_an_officer_signing_under_the_organisations_line_is_named_in_office(scan):
    text = "お知らせの文面を整えて。\n問合せ：前橋市農業委員会事務局 027-898-0000\n会長　新井 宗男"
    assert scan(text)["verdict"] != "block"


def test_a_description_being_made_anonymous_warns_instead_of_blocking(scan):
    text = ("ケース会議の資料で、「70代男性、一人暮らし、要介護3、糖尿病で透析中」という事例を、"
            "個人が特定されないように書き直す工夫を教えて")
    result = scan(text)
    assert result["verdict"] == "warn", result["findings"]
