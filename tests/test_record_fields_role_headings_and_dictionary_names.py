"""Stop 38's classes (the tuning sets train124–130 and train131–137), each beside a harmless twin: a phone whose next
line is a bank account's, a Latin name as a record's field whose record holds personal data, a table under a request
for a template, a column headed by a person's role and 名, a family name the context made a common word, a given name
the context made a common word, katakana words inside a book's title, a pet's operation, a VPN's shared key, a
password's crypt hash, a DeepL API key; a record below a published preface, a general training slide, digits spaced in
groups, birth dates on a roster whose instruction names the field, the city hall's address in kanji numerals, a
signature with a postal address, a Latin name in a row's cell, 'SURNAME, GIVEN-GIVEN', a corporate number grouped
4-4-4-1, a token after a blank, a config's shared key, a proxy's Basic header, a list of marking words, a JSON key
ending in birth, a sample of the real data, enforcement roles, a label before a blank, a voter's key, offices as keyed
values. (Texts are written for these tests; none is a corpus line.)"""
from __future__ import annotations

import pytest

from support import types_of as _types  # (the scan fixture is conftest's: the development policy)


# -- a phone on the line above an account ------------------------------------------------------------------
def test_a_phone_is_found_when_the_next_line_is_a_bank_account(scan):
    r = scan("申請者：前橋市粕川町中之沢412-3\n電話：027-285-4410\n口座：JA前橋 粕川支店 普通 0627315")
    assert "PHONE_NUMBER" in _types(r)
    assert "027-285-4410" not in r["redacted_text"]


def test_a_number_on_the_account_line_itself_is_not_read_as_a_phone(scan):
    r = scan("振込先の口座：0272854410（普通）")
    assert "PHONE_NUMBER" not in _types(r)


# -- a Latin name as a record's field ----------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Cliente: Rafael Augusto Nakamura Pereira\nTelefone: 080-3317-5529\nEndereço: 前橋市元総社町 88-2", "Rafael Augusto Nakamura Pereira"),
    ("New CIR: Emma Lindgren\nPersonal email: emma.lindgren.gunma@gmail.com\nStart: Sep 1", "Emma Lindgren"),
])
def test_a_latin_name_filling_a_field_of_a_record_with_personal_data_is_masked(scan, text, name):
    r = scan(text)
    assert "PERSON" in _types(r)
    assert name not in r["redacted_text"]


def test_a_latin_name_filling_a_field_of_a_record_without_personal_data_is_kept(scan):
    r = scan("Speaker: Emma Lindgren\nVenue: 前橋市民文化会館 小ホール\nTime: 14:00-15:30")
    assert "PERSON" not in {f["type"] for f in r["findings"] if f["action"] == "block"}


# -- a table under a request for a template; a column headed by a role and 名 ------------------------------
def test_a_table_pasted_under_a_request_for_a_template_is_no_sample(scan):
    r = scan("口座振替不能の一覧です。再振替の案内文のひな形も作ってください。\n\n"
             "通知書番号,納税者名,口座番号,金額\n"
             "240207331108,髙木 美咲,4418203,12400\n"
             "240207335562,沼田 亘,5520917,8300\n"
             "240207339017,今井 しおり,7731046,22100")
    assert "JP_BANK_ACCOUNT" in _types(r)  # (the 口座番号 column is read, not only the rows' names)
    assert "4418203" not in r["redacted_text"]
    assert "沼田 亘" not in r["redacted_text"]


def test_a_table_introduced_as_a_made_up_sample_stays_a_sample(scan):
    r = scan("以下は架空のサンプルデータです。\n\n納税者名,口座番号,金額\n前橋 太郎,1234567,1000\n前橋 花子,7654321,2000")
    assert r["verdict"] != "block"


@pytest.mark.parametrize("heading", ["納税者名", "被保険者名", "同居者名"])
def test_a_column_headed_by_a_persons_role_and_name_holds_names(scan, heading):
    r = scan(f"番号,{heading},電話\n1,沼田 亘,080-4413-2281\n2,今井 しおり,090-7710-3362")
    assert "沼田 亘" not in r["redacted_text"]
    assert "今井 しおり" not in r["redacted_text"]


# -- what the dictionary holds of a word, whatever the context made of it -----------------------------------
@pytest.mark.parametrize("text, name", [
    ("延滞金がつくのでしょうか。よろしくお願いします。\n石倉 光太郎", "石倉 光太郎"),
    ("チケット#6120　起票：市民課 蓮見 孝", "蓮見 孝"),
])
def test_a_spaced_pair_the_dictionary_holds_as_a_family_and_a_given_name_is_a_name(scan, text, name):
    r = scan(text)
    assert "PERSON" in _types(r)
    assert name not in r["redacted_text"]


@pytest.mark.parametrize("text", ["石倉の保存状態を確認してください。", "高橋 進捗会議の議題を整理して"])
def test_common_words_stay_words(scan, text):
    assert "PERSON" not in _types(scan(text))


# -- katakana words inside a book's title --------------------------------------------------------------------
def test_dotted_katakana_inside_a_books_title_is_no_name(scan):
    r = scan("購入候補です。分類してください。\n1.『職員のメンタルヘルス・ラインケア』 ISBN 978-4-11-222333-0")
    assert "PERSON" not in _types(r)


def test_a_dotted_katakana_name_after_a_label_is_still_a_name(scan):
    r = scan("受付：ルシア・フェレイラ（ブラジル）、携帯 080-6621-0473")
    assert "ルシア・フェレイラ" not in r["redacted_text"]


# -- a pet's operation ---------------------------------------------------------------------------------------
def test_a_shelters_neutering_operation_is_no_ones_health(scan):
    r = scan("譲渡会の告知文を作ってください。参加犬：まめ（雑種・オス・3歳）。"
             "冒頭に忠犬ハチ公と上野英三郎博士の話を入れ、譲渡条件（不妊去勢手術の実施、室内飼育）も書いてください。")
    assert "SENSITIVE_PERSONAL_INFO" not in _types(r)


def test_a_persons_fertility_treatment_is_still_sensitive(scan):
    r = scan("同僚の佐藤 美紀さんが不妊治療のため休暇を取ります。")
    assert "SENSITIVE_PERSONAL_INFO" in _types(r)


# -- keys and hashes -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, secret", [
    ("・支所側ルーター：rt-branch01\n・事前共有鍵（PSK）：Rv#tunnel2025-Kp3", "Rv#tunnel2025-Kp3"),
    ("# guest:$apr1$Zt4q$Lm8vWx2yQa7bC3dE9fG1h/", "$apr1$Zt4q$Lm8vWx2yQa7bC3dE9fG1h/"),
    ("翻訳の設定: 9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f:fx を使う", "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f:fx"),
])
def test_a_shared_key_a_crypt_hash_and_a_deepl_key_are_masked(scan, text, secret):
    r = scan(text)
    assert "CREDENTIAL" in _types(r)
    assert secret not in r["redacted_text"]


@pytest.mark.parametrize("text", ["事前共有鍵（PSK）：別途、封書で送付します", "$6$ は SHA-512 のハッシュを表します",
                                  "キーの末尾が :fx なら DeepL の無料版です"])
def test_talk_about_keys_and_hashes_is_no_credential(scan, text):
    assert "CREDENTIAL" not in _types(scan(text))


# -- the second tuning batch (train131–137) -----------------------------------------------------------------
def test_a_published_preface_does_not_make_the_record_below_it_general(scan):
    r = scan("会議の記録を整理してください。\n\n【前提：事業概要より、公表済み】\n本市の被保護世帯数は3,400世帯です。\n\n"
             "ケース番号 R3-0921\n世帯主：沼尻 康弘（ぬまじり やすひろ）61歳 単身\n経過：糖尿病で通院中。アルコール依存の疑い。")
    assert "SENSITIVE_PERSONAL_INFO" in _types(r)


def test_a_general_training_slide_about_a_protection_scheme_blocks_nothing(scan):
    r = scan("新任職員研修で「DV等支援措置」の概要を説明するスライド原稿を作ってください。総務省の公表資料に基づく一般的な説明で構いません。\n"
             "・対象：配偶者からの暴力などの被害者\n・申出により住民票の写しの交付を制限する")
    assert r["verdict"] != "block"


def test_a_number_spaced_digit_by_digit_in_groups_is_joined(scan):
    r = scan("個 人 番 号　 9 3 5 8　 5 8 9 2　 7 2 8 4")
    assert "JP_MY_NUMBER" in _types(r)


def test_a_spaced_count_of_a_few_digits_stays_apart(scan):
    assert "JP_MY_NUMBER" not in _types(scan("得点は 1 2  3 4 でした"))


def test_birth_dates_on_a_roster_whose_instruction_names_the_field_are_masked(scan):
    r = scan("修了証を作るので「氏名（ふりがな）／生年月日」の形式に統一してください。\n\n"
             "1. 沼尻 遼 ぬまじり りょう H9.2.14\n2. 石倉 夏希 いしくら なつき 1998年7月3日")
    assert "H9.2.14" not in r["redacted_text"]
    assert "1998年7月3日" not in r["redacted_text"]


def test_the_city_halls_own_address_in_kanji_numerals_is_allowlisted(scan):
    r = scan("住所の正規化のテストです。'前橋市　大手町 二丁目 十二番 一号' -> '前橋市大手町2-12-1'")
    assert "JP_ADDRESS" not in _types(r)


def test_a_signature_with_a_postal_address_between_name_and_mail_is_a_name(scan):
    r = scan("I am disappointed with the tour.\nHelen Ashworth-Kim\nFlat 2C, 14 Carden Road, York YO1 7AB, UK\n"
             "h.ashworth.kim@btinternet.com")
    assert "Helen Ashworth-Kim" not in r["redacted_text"]


def test_a_latin_name_in_a_cell_of_a_row_with_a_mobile_is_masked(scan):
    r = scan("区画 屋号 代表者 連絡先\nA-1 たこ焼き八兵衛 八木原 幸一 090-1593-8842\nB-2 ケバブハウス Omar Haddad 070-6617-2290")
    assert "Omar Haddad" not in r["redacted_text"]


def test_capitals_surname_comma_and_a_hyphenated_given_name_are_a_name(scan):
    r = scan("宿泊者名簿です。\n1) HSU, MEI-LING　台湾　旅券 TE3185226\n2) LIN, CHIA-HAO　台湾　旅券 TE5290417")
    assert "HSU, MEI-LING" not in r["redacted_text"]
    assert "LIN, CHIA-HAO" not in r["redacted_text"]


def test_a_corporate_number_grouped_four_four_four_one_is_no_personal_number(scan):
    r = scan("法人番号をそろえたい。有限会社はるな造園　6972 6231 0605 9")
    assert "JP_MY_NUMBER" not in _types(r)


def test_the_same_grouping_beside_the_word_my_number_still_is_one(scan):
    assert "JP_MY_NUMBER" in _types(scan("マイナンバー 6972 6231 0605 9 は誤記です"))


@pytest.mark.parametrize("text, secret", [
    ("kintoneのAPIトークン Rk8mQ2vLp7Wx3Nz9Hb4Tc6Jd1Fg5 でレコードを全件取得したい", "Rk8mQ2vLp7Wx3Nz9Hb4Tc6Jd1Fg5"),
    ("ike_version: 2\npre_shared_key: Hq4!vTn8-pWz2\ndpd: 30s", "Hq4!vTn8-pWz2"),
    ("        proxy_set_header Authorization \"Basic YXBpdXNlcjpRdzcjbUsycA==\";", "YXBpdXNlcjpRdzcjbUsycA=="),
])
def test_a_token_after_a_blank_a_configs_shared_key_and_a_proxys_basic_header_are_masked(scan, text, secret):
    r = scan(text)
    assert "CREDENTIAL" in _types(r)
    assert secret not in r["redacted_text"]


def test_a_token_word_before_a_placeholder_is_no_credential(scan):
    assert "CREDENTIAL" not in _types(scan("APIトークン YOUR_API_TOKEN_HERE を設定する"))


def test_a_list_of_marking_words_one_a_line_is_a_vocabulary(scan):
    r = scan("検出する語のリスト（keywords.txt）です：\n秘\n極秘\n取扱注意\n部外秘\n庁内限り\nファイル名だけを見ます。")
    assert "CONFIDENTIAL_MARKING" not in _types(r)
    assert r["verdict"] != "block"


def test_one_marking_at_a_papers_head_still_blocks(scan):
    assert scan("部外秘\n令和8年度 組織改正案の概要")["verdict"] == "block"


def test_a_json_key_that_ends_in_birth_holds_a_birth_date(scan):
    r = scan('{"applicant_name": "桐谷 彩花", "applicant_birth": "1993-05-17", "tel": "080-9962-1473"}')
    assert "1993-05-17" not in r["redacted_text"]


def test_a_sample_of_the_real_data_is_no_made_up_table(scan):
    r = scan("抽出条件を説明して。実データのサンプルを付けます。\n\n登録番号,氏名,住所,電話\n"
             "H-2019-0211,六角 ミチル,前橋市上泉町1671-12,027-266-3058")
    assert "六角 ミチル" not in r["redacted_text"]


def test_a_made_up_sample_table_is_still_a_sample(scan):
    r = scan("架空のサンプルデータです。\n\n登録番号,氏名,住所\nH-0001,前橋 太郎,前橋市大手町\nH-0002,前橋 花子,前橋市大手町")
    assert r["verdict"] != "block"


@pytest.mark.parametrize("text, name", [
    ("要求者：茨木 豪（自称 政治団体代表、携帯 090-2617-8853）", "茨木 豪"),
    ("OCR出力：\n申請者氏名 片貝 正和\n運転免許証番号 第 423998913230 号", "片貝 正和"),
    ('2024-10-20 reissue req=NR-0083 elector="森尻 航" tel_raw="08031549027"', "森尻 航"),
])
def test_an_enforcement_role_a_label_before_a_blank_and_a_voters_key_hold_names(scan, text, name):
    assert name not in scan(text)["redacted_text"]


@pytest.mark.parametrize("text", ['{"applicant": "前橋市", "recipient": "総務課"}', "氏名 住所 電話\n", "会場の候補：須田 東 公民館、または南部公民館"])
def test_an_office_a_header_row_and_a_list_of_words_are_no_names(scan, text):
    assert "PERSON" not in _types(scan(text))


def test_a_pin_after_the_short_word_for_it_is_masked(scan):
    r = scan("倉庫の合鍵は校長室のキーボックス（暗証 5182）にある")
    assert "5182" not in r["redacted_text"]


def test_a_family_name_in_capitals_and_given_names_after_a_comma_fill_the_field(scan):
    r = scan("妻：DALISAY, Maricel Andrea 1991年3月8日生 フィリピン国籍")
    assert "Maricel Andrea" not in r["redacted_text"]
