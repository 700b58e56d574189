"""Stop 39's classes (the tuning sets train138–144), each beside a harmless twin: a given name with its reading in
brackets (Sudachi's one token), a pupil's label and year before a name, a one-kanji given name read aloud again, a
sensitive term whose named person the judge reads as public, an organisation or a law named by a disability word, a
question everyone is asked, 本人確認書類 and 対象者の要件, a public pamphlet's request, a text said to be made anonymous,
a letter to one addressee, a reminder notice's words, impairments written with 機能障害, a handbook column, a login
ID's short label, a URL's account, a VPN host under a -int label, a subject line's title after a dash, a log's
key=value name, a Latin name quoted in an SQL row, a signature spelled in the sender's address, a lot number repeated
alone or after 同, a supposed person in a question, examples a request asks to use, a book's authors beside an ISBN,
a notice and the list it announces. (Texts are written for these tests; none is a corpus line.)"""
from __future__ import annotations

import pytest

from support import types_of as _types  # (the scan fixture is conftest's: the development policy)


def _blocked(r) -> set:
    return {f["type"] for f in r["findings"] if f["action"] == "block"}


# -- a given name with its reading in brackets -------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("生徒：2年 石原 蒼（あおい）\n状況：祖母の介護を担っている。", "石原 蒼"),
    ("対象児童：2年3組 梅津 凛（りん）", "梅津 凛"),
])
def test_a_spaced_name_whose_given_name_is_read_in_brackets_is_masked(scan, text, name):
    r = scan(text)
    assert "PERSON" in _blocked(r)
    assert name not in r["redacted_text"]


def test_a_word_with_its_reading_in_brackets_is_no_name(scan):
    r = scan("配布資料（はいふしりょう）と議題（ぎだい）の読みを確認してください。")
    assert r["verdict"] == "allow"


def test_a_one_kanji_given_name_read_aloud_again_is_masked_with_its_reading(scan):
    r = scan("差出人：桜庭 悠 <haruka.sakuraba@example.jp>\n住所変更の届けを出しました。悠（はるか）より")
    assert "悠（はるか）" not in r["redacted_text"]


# -- a sensitive term and the name it stands on ------------------------------------------------------------
def test_a_sensitive_term_beside_famous_names_the_judge_reads_as_public_is_no_block(scan):
    r = scan("障害者週間の市長あいさつの参考に、パラリンピック車いすテニスの国枝慎吾さん、作家の乙武洋匡さんの、"
             "障害と社会に関する有名な言葉を紹介してください。出典がはっきりしないものは「出典要確認」と書いてください。")
    assert r["verdict"] != "block"


def test_a_sensitive_term_beside_a_private_persons_name_blocks(scan):
    r = scan("ケース記録：利用者の笠原 典子さん（78）は障害が重く、週3回の訪問介護を利用している。")
    assert "SENSITIVE_PERSONAL_INFO" in _blocked(r)


@pytest.mark.parametrize("text", [
    "前橋市障害者施策推進協議会の委員名簿を会議資料の席次表にしたいです。名簿の順に並べてください。",
    "障害者差別解消法の合理的配慮について、窓口での例を3つ挙げてください。",
    "面談ではお子さんの健康状態や食物アレルギーの有無をお聞きします、という一文を案内に加えてください。",
    "申請には、申請書のほか、障害者手帳（お持ちの方）、本人確認書類が必要です。",
    "就労継続支援A型とB型の違いを、対象者の要件（障害者手帳の要否）と利用者負担の観点で比べてください。",
])
def test_a_disability_word_naming_an_organisation_a_law_or_a_rule_for_everyone_is_no_ones(scan, text):
    assert "SENSITIVE_PERSONAL_INFO" not in _blocked(scan(text))


def test_a_public_pamphlets_chapter_asked_to_be_rewritten_is_general(scan):
    r = scan("市の冊子「障害福祉のしおり」（令和6年度版、市ホームページで公開中）の次の章を、やさしい日本語に書き換えてください。\n"
             "相談支援事業所では、ご本人やご家族の希望を伺いながら、どのようなサービスが利用できるかを一緒に考えます。"
             "医師の意見書（難病等の方）が必要な場合があります。")
    assert r["verdict"] == "allow"


def test_a_case_said_to_be_made_anonymous_warns_rather_than_blocks(scan):
    r = scan("窓口でよくある相談への回答例を作りたいので、Q&Aにしてください（個人が特定されないよう内容は少し変えています）。\n\n"
             "70代の女性。夫ががんの治療中で、毎月の医療費が高い。")
    assert r["verdict"] == "warn"


def test_a_case_said_to_be_badly_anonymised_still_blocks(scan):
    r = scan("匿名化が不十分な点がないか確認してください。\n地区で唯一の外国籍世帯。夫は糖尿病で週3回透析、妻はパート。")
    assert r["verdict"] == "block"


def test_a_letter_to_one_addressee_ties_its_arrears_to_them(scan):
    r = scan("〒371-0035\n前橋市岩神町三丁目9番14号\n茂木 信太郎 様\n\n国民健康保険税 催告書\n"
             "あなたの国民健康保険税は、下記のとおり納期限を過ぎても納付されていません。\n" + "本税 96,400円\n" * 3
             + "本書到達後10日以内に納付がない場合は、法令に基づき財産の差押えを執行します。")
    assert "SENSITIVE_PERSONAL_INFO" in _types(r)


def test_a_reminder_notices_template_without_an_addressee_is_no_ones_arrears(scan):
    r = scan("催告書のひな形の文面を、もう少しやわらかい表現にしてください。")
    assert "SENSITIVE_PERSONAL_INFO" not in _blocked(r)


@pytest.mark.parametrize("term", ["膀胱機能障害", "体幹機能障害", "ウロストミー"])
def test_an_impairment_written_with_kinou_shougai_is_sensitive(scan, term):
    r = scan(f"対象者：ユン・ソヨン様（{term}）の給付決定について業者へ連絡します。")
    assert "SENSITIVE_PERSONAL_INFO" in _types(r)


def test_a_systems_function_fault_is_no_impairment(scan):
    assert "SENSITIVE_PERSONAL_INFO" not in _types(scan("基幹系サーバの機能障害が発生し、窓口業務を一時停止しました。"))


def test_a_handbook_column_of_a_roster_is_sensitive(scan):
    r = scan("氏名,手帳,作業\n根岸 優斗,療育B,ネギ皮むき\n星野 ゆかり,精神2,袋詰め")
    assert "SENSITIVE_PERSONAL_INFO" in _types(r)
    assert "精神2" not in r["redacted_text"]


def test_a_handbook_column_of_statistics_passes(scan):
    assert scan("手帳種別,交付数\n身体,1203\n精神,455\n療育,388")["verdict"] == "allow"


# -- secrets and hosts ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, login", [
    ("管理画面ID：hoiku-admin\nパスワード：Mb#Tk2024!nursery", "hoiku-admin"),
    ("DEBUG connect postgresql://hoiku_db:Pg!kodomo0331@10.42.18.7:5432/kosodate", "hoiku_db"),
])
def test_the_account_paired_with_a_password_is_masked(scan, text, login):
    r = scan(text)
    assert login not in r["redacted_text"]


@pytest.mark.parametrize("text", [
    "接続文字列は postgresql://user:password@localhost/db の形式で書きます。",
    "DATABASE_URL: postgres://postgres:changeme@localhost:5432/translate",
])
def test_a_urls_placeholder_account_passes(scan, text):
    assert "CREDENTIAL" not in _types(scan(text))


def test_a_vpn_gateway_under_an_int_label_is_internal(scan):
    r = scan("VPN接続先：vpn-gw.city-int.maebashi.lg.jp")
    assert "INTERNAL_NETWORK" in _blocked(r)


def test_a_companys_own_name_ending_in_int_is_no_internal_host(scan):
    assert "INTERNAL_NETWORK" not in _types(scan("参考サイト www.point-int.example.com を見てください。"))


# -- English and code -------------------------------------------------------------------------------------
def test_a_subject_lines_title_after_a_dash_is_no_signature(scan):
    r = scan("Subject: RE: Visit of the Delegation in October – Draft Schedule\n\nDear colleagues,\n"
             "Please find below our draft schedule.\n\nDraft schedule for the visiting delegation")
    assert "PERSON" not in _types(r)


def test_a_name_after_a_dash_on_a_subject_line_is_masked(scan):
    r = scan("Subject: Support letter – Chiamaka OKAFOR\nDear Ms. Okafor,\nWe have recorded your passport number.")
    assert "Chiamaka OKAFOR" not in r["redacted_text"]


def test_a_latin_name_as_a_logs_key_value_is_masked(scan):
    r = scan("2024-11-09 08:30-17:30 利用者=Kowalczyk Anna ヘルパー=H031 行先=高崎市")
    assert "Kowalczyk Anna" not in r["redacted_text"]


def test_a_latin_name_quoted_in_an_sql_row_with_personal_data_is_masked(scan):
    r = scan("INSERT INTO mytaku_user VALUES (10232, 'Pham Thi Mai', '1990-02-14', '080-9024-5571', '城南');")
    assert "Pham Thi Mai" not in r["redacted_text"]
    assert "1990-02-14" not in r["redacted_text"]


def test_a_product_name_quoted_in_an_sql_row_passes(scan):
    r = scan("INSERT INTO items VALUES (10232, 'Reflective Wrist Band', 165, 'JAN4549876543210');")
    assert "PERSON" not in _types(r)


def test_a_signature_spelled_in_the_senders_address_is_masked_and_ties_the_writers_condition(scan):
    r = scan("From: daniel.okafor.mbs@gmail.com\nI am a deaf resident. Nobody at the counter could write to me.\n"
             "Please contact me by email only.\nDaniel Okafor")
    assert "Daniel Okafor" not in r["redacted_text"]
    assert "SENSITIVE_PERSONAL_INFO" in _types(r)


def test_a_first_person_sentence_without_a_signed_name_is_no_ones_condition(scan):
    r = scan("I think dementia is a growing issue for our city.\nInternational Exchange Division")
    assert "SENSITIVE_PERSONAL_INFO" not in _blocked(r)


# -- addresses, supposed persons, examples, books ---------------------------------------------------------
def test_a_lot_number_repeated_alone_or_after_dou_is_masked(scan):
    r = scan("立会者：\n宇佐美 仁（関根町二丁目654番地7 所有者）\n金井 トミ（同654番地8 所有者）\n\n"
             "1 654番地7との境界\n既設のコンクリート杭を確認。")
    assert "654番地7" not in r["redacted_text"]
    assert "654番地8" not in r["redacted_text"]


def test_dou_before_a_count_or_a_page_range_is_no_address(scan):
    assert scan("同3名が参加しました。詳細は同10-12頁を参照。")["verdict"] == "allow"


def test_a_person_supposed_for_a_question_is_no_one(scan):
    r = scan("たとえば山田さんという方が要介護2で、訪問介護を週3回使った場合、1割負担だと自己負担はいくらですか？")
    assert r["verdict"] == "allow"


def test_a_person_reported_by_name_in_a_consultation_is_someone(scan):
    r = scan("山田さんという方から電話があり、要介護2の母のことで相談を受けました。")
    assert r["verdict"] == "block"


def test_dates_a_request_gives_as_examples_are_no_birth_dates(scan):
    r = scan("クラス年齢の決まり方を説明してください。例には「2023年4月2日生まれの子」「2024年3月生まれの子」のような"
             "一般的な日付を使ってください。")
    assert "DATE_OF_BIRTH" not in _types(r)


def test_a_birth_date_in_a_record_stays_a_birth_date(scan):
    r = scan("入所児童：梅田 さくら　2023年4月2日生まれ　1歳児クラス")
    assert "DATE_OF_BIRTH" in _blocked(r)


def test_a_books_authors_beside_its_isbn_are_public(scan):
    r = scan("保育所の絵本購入リストです。紹介文を付けてください。\n"
             "からすのパンやさん（かこさとし） ISBN 978-4-03-206030-8\n"
             "ぐりとぐら（なかがわりえこ・おおむらゆりこ） ISBN 978-4-8340-0082-2")
    assert r["verdict"] == "allow"


def test_an_audit_notice_and_the_findings_it_announces_are_one_passage(scan):
    r = scan("件名: 定期監査 講評の実施について（建設部）\n\n"
             "先般実施いたしました定期監査について、下記のとおり講評を行います。\n\n"
             "講評で伝達予定の主な事項\n・随意契約の理由書が3件で未作成（指摘予定）\n・前払金の支払遅延が1件（意見予定）")
    assert "NONPUBLIC_INFO" in _types(r)


# -- the second batch (train145–151) ----------------------------------------------------------------------
def test_backup_codes_listed_under_their_name_are_masked(scan):
    r = scan("アカウント：maebashi_official_photo\nバックアップコード：\n 4827 1935\n 6603 2281\n復旧用メール：koho@example.jp")
    assert "4827 1935" not in r["redacted_text"]
    assert "CREDENTIAL" in _blocked(r)


def test_a_text_about_backup_codes_without_any_passes(scan):
    assert scan("バックアップコードは8桁の数字です。紛失したときの手順を教えて。\n電話 027-224-1111")["verdict"] == "allow"


def test_a_marking_before_a_slash_heads_the_document(scan):
    assert "CONFIDENTIAL_MARKING" in _blocked(scan("庁内限り／令和7年度当初予算 要求資料（部活動地域移行推進事業）"))


def test_statistics_said_to_be_published_in_an_annual_report_pass(scan):
    r = scan("女性相談の分野別件数（年報に掲載済み）です。前年度との比較グラフのタイトルを作ってください。\n\n"
             "相談分野\tR4\tR5\nDV（配偶者・交際相手）\t214\t236\n離婚・家族関係\t188\t171")
    assert r["verdict"] == "allow"


def test_a_blank_forms_row_of_headings_is_no_name(scan):
    r = scan("住民異動届（転入）\n世帯主\t\t\t\t\n\t氏名\tフリガナ\t生年月日\t続柄\t住民票コード\n1\t\t\t\t\t\n2\t\t\t\t\t")
    assert "PERSON" not in _types(r)


def test_a_date_filled_in_beside_a_forms_blank_date_is_a_birth_date(scan):
    r = scan("項目\t様式\t提出分\n児童氏名\t\t北爪 蒼空\n生年月日\t　　年　　月　　日\t令和4年3月18日")
    assert "DATE_OF_BIRTH" in _blocked(r)


def test_a_year_month_day_apart_in_a_named_row_is_a_birth_date(scan):
    r = scan("1　KURIBAYASHI Riku　TK4829173　2008-05-02　なし\n2　MORIYA Aoi　TR7310268　2008-09-17　甲殻類")
    assert "DATE_OF_BIRTH" in _types(r)


def test_a_customers_supply_point_is_a_home_address(scan):
    r = scan("給水装置所在地：前橋市石倉町五丁目22番11号\n過大請求額：8,412円")
    assert "五丁目22番11号" not in r["redacted_text"]


def test_a_facilitys_location_stays_a_facilitys(scan):
    r = scan("施設所在地：前橋市大手町二丁目12番1号")
    assert "JP_ADDRESS" not in _blocked(r)


def test_a_real_application_shown_as_the_example_is_real(scan):
    r = scan("記入例として受付済みの1件を貼ります。\n\n商号\t松永塗装\n代表者氏名\t松永 浩二\n携帯\t090-6638-2104")
    assert "松永 浩二" not in r["redacted_text"]


def test_a_room_in_a_named_building_after_a_chome_is_a_home(scan):
    r = scan("場所：前橋市城東町二丁目 アパート「グランメール城東」302号\n児童：新井 陽翔（4歳）")
    assert "302号" not in r["redacted_text"]


def test_a_kanji_surname_beside_a_mail_spelling_its_reading_is_masked(scan):
    r = scan("・ボランティアとして手伝いたいので連絡ください r.kanbara@i.softbank.jp 神原\n・シャトルバスの待ち時間が長い")
    assert "神原" not in r["redacted_text"]


def test_an_office_beside_its_mail_address_passes(scan):
    assert "PERSON" not in _types(scan("担当 soumu@city.maebashi.lg.jp 総務課"))


def test_a_chinese_name_in_brackets_after_its_romanisation_is_masked(scan):
    r = scan("My name is Wang Lei (王磊). I came to Maebashi in April as a technical intern.")
    assert "王磊" not in r["redacted_text"]


def test_a_kana_family_name_and_a_dotted_given_name_said_again_alone_are_masked(scan):
    r = scan("関係児童：くるす あおい 他2名\n・くるす の保護者は「ふざけていただけ」と主張。")
    assert "くるす" not in r["redacted_text"]
    r = scan("児童：リー・ミンジュン（小2、男）\n学校訪問、ミンジュンと面談（養護教諭同席）。")
    assert "ミンジュン" not in r["redacted_text"]


def test_a_vpn_key_in_a_tables_cell_is_masked(scan):
    r = scan("所属\tユーザーID\tVPN共有鍵\t備考\n情報政策課\tjsei-admin01\tvpn-psk: 7fG2-kLm9-Zx4P-aa81\t管理者")
    assert "7fG2-kLm9-Zx4P-aa81" not in r["redacted_text"]


def test_a_national_health_insurance_symbol_and_number_are_found(scan):
    r = scan("被保険者：渋谷 貞夫（国保 前-203 番号 06614）")
    assert "JP_HEALTH_INSURANCE" in _types(r)


def test_an_ocr_misread_birth_date_label_still_ties_the_date(scan):
    assert "DATE_OF_BIRTH" in _blocked(scan("氏名 小板橋 紀子\n生年月目 昭和58年4月17日"))


def test_a_case_records_subject_line_under_a_square_mark_ties_its_facts(scan):
    r = scan("■対象生徒：笛木 陽菜（14歳、女子）\n■担任：教諭\n\n" + "経過は次のとおり。\n" * 8
             + "12月中旬に心療内科を受診、適応障害と診断されている。")
    assert "SENSITIVE_PERSONAL_INFO" in _types(r)


def test_a_full_name_its_bearer_gives_is_masked(scan):
    r = scan("DM本文：\nはじめまして、星野蒼といいます。応募フォームには aoi.hoshino.88@gmail.com を書きました。")
    assert "星野蒼" not in r["redacted_text"]


# -- the third batch (train152–155) -----------------------------------------------------------------------
def test_barcodes_under_a_jan_heading_are_no_card_numbers(scan):
    r = scan("JAN\t商品名\t在庫\n4573120480134\tポストカード5枚セット\t112\n4573120480141\t展覧会図録 2023\t7")
    assert "CREDIT_CARD" not in _types(r)


def test_a_card_number_under_a_card_heading_stays_a_card(scan):
    r = scan("カード番号\t氏名\n4539148803436467\t山田 花子")
    assert "CREDIT_CARD" in _blocked(r)


def test_a_wifi_key_after_the_word_key_is_masked(scan):
    r = scan("SSIDはMaebashi-Lib-Free、職員用はToshokan_staff（キー Toshokan_wifi2024）で合ってますか？")
    assert "Toshokan_wifi2024" not in r["redacted_text"]


def test_a_wifi_key_placeholder_passes(scan):
    assert "CREDENTIAL" not in _types(scan("SSIDとキーを書いた紙を掲示する（キー：XXXXXXXX）"))


def test_symptoms_of_a_named_person_are_sensitive(scan):
    r = scan("有症者一覧\n1 栗原 葵（6）9/5夜から嘔吐3回、発熱38.2℃\n2 田部井 光男（80）下痢、脱水症状のため救急搬送")
    assert "SENSITIVE_PERSONAL_INFO" in _types(r)


def test_a_hygiene_manuals_symptoms_are_no_ones(scan):
    r = scan("避難所運営マニュアルの「衛生・健康管理」の章の原稿です。表現を統一してください。\n"
             "・嘔吐物の処理は、使い捨て手袋を着用し、消毒すること。\n"
             "・食物アレルギーの有無は、名札に表示するかどうかを本人・保護者と相談して決める。")
    assert r["verdict"] == "allow"


def test_row_numbers_opening_each_line_do_not_finish_the_town_above(scan):
    r = scan("掲示場番号　設置場所　所在地\n1-2　中央公民館 前　千代田町二丁目\n2-1　総社公民館 敷地内　総社町一丁目\n"
             "2-2　元総社小学校 正門横　元総社町")
    assert "JP_ADDRESS" not in _blocked(r)


def test_a_lot_number_wrapped_onto_the_next_line_still_completes_the_address(scan):
    r = scan("住所：前橋市千代田町二丁目\n2-1 グランハイツ201")
    assert "JP_ADDRESS" in _blocked(r)


# -- fc37, once opened ------------------------------------------------------------------------------------
def test_an_insurance_symbol_with_a_space_and_a_hyphen_is_found(scan):
    r = scan("患者 小此木 涼子 さん（46）\n保険証の記載：記号 前橋 27-41　番号 60318")
    assert "JP_HEALTH_INSURANCE" in _types(r)


def test_an_internal_note_left_in_a_press_release_is_marked(scan):
    r = scan("報道発表資料\n\n前橋市ふるさと納税の寄附額が過去最高に\n"
             "※庁内限り：上位事業者1社に産地表示の疑義あり。報告要否を検討中。\nいただいた寄附金は子育て支援に活用します。")
    assert "CONFIDENTIAL_MARKING" in _blocked(r)


def test_a_note_telling_staff_not_to_enter_marked_documents_passes(scan):
    assert scan("※「庁内限り」などの表示がある文書は入力しないでください。")["verdict"] == "allow"


def test_kana_names_with_a_school_year_in_brackets_are_masked(scan):
    r = scan("配慮が必要な子の一覧です。\n・ふじさき こはる（小3）　卵アレルギー\n・ほりぐち そうた（小5）　特になし")
    assert "ふじさき こはる" not in r["redacted_text"]
    assert "ほりぐち そうた" not in r["redacted_text"]


def test_the_kanji_name_above_its_latin_spelling_on_a_card_is_masked(scan):
    r = scan("株式会社 上州テクノ設備\n営業部　公共営業課\n課長代理\n眞下 純一\nJunichi Mashimo\n携帯 080-8872-8826\n"
             "E-mail j-mashimo@joshu-techno.example.co.jp")
    assert "眞下 純一" not in r["redacted_text"]
