"""Stop 38's classes (the tuning sets train124–130), each beside a harmless twin: a phone whose next line is a bank
account's, a Latin name as a record's field whose record holds personal data, a table under a request for a template,
a column headed by a person's role and 名, a family name the context made a common word, a given name the context
made a common word, katakana words inside a book's title, a pet's operation, a VPN's shared key, a password's crypt
hash, a DeepL API key. (Texts are written for these tests; none is a corpus line.)"""
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
