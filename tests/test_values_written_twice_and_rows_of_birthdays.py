"""Classes met on a blind-written set of twins (train28): a value found once and written again in
another spelling, names in brackets after a report's letter or a count, a one-kanji given name the
dictionary reads as another word, rows of birthdays under a heading that says so, lots after a
spaced 字, English exports' name columns and ward addresses — each beside its harmless twin."""
from __future__ import annotations

from support import findings_of


def test_a_name_found_with_a_space_is_masked_where_it_is_written_without_one(scan):
    result = scan("氏名：王 建华（ワン・ジェンホア）\n王建华様の電話にSMSでもお知らせします。")
    assert "王建华" not in result["redacted_text"] and "ワン・ジェンホア" not in result["redacted_text"]


def test_a_spelling_without_separators_inside_a_longer_number_stays(scan):
    # (a product's number: a 管理番号 in a text about the applicant would be masked as the applicant's)
    text = "申請者の個人番号 4248 9670 2836 を確認。製造番号 14248967028365 は別物です。"
    result = scan(text)
    assert "4248 9670 2836" not in result["redacted_text"]
    assert "14248967028365" in result["redacted_text"]


def test_names_in_brackets_after_a_reports_letter_or_a_count_are_masked(scan):
    redacted = scan("2年1組の男子生徒A（能登 陽向）が、同じクラスの生徒3名（佐久間 蒼ら）から悪口を書き込まれていた。")["redacted_text"]
    assert "能登 陽向" not in redacted and "佐久間 蒼" not in redacted


def test_a_one_kanji_given_name_read_as_a_conjunction_ends_a_name_in_a_name_field(scan):
    assert "藤枝 唯" not in scan("受験者：藤枝 唯（ふじえだ ゆい）　平成12年11月9日生")["redacted_text"]


def test_a_name_followed_by_its_mail_address_spelling_it_is_a_name(scan):
    result = scan("BCCに入れるアドレスを整形して。\nRyo Kaneshiro ryo.kaneshiro@example.org")
    assert "Ryo Kaneshiro" not in result["redacted_text"]


def test_an_office_before_its_own_address_is_no_name(scan):
    assert findings_of(scan("Contact Customer Support support@acme.com"), "PERSON") == []


def test_a_romaji_surname_glued_to_a_japanese_honorific_is_masked_again(scan):
    result = scan("相手方：乗用車運転者 Michael Brennan 氏。Brennan氏の車両に接触。")
    assert "Brennan" not in result["redacted_text"]


def test_dates_in_rows_under_a_heading_of_birthdays_are_birth_dates(scan):
    text = "係内の誕生日一覧を月順に並べ替えて。\n今村 結衣　1989年4月18日\n西尾 康平　1993年11月2日"
    redacted = scan(text)["redacted_text"]
    assert "1989年4月18日" not in redacted and "1993年11月2日" not in redacted


def test_dates_in_rows_under_a_column_said_to_hold_birth_dates_are_birth_dates(scan):
    text = "Excelで、B列の生年月日から年齢を出す関数を教えて。\nA2: 丸山 和奏　B2: 2011/3/14"
    assert "2011/3/14" not in scan(text)["redacted_text"]


def test_a_reference_date_or_a_schedule_under_such_a_heading_is_no_birth_date(scan):
    assert findings_of(scan("Excelで、C列に生年月日が入っていて、D列に\n令和8年4月1日時点の年齢を出したい。"), "DATE_OF_BIRTH") == []
    assert findings_of(scan("会議日程の一覧を作って。\n第1回　2026年4月18日"), "DATE_OF_BIRTH") == []


def test_a_birth_date_marked_as_a_sample_or_a_dummy_year_is_no_birth_date(scan):
    assert scan("申請書の記入例：\n氏名：前橋 花子（記入例）\n生年月日：昭和60年1月1日（記入例）")["verdict"] == "allow"
    assert findings_of(scan("INSERT INTO t (name, birth) VALUES ('テスト 一郎', '1900-01-01');"), "DATE_OF_BIRTH") == []


def test_rows_pasted_as_a_sample_of_the_first_lines_are_real_rows(scan):
    text = "このCSVを集計するPythonコードを書いて。サンプルとして先頭の数行を貼ります。\n\n氏名,生年月日\n宇佐美 健吾,1987-02-19"
    assert "宇佐美 健吾" not in scan(text)["redacted_text"]


def test_a_lot_after_a_spaced_aza_or_a_lone_lot_ending_a_cell_is_an_address(scan):
    assert "614-1" not in scan("申請地：前橋市荒牧町字十二 614-1,畑,812")["redacted_text"]
    assert "917" not in scan("12/3,蓮見 ゆかり,前橋市駒形町 917,027-266-4052")["redacted_text"]


def test_a_lone_number_after_a_town_that_counts_something_is_no_lot(scan):
    assert findings_of(scan("前橋市駒形町 120名が参加しました。"), "JP_ADDRESS") == []


def test_a_person_column_of_an_english_export_and_a_ward_address_are_masked(scan):
    text = ('donor_name,prefecture,address,amount\n'
            'Haruto Kisaragi,Tokyo,"3-14-2 Kamiuma, Setagaya-ku",30000')
    redacted = scan(text)["redacted_text"]
    assert "Haruto Kisaragi" not in redacted and "3-14-2 Kamiuma" not in redacted


def test_a_product_column_of_an_english_export_is_no_name(scan):
    assert findings_of(scan("product_name,price\nSurface Pro,150000\nGalaxy Tab,60000"), "PERSON") == []


def test_a_disability_card_in_a_general_list_of_procedures_is_nobodys(scan):
    text = ("死亡届の提出後に必要となる手続きの一覧を作って（おくやみハンドブックの目次用）。\n"
            "介護保険の資格喪失、障害者手帳の返還、世帯主変更、など。")
    assert scan(text)["verdict"] == "allow"


def test_an_identifier_found_with_hyphens_is_masked_where_it_is_written_without_them(scan):
    text = "申請者：片桐 大地、基礎年金番号 4271-583926。システムでは 4271583926 で照会済み。"
    assert "4271583926" not in scan(text)["redacted_text"]


def test_a_building_with_a_lettered_room_a_floor_or_a_hiragana_name_after_an_address_is_masked(scan):
    for text, tail in (("住所：前橋市上泉町1503番地5 アーバン上泉 2-C", "2-C"),
                       ("前橋市表町二丁目 18-6 表町ビル 5F 502", "5F 502"),
                       ("住所：前橋市下新田町512番地の11 ハイツしもしん 202号室", "ハイツしもしん")):
        assert tail not in scan(text)["redacted_text"], text


def test_a_place_named_after_an_address_with_a_time_stays(scan):
    assert "から 5分" in scan("会場：前橋市大手町1-2-3 から 5分歩きます")["redacted_text"]
