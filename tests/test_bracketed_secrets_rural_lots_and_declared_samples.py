"""Classes from the sixteenth first-contact set (holdout16), fixed as classes with invented texts
(no corpus line): a password or an SSID given straight in brackets, a URL's user:password@host
(the host is internal, the "e-mail address" is not one), a rural lot after its 大字 (富士見町小暮1187),
the age in a bare bracket after a name (堀口 亮介（41）), a document that says its values are all made
up, an excerpt of real records introduced as 「サンプル1件」, 町丁別 statistics rows, aggregate
counts of a welfare category, a PowerShell parameter that looked like a signed name."""
from __future__ import annotations

import pytest

from support import findings_of


def types(result):
    return {f["type"] for f in result["findings"]}


@pytest.mark.parametrize("text, secret", [
    ("来客用ではなく職員用の無線LANです。パスワード「Rk4#pWz9!mQ2」で接続してください。", "Rk4#pWz9!mQ2"),
    ("共有フォルダのパスワード『Hn83kLq7』を総務の全員に周知したい。文面を考えて。", "Hn83kLq7"),
])
def test_a_password_given_straight_in_brackets_is_masked(scan, text, secret):
    result = scan(text)
    assert result["verdict"] == "block" and "CREDENTIAL" in types(result)
    assert secret not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "パスワード「変更」ボタンを押してから新しいものを入力します。",
    "パスワード「Password123」のような推測しやすいものは禁止です。",
    "ログイン画面のパスワード「********」欄に入力してください。",
])
def test_words_and_examples_in_brackets_after_password_pass(scan, text):
    assert "CREDENTIAL" not in types(scan(text))


def test_an_office_wireless_network_name_is_internal(scan):
    result = scan("支所の職員用Wi-Fiが変わります。SSID「Shisho-Kanri24」、詳細は情報政策課まで。")
    assert "INTERNAL_NETWORK" in types(result)
    assert "Shisho-Kanri24" not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "SSID「Gunma_Free_WiFi」は観光客向けの無料Wi-Fiです。案内板の文を考えて。",
    "SSIDを非表示にするとセキュリティは上がりますか。",
])
def test_public_wifi_and_questions_about_ssids_pass(scan, text):
    assert "INTERNAL_NETWORK" not in types(scan(text))


def test_a_connection_url_reports_its_password_and_internal_host_not_an_email(scan):
    result = scan("接続できません: mysql://report_ro:Vt5!qLx82@gis-db03.soumu.lan:3306/toukei")
    assert {"CREDENTIAL", "INTERNAL_NETWORK"} <= types(result)
    assert "EMAIL_ADDRESS" not in types(result)
    assert "gis-db03.soumu.lan" not in result["redacted_text"]


def test_a_real_email_address_is_still_one(scan):
    assert "EMAIL_ADDRESS" in types(scan("返信先は kenji.aoki1979@gmail.com です"))


def test_a_rural_lot_after_its_oaza_is_an_address_next_to_a_person(scan):
    result = scan("申出人 竹内 芳雄（前橋市富士見町原之郷2264、要介護2）から相談。")
    assert result["verdict"] == "block" and "JP_ADDRESS" in types(result)
    assert "2264" not in result["redacted_text"]


def test_town_statistics_rows_are_not_addresses(scan):
    text = "町丁別の世帯数（公表値）です。前年比の列を作りたい。\n町丁名\t世帯数\t前年\n紅雲町一丁目\t1,102\t1,087\n朝日町三丁目\t640\t655"
    assert scan(text)["verdict"] == "allow"


def test_a_town_and_chome_in_a_personal_row_is_still_an_address(scan):
    result = scan("氏名,住所,電話\n新井 孝,天川大島町一丁目,027-263-4419")
    assert "JP_ADDRESS" in types(result)


def test_an_employees_age_in_a_bare_bracket_makes_the_name_private(scan):
    result = scan("建設課 技師 石原 聡（33）が勤務時間中に私用で公用車を使った件で、始末書の書き方を教えて。")
    persons = findings_of(result, "PERSON")
    assert persons and persons[0]["action"] == "block"


def test_an_area_code_in_brackets_is_not_an_age(scan):
    result = scan("3班 班長 小暮 結衣 (027) 231-4408")
    assert all("年齢" not in f["reason"] for f in findings_of(result, "PERSON"))


def test_a_form_that_says_its_values_are_all_made_up_passes(scan):
    text = ("転入届の記入例を窓口用に作り直したい。記入例の値はすべて架空です。\n"
            "【記入例】\n届出人　氏名　赤城　太郎\n世帯主　赤城　一郎\n\n"
            "注意事項の説明を、やさしい日本語にしてください。窓口では記入例の名前を写してしまう人がいます。" * 4 +
            "「赤城　太郎」は例であると大きく書きたい。")
    assert scan(text)["verdict"] == "allow"


def test_saying_the_names_are_not_made_up_does_not_excuse_them(scan):
    result = scan("相談者 赤城 太郎さん（45）、うつ病で休職中。名前はすべて架空ではありません。")
    assert result["verdict"] == "block"


def test_an_excerpt_of_real_records_introduced_as_a_sample_is_still_personal(scan):
    text = ('このCSVの文字化けを直したい。サンプル2件貼ります。\n'
            '"氏名","電話"\n"大澤 美咲","090-3318-2207"\n"久保 直人","080-4410-9376"')
    result = scan(text)
    assert result["verdict"] == "block"
    assert "大澤 美咲" not in result["redacted_text"] and "久保 直人" not in result["redacted_text"]


def test_a_table_introduced_as_dummy_data_still_passes(scan):
    text = 'テスト用のダミーデータです。\n"氏名","電話"\n"山田 一子","000-0000-0000"'
    assert "PERSON" not in types(scan(text))


def test_aggregate_counts_of_a_welfare_category_are_not_about_a_person(scan):
    text = "地区別の要保護児童の集計です。「南橘地区 2世帯」など小さな数の公表時の扱いを教えて。"
    assert scan(text)["verdict"] != "block"


def test_a_health_condition_in_a_case_record_is_sensitive(scan):
    result = scan("訪問記録：世帯主 関口 正（70）。腰椎椎間板ヘルニアのため就労困難との申立てあり。")
    assert "SENSITIVE_PERSONAL_INFO" in types(result)


def test_a_powershell_parameter_is_not_a_signature(scan):
    result = scan('タイムアウトします。\nInvoke-WebRequest -Uri "http://localhost:8080/health" -Method Post\nどう直せば？')
    assert "PERSON" not in types(result)


def test_a_message_signed_after_a_dash_is_still_a_name(scan):
    result = scan("Could you confirm the pickup date for my bulky waste? - Oliver Grant")
    assert "PERSON" in types(result)
