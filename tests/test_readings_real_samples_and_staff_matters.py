"""Stop 35's classes, each beside a harmless twin: a kanji name spelled out again in kana (a call transcribed,
a memo giving the reading), the lot of a flagged address quoted alone, a 記入例 that is a real form copied in
(its birth date masked with the rest), staff named with their titles in a personnel matter, a birth date answered in 「」
turns or after 生まれたのは, a year of birth said with の, 丁目の and a lot, a town or a 字 with a bare lot in a
paragraph whose name blocks, Latin names before a Japanese address or under a role key, a kintone record's
role key, an INSERT of several rows, a Wi-Fi key column, a server under an intra label, redaction words
that gloss 非公開, information given on condition in plain words, an inspection without notice, a course's
handout about a system, a table pasted as "a few lines as a sample", a 'SURNAME, Given' name with its
katakana, a hiragana name with its age in its bracket, and forms of address that are no name; and, from fc33 once
opened: a dwelling's building-and-room column, a name after a particle or before ほか in a list beside a name,
bullets of people with notes, a lot of land with no owner spoken of (a warning), a card's PIN in a public
procedure, a card number the text calls made up.
(Texts are written for these tests; none is a corpus line.)"""
from __future__ import annotations

import pytest

from service.normalize import normalize
from service.policy import load_policy
from service.scanner import Scanner


@pytest.fixture(scope="module")
def scan():
    return Scanner(load_policy()).scan


def _types(result, action=None):
    return {f["type"] for f in result["findings"] if action is None or f.get("action") == action}


# -- a kanji name said again in kana ---------------------------------------------------------------
def test_a_name_spelled_out_in_kana_is_masked_with_the_name(scan):
    r = scan("収納課メモ。石坂雅人さん。読みは、いしざか まさと。朝倉町二丁目14番の3。")
    assert "PERSON" in _types(r, "block")
    assert "いしざか" not in r["redacted_text"] and "まさと" not in r["redacted_text"]


def test_a_surname_spelled_out_before_its_kanji_is_masked(scan):
    r = scan("相談者「やなぎさわです、やなぎさわ。木へんの柳に、さんずいの沢。柳沢 恭子です。電話は090-2215-7781」")
    assert "やなぎさわ" not in r["redacted_text"]


def test_a_kana_word_that_is_no_name_reading_stays(scan):
    r = scan("石坂雅人さんから電話。内容は、さくらの開花時期について。")
    assert "さくら" in r["redacted_text"]


# -- the lot of a flagged address, quoted alone --------------------------------------------------
def test_the_lot_of_a_flagged_address_is_masked_where_it_is_quoted_again(scan):
    r = scan("転出届\n届出人：栗林 千秋\n旧住所：伊勢崎市今泉町2781-6\n\n注意：旧住所の「2781-6」と証明書の表記を合わせる")
    assert "2781-6" not in r["redacted_text"]


def test_a_number_shaped_like_a_lot_without_an_address_stays(scan):
    r = scan("部品番号 2781-6 の在庫を確認してください。")
    assert r["verdict"] == "allow" and "2781-6" in r["redacted_text"]


# -- a 記入例 that is a real form copied in ------------------------------------------------------
def test_a_sample_forms_birth_date_is_masked_when_its_address_blocks(scan):
    r = scan("【記入例】\n申請者氏名：椎名 カツヨ\n生年月日：昭和12年6月9日\n住所：前橋市下佐鳥町318番地\n")
    assert "昭和12年6月9日" not in r["redacted_text"]


def test_a_sample_form_with_a_dummy_name_and_the_city_halls_address_passes(scan):
    r = scan("【記入例】\n氏名：前橋 太郎\n生年月日：昭和60年1月1日\n住所：前橋市大手町二丁目12番1号\n")
    assert r["verdict"] != "block"


# -- staff named in a personnel matter ----------------------------------------------------------
def test_staff_named_with_titles_in_a_transfer_draft_before_its_announcement_block(scan):
    r = scan("内示前の異動案です。\n\n・宮内 哲也　税務課長 → 納税課長\n・小平 光　保育課長 → 子育て支援課長")
    assert "PERSON" in _types(r, "block")
    assert "宮内 哲也" not in r["redacted_text"] and "小平 光" not in r["redacted_text"]


def test_a_staff_member_under_a_conduct_inquiry_is_named_at_block(scan):
    r = scan("服務調査の聴取項目を作って。\n対象：上下水道局 工務課 技師 市川 航\n端緒：市民からの投書")
    assert "PERSON" in _types(r, "block")


def test_staff_named_with_titles_in_ordinary_work_are_not_blocked(scan):
    r = scan("来週の打合せの件です。\n出席：税務課長 宮内 哲也、保育課長 小平 光\n資料は前日までに共有します。")
    assert "PERSON" not in _types(r, "block")


# -- 要配慮 words in a programme explained -------------------------------------------------------
def test_a_case_told_about_a_named_person_still_blocks(scan):
    r = scan("相談記録：笹森 由紀子さん（42）は統合失調症で通院中。児童扶養手当を受給。")
    assert "SENSITIVE_PERSONAL_INFO" in _types(r, "block")


# -- birth dates said in turns, and years of birth -----------------------------------------------
def test_a_birth_date_answered_in_quoted_turns_is_found(scan):
    r = scan("職員「お父さまの生年月日は」\n家族「昭和9年の、えー、7月の2日です」")
    assert "DATE_OF_BIRTH" in _types(r, "block")


def test_a_date_after_umareta_no_wa_is_a_birth_date(scan):
    r = scan("届出人：はい。\n職員：生まれたのは令和7年3月14日、午後2時ですね。お名前は井坂 結翔くん。")
    assert "令和7年3月14日" not in r["redacted_text"]


def test_an_event_date_in_a_turn_stays(scan):
    r = scan("職員「説明会の日程は」\n市民「令和7年3月14日です」")
    assert "DATE_OF_BIRTH" not in _types(r)


def test_a_year_of_birth_said_with_no_beside_a_name_is_masked(scan):
    r = scan("市民：藤生 ハナヨ。大正15年の生まれで、98です。住所は総社町植野の412番地。")
    assert "大正15年の生まれ" not in r["redacted_text"]


def test_a_cohort_born_in_a_year_stays(scan):
    r = scan("昭和25年の生まれの方は、今年度が対象です。")
    assert "DATE_OF_BIRTH" not in _types(r)


# -- 丁目の and a lot ----------------------------------------------------------------------------
def test_a_chome_then_no_then_a_lot_reads_as_an_address():
    assert "岩神町三丁目8-14" in normalize("岩神町三丁目の8-14の角の家")


def test_a_chome_then_no_then_a_word_stays():
    assert normalize("3丁目の公園で集合") == "3丁目の公園で集合"


# -- a town or a 字 with a bare lot ------------------------------------------------------------
def test_a_town_and_a_bare_lot_beside_a_blocking_name_are_masked(scan):
    r = scan("検査結果（不適正）\n・鳥取町 1207　針谷 周作 様　ブロワ停止\n・青梨子町 2233-8　星野 乃愛 様　清掃未実施")
    assert "1207" not in r["redacted_text"]


def test_a_town_and_a_number_with_no_name_stay(scan):
    r = scan("鳥取町 1207 世帯のうち、浄化槽の設置は約4割です。")
    assert r["verdict"] == "allow"


# -- Latin names ---------------------------------------------------------------------------------
def test_a_latin_name_before_a_japanese_address_is_a_person(scan):
    r = scan("Signatories:\n1. Lucía Fernández Ortega, 前橋市表町一丁目9-4\n2. Kwabena Owusu Mensah, 前橋市南町三丁目21-6")
    assert "Fernández" not in r["redacted_text"] and "Owusu" not in r["redacted_text"]


def test_an_office_before_its_address_is_no_person(scan):
    r = scan("Maebashi International Center, 前橋市大手町二丁目12番1号")
    assert "PERSON" not in _types(r)


def test_a_latin_name_under_a_role_key_of_json_is_a_person(scan):
    r = scan('[{"id": 7, "resident": "Mele Taufa", "phone": "+81 80-4471-2290"}]')
    assert "Mele Taufa" not in r["redacted_text"]


def test_a_role_key_holding_a_product_name_stays(scan):
    r = scan('{"client": "Microsoft Edge", "version": "131"}')
    assert "PERSON" not in _types(r)


def test_a_surname_given_name_with_its_katakana_is_masked_whole(scan):
    r = scan("氏名：COSTA RIBEIRO, Luiza Helena（コスタ リベイロ ルイザ エレナ）\n在留カード番号：PK48120936AB")
    assert "Helena" not in r["redacted_text"] and "ルイザ" not in r["redacted_text"]


def test_forms_of_address_are_no_name(scan):
    r = scan("氏名：His Excellency the Ambassador of the Republic")
    assert "PERSON" not in _types(r)


# -- structured records ---------------------------------------------------------------------------
def test_a_kintone_records_role_key_holds_a_name(scan):
    r = scan('{"records":[{"申請者":{"value":"千葉 美空"},"受付日":{"value":"2024-10-02"}}]}')
    assert "千葉 美空" not in r["redacted_text"]


def test_each_row_of_a_multi_row_insert_is_read_by_its_columns(scan):
    r = scan("INSERT INTO kyoka (no, shinseisha, tel) VALUES\n (N'A-1', N'秋田 ゆかり', N'027-251-1100'),\n"
             " (N'A-2', N'千葉 美空', N'027-251-1101');")
    assert "秋田 ゆかり" not in r["redacted_text"] and "千葉 美空" not in r["redacted_text"]


def test_a_wifi_key_column_is_a_credential(scan):
    r = scan("施設,SSID,PSK\n南公民館,MBS-STAFF,Mnm#Kita4471!\n北公民館,MBS-STAFF,Kit@Minami9902")
    assert "CREDENTIAL" in _types(r, "block") and "Mnm#Kita4471!" not in r["redacted_text"]


def test_a_hiragana_name_with_its_age_in_its_bracket_is_a_person(scan):
    r = scan("むすめ（おぎわら ひより 15さい）が、学校に行けていません。")
    assert "おぎわら ひより" not in r["redacted_text"]


def test_a_table_pasted_as_a_few_lines_of_sample_is_still_read(scan):
    r = scan("システムから抜いた一覧です。サンプルとして数行貼ります。\n\n被保険者番号,氏名,要介護度\n"
             "0401827364,鏑木 ヨネ,要介護2\n0401993105,新井田 修,要介護4\n（以下 3,211行）")
    assert "0401827364" not in r["redacted_text"]


def test_a_table_of_made_up_sample_rows_passes(scan):
    r = scan("サンプルデータ（架空）です。\n\n被保険者番号,氏名,要介護度\n0000000001,前橋 太郎,要介護1\n")
    assert r["verdict"] != "block"


# -- internal hosts ---------------------------------------------------------------------------------
def test_a_server_under_an_intra_label_is_internal(scan):
    r = scan("-- server: kokuhodb02.intra.city.maebashi\nSELECT count(*) FROM kokuho;")
    assert "INTERNAL_NETWORK" in _types(r)


def test_a_file_name_with_internal_in_it_is_no_host(scan):
    r = scan("手順は docs2.internal.md に書きました。")
    assert "INTERNAL_NETWORK" not in _types(r)


# -- markings and non-public matters -------------------------------------------------------------
def test_a_bracket_that_glosses_a_redaction_is_no_marking(scan):
    r = scan("開示請求者から、黒塗り（非公開）になった理由を聞かれました。一般論で説明する文章を作って。")
    assert "CONFIDENTIAL_MARKING" not in _types(r)


def test_a_bracketed_marking_before_a_title_still_blocks(scan):
    r = scan("（非公開）次期庁舎整備の候補地比較")
    assert "CONFIDENTIAL_MARKING" in _types(r, "block")


def test_information_given_on_condition_said_plainly_warns(scan):
    r = scan("工場からもらった排水の測定値です。先方からは、公表はしないでほしいと言われています。傾向をまとめて。")
    # (the rule's own reason, not only the learned classifier's word on the passage)
    assert any(f["type"] == "NONPUBLIC_INFO" and "非公開を条件に" in f["reason"] for f in r["findings"])


def test_an_inspection_without_notice_warns(scan):
    r = scan("来月、苦情のあった施設の確認に行きます。実施日は8日、事前通告はしない。当日の説明文を作って。")
    assert any(f["type"] == "NONPUBLIC_INFO" and "知られずに" in f["reason"] for f in r["findings"])


def test_a_general_question_about_inspections_without_notice_passes(scan):
    r = scan("事前通告をしない立入検査は法的にどういう場合に認められますか。一般論で教えて。")
    assert r["verdict"] == "allow"


def test_a_request_for_a_general_warning_to_the_public_is_no_general_question(scan):
    r = scan("大使館の領事から聞いた話です。市から一般的な注意喚起をしてほしい、情報源は伏せてほしいとのこと。対応案を。")
    assert "NONPUBLIC_INFO" in _types(r)


# -- a course's handout about a system -------------------------------------------------------------
def test_a_courses_handout_about_guardianship_is_not_blocked(scan):
    r = scan("市民講座「後見制度のきほん」の配布資料の原稿です。読みやすく直してください。\n\n後見制度とは\n"
             "判断能力が十分でない方について、援助者を選ぶ制度です。\n\n"
             "例えば、預貯金の管理や施設への入所契約などを、本人に代わって行います。本人が認知症で判断が難しいときに使われます。")
    assert r["verdict"] != "block"


# -- a card's expiry, and placeholder mail addresses ------------------------------------------------
def test_a_cards_expiry_said_after_its_number_is_masked(scan):
    r = scan("寄附者：カード番号は4539 2817 3360 5529、期限が11/28です。")
    assert "CREDIT_CARD" in _types(r, "block") and "11/28" not in r["redacted_text"]


def test_a_date_like_fraction_with_no_card_stays(scan):
    r = scan("提出期限が11/28です。")
    assert "11/28" in r["redacted_text"]


def test_a_placeholder_address_of_an_example_domain_passes(scan):
    r = scan("このPythonのエラーを直して。\nsender = 'foo.bar@example.org'\nsmtp.sendmail(sender, to, msg)")
    assert r["verdict"] == "allow"


# -- fc33's classes (opened this round) -------------------------------------------------------------
def test_a_dwellings_building_and_room_column_is_masked(scan):
    r = scan("家賃の一覧です。\n\n団地名\t棟-号室\t入居者名\t滞納月数\n南橘団地\t3-207\t高柳 貞夫\t5\n南橘団地\t4-105\t長谷部 和恵\t2\n")
    assert "3-207" not in r["redacted_text"] and "4-105" not in r["redacted_text"]
    assert "JP_ADDRESS" in _types(r, "block")  # (masked as where the household lives, not only as a number of its row)


def test_a_table_of_counts_per_housing_block_passes(scan):
    r = scan("団地名\t棟数\t戸数\n南橘団地\t6\t240\n広瀬団地\t12\t620\n")
    assert r["verdict"] == "allow"


def test_a_name_after_a_particle_in_a_list_beside_a_name_is_a_name(scan):
    r = scan("報告：同じ部活の戸塚 莉子、三浦 武蔵ほか数名が、部室の鍵を無断で持ち出していた。")
    assert "三浦 武蔵" not in r["redacted_text"]


def test_bullets_of_people_with_notes_share_the_reported_names_kind(scan):
    r = scan("面接のメモです。\n・ガルシア 美穂：英語可。評価 B\n・阿部 勇：元教員、60代。評価 A\n・白石 ゆき：時短希望。評価 B\n")
    assert "ガルシア 美穂" not in r["redacted_text"] and "阿部 勇" not in r["redacted_text"]


def test_a_lot_of_farmland_with_no_owner_spoken_of_warns(scan):
    r = scan("前橋市嶺町字南原881番の畑が耕作されていないと連絡がありました。遊休農地の一般的な手続きを教えて。")
    assert r["verdict"] == "warn" and "881番" not in r["redacted_text"]


def test_a_lot_of_farmland_of_an_owner_spoken_of_blocks(scan):
    r = scan("地権者は嶺町字南原881番の畑の所有者（70代、相続人2名と調整中）。提示額の整理をして。")
    assert r["verdict"] == "block"


def test_a_card_pin_in_a_public_procedure_is_no_security_detail(scan):
    r = scan("【コンビニ交付のご案内】\n・必要なもの：マイナンバーカード、利用者証明用電子証明書の暗証番号（数字4桁）\n"
             "・暗証番号を3回続けて間違えるとロックされます。解除は市民課の窓口のみで行います。")
    assert r["verdict"] == "allow"


def test_a_card_number_the_text_calls_made_up_passes(scan):
    r = scan("カード番号入力欄の説明用に、存在しない番号 4853-0636-6791-3445 を使う予定です。")
    assert r["verdict"] == "allow"


def test_a_card_number_failing_its_check_with_no_such_word_warns(scan):
    r = scan("お客様のカード番号 4853-0636-6791-3445 で決済エラーが出ました。")
    assert r["verdict"] != "allow"
