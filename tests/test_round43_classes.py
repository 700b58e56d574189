"""Classes found on first contact in stop 43 (the known misses carried over and tuning sets train222–228, written
blind), each beside a harmless twin where one exists."""
from __future__ import annotations


def _masked(result, *values) -> bool:
    return not any(v in result["redacted_text"] for v in values)


def _types(result) -> set:
    return {f["type"] for f in result["findings"]}


# -- names and numbers ----------------------------------------------------------------------------------------------

def test_a_romaji_name_after_a_name_label_with_a_bracket_note_is_masked(scan):
    r = scan("就学通知の英語版に差し込みます。\n児童氏名（英）: PHAM GIA BAO\n生年月日: 2018年6月2日")
    assert r["verdict"] == "block" and _masked(r, "PHAM GIA BAO")


def test_a_romaji_name_after_a_subject_label_is_masked(scan):
    r = scan("結果通知を英語で作りたい。\n対象：Tomasz Wójcik（国際交流課・翻訳）\n健診結果：要精密検査")
    assert r["verdict"] == "block" and _masked(r, "Tomasz Wójcik")


def test_a_product_after_a_subject_label_is_no_name(scan):
    for text in ("対象：Google Workspace（全庁）の移行手順を作って", "対象：Adobe Acrobat のライセンス更新",
                 "対象：Microsoft Teams の利用者向けマニュアル"):
        r = scan(text)
        assert "PERSON" not in _types(r), text


def test_a_foreign_pension_reference_after_its_label_is_masked(scan):
    r = scan("Request for Certificate of Life\nRecipient: Deutsche Rentenversicherung\nPension reference: 65 110348 B 517")
    assert r["verdict"] == "block" and _masked(r, "65 110348 B 517")


def test_a_pension_label_without_a_number_or_a_sample_number_blocks_nothing(scan):
    for text in ("Pension reference: please see the enclosed letter from the insurer.",
                 "記入例の文面：【記入例】基礎年金番号 1234-567890 ／ 氏名 年金 太郎（架空）"):
        assert scan(text)["verdict"] != "block", text


def test_a_landline_after_a_booked_rooms_guest_is_the_guests_own(scan):
    r = scan("手書き予約台帳を打ち込んだものです。全角・半角を統一してください。\n\n"
             "8/3 ﾎｰﾙ ﾔﾏｸﾞﾁ ｹﾝﾀ 027-231-5507 ﾀﾞﾝｽ\n8/5 和室 ﾀｶﾊｼ ﾐﾂｺ 027-252-3186 茶道")
    assert r["verdict"] == "block" and _masked(r, "027-231-5507", "027-252-3186")


def test_a_facilitys_line_after_one_member_of_staff_stays_the_facilitys(scan):
    r = scan("ひまわり保育園 山田 027-231-5507（平日9時〜17時）")
    assert r["verdict"] != "block"
