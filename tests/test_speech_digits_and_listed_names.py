"""Stop 34's classes, each beside a harmless twin: numbers said aloud with their digits typed (an address
with pauses and fillers, a Western date with の, digits in katakana or English, digits dictated one by one),
a filler between a label and its number, a birth date given in the answer to a question above, names a
list or a bracket gives away (a 、-list after a slot, a class before a bulleted name, a kana name's kanji
spelling, a sex and an age after a name), Latin names with a middle initial, an age or a class, a spaced
全銀 record, a 6-digit account after its deposit type, a town read as one word with its city, a camelCase
token name, a closed meeting in a schedule, and a table marked as not production data.
(Texts are written for these tests; none is a corpus line.)"""
from __future__ import annotations

import pytest

from service.normalize import normalize
from service.policy import load_policy
from service.scanner import Scanner


@pytest.fixture(scope="module")
def scan():
    s = Scanner(load_policy())
    return s.scan


def _types(result, action=None):
    return {f["type"] for f in result["findings"] if action is None or f.get("action") == action}


# -- numbers said aloud, digits typed -------------------------------------------------------------
@pytest.mark.parametrize("said, written", [
    ("住所は、えー、石倉町4丁目の、えー、52の、7です。", "石倉町4丁目52-7"),
    ("自宅は箱田町、えーと、番地が、812の、3。", "箱田町812-3"),
    ("住まいは江木町の、えー、2丁目の、16の9", "江木町2丁目16-9"),
])
def test_an_address_said_with_pauses_reads_as_written(said, written):
    assert written in normalize(said)


def test_a_written_address_keeps_its_own_form():
    assert "朝日町3丁目14-5" in normalize("朝日町3丁目14-5")
    assert normalize("第1、2、3、4、5、6、7条を参照") == "第1、2、3、4、5、6、7条を参照"


def test_an_address_said_with_pauses_is_masked_whole(scan):
    r = scan("職員：ご住所は。\n相談者：前橋市石倉町4丁目の、えー、52の、7です。")
    assert "JP_ADDRESS" in _types(r, "block")
    assert "52の" not in r["redacted_text"] and "、7" not in r["redacted_text"] and "です。" in r["redacted_text"]


def test_a_page_reference_said_with_pauses_is_no_address(scan):
    r = scan("えー、資料の、3の2ページを、えー、ご覧ください。")
    assert "JP_ADDRESS" not in _types(r)


def test_digits_said_in_katakana_become_a_phone_number(scan):
    r = scan("通報者：鶴見 陽介さん。電話は、ゼロハチゼロの、ヨンイチナナ、ゴーの、サンニーキューハチです。")
    assert "PHONE_NUMBER" in _types(r, "block")
    assert "サンニーキューハチ" not in r["redacted_text"]


def test_a_katakana_word_with_digit_sounds_stays_a_word():
    assert normalize("サンキューカードとイチゴのケーキ") == "サンキューカードとイチゴのケーキ"


def test_digits_said_in_english_become_a_number():
    assert "080-4417-2958" in normalize("My number is zero-eight-zero, four-four-one-seven, two-nine-five-eight.")


def test_digits_dictated_one_by_one_are_one_number(scan):
    r = scan("相手：母の、被保険者番号、えー、4、0、2、1、8、8、3、6。")
    assert "JP_HEALTH_INSURANCE" in _types(r, "block")


def test_a_western_date_said_with_no_is_a_birth_date_when_asked(scan):
    r = scan("職員：お名前と生年月日を。\n来庁者：羽鳥 美佐子。えー、1988年の、2月の14日です。")
    assert "DATE_OF_BIRTH" in _types(r, "block")
    assert "14日" not in r["redacted_text"]


def test_a_date_in_an_answer_to_another_question_is_no_birth_date(scan):
    r = scan("職員：いつ頃のお話ですか。\n市民：えー、2024年の、5月の10日です。")
    assert "DATE_OF_BIRTH" not in _types(r)


# -- names a list or a bracket gives away ----------------------------------------------------------
def test_the_second_name_of_a_slot_list_is_a_name_though_the_dictionary_knows_neither_part(scan):
    r = scan("関係した生徒：茂呂 大翔、鍛冶 琉之介\n経過：放課後に口論")
    assert "鍛冶 琉之介" not in r["redacted_text"]


def test_two_words_after_a_name_in_a_list_stay_words(scan):
    r = scan("出席：野口 智子、総務 企画\n議題：予算")
    assert "総務 企画" in r["redacted_text"]


def test_a_bulleted_list_with_a_class_before_each_name(scan):
    r = scan("宿泊学習の配慮\n・3組 小暮 大和：食物アレルギー（卵）\n・1組 堀越 マリア：喘息の吸入薬を持参")
    assert "堀越 マリア" not in r["redacted_text"]


def test_a_kana_name_spelled_in_kanji_in_its_bracket(scan):
    r = scan("氏名 はぎわら そうた（萩原 颯太）　生年月日 2017.05.21")
    assert "萩原 颯太" not in r["redacted_text"]


def test_an_office_in_the_bracket_after_a_kana_name_is_no_spelling(scan):
    r = scan("お問い合わせ　こども課（子育て 支援係）まで")
    assert "子育て 支援係" in r["redacted_text"]


def test_a_sex_and_an_age_after_a_name_in_a_first_aid_log(scan):
    r = scan("救護記録\n14:05　関口 千春（女・64）　めまい。休憩後に帰宅。")
    assert "関口 千春" not in r["redacted_text"]


def test_a_spaced_pair_after_a_particle_with_an_honorific(scan):
    r = scan("申請者は片貝 湊斗さん（52歳）です。")
    assert "PERSON" in _types(r, "block")


def test_a_trade_after_a_word_and_san_is_no_name(scan):
    r = scan("清掃 業者さんに連絡しておいてください。")
    assert "PERSON" not in _types(r)


# -- Latin names ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("口座名義 MARCO T ALVES", "MARCO T ALVES"),  # a card holder's middle initial without a dot
    ("候補者C　Novak Anna Maria（31）　経歴：通訳", "Novak Anna Maria"),  # an age in brackets among Japanese
    ("Just a note: Sota Kurihara in 4-2 said he has asthma and forgot his inhaler today.", "Sota Kurihara"),  # a class
])
def test_a_latin_name_given_away_by_what_follows_it(scan, text, name):
    assert name not in scan(text)["redacted_text"]


@pytest.mark.parametrize("text", [
    "対応機種：Surface Laptop（7）で動作確認済み",  # a product with a number in brackets
    "The Vice Principal in 2-3 will lead the drill.",  # a title before a class
])
def test_latin_words_before_a_number_or_a_class_are_no_name(scan, text):
    assert "PERSON" not in _types(scan(text))


# -- numbers of accounts and records ----------------------------------------------------------------
def test_a_spaced_zengin_record_masks_its_account():
    s = Scanner(load_policy())
    r = s.scan("振替不能の明細です。\n2 0128 ﾏｴﾊﾞｼﾁﾕｳｵｳ 0312 1 5529031 ﾎﾘｺｼ ｱｹﾐ     000004500 1")
    assert "5529031" not in r["redacted_text"]
    assert "JP_BANK_ACCOUNT" in _types(r, "block")


def test_a_six_digit_account_after_its_deposit_type(scan):
    r = scan("振込先：東和銀行 前橋北支店 普通 ７０２９１４")
    assert "JP_BANK_ACCOUNT" in _types(r, "block")


def test_a_count_after_a_deposit_type_is_no_account(scan):
    r = scan("支店の普通預金 202412 件の集計")
    assert "JP_BANK_ACCOUNT" not in _types(r)


def test_a_town_read_with_its_city_before_a_spaced_lot(scan):
    r = scan("前住所　渋川市石原 2207番地")
    assert "JP_ADDRESS" in _types(r, "block")


def test_a_rural_district_after_its_town_with_a_lot(scan):
    r = scan("現住所：大胡町河原浜718-4")
    assert "JP_ADDRESS" in _types(r, "block")


def test_a_meeting_room_in_a_town_is_no_lot(scan):
    r = scan("会場は大手町会議室3-2です")
    assert "JP_ADDRESS" not in _types(r)


def test_a_camel_case_token_name_with_two_words():
    r = Scanner(load_policy()).scan("const c = { lineChannelAccessToken: 'Zq81kLm0PnR4tWv7XyB2cD5eF' };")
    assert "CREDENTIAL" in _types(r, "block")


# -- precision: a closed meeting in a schedule, a table that says it is not production data ------------
def test_a_closed_meeting_in_a_schedule_warns(scan):
    r = scan("木 15:00 地区自治会長 懇談会（非公開）\n金 10:00 定例記者会見")
    assert r["verdict"] == "warn"


def test_the_minutes_of_a_closed_meeting_block(scan):
    r = scan("第3回 公共施設再編検討会（非公開）議事録\n1 統廃合の候補について")
    assert r["verdict"] == "block"


def test_a_table_said_not_to_be_production_data_names_nobody(scan):
    r = scan("情報政策課（※本番データではありません）\nID,氏名,金額\nT01,試行 一郎,100\nT02,確認 花子,200")
    assert "PERSON" not in _types(r)


# -- fc32's classes (stop 34): a birth label in kana, a qualified insured-number label, the parties of an incident ---------
def test_a_birth_date_after_a_label_written_in_kana(scan):
    r = scan("なまえ：いしだ ふみえ さん\nたんじょうび 昭和11年9月2日")
    assert "DATE_OF_BIRTH" in _types(r, "block")


def test_an_insured_number_after_a_label_with_a_qualifier(scan):
    r = scan("世帯主：岩井 栄治\n被保険者番号（世帯主）：00427719")
    assert "JP_HEALTH_INSURANCE" in _types(r, "block")


def test_the_parties_of_an_incident_joined_by_a_dot(scan):
    r = scan("関係児童：4年2組 立川 結衣（被害）、同組 真下 隼人・富岡 颯（加害）")
    assert "真下 隼人" not in r["redacted_text"] and "富岡 颯" not in r["redacted_text"]


def test_two_towns_after_a_name_in_a_list_stay_towns(scan):
    r = scan("出席：野口 智子、前橋 高崎")
    assert "前橋 高崎" in r["redacted_text"]


def test_an_age_that_starts_an_obligation_points_at_nobody(scan):
    r = scan("20歳になったら国民年金に加入し、未納のままだと障害年金を受けられないことがある点をチラシで強調して。")
    assert r["verdict"] != "block"


# -- stop 34's second batch: labels said with a pause, old kana, residents' own languages, passwords that are not values ----------
def test_a_slot_said_with_a_pause_in_a_dictation(scan):
    r = scan("えー、11月2日、家庭訪問。世帯主、鏑木 進、58歳。えー、腰痛で、就労は困難と話す。")
    assert "鏑木 進" not in r["redacted_text"]


def test_a_slot_word_and_a_comma_in_written_prose_stay_prose():
    assert normalize("株式会社の代表者が、柴田 健二 氏に変わりました。") == "株式会社の代表者が、柴田 健二 氏に変わりました。"


def test_an_old_kana_given_name_reads_as_the_modern_one(scan):
    r = scan("対象者：新井ミツヱさん、91歳")
    assert "新井ミツヱ" not in r["redacted_text"]


@pytest.mark.parametrize("text, name", [
    ("父亲：刘 洋，工作单位：前橋市内的工厂", "刘 洋"),
    ("傷病者：NGUYỄN THỊ HẰNG（グエン ティ ハン）女性 31歳", "NGUYỄN THỊ HẰNG"),
    ("Olá,\nSou Fernanda Yumi Okada. Recebi o aviso da escola.", "Fernanda Yumi Okada"),
    ("खाताधनी: THAPA BIKASH", "THAPA BIKASH"),
    ("接触者 2 職場 Novak Petra 33歳 070-5512-0938", "Novak Petra"),
    ("氏名：大久保 浩二（Kōji Ōkubo）", "Kōji Ōkubo"),
])
def test_names_after_labels_and_phrases_of_residents_own_languages(scan, text, name):
    assert name not in scan(text)["redacted_text"]


def test_an_account_number_after_a_nepali_label(scan):
    r = scan("बैंक: 群馬銀行 前橋支店\nखाता नम्बर: 4471902")
    assert "JP_BANK_ACCOUNT" in _types(r, "block")


def test_where_a_password_must_not_be_typed_is_no_password(scan):
    r = scan("研修資料の最後に「パスワードはChatGPTに入力しない」と書いてください。")
    assert "CREDENTIAL" not in _types(r)


def test_a_constant_the_code_defines_is_no_password(scan):
    r = scan("DB_SECRET = os.environ[\"DB_SECRET\"]\nconn = connect(host=HOST, password=DB_SECRET)")
    assert "CREDENTIAL" not in _types(r)


def test_a_log_field_after_a_reason_named_password_is_no_password(scan):
    r = scan("09:12:01 login fail user=k30122 src=PC-2F-031 reason=bad_password\n"
             "09:12:07 login fail user=k30122 src=PC-2F-031 reason=bad_password")
    assert "CREDENTIAL" not in _types(r)


def test_a_password_in_a_wordpress_config_still_blocks(scan):
    r = scan("define( 'DB_PASSWORD', 'Kanko#2031wp' );")
    assert "CREDENTIAL" in _types(r, "block")


def test_a_list_of_office_addresses_one_a_line_is_not_one_broken_address(scan):
    r = scan("問い合わせ先の表記を統一したい。\nkankyo-seisaku@city.maebashi.gunma.jp\ndoboku@city.maebashi.gunma.jp\n"
             "kyoiku-somu@city.maebashi.gunma.jp")
    assert r["verdict"] != "block"

