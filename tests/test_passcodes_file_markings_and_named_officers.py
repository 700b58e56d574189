"""Classes from the blind-written train8 (300 cases across 32 departments), fixed as classes with
invented texts: passcodes after 暗証番号 with letters and symbols, a passcode after a space alone, Pw:,
a pre-shared key, Oracle's user/password@host; a marking inside a file's name; officers named with
their office right after the name (…会長, …医師), a chair opening a line of minutes, a profession in
brackets; election result rows (当選 … 票); a health-insurance card's all-zero example."""
from __future__ import annotations

import pytest

from support import findings_of


@pytest.mark.parametrize("text,secret", [
    ("手順書：利用者ID zei-user08、暗証番号：Qm4#tVx8rL2 でログインする", "Qm4#tVx8rL2"),
    ("ライブ配信のURLは共有フォルダ参照 ※パスコード 7315ryo", "7315ryo"),
    ("・共通アカウント web_editor / Pw: Kouhou!2291", "Kouhou!2291"),
    ("タブレットの設定\nSSID: patrol-5G\n事前共有キー: Tr0ad#Pk88", "Tr0ad#Pk88"),
    ("batch.log: url=jdbc:oracle:thin:kaikei_app/Kq7#Zaimu24@10.3.2.15:1521/ZAIMU", "Kq7#Zaimu24"),
])
def test_passcodes_in_unusual_forms_are_credentials(scan, text, secret):
    result = scan(text)
    assert findings_of(result, "CREDENTIAL") and secret not in result["redacted_text"], result["findings"]


@pytest.mark.parametrize("text", [
    "パスワード reset の手順を英語で書いて",
    "Password policy v2 の変更点を要約して",
    "暗証番号 の桁数は4桁です",
])
def test_words_after_a_password_word_and_a_space_are_no_passcodes(scan, text):
    assert not findings_of(scan(text), "CREDENTIAL")


def test_a_marking_inside_a_files_name_is_a_marking(scan):
    text = "面談シートの書き方を見て改善点を教えて。ファイル名：R7_昇任試験_係長級_部外秘.docx"
    assert findings_of(scan(text), "CONFIDENTIAL_MARKING")


@pytest.mark.parametrize("text", ["秘密保持契約書_ひな形.docx の条文を平易にして", "部外秘の文書の扱い方.pdf を要約して"])
def test_secret_words_in_a_templates_or_a_guides_file_name_are_no_marking(scan, text):
    assert not findings_of(scan(text), "CONFIDENTIAL_MARKING")


@pytest.mark.parametrize("text", [
    "報道発表資料の校正：「審査会の会長には、医師会推薦の井野 康弘医師が互選により選出されました。」",
    "広報記事：「協議会の会長には引き続き、東地区の久米 昭彦会長が就任しました。」",
    "都市計画審議会の議事録（公開）の要約。「会長 井野 康弘：議案第2号について事務局から説明。」",
    "開発審査会の会議録（公開）：出席 会長 久米 昭彦（弁護士）、委員 井野 康弘（大学教授）",
])
def test_officers_named_with_their_office_in_public_records_do_not_block(scan, text):
    assert scan(text)["verdict"] != "block", scan(text)["findings"]


def test_an_officers_house_is_no_office(scan):
    result = scan("苦情：久米 昭彦会長宅の前に毎朝ごみが置かれる、と近所の方から")
    assert findings_of(result, "PERSON")


def test_rows_of_a_published_election_result_are_public(scan):
    text = "開票結果（選挙管理委員会 確定）を表にして\n当選 井野 康弘 3,912票\n当選 久米 昭彦 3,440票\n次点 押田 功 1,018票"
    assert not findings_of(scan(text), "PERSON")


def test_an_all_zero_insurance_card_example_is_no_number(scan):
    text = "説明文を推敲して。「保険証の記号・番号欄には、例えば『記号 00 番号 000000』のように表示されます。」"
    assert not findings_of(scan(text), "JP_HEALTH_INSURANCE")
