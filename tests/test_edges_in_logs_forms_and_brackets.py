"""Classes met on a blind-written set of edge cases (train27): values in log lines and English
instructions, readings and self-names in brackets, stamps in quotes at the head, birthdays
without a year, tip-offs and unfinished fixes — each beside the harmless text that looks like it."""
from __future__ import annotations

import pytest

from support import findings_of


def test_a_passphrase_given_in_an_english_instruction_is_a_credential(scan):
    result = scan('Choose the staff network "HALL-STAFF-5G" and enter the passphrase tone-River_5518. '
                  "Do not share it with visitors.")
    assert findings_of(result, "CREDENTIAL") and "tone-River_5518" not in result["redacted_text"]


def test_an_english_instruction_to_enter_a_password_without_one_is_nothing(scan):
    for text in ("Enter the password you received by mail.", "Use the PIN pad on the left of the door."):
        assert findings_of(scan(text), "CREDENTIAL") == []


def test_a_password_from_every_worst_passwords_list_used_as_an_example_is_no_credential(scan):
    assert scan("研修資料：例えば「P@ssw0rd」や「qwerty123」がなぜ弱いのか説明して")["verdict"] == "allow"


def test_a_birth_date_in_a_log_line_after_a_field_key_is_a_birth_date(scan):
    log = "2024-06-03 14:04:12 ERROR ValidationError form=kosodate-01 field=birth_date value=1979-11-02 reason=format"
    assert "1979-11-02" not in scan(log)["redacted_text"]


def test_another_date_field_in_a_log_line_is_no_birth_date(scan):
    log = "2024-06-03 14:06:58 ERROR ValidationError form=kosodate-01 field=move_in_date value=2024-05-30"
    assert findings_of(scan(log), "DATE_OF_BIRTH") == []


def test_postal_codes_after_town_names_are_no_house_numbers(scan):
    assert scan("郵便番号の一覧：大手町 371-0026 / 千代田町 371-0022 / 表町 371-0024")["findings"] == []
    assert findings_of(scan("前橋市朝日町3-9-8 に住んでいます"), "JP_ADDRESS")


def test_a_birthday_without_a_year_said_of_someone_is_a_birth_date(scan):
    result = scan("相談者は南橘地区に住む中学3年の女子。誕生日は6月23日で、先月15歳になったばかり。")
    assert "6月23日" not in result["redacted_text"]


def test_a_birthday_party_or_a_deadline_is_no_birth_date(scan):
    assert findings_of(scan("誕生日会は5月17日に開きます。お誕生日は5月17日までにお知らせください。"), "DATE_OF_BIRTH") == []


def test_a_spaced_kana_reading_in_brackets_after_a_name_and_honorific_is_masked(scan):
    result = scan("吾妻さん（あづま りょうこ、吾妻 涼子さん）からまた電話がありました。")
    assert "あづま りょうこ" not in result["redacted_text"]


def test_a_writer_naming_themself_in_brackets_after_watashi_is_masked(scan):
    result = scan("No.12 返却した本が未返却扱いでした。私（荻窪正隆）が窓口で説明したらすぐ直してくれました。")
    assert "荻窪正隆" not in result["redacted_text"]


def test_a_role_or_an_office_in_brackets_after_watashi_is_no_name(scan):
    assert scan("私（担当）が対応します。私（市民課）から連絡します。")["findings"] == []


def test_a_marking_in_quotes_heading_a_memo_with_its_title_is_a_marking(scan):
    result = scan("「極秘」中心市街地再開発 事業協力者との協議メモ（第4回）\n・保留床の取得について調整\n論点を3つ挙げて。")
    assert result["verdict"] == "block" and findings_of(result, "CONFIDENTIAL_MARKING")


def test_a_marking_word_in_quotes_asked_about_is_no_marking(scan):
    assert findings_of(scan("「極秘」ってどういう意味？\n英語で何と言う？"), "CONFIDENTIAL_MARKING") == []


@pytest.mark.parametrize("text", [
    "明日開札予定の下水道工事について、匿名の電話で談合情報が寄せられました。今日中にやることを並べて。",
    "まだ部内での検討段階ですが、交付手数料を300円から350円にする改定案があります。理由づけを書いて。",
    "経営審議会に諮問する前の段階で、料金改定率を平均18%とする案があります。比較表にして。",
    "施設予約サイトで検索語にシングルクォートを入れるとSQLのエラー文が表示されます。まだ修正されていません。",
    "来週公告予定の外構工事の設計書ができました。予定価格は税込48,620,000円です。単価の考え方を教えて。",
])
def test_non_public_matters_stated_plainly_are_flagged(scan, text):
    assert findings_of(scan(text), "NONPUBLIC_INFO")


@pytest.mark.parametrize("text", [
    "談合情報対応マニュアルの一般的な構成を教えてください。",
    "SQLインジェクションとは何か、なぜまだ対策していないサイトが多いのかを一般論で教えて。",
    "予定価格とは何ですか。公告の時期との関係も教えて。",
])
def test_general_questions_about_the_same_topics_pass(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_a_bullet_naming_a_mountain_is_no_signature(scan):
    text = "2. Strengths\n- Easy access from Tokyo by Shinkansen.\n- Mount Akagi, with hiking routes and a caldera lake."
    assert findings_of(scan(text), "PERSON") == []
