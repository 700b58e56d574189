"""Classes from two blind-written tuning sets (train11: non-public information and people described
without a name, 300 cases; train12: long pastes, 150 cases), fixed as classes with invented texts: exam
material before the exam, a sender's condition of handling, a shelter's whereabouts, self-marked and
English bracketed markings, an administrator's account pair, a case record's subject line, table cells
and status codes that are no statement or name, a record's author and a chat's speaker as staff at
work, a public body's one-word mailbox and a chamber of commerce's line."""
from __future__ import annotations

import pytest

from support import findings_of


@pytest.mark.parametrize("text", [
    "中学校の期末テスト（2年理科）の問題を作りました。来週の実施前に誤りを見て。\n(1) 光合成で…",
    "令和9年度 職員採用試験（土木）専門試験の問題案です。選択肢を直して。問3 …（正答：4）",
    "係長昇任の面接で使う質問リスト（人事課作成・面接前）に評価の観点を付けて。",
])
def test_exam_material_before_the_exam_is_non_public(scan, text):
    assert findings_of(scan(text), "NONPUBLIC_INFO")


@pytest.mark.parametrize("text", [
    "期末テストの問題の作り方のコツを教えて",
    "採用試験の過去問の論文テーマを一覧にして。",
])
def test_questions_about_making_exams_are_not_non_public(scan, text):
    assert not findings_of(scan(text), "NONPUBLIC_INFO")


def test_information_sent_on_a_condition_of_limited_handling_is_non_public(scan):
    text = "県の消防保安課から「取扱いは各市の担当者限りで」として、広域応援計画の見直し案が届きました。要点をまとめて。"
    assert findings_of(scan(text), "NONPUBLIC_INFO")


def test_where_a_shelter_keeps_people_hidden_is_non_public(scan):
    text = "DV被害者の一時保護先として借りている部屋の運用です。入居者の所在を秘匿するため郵便は福祉事務所経由。ルールを文書化して。"
    assert findings_of(scan(text), "NONPUBLIC_INFO")


@pytest.mark.parametrize("text", [
    "※本資料は関係機関限り・非公開\n県の会議資料3 入院調整の見直し（案）\n要旨をまとめて",
    "<<INTERNAL / DO NOT DISTRIBUTE>>\nPlan to merge two branch offices in FY2029.",
    "[DO NOT DISTRIBUTE] draft budget for the museum",
])
def test_self_marked_and_english_bracketed_markings_block(scan, text):
    result = scan(text)
    assert findings_of(result, "CONFIDENTIAL_MARKING") and result["verdict"] == "block"


def test_do_not_distribute_in_a_sentence_is_no_marking(scan):
    assert not findings_of(scan("Please do not distribute flyers before 9am on Sunday."), "CONFIDENTIAL_MARKING")


def test_an_administrators_account_and_password_pair_is_a_credential(scan):
    result = scan("緊急連絡網：ルータ 10.8.1.1 admin / Rk2026mbs\n→ カード型にして")
    assert findings_of(result, "CREDENTIAL") and "Rk2026mbs" not in result["redacted_text"]


def test_an_administrators_account_with_a_word_is_no_credential(scan):
    assert not findings_of(scan("ログイン画面の admin / password の欄の説明を書いて"), "CREDENTIAL")


def test_facts_listed_under_a_case_records_subject_line_are_sensitive(scan):
    text = "ケース記録の要約をお願いします。\n世帯：総社町在住、80代女性の単身世帯\n・週3回の人工透析\n・家賃滞納3か月"
    assert findings_of(scan(text), "SENSITIVE_PERSONAL_INFO")


def test_statistics_by_age_band_and_sex_are_not_sensitive(scan):
    text = "年代別の糖尿病患者数（20代男性 120人、30代女性 98人）の表を作って"
    assert not findings_of(scan(text), "SENSITIVE_PERSONAL_INFO")


def test_a_status_in_a_tables_column_is_not_a_non_public_statement(scan):
    text = "受付番号\t区分\t処理状況\nR7-0101\t新規\t完了\nR7-0102\t廃止\t審査中\nR7-0103\t変更\t補正待ち"
    assert not findings_of(scan(text), "NONPUBLIC_INFO")


def test_a_status_code_repeated_in_a_legacy_export_is_not_a_name(scan):
    text = ("旧ホストの固定長レコードです。桁位置を推定して。\n00001 ｺｳﾌ     R65257 ﾐｽﾐ    1552\n"
            "00002 ｺｳﾌ     R64202 ﾐｽﾐ   96610\n00003 ｼﾝｾｲ    R67447 ﾐｽﾐ   98171")
    assert not findings_of(scan(text), "PERSON")


def test_the_author_of_an_anonymised_record_is_not_the_subject_of_its_health_facts(scan):
    text = ("研修用の架空事例です。要約して。\n対象：A氏（70代・単身）\nR7.10.2 電話で近況確認。本人の通院状況を聴取。（岩田）\n\n"
            "記録者：地域福祉課 岩田 真由美")
    assert not findings_of(scan(text), "SENSITIVE_PERSONAL_INFO")


def test_a_staff_member_who_is_the_subject_of_a_sick_leave_report_still_blocks(scan):
    text = "病気休職の延長について\n対象：市民課 主事 津久井 恵美\n診断：適応障害（診断書あり）\n本人宛通知文を作って"
    assert scan(text)["verdict"] == "block"


def test_the_speakers_of_a_work_chat_are_not_blocked(scan):
    text = "[09:12] 今井 孝之\n会場の予約は済みました。\n\n[09:15] 根岸 早苗\n了解です。資料を共有フォルダに置きました。"
    assert scan(text)["verdict"] != "block"


@pytest.mark.parametrize("text", [
    "問い合わせ：議会事務局 議事課 gikai@city.maebashi.gunma.jp",
    "協力：前橋商工会議所（電話 027-234-5111）",
])
def test_a_public_bodys_mailbox_and_a_chamber_of_commerce_line_are_public(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_a_staff_members_own_address_at_the_city_domain_still_blocks(scan):
    assert scan("担当 t-yamada@city.maebashi.gunma.jp まで")["verdict"] == "block"


@pytest.mark.parametrize("text", [
    "来年度の会計年度任用職員の採用試験で使う、一般常識の筆記問題を20問作ってください。そのまま本番に使います。",
    "次の補助金の採択審査結果（未通知）を表にしてください。\n団体A 82点 採択\n団体B 54点 不採択",
    "このJSONを表に。来年度の指定管理者選定（非公表の審査中データ）です。{\"applicant\":\"A社\",\"score\":68}",
    "入札前の案件の積算内訳です。掘削 1,240㎥ × 2,830円、舗装復旧 610㎡ × 6,420円",
    "指名競争入札の指名業者選定案です。指名予定業者：㈱赤城設備、㈱上毛ポンプ。指名委員会は来週。",
    "換地計画の原案がまとまりました。評価額は地権者説明会まで出せないので、閲覧権限を限定します。",
    "We are drafting the evaluation criteria for the upcoming procurement (to be published next month). Internally, we plan to weight local offices.",
])
def test_selections_estimates_and_plans_before_they_are_out_are_non_public(scan, text):
    assert findings_of(scan(text), "NONPUBLIC_INFO")


def test_general_knowledge_questions_for_practice_are_not_exam_material(scan):
    assert not findings_of(scan("一般常識の練習問題を10問作って、勉強に使いたい"), "NONPUBLIC_INFO")


def test_birth_dates_on_rows_of_sample_people_in_a_text_marked_as_a_sample_are_no_ones(scan):
    text = ("下のCSVは記入例（架空データ）です。テーブル定義を提案して。\n受付番号,氏名,生年月日\n"
            "R07-9001,前橋 太郎,1980/01/01\nR07-9002,前橋 花子,1985/05/05")
    assert not findings_of(scan(text), "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", [
    "Dear Transport Policy Division,\nWe are a research group studying on-demand transport.",
    '{"corporate_number":"7070001004501","name":"株式会社上州デジタル"}',
])
def test_organisations_in_name_slots_are_no_persons(scan, text):
    assert not findings_of(scan(text), "PERSON")
