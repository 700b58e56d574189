"""Classes from the nineteenth first-contact set and the sixteenth validation set (both become tuning
data when fc20 is written) and three blind-written tuning sets (train16: people described without a
name and sensitive facts; train17: structured data and secrets in technical formats; train18: non-public
matters and markings in often-forgotten departments), fixed as classes with invented texts beside their
hard negatives: names spelled out in a reading or after a class, passwords in prose, in tables, in curl,
in the environment and in Basic headers, cards written down with their expiry, example-domain mail in
threads and logs, column keys of legacy exports, markings joined to prohibitions, matters before they are
put to the people they are for, prices in tables, gaps in emergency arrangements."""
from __future__ import annotations

import pytest

from support import findings_of


# -- names ----------------------------------------------------------------------------------------
def test_a_name_followed_by_its_reading_in_two_parts_is_a_name(scan):
    result = scan("支援会議メモ\n桃井小 4年 杉浦 湊（すぎうら みなと）\n・医療的ケアあり、看護師の加配を調整中")
    assert "杉浦 湊" not in result["redacted_text"] and "すぎうら みなと" not in result["redacted_text"]


def test_a_place_name_with_a_reading_is_no_name(scan):
    assert not findings_of(scan("品川 区（しながわ く）の読み方を教えて"), "PERSON")


def test_a_pupil_named_after_the_class_is_a_name(scan):
    result = scan("・11/5 3年2組 柳瀬 湊斗が休み時間に同じ班の児童とけんかになり、保健室で手当てした。")
    assert findings_of(result, "PERSON") and "柳瀬 湊斗" not in result["redacted_text"]


def test_a_town_read_in_katakana_is_no_given_name(scan):
    result = scan("移行データ：\n0012346 ﾀﾅﾍﾞ ﾖｼｵ  ﾏｴﾊﾞｼｼ ｶﾐｵｷﾏﾁ 88     S33.04.02")
    assert findings_of(result, "JP_ADDRESS")
    assert not any("ｶﾐｵｷﾏﾁ" in result["redacted_text"][f["start"]:f["end"]] for f in findings_of(result, "PERSON"))


def test_rows_called_a_sample_of_n_lines_are_an_excerpt_of_real_rows(scan):
    result = scan("旧システムの出力をVBAで全角にしたい。サンプル2行：\n"
                  "0021 ﾎｿﾀﾞ ｼｹﾞﾙ   ﾏｴﾊﾞｼｼ ｶﾐｲｽﾞﾐﾏﾁ 2-14-3  S24.11.30\n"
                  "0022 ｵｶﾍﾞ ﾌｻｺ    ﾏｴﾊﾞｼｼ ｵｵﾄﾓﾏﾁ 612     S30.06.08")
    assert findings_of(result, "DATE_OF_BIRTH") and findings_of(result, "JP_ADDRESS")


def test_rows_under_a_sample_heading_stay_a_sample(scan):
    result = scan("サンプルデータ（架空）：\n0021 ﾎｿﾀﾞ ｼｹﾞﾙ   ﾏｴﾊﾞｼｼ ｶﾐｲｽﾞﾐﾏﾁ 2-14-3  S24.11.30")
    assert not findings_of(result, "DATE_OF_BIRTH")


def test_a_pupils_grade_in_brackets_makes_a_kana_given_name_a_pupils(scan):
    result = scan("・大沢 ひなた（2年）乳・卵の重度アレルギー。給食は除去食。")
    assert findings_of(result, "PERSON") and "大沢 ひなた" not in result["redacted_text"]


def test_a_name_after_a_comma_and_the_word_name_in_english_is_a_name(scan):
    result = scan("The visitor left her details with us: 4980218126630528 exp 09/29, name Katarina Novak.")
    assert "Katarina Novak" not in result["redacted_text"]


def test_a_file_name_after_a_comma_and_the_word_name_is_no_name(scan):
    assert not findings_of(scan("Please check the file, name Final Report."), "PERSON")


def test_a_card_holder_key_in_a_log_names_the_holder(scan):
    result = scan('WARN 2026-11-02T10:00:00Z pay: declined exp=03/29 holder="TSUNODA MARIKO" order=A-100')
    assert "TSUNODA MARIKO" not in result["redacted_text"]


# -- cards and numbers ------------------------------------------------------------------------------
def test_a_number_written_down_with_its_expiry_month_is_a_card(scan):
    result = scan("He gave us the number 3512940170042610 exp 11/28 to pay later.")
    assert findings_of(result, "CREDIT_CARD") and result["verdict"] == "block"


def test_a_number_next_to_an_export_date_is_no_card(scan):
    assert not findings_of(scan("order 3512940170042610 exported 11/28"), "CREDIT_CARD")


def test_a_card_number_asked_about_luhn_is_a_card(scan):
    assert scan("4980218126630528 がLuhnで通るか確認して")["verdict"] == "block"


@pytest.mark.parametrize("text", [
    "研修資料に『カード番号の例：4532-1188-6021-7740（架空・無効番号）』と載せたい。",
    "チラシの『マイナンバーの例』に 5129 3370 8816（架空・検査用数字不一致）を使います。",
])
def test_a_failing_number_labelled_as_made_up_is_an_example(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_a_phone_of_zeros_is_no_ones_number(scan):
    assert not findings_of(scan('{"guardian_tel": "090-0000-0000", "child": "（サンプル）"}'), "PHONE_NUMBER")


def test_an_insurance_symbol_of_kanji_and_digits_keeps_its_number_masked(scan):
    result = scan("資格確認書の再交付です。\n記号 前国 31　番号 552019　枝番 01\n被保険者氏名 高野 紬")
    assert findings_of(result, "JP_HEALTH_INSURANCE") and "552019" not in result["redacted_text"]


@pytest.mark.parametrize("text, kind, value", [
    ("INSERT INTO jumin (shimei, jumin_code) VALUES ('岩佐 修', '38215560417');", "JP_RESIDENT_CODE", "38215560417"),
    ("<record>\n <kiso_nenkin_no>4417-309826</kiso_nenkin_no>\n <name>堀口 恵子</name>\n</record>",
     "JP_PENSION_NUMBER", "4417-309826"),
    ("氏名\t年齢\t症状\t電話\n宮坂 友美\t41\t発熱38.2\t070-3318-2741", "SENSITIVE_PERSONAL_INFO", "発熱38.2"),
])
def test_the_keys_and_headings_of_legacy_exports_say_what_a_cell_holds(scan, text, kind, value):
    result = scan(text)
    assert findings_of(result, kind) and value not in result["redacted_text"]


# -- secrets ------------------------------------------------------------------------------------------
def test_a_password_in_the_sentence_after_its_word_is_a_credential(scan):
    result = scan("共有PCの管理者パスワード、今朝リセットしました。今度のは Akagi@2031zq です。周知文を直して。")
    assert findings_of(result, "CREDENTIAL") and "Akagi@2031zq" not in result["redacted_text"]


def test_a_password_column_of_a_table_holds_credentials(scan):
    result = scan("| システム | ID | 初期パスワード |\n|---|---|---|\n| 文書管理 | doc-adm | Tq$5821mw |\n| 財務 | zaimu02 | Rk!3390pa |")
    assert "Tq$5821mw" not in result["redacted_text"] and "Rk!3390pa" not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "user,password\nadmin,${ADMIN_PW}\nguest,<password>",
    "| 項目 | 内容 |\n|---|---|\n| パスワード | 英大文字・数字を含む12桁以上 |",
    "module.exports = {\n  db: {\n    password: process.env.DB_PASSWORD,\n  },\n};",
])
def test_password_columns_of_placeholders_rules_and_code_are_no_credentials(scan, text):
    assert not findings_of(scan(text), "CREDENTIAL")


@pytest.mark.parametrize("text, secret", [
    ('curl -u "nas_admin:Vx4#kQ8m!p" https://nas02.example.local/api/status', "Vx4#kQ8m!p"),
    ("$ export PGPASSWORD='Haruna%2031x'\n$ psql -h db01 -U app", "Haruna%2031x"),
    ("GET /api/v1/parcels HTTP/1.1\nAuthorization: Basic dGF4X2FwaTpLeDcjcTJtUDlM", "dGF4X2FwaTpLeDcjcTJtUDlM"),
    ("-- 本番DBのsaパスワードは Momiji!2027tt（4月に変更）\nSELECT 1;", "Momiji!2027tt"),
])
def test_passwords_given_to_commands_headers_and_comments_are_credentials(scan, text, secret):
    result = scan(text)
    assert findings_of(result, "CREDENTIAL") and secret not in result["redacted_text"]


def test_a_script_that_asks_for_the_password_holds_none(scan):
    text = ("パスワードはRead-Hostで入力させています。改善点を教えて。\n$pw = Read-Host '初期パスワード' -AsSecureString\n"
            "New-ADUser -Name $name -AccountPassword $pw -Enabled $true")
    assert not findings_of(scan(text), "CREDENTIAL")


def test_a_curl_command_with_variables_holds_no_password(scan):
    assert not findings_of(scan('curl -u "$USER:$PASS" https://example.com/api'), "CREDENTIAL")


# -- mail ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, address", [
    ("2026-11-21 09:14:03 ERROR mailer: failed to send to 井上 航 <wataru.inoue.1988@example.com>: 550",
     "wataru.inoue.1988@example.com"),
    ("-----Original Message-----\nFrom: 堀 美里 <m.hori@school.example.jp>\nSubject: 転入生の件", "m.hori@school.example.jp"),
    ('GET /confirm?mail=kenta.ono77%40yahoo.co.jp&tel=1 HTTP/1.1', "kenta.ono77%40yahoo.co.jp"),
])
def test_a_persons_address_in_a_log_a_thread_or_a_url_is_masked(scan, text, address):
    assert address not in scan(text)["redacted_text"]


@pytest.mark.parametrize("text", [
    "例: user@example.com のように書きます",
    "参加者へのメールは、宛先を name.surname@example.com の形式で書いてください",
])
def test_example_addresses_shown_as_formats_stay(scan, text):
    assert not findings_of(scan(text), "EMAIL_ADDRESS")


# -- sensitive facts -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "人権相談の記録：相談者 岸 龍之介（34）。婚約者の親族から、出身地が同和地区であることを理由に反対されている。",
    "救急の申し送り：傷病者 宮内 冬美さん（52）。エホバの証人の信者で、輸血拒否のカードを所持。",
    "選挙人名簿の照会：中条 一郎さんは成年後見の審判を受けた方です。入場券が届かないとの問い合わせ。",
    "Our son Noah Fischer (Grade 2) has a severe peanut allergy with an anaphylaxis history; he carries an EpiPen.",
])
def test_creed_origin_guardianship_and_allergy_facts_of_a_named_person_are_sensitive(scan, text):
    assert findings_of(scan(text), "SENSITIVE_PERSONAL_INFO")


@pytest.mark.parametrize("text", [
    "不登校の児童生徒の保護者向けに、教育支援センターの役割を紹介する文章を作って。",
    "市立小中学校の不登校児童生徒数が、小学校 301人、中学校 598人でした。比べ方の注意点は？",
    "民生委員から「認知症の疑いがある一人暮らしの方が何人かいる」と相談。つなぎ先の回答例を作って。",
    "Please write a leaflet on food allergy for parents.",
])
def test_audiences_counts_and_several_people_are_no_ones_sensitive_fact(scan, text):
    assert scan(text)["verdict"] == "allow"


# -- markings ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "報告\n記\n１ 防疫拠点の候補地\n以上\n\n※庁内限り・外部提供禁止\nこの記以下を表にして",
    "Please translate to English:\n部外秘・複製禁止\n美術館 作品借用の交渉メモ",
    "非公開資料\n議会運営委員会 理事会\n定数削減案に関する各会派の意見",
    "文書分類：機密性２（要保護）\n件名：期日前投票所の再編について",
    "Subject: CONFIDENTIAL - Proposal scores before award\nScores: A 38, B 39.",
])
def test_markings_joined_to_prohibitions_classes_and_english_subjects_block(scan, text):
    result = scan(text)
    assert findings_of(result, "CONFIDENTIAL_MARKING") and result["verdict"] == "block"


@pytest.mark.parametrize("text", [
    "図書館の企画展の紹介文を。展示する本には『極秘指令の夜』『機密ファイルX』などがあります。",
    "Subject: Confidential information handling training for new staff",
])
def test_titles_and_training_subjects_are_no_markings(scan, text):
    assert not findings_of(scan(text), "CONFIDENTIAL_MARKING")


# -- non-public matters ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "起案：市民プールの営業時間短縮（伺い）\n内容：平日の閉場を1時間早めたい。\n※利用者協議会・議会への説明前",
    "騒音の測定結果の一覧（事業者への通知前）を、基準超過が上に来るよう並べて。",
    "例月出納検査の所見メモです。現金の差異 2,300円、原因調査中。※委員への報告前",
    "課長決裁前の案です：来年度から支所の窓口を月2回休止する方向。周知文を作って。",
    "質問通告の内容（まだ議会HPに掲載前）に対する答弁案を作って。",
])
def test_matters_not_yet_put_to_the_people_they_are_for_are_non_public(scan, text):
    assert findings_of(scan(text), "NONPUBLIC_INFO")


@pytest.mark.parametrize("text", [
    "議会への説明前に準備しておく資料の一般的なリストを教えて",
    "パブリックコメント前とパブリックコメント後の違いとは何ですか",
])
def test_questions_about_telling_people_are_not_non_public(scan, text):
    assert not findings_of(scan(text), "NONPUBLIC_INFO")


@pytest.mark.parametrize("text", [
    "来月以降に公告する工事の一覧です。集計方法を教えて。\n案件番号\t工事名\t予定価格(税抜)\t最低制限価格\n"
    "R9-004\t市道舗装補修工事\t41,270,000\t36,903,000",
    '{"案件":"浄水場ポンプ更新工事","予定価格":184300000,"最低制限価格":163900000,"公告予定日":"来月"}',
])
def test_planned_prices_in_tables_and_json_are_non_public(scan, text):
    assert findings_of(scan(text), "NONPUBLIC_INFO")


@pytest.mark.parametrize("text", [
    "公告済みの入札情報です。\n案件名：配水管工事\n予定価格：事前公表（3,880万円）\nチェックリストを作って。",
    "市ホームページに掲載済みの入札結果を3行で要約して。\n\n【入札結果】\n予定価格（税抜）：5,120万円\n落札金額（税抜）：4,730万円",
])
def test_published_planned_prices_are_not_non_public(scan, text):
    assert not findings_of(scan(text), "NONPUBLIC_INFO")


@pytest.mark.parametrize("text", [
    "指名業者の選定、今回は次の4社で起案する予定です。\n・㈱北橘建設（前回落札）\n・㈲宮城工業\n・上州舗装㈱\n理由を整えて。",
    "人事評価の面談記録を清書したいです。\n\n評価期間：下期\n業績評価：C（目標未達2件）\n能力評価：B",
    "国道拡幅の用地買収、残り3筆。1筆は相続未登記で交渉が難航、収用も視野。進め方を整理して。",
])
def test_selections_appraisals_and_land_deals_in_progress_are_non_public(scan, text):
    assert findings_of(scan(text), "NONPUBLIC_INFO")


@pytest.mark.parametrize("text", [
    "期日前投票所の受付システムが止まったときの内部手順の弱点（紙の名簿が本庁にしか無い）を踏まえて改善案を。",
    "水防計画（見直し案）：排水ポンプ車の運転要員は4名（必要数10名）。補う方法を考えて。",
    "The flood evacuation plan for the care homes assumes 12 buses, but we have agreements for only 7.",
])
def test_open_gaps_in_emergency_arrangements_are_non_public(scan, text):
    assert findings_of(scan(text), "NONPUBLIC_INFO")


@pytest.mark.parametrize("text", [
    "災害時の受援計画の一般的な作り方と、人員が不足する場合の考え方を教えてください。",
    "避難所運営マニュアルの目次案を作ってください。",
])
def test_general_questions_about_emergency_plans_are_not_non_public(scan, text):
    assert not findings_of(scan(text), "NONPUBLIC_INFO")


# -- addresses --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, house", [
    ("転入届\n住所 前橋市元総社町 三丁目4番22号", "三丁目4番22号"),
    ("住所 前橋市千代田町二丁目 9番 14号", "9番 14号"),
    ("Re: Sakura Danchi, Bldg 3, Room 214\nThe tenant, Ms. Joana Pereira, asked for more time.", "Room 214"),
])
def test_addresses_spaced_as_forms_write_them_are_addresses(scan, text, house):
    result = scan(text)
    assert findings_of(result, "JP_ADDRESS") and house not in result["redacted_text"]


@pytest.mark.parametrize("text", ["会議は 3番 5号館で行います", "第3条 2号の規定", "The meeting is in Bldg 2, Room 301 at City Hall."])
def test_numbers_of_rooms_and_articles_are_no_addresses(scan, text):
    assert not findings_of(scan(text), "JP_ADDRESS")


def test_a_mail_header_to_a_group_names_no_one(scan):
    assert not findings_of(scan("To: all ALTs\nSubject: Schedule change\n\nThe meeting moves to Friday."), "PERSON")


def test_a_name_in_a_headerless_csv_column_of_names_is_a_name_even_when_its_surname_is_a_place(scan):
    result = scan("94084,剣持 誠,扶養親族\n25383,奈良 由美,本人\n76974,都丸 拓海,扶養親族")
    assert "奈良 由美" not in result["redacted_text"]


def test_a_place_and_a_facility_in_a_list_of_names_are_no_name(scan):
    result = scan("・前橋 太郎（会長）\n・前橋 公園（会場）")
    assert "前橋 公園" in result["redacted_text"]


def test_a_reported_surname_repeated_with_honin_is_masked(scan):
    result = scan("対象職員：市民課 主事 柴崎 亮（採用6年目）\n病名：うつ病\n※柴崎本人には説明済み。")
    assert "柴崎" not in result["redacted_text"]


# -- English and mixed text (train19) ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "We are negotiating a group tour subsidy. They want ¥6,000 per person, we can go up to ¥4,000. Draft an email that doesn't reveal our limit.",
    "Rank the three agencies by our internal scoring sheet: X 71pts, Y 84pts, Z 60pts. The award is next Monday.",
    "Evaluation of our two ALTs for next year's reappointment: one excellent, one should not be renewed. Rewrite neutrally.",
    "Options for the new support desk: A (direct) vs B (outsourced). The department leans toward B but the mayor hasn't decided.",
])
def test_english_negotiation_limits_scoring_reappointment_and_undecided_options_are_non_public(scan, text):
    assert findings_of(scan(text), "NONPUBLIC_INFO")


@pytest.mark.parametrize("text", [
    "What is the bottom line of this public notice about bus fares?",
    "How do cities usually decide on reappointment of ALTs in general?",
])
def test_english_general_questions_with_the_same_words_are_not_non_public(scan, text):
    assert not findings_of(scan(text), "NONPUBLIC_INFO")


@pytest.mark.parametrize("text", [
    "非公開 / NOT FOR PUBLICATION\nEN summary needed: 協議メモ",
    "Internal memo, INTERNAL ONLY — translate: a staff member misused the exchange budget.",
    "一\n二\n三\n四\n五\n六\n— End of report —\n部外秘（Internal use only — do not forward）",
    "会計報告\n一\n二\n三\n※本書は内部資料・取扱注意とする。複写・転送を禁ず。",
])
def test_markings_with_english_companions_inline_capitals_bracketed_feet_and_this_document_block(scan, text):
    assert scan(text)["verdict"] == "block"


@pytest.mark.parametrize("text", [
    "CONFIDENTIAL_MARKING is the finding type we use",
    "Please mark it as confidential — thanks",
    "取扱注意（ガラス製品）\n配送の注意書きを作って",
])
def test_a_type_name_a_lower_case_word_and_a_parcel_label_are_no_markings(scan, text):
    assert not findings_of(scan(text), "CONFIDENTIAL_MARKING")


@pytest.mark.parametrize("text, secret", [
    ("Handover: IAM user kanko-admin, secret access key 7hQ2mLx9/Rk4vT1nB8wZ3cY6pJ0sD5gA9eUqW2Ls. Rotate it.",
     "7hQ2mLx9/Rk4vT1nB8wZ3cY6pJ0sD5gA9eUqW2Ls"),
    ("Our test account is admin@faq-bot / Tsutsuji-2031-Kq and it is locked.", "Tsutsuji-2031-Kq"),
    ("Passport number was inside: K7P2XW4Q9", "K7P2XW4Q9"),
])
def test_secrets_and_passport_numbers_in_english_prose_are_masked(scan, text, secret):
    assert secret not in scan(text)["redacted_text"]


@pytest.mark.parametrize("text, value", [
    ("Escrevo de novo: moro em 前橋市東善町 214-6. Preciso de ajuda.", "214-6"),
    ("Please send the gift to: 14 rue des Lilas, Apt 2C, 69003 Lyon. Her e-mail is below.", "Apt 2C"),
    ("12/3 10:00 Mr. Karma Dorje (難民認定申請中) @ 市民課, tel 070-5188-2046", "070-5188-2046"),
    ("（事務局メモ：陳情の提出者）：吉岡 大輔　住所：前橋市江木町4丁目2番8号　電話：027-251-8830", "027-251-8830"),
])
def test_addresses_ending_a_sentence_units_before_a_postcode_and_a_persons_line_on_an_office_line_are_masked(scan, text, value):
    assert value not in scan(text)["redacted_text"]


@pytest.mark.parametrize("text", [
    "物産展の出店事業者一覧（公表済み）\n・有限会社赤城ファーム（代表 小池、TEL 027-287-4410）",
    "避難所名,地区,電話\n中央公民館,本庁,027-224-2521\n桂萱中学校,桂萱,027-264-2121",
])
def test_a_businesss_representative_and_a_shelter_list_keep_their_public_lines(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_an_env_example_with_empty_values_holds_no_credential(scan):
    text = ".env.example を作りたい。値は入れずに。\nDB_HOST=\nDB_USER=\nDB_PASSWORD=\nAPI_KEY=\nSMTP_PASSWORD="
    assert not findings_of(scan(text), "CREDENTIAL")


def test_a_zero_insured_number_marked_as_a_sample_is_no_number(scan):
    text = "記入例の注意書きを作って。例：被保険者番号 0000000000（記入例）、氏名 介護 花子（記入例）"
    assert not findings_of(scan(text), "JP_HEALTH_INSURANCE")


def test_a_disability_named_as_an_audience_is_nobodys_condition(scan):
    text = "選挙公報の文を、視覚障害者向けの音声読み上げ用に整形して。候補者：長井 達也 52歳 無所属"
    assert not findings_of(scan(text), "SENSITIVE_PERSONAL_INFO")


@pytest.mark.parametrize("text, name", [
    ("Case memo: Mother: Rosalind T. Abad, res. card MH96651884EH, tel 070-1068-4410", "Rosalind T. Abad"),
    ("氏名：ÇELIK AYŞE（チェリク アイシェ）\n個人番号：8045 2581 6810", "ÇELIK AYŞE"),
    ("2026-11-30 WARN ImportForeignResident row=12 name='Dewi Lestari' zip=3710000", "Dewi Lestari"),
    ("Please shorten my signature:\n--\nGiulia Bianchi\nCoordinator for International Relations", "Giulia Bianchi"),
])
def test_foreign_names_with_initials_accents_quoted_keys_and_signature_delimiters_are_found(scan, text, name):
    result = scan(text)
    assert findings_of(result, "PERSON") and name not in result["redacted_text"]


@pytest.mark.parametrize("text", ["x = 'Hello World'", "config name='Default Profile'", "--\nBest Practices\nfor teams"])
def test_quoted_values_and_headings_after_a_delimiter_are_no_names(scan, text):
    assert not findings_of(scan(text), "PERSON")


@pytest.mark.parametrize("text, names", [
    ("Hello, I am PARK JI-HOON (박지훈). I received a tax bill I do not understand.", ["PARK JI-HOON", "박지훈"]),
    ("I am TRAN VAN MINH from Da Nang and I moved to Maebashi last month.", ["TRAN VAN MINH"]),
])
def test_a_name_in_capitals_introducing_its_bearer_is_a_name(scan, text, names):
    redacted = scan(text)["redacted_text"]
    assert all(n not in redacted for n in names)


@pytest.mark.parametrize("text", ["This is URGENT NOTICE for all staff", "This is MY TEAM", "It is OK NOW"])
def test_capitals_of_emphasis_are_no_name(scan, text):
    assert not findings_of(scan(text), "PERSON")


@pytest.mark.parametrize("text, value", [
    ("번역해 주세요: 박서준 씨(前橋市 国領町 3-1-7)의 딸이 입원했습니다.", "박서준"),
    ("전화 010-5521-8834 로 연락 주세요 (前橋市の国際交流課あて)", "010-5521-8834"),
    ("Home: 前橋市千代田町2-4-9 #305", "#305"),
    ("my home address changed to 前橋市紅雲町1-9-2 Maison Koun 204, phone below", "Maison Koun 204"),
    ("VPN: user=s.ono pass=Qm4#kaeb OTP seed KRUGS4ZANFZSAYJA", "KRUGS4ZANFZSAYJA"),
    ("We have a daughter, Priyanka (3 years old), who needs a nursery place.", "Priyanka"),
])
def test_hangul_names_korean_mobiles_rooms_otp_seeds_and_named_children_are_masked(scan, text, value):
    assert value not in scan(text)["redacted_text"]


@pytest.mark.parametrize("text", ["고객님 감사합니다", "The son (age group 20-29) of the survey", "2 years old, new phone soon"])
def test_korean_titles_age_groups_and_english_words_are_no_names(scan, text):
    assert not findings_of(scan(text), "PERSON")


@pytest.mark.parametrize("text, value", [
    ('{"order":"A1","holder":"KENTA ARAI","pan":"5176850091124599","cvv":"731"}', "KENTA ARAI"),
    ('{"order":"A1","holder":"KENTA ARAI","pan":"5176850091124599","cvv":"731"}', "731"),
    ("We will send the documents to: 2-8-14 Iwagami-machi, #203, Maebashi-shi", "#203"),
    ("От: Кузнецова Мария <m.kuz@mail.ru>\nЗдравствуйте!", "Кузнецова Мария"),
])
def test_json_card_holders_and_codes_romaji_rooms_and_cyrillic_names_are_masked(scan, text, value):
    assert value not in scan(text)["redacted_text"]


def test_cyrillic_prose_without_capitalised_pairs_names_no_one(scan):
    assert not findings_of(scan("Переведите, пожалуйста. Добрый день"), "PERSON")
