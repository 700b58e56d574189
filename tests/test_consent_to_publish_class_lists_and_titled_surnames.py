"""Classes from 300 blind-written precision cases (train6), fixed as classes with invented texts: a
text that says the people named agreed to its publication (掲載同意) warns on their names instead of
blocking, unless something private, personal data or a pupil's class is beside a name; a class-list
line may start with a rank (最優秀　6年1組 …) and hold several pupils separated by 、; an English
surname with a title alone ("Dear Ms. Hartley") warns as 北爪さん does, and blocks in a resident's
case."""
from __future__ import annotations

import pytest

from support import findings_of


def person_actions(result):
    return [f["action"] for f in findings_of(result, "PERSON")]


def test_names_in_a_text_published_with_consent_warn(scan):
    text = ("地区の広報紙に載せる紹介文（ご本人から掲載同意をいただいています）。\n"
            "手打ちそば「いろり庵」店主の 嶋田 健吾 さんは、地元産のそば粉にこだわって20年。")
    result = scan(text)
    assert result["verdict"] == "warn", result["findings"]
    assert person_actions(result) and set(person_actions(result)) == {"warn"}


@pytest.mark.parametrize("text", [
    # a private matter beside the name
    "掲載同意あり。ボランティアの 嶋田 健吾 さん（要介護1の母を介護しながら活動）を紹介する文を",
    # personal data beside the name
    "掲載同意あり。嶋田 健吾 さん 090-6614-2287 前橋市朝日町3丁目18-4",
    # a pupil's class before the name
    "入賞者一覧（掲載同意済み）\n金賞　5年2組 嶋田 湊斗\n銀賞　3年1組 梅澤 心春",
])
def test_consent_to_publish_does_not_cover_private_matters_data_or_pupils(scan, text):
    assert scan(text)["verdict"] == "block"


def test_a_text_merely_meant_for_a_newsletter_keeps_a_residents_name_personal(scan):
    text = "市報の「まちの人」欄の原稿です。毎朝通学路に立つ 嶋田 健吾 さん（81）の活動を300字で紹介して"
    assert scan(text)["verdict"] == "block"


def test_a_class_list_line_may_start_with_a_rank_and_hold_several_pupils(scan):
    text = ("作文コンクールの結果を学年だよりに載せたい。\n"
            "金賞　5年2組 嶋田 湊斗「川のにおい」\n"
            "銀賞　3年1組 梅澤 心春、井野 ひなた")
    result = scan(text)
    assert result["verdict"] == "block"
    for name in ("嶋田 湊斗", "梅澤 心春", "井野 ひなた"):
        assert name not in result["redacted_text"], result["redacted_text"]


def test_a_class_list_line_of_activities_is_no_pupil(scan):
    text = "金賞　5年2組 合唱、器楽\n銀賞　3年1組 劇「ふしぎな森」"
    assert not findings_of(scan(text), "PERSON")


@pytest.mark.parametrize("text", [
    "Dear Ms. Hartwell,\nThank you for inviting our delegation to the sister city festival in May.",
    "Please proofread: \"Dear Dr. Lindgren, thank you for agreeing to speak at our open data forum.\"",
])
def test_an_english_surname_with_a_title_alone_warns(scan, rules_scan, text):
    # the rules warn; the learned judge may lower a partner abroad or a speaker further (a sister
    # city's delegate in a thank-you letter), never raise one to a block
    assert rules_scan(text)["verdict"] == "warn", rules_scan(text)["findings"]
    assert scan(text)["verdict"] in ("warn", "allow")


@pytest.mark.parametrize("text", [
    "Dear Mr. Okafor,\nYour residence tax payment for June is overdue. Please pay by the end of the month.",
    "Mrs. Adeyemi's daughter was absent from school for two weeks; please draft a note to the family.",
])
def test_an_english_surname_with_a_title_in_a_residents_case_blocks(scan, text):
    assert scan(text)["verdict"] == "block"


# -- more of train6's classes: dummy numbers, 等, minutes, performers, teachers ----------------
def test_a_phone_with_a_sequential_subscriber_number_in_a_format_question_is_no_phone(scan):
    text = "電話番号を 048-123-4567 の形式にそろえるExcel関数を教えて。「0481234567」のような入力もあります"
    assert not findings_of(scan(text), "PHONE_NUMBER")


def test_to_alone_after_a_list_of_recipients_is_no_given_name(scan):
    text = "保険料の区分：第1段階 生活保護受給者、世帯全員が非課税の方 等\n第2段階 …を表にして"
    assert not findings_of(scan(text), "PERSON")


@pytest.mark.parametrize("text", [
    "農業委員会 総会 議事録（公開用）\n議長（会長 栗原 宗一）　ただいまから総会を開会します。",
    "文教委員会 会議録（ホームページで公開）\n○碓井 真澄 委員　学校給食費の無償化について伺います。\n○教育総務課長　お答えします。",
])
def test_speakers_of_published_minutes_named_with_their_office_do_not_block(scan, text):
    assert scan(text)["verdict"] != "block"


def test_a_performer_introduced_by_their_art_passes(scan):
    text = "コンサートのチラシ文案です。\n■出演\n・ピアニスト　汐見 怜奈（国際コンクール入賞）\n・チェリスト　ハンナ・ベルク"
    assert not findings_of(scan(text), "PERSON")


def test_teachers_named_in_office_in_a_school_newsletter_warn_at_most(scan):
    text = "学校だよりの新任紹介：\n・教頭 榎本 さゆり先生（東小から）\n・4年1組担任 久米 大地先生（新規採用）"
    result = scan(text)
    assert result["verdict"] != "block" and findings_of(result, "PERSON")
