"""Classes from the blind-written fc17 once it joined the tuning data, fixed as classes with invented
texts: a surname with さん alone (a colleague, a speaker) warns and blocks in a resident's case; the
city's statutory commissioners (監査委員) and a contractor's site staff on a construction sign are named
in office; the head of a 自治会 introduced with の is named in that role; a pupil named inside the
bracket after a report's letter (被害生徒A（2年・…）) is in a name slot."""
from __future__ import annotations

import pytest

from support import findings_of


def persons(result, text):
    return [(text[f["start"]:f["end"]], f["action"]) for f in findings_of(result, "PERSON")]


@pytest.mark.parametrize("text", [
    "資料は星野さんが作ってくれたので、誤字だけ見てもらえますか",
])
def test_a_surname_with_san_alone_warns(scan, text):
    result = scan(text)
    assert result["verdict"] == "warn", result["findings"]
    assert [a for _n, a in persons(result, text)] == ["warn"]


def test_a_colleagues_surname_in_a_routine_message_never_blocks(scan):
    # (the judge retrained on train34 — colleagues in routine work mail labelled not_block — drops this
    # one below warn; a warning, as before, would be as right: never a block)
    text = "小暮さんに、午後の打合せは3階会議室に変更と伝えてください。"
    result = scan(text)
    assert result["verdict"] != "block" and all(a == "warn" for _n, a in persons(result, text))


@pytest.mark.parametrize("text,name", [
    ("昨日来庁した小暮さんは、住民票の写しをもう一度請求したいとのことです。", "小暮"),
    ("星野さんから、隣家の騒音について苦情の電話がありました。記録を整えて", "星野"),
    ("家庭訪問で会った志賀さんは、次回の面談を希望している。", "志賀"),
])
def test_a_surname_with_san_in_a_residents_case_blocks(scan, text, name):
    result = scan(text)
    assert result["verdict"] == "block", result["findings"]
    assert name not in result["redacted_text"]


def test_commissioners_in_a_published_notice_pass(scan):
    text = ("前橋市監査委員告示第9号\n例月出納検査の結果を次のとおり公表する。\n令和7年2月20日\n"
            "前橋市監査委員 久米 恒夫\n前橋市監査委員 篠塚 和枝\nこの告示を市民向けに平易に書き直して")
    result = scan(text)
    assert not findings_of(result, "PERSON"), result["findings"]


def test_a_commissioner_with_a_private_matter_is_still_a_person(scan):
    text = "監査委員 久米 恒夫 氏が入院中のため、来月の検査日程を調整したい。"
    result = scan(text)
    assert persons(result, text), result["findings"]


def test_site_staff_on_a_construction_sign_warn_at_most(scan):
    text = "工事看板の文案：工事名 下水道管更生工事／施工者 株式会社赤城管路／現場代理人 鳥羽 聡志／工期 2月3日～3月27日"
    result = scan(text)
    assert result["verdict"] != "block"
    assert all(a == "warn" for _n, a in persons(result, text))


def test_a_residents_association_head_introduced_with_no_warns_at_most(scan):
    text = "回覧板の文を作って。「防災訓練は、自治会長の塚越 義男さんの号令で始まり、約50名が参加しました。」"
    result = scan(text)
    assert result["verdict"] != "block"


@pytest.mark.parametrize("text,name", [
    ("調査報告書の一部です。「被害児童A（4年・梁瀬 陽翔）は、休み時間に…」を読みやすくして", "梁瀬 陽翔"),
    ("事故報告：負傷生徒甲（1年・宇佐美 颯真）が体育館で転倒", "宇佐美 颯真"),
])
def test_a_pupil_named_in_the_bracket_after_a_reports_letter_is_a_person(scan, text, name):
    result = scan(text)
    assert result["verdict"] == "block", result["findings"]
    assert name not in result["redacted_text"]


def test_a_bracket_after_a_pupil_word_holding_no_name_is_no_person(scan):
    text = "生徒会（3年・文化祭実行委員会）の議事進行の台本を作って"
    assert not findings_of(scan(text), "PERSON")
