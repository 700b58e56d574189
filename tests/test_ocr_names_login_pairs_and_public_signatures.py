"""Stop 36's classes, each beside a harmless twin: names spaced by OCR with a wider gap between family and given
name, phone numbers and lots with a stray space, a row pasted "as a sample" that the text calls real, a person's
address at an example domain, an internal address after a host name ending in v, a record marked with the reason
for its marking, a name the analyser finds inside a company's name, a name in a slot read as two places, a login's
account on the line above its password, wireless keys in configurations and beside an SSID, an audit's suspicion
about a named head, stand-in names of forms and test data, a party's word split into a "name", a surname that
opens with an office's letter, generated initial passwords in a column, a Latin name before an address, a line
break before a dated row or between form fields, a quoted value or a key wrapped across lines, a committee-only
marking after the committee's name, a handbook's number in a named person's form, an ordinance's own articles,
an address tagged +test, a staff member's signature under the office's line, a resident quoted in a post with her
child, a card's name in capitals, a camera's blind spot, a dwelling's block and room before a bracket.
(Texts are written for these tests; none is a corpus line.)"""
from __future__ import annotations

import pytest

from service.normalize import normalize
from support import types_of as _types  # (the scan fixture is conftest's: the development policy)


# -- OCR spacing -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("spaced, joined", [
    ("保護者 柚 木　 浩 二　　児童 柚 木　 美 羽（小２）", "柚木 浩二"),
    ("予約者　椎　谷　　朋　子（しいや ともこ）", "椎谷 朋子"),
    ("２年１組　み ず の　は る と（水野 陽斗）", "みずの はると"),
    ("受付者：ヌ ネ ス　カ ル ロ ス（Nunes Carlos）", "ヌネス カルロス"),
])
def test_a_name_spaced_by_ocr_with_a_wider_gap_is_joined_into_family_and_given_name(spaced, joined):
    assert joined in normalize(spaced)


@pytest.mark.parametrize("text", ["A 案 と B 案　の比較", "私 は 元気　です", "this is a pen"])
def test_short_words_with_spaces_are_left_as_they_are(text):
    assert normalize(text) == text.replace("\u3000", " ")


def test_a_spaced_name_with_a_wider_gap_blocks_in_a_case(scan):
    r = scan("就学援助の通知文を作って。\n保護者 柚 木　 浩 二　児童 柚 木　 美 羽（小２）\n認定区分：要保護")
    assert "PERSON" in _types(r, "block")
    assert "柚 木" not in r["redacted_text"]


@pytest.mark.parametrize("text, number", [
    ("陳情者の電話　027-2 83-5 416", "027-2 83-5 416"),
    ("連絡先 ０２７ー２４６ー７１３ ９ までお願いします", "０２７ー２４６ー７１３ ９"),
])
def test_a_phone_number_with_a_stray_space_inside_a_group_is_masked(scan, text, number):
    r = scan(text)
    assert "PHONE_NUMBER" in _types(r)
    assert number not in r["redacted_text"]


def test_two_numbers_side_by_side_are_not_joined_into_one():
    assert normalize("027-283-5416 090-1234-5678") == "027-283-5416 090-1234-5678"


def test_a_lot_written_with_long_vowel_marks_and_spaces_is_an_address(scan):
    r = scan("請求人\n住所　前橋市 石関町 ４ー ２３ー １５\n氏名　小此木 大輔")
    assert "JP_ADDRESS" in _types(r, "block")
    assert "２３ー" not in r["redacted_text"]


# -- samples that are real, and stand-ins that are not ---------------------------------------------------
def test_a_row_pasted_as_a_sample_that_the_text_calls_real_blocks(scan):
    r = scan("チェック用の関数を作りたいです。サンプルとして実際の1行を貼ります。\n受付番号,氏名,住所\n0311-0042,鳥羽 千代子,前橋市石倉町三丁目 4-21")
    assert "PERSON" in _types(r, "block")


@pytest.mark.parametrize("text", [
    "テストデータです。同じ形式で10件追加して。\n{\"applicant\": \"試験 花子\", \"tel\": \"000-0000-0000\"}",
    "【記入例】\n請求者：前橋 太郎\n児童：前橋 一郎（第1子）、前橋 二郎（第2子）",
])
def test_stand_in_names_of_forms_and_test_data_pass(scan, text):
    assert "PERSON" not in _types(scan(text))


# -- e-mail addresses and networks ---------------------------------------------------------------------------
def test_a_given_and_family_name_joined_by_a_hyphen_at_an_example_domain_is_masked(scan):
    r = scan("保護者の連絡先メール: kanata-oshima@example.co.jp")
    assert "EMAIL_ADDRESS" in _types(r, "block")


@pytest.mark.parametrize("text", ["窓口の共有アドレス kikaku-desk@example.co.jp", "no-reply@example.co.jp から届きます",
                                  "子育て支援課 kosodate-shien@city.maebashi.gunma.jp",
                                  "OKにしたい：hanako.yamada+test@example.co.jp"])
def test_role_and_test_addresses_at_example_or_city_domains_pass(scan, text):
    assert "EMAIL_ADDRESS" not in _types(scan(text), "block")


def test_a_private_address_after_a_host_name_ending_in_v_is_internal(scan):
    r = scan("2025-02-03T09:12:44+09:00 mail-srv 10.44.8.19 WARN queue full")
    assert "INTERNAL_NETWORK" in _types(r, "block")


def test_a_version_number_after_v_is_not_an_address(scan):
    assert "INTERNAL_NETWORK" not in _types(scan("ファームウェアを v 10.2.0.1 に更新した"))


# -- markings --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["※本記録は協議会の非公開部分の記録のため非公開。", "この名簿は持ち出し禁止です。",
                                  "（広報広聴委員会 委員限り）\n次期の編集方針について"])
def test_a_record_that_says_why_it_is_marked_or_for_whom_is_marked(scan, text):
    assert "CONFIDENTIAL_MARKING" in _types(scan(text), "block")


@pytest.mark.parametrize("text", ["この記録は公開のため、そのまま掲載できます。", "本会議録は非公開の会議かどうかを確認してから載せる",
                                  "委員会の傍聴は誰でもできます"])
def test_records_said_to_be_public_are_not_marked(scan, text):
    assert "CONFIDENTIAL_MARKING" not in _types(scan(text))


# -- names ------------------------------------------------------------------------------------------------
def test_a_name_inside_a_companys_name_is_no_person(scan):
    r = scan("業者名：株式会社利根沢工（本店：高崎市）の役員が書類送検されたため指名停止。公表文を短くして。")
    assert "PERSON" not in _types(r)


def test_a_person_of_a_company_after_its_name_and_a_particle_is_still_a_person(scan):
    r = scan("お世話になっております。（有）あおば造園の新井 由佳です。個人のアドレスから失礼します。")
    assert "PERSON" in _types(r, "block")


def test_a_name_in_a_slot_read_as_two_places_is_a_name(scan):
    r = scan("職種：公園管理人\n応募者：志賀 瑞穂\n住所：前橋市六供町三丁目")
    assert "PERSON" in _types(r, "block")


def test_two_places_after_a_place_label_are_no_name(scan):
    assert "PERSON" not in _types(scan("所在地：前橋 中央\n担当：総務"))


def test_a_partys_word_the_analyser_splits_is_no_name(scan):
    assert "PERSON" not in _types(scan("5 申立人と相手方の双方への配慮（申立人を特定させない工夫）"))


def test_a_name_ending_in_the_same_letter_is_still_a_name(scan):
    assert "PERSON" in _types(scan("相談者：森 正人さんから電話がありました"), "block")


def test_a_latin_name_before_an_address_in_a_numbered_or_labelled_line_is_masked(scan):
    r = scan("Host family 3: Kenta Ishizaki, 2-14-5 Hirose-machi, Maebashi, tel 090-3318-6624.")
    assert "Kenta Ishizaki" not in r["redacted_text"]


def test_a_latin_heading_before_a_romaji_address_is_no_name(scan):
    assert "PERSON" not in _types(scan("Version 2 Release Notes 3-1 Ote-machi"))


def test_a_cards_name_in_capitals_after_its_label_is_masked(scan):
    r = scan("在留カードのOCR結果です。\nNAME  OLIVEIRA  SOUZA  GABRIEL\nNATIONALITY BRAZIL")
    assert "OLIVEIRA" not in r["redacted_text"]


def test_capitals_after_a_word_ending_in_name_are_no_name(scan):
    assert "PERSON" not in _types(scan("FROM TOKYO STATION\nNAME THE PLACE"))


# -- credentials ----------------------------------------------------------------------------------------------
def test_a_logins_account_on_the_line_above_its_password_is_masked(scan):
    r = scan("引継ぎメモ\n・利用者ID：kyoiku-adm07\n・ログインパスワード：Tz8#qWm2Lk")
    assert "kyoiku-adm07" not in r["redacted_text"] and "Tz8#qWm2Lk" not in r["redacted_text"]


def test_an_account_above_a_password_given_elsewhere_is_left(scan):
    r = scan("・利用者ID：各自の職員番号\n・パスワード：初回は別途通知")
    assert "CREDENTIAL" not in _types(r)


@pytest.mark.parametrize("text, key", [
    ("interface wlan1\n  ssid CITY-STAFF\n  security wpa2-psk\n  psk Hr7!kQw2mZ", "Hr7!kQw2mZ"),
    ("crypto isakmp key Wq8vTz3LmK2p address 10.9.8.7", "Wq8vTz3LmK2p"),
    ("避難所のタブレットをWi-Fiにつなぐ（SSID: city-shelter-03 / キー: Jm4kQ8vR2z）", "Jm4kQ8vR2z"),
])
def test_wireless_and_vpn_keys_in_configurations_are_masked(scan, text, key):
    r = scan(text)
    assert "CREDENTIAL" in _types(r, "block") and key not in r["redacted_text"]


@pytest.mark.parametrize("text", ["psk の設定方法を教えて", "SSID: city-guest / キー: 受付で確認してください"])
def test_wireless_words_without_a_key_pass(scan, text):
    assert "CREDENTIAL" not in _types(scan(text))


def test_generated_initial_passwords_in_a_column_are_masked(scan):
    r = scan("学校,氏名,ユーザーID,初期パスワード\n南小,あおの そら,s25m0101,7kqp3mxe\n南小,いしだ ゆう,s25m0102,2wtn8bhr")
    assert "7kqp3mxe" not in r["redacted_text"] and "2wtn8bhr" not in r["redacted_text"]


def test_a_quoted_password_wrapped_onto_an_indented_line_is_masked_whole(scan):
    r = scan('services:\n  app:\n    environment:\n      DB_PASSWORD: "Kq#2031z\n        Wp!7m"\n      TZ: Asia/Tokyo')
    assert "Wp!7m" not in r["redacted_text"]


def test_an_api_key_cut_into_two_string_literals_is_masked_whole(scan):
    r = scan('client.api_key = ("sk-proj-Hq2x9LmZ4vR7kTnB8cWdY3fJ"\n                  "Tq6sA1eUoG5iKqHzN0rX")\n')
    assert "Tq6sA1eUoG5iKqHzN0rX" not in r["redacted_text"]


def test_two_short_strings_on_consecutive_lines_are_not_joined():
    assert normalize('labels = ("ok"\n  "ng")') == 'labels = ("ok"\n  "ng")'


# -- people in office, in personnel matters, for publication -----------------------------------------------
def test_a_named_head_suspected_of_misusing_funds_in_an_audit_blocks(scan):
    r = scan("監査メモ。対象：社会福祉法人 あさひ会。論点：補助金の一部を理事長 栗田 康子 氏が私的な旅行に充てていた疑い。聴取は来月。")
    assert "PERSON" in _types(r, "block")


def test_a_named_head_greeting_at_an_event_is_only_warned(scan):
    r = scan("式典の次第を整えて。開会のあいさつ：理事長 栗田 康子 氏")
    assert "PERSON" not in _types(r, "block")


def test_a_staff_signature_under_the_office_line_is_not_blocked(scan):
    r = scan("業者あてのお詫びメールを作って。支払いが3営業日遅れる見込み。\n\n---\n前橋市 財務部 財政課 管財係\n主事　宮城 梨沙\n電話 027-224-1111（代表）")
    assert r["verdict"] != "block"


def test_a_resident_quoted_with_her_child_in_a_post_draft_blocks(scan):
    r = scan("子育てひろばのインスタ投稿文を作って。\n・参加した真下 ひとみさん（そうたくん・3歳のママ）のコメント：「また来たいです」")
    assert "PERSON" in _types(r, "block")


# -- contacts, numbers, addresses -------------------------------------------------------------------------
def test_a_surname_that_opens_with_an_office_letter_keeps_its_phone_personal(scan):
    r = scan("3 館林 茂（82）前橋市川原町一丁目4-9　在宅酸素　電話 027-231-6402")
    assert "027-231-6402" not in r["redacted_text"]


def test_a_handbooks_number_in_a_named_persons_form_is_masked(scan):
    r = scan("請求者：宇田川 恵（母）\n対象児童：宇田川 蓮（小2）\n療育手帳：A2-19-07731（重度）")
    assert "A2-19-07731" not in r["redacted_text"]


def test_a_question_about_the_handbook_passes(scan):
    assert scan("療育手帳の交付の流れを教えてください。")["verdict"] == "allow"


def test_a_dwellings_block_and_room_before_a_bracket_is_masked_beside_its_tenant(scan):
    r = scan("■相手方\n吉永 剛（世帯主）\n■住戸\n市営南部団地 3号棟214（2DK）　家賃の滞納 12か月")
    assert "3号棟214" not in r["redacted_text"]


# -- line breaks -------------------------------------------------------------------------------------------
def test_an_address_is_not_joined_to_the_date_that_opens_the_next_row(scan):
    r = scan("在宅当番医の一覧を表にして。\n12/29 内科 さくら内科（院長 長井 聡）前橋市朝日町二丁目5-3\n12/30 小児科 ひばり小児科（院長 堀越 絵里）前橋市上泉町118-2")
    text = "在宅当番医の一覧を表にして。\n12/29 内科 さくら内科（院長 長井 聡）前橋市朝日町二丁目5-3\n12/30 小児科 ひばり小児科（院長 堀越 絵里）前橋市上泉町118-2"
    assert not any("\n" in text[f["start"]:f["end"]] for f in r["findings"])
    assert "12/30" in r["redacted_text"]


def test_a_sample_form_field_is_not_joined_to_the_next_field(scan):
    r = scan("【記入例】\n氏名　前橋　太郎（まえばし　たろう）\n世帯主　前橋　太郎\n続柄　本人\n※記入例です")
    assert r["verdict"] == "allow"


# -- non-public matters -------------------------------------------------------------------------------------
def test_words_of_an_ordinances_own_articles_are_not_a_matter(scan):
    r = scan("条文をやさしく書き換えて。\n（徴収猶予）\n第7条　市長は、次の場合に徴収を猶予することができる。\n　(2) 当該土地について係争中であるとき。\n第8条　この条例は公布の日から施行する。")
    assert "NONPUBLIC_INFO" not in _types(r)


def test_a_dispute_of_the_city_still_warns(scan):
    assert "NONPUBLIC_INFO" in _types(scan("係争中の損害賠償請求事件について、相手方の主張を時系列で整理して"))


def test_a_cameras_blind_spot_at_a_school_warns(scan):
    r = scan("不審者対応の改善点を挙げて。\n・防犯カメラは正門の1台だけで、体育館側の通用口は死角になっている")
    assert "NONPUBLIC_INFO" in _types(r)


def test_a_general_question_about_camera_placement_passes(scan):
    assert scan("防犯カメラの設置場所を決めるときの一般的な考え方を教えて")["verdict"] == "allow"


# -- from fc34 once opened ---------------------------------------------------------------------------------
def test_a_pupil_named_after_the_school_and_grade_in_a_pupil_slot_blocks(scan):
    r = scan("生徒：市立第三中学校 2年　岡部 楓\n欠席状況：9月以降ほぼ登校なし")
    assert "PERSON" in _types(r, "block")


def test_a_school_and_grade_before_common_words_are_no_name(scan):
    assert "PERSON" not in _types(scan("会場：市立第三中学校 2年 生徒 全員"))


def test_a_name_its_bearer_introduces_is_masked_whatever_the_analyser_calls_its_parts(scan):
    r = scan("上毛新報 政治部の浅見 遼と申します。取材のお願いです。")
    assert "浅見 遼" not in r["redacted_text"]


def test_words_said_to_be_called_something_are_no_name(scan):
    assert "PERSON" not in _types(scan("この手順は見本 例といいます"))


def test_a_sample_row_with_a_my_number_whose_check_digit_holds_is_a_real_row(scan):
    r = scan("条件付き書式の数式を作って。サンプル：\n\n提出者,受給者氏名,個人番号\n赤城工業(株),小林 奈央,989629330196\n赤城工業(株),Moreno Luis,266447732610")
    assert "小林 奈央" not in r["redacted_text"] and "Moreno Luis" not in r["redacted_text"]


def test_a_sample_row_whose_number_fails_its_check_digit_stays_a_sample(scan):
    r = scan("条件付き書式の数式を作って。サンプル：\n\n提出者,受給者氏名,個人番号\n赤城工業(株),小林 奈央,123456789012")
    assert r["verdict"] != "block"


def test_a_mayors_answer_about_support_from_pregnancy_is_no_private_matter_of_hers(scan):
    r = scan("公開されている会議録です。要点を整理して。\n○市長（杉本 恵子）　お答えいたします。妊娠期から切れ目のない支援を行うため、産後ケアの利用料の軽減を検討しております。")
    assert r["verdict"] != "block"


def test_a_staff_members_own_pregnancy_after_her_name_still_blocks(scan):
    r = scan("保険年金課 主任 杉本 恵子 様\n\n妊娠により来月から休業に入る件で、引継ぎの予定を確認させてください。")
    assert "PERSON" in _types(r, "block")


def test_an_address_whose_town_and_oaza_an_ocr_spaced_apart_is_masked(scan):
    r = scan("救急活動記録の抜粋を申し送り文にして。\n傷病者：小暮 トミ 女 84歳\n住所：前橋市 粕川町 女渕 １２８８－４\n既往歴：高血圧")
    assert "１２８８－４" not in r["redacted_text"]


def test_a_room_in_a_spaced_town_is_no_address(scan):
    assert "JP_ADDRESS" not in _types(scan("前橋市 大手町 会議室 3-2 で打合せ"))
