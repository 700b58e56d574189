"""Classes from 200 blind-written cases (holdout_mixed4), fixed as classes with invented texts: a
note that a text is secret until an event (※…まで秘), a marking right after a draft's title
（案）非公開, 'DO NOT CIRCULATE' (its gate had missed the verb), a parcel label quoted with 取扱注意, a
birth date after 誕生日が, romaji keys of identifiers in logs (mynum=, pan=), an OCR-spaced number
right after a label's colon, a one-syllable family name written with ・ (コ・ミンジュ様), a phone under a
person named in a record that an office's name heads, a 係長 who is no office, a company's address."""
from __future__ import annotations

import pytest

from support import findings_of


def types(result):
    return {f["type"] for f in result["findings"]}


@pytest.mark.parametrize("text", [
    "採用試験 論文課題（案） ※試験実施まで秘\n課題：人口減少社会における…",
    "（報道発表まで部外秘）新斎場の基本計画の概要を要約して",
    "第三者委員会 調査報告書（案）非公開\n1 事案の概要",
    "DRAFT – DO NOT CIRCULATE\nPhase 2 vendor shortlist and scores",
])
def test_notes_and_draft_markings_are_markings(scan, text):
    assert "CONFIDENTIAL_MARKING" in types(scan(text))


@pytest.mark.parametrize("text", [
    "公表までは非公開とする運用について、一般的な考え方を教えて",
    "報告書（案）を非公開にすべきか迷っています。判断基準を整理して",
    "梱包に貼る『取扱注意 ワレモノ』のラベルを英語でも作りたい",
])
def test_questions_about_secrecy_and_parcel_labels_are_no_markings(scan, text):
    assert "CONFIDENTIAL_MARKING" not in types(scan(text))


def test_a_birth_date_after_tanjoubi_ga_is_a_birth_date(scan):
    result = scan("誕生日が令和元年7月3日の ゆいちゃん（年少）の発達相談の記録を整えて")
    assert "DATE_OF_BIRTH" in types(result) and "令和元年7月3日" not in result["redacted_text"]


def test_romaji_keys_of_identifiers_in_logs(scan):
    result = scan("import row: mynum=518294-736106 name=Ivan Petrov\nERROR payment retry pan=4929018834561237")
    assert {"JP_MY_NUMBER", "CREDIT_CARD"} <= types(result)


def test_an_ocr_spaced_number_right_after_a_labels_colon_is_joined(scan):
    result = scan("OCR結果： 電 話 ：０ ８ ０ － ３ ２ １ ９ － ６ ６ ０ ４ 氏 名 ：石 井 文 子")
    assert "PHONE_NUMBER" in types(result) and "６ ６ ０ ４" not in result["redacted_text"]


def test_a_one_syllable_family_name_with_a_middle_dot_is_a_name(scan):
    result = scan("訪問予定：チェ・ソヨン様（要支援1）のお宅、午後2時")
    assert "PERSON" in types(result) and "チェ・ソヨン" not in result["redacted_text"]


def test_a_phone_under_a_person_named_in_an_offices_record_is_theirs(scan):
    text = ("消費生活センター 相談カード\n受付：電話\n相談者：本人　岩崎 登（79歳）\n"
            "住所：桐生市相生町二丁目114番地\n電話：0277-52-4410\n内容：訪問販売の契約について")
    result = scan(text)
    assert "0277-52-4410" not in result["redacted_text"]


def test_a_section_chief_speaking_in_a_chat_is_no_office(scan):
    text = "[10:02] 料金係: 北爪 さん宅が滞納で停水予告\n[10:05] 係長: 電話 027-255-3381 に先に連絡して"
    assert "027-255-3381" not in scan(text)["redacted_text"]


def test_a_companys_address_after_its_name_passes(scan):
    assert scan("委託先の株式会社まえばしシステム（前橋市問屋町二丁目5番地3）との協定書の前文を作って")["verdict"] == "allow"


def test_a_facilitys_location_in_the_next_sentence_passes(scan):
    # 所在地は … : people have a 住所, facilities a 所在地
    assert scan("前橋市保健所は平成21年に開設されました。所在地は前橋市朝日町三丁目36番17号です。")["verdict"] == "allow"


def test_a_bracketed_marking_with_naiji_mae_is_a_marking(scan):
    assert "CONFIDENTIAL_MARKING" in types(scan("人事異動（内示前・部外秘）検討表の抜粋を整理して"))


def test_a_lecturer_after_a_long_affiliation_is_capped(scan):
    result = scan("講師：前橋市地域包括支援センター中央 理学療法士 小池 由香 氏 日時：2月14日")
    assert result["verdict"] != "block"
