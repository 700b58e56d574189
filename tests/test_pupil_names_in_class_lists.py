"""A pupil's name at the start of a class-list line (5年1組 はしもと そうた：…, さくら組 おおた ゆい),
written in kana only or as a kanji family name with a kana or kanji given name, is a name: a
school nurse's or a teacher's list holds children's names and health facts. Beside them, what a
class label is also followed by: a motto, an event, a sample row (記入例), prose about a class."""
from __future__ import annotations

import pytest

from support import findings_of

LISTS = [
    ("保健室からの報告をまとめたい。\n\n5年1組 はしもと そうた：ぜんそく（吸入薬を持参）\n"
     "6年2組 あおき みゆ：心臓疾患（経過観察）、水泳は不可\n", ["はしもと そうた", "あおき みゆ"]),
    ("欠席連絡の一覧\n1年3組 ふじい こはる（発熱）\n2年1組 川端 れん（通院）\n", ["ふじい こはる", "川端 れん"]),
    ("2年2組 いしかわ はると\n2年2組 たなか ひまり\n並べ替えて。", ["いしかわ はると", "たなか ひまり"]),
    ("園児名簿\nさくら組 おおた ゆい（4さい）\nひまわり組 いのうえ そら（5さい）", ["おおた ゆい", "いのうえ そら"]),
    ("個別の配慮メモ\n4年2組 田村 蒼真：食物アレルギー（えび）", ["田村 蒼真"]),
]


@pytest.mark.parametrize("text,names", LISTS)
def test_a_pupils_name_after_a_class_label_is_masked(scan, text, names):
    r = scan(text)
    assert r["verdict"] == "block"
    for name in names:
        assert name not in r["redacted_text"]


def test_a_health_fact_in_kana_beside_a_pupil_is_sensitive(scan):
    r = scan("3年1組 こんどう ゆみ：ぜんそく、持久走は見学")
    assert findings_of(r, "SENSITIVE_PERSONAL_INFO")


NOT_NAMES = [
    "学級目標を考えています。\n3年2組 みんなで がんばろう\n4年1組 えがおで あいさつ",
    "来月の行事予定\n3年2組 校外 学習\n4年1組 音楽 発表",
    "記入例\n1年1組 まえばし たろう：（ここに配慮事項を書く）",
    "ひらがなの読み方を教えて。「きむら」はよくある名字です。3年2組の教室の掲示物です。",
    "2年3組 ともだち いっぱい\n2年4組 げんきに あいさつ",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_what_else_follows_a_class_label_is_not_a_name(scan, text):
    assert not findings_of(scan(text), "PERSON")


def test_a_childs_name_after_an_after_school_club_is_masked(scan):
    r = scan("学童保育の名簿\nひまわりクラブ　なかむら こう（1年）　父：なかむら たけし　080-3321-4409")
    assert "こう（" not in r["redacted_text"]


# A kana full name with an honorific and no slot, and a numbered item with a kanji family name
# and a kana given name: a child's or a nominee's name.
KANA_NAMES = [
    ("カードの文を作って。例：「もりした あおいさん、いつもそうじをがんばってくれてありがとう」", "もりした あおい"),
    ("連絡帳の返事：「たかはし ゆうとくんは きょう プールに はいれませんでした。」", "たかはし ゆうと"),
    ("推薦者\n1　阿久澤 陽菜\n2　高柳 さくら（手話サークル代表）", "高柳 さくら"),
    ("受賞者\n1. 中島 ゆかり\n2. 新井 みのり", "新井 みのり"),
    ("推薦者\n1　阿久澤 陽菜\n2　都丸修\n　地区の民生委員を4期務めた。", "都丸修"),
]


@pytest.mark.parametrize("text,name", KANA_NAMES)
def test_a_kana_given_name_with_an_honorific_or_in_a_numbered_list_is_masked(scan, text, name):
    r = scan(text)
    assert r["verdict"] == "block"
    assert name not in r["redacted_text"]


NOT_KANA_NAMES = [
    "1ねんせいへの おたより：「ありがとう みなさん、げんきに すごしてね」",
    "母の日のカードの文例：「だいすきな おかあさん、いつも ありがとう」",
    "「がんばれ おにいちゃん」という応援の文を考えて",
    "目次\n1 概要 について\n2 前橋 まつり（8月）の案内\n3 市長 あいさつ",
    "絵本の登場人物「こぐまの くうちゃん」の台詞を考えて",
    "郷土の文学者\n1 萩原朔太郎\n2 山村暮鳥",
]


@pytest.mark.parametrize("text", NOT_KANA_NAMES)
def test_words_of_address_family_terms_events_and_characters_are_not_names(scan, text):
    assert not findings_of(scan(text), "PERSON")
