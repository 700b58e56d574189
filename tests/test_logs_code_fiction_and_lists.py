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
def test_the_minimum_price_in_a_sale_notice_is_published(scanner):
    text = "市有地売払いの公告文の要点を200字で。\n物件：前橋市内 宅地 250㎡\n最低売却価格：9,800,000円\n入札日：2月10日"
    assert "NONPUBLIC_INFO" not in types_of(scanner.scan(text))


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
