"""Misses of the first-contact corpus of 2026-12-03, as classes with invented texts (none is a corpus
line) and the hard negatives beside each: names in a public or business capacity warn but never
block; dummy and sample names are no one's; quoted markings at a text's head; birth dates written
うまれ or in a roster row; a phone number spaced out digit by digit by OCR."""
from __future__ import annotations

import pytest

from support import findings_of

# ---------------------------------------------------------------------------------------
# A name after its public or business title: at most a warning
# ---------------------------------------------------------------------------------------
IN_CAPACITY = [
    "運動会のあいさつ文を整えて。「秋晴れの下、子どもたちが力いっぱい走りました。\n前橋市立城南中学校長 小林 恵美子」",
    "市民講座のチラシ文を作って。講師は県内の大学の経済学部准教授・須藤 健太氏、会場は東公民館。",
    "通知の宛先を確認して。「有限会社みどり造園　代表取締役　清水 和夫　様」で正しいですか。",
    "名刺を連絡先一覧の形式に。株式会社北関東データ 技術部 係長 大川 拓真 代表電話：027-200-xxxx",
    "文末をそろえて。問い合わせ：資産税課 家屋係（担当：桑原）027-898-6001",
]

# the same people with something private said of them: still a block
PRIVATE_BESIDE_TITLE = [
    "前橋市立城南中学校長 小林 恵美子（54歳）が入院中のため、教頭が代行します。",
    "有限会社みどり造園　代表取締役　清水 和夫（昭和38年7月2日生）の個人保証の件",
    "准教授・須藤 健太氏が生活保護の相談に来庁した記録を要約して",
    "相談者：小林 恵美子 前橋市大手町3丁目5番1号",
]


@pytest.mark.parametrize("text", IN_CAPACITY)
def test_a_name_in_a_public_or_business_capacity_warns_but_does_not_block(scan, text):
    # (in a text written for the public — a flyer, a notice — such a name passes altogether:
    # tests/test_officials_in_published_records.py)
    result = scan(text)
    assert result["verdict"] in ("warn", "allow")
    assert not [f for f in findings_of(result, "PERSON") if f["action"] == "block"]


@pytest.mark.parametrize("text", PRIVATE_BESIDE_TITLE)
def test_a_titled_name_with_something_private_said_of_it_still_blocks(scan, text):
    result = scan(text)
    assert result["verdict"] == "block"
    assert any(f["action"] == "block" for f in findings_of(result, "PERSON"))


# ---------------------------------------------------------------------------------------
# Dummy and sample names
# ---------------------------------------------------------------------------------------
DUMMIES = [
    "結合テスト用のデータをCSVに。\nテスト　花子,テスト　ハナコ,000-0000-0000,hanako@example.com\n"
    "サンプル　次郎,サンプル　ジロウ,000-0000-0000,jiro@example.com",
    "申請書の【記入例】をやさしい日本語に。\n【記入例】\n氏名：山田　花子（やまだ　はなこ）\n生年月日：〇〇年〇〇月〇〇日",
]
REAL_ROWS = [
    "名簿をCSVに。\n飯塚　美帆,イイヅカ　ミホ,090-3312-7781,m.iizuka@example.net",
    "申請書の内容を確認して。\n氏名：飯塚　美帆（いいづか　みほ）\n住所：前橋市昭和町2丁目4番8号",
]


@pytest.mark.parametrize("text", DUMMIES)
def test_dummy_and_sample_names_are_no_ones(scan, text):
    assert not findings_of(scan(text), "PERSON")


@pytest.mark.parametrize("text", REAL_ROWS)
def test_real_names_in_the_same_shapes_still_block(scan, text):
    assert scan(text)["verdict"] == "block"


# ---------------------------------------------------------------------------------------
# Markings quoted at the head
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Please translate: 'CONFIDENTIAL - Draft figures for the library extension budget.'",
    "『部外秘』　企画政策課\n来年度の組織改正案の概要です。要約して。",
    "「取扱注意」\n下記の資料を箇条書きにしてください。",
])
def test_a_marking_quoted_at_the_head_of_the_material_is_a_marking(scan, text):
    assert findings_of(scan(text), "CONFIDENTIAL_MARKING")


@pytest.mark.parametrize("text", [
    "What does 'CONFIDENTIAL' mean on a cover page?",
    "「取扱注意」のシールを貼る場所を教えて",
    "『部外秘』と書かれた文書の扱い方を教えて",
    "It's SECRET SANTA time again, write an invitation",
])
def test_a_quoted_marking_word_talked_about_is_not(scan, text):
    assert not findings_of(scan(text), "CONFIDENTIAL_MARKING")


# ---------------------------------------------------------------------------------------
# Birth dates: うまれ, a roster row (name, date, sex)
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,date", [
    ("入園案内を作って。対象は こばやし ひなた ちゃん（令和3年11月2日うまれ、4さい）です。", "令和3年11月2日"),
    ("名簿を整理して。\n第5投票区 北爪 実 昭和2年4月5日 男 前橋市大手町1丁目1番地", "昭和2年4月5日"),
    ("名簿を整理して。\n根岸 トメ 明治45年6月30日 女", "明治45年6月30日"),
])
def test_birth_dates_written_umare_or_in_a_roster_row_are_found_and_redacted(scan, text, date):
    result = scan(text)
    assert findings_of(result, "DATE_OF_BIRTH")
    assert date not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "令和8年4月1日 男女共同参画推進条例の施行について",
    "令和8年3月8日 女性の健康週間のイベント",
    "大正12年9月1日 関東大震災が発生した",
])
def test_dates_beside_sex_words_that_are_not_a_column_are_not_birth_dates(scan, text):
    assert not findings_of(scan(text), "DATE_OF_BIRTH")


# ---------------------------------------------------------------------------------------
# A building name in kana after the street number
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,building", [
    ("返信文を作って。寄附者：大森 佳代様、埼玉県所沢市緑町2-14-6 つつじが丘コーポ105、電話04-2921-5518。", "つつじが丘コーポ105"),
    ("送付先：前橋市朝日町3-8-12 さくら荘 2号室 飯田 様", "さくら荘 2号室"),
])
def test_a_kana_building_name_and_room_after_the_street_number_are_redacted(scan, text, building):
    result = scan(text)
    assert findings_of(result, "JP_ADDRESS")
    assert building not in result["redacted_text"]


@pytest.mark.parametrize("text", ["会場は前橋市朝日町3-8-12 から 200メートル先の公園です", "前橋市朝日町3-8-12 ほか2会場"])
def test_prose_after_an_address_is_not_taken_for_a_building(scan, text):
    result = scan(text)
    assert "メートル" in result["redacted_text"] or "ほか2会場" in result["redacted_text"]


# ---------------------------------------------------------------------------------------
# A disability handbook's number is redacted with the handbook
# ---------------------------------------------------------------------------------------
def test_a_disability_handbooks_number_beside_a_person_is_redacted(scan):
    result = scan("紹介状を作成して。対象者：飯野 聡（昭和60年2月3日生）、療育手帳 B判定 第B-40112号、作業所に通所中。")
    assert result["verdict"] == "block"
    assert "40112" not in result["redacted_text"]


def test_a_handbook_named_in_a_question_about_procedure_is_not_flagged(scan):
    result = scan("身体障害者手帳の番号欄（第　　号）の書き方と交付申請の流れを教えて")
    assert not findings_of(result, "SENSITIVE_PERSONAL_INFO")


# ---------------------------------------------------------------------------------------
# OCR spacing
# ---------------------------------------------------------------------------------------
def test_a_phone_number_spaced_digit_by_digit_apart_from_its_label_is_found(scan):
    text = "OCR結果を整えて。\n電 話 \u3000 ０ ４ ８ − ９ ３ １ − ２ ２ ０ ７\n申 請 内 容 \u3000 犬 の 登 録"
    result = scan(text)
    assert findings_of(result, "PHONE_NUMBER")
    assert "２ ２ ０ ７" not in result["redacted_text"]


def test_a_short_spaced_number_is_left_alone(scan):
    assert not findings_of(scan("得 点 \u3000 ７ ８ − ６ ５"), "PHONE_NUMBER")
