"""Classes from the blind-written fc18 (first-contact set 18, now tuning data), fixed as classes with
invented texts: a phone as a CSV field with a field of digits after it; a rural lot written with a
space before its 字; a housing block's room as （B棟 4-12）; romaji towns spelled -chou; a form's
specimen marked on its own line (※見本です) or under a 【記入例】 heading; a marking word spaced with
full-width spaces in its bracket or at the head of a mail's subject; a fixed-width roster's 8-digit
birth date beside a sex column; a published item's own （公表版）; a subnet being planned; health-check
findings, child-protection notices and bullying said of a pupil; a one-word character's name quoted
with its honorific in a story; a local writer introduced by their field; consent to publish said as
「了承を得て掲載」; a facility's 丁目-only address in a table of facilities."""
from __future__ import annotations

import pytest

from support import findings_of


def test_a_mobile_number_as_a_csv_field_before_a_field_of_digits_is_found(scan):
    text = ("申込一覧\n番号,氏名,連絡先,点数\n"
            "A-31,須賀 朋美,080-3916-2257,88\nA-32,平林 悠人,070-5582-1043,85")
    result = scan(text)
    assert len(findings_of(result, "PHONE_NUMBER")) == 2
    assert "080-3916-2257" not in result["redacted_text"]


def test_a_free_dial_number_in_a_csv_row_is_not_a_residents_phone(scan):
    assert scan("品番,問合せ先,在庫\nK-220,0120-444-999,12")["verdict"] == "allow"


@pytest.mark.parametrize("text,secret", [
    ("課税台帳の写し：所有者 北条 政子さん 所在 前橋市鳥取町 字西原 482番7", "482番7"),
    ("搬送記録　住所 前橋市粕川町 字中 3-9-21　既往歴なし", "3-9-21"),
])
def test_a_rural_lot_with_a_space_before_its_aza_is_an_address(scan, text, secret):
    result = scan(text)
    assert findings_of(result, "JP_ADDRESS") and secret not in result["redacted_text"], result["findings"]


def test_a_housing_blocks_room_written_block_and_room_is_masked_beside_a_residents_matter(scan):
    result = scan("訪問記録：入居先は県営住宅（C棟 2-07）。家賃の滞納が3か月分あると本人が話した。")
    assert result["verdict"] == "block" and "2-07" not in result["redacted_text"]


def test_a_housing_blocks_room_in_a_repair_schedule_is_not_personal(scan):
    assert scan("市営住宅（D棟 1-05）の給湯器交換の工程表を作って")["verdict"] == "allow"


@pytest.mark.parametrize("text,secret", [
    ("Dear staff, my new address is 5-2-14 Motosouja-chou, Maebashi.", "5-2-14"),
    ("I moved to 4-8-3 Hirosechou, Maebashi in May.", "4-8-3"),
])
def test_romaji_towns_spelled_chou_are_addresses(scan, text, secret):
    result = scan(text)
    assert findings_of(result, "JP_ADDRESS") and secret not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "届出書の見本を校正して。\n氏名：榛名 みのり　※見本です\n生年月日：昭和○年○月○日\n電話：000-0000-0000",
    "窓口配布用の書き方案内\n【記入例】\n申請者氏名：妙義 こはる\nふりがな：みょうぎ こはる\n住所：前橋市○○町○番地",
])
def test_a_name_on_a_line_labelled_as_a_specimen_is_not_a_person(scan, text):
    assert not findings_of(scan(text), "PERSON")


@pytest.mark.parametrize("text", [
    "要援護者の記入例を作ってください。人工透析中の倉賀野 智也さんから避難支援の相談がありました。",
    "受付票の記入例を直したい。通告児童：小島 陽向（6歳）、通告者：近隣住民。",
])
def test_a_request_to_write_a_specimen_does_not_make_a_real_case_a_sample(scan, text):
    assert scan(text)["verdict"] == "block"


@pytest.mark.parametrize("text", [
    "件名：極　秘　来年度の組織再編の素案について\n関係課長各位",
    "件名：部外秘　次期システムの比較表",
    "【部　外　秘】庁舎の警備体制の見直し案",
    "Subject: RE: 厳秘 人事配置の件",
])
def test_marking_words_spaced_or_opening_a_subject_are_markings(scan, text):
    result = scan(text)
    assert findings_of(result, "CONFIDENTIAL_MARKING") and result["verdict"] == "block", result["findings"]


@pytest.mark.parametrize("text", [
    "件名：秘密保持契約のひな形について",
    "件名：非公開の審議会の開き方を教えてください",
    "件名：秘書課からのお知らせ",
])
def test_subjects_that_merely_start_with_a_secret_word_are_not_markings(scan, text):
    assert not findings_of(scan(text), "CONFIDENTIAL_MARKING")


def test_an_eight_digit_birth_date_beside_a_sex_column_in_a_fixed_width_roster_is_a_birth_date(scan):
    text = ("名簿データ（固定長）の桁を調べたい\n"
            "0101 ﾓﾓﾉｷ ﾀｶｼ     桃ノ木　崇　　　19661103 M 前橋市荒口町\n"
            "0102 ｱｶﾎﾘ ﾕｷ      赤堀　由紀　　　19790619 F 前橋市荒口町\n")
    result = scan(text)
    assert "19661103" not in result["redacted_text"] and "19790619" not in result["redacted_text"]
    assert findings_of(result, "DATE_OF_BIRTH")


def test_a_recent_date_beside_a_sex_column_of_a_meeting_list_is_not_a_birth_date(scan):
    text = "出席予定\n会議日 20260412 M 会議室A\n会議日 20260419 F 会議室B"
    assert not findings_of(scan(text), "DATE_OF_BIRTH")


def test_a_security_plan_marked_as_its_published_version_is_not_non_public(scan):
    text = "実行委員会の報告事項：警察・消防と合同会議を開き、雑踏警備計画（公表版）を確認する。"
    assert not findings_of(scan(text), "NONPUBLIC_INFO")


def test_a_security_plan_without_a_published_mark_still_warns(scan):
    assert findings_of(scan("式典の警備計画の配置表を見やすくして"), "NONPUBLIC_INFO")


def test_a_subnet_being_planned_warns_and_a_servers_address_blocks(scan):
    planned = scan("新しい支所のLANは 10.24.8.0/24 を割り当てる予定。機器の割当表のひな形を作って")
    assert planned["verdict"] == "warn" and findings_of(planned, "INTERNAL_NETWORK")
    assert scan("共有サーバ 10.24.8.31 に繋がらない")["verdict"] == "block"


@pytest.mark.parametrize("text", [
    "健診結果の通知文を作りたい\n番号,氏名,所見\n3,鳥羽 颯,尿蛋白(+) 要再検\n8,嶺 芽衣,QT延長症候群の疑い 要精検",
    "受理記録\n通告元 保育園\n児童：新里 湊斗（4歳）\n右頬にあざ、本人は転んだと話す",
    "いじめを受けた生徒（2年女子、部活動の後輩）の保護者との面談記録を整理したい。被害生徒は現在別室登校。",
])
def test_health_findings_notices_and_bullying_said_of_a_pupil_are_sensitive(scan, text):
    assert findings_of(scan(text), "SENSITIVE_PERSONAL_INFO")


@pytest.mark.parametrize("text", [
    "いじめ防止基本方針の改定案（公表済み）を読みやすくして",
    "メタボリック症候群の予防教室のチラシを作って",
    "あざみ野公園の花壇の植え替え計画",
])
def test_the_same_words_about_policies_and_places_are_not_sensitive(scan, text):
    assert not findings_of(scan(text), "SENSITIVE_PERSONAL_INFO")


def test_a_one_word_characters_name_quoted_with_its_honorific_in_a_story_is_not_a_person(scan):
    text = "交通安全の人形劇のキャラクター「とまれくん」と「ひかりちゃん」が横断歩道を渡る場面の台本を書いて。"
    assert not findings_of(scan(text), "PERSON")


def test_a_full_name_quoted_with_an_honorific_near_a_character_is_still_a_person(scan):
    assert findings_of(scan("キャラクターの着ぐるみに入る「高橋 一郎さん」の手配"), "PERSON")


def test_a_local_writer_introduced_by_their_field_is_not_blocked(scan):
    text = "郷土史家・桐生 忠彦 さんの著書『赤城南麓の街道』の一節を要約してよいか、引用の範囲を教えて。"
    assert scan(text)["verdict"] != "block"


def test_shop_owners_in_a_map_published_with_their_consent_are_capped_at_a_warning(scan):
    text = ("商店街マップ（各店の了承を得て掲載）の紹介文\n"
            "・茶舗 みどり園（店主 岩宿 和彦さん）創業60年\n・花の店 ポピー（店主 相川 真弓さん）")
    assert scan(text)["verdict"] == "warn"


def test_a_facilitys_chome_in_a_table_of_facilities_is_not_an_address_to_warn_of(scan):
    text = "避難所一覧をCSVから表に\n番号,施設名,所在地\n1,南部公民館,前橋市南町三丁目\n2,東小学校 体育館,前橋市東片貝町"
    assert scan(text)["verdict"] == "allow"


def test_the_kanji_field_after_a_kana_name_in_a_fixed_width_record_is_the_same_persons_name(scan):
    text = ("名簿抄本（固定長）の桁を確認したい。\n"
            "0101 4201 ｶﾉｳ ﾜｶﾊﾞ      狩野　若葉      19590312 F 前橋市荒牧町\n"
            "0102 4201 ﾈｷﾞｼ ｱｻﾋ      根岸　朝日      19880721 M 前橋市荒牧町\n")
    result = scan(text)
    assert "狩野　若葉" not in result["redacted_text"] and "根岸　朝日" not in result["redacted_text"], result["findings"]


def test_a_section_after_a_kana_heading_in_a_fixed_width_list_is_not_a_name(scan):
    text = "部署一覧（固定長）\nｿｳﾑｶ ｼﾞﾝｼﾞ      総務課　人事係      内線 2201\n"
    result = scan(text)
    assert "総務課" in result["redacted_text"]
