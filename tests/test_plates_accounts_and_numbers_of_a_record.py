"""The identifiers a person's record holds that have no type of their own in the contract (round of
2026-12-06): a car's number plate, a messaging or SNS account, and the number after any "…番号" label in
a text that blocks for personal data anyway — each masked as part of the person (type PERSON), each
beside the look-alike that must pass."""
from __future__ import annotations

import pytest

from support import findings_of


def redacted(scan, text):
    return scan(text)["redacted_text"]


# -- number plates ------------------------------------------------------------------------------
@pytest.mark.parametrize("plate", ["群馬 480 せ 12-07", "前橋580あ1234", "群馬 330 て ・・48", "高崎 501 ほ 46-29"])
def test_a_number_plate_in_a_text_about_a_person_is_masked(scan, plate):
    text = f"不法投棄の通報。近所の 下田 和樹 さんが軽トラ（{plate}）で夜間に運んでいたとのこと。"
    result = scan(text)
    assert result["verdict"] != "allow" and plate not in result["redacted_text"]


def test_a_number_plate_written_in_full_width_digits_is_masked(scan):
    text = "駐車場の利用者：北爪 弘明 様　車両：群馬 ５０１ さ ４６－２９（白）"
    assert "４６－２９" not in redacted(scan, text)


@pytest.mark.parametrize("text", [
    "公用車（群馬 300 さ 12-34）の車検を来月受けます。整備工場への依頼文を作って。",
    "ナンバープレートの表記は「地名・分類番号・ひらがな・一連指定番号」の順です。例：品川 300 あ 12-34",
    "第480条の規定により、令和6年度は12-07の区分で計上する。",
])
def test_a_plate_with_no_person_in_the_text_and_look_alikes_pass(scan, text):
    assert scan(text)["verdict"] == "allow"


# -- messaging and SNS accounts -----------------------------------------------------------------
@pytest.mark.parametrize("label,handle", [("LINE ID：", "naoto_okmt"), ("Messenger：", "nimal.wickrama"),
                                          ("インスタ ", "@yuzu_mama0312"), ("LINE：", "@tobeken")])
def test_an_account_given_for_a_named_person_is_masked(scan, label, handle):
    text = f"家賃滞納の相談記録を整えて。\n相談者：桜井 里美（{label}{handle}）電話 070-5519-3321"
    assert handle not in redacted(scan, text)


@pytest.mark.parametrize("text", [
    "市の公式LINEアカウント @maebashi_city の友だち登録を呼びかける文案を作って。",
    "ガイドライン 2024 に沿って、LINE連携の仕様を説明してください。",
    "Instagram の投稿を週3回にする運用ルールを作って。",
])
def test_the_citys_own_accounts_and_words_like_guideline_pass(scan, text):
    assert scan(text)["verdict"] == "allow"


# -- the number after any label, in a text that blocks ------------------------------------------
@pytest.mark.parametrize("line", ["通知書番号 R6-0048213", "証券番号 KT-5581902", "印鑑登録番号 000418275",
                                  "番号 24873", "在留カード番号：kt53849058mn"])
def test_a_labelled_number_in_a_blocked_personal_record_is_masked(scan, line):
    text = f"納税相談の記録です。\n対象者：中村 義男（前橋市上新田町 404-1）\n{line}\n分納の計画を文章にして。"
    result = scan(text)
    value = line.split()[-1].split("：")[-1]
    assert result["verdict"] == "block" and value not in result["redacted_text"]


@pytest.mark.parametrize("line", ["法人番号 7070001001234", "登録番号 T7070001001234", "郵便番号 371-0023",
                                  "文書番号 2024-0815"])
def test_public_numbers_stay_in_a_blocked_record(scan, line):
    text = f"契約の相談です。\n担当者：中村 義男（前橋市上新田町 404-1）\n{line}\n回答文を作って。"
    result = scan(text)
    assert result["verdict"] == "block" and line.split()[-1] in result["redacted_text"]


def test_a_labelled_number_in_a_text_that_does_not_block_passes(scan):
    text = ("市民経済常任委員会 会議録（抜粋）\n出席委員：福田文雄、岡本久美子\n○福田文雄委員長　議題1を議題とします。\n"
            "予算事業コード：565918073037（財務会計システム上の整理番号）")
    assert scan(text)["verdict"] == "allow"


def test_a_labelled_number_in_another_paragraph_than_the_person_stays(scan):
    text = ("申請者：中村 義男（前橋市上新田町 404-1）\n\n"
            "なお、本件の予算事業コードは 565918073037 です。")
    result = scan(text)
    assert result["verdict"] == "block" and "565918073037" in result["redacted_text"]
    assert not [f for f in findings_of(result, "PERSON") if "565918073037" in text[f["start"]:f["end"]]]


# -- every number of a record row whose name blocks ---------------------------------------------
def test_glued_fields_of_a_fixed_width_row_are_masked_and_its_old_date_is_a_birth_date(scan):
    text = ("旧システムの固定長データです。項目の位置を推定して。\n"
            "0001ﾋｶﾞｼﾀﾞ ｺｳｽｹ      19580312ﾏｴﾊﾞｼｼ ｵｵﾃﾏﾁ  M0272340918\n"
            "0002ｵｵﾂｶ ﾐﾁｺ       S36.10.25ﾏｴﾊﾞｼｼ ｵｸﾞﾏﾁ  F0805591432\n")
    result = scan(text)
    for value in ("19580312", "0272340918", "S36.10.25", "0805591432"):
        assert value not in result["redacted_text"]
    births = [text[f["start"]:f["end"]] for f in findings_of(result, "DATE_OF_BIRTH")]
    assert "19580312" in births


def test_numbers_of_rows_whose_names_do_not_block_stay(scan):
    text = ("市議会 常任委員会の委員名簿（市ホームページで公開中）\n"
            "委員長  福田 文雄  総務常任委員会  2023-05-16\n"
            "副委員長  岡本 久美子  総務常任委員会  2023-05-16\n")
    result = scan(text)
    assert result["verdict"] == "allow" and "2023-05-16" in result["redacted_text"]


def test_an_amount_and_a_year_in_a_blocked_row_stay(scan):
    text = "滞納一覧\n0001ﾐﾂｲ ｶｵﾙ    前橋市大手町3-7-10    滞納額 48000円    2019年度から\n"
    result = scan(text)
    assert result["verdict"] == "block"
    assert "48000円" in result["redacted_text"] and "2019年度" in result["redacted_text"]
