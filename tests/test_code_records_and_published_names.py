"""Classes from the fifteenth first-contact set (holdout15), fixed as classes with invented texts:
column definitions are no names, a UNC path after a full-width colon is still a path, a half-width
kana transfer record holds an account number, a draft's English marking, a name a published record
gives in office is public wherever it recurs in that record, and a member of staff in a disciplinary
matter stays a private person."""
import pytest

from support import findings_of


@pytest.mark.parametrize("text", [
    "次のDDLを確認して。\nCREATE TABLE 住民 (\n  氏名   NVARCHAR(40) NOT NULL,\n  氏名カナ NVARCHAR(40) NULL,\n  住民ID INT IDENTITY(1,1) PRIMARY KEY\n);",
    "CREATE TABLE 申請 (氏名 VARCHAR(40) NOT NULL, 住所 VARCHAR(200) NULL, 受付ID INT PRIMARY KEY);",
])
def test_a_column_definition_under_a_name_heading_is_no_name(scan, text):
    assert not findings_of(scan(text), "PERSON")


@pytest.mark.parametrize("text,host", [
    ("保存先の例：\\\\kz-nas01\\福祉課\\共有 が長すぎます。", "kz-nas01"),
    ("パス：¥¥srv-doc2¥契約¥令和7年度 を開けません", "srv-doc2"),
])
def test_a_unc_path_after_a_full_width_colon_is_an_internal_host(scan, text, host):
    result = scan(text)
    assert findings_of(result, "INTERNAL_NETWORK") and host not in result["redacted_text"]


def test_an_account_number_in_a_half_width_kana_transfer_record_is_found(scan):
    text = "振込データの桁を確認して。 ｸﾞﾝﾏｼﾝﾖｳｷﾝｺ ｼﾃﾝ ｿｳｼﾞﾔ ﾄｳｻﾞ 5520917 ﾒｲｷﾞ ﾀｶﾊｼ ﾐﾉﾘ"
    result = scan(text)
    assert "5520917" not in result["redacted_text"]
    # the record's own words (ｼﾃﾝ, ﾄｳｻﾞ) are no holder's name
    assert not [f for f in findings_of(result, "PERSON") if "ﾄｳｻﾞ" in text[f["start"]:f["end"]]]


@pytest.mark.parametrize("text", [
    "Please translate:\nDRAFT - NOT FOR RELEASE\nThe new parking fees start in April.",
    "PRELIMINARY: INTERNAL USE ONLY\nStaffing plan for the election office.",
])
def test_an_english_marking_after_a_draft_label_blocks(scan, text):
    assert scan(text)["verdict"] == "block"


def test_a_name_a_published_record_gives_in_office_is_public_where_it_recurs(scan):
    text = ("市議会ホームページで公開している委員会記録です。要点を表にして。\n"
            "○委員長（大竹 信夫） ただいまから委員会を開きます。\n"
            "○委員（根本 由香） 給食費について伺います。\n"
            "○委員長（大竹 信夫） 根本 由香委員の質疑を終わります。")
    assert not findings_of(scan(text), "PERSON")


@pytest.mark.parametrize("text,name", [
    ("施設一覧（公式サイト掲載用）を整えて。施設名：東市民サービスセンター 所長：宮下 隆之 電話：027-266-0000", "宮下 隆之"),
])
def test_an_official_after_a_post_with_a_colon_in_a_text_for_the_public_passes(scan, text, name):
    found = [f for f in findings_of(scan(text), "PERSON") if text[f["start"]:f["end"]] == name]
    assert not found


def test_a_member_of_staff_in_a_disciplinary_matter_stays_private(scan):
    result = scan("処分案の文書を整えて。道路管理課 主査 小野 健太 減給1か月。")
    assert any(f["action"] == "block" for f in findings_of(result, "PERSON"))
