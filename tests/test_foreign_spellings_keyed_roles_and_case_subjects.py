"""Stop 37's classes (the tuning sets train117–123, then fc35 once opened), each beside a harmless twin: a name's spelling in another script before or after the bracket
that holds it, a name in capitals before its bracketed spelling and an honorific, a kanji name spelled out in a
two-part reading, a katakana name before an age, a person's role as a key in code and logs, katakana names in a
CSV name column, a scan's spaced 氏 名 label, a name's reading in a query string, bare authorization tokens, an
application id that is a key, a password at the end of a setting's name, the ver of server, a petitioner's phone
in a text about notices, an address's lot quoted again, a room after the lot, two CSV rows either side of a line
break, amounts with thousands separators in a CSV, a health-insurance symbol before its number, a case record's
subject named once at its head, a personal number in a sensitive sentence, measles said of a named person, numbers a
text declares made up, a book title's prince, a name not joined with the next line's item mark, a Latin family name
with a kanji given name after a title, a Latin name opening a roster row with a phone and a birth year.
(Texts are written for these tests; none is a corpus line.)"""
from __future__ import annotations

import pytest

from support import types_of as _types  # (the scan fixture is conftest's: the development policy)


# -- spellings of one name in two scripts ----------------------------------------------------------------
@pytest.mark.parametrize("text, spelling", [
    ("落とし物の持ち主：WIJAYA Putri（ウィジャヤ プトリ）、前橋市箱田町 512-7", "WIJAYA Putri"),
    ("申請者：TRAN VAN KHOA（チャン ヴァン コア）27歳、携帯 080-2741-6630", "TRAN VAN KHOA"),
    ("어머니 이름은 한지수(韓 智秀)입니다. 1958년 2월 3일생", "한지수"),
])
def test_the_spelling_before_the_bracket_that_holds_a_found_name_is_masked_too(scan, text, spelling):
    r = scan(text)
    assert "PERSON" in _types(r)
    assert spelling not in r["redacted_text"]


def test_a_spelling_in_devanagari_after_a_name_is_masked(scan):
    r = scan("相談者：Anita Gurung Rai（अनिता गुरुङ राई）29歳、妊娠9週")
    assert "अनिता" not in r["redacted_text"]


@pytest.mark.parametrize("text, kept", [
    ("Project Manager (山田 花子) に確認します", "Project Manager"),
    ("Contact Person（小林 恵）宛てに送付", "Contact Person"),
])
def test_english_words_before_a_bracketed_name_are_kept(scan, text, kept):
    assert kept in scan(text)["redacted_text"]


def test_a_name_in_capitals_before_its_bracketed_spelling_and_an_honorific_is_a_name(scan):
    r = scan("案内文を英訳して。\nKANG MINSEO（강민서）さん\n国民年金の免除申請を受け付けました。")
    assert "PERSON" in _types(r, "block")
    assert "KANG MINSEO" not in r["redacted_text"]


def test_a_card_name_in_capitals_that_opens_with_a_family_name_also_an_english_word_is_a_name(scan):
    r = scan("旅券の写しから名簿を作って。\n宋 麗華 / SONG LIHUA / 旅券番号 TR4827163")
    assert "SONG LIHUA" not in r["redacted_text"]


# -- a kanji name and its reading --------------------------------------------------------------------------
def test_a_rare_kanji_name_spelled_out_in_a_two_part_reading_is_a_name(scan):
    r = scan("欠席状況の報告\n・4年 鬼澤 颯(おにざわ はやて) 欠席 52日。通院中。")
    assert "PERSON" in _types(r, "block")
    assert "鬼澤 颯" not in r["redacted_text"]


@pytest.mark.parametrize("text", ["教科の読み方：国語 算数（こくご さんすう）", "都市名の読み：東京 大阪（とうきょう おおさか）"])
def test_words_glossed_with_their_reading_are_no_name(scan, text):
    assert "PERSON" not in _types(scan(text))


def test_a_lecturers_published_profile_with_her_reading_passes(scan):
    r = scan("講座の講師紹介を100字に。\n\n大朏 ゆかり（おおつき ゆかり）\n管理栄養士。市内の病院で10年勤務。著書『毎日の減塩ごはん』。")
    assert r["verdict"] == "allow"


# -- katakana names ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["搬送記録 7/3 転倒 マテウス・ヨシダ 31歳 男 軽症", "来所 ソフィア・ロドリゲス（42）母子手帳の交付"])
def test_a_dotted_katakana_name_before_an_age_is_a_name(scan, text):
    assert "PERSON" in _types(scan(text), "block")


def test_a_dotted_katakana_phrase_before_an_age_band_is_no_name(scan):
    assert "PERSON" not in _types(scan("ワーク・ライフ・バランス 30歳代の職員への調査"))


def test_a_dotted_katakana_name_in_a_csv_name_column_is_masked(scan):
    r = scan("生徒名,学校,欠席\n設楽 颯真,第二中,14\nオリベイラ・ルーカス,桂萱中,22")
    assert "オリベイラ・ルーカス" not in r["redacted_text"]


def test_dotted_goods_in_a_csv_column_that_names_no_person_pass(scan):
    assert scan("品名,数量\nワーク・ライフ,3\nノート・パソコン,2")["verdict"] == "allow"


def test_a_dotted_katakana_name_after_a_key_in_a_log_line_is_masked(scan):
    r = scan("[09:12] notice user=リン・シャオメイ mail=lin.xm88@qq.com sent")
    assert "リン・シャオメイ" not in r["redacted_text"]


# -- keys and labels that say whose value it is ------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ('rows = [{"id": "K-201", "child": "鴫原 律", "age": 7, "type": "身体的虐待"}]', "鴫原 律"),
    ('2025-02-11 ERROR declined holder="MARIA T. SANTOS" pan=************4411', "MARIA T. SANTOS"),
])
def test_a_persons_role_as_a_key_says_its_value_is_a_name(scan, text, name):
    assert name not in scan(text)["redacted_text"]


@pytest.mark.parametrize("text", ['{"owner": "Admin", "parent": "root"}', '{"customer": "Test User", "patient": "Sample Data"}'])
def test_an_account_or_a_stand_in_under_a_role_key_is_no_name(scan, text):
    assert "PERSON" not in _types(scan(text))


def test_a_romaji_name_after_a_label_a_scan_spaced_out_is_a_name(scan):
    r = scan("氏 名  Ｆｅｒｒｅｉｒａ Ｋｅｎｊｉ 生年月日 平成3年 4月 8日")
    assert "Ferreira" not in r["redacted_text"] and "Ｆｅｒｒｅｉｒａ" not in r["redacted_text"]


def test_a_names_reading_in_a_query_string_is_masked(scan):
    r = scan('GET /apply/confirm?name=&kana=tsunoda+haruka&tel=09031147762 HTTP/1.1" 200')
    assert "tsunoda" not in r["redacted_text"]


# -- secrets --------------------------------------------------------------------------------------------------
def test_a_bare_token_in_an_authorization_header_is_a_credential(scan):
    r = scan('curl -H "Authorization: opd_7hq2mz0x4kd9wpl3vn8tr5sy1c6bjg" https://data.example.jp/api')
    assert "CREDENTIAL" in _types(r, "block")


def test_an_authorization_header_without_a_token_passes(scan):
    assert "CREDENTIAL" not in _types(scan("Authorization: required_for_every_request_here"))


def test_an_application_id_that_is_a_services_key_is_a_credential(scan):
    r = scan('STAT_APP_ID = "8f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6"\nparams = {"appId": STAT_APP_ID}')
    assert "CREDENTIAL" in _types(r, "block")


@pytest.mark.parametrize("text", ["app_id: com.maebashi.gomiapp", "APP_ID = 1234567890"])
def test_a_package_name_or_a_number_as_an_application_id_passes(scan, text):
    assert "CREDENTIAL" not in _types(scan(text))


def test_a_password_at_the_end_of_a_settings_name_is_a_credential(scan):
    r = scan('.Fields("urn:schemas:cdo/configuration/sendpassword") = "Wq5#tRm8kz"')
    assert "Wq5#tRm8kz" not in r["redacted_text"]


@pytest.mark.parametrize("text", ["connecting to dhcp server 10.61.3.20:67", "observer: 172.20.8.14 timeout"])
def test_a_private_address_after_a_word_ending_in_ver_is_internal(scan, text):
    assert "INTERNAL_NETWORK" in _types(scan(text), "block")


@pytest.mark.parametrize("text", ["ver 10.2.0.1 に更新", "Ver.10.4.1.2 のリリースノート"])
def test_a_version_number_after_ver_stays_a_version(scan, text):
    assert "INTERNAL_NETWORK" not in _types(scan(text))


# -- phones and addresses ----------------------------------------------------------------------------------
def test_a_petitioners_phone_after_her_home_address_blocks_in_a_text_about_notices(scan):
    r = scan("陳情の要旨を要約して。\n陳情者　子育て世帯の会 代表 Helena Costa\n　住所 前橋市上小出町2丁目4-18　電話 027-236-5518\n"
             "要旨：市のお知らせを多言語にしてほしい。")
    assert "027-236-5518" not in r["redacted_text"]


def test_a_claimants_phone_after_her_address_and_name_is_hers_not_the_offices(scan):
    r = scan("監査委員事務局です。却下通知の文案を。請求人：前橋市岩神町二丁目6番3-204号 樺沢 直子。電話 027-233-6150。")
    assert "027-233-6150" not in r["redacted_text"]
    assert "6番3-204号" not in r["redacted_text"]


def test_a_phone_on_a_card_under_the_senders_name_and_address_is_masked(scan):
    r = scan("意見箱カードのOCRです。要旨を。\nご意見：市民課の案内がわかりにくい。\nお名前：茂木 タカ\nご住所：前橋市千代田町三丁目8−5\n"
             "電話：０２７－２３１－４４０７")
    assert "４４０７" not in r["redacted_text"]


def test_an_offices_number_in_a_notice_stays_published(scan):
    r = scan("チラシ原稿です。\n問合せ：前橋市 市民課 電話 027-898-6101")
    assert "PHONE_NUMBER" not in _types(r, "block")


def test_an_addresss_lot_quoted_again_alone_is_masked(scan):
    r = scan("| 氏名 | 住所 |\n|---|---|\n| 新島 早紀 | 前橋市南町4-2-19 |\n\n前回は「4-2-19」が漢数字になっていました。")
    assert "4-2-19" not in r["redacted_text"]


def test_a_lot_inside_a_longer_number_is_not_taken_for_the_repeat(scan):
    r = scan("| 氏名 | 住所 |\n|---|---|\n| 新島 早紀 | 前橋市南町4-2-19 |\n\n管理番号 14-2-19 は別件です。")
    assert "14-2-19" in r["redacted_text"]


# -- tables ----------------------------------------------------------------------------------------------------
def test_two_csv_rows_either_side_of_a_line_break_are_not_one_value(scan):
    text = "被保険者番号,氏名,段階,年額\n0003817264,望月 勝利,第6段階,84,960\n0007720153,星野 ハナ,第2段階,26,550"
    r = scan(text)
    assert all("\n" not in text[f["start"]:f["end"]] for f in r["findings"])
    assert "84,960" in r["redacted_text"] and "26,550" in r["redacted_text"]
    assert "JP_HEALTH_INSURANCE" in _types(r, "block")


def test_a_health_insurance_number_after_its_symbol_in_kanji_is_found(scan):
    r = scan("作業員 名簿の確認。健康保険：建設国保 被保険者番号 群建 41-207735 年金：厚生年金")
    assert "JP_HEALTH_INSURANCE" in _types(r, "block")
    assert "41-207735" not in r["redacted_text"]


# -- sensitive facts ------------------------------------------------------------------------------------------
def test_a_case_records_facts_paragraphs_below_its_subject_are_sensitive(scan):
    text = ("ケース記録を要約して。\n\n【概要】\n世帯主：笛木 郁夫（ふえき いくお）71歳　単身\n住所：前橋市総社町一丁目3番8号\n\n"
            + "【R6.4.2 訪問】\n" + "室内は片付いていた。近況を聴取。" * 12 + "\n\n【R6.6.9 訪問】\n在宅。人工透析を週3回継続中。")
    r = scan(text)
    assert "SENSITIVE_PERSONAL_INFO" in _types(r, "block")
    assert "人工透析" not in r["redacted_text"]


def test_a_personal_number_in_the_sentence_makes_public_assistance_a_persons_fact(scan):
    r = scan("個人番号 6081 5273 9410 の方、生活保護を受給中ですが手続きを教えて")
    assert "SENSITIVE_PERSONAL_INFO" in _types(r, "block")


def test_public_assistance_in_a_question_without_anyone_passes(scan):
    assert scan("個人番号カードの申請と生活保護の手続きの違いを教えて")["verdict"] == "allow"


def test_measles_said_of_a_named_patient_is_sensitive(scan):
    r = scan("調査票\n患者：VU THI LAN 31歳\n10/7 麻しんPCR陽性")
    assert "SENSITIVE_PERSONAL_INFO" in _types(r, "block")


@pytest.mark.parametrize("text", ["1歳の予防接種：麻しん風しん（MR）、ヒブ、肺炎球菌", "麻しんの流行に注意しましょう。職場での感染対策を。"])
def test_measles_in_a_vaccination_schedule_or_a_general_notice_passes(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_an_english_bureaus_name_is_no_persons(scan):
    r = scan("Please call the Maebashi City Waterworks Bureau at 027-898-5555 and ask for the Waterworks Bureau.")
    assert "PERSON" not in _types(r)


# -- made-up values and words that only look like names -------------------------------------------------------
def test_numbers_a_text_declares_made_up_and_failing_their_check_pass(scan):
    r = scan("入力チェックの試験です。以下はすべてチェックデジット不一致の架空値です。\n個人番号欄：552019384706\n免許証番号欄：417730281956")
    assert r["verdict"] == "allow"


def test_a_failing_number_in_a_persons_field_still_warns_without_such_a_declaration(scan):
    r = scan("申請書の確認をお願いします。\n個人番号欄：552019384706")
    assert "JP_MY_NUMBER" in _types(r)


def test_a_price_made_up_to_try_a_formula_passes(scan):
    r = scan("予定価格と入札額から調査対象を判定するExcel式を作って。B2：予定価格、C2：入札額。テスト値：B2=18,400,000 C2=16,200,000")
    assert r["verdict"] == "allow"


def test_a_book_titles_prince_is_no_chinese_name(scan):
    assert "PERSON" not in _types(scan("おすすめ本：『星の王子さま』の紹介文を80字で"))


def test_an_api_in_a_services_name_is_no_surname(scan):
    assert "PERSON" not in _types(scan("info: {title: Maebashi Bunbetsu API, version: 1.0.0}"))


# -- fc35's classes (once opened) ----------------------------------------------------------------------------
def test_a_name_is_not_joined_with_the_next_lines_item_mark(scan):
    text = "式次第を整えて。\n一 送辞　在校生代表 2年 鶴見 航\n一 答辞　卒業生代表 3年 八巻 澪\n一 校歌斉唱"
    assert all("\n" not in text[f["start"]:f["end"]] for f in scan(text)["findings"])


def test_a_latin_family_name_with_a_kanji_given_name_after_a_title_is_a_name(scan):
    r = scan("【取扱注意】人事異動（内示）\n清掃施設課 主任　Hartmann 翔（現：道路管理課）")
    assert "Hartmann 翔" not in r["redacted_text"]


def test_a_latin_word_before_a_kanji_word_without_a_slot_is_no_name(scan):
    assert "PERSON" not in _types(scan("Excel 関数で集計する方法を教えて"))


def test_a_latin_name_opening_a_roster_row_with_a_phone_and_a_birth_year_is_a_name(scan):
    r = scan("面接結果を表にして。\n1 小柏 ゆい　平成11年3月2日生　070-5521-8810　評価：B\n2 Nowak Zofia　1990年生　080-6614-2273　評価：A")
    assert "Nowak Zofia" not in r["redacted_text"]


def test_a_latin_title_opening_a_row_with_an_offices_number_is_no_name(scan):
    assert "PERSON" not in _types(scan("1 Release Notes　2025/04/01　027-898-6101"))


def test_an_offices_number_after_its_own_address_in_a_flyer_stays_published(scan):
    r = scan("チラシ原稿です。\n会場：市民文化会館 住所 前橋市南町3-62-1 電話 027-221-2000")
    assert "PHONE_NUMBER" not in _types(r, "block")
