"""Classes from two blind-written tuning sets (train9: precision, 300 cases; train10: every secret in an
awkward shape, 300 cases), fixed as classes with invented texts: passwords in prose, Wi-Fi QR strings,
net use and login pairs; addresses written with (at); English apartments and addresses without -machi;
names in capitals, in SQL VALUES as two cells, after 'interview with' and in chat transcripts; passports
with a hyphen or in digits; compact birth dates and phones in key=value logs; kanji-numeral phones; road
numbers and bare 丁目 that are no address; housing units in a list; a form's specimen block; book
authors; facilities and shops in published lists; example numbers in test code; a published committee
roster; a named staff member's evaluation; a counter's sign; screening fees by age."""
from __future__ import annotations

import pytest

from support import findings_of


@pytest.mark.parametrize("text,secret", [
    ("会議室用QRの中身：WIFI:T:WPA;S:Kaigi-3F;P:Hn7#sora2031;;", "Hn7#sora2031"),
    ("Note for the desk: the admin page login is kanri / Zq!8841mk, please keep it safe.", "Zq!8841mk"),
    ("貸出PCの案内：パスワードは 榛名湖2031みずうみ（全角混在）です。", "榛名湖2031みずうみ"),
    ("避難所の無線LAN：SSID「Hinan-07」、暗号キーは k3nk0#Minami8 。掲示しないこと。", "k3nk0#Minami8"),
    ("net use Y: \\\\fs05\\zeimu /user:CITY\\zei_batch Zeimu#2026aki", "Zeimu#2026aki"),
    ("Helpdesk: the password tried was \"Kumagai1979\" according to the log.", "Kumagai1979"),
    ("The password for the shared folder of the Housing Policy Division is Tsutsuji_5120 until March.",
     "Tsutsuji_5120"),
])
def test_passwords_in_prose_qr_strings_and_commands_are_credentials(scan, text, secret):
    result = scan(text)
    assert findings_of(result, "CREDENTIAL") and secret not in result["redacted_text"], result["findings"]


@pytest.mark.parametrize("text", [
    "パスワードは英数字12文字以上にしてください",
    "パスワードは令和8年4月1日から変更になります",
    "WIFI:T:WPA;S:<SSID>;P:<パスワード>;; の形式を説明して",
    "net use Z: \\\\fs01\\soumu /user:CITY\\soumu_bat *",
    "The password is stored in the vault; ask IT for it.",
])
def test_password_words_without_a_value_are_not_credentials(scan, text):
    assert not findings_of(scan(text), "CREDENTIAL")


def test_an_address_with_its_at_written_out_is_an_email_address(scan):
    result = scan("Winners: Ms. Emi Kodama (emi.kodama77 (at) gmail.com) and Mr. Ken Ota (k_ota [at] example.ne.jp)")
    assert "emi.kodama77 (at) gmail.com" not in result["redacted_text"]
    assert len(findings_of(result, "EMAIL_ADDRESS")) == 2


def test_at_in_brackets_between_words_is_no_address(scan):
    assert not findings_of(scan("Meet (at) the station; see [at] least three items."), "EMAIL_ADDRESS")


@pytest.mark.parametrize("text,secret", [
    ("The caller, Mr. Omar Haddad, Apt 211, Greenhills Kamikoide, complained about noise.", "Apt 211"),
    ("I moved last month. My address: Room 507, Riverside Heights, Maebashi.", "Room 507"),
    ("> I live at 3-8-15 Kita-shirokita, Maebashi, near the park.", "3-8-15"),
])
def test_english_apartments_and_addresses_without_a_town_suffix_are_addresses(scan, text, secret):
    result = scan(text)
    assert findings_of(result, "JP_ADDRESS") and secret not in result["redacted_text"], result["findings"]


@pytest.mark.parametrize("text", [
    "The briefing is in Room 305, City Hall annex.",
    "Version 1-2-3 Release, Tokyo build notes",
    "Please translate our food guide (info from each shop's website): Kaede Soba - 2-4-6 Soja-machi, Maebashi, tel 027-251-0101",
])
def test_rooms_versions_and_shops_published_addresses_are_not_residents_addresses(scan, text):
    assert scan(text)["verdict"] == "allow"


@pytest.mark.parametrize("text,secret", [
    ("This is to certify that HIROSHI TAKAHASHI, born 2 May 1958, is registered.", "HIROSHI TAKAHASHI"),
    ("Excelで下4桁だけ残す式を教えて。\n4111111111111111,SUZUKI AYAKA,2029/08", "SUZUKI AYAKA"),
])
def test_japanese_names_in_capitals_are_names(scan, text, secret):
    result = scan(text)
    assert secret not in result["redacted_text"], result["findings"]


@pytest.mark.parametrize("text", ["ANNUAL REPORT 2025 の英訳", "TOKYO SHIBUYA office hours"])
def test_capital_words_that_are_not_a_given_name_and_a_surname_are_no_names(scan, text):
    assert not findings_of(scan(text), "PERSON")


def test_a_surname_and_a_given_name_in_two_cells_of_sql_values_are_one_name(scan):
    text = "このSQLの意味は？\nINSERT INTO t_person VALUES (2041, '高野', '恵美子', 'タカノ', 'エミコ', '1979-03-02');"
    result = scan(text)
    assert "高野" not in result["redacted_text"] and "恵美子" not in result["redacted_text"]


def test_two_place_names_in_adjacent_cells_are_no_name(scan):
    assert not findings_of(scan("地区,人口\n前橋,高崎,120"), "PERSON")


@pytest.mark.parametrize("text,secret", [
    ("訪問団名簿：随行 国際交流協会職員 旅券番号 TK-3117348", "TK-3117348"),
    ("Father: Thomas Reid (UK), passport 612093457.", "612093457"),
])
def test_passports_with_a_hyphen_or_in_digits_after_the_word_are_passports(scan, text, secret):
    result = scan(text)
    assert findings_of(result, "JP_PASSPORT") and secret not in result["redacted_text"]


def test_a_number_after_the_word_passport_that_is_a_fee_is_no_passport(scan):
    assert not findings_of(scan("passport fee 16000 yen"), "JP_PASSPORT")


def test_a_compact_birth_date_and_a_phone_in_a_key_value_log_are_found(scan):
    result = scan("2026-11-02 ERR 取込 行12 氏名ｶﾅ=ﾀｶｷﾞ ﾋﾛｼ 生年月日=19520917 電話=0272339184")
    assert "19520917" not in result["redacted_text"] and "0272339184" not in result["redacted_text"]


def test_a_number_after_an_equals_sign_in_code_is_no_phone(scan):
    assert not findings_of(scan("x=0272651184"), "PHONE_NUMBER")


def test_a_mobile_in_kanji_numerals_with_long_dashes_is_a_phone(scan):
    result = scan("一、申出人　松永　貞子\n一、電話　〇八〇―四四一二―七七三〇")
    assert findings_of(result, "PHONE_NUMBER")


@pytest.mark.parametrize("text", [
    "道路の通行止め情報（公開済み）を英訳して。市道 大手町3-5号線 11月25日 9:00〜16:00",
    "住所の表記ゆれ（「三丁目8番2号」「3-8-2」）を正規化する関数を書いて",
])
def test_road_numbers_and_a_bare_chome_are_no_address(scan, text):
    assert not findings_of(scan(text), "JP_ADDRESS")


def test_housing_units_in_an_arrears_list_are_masked(scan):
    text = "滞納整理の一覧\n団地　号室　名義人　滞納月数\n上泉団地　7-204　石関 守　5\n広瀬団地　9-101　金子 律子　11"
    result = scan(text)
    assert "7-204" not in result["redacted_text"] and "9-101" not in result["redacted_text"]


def test_a_birth_date_in_a_block_under_a_specimen_heading_is_no_ones(scan):
    text = "届出書の記入例を直したい。\n\n【記入例】\n氏名：前橋 花子\n生年月日：平成2年2月2日\n電話：027-224-1111"
    assert not findings_of(scan(text), "DATE_OF_BIRTH")


def test_a_book_s_author_in_romaji_is_not_a_private_person(scan):
    text = "Write a blurb for our library's English corner:\n1. \"The Sound of Waves\" by Yukio Mishima\n2. \"Snow Country\" by Yasunari Kawabata"
    assert not findings_of(scan(text), "PERSON")


@pytest.mark.parametrize("text", [
    "期日前投票所の一覧（選挙管理委員会 公表）をCSVに。\n元気プラザ：前橋市南町二丁目5番1号 10:00〜19:00",
    "JR新前橋駅の観光案内所（前橋市古市町一丁目2-3）の案内を英訳して",
])
def test_facilities_and_published_lists_addresses_do_not_warn(scan, text):
    assert scan(text)["verdict"] == "allow"


@pytest.mark.parametrize("text", [
    "def test_phone():\n    assert validate(\"03-1234-5678\")\n    assert validate(\"090-0000-0000\")",
    "電話番号をマスクする関数を書いて。テストでは \"090-1234-5678\" を使います。",
])
def test_example_numbers_in_test_code_are_not_phones(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_the_members_of_a_published_committee_roster_pass(scan):
    text = "常任委員会の委員名簿（議会HP掲載）を表にして。\n建設常任委員会：委員長 塚越 正人、副委員長 松井 恵、委員 新井 康彦、石井 裕、関 由紀"
    assert scan(text)["verdict"] == "allow"


def test_a_named_staff_members_evaluation_blocks(scan):
    text = "人事評価の面談記録を本人向けに直して。\n被評価者：市民課 主事 大和田 亜紀\n評価：業績C、能力B"
    assert scan(text)["verdict"] == "block"


def test_the_staff_member_on_a_counters_sign_is_capped_at_a_warning(scan):
    assert scan("窓口の掲示「本日の担当：新井」を差し替える文言を考えて。")["verdict"] != "block"


def test_an_office_named_after_the_contact_makes_it_the_offices_line(scan):
    result = scan('RSVP to Mr. Ito, Secretariat, Maebashi Chamber of Commerce, 027-234-5111.')
    assert result["verdict"] != "block"


def test_screening_fees_by_age_are_no_ones_illness(scan):
    text = "がん検診の自己負担額（公表済み）を表に。胃がん 50歳以上 2,000円／肺がん 40歳以上 500円／乳がん 40歳以上 1,000円"
    assert not findings_of(scan(text), "SENSITIVE_PERSONAL_INFO")


def test_a_relatives_mobile_beside_a_hospital_word_is_that_persons(scan):
    text = "空き家（所有者：星野 康夫 氏、前橋赤十字病院に入院中、連絡先は長男 星野 聡 090-4471-2258）の件"
    assert "090-4471-2258" not in scan(text)["redacted_text"]


@pytest.mark.parametrize("text,secret", [
    ("Case note: Interview with Lucia Pereira (age 8) at the school.", "Lucia Pereira"),
    ("[09:14] Guest (Hannah Weber): I was charged twice for the parking.", "Hannah Weber"),
])
def test_people_a_case_record_met_and_chat_speakers_are_persons(scan, text, secret):
    assert secret not in scan(text)["redacted_text"]


def test_a_subnet_in_a_general_question_warns(scan):
    result = scan("家庭用ルーターと同じ 192.168.1.0/24 を庁内の検証ネットワークで使うと何が問題か、一般論で教えて。")
    assert result["verdict"] == "warn"


def test_an_address_broken_across_the_lines_of_a_quoted_reply_is_masked_whole(scan):
    result = scan("> 書類が届いていません。住所は前橋市総社町3丁目\n> 12番地5 です。\n返信文を作って")
    assert "12番地5" not in result["redacted_text"], result["findings"]


def test_a_room_of_a_named_apartment_building_is_masked_beside_a_resident(scan):
    result = scan("入居者の石原さんから苦情。部屋は 第3メゾン岩神 205号室。")
    assert "205号室" not in result["redacted_text"]


def test_a_birth_date_with_its_era_year_in_brackets_is_a_birth_date(scan):
    result = scan("・桑原 結衣　2011年（平成23年）5月9日生まれ")
    assert findings_of(result, "DATE_OF_BIRTH") and "5月9日" not in result["redacted_text"]


def test_a_cards_security_code_given_with_the_card_is_masked(scan):
    result = scan("電話でのカード決済：5634712188312949　期限 11/27　セキュリティコード 741")
    assert "741" not in result["redacted_text"]


def test_a_security_code_question_without_a_card_is_no_card(scan):
    assert not findings_of(scan("ポイントカードのセキュリティコード 123 の意味を教えて"), "CREDIT_CARD")


def test_a_customer_number_in_a_record_is_masked_though_the_mail_domain_says_example(scan):
    text = "> 使用者：杉山 翼　お客様番号：05-22817-3\n> メール：t-sugi@mail.example.ne.jp\n回答文を作って"
    assert "05-22817-3" not in scan(text)["redacted_text"]


@pytest.mark.parametrize("text,secret", [
    ("電話メモ：カードは JCB、番号は 3587の9487の2481の4210 とのこと", "3587の9487の2481の4210"),
    ("折り返しは090の4417の2093までお願いします", "090の4417の2093"),
])
def test_numbers_dictated_group_by_group_with_no_are_found(scan, text, secret):
    assert secret not in scan(text)["redacted_text"]


def test_dates_and_lots_joined_by_no_are_not_read_as_one_number(scan):
    assert scan("令和7年の10月の3日に、123の4の土地を確認した")["verdict"] == "allow"
