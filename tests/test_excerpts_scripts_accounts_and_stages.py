"""Classes found on first contact in stop 40 (tuning sets train156–169, written blind), each beside a harmless
twin: rows pasted as "a sample of N rows" are real, a list's items are names like their siblings, names in
other scripts and in capitals after a relation, accounts spelling a name, the steps of a public-assistance
case, wrongdoing said of someone named in office, server names beside private addresses, a BitLocker key,
and the precision twins (a month before a day, a format's example, a catchphrase's ㊙, a text that says it is fiction)."""
from __future__ import annotations

import pytest


def _types(result) -> set:
    return {f["type"] for f in result["findings"] if f["action"] != "allow"}


def _masked(result, *values) -> bool:
    return not any(v in result["redacted_text"] for v in values)


# -- rows said to be a sample of the real data --------------------------------------------------------------

def test_rows_pasted_as_a_sample_of_three_rows_are_real_rows(scan):
    r = scan("名簿CSVの文字化けを直したい。サンプルの3行を貼ります。\n\n"
             "\"氏名\",\"カナ\",\"生年月日\"\n\"桜井 修平\",\"サクライ シュウヘイ\",\"1978-06-11\"\n"
             "\"飯島 正\",\"イイジマ タダシ\",\"1944-09-05\"")
    assert r["verdict"] == "block" and _masked(r, "桜井 修平", "飯島 正")


def test_a_sample_table_called_made_up_still_passes_its_names(scan):
    r = scan("入力フォームのテスト用にサンプル（架空）の表を使います。\n\n氏名,区分\n前橋 太郎,A\n赤城 花子,B")
    assert r["verdict"] != "block"


def test_a_card_number_whose_luhn_digit_holds_makes_a_sample_log_real(scan):
    r = scan("チャットボットのログ（CSV）から件数を数えたい。サンプル：\n\n"
             "sid,role,message\ns-1,user,名前は大竹 修平です\ns-1,user,カードは 3523270459773728 です")
    assert r["verdict"] == "block" and _masked(r, "大竹 修平")


# -- lists and tables as code writes them -------------------------------------------------------------------

def test_every_item_of_a_quoted_vector_is_a_name_like_its_siblings(scan):
    r = scan('dat <- data.frame(\n  児童 = c("小板橋 颯太", "小板橋 芽依", "中澤 陸"),\n  学年 = c(4, 1, 6)\n)')
    assert _masked(r, "小板橋 颯太", "中澤 陸")


def test_a_quoted_vector_of_places_names_no_one(scan):
    r = scan('schools <- c("桂萱小", "岩神小", "城南小")\nbarplot(table(schools))')
    assert r["verdict"] == "allow"


def test_the_last_row_without_a_trailing_comma_is_still_a_row(scan):
    r = scan('vac <- tibble::tribble(\n  ~氏名,          ~生年月日,\n  "須藤 湊斗",    "2023-09-14",\n'
             '  "柳田 心春",    "2023-10-30"\n)')
    assert _masked(r, "須藤 湊斗", "柳田 心春", "2023-10-30")


def test_a_deceased_key_of_a_json_log_holds_a_name(scan):
    r = scan('{"event":"reserve","applicant":"株式会社メモリアル上州","deceased":"大島 ハツ","tel":"090-6652-1037"}')
    assert "PERSON" in _types(r) and _masked(r, "大島 ハツ")


# -- names in other scripts and spellings -------------------------------------------------------------------

def test_a_name_in_capitals_after_a_relation_word_is_a_name(scan):
    r = scan("対象世帯\n父 KHATRI SURESH（38）調理師\n母 SANTOS ANGELICA、無職")
    assert _masked(r, "KHATRI SURESH", "SANTOS ANGELICA")


def test_capitals_after_a_label_that_are_no_name_pass(scan):
    assert scan("担当 IT DEPT に確認してください")["verdict"] == "allow"


def test_nam_is_a_given_name_on_a_card_and_viet_nam_a_country(scan):
    r = scan('rows = [("NGUYEN VAN NAM", "UH48271936VN")]  # 在留カード')
    assert _masked(r, "NGUYEN VAN NAM")


def test_an_english_candidate_label_names_the_person_after_it(scan):
    r = scan("Candidate: Daniel K. Whitford\nDate of birth: 14 March 1981")
    assert _masked(r, "Daniel K. Whitford")


def test_a_chinese_name_after_the_applicants_label_is_masked_whole(scan):
    r = scan("公証書の訳文をチェックして。\n申请人：李秀英，女，护照号码 EJ4829163。")
    assert _masked(r, "李秀英", "秀英")


def test_a_chinese_name_in_simplified_characters_in_a_name_field(scan):
    r = scan("氏名：刘建国（リュウ ジェングオ）\n基礎年金番号：4021-583917")
    assert _masked(r, "刘建国")


def test_devanagari_words_before_a_japanese_honorific_are_a_name(scan):
    r = scan("この通知をネパール語に訳して。\n「राम बहादुर थापा 様　旅券の写しを提出してください。」")
    assert _masked(r, "राम बहादुर थापा")


def test_wan_is_a_family_name_before_sama(scan):
    r = scan("やさしい日本語にして。「ワン シュウメイ さま　あなたの せいかつほごひ は 12がつ 3にち に はいります。」")
    assert r["verdict"] == "block" and _masked(r, "ワン シュウメイ")


def test_one_stop_and_one_team_stay_words(scan):
    assert scan("ワン・チームでワン ストップ窓口を作る計画の説明文を書いて")["verdict"] == "allow"


def test_an_account_spelling_a_family_and_given_name_is_that_person(scan):
    r = scan("イベントログを数えたい。\nTargetUserName : arai.shunsuke\nWorkstationName : PC-SOMU-0142")
    assert "PERSON" in _types(r) and _masked(r, "arai.shunsuke")


def test_a_dotted_module_or_domain_is_no_account(scan):
    assert scan("import numpy.linalg as la と sato.example.jp の違いは？")["verdict"] == "allow"


# -- public assistance, health and personnel ----------------------------------------------------------------

def test_a_public_assistance_termination_for_a_named_person_is_sensitive(scan):
    r = scan("保護廃止決定通知書の理由欄を考えて。\n宛先：前橋市荒牧町二丁目5番地31　須藤 明 様\n廃止理由：就労収入が最低生活費を上回ったため")
    assert "SENSITIVE_PERSONAL_INFO" in _types(r)


def test_field_names_of_a_case_system_name_no_one(scan):
    r = scan("入力画面の項目名を分類して表に。\n世帯番号、世帯主氏名、続柄、生年月日、保護開始日、扶助種別、担当CW")
    assert r["verdict"] == "allow"


def test_a_stress_check_result_of_named_staff_is_sensitive(scan):
    r = scan("宛先リスト：\n青木 健太 <k-aoki@example.lg.jp>\n本文案：「ストレスチェックの結果、高ストレス判定となりました。」")
    assert "SENSITIVE_PERSONAL_INFO" in _types(r)


def test_a_notice_about_stress_checks_for_all_staff_passes(scan):
    r = scan("職員向けのお知らせを作って。結果は本人にのみ通知され所属長には伝わらないこと、高ストレス者は産業医面談を申し込めること。")
    assert r["verdict"] == "allow"


def test_a_mutual_aid_member_number_is_an_insurance_number(scan):
    r = scan("申込者：杉山 勇気（組合員番号 2210-0345871）\n所属：消防局")
    assert "JP_HEALTH_INSURANCE" in _types(r) and _masked(r, "2210-0345871")


def test_wrongdoing_said_of_someone_named_in_office_blocks(scan):
    r = scan("県への情報提供（案）\n対象建築士：一級建築士 竹内 浩二（竹内アトリエ一級建築士事務所）\n"
             "内容：実施していない配筋検査を実施したと記載した疑い。事実関係は未確定。")
    assert r["verdict"] == "block"


def test_someone_named_in_office_with_nothing_said_of_them_warns_at_most(scan):
    r = scan("講習会の案内文を作って。\n講師：一級建築士 竹内 浩二（竹内アトリエ一級建築士事務所）\n内容：木造住宅の耐震改修")
    assert r["verdict"] != "block"


def test_a_campaign_against_bid_rigging_is_no_allegation(scan):
    r = scan("営業部長 高坂 修二 様\n\n談合防止の研修会のご案内です。")
    assert r["verdict"] != "block"


# -- markings, secrets, networks ----------------------------------------------------------------------------

def test_a_marking_after_its_companion_on_one_line(scan):
    r = scan("※開札前・関係者外秘\n8/19開札 舞台照明設備改修工事\n予定価格：148,610,000円")
    assert "CONFIDENTIAL_MARKING" in _types(r) and r["verdict"] == "block"


def test_a_catchphrases_maru_hi_is_no_marking_but_a_papers_is(scan):
    assert scan("記事タイトル案をください。例：「前橋の㊙絶景」のような感じ")["verdict"] == "allow"
    assert scan("㊙資料を要約して")["verdict"] == "block"


def test_a_marking_in_a_text_that_says_it_is_fiction_only_warns(scan):
    r = scan("（フィクション）謎解きイベントのシナリオを書いて。\n最初の指令書には「読んだら破棄せよ（極秘）」と書かれている。")
    assert r["verdict"] == "warn"


def test_a_server_name_beside_its_private_address_is_internal(scan):
    r = scan("旧サーバ：KIKAN-DB01（172.18.10.21）、KIKAN-AP03（172.18.10.33）")
    assert _masked(r, "KIKAN-DB01", "KIKAN-AP03")


def test_a_version_in_brackets_is_no_server(scan):
    r = scan("Windows11（10.0.22631）に更新して、ルーター（192.168.1.1）を再起動")
    assert "Windows11" in r["redacted_text"]


def test_a_host_under_a_lan_zone_is_internal(scan):
    r = scan("upstream=portal-ap01.lan.city-maebashi:8080 の応答が遅い")
    assert _masked(r, "portal-ap01.lan.city-maebashi")


def test_a_password_before_a_wifi_line_is_its_own_value(scan):
    r = scan("・初期パスワード：Kn2#7fQm（初回ログイン後に変更してください）\n・Wi-Fi SSID：SUIDO-HANDY　キー：Hdy-8830-wtr!")
    assert _masked(r, "Kn2#7fQm", "Hdy-8830-wtr!")


def test_a_bitlocker_recovery_key_and_a_twilio_sid_are_secrets(scan):
    r = scan("BitLocker回復キー：418792-553036-120373-649825-288651-703945-071698-330264\n"
             "const accountSid = 'AC5f2e9c81d04b7a6e3f19c2d8b7a64e01';")
    assert _masked(r, "418792-553036-120373-649825-288651-703945-071698-330264", "AC5f2e9c81d04b7a6e3f19c2d8b7a64e01")


def test_the_recovery_keys_format_described_passes(scan):
    assert scan("BitLockerの回復キーは6桁×8ブロックの48桁です。どこで確認できますか")["verdict"] == "allow"


def test_a_private_address_given_as_an_example_warns(scan):
    r = scan("手順書を作っています。例として「192.168.1.50/24」を設定するPowerShellを書いて")
    assert r["verdict"] == "warn"


# -- addresses, numbers, non-public -------------------------------------------------------------------------

def test_a_lot_after_a_chome_written_with_no_is_masked_and_said_again(scan):
    r = scan("お客様：三俣町二丁目の、えーと、二丁目7の15の木村です。\n職員：木村様、三俣町二丁目7の15でよろしいですか。")
    assert _masked(r, "7の15")


def test_an_exam_pass_line_being_decided_is_non_public(scan):
    r = scan("職員採用試験の一次試験の得点分布から、合格ラインを決める資料を作っています。発表前です。")
    assert r["verdict"] != "allow"


def test_asking_whether_a_pass_mark_is_published_passes(scan):
    assert scan("採用試験の合格点は公表されていますか？")["verdict"] == "allow"


def test_data_given_on_condition_it_is_not_published_is_non_public(scan):
    r = scan("事業者から任意で提供された苦情データの集計です。\n※先方からは「外部公表は控えてほしい」との申入れあり")
    assert "NONPUBLIC_INFO" in _types(r)


def test_a_notices_heading_above_the_citys_name_is_not_before_a_notice(scan):
    r = scan("改葬公告の文案を整えて。\n\n公告\n前橋市営墓地内の下記区画について、縁故者の所在が不明であるため公告します。")
    assert r["verdict"] == "allow"


# -- precision ----------------------------------------------------------------------------------------------

def test_a_logs_month_before_its_day_is_no_name(scan):
    r = scan("ログから日時を取り出したい。\n[2024/06/12 08:15:02] INFO 起動\nJun 12 08:15:04 app[2231]: ready")
    assert r["verdict"] == "allow"


def test_a_surname_given_pair_shown_as_a_format_passes(scan):
    r = scan("VBAで氏名を分けるマクロです。カンマ区切り（SILVA, Ana のような形式）にも対応させたい。")
    assert r["verdict"] == "allow"


def test_a_phone_number_shown_as_the_form_to_bring_a_column_to_passes(scan):
    r = scan("電話番号のハイフン有無が混在しているのを「090-1234-5678」の形にそろえる関数を教えて")
    assert r["verdict"] == "allow"


def test_a_list_of_hotlines_handed_to_people_who_consult_passes(scan):
    r = scan("多重債務の相談者に渡す「相談先一覧」を表にして。\n・法テラス 0570-078374\n・前橋市消費生活センター（027-224-1111）")
    assert r["verdict"] != "block"


def test_a_names_in_a_work_that_says_it_is_fiction_pass(scan):
    r = scan("応募作品です。※本作品はフィクションであり、登場人物は架空です。誤字だけ直して。\n"
             "「源さん、これ見て」とミチコは呼んだ。")
    assert r["verdict"] == "allow"


@pytest.mark.parametrize("text", [
    "申請人：李秀英、女、1993年7月5日生",
    "申请人：李秀英，女",
])
def test_the_chinese_applicant_label_in_both_scripts(scan, text):
    assert _masked(scan(text), "李秀英")


def test_a_health_checks_measures_in_a_named_row_are_sensitive(scan):
    r = scan("特定保健指導の対象者を並べて。\n\n氏名,年齢,腹囲,血圧,中性脂肪\n永井 剛,52,101,148/96,312\n千葉 美紀,47,92,132/84,188")
    assert "SENSITIVE_PERSONAL_INFO" in _types(r) and _masked(r, "148/96")


def test_a_districts_average_measures_name_no_one(scan):
    assert scan("地区,年代,血圧,中性脂肪\n桂萱,40代,132/84,188\n城南,50代,138/88,201")["verdict"] == "allow"


def test_a_vietnamese_name_is_known_by_its_middle_part(scan):
    r = scan("通訳員の配置表を表にして。\n火・木：ベトナム語 ド・ティ・トゥー・チャン（子育て支援課）")
    assert _masked(r, "ド・ティ・トゥー・チャン")


def test_a_dotted_loanword_phrase_stays_a_phrase(scan):
    assert scan("ワーク・ライフ・バランスの推進について研修資料を作って")["verdict"] == "allow"


def test_the_host_of_an_scp_target_is_internal(scan):
    r = scan("デプロイが動きません。\nscp -i ~/.ssh/id_app ./app.war deploy@kintai-ap02:/opt/tomcat/webapps/")
    assert _masked(r, "kintai-ap02")


def test_a_public_git_host_is_no_internal_name(scan):
    assert scan("git clone git@github.com:org/repo.git が失敗します")["verdict"] == "allow"


# -- the third batch: speech, English, precision ------------------------------------------------------------

def test_a_mobile_number_dictated_in_hiragana_is_a_phone_number(scan):
    r = scan("えーとさっきの方で折り返しの番号がぜろきゅうぜろのさんよんななにのいちはちごろくって言ってたから文面に入れて")
    assert "PHONE_NUMBER" in _types(r) and _masked(r, "ぜろきゅうぜろのさんよんななにのいちはちごろく")


def test_counting_in_hiragana_is_no_phone_number(scan):
    assert scan("まるいちにさんよんごーろくななはちきゅうの順に数える歌を作って")["verdict"] == "allow"


def test_a_rare_family_name_given_with_its_reading_by_its_bearer(scan):
    r = scan("留守電の文字起こしです。「あ、もしもし、橳島（ぬでしま）と申します。公園のトイレの件です。」")
    assert _masked(r, "橳島")


def test_a_word_explained_with_its_reading_is_no_name(scan):
    assert scan("この制度を就学援助（しゅうがくえんじょ）といいます。やさしく説明して")["verdict"] == "allow"


def test_a_marking_said_in_speech_without_its_particle(scan):
    r = scan("えーとこれ部外秘なんだけど来月の記者発表まで出せない話で、誘致の最終調整中って内容をメールにして")
    assert "CONFIDENTIAL_MARKING" in _types(r) and r["verdict"] == "block"


def test_a_powershell_environment_variable_is_no_password(scan):
    r = scan("$cred = New-Object PSCredential($env:FS_USER, (ConvertTo-SecureString $env:FS_PASSWORD -AsPlainText -Force))")
    assert r["verdict"] == "allow"


def test_an_english_sample_birth_date_marked_example_passes(scan):
    r = scan("This is the completed sample (記入例) of our form.\nName: MAEBASHI Taro (example)\nDate of birth: 1 January 2000 (example)")
    assert r["verdict"] == "allow"


def test_scores_before_the_bids_are_opened_are_non_public(scan):
    r = scan("公用車リース（総合評価落札方式）の評価点集計です。開札前ですが、技術点のばらつきを確認して。\n業者｜合計\nX社｜63\nY社｜66")
    assert r["verdict"] != "allow"


def test_english_non_public_matters_warn(scan):
    for text in ("Next Tuesday we will carry out an unannounced on-site inspection of a private nursing home after reports "
                 "of understaffing. Please draft an English checklist.",
                 "Ahead of next week's negotiations with the staff union, our side's plan is to offer compensatory leave, "
                 "and accept a 5% increase only as a last resort. Please summarise our position in English."):
        assert scan(text)["verdict"] != "allow"


def test_internal_do_not_disclose_heading_is_a_marking(scan):
    r = scan("Summarise this:\n\nINTERNAL - DO NOT DISCLOSE\nPreliminary audit findings\n1. Receipts missing.")
    assert "CONFIDENTIAL_MARKING" in _types(r)


def test_a_companys_officer_under_its_name_warns_at_most(scan):
    r = scan("償却資産の問い合わせへの返信文を作って。\n\n株式会社赤城精機\n代表取締役 大森 健司 様\nご質問：太陽光パネルは申告対象か")
    assert r["verdict"] != "block"


def test_the_number_a_message_is_sent_to_stays_blocked_in_a_template(scan):
    r = scan("SMSの送信テンプレートを作っています。「070-2212-1951」あてに、収集日を知らせる文面を考えてください。")
    assert r["verdict"] == "block"


# -- fc38, once opened ----------------------------------------------------------------------------------------

def test_romaji_names_in_a_column_beside_mails_spelling_surname_and_initial(scan):
    r = scan("A列の名前から姓だけを取り出す関数を教えて。\n\nA               B\n"
             "Kazuki Tomioka  k-tomioka@example-jc.example.jp\nHaruna Kurosawa   kurosawa.h.0311@yahoo.co.jp")
    assert _masked(r, "Kazuki Tomioka", "Haruna Kurosawa")


def test_a_full_date_in_a_named_record_row_is_a_birth_date(scan):
    r = scan("転入者メモ\n世帯主 SILVA PEREIRA JOAO 1990年4月8日 在留カード EJ73025816FA 定住者")
    assert _masked(r, "1990年4月8日")


def test_a_staff_members_mobile_in_the_bracket_after_their_name_blocks(scan):
    r = scan("事故報告書を書き直して。\n運転者：清里支所 主事 井野 健太（連絡先 080-1194-3370）\n車両：公用車")
    assert r["verdict"] == "block"


def test_an_offices_landline_after_its_staff_member_still_warns_at_most(scan):
    r = scan("問合せ：清里支所 主事 井野（電話 027-231-0000）まで")
    assert r["verdict"] != "block"


def test_a_proxys_upstream_group_is_no_internal_host(scan):
    r = scan("nginxの設定を見て。（IPは例示）\nlocation /admin/ {\n    allow 203.0.113.0/24;\n    deny all;\n    proxy_pass http://backend;\n}")
    assert r["verdict"] == "allow"
