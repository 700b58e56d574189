"""Identifiers under the labels residents and staff really write (個番 in a file name, an English or
Portuguese label, a card brand glued to the number), a department's work handset, older women's names
with a katakana given name, learner's Japanese and Chinese self-introductions, passwords said in a chat
line, and a notice template's sample name (train48 and train49, written blind in stop 30). Each positive
has a hard negative beside it."""
from __future__ import annotations

import pytest

from support import types_of


@pytest.mark.parametrize("text, kind, value", [
    ("誤って「個番_429470401628_転入.pdf」というファイル名で保存してしまいました。", "JP_MY_NUMBER", "429470401628"),
    ("Resident Record Code: 72081406392 — 英文の証明書の訳を確認してください。", "JP_RESIDENT_CODE", "72081406392"),
    ("Número da motorista: 4307 3771 9520 (categoria comum).", "JP_DRIVER_LICENSE", "4307 3771 9520"),
    ("National Health Insurance card, insured person No.: 38027461", "JP_HEALTH_INSURANCE", "38027461"),
    ("JCB3512328019745280期限08/27 ←電話で聞き取ったメモです。清書して。", "CREDIT_CARD", "3512328019745280"),
])
def test_an_identifier_under_the_label_people_really_write_blocks(scanner, text, kind, value):
    r = scanner.scan(text)
    assert r["verdict"] == "block" and kind in types_of(r) and value not in r["redacted_text"]


@pytest.mark.parametrize("text", [
    "品番ABC3512328019745280の在庫を確認してください。",
    "National Health Insurance covers 70 percent of the cost; the insured person pays 30 percent.",
])
def test_a_number_glued_to_other_letters_or_an_insurance_sentence_without_a_number_passes(scanner, text):
    assert scanner.scan(text)["verdict"] == "allow"


def test_a_departments_work_handset_in_an_event_notice_is_no_persons_mobile(scanner):
    r = scanner.scan("前橋まつり当日の本部連絡先（観光政策課 業務用携帯 080-7716-3042）をボランティア向け案内に記載して。")
    assert r["verdict"] == "allow"


def test_a_residents_own_mobile_still_blocks(scanner):
    r = scanner.scan("苦情の申出人の携帯 080-7716-3042 に折り返してください。")
    assert r["verdict"] == "block"


@pytest.mark.parametrize("text, name", [
    ("初めてお便りします。前橋市総社町総社1520番地の小林トメと申します。足が悪くなりゴミ出しができません。", "小林トメ"),
    ("鈴木ハナ（89歳）さんの見守り訪問の記録です。", "鈴木ハナ"),
])
def test_a_kanji_surname_with_a_glued_katakana_given_name_is_found(scanner, text, name):
    r = scanner.scan(text)
    assert "PERSON" in types_of(r) and name not in r["redacted_text"]


@pytest.mark.parametrize("text", ["田中カメラ店です。営業時間を教えてください。", "山田ビルです、エレベーター点検のお知らせ。"])
def test_a_surname_glued_to_a_katakana_business_word_is_no_name(scanner, text):
    assert "PERSON" not in types_of(scanner.scan(text))


def test_a_sample_name_in_a_notice_template_for_mail_merge_passes(scanner):
    r = scanner.scan("通知文のテンプレ：『前橋 太郎 様　あなたの申請について…』の前橋太郎の部分を差し込み印刷にしたい。Wordでの手順は？")
    assert r["verdict"] == "allow"


@pytest.mark.parametrize("text, secret", [
    ("共有フォルダの新しいパス、Kikaku#2024mbs! になったから。みんなにチャットで回しといて", "Kikaku#2024mbs!"),
    ("業務端末のログインパスワード、初期化したら Tmp-8842xq になった。ログインしたらすぐ変更お願いします", "Tmp-8842xq"),
])
def test_a_password_said_after_a_comma_in_chat_is_masked(scanner, text, secret):
    r = scanner.scan(text)
    assert "CREDENTIAL" in types_of(r) and secret not in r["redacted_text"]


def test_a_product_code_after_the_word_pass_is_no_password(scanner):
    assert "CREDENTIAL" not in types_of(scanner.scan("パスの区切り文字は C:\\Users\\Admin のようにします"))


@pytest.mark.parametrize("text, name", [
    ("Boa tarde. わたし の なまえ は SILVA SANTOS Rafael です。こどもの ほいくえん の しんせい したい。", "SILVA SANTOS Rafael"),
    ("你好，我是王 丽华。我想问一下，儿童补贴的手続き、まだ終わってないです。", "王 丽华"),
])
def test_a_residents_self_introduction_in_learners_japanese_or_chinese_is_found(scanner, text, name):
    r = scanner.scan(text)
    assert "PERSON" in types_of(r) and name not in r["redacted_text"]


@pytest.mark.parametrize("text", ["ソフトの名前は Microsoft Teams です。", "このアプリのなまえは Maebashi Navi です"])
def test_the_name_of_a_thing_is_no_self_introduction(scanner, text):
    assert "PERSON" not in types_of(scanner.scan(text))


def test_a_phone_number_in_a_recordings_file_name_is_masked(scanner):
    r = scanner.scan("録音ファイル「20240517_0272538841_要望.wav」を文字起こしした内容を要約してください。")
    assert "PHONE_NUMBER" in types_of(r) and "0272538841" not in r["redacted_text"]


def test_a_number_between_underscores_in_an_identifier_of_code_is_no_phone(scanner):
    assert "PHONE_NUMBER" not in types_of(scanner.scan("変数 user_0272538841_id の型を教えてください。"))
