"""Stop 32's tuning sets (train65 text pasted from other systems, train66 English and mixed work, train67 decisions
before they are public, train68 small groups and sensitive facts): log lines and code, session cookies and framework
keys, romanised labels of identifiers, lists of names, made-up cases and published tables — each class with a hard
negative beside it; none of the texts is a corpus line."""
from __future__ import annotations

from support import findings_of, masked, types_of


# -- logs and code -----------------------------------------------------------------------------------------
def test_the_next_key_value_pair_after_a_password_word_in_a_log_is_no_password(scanner):
    text = ("09:12:44 LOGIN NG account=kk30571 reason=invalid_password attempt=2\n"
            "09:13:02 LOGIN NG account=kk30571 reason=invalid_password attempt=3\n"
            "ロックされる条件を教えてください。")
    assert scanner.scan(text)["verdict"] == "allow"


def test_a_password_after_its_word_and_a_space_is_still_a_password(scanner):
    r = scanner.scan("保守用アカウント mnt_admin PW Rk7#vQ2mLx9t で入れます")
    assert "CREDENTIAL" in types_of(r) and "Rk7#vQ2mLx9t" not in r["redacted_text"]


def test_a_session_cookie_in_a_log_is_a_credential(scanner):
    text = "14:02:11 DEBUG gw  Set-Cookie: KINTAISESSID=4be81c07d9a2f6e35b1c8d40a7f2e961; Path=/; Secure\nなぜ二重ログインになる？"
    r = scanner.scan(text)
    assert r["verdict"] == "block" and "4be81c07d9a2f6e35b1c8d40a7f2e961" not in r["redacted_text"]


def test_an_ordinary_cookie_without_a_session_is_not_a_credential(scanner):
    assert "CREDENTIAL" not in types_of(scanner.scan("Cookie: lang=ja; font_size=large; banner_closed=true_20260401"))


def test_a_framework_key_written_with_its_base64_prefix_is_a_credential(scanner):
    r = scanner.scan("APP_ENV=production\nAPP_KEY=base64:c2VjcmV0LWtleS1mb3ItbWFlYmFzaGktYXBwLTIwMjY=\nAPP_DEBUG=false")
    assert "c2VjcmV0LWtleS1mb3ItbWFlYmFzaGktYXBwLTIwMjY=" not in r["redacted_text"]


def test_failing_identifiers_as_test_arguments_in_code_are_not_reported(scanner):
    text = ("def test_rejects():\n    assert not check_kojin_bango(\"418203775915\")\n"
            "    assert not check_kojin_bango('730055128840')\nこのテストで足りますか。")
    r = scanner.scan(text)
    assert r["verdict"] == "allow", r["findings"]


def test_a_passing_identifier_as_a_test_argument_is_still_reported(scanner):
    # 418203775916 passes the My Number check digit: code with a real number in it still carries it
    text = "assert check_kojin_bango(\"418203775916\")\nこのテストで足りますか。"
    r = scanner.scan(text)
    assert r["verdict"] != "allow" and "418203775916" not in r["redacted_text"]


def test_identifiers_behind_romanised_labels_in_a_log_block(scanner):
    # kojin_no: a valid 個人番号; jumin_cd: a valid 住民票コード
    text = "[08:02:41] term=K-22 req=inkan kojin_no=418203775916 jumin_cd=52817393640 status=ERR-504"
    r = scanner.scan(text)
    assert r["verdict"] == "block" and {"JP_MY_NUMBER", "JP_RESIDENT_CODE"} <= types_of(r)


def test_card_shaped_serials_that_all_fail_luhn_are_not_card_numbers(scanner):
    text = "商品券カードの管理番号です。\nCard A: 5511 2043 7781 0216\nCard B: 5407 9932 1185 6620\n下4桁だけ残す表記案を。"
    assert "CREDIT_CARD" not in types_of(scanner.scan(text))


def test_one_card_number_with_a_digit_wrong_still_warns(scanner):
    assert scanner.scan("クレジットカード番号 5511 2043 7781 0216 で決済できませんでした")["verdict"] != "allow"


def test_phone_numbers_whose_subscriber_part_is_all_zeros_are_blanks(scanner):
    assert scanner.scan("OK: 090-0000-0000 / 027-000-0000 / 0270000000 を通す正規表現")["verdict"] == "allow"


def test_a_phone_number_with_zeros_only_in_the_middle_is_still_a_number(scanner):
    assert "PHONE_NUMBER" in types_of(scanner.scan("折り返し先：中島 智美さん 090-0000-4821"))


# -- names ------------------------------------------------------------------------------------------------
def test_a_comma_between_two_given_surname_names_is_not_a_surname_given_pair(rules_scan):
    text = "Show photos of Kei Nishikori, Naomi Osaka and Ai Fukuhara, then write three quiz questions."
    assert "PERSON" not in types_of(rules_scan(text))


def test_surname_given_pairs_in_an_attendee_list_are_still_names(scanner):
    r = scanner.scan("Attendees: Morimoto, Kenta; Ishikawa, Rina")
    assert r["verdict"] == "block" and "Morimoto, Kenta" not in r["redacted_text"]


def test_latin_names_after_a_class_label_are_pupils(scanner):
    text = ("2年3組 Lucas Ferreira：Math is improving but he often forgets homework.\n"
            "2年3組 Amira Haddad：Very kind to classmates.")
    r = scanner.scan(text)
    assert "Lucas Ferreira" not in r["redacted_text"] and "Amira Haddad" not in r["redacted_text"]


def test_a_latin_former_name_is_a_name(scanner):
    assert masked(scanner, "申出人：森 エレナ（旧姓 Elena Sokolova、2023年に婚姻）から氏の変更について相談", "Elena Sokolova")


def test_a_famous_persons_real_name_is_not_taken_for_a_resident(rules_scan):
    text = "作家の魯迅（本名 周樹人）と藤野先生の交流を、中学生向けに300字で紹介して。"
    assert rules_scan(text)["verdict"] != "block"


def test_the_last_name_of_an_enumeration_keeps_the_bracket_of_the_whole_list(scanner):
    text = "関係職員：相葉 朔、黒沢 蒼空（いずれも係員）\n・10月　窓口で利用者から苦情"
    r = scanner.scan(text)
    assert "相葉 朔" not in r["redacted_text"] and "黒沢 蒼空" not in r["redacted_text"]


def test_a_unit_and_its_role_after_names_are_not_names(scanner):
    r = scanner.scan("出席：総務課 庶務係、財政課 予算係（いずれも担当）")
    assert "PERSON" not in types_of(r)


def test_a_person_appointed_to_a_public_office_is_introduced_in_it(scanner):
    text = "広報紙の記事：今年度から城東地区の民生委員・児童委員に委嘱された大谷 房江さん。趣味は俳句です。"
    assert scanner.scan(text)["verdict"] != "block"


def test_a_resident_beside_the_same_words_in_a_private_matter_is_still_private(scanner):
    text = "民生委員から連絡：大谷 房江さん（82歳）が自宅で転倒して入院したとのこと。"
    assert scanner.scan(text)["verdict"] == "block"


# -- markings ---------------------------------------------------------------------------------------------
def test_a_marking_joined_with_what_the_copy_is_for_in_one_bracket_is_a_marking(scanner):
    r = scanner.scan("検査メモ（内部用・取扱注意）\n・工事写真の日付に不一致あり")
    assert "CONFIDENTIAL_MARKING" in types_of(r) and r["verdict"] == "block"


def test_a_bracket_of_what_the_copy_is_for_alone_is_no_marking(scanner):
    assert "CONFIDENTIAL_MARKING" not in types_of(scanner.scan("検査メモ（内部用・提出用）を表にして"))


# -- made-up cases, small groups, published tables ----------------------------------------------------------
_MADE_UP = ("以下は研修用の【架空の事例】です。討議の問いを3つ作って。\n\n"
            "Bさん（60代・女性）は夫と二人暮らし。" + "近所づきあいは少なく、買い物は週に一度。" * 6 +
            "\nBさんは持病の糖尿病の通院を最近やめてしまった。")


def test_a_text_that_declares_its_case_made_up_names_no_one(scanner):
    assert scanner.scan(_MADE_UP)["verdict"] == "allow"


def test_the_same_case_without_the_declaration_is_still_reported(scanner):
    text = _MADE_UP.replace("以下は研修用の【架空の事例】です。", "以下は先週の相談記録です。")
    assert scanner.scan(text)["verdict"] != "allow"


def test_a_name_in_a_case_declared_made_up_is_still_a_name(scanner):
    text = "【架空の事例】\n相談者：蓮見 さくら（43歳）は生活保護を受けている。"
    assert "PERSON" in types_of(scanner.scan(text))


def test_the_youngest_of_a_small_unit_with_a_sensitive_fact_blocks(scanner):
    text = "出張所（職員4名）で最年少の職員（20代女性）について、給与の差押命令が届いた。対応の流れを教えて。"
    assert scanner.scan(text)["verdict"] == "block"


def test_a_published_fee_table_by_stage_names_no_one(scanner):
    text = ("保険料の段階表を説明して。\n第1段階 生活保護受給者、本人が非課税で年金収入80万円以下：基準額×0.3\n"
            "第2段階 本人が非課税で年金収入80万円超：基準額×0.5")
    assert "SENSITIVE_PERSONAL_INFO" not in types_of(scanner.scan(text))


def test_an_age_range_in_a_schedule_is_nobody(scanner):
    text = "定期接種の一覧を英語にして。\n日本脳炎：3歳から（1期）3回\n水痘：1歳から 2回"
    assert "SENSITIVE_PERSONAL_INFO" not in types_of(scanner.scan(text))


def test_an_age_of_one_child_with_an_illness_is_still_someone(scanner):
    text = "長男（3歳）が先週から脳炎で入院しており、手続きに行けません。"
    assert findings_of(scanner.scan(text), "SENSITIVE_PERSONAL_INFO")


# -- published matters ------------------------------------------------------------------------------------
def test_a_minimum_price_before_its_notice_is_still_non_public(scanner):
    text = "来月公告予定の市有地売払いの最低売却価格を 9,800,000円 にする案です。妥当か意見を。"
    assert "NONPUBLIC_INFO" in types_of(scanner.scan(text))


def test_a_provisional_scoring_before_the_committee_meets_is_non_public(scanner):
    text = ("商店街活性化補助の選定委員会（12日）の前に、担当で仮採点した結果です。講評の文案を作って。\n"
            "応募者,計画性,波及効果,計\n有限会社ひろせ青果,30,22,52\n株式会社赤城クラフト,26,27,53")
    assert "NONPUBLIC_INFO" in types_of(scanner.scan(text))


def test_scoring_results_already_published_are_not_non_public(scanner):
    text = "ホームページで公表済みの選定結果です。応募者向けの講評を作って。\n有限会社ひろせ青果 52点\n株式会社赤城クラフト 53点"
    assert "NONPUBLIC_INFO" not in types_of(scanner.scan(text))


def test_an_action_the_other_side_has_of_course_not_been_told_of_is_non_public(scanner):
    text = "来週、滞納事業所に差押えのための立入りを予定しています。相手方にはもちろん知らせていません。持ち物リストを作って。"
    assert "NONPUBLIC_INFO" in types_of(scanner.scan(text))


def test_a_sample_english_form_with_a_sample_name_has_no_birth_date(scanner):
    text = "申請書サンプルの記入例です。自然な英語か見て。\n\nName: John Doe\nDate of birth: July 7, 1988\nTel: 090-0000-0000"
    assert scanner.scan(text)["verdict"] == "allow"


def test_the_same_form_with_a_real_looking_name_has_a_birth_date(scanner):
    text = "申請書の英語を見て。\n\nName: Claire Whitfield\nDate of birth: July 7, 1988"
    assert "DATE_OF_BIRTH" in types_of(scanner.scan(text))


# -- stop 32's second tuning sets (train69 counters, train70 IT work, train71 public writing, train72 schools) --------
def test_a_table_with_bare_slashes_between_its_cells_reads_its_heading(scanner):
    text = "名簿です。年齢順に並べて。\n\n氏名／生年月日／学校\n久保 陽菜／2008年5月2日／県立高\n相馬 颯／2007年12月9日／私立高"
    r = scanner.scan(text)
    assert "2008年5月2日" not in r["redacted_text"] and "2007年12月9日" not in r["redacted_text"]


def test_a_slashed_table_of_dates_and_counts_holds_no_birth_date(scanner):
    text = "日付／件数／備考\n2024/06/03／12件／晴れ\n2024/06/04／9件／雨"
    assert "DATE_OF_BIRTH" not in types_of(scanner.scan(text))


def test_a_date_after_a_birth_label_or_before_the_hour_and_its_birth_mark_is_a_birth_date(scanner):
    r = scanner.scan("子の氏名　大室 凛\n出生　令和6年3月2日 午後11時40分\n体重 2,980g")
    assert "令和6年3月2日" not in r["redacted_text"]
    r = scanner.scan("子：大室 凛（りん）令和6年3月2日 午後11時40分 生")
    assert "令和6年3月2日" not in r["redacted_text"]


def test_births_counted_by_year_are_no_birth_date(scanner):
    assert "DATE_OF_BIRTH" not in types_of(scanner.scan("人口動態：出生　令和5年　1,203人、死亡　令和5年　2,410人"))


def test_a_reading_written_before_the_bracketed_kanji_name_is_masked_with_it(scanner):
    r = scanner.scan("対象児\nもろずみ ひなた（両角 陽向）　3歳児クラス")
    assert "もろずみ ひなた" not in r["redacted_text"] and "両角 陽向" not in r["redacted_text"]


def test_kana_words_before_a_bracket_without_a_name_in_it_stay(scanner):
    assert scanner.scan("ごみの出し方（燃える ごみ（可燃物））を説明して")["verdict"] == "allow"


def test_a_katakana_name_with_a_pupils_grade_after_it_is_a_name(scanner):
    r = scanner.scan("参加児童\n・マルティネス・ソフィア（小5）卵アレルギー\n・木暮 蒼（小5）")
    assert "マルティネス・ソフィア" not in r["redacted_text"]


def test_a_katakana_heading_with_a_grade_for_readers_is_no_name(scanner):
    assert scanner.scan("プリントの見出し：カタカナ・表記（小4向け）の練習")["verdict"] == "allow"


def test_a_pupil_named_after_who_and_where_they_are_in_english_is_a_name(scanner):
    text = "Just to let you know: a pupil in 3-1, Riku Hasegawa, told me he has not eaten since yesterday."
    assert "Riku Hasegawa" not in scanner.scan(text)["redacted_text"]


def test_a_famous_scientist_after_his_university_is_not_a_pupil(scanner):
    text = "The most famous student of Kyoto University, Shinya Yamanaka, won the Nobel Prize. Write a quiz."
    assert scanner.scan(text)["verdict"] == "allow"


def test_a_hex_channel_secret_is_a_credential(scanner):
    r = scanner.scan('BOT_CHANNEL_SECRET = "5f0c2ab7e913d84c6a1f07e2b9d35c48"')
    assert "5f0c2ab7e913d84c6a1f07e2b9d35c48" not in r["redacted_text"]


def test_a_hex_run_of_one_repeated_word_is_no_secret(scanner):
    assert scanner.scan("secret: deadbeefdeadbeefdeadbeefdeadbeef (テスト用の固定値)")["verdict"] != "block"


def test_a_stream_key_is_a_credential_and_the_word_alone_is_not(scanner):
    assert masked(scanner, "配信ソフトの設定\nストリームキー：k4m9-p2xq-77ad-wr3n\nビットレート 4500kbps", "k4m9-p2xq-77ad-wr3n")
    assert scanner.scan("ストリームキーの取得方法を教えて")["verdict"] == "allow"


def test_an_authentications_user_and_password_pair_is_a_credential(scanner):
    assert masked(scanner, "# メモ：Basic認証は mapadm / Kozu-4410 で設定済み", "Kozu-4410")


def test_an_authentications_format_is_no_credential(scanner):
    assert scanner.scan("Basic認証は user / password の形式で設定します")["verdict"] == "allow"


def test_a_foreign_residents_bracketed_address_in_a_notice_is_theirs(scanner):
    text = ("集合注射のお知らせハガキを作ってください。\n\n"
            "飼い主 カルドーゾ・ルシア（富士見町石井1187-3）090-5521-0846")
    assert "富士見町石井1187-3" not in scanner.scan(text)["redacted_text"]


def test_a_shops_bracketed_address_in_a_flyer_stays_published(scanner):
    text = "秋のイベントのお知らせチラシを作って。会場：和菓子 松風堂（前橋市千代田町二丁目5番1号）"
    assert "JP_ADDRESS" not in types_of(scanner.scan(text))


def test_the_subject_of_a_disciplinary_case_is_no_official_acting_in_office(scanner):
    text = "人事課です。\n対象職員：資産税課 主事 稲見 和臣\n事案：証明手数料を入金せず持ち帰った疑い。処分案は課内協議中。"
    assert scanner.scan(text)["verdict"] == "block"


def test_an_official_named_as_the_contact_stays_in_office(scanner):
    text = "講座のお知らせを英訳して。対象：小学生と保護者　講師：市民活動支援課 主事 稲見 和臣"
    assert scanner.scan(text)["verdict"] != "block"


def test_a_name_after_a_key_and_equals_sign_in_a_log_row_is_a_name(scanner):
    text = "サンプル行を貼ります。\n2025-01-12 21:40:03,受信,通報者=久保寺 巌,種別=救急"
    assert "久保寺 巌" not in scanner.scan(text)["redacted_text"]


def test_a_request_for_sample_code_does_not_make_the_pasted_table_a_sample(scanner):
    text = ("Accessで集計するVBAのサンプルをください。テーブルの中身は次のとおりです。\n\n"
            "番号 | 氏名 | 等級 | 住所\nA-1 | 戸塚 真澄 | 2級 | 前橋市西片貝町3丁目8-2")
    assert "戸塚 真澄" not in scanner.scan(text)["redacted_text"]


def test_a_table_said_to_be_sample_data_stays_a_sample(scanner):
    text = "サンプルデータです。\n\n番号 | 氏名 | 等級\nA-1 | 前橋 太郎 | 2級"
    assert scanner.scan(text)["verdict"] != "block"


def test_the_guidelines_table_of_classes_is_no_marking(scanner):
    text = "次の表を研修スライドにして。\n重要性分類Ⅱ：公開を予定していない情報（機密性2）→ 入力不可\n重要性分類Ⅲ：公開する重要な情報（機密性1）→ 入力可"
    assert "CONFIDENTIAL_MARKING" not in types_of(scanner.scan(text))


def test_pupils_in_general_in_a_published_request_are_no_one(scanner):
    text = "市ホームページにも掲載している要望書です。体裁を整えて。\n1　医療的ケアが必要な児童生徒の通学支援について、看護師同乗の拡充を図られたい。"
    assert "SENSITIVE_PERSONAL_INFO" not in types_of(scanner.scan(text))


def test_each_number_of_a_list_of_people_after_an_office_word_is_theirs(scanner):
    text = "[09:12] 市民活動課 田村: 見守り当番です　関 フミ 090-4418-2093（月）／ 岡部 清 027-251-6620（火）"
    assert "027-251-6620" not in scanner.scan(text)["redacted_text"]


def test_a_list_of_offices_and_their_numbers_stays_published(scanner):
    assert "PHONE_NUMBER" not in types_of(scanner.scan("問合せ：生涯学習課 027-210-2197、スポーツ課 027-898-5836"))


# -- fc30, opened after its score -------------------------------------------------------------------------
def test_a_public_context_word_inside_a_surname_says_nothing_of_the_sentence(scanner):
    text = "報告書の一文を直して。「同じ班の大河原 翼と石井 大輝が、被害児童の靴を隠していた。」"
    r = scanner.scan(text)
    assert "大河原 翼" not in r["redacted_text"] and "石井 大輝" not in r["redacted_text"]


def test_a_public_context_word_in_the_sentence_still_makes_a_historical_name_public(scanner):
    assert scanner.scan("大河ドラマの主人公、明智 光秀の生涯を年表にして")["verdict"] == "allow"


def test_a_resident_introducing_themself_by_where_they_live_is_named(scanner):
    text = "LINEの相談に返信を考えて。「富士見町の深町といいます。母が認知症と診断されました。」"
    assert "深町" not in scanner.scan(text)["redacted_text"]


def test_staff_introducing_themselves_by_their_office_are_not_reported(scanner):
    assert "PERSON" not in types_of(scanner.scan("お世話になっております。市民課の深町と申します。会議の日程の件です。"))


def test_a_latin_name_raised_by_the_judge_is_masked_whole(scanner):
    text = ("国際交流員の任用メモを英語にして。\n\n対象：Ingrid Halvorsen（CIR 2年目）\n勤務評価：B（翻訳の遅延あり）\n"
            "病休：6月に2週間の病気休暇あり")
    r = scanner.scan(text)
    assert r["verdict"] != "allow" and "Halvorsen" not in r["redacted_text"]


def test_dates_in_a_roster_typed_with_spaces_are_the_named_persons(scanner):
    text = "成績ファイルの中身（一部）：\n番号3 森田 結衣 2013/09/14 国語4 算数5\n番号4 長島 隼 2013/05/02 国語3 算数4"
    r = scanner.scan(text)
    assert "2013/09/14" not in r["redacted_text"] and "2013/05/02" not in r["redacted_text"]


def test_dates_in_minutes_typed_with_spaces_are_not_birth_dates(scanner):
    text = "会議の記録\n2024/06/03 第1回 委員会 出席 12名\n2024/07/01 第2回 委員会 出席 11名"
    assert scanner.scan(text)["verdict"] == "allow"
