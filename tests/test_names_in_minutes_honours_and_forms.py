"""Names on first contact (issue 16, holdout14's classes), each with the hard cases beside it:

- the speaker of published minutes (〇委員（…）), a council member (… 議員), the recipient of an
  honour in a press release (…賞：… 氏, …（書道家、…会長）), an organisation's office holder (…協会
  会長 …, …分団長 …), a lecturer or performer of a public event and a candidate (and the reading of
  their name) are named in their office: a warning at most; a pupil honoured by
  name (…さん（…中2年）), or anyone with something private said, still blocks;
- a name marked as the form's sample (…（記入例）, 例：…) is no one's;
- a one-kanji given name that Sudachi reads as a surname (湊) or an untagged word (東) is a name when a
  private bracket follows (（被害）, （加害）);
- a name before a title Sudachi splits in two before 。 (係+長) has the title's signal.

Invented texts; none is a corpus line."""
from __future__ import annotations

import pytest

from support import findings_of

IN_OFFICE = [
    "公開されている常任委員会の会議録を要約して。「〇委員（久保田 健吾）　公園の遊具の更新計画を伺います。"
    "〇公園緑地課長　今年度は3か所を予定しています。」",
    "文化賞の報道発表資料を整えて。「前橋市文化賞：岡田 義春 氏（陶芸家、赤城焼保存会会長）多年にわたり伝統技法の継承に尽力」",
    "スポーツ功労者表彰の紹介文を作って。「功労者：新井 孝 氏（前橋陸上競技協会理事長）」",
    "本会議の会議録（公開）の発言者欄をそろえて。「〇市長（岡部 俊介）　提案理由を申し上げます。〇財務部長（葉山 聡）　お答えします。」",
    # an organisation's office holder, a role of a public event, a candidate on the ballot
    "式典の司会原稿です。「続きまして、前橋観光協会 会長 堀口 誠一 様よりごあいさつをいただきます。」",
    "防災訓練のお知らせ文を整えて。「主催：前橋市消防団 第5分団 分団長 金井 聡」",
    "お礼状の宛名を確認して。「前橋ロータリークラブ 会長 中沢 誠 様」",
    "講座案内を作って。「テーマ：家庭でできる減塩料理　講師：管理栄養士 宮下 彩 さん　会場：南部公民館」",
    "選挙公報の文字数を数えて。「候補者 長島 幸雄（ながしま ゆきお） 無所属」",
    "広報紙の記事を校正して。「市民マラソンには約3千人が参加しました。実行委員長の飯島 達也さんは『沿道の声援が力になった』と話していました。」",
    "公民館だよりの巻頭を整えて。「4月から館長に着任しました田村 明美です。どうぞよろしくお願いします。」",
    "この一文を英語にして。「詳細は担当の藤田から改めてご連絡いたします。」",
    "報道資料の末尾を整えて。\n【問い合わせ】交通政策課 担当 梅山\n電話 027-898-5931（直通）",
    "審議会の名簿（公表用）を整えて。委員長 青木 正人（前橋工科大学准教授）、委員 倉林 恵（前橋市社会福祉協議会）",
]

STILL_PRIVATE = [
    "表彰式の読み上げ原稿です。最優秀賞 長谷川 芽依さん（東中2年）、優秀賞 星野 陸さん（南中1年）。",
    "〇委員（久保田 健吾）は先月から入院中で、次回の委員会は欠席の見込みです。",
    "受賞者：岡田 義春（68歳）前橋市六供町2丁目8番3号",
    "講師：宮下 彩 さんは先月から体調を崩して入院中のため、代わりの講師を探しています。",
    "前橋観光協会 会長 堀口 誠一 様（昭和31年4月2日生）の叙勲推薦調書を作って。",
    "館長の田村 明美さんが生活保護の相談に来た件で、記録を整えて。",
    "講師謝礼の支払データを確認して。講師：宮下 彩 前橋市富士見町原之郷215番地3 携帯 080-3312-9047",
]


@pytest.mark.parametrize("text", IN_OFFICE)
def test_a_name_in_published_minutes_or_an_honour_warns_but_does_not_block(scan, text):
    # (in a text that says it is published — 会議録（公開）, 報道発表資料 — the names pass altogether:
    # tests/test_officials_in_published_records.py)
    result = scan(text)
    assert result["verdict"] in ("warn", "allow")
    assert not [f for f in findings_of(result, "PERSON") if f["action"] == "block"]


@pytest.mark.parametrize("text", STILL_PRIVATE)
def test_a_pupil_honoured_or_a_private_fact_still_blocks(scan, text):
    assert scan(text)["verdict"] == "block"


@pytest.mark.parametrize("text", [
    "就学援助の申請書の記入例です。見本として自然か確認して。\n申請者：前橋 次郎（記入例）\n児童：前橋 三郎（記入例）",
    "届出書の見本欄：届出人 赤城 一子（見本）、住所 前橋市〇〇町〇丁目",
    "VLOOKUPの使い方を教えて。A列に氏名（例：桐生 花子）、B列に所属があるとき、所属を引きたい。",
])
def test_a_name_marked_as_the_forms_sample_is_no_ones(rules_scan, text):
    assert not findings_of(rules_scan(text), "PERSON")


def test_a_real_applicant_beside_a_sample_row_still_blocks(scan):
    result = scan("記入例の横に実際の申請を書いてしまいました。\n申請者：赤城 一子（記入例）\n申請者：桑原 里美（本人）")
    assert result["verdict"] == "block"
    assert "桑原 里美" not in result["redacted_text"]


@pytest.mark.parametrize("text, name", [
    ("学校からの報告をまとめて。3年2組 新井 東（加害）が同級生の持ち物を隠していた。", "新井 東"),
    ("事故報告：1年4組 小林 湊（被害）が休み時間に転倒し、頭を打った。", "小林 湊"),
])
def test_a_one_kanji_given_name_read_as_a_surname_before_a_private_bracket_is_a_name(scan, text, name):
    result = scan(text)
    assert result["verdict"] == "block"
    assert name not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "会場の候補：須田 東 公民館、または南部公民館",
    "出張の経路は高崎 森 前橋の順です。",
])
def test_two_place_or_surname_words_in_a_list_are_not_a_name(rules_scan, text):
    assert rules_scan(text)["verdict"] == "allow"


@pytest.mark.parametrize("text, name", [
    ("人事評価の記録です。二次評価者：吉野 巧 係長。", "吉野 巧"),
    ("決裁欄を確認して。審査者：高崎 誠 係長。", "高崎 誠"),
])
def test_a_name_before_a_title_split_by_the_analyser_is_found(scan, text, name):
    result = scan(text)
    assert findings_of(result, "PERSON")
    assert name not in result["redacted_text"]


def test_a_council_member_named_in_office_is_public(rules_scan):
    result = rules_scan("議会だよりの原稿を短くして。「【一般質問】 森田 健一 議員　公共交通の再編について」")
    assert not findings_of(result, "PERSON")


def test_a_council_member_with_a_private_fact_is_a_person(scan):
    assert scan("森田 健一 議員の自宅は前橋市朝日町4丁目12番8号です。")["verdict"] == "block"


def test_a_piece_of_a_foreign_name_repeated_with_an_honorific_is_redacted(scan):
    text = "相談者 グエン・ヴァン・フン さんの件。フンさんは来月帰国予定で、フンさんの家族は市内に残る。"
    result = scan(text)
    assert "フンさん" not in result["redacted_text"]


def test_the_same_katakana_as_a_word_is_left(scan):
    text = "相談者 ヌエン・ティ・ラン さんの件。ラン科の植物の展示は別件です。"
    assert "ラン科" in scan(text)["redacted_text"]


def test_a_role_word_inside_a_department_name_is_no_event_role(scan):
    # 指導 in 建築指導課 is not the 指導 of a lecturer: the member of staff is a private person here
    result = scan("懲戒処分の案を整理して。建築指導課 主事 森下 翔 停職1か月。")
    assert any(f["action"] == "block" for f in findings_of(result, "PERSON"))


def test_a_name_in_the_bracket_of_a_slot_word_is_in_the_slot(scan):
    result = scan("支援会議のメモを整えて。本人（坂本 ひなた、17歳）は通信制高校に在籍、アルバイトを探している。")
    assert "坂本 ひなた" not in result["redacted_text"]
    assert result["verdict"] == "block"


def test_a_slot_word_with_a_bracketed_note_is_no_name(rules_scan):
    assert rules_scan("相談者（匿名希望）からの電話の内容を要約して。")["verdict"] == "allow"


def test_a_titled_name_with_a_home_address_or_a_mobile_beside_it_is_a_blocked_person(scan):
    result = scan("講師謝礼の支払データを確認して。講師：宮下 彩 前橋市富士見町原之郷215番地3 携帯 080-3312-9047")
    assert any(f["action"] == "block" for f in findings_of(result, "PERSON"))
