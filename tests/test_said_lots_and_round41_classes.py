"""Classes found on first contact in stop 41 (the known misses carried over and tuning sets train178–184, written
blind), each beside a harmless twin: lots and 丁目 said in kana, a list's item whose surname the dictionary
tags as a given name, …"""
from __future__ import annotations


def _masked(result, *values) -> bool:
    return not any(v in result["redacted_text"] for v in values)


# -- addresses said in kana ---------------------------------------------------------------------------------

def test_a_chome_said_in_kana_after_its_town_is_an_address(scan):
    r = scan("住所は前橋市朝日町よんちょうめじゅうにのさんです。この方への返信文を考えて")
    assert r["verdict"] == "block" and _masked(r, "じゅうにのさん")


def test_a_lot_said_in_kana_right_after_its_town_is_an_address(scan):
    r = scan("じたくは大手町さんじゅうのじゅうにですって言われたので訪問の案内を書いて")
    assert r["verdict"] == "block" and _masked(r, "さんじゅうのじゅうに")


def test_a_town_said_with_a_pause_before_its_kana_chome(scan):
    r = scan("えーと、住所は前橋市朝日町の、にちょうめの、ごのはちです")
    assert r["verdict"] == "block" and _masked(r, "ごのはち")


def test_kana_after_a_town_that_is_no_number_stays_words(scan):
    r = scan("その町のいちばんの名物を紹介する文章を書いて。町にのぼりを立てる行事もある。")
    assert r["verdict"] == "allow"


# -- lists of names ---------------------------------------------------------------------------------------------

def test_a_surname_the_dictionary_tags_as_a_given_name_is_a_name_in_a_list_of_names(scan):
    r = scan("受付者一覧\n田中 一郎\n茂木 正則\n鈴木 花子")
    assert r["verdict"] == "block" and _masked(r, "茂木 正則")


def test_a_list_of_names_does_not_make_a_room_an_item(scan):
    r = scan("受付者一覧\n田中 一郎\n茂木 会議室\n鈴木 花子")
    assert "茂木 会議室" in r["redacted_text"]


# -- English names and tables -----------------------------------------------------------------------------------

def test_a_surname_with_a_one_letter_prefix_after_a_role_label_is_a_name(scan):
    r = scan("Please translate into Japanese.\nPatient: Michael O'Donnell\nReason for visit: follow-up")
    assert r["verdict"] == "block" and _masked(r, "O'Donnell")


def test_an_airport_with_an_apostrophe_names_no_one(scan):
    r = scan("I'm writing a travel note about O'Hare airport and the JR line to Maebashi.")
    assert r["verdict"] == "allow"


def test_a_markdown_header_row_is_no_label_and_value_and_its_name_column_is_read(scan):
    r = scan("Format this table.\n| Name | Dept |\n|---|---|\n| Tetsuo Kuribayashi | Sales |\n| Keiko Yamada | HR |")
    assert r["verdict"] == "block" and "| Name | Dept |" in r["redacted_text"] and _masked(r, "Tetsuo Kuribayashi")


def test_a_markdown_table_of_departments_passes(scan):
    r = scan("| Name | Floor |\n|---|---|\n| Sales | 3 |\n| Human Resources | 4 |")
    assert r["verdict"] == "allow"


# -- names in other shapes --------------------------------------------------------------------------------------

def test_a_katakana_family_name_with_a_kanji_given_name_and_an_honorific_is_a_name(scan):
    r = scan("ミラー 由美さんから、転入手続きについて電話がありました。折り返しのメモを整えて。")
    assert r["verdict"] == "block" and _masked(r, "ミラー 由美")


def test_a_country_or_a_word_before_a_given_name_is_no_family_name(scan):
    r = scan("スイーツの店が並ぶ通りで、ドイツ 料理のフェアを開きます。告知文を作って。")
    assert r["verdict"] == "allow"


def test_a_counter_after_its_count_is_no_one_kanji_surname(scan):
    r = scan("【記入例】\n申請者氏名：前橋 花子\n手術した猫の頭数：オス（１）頭　メス（２）頭\n※ご自身の氏名をご記入ください。")
    assert r["verdict"] != "block" and "メス" in r["redacted_text"]


def test_a_given_name_the_dictionary_reads_as_an_adverb_counts_before_a_private_mobile(scan):
    r = scan("当日の連絡網\nブース：地域おこし協力隊 藤井 颯（私用携帯 070-1449-2286）")
    assert _masked(r, "藤井 颯")


def test_a_katakana_given_name_in_its_own_cell_after_a_surname_is_a_name(scan):
    r = scan("取込用データの列の意味を推測して。\n0321,樋口,ヨシエ,S18.02.05,前橋市荻窪町,882-1,851411182398,田,1520")
    assert r["verdict"] == "block" and _masked(r, "ヨシエ", "S18.02.05")


def test_a_bare_example_before_a_record_with_a_real_number_is_one_of_the_records(scan):
    r = scan("紛失したUSBの中身：折返しリスト23名分\n- 例：加藤 恵美 027-251-4839 ／ 木村 翔太 080-6623-1907")
    assert _masked(r, "加藤 恵美", "木村 翔太")


def test_a_real_row_among_dummy_rows_is_masked(scan):
    r = scan("ダミーデータに1行だけ本物が混ざったかも。\n\nID,氏名,電話\nD001,テスト 一郎,000-0000-0001\n"
             "D002,荒木 佳代子,090-6130-2748\nD003,テスト 三郎,000-0000-0003")
    assert _masked(r, "荒木 佳代子")


def test_a_practice_exercise_table_of_stock_names_does_not_block(scan):
    r = scan("VLOOKUPの練習問題を作っています。\n\n番号\t氏名\t部署\n1\t山田 太郎\t総務課\n2\t鈴木 花子\t人事課")
    assert r["verdict"] != "block"


# -- English texts ----------------------------------------------------------------------------------------------

def test_a_post_named_before_a_latin_name_makes_it_someone_the_text_is_about(scan):
    r = scan("Please translate the doctor's comment for ALT Connor Mackay's annual health check: "
             "hepatitis B surface antigen positive.")
    assert r["verdict"] == "block" and _masked(r, "Connor Mackay")


def test_a_programme_named_after_the_post_names_no_one(scan):
    r = scan("The ALT Coordinator Meeting is on Friday in Room 3. Please write a short reminder.")
    assert r["verdict"] == "allow"


def test_a_maiden_name_in_brackets_is_the_person_s_name_too(scan):
    r = scan("From: Haruka Ellison <h.ellison@example.com>\nMy name is Haruka Ellison (née Sugimoto). "
             "My passport number is TZ1187402.")
    assert _masked(r, "Sugimoto")


def test_the_members_of_a_family_named_by_its_surname_are_names(scan):
    r = scan("We are the Okafor family (Chidi Okafor and Yumi Okafor) and will move to 3-7-18 Iwagami-machi, Maebashi.\n"
             "Phone: 090-8847-2216")
    assert _masked(r, "Chidi Okafor", "Yumi Okafor")


def test_an_english_non_public_matter_without_a_marking_warns(scan):
    r = scan("HR is considering a disciplinary measure for the staff member who lost the folder. "
             "Write an English summary for the coordinators' meeting.")
    assert r["verdict"] == "warn"


def test_a_promise_of_confidentiality_to_the_public_passes(scan):
    r = scan('Translate for our poster: "Consultations are free and confidential. Your information will not be shared '
             'with your employer without your consent."')
    assert r["verdict"] == "allow"


def test_an_english_insured_number_after_its_romaji_symbol_is_found(scan):
    r = scan("Explain the fields of her card.\nName: Kim Min-seo\nInsured person symbol/number: Maebashi 12 - 0733519")
    assert _masked(r, "0733519")


def test_a_facility_on_the_line_above_its_address_makes_the_address_the_facility_s(scan):
    r = scan("Translate this for the map page:\n\nMaebashi International Exchange Lounge\nAddress: 3-4-20 Honmachi, Maebashi")
    assert r["verdict"] != "block"


# -- secrets, hosts, markings -----------------------------------------------------------------------------------

def test_a_username_and_password_without_colons_on_one_line_are_credentials(scan):
    r = scan("手順書にして。\n2. ユーザー名 kanri、パスワード Mcm2024!adm でログイン")
    assert _masked(r, "kanri", "Mcm2024!adm")


def test_a_database_client_password_on_its_command_line_is_a_credential(scan):
    r = scan("このクエリを速くしたい。\n-- 接続: sqlcmd -S dbsrv\\JUKI -U rpt_user -P Rpt@2023!juki\nSELECT COUNT(*) FROM T_IDO;")
    assert _masked(r, "Rpt@2023!juki")


def test_a_password_in_brackets_after_its_word_is_a_credential(scan):
    r = scan("読み取りパスワードが別（ro-Maebashi#55）の場合のVBAの書き方を教えて")
    assert _masked(r, "ro-Maebashi#55")


def test_a_server_name_and_its_private_address_in_one_bracket_are_internal(scan):
    r = scan("録音管理サーバー（ccrec-srv02、10.31.8.22）に接続できません。ベンダーへの問い合わせを作って。")
    assert _masked(r, "ccrec-srv02", "10.31.8.22")


def test_a_marking_between_warning_signs_at_the_head_is_a_marking(scan):
    r = scan("⚠秘⚠\nワクチン接種計画（国と協議中の素案）\n会議用の骨子を作って。")
    assert r["verdict"] == "block"


def test_a_marking_said_as_the_tone_of_a_game_is_no_marking(scan):
    r = scan("学童の夏のイベントで宝さがしの指令書を作って。\n・「この指令書は部外秘だ！大人に見せるな！」みたいなノリで")
    assert r["verdict"] == "allow"


def test_a_giver_asking_for_confidentiality_marks_the_material(scan):
    r = scan("3社の参考見積の内訳は、先方から「社外秘でお願いします」と言われています。比較表を作って。")
    assert r["verdict"] == "block"


# -- non-public matters and precision ---------------------------------------------------------------------------

def test_an_operation_that_must_not_leak_beforehand_warns(scan):
    r = scan("無許可営業の疑いのある屋台を来月のイベントで一斉に確認します。事前に情報が漏れると逃げられるので、班編成を考えて。")
    assert r["verdict"] == "warn"


def test_a_leak_of_personal_data_as_a_general_worry_passes(scan):
    r = scan("個人情報が漏れると困るので、パスワードの付け方の呼びかけ文を作って。")
    assert r["verdict"] == "allow"


def test_an_incident_under_investigation_with_publication_undecided_warns_even_when_asking_for_an_apology(scan):
    r = scan("お礼状メールの誤送信が発生しました。現在調査中で公表の要否も未決定です。公表する場合のお詫び文を作って。")
    assert r["verdict"] == "warn"


def test_code_that_counts_audit_findings_is_no_audit_finding(scan):
    r = scan("監査指摘のCSVを集計するPythonを書きました。読みやすくして。\n\nimport csv\nrows = list(csv.DictReader(open('f.csv')))")
    assert r["verdict"] == "allow"


def test_a_pass_line_still_being_drawn_warns(scan):
    r = scan("採用試験の一次試験の得点分布から、合格ラインを何点にするか検討しています。度数分布表の式を教えて。")
    assert r["verdict"] == "warn"


def test_a_count_of_children_with_an_illness_is_no_one_s_health(scan):
    r = scan("保護者向けのお知らせを直して。園内で感染性胃腸炎の発生がありました（園児2名、6月10日現在）。")
    assert r["verdict"] == "allow"


def test_a_kindergarten_s_address_after_its_name_is_the_facility_s(scan):
    r = scan("市立ひかり幼稚園（前橋市下沖町318-2）の見学案内をやさしい文章で作ってください。")
    assert r["verdict"] != "block"


def test_a_parcel_of_forest_named_by_its_lot_with_no_owner_warns(scan):
    r = scan("富士見町小暮字十二 2241番 の山林について、森林経営計画の一般的な要件を教えてください。")
    assert r["verdict"] == "warn"


def test_a_donor_s_house_number_beside_their_name_blocks_in_a_list_for_print(scan):
    r = scan("広報紙に載せる寄附者一覧です。企業だけを残して並べて。\n\n株式会社上毛ロジテック　500,000円　前橋市問屋町一丁目\n"
             "金井 里美　30,000円　東京都港区高輪3-9-12")
    assert r["verdict"] == "block" and _masked(r, "金井 里美", "3-9-12")


def test_an_ocr_lot_spaced_digit_by_digit_after_its_town_is_an_address(scan):
    r = scan("OCRで崩れたメモを直して。\nおやかた の 宮崎 さん けいたい 090 3375 6012\nじゅうしょ 前橋市 市之関町 1 4 2 5")
    assert _masked(r, "1 4 2 5")


# -- the third batch (train193–200) -----------------------------------------------------------------------------

def test_a_safe_s_dial_combination_is_a_credential(scan):
    r = scan("夜間の手順をまとめて。\n・収蔵庫の鍵：事務室金庫（ダイヤル 41-08-66）")
    assert _masked(r, "41-08-66")


def test_a_date_that_names_when_a_safe_was_installed_is_no_combination(scan):
    r = scan("金庫の設置は 2024-05-10 に完了しました。点検の案内文を作って。")
    assert r["verdict"] == "allow"


def test_an_app_key_assigned_in_code_is_a_credential(scan):
    r = scan('リトライ処理を入れて。\nAPPKEY = "9c2e7b1a04f35d8e6a1b7c9d2e4f6a80"\nr = requests.get(url, params={"appkey": APPKEY})')
    assert _masked(r, "9c2e7b1a04f35d8e6a1b7c9d2e4f6a80")


def test_a_host_under_an_internal_label_that_a_url_opens_is_internal(scan):
    r = scan("このURLが職員PCから開けません: https://library-app.internal.maebashi/k/52/")
    assert _masked(r, "library-app.internal.maebashi")


def test_children_s_birthdays_in_rows_are_birth_dates_when_the_text_says_so(scan):
    r = scan("名前と学校と誕生日が入ったデータをCSVにして。\n\n"
             "松井 悠人 / 前橋市立桃井小 / 平成27年6月8日\n吉川 芽依 / 前橋市立若宮小 / 平成26年12月19日")
    assert _masked(r, "平成27年6月8日", "平成26年12月19日")


def test_a_student_s_university_in_the_bracket_is_no_office(scan):
    r = scan("実習生の評価を所見にして。\n実習生：桑原 由佳（群馬大学 教育学部 3年）\n評価：B　遅刻2回")
    assert r["verdict"] == "block" and _masked(r, "桑原 由佳")


def test_a_hangul_name_after_a_relation_word_is_a_name(scan):
    r = scan("韓国語の問い合わせを訳して。\n어머니 이순자(87세)의 요양 인정 갱신에 관해 문의드립니다.")
    assert r["verdict"] != "allow" and _masked(r, "이순자")


def test_a_chinese_name_after_a_japanese_slot_and_its_other_writing_are_names(scan):
    r = scan("案内文を中国語で作って。\n患者：刘建国（劉建国）　男性 56歳\n診断：肺結核")
    assert _masked(r, "刘建国", "劉建国")


def test_a_child_introduced_by_the_parent_in_chinese_is_a_name(scan):
    r = scan("中国語のメッセージを訳して。\n您好！我是王丽娜，孩子叫陈子豪，现在在家里带。")
    assert _masked(r, "陈子豪")


def test_a_hangul_column_headed_as_names_holds_names(scan):
    r = scan("名簿を整えて。\n\n이름 | 이메일 | 전화\n최유진 | choi.yujin0517@naver.com | 070-8812-3304")
    assert _masked(r, "최유진")


def test_an_insured_number_labelled_in_korean_is_found(scan):
    r = scan("韓国語の問い合わせです。\n개호보험 피보험자번호: 0001472583\n현재 요개호 3입니다.")
    assert _masked(r, "0001472583")


def test_a_birth_date_labelled_in_tagalog_is_a_birth_date(scan):
    r = scan("タガログ語の依頼を訳して。\nPangalan: Joy Mendoza Castillo\nKaarawan: 1990年7月15日")
    assert _masked(r, "1990年7月15日")


def test_a_variable_the_code_assigns_is_no_login_id(scan):
    r = scan('Review this.\nDB_USER = os.environ["LF_DB_USER"]\nDB_PASSWORD = os.environ["LF_DB_PASSWORD"]\n'
             'conn = psycopg2.connect(host=DB_HOST, user=DB_USER, password=DB_PASSWORD)')
    assert r["verdict"] == "allow"


def test_a_ranked_list_of_candidates_names_people(scan):
    r = scan("Please rank these candidates for the ALT post.\n\n1) Sophie Lambert – strong classroom presence\n"
             "2) Marcus Oyelaran – weak on Japanese")
    assert r["verdict"] == "block" and _masked(r, "Sophie Lambert", "Marcus Oyelaran")


def test_a_ranked_list_of_products_names_no_one(scan):
    r = scan("Rank these options for our file sharing:\n1) Google Drive – cheaper\n2) Microsoft Teams – better support")
    assert r["verdict"] == "allow"


def test_an_english_heading_with_its_marking_after_a_dash_is_a_marking(scan):
    r = scan("PERSONNEL — CONFIDENTIAL\n\nFY2024 review draft. Make the issues sound constructive.")
    assert r["verdict"] == "block"


def test_a_heading_in_capitals_after_a_dash_is_no_signature(scan):
    r = scan("Check the English of this sheet.\n\nSAMPLE — HOW TO FILL IN\nNationality: (example) United States")
    assert r["verdict"] == "allow"


def test_a_couple_sharing_one_family_name_are_both_named(scan):
    r = scan("Make a table.\n1. Ava Thompson (16) → Hideki & Junko Morooka, 1-24-6 Hirose-machi, tel 027-263-4819")
    assert _masked(r, "Morooka")


def test_backup_codes_on_their_label_s_line_are_all_masked(scan):
    r = scan("書き直して。\nバックアップコード：k7m2-9xqa  3pzt-w8hn  r4vd-6cey")
    assert _masked(r, "k7m2-9xqa", "3pzt-w8hn", "r4vd-6cey")


def test_a_paper_that_says_why_it_is_closed_is_marked(scan):
    r = scan("※本資料は事業者から任意に提出されたものであり非公開\n原価構成：人件費 41%、修繕費 18%\n積算のポイントを挙げて。")
    assert r["verdict"] == "block"


def test_an_administrator_account_and_its_password_after_a_slash(scan):
    r = scan("引き継ぎ書にして。\n・ローカル管理者：Administrator / Rkb_2024!Incin")
    assert _masked(r, "Rkb_2024!Incin")


def test_a_pre_shared_key_on_the_line_after_its_word_is_a_credential(scan):
    r = scan("VPN手順書を短くして。\n3. 事前共有キーの入力を求められたら、次のキーを入力します：\n　　Kanko-VPN-PSK-7731zz")
    assert _masked(r, "Kanko-VPN-PSK-7731zz")


def test_a_secret_s_value_in_an_env_list_is_a_credential(scan):
    r = scan("このマニフェストをレビューして。\n    env:\n      - name: SESSION_SECRET\n        value: \"a81f3c9e0d2b47f6a5c1e8d3b9f40e27\"")
    assert _masked(r, "a81f3c9e0d2b47f6a5c1e8d3b9f40e27")


def test_a_secret_read_from_a_secret_store_is_no_value(scan):
    r = scan("このマニフェストをレビューして。\n    env:\n      - name: SESSION_SECRET\n        valueFrom:\n          secretKeyRef: {name: app}")
    assert r["verdict"] == "allow"


def test_a_month_s_births_mapped_to_a_checkup_month_is_no_one_s_birth_date(scan):
    r = scan("健診の日程表をお知らせ文にして。\n対象月の目安：令和6年12月生まれ → 令和7年4月実施")
    assert r["verdict"] == "allow"


def test_a_faq_for_the_counter_states_rules_not_secrets(scan):
    r = scan("窓口で配るQ&Aを作りました。表現を柔らかくして。\n\nQ3 家族に知られずに相談できますか？\nA3 相談の内容は、ご本人の同意なく家族に伝えることはありません。")
    assert r["verdict"] == "allow"


def test_a_contest_s_rule_for_unpublished_works_is_no_unpublished_matter(scan):
    r = scan("募集要項にQ&Aを付けて。\n\n応募作品は未発表のものに限ります。1人1編まで。")
    assert r["verdict"] == "allow"


def test_a_published_guide_s_policy_of_not_publishing_exam_questions_passes(scan):
    r = scan("職員採用試験の受験案内（公表済み）です。スライド原稿にして。\n\n9 試験問題の公開について\n教養試験の問題は公開していませんが、"
             "出題分野は市のホームページに掲載しています。")
    assert r["verdict"] == "allow"


def test_words_quoted_to_ask_their_meaning_are_no_statement(scan):
    r = scan("次の文の「非公開」の意味として近いものを教えて。「秘密にする」のか「まだ発表していない」のか迷っています。")
    assert r["verdict"] == "allow"


# -- fc39, once opened ------------------------------------------------------------------------------------------

def test_an_address_after_a_venue_label_in_a_notice_is_the_venue_s(scan):
    r = scan("新しい子育て広場の案内文を作って。場所：前橋市総社町総社1580-1（総社公民館の隣）、開所：4月15日。")
    assert r["verdict"] != "block"


def test_a_home_after_a_venue_label_is_still_someone_s(scan):
    r = scan("訪問の記録を整えて。訪問場所：前橋市総社町総社1580-1（山田 花子さん宅）")
    assert r["verdict"] == "block"


# -- after fc39 (the remaining third-batch misses) --------------------------------------------------------------

def test_a_kana_given_name_after_a_pupil_s_grade_is_a_name(scan):
    r = scan("表彰式の司会原稿を作って。\n市長賞　芳賀小学校4年　戸塚 このみ\n教育長賞　南橘中学校1年　本間 颯太")
    assert _masked(r, "戸塚 このみ", "本間 颯太")


def test_a_dotted_katakana_name_after_a_pupil_s_grade_is_a_name(scan):
    r = scan("入賞者リストを読み上げ順にして。\n最優秀賞　桃井小4年　木村 ひなた\n優秀賞　岩神小5年　ソウザ・マリアナ")
    assert _masked(r, "ソウザ・マリアナ")


def test_the_counter_a_caller_came_to_does_not_own_the_caller_s_number(scan):
    r = scan("投稿者はたぶん狩野俊介さん（窓口に何度も来られている方で、電話は027-231-5589で履歴があります）です。")
    assert _masked(r, "027-231-5589")


def test_a_counter_s_own_number_is_still_the_office_s(scan):
    r = scan("市民課窓口の電話は027-231-5589です。案内文に入れて。")
    assert r["verdict"] == "allow"


def test_a_twelve_digit_number_whose_next_cell_says_it_is_an_order_number_is_no_licence(scan):
    r = scan("Excel formula please.\nA                | B\n654418520073     | (order no. from wholesaler)\n"
             "4901234945807    | Yakimanju gift box")
    assert r["verdict"] == "allow"


def test_a_name_key_beside_a_mail_key_in_a_record_holds_a_person_s_name(scan):
    r = scan('Count respondents by country.\n{"id": 1033, "name": "Anouk de Vries", "email": "anouk.devries@ziggo.nl"}')
    assert _masked(r, "Anouk de Vries")


def test_a_name_key_of_a_place_record_names_no_one(scan):
    r = scan('Fix this JSON.\n{"name": "Maebashi Castle Park", "type": "park", "open": "9:00"}')
    assert r["verdict"] == "allow"


def test_a_name_key_in_a_vendor_s_dummy_payload_names_no_one(scan):
    r = scan('Write a JSON Schema. The values are dummy examples from the documentation.\n'
             '{"name": "Jane Doe", "email": "jane.doe@example.com", "phone": "+00 000-0000-0000"}')
    assert r["verdict"] == "allow"
