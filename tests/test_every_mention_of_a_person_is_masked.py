"""A person is named, numbered and dated more than once in one text, in more than one form; once one
form is found, every other must go too (train47, "every mention must go", stop 30). Each mechanism has a
hard negative beside it: what merely resembles the found value stays."""
from __future__ import annotations

import pytest

from support import types_of


def test_a_birth_date_written_again_in_another_calendar_is_masked(scanner):
    r = scanner.scan("世帯主：須藤 真理子 昭和58年7月22日生\n（システム登録用）南町3-41-8-202 / S58.7.22\n"
                     "受付：令和6年5月14日 / S58.7.23 は別人の照会分")
    assert "S58.7.22" not in r["redacted_text"]
    assert "S58.7.23" in r["redacted_text"] and "令和6年5月14日" in r["redacted_text"]


def test_a_date_alone_in_a_text_with_no_birth_date_stays(scanner):
    r = scanner.scan("昭和58年7月22日に市制施行記念式典が行われました。S58.7.22 の写真を探しています。")
    assert "DATE_OF_BIRTH" not in types_of(r)


def test_an_identifier_written_again_in_full_width_with_a_space_is_masked(scanner):
    text = ("申請者：大竹 紗季 基礎年金番号 5120-304817\n番号を「５１２０ ３０４８１７」と全角で書いた申請書を再提出。"
            "受付番号 5120 304818 は別件。")
    r = scanner.scan(text)
    assert "５１２０ ３０４８１７" not in r["redacted_text"]
    # (a number with other digits is not taken for the pension number)
    other = text.index("304818")
    assert not any(f["type"] == "JP_PENSION_NUMBER" and f["start"] <= other < f["end"] for f in r["findings"])


def test_a_given_name_said_again_with_an_honorific_is_masked(scanner):
    r = scanner.scan('保護者氏名,児童氏名,学校,認定区分\n"松岡 貴之","松岡 心愛","城南小",準要保護\n'
                     "備考：心愛さんの給食費は学校徴収停止。中心愛護会の行事は別。")
    assert "心愛さん" not in r["redacted_text"]
    assert "中心愛護会" in r["redacted_text"]


def test_a_kana_reading_said_again_in_the_other_kana_is_masked(scanner):
    r = scanner.scan("対象児童：2年3組 荻野 颯太（おぎの そうた）\n母から「ソウタが安心して通えるように」との要望。"
                     "ソウタロウ君の件は別紙。")
    assert "ソウタが" not in r["redacted_text"]
    assert "ソウタロウ" in r["redacted_text"]


def test_a_relative_named_by_the_given_name_after_the_relation_is_masked(scanner):
    r = scanner.scan("世帯主：須藤 真理子（昭和58年7月22日生）\n世帯員：長男 湊斗（中学2年）、長女 同居")
    assert "湊斗" not in r["redacted_text"] and "同居" in r["redacted_text"]


def test_a_relation_and_a_word_in_a_text_that_names_nobody_stay(scanner):
    r = scanner.scan("窓口での説明例：長男 湊斗くんのような中学生の場合、就学援助の申請は保護者が行います。")
    assert "湊斗" in r["redacted_text"]


def test_the_room_of_a_flagged_address_said_again_is_masked(scanner):
    r = scanner.scan("団地：広瀬団地14号棟305号室\n名義人：久保田 昌平（クボタ ショウヘイ）\n滞納：令和6年4月分〜9月分\n"
                     "次回、305号室を訪問予定。1305号室は空室。")
    assert "、305号室" not in r["redacted_text"] and "1305号室" in r["redacted_text"]


def test_initials_a_bracket_defines_for_a_named_person_are_masked_everywhere(scanner):
    r = scanner.scan("事例：田代 公子 氏（78歳・独居、以下「T.K.氏」）\n・T.K.氏は6月に脳梗塞を発症。")
    assert "T.K." not in r["redacted_text"]


@pytest.mark.parametrize("text, name", [
    ("Our new ALT, Emily CARTER, starts on 8 April. Her residence card number is WQ73058216FA.", "Emily"),
    ("Contact: Lisa MILLER, 070-6631-2905", "Lisa MILLER"),
])
def test_a_name_of_the_world_with_its_surname_in_capitals_is_found(scanner, text, name):
    r = scanner.scan(text)
    assert "PERSON" in types_of(r) and name not in r["redacted_text"]


@pytest.mark.parametrize("text", ["Please NOTE the deadline.", "We visited Kansas CITY and the Grand CANYON.",
                                  "She teaches at Daiichi JHS."])
def test_words_before_capitals_are_no_name(scanner, text):
    assert "PERSON" not in types_of(scanner.scan(text))


def test_a_password_given_in_the_answer_on_the_next_chat_line_is_masked(scanner):
    r = scanner.scan("[09:13] 教育総務課：アクセスパスワードは前と同じ？\n[09:13] 情報政策課：いえ、新しいのは Maeb@2025-Edu! です")
    assert "CREDENTIAL" in types_of(r) and "Maeb@2025-Edu!" not in r["redacted_text"]


def test_a_list_of_management_numbers_one_of_which_passes_a_check_digit_by_chance_passes(scanner):
    r = scanner.scan("以下の管理番号（12桁）の重複をチェックするExcel関数を教えてください。\n"
                     "250300418276\n250300418285\n250300419011\n250300418276")
    assert r["verdict"] == "allow"


def test_a_my_number_with_its_word_in_a_list_of_other_numbers_still_blocks(scanner):
    r = scanner.scan("受付番号 250300418285\n受付番号 250300419011\n個人番号 974848225244\n受付番号 250300418276")
    assert "JP_MY_NUMBER" in types_of(r)


def test_a_log_time_stamp_in_a_named_record_is_no_persons_number(scanner):
    text = ('{"ts":"2025-02-18T10:22:41+09:00","applicant":{"name_kanji":"小島 隼人","birth":"2019-06-14"}}')
    r = scanner.scan(text)
    assert "2025-02-18" in r["redacted_text"] and "2019-06-14" not in r["redacted_text"]


def test_a_sample_json_record_that_blocks_on_its_own_values_masks_its_name(scanner):
    r = scanner.scan('APIのレスポンスをパースするPythonを書いて。サンプル:\n{"applicant":{"name_kanji":"鴨下 朋美",'
                     '"birth":"1988-09-30","tel":"+81-80-5526-1947","mail":"t.kamoshita@outlook.jp"}}')
    assert r["verdict"] == "block"
    assert "鴨下 朋美" not in r["redacted_text"] and "1988-09-30" not in r["redacted_text"]


def test_a_documentation_sample_json_record_passes(scanner):
    r = scanner.scan('APIドキュメントのサンプル:\n{"name":"山田 太郎","tel":"090-1234-5678","birth":"1990-01-01",'
                     '"mail":"taro@example.com"}')
    assert r["verdict"] == "allow"


@pytest.mark.parametrize("text", [
    "交通安全ポスターの4コマ漫画のシナリオ案：のび太くんがドラえもんに「道路に飛び出さない」ことを教わる。",
    'Write a short introduction to "A Study in Scarlet", where Dr. John Watson first meets Sherlock Holmes.',
])
def test_famous_fictional_characters_pass(scanner, text):
    assert "PERSON" not in types_of(scanner.scan(text))
