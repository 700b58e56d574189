"""The passage classifier on a short list or table of short items (a to-do list, an agenda, the
plan of a study group, the headings of an empty table): its few words (検討, 予定, 回答) decide the
probability alone, so it needs more to warn there (issue 16: harmless lists warned on first
contact). The same for a text that says it is already public (公表資料, 公表済み, 報道発表資料) and
nowhere that something is not yet. A list whose items say something non-public is still flagged.
Invented texts."""
from __future__ import annotations

import pytest

from service.learned.layer import _short_list, published
from support import findings_of


@pytest.mark.parametrize("text", [
    "係の共有フォルダの並べ方を考えて。\n・年度ごとの資料\n・様式\n・手引き\n・照会と回答\n・廃棄予定の箱",
    "勉強会の日程案を作って。第1回 現状の確認、第2回 課題の洗い出し、第3回 改善案、第4回 まとめ",
    "次の作業を分担表にして。\n受付 - 中村\n資料配布 - 小島\n記録 - 大西\n片付け - 全員",
])
def test_a_short_list_of_short_items_is_allowed(scan, text):
    assert scan(text)["verdict"] == "allow"


@pytest.mark.parametrize("text", [
    "打合せの宿題を整理して。\n・市営住宅の統廃合案（対象3団地、入居者には未説明）\n"
    "・議会への説明は来月の全員協議会まで伏せる\n・反対が予想される自治会への根回しの順番",
    "次のメモを短くして。\n・A社とは随意契約の方向で内々に調整済み（公表前）\n・見積額は2,340万円\n・B社には結果をまだ伝えていない",
])
def test_a_short_list_that_says_something_non_public_is_still_flagged(scan, text):
    assert findings_of(scan(text), "NONPUBLIC_INFO")


@pytest.mark.parametrize("text, shaped", [
    ("並べて。\n・図書館\n・公民館\n・体育館", True),
    ("持ち物：ノートPC、資料、名札、筆記用具", True),
    ("並べて。\n・図書館", False),  # too few items
    ("経緯を要約して。A社とは、先月から、部長の了解のもとで、内々に交渉を進めている。結果は、まだ出ていない。", False),
    ("並べて。\n・北部の小学校で10年後に1学年10人を下回る学校が4校になる見込み\n"
     "・複式学級の解消のため統合の検討を始める\n・地元への説明の時期は未定", False),  # long items
])
def test_what_counts_as_a_short_list(text, shaped):
    assert _short_list(text, 0, len(text)) is shaped


@pytest.mark.parametrize("text, is_published", [
    ("公表資料の説明文を整えて。「市内の空き家は4,120戸で、前年より2％減りました。」", True),
    ("ホームページで公開している統計の文章を直して。", True),
    ("報道発表資料（公表前）です。数字を確認して。", False),
    ("議事録は後日ホームページで公開する予定です。まだ何も伝えていない。", False),
    ("次の文章を要約して。", False),
])
def test_what_says_a_text_is_already_public(text, is_published):
    assert published(text, 0, len(text)) is is_published


def test_published_statistics_are_allowed(scan):
    assert scan("市の公表資料の解説を読みやすくして。「市内の保育所の待機児童は12人で、前年より5人減りました。」")["verdict"] == "allow"


def test_a_text_written_for_the_public_needs_the_higher_probability_too(scan):
    text = "見守り活動のチラシの文案：「一人暮らしの高齢の方が増えています。気になる方がいたら地域包括支援センターへご相談ください。」"
    assert scan(text)["verdict"] == "allow"


def test_a_flyer_draft_said_to_be_before_release_is_judged_as_usual():
    text = "チラシの文案（発表前）：新しい補助金の対象と金額です。"
    assert published(text, 0, len(text)) is False
