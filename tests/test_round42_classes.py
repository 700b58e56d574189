"""Classes found on first contact in stop 42 (the known misses carried over and tuning sets train201–214, written
blind), each beside a harmless twin where one exists: marked prices and closed-session minutes, new shapes of
secrets, rooms and list items beside names, the parties of a complaint, relatives' illnesses, names spelled in
their own mail, and the precision cases the same sets showed (a place and a spot, a victim's address kept from an
abuser, a public notice asked for in English, a phishing sender, a glossary of security classes)."""
from __future__ import annotations


def _masked(result, *values) -> bool:
    return not any(v in result["redacted_text"] for v in values)


def _types(result) -> set:
    return {f["type"] for f in result["findings"]}


# -- markings and non-public matters ------------------------------------------------------------------------------

def test_an_english_subject_ending_in_please_keep_confidential_is_a_marking(scan):
    r = scan("Translate for my boss.\nSubject: RE: Quotation for e-bikes — please keep confidential\nDear Mr. Ogura,\n"
             "our lowest price is EUR 1,180 per unit.")
    assert r["verdict"] == "block" and "CONFIDENTIAL_MARKING" in _types(r)


def test_a_subject_about_handling_confidential_information_is_no_marking(scan):
    r = scan("Subject: Training on handling confidential\nHi all, the session is on Friday at 3 pm in room 201.")
    assert "CONFIDENTIAL_MARKING" not in _types(r)


def test_a_price_said_to_be_confidential_is_marked(scan):
    r = scan("Translate: our lowest price is EUR 1,180 per unit. This price is confidential and valid until 30 November.")
    assert r["verdict"] == "block"


def test_asking_whether_a_price_is_confidential_marks_nothing(scan):
    r = scan("Is this price confidential, or can we publish it in the bid results?")
    assert r["verdict"] != "block" and "CONFIDENTIAL_MARKING" not in _types(r)


def test_a_closed_session_kept_out_of_the_minutes_is_marked(scan):
    r = scan("要旨を箇条書きにして。\n※地方自治法第115条第1項ただし書により秘密会とした部分。非公開・会議録不掲載\n"
             "○委員長　ただいまから秘密会を開きます。")
    assert r["verdict"] == "block" and "CONFIDENTIAL_MARKING" in _types(r)


def test_asking_what_kept_out_of_the_minutes_means_marks_nothing(scan):
    assert scan("会議録不掲載とは何ですか。")["verdict"] == "allow"


def test_a_bid_price_field_is_masked_even_when_the_request_asks_a_general_question(scan):
    r = scan("秘\n予定価格調書\n予定価格（税抜）18,420,000円　最低制限価格 16,210,000円\n積算の考え方を一般的な観点で教えて。")
    assert r["verdict"] == "block" and _masked(r, "16,210,000", "18,420,000")


def test_a_price_threshold_of_the_law_is_no_bid_price(scan):
    r = scan("議会の議決に付すべき契約（工事又は製造の請負で予定価格1億5千万円以上）を新人向けに説明する文を作って。")
    assert r["verdict"] == "allow"


def test_asking_what_price_to_set_for_next_months_bid_warns(scan):
    r = scan("バスの運賃公示に基づき、入札の予定価格をいくらに設定すべきか意見をください。入札は来月予定です。")
    assert r["verdict"] in ("warn", "block")


def test_asking_in_general_how_to_set_a_price_passes(scan):
    assert scan("予定価格はいくらに設定すべきですか？一般論として教えて。")["verdict"] == "allow"


def test_this_years_interview_sheet_for_a_staff_exam_warns(scan):
    r = scan("消防職員採用試験の面接で使う評価シートを作っています。今年の本番用に質問例を10問作ってください。")
    assert r["verdict"] in ("warn", "block")


def test_an_open_harassment_case_in_a_table_warns_without_names(scan):
    r = scan("研修案を作って。\n| 受付 | 部局 | 類型 | 状況 |\n|---|---|---|---|\n| 7月 | △△部 | セクハラ（同僚間） | 調査委員会で審議中 |")
    assert r["verdict"] in ("warn", "block")


def test_a_general_question_about_harassment_cases_passes(scan):
    assert scan("ハラスメント事案が調査中の場合の一般的な対応を教えて")["verdict"] == "allow"


def test_a_land_purchase_being_weighed_warns(scan):
    r = scan("隣接する民有地の取得を検討しています。地権者との最初の面談で、市の買取希望額をいつ伝えるべきか助言を。")
    assert r["verdict"] in ("warn", "block")


def test_a_victims_address_kept_from_an_abuser_is_a_protection_explained(scan):
    r = scan("支援措置とは、DV等の被害者が加害者に住所を知られないようにするため、住民票の写しの交付を制限する制度です。"
             "新任研修向けに要約して。")
    assert r["verdict"] == "allow"


def test_a_glossary_of_security_classes_is_no_marking(scan):
    r = scan("用語を表にして。\n完全性\n情報が改ざんされていないこと\n可用性\n必要なときに使えること\n機密性2\n"
             "直ちに一般に公表することを前提としていない情報")
    assert r["verdict"] == "allow"


# -- secrets ----------------------------------------------------------------------------------------------------------

def test_a_sendgrid_key_in_code_is_masked(scan):
    key = "SG.3xQ9rT_ZpLk8vWm2aB4nCd.Hj7Yt5Rk2Lm9Np4Qs6Uv8Wx0Yz1Ab3Cd5Ef7Gh9Ij"
    r = scan(f"401 が出ます。\nsgMail.setApiKey('{key}');")
    assert r["verdict"] == "block" and _masked(r, key)


def test_a_token_stated_in_english_prose_is_masked(scan):
    r = scan("We reset the API token; the new token is pat_live_7Fq2Zk9Lm4Np8Rx1Tv3Wy6Ab0Cd. Please update it.")
    assert r["verdict"] == "block" and _masked(r, "pat_live_7Fq2Zk9Lm4Np8Rx1Tv3Wy6Ab0Cd")


def test_a_token_said_to_be_kept_in_a_vault_passes(scan):
    assert scan("The token is stored in the vault; ask IT for it.")["verdict"] == "allow"


def test_the_old_password_said_in_the_next_sentence_is_masked(scan):
    r = scan("敬語にして。「パスワード忘れた。前のは Haruna0823 だったと思う。至急リセットして」")
    assert r["verdict"] == "block" and _masked(r, "Haruna0823")


def test_a_temporary_password_after_a_full_stop_is_masked(scan):
    r = scan("「仮パスワードを発行しました。Temp-8826-Qxw 初回ログイン後に必ず変更してください。」")
    assert r["verdict"] == "block" and _masked(r, "Temp-8826-Qxw")


def test_a_fortigate_snmp_community_is_masked(scan):
    r = scan('この設定を説明して。\nconfig system snmp community\n    edit 1\n        set name "mbs-ro-K7q2"\n    next\nend')
    assert r["verdict"] == "block" and _masked(r, "mbs-ro-K7q2")


def test_a_twilio_auth_token_after_its_sid_is_masked(scan):
    r = scan("const client = require('twilio')(\n  'AC8f3e2b7a91c04d5e6f7a8b9c0d1e2f3a',\n  'f41c9be07a2d4c33b1e86d5f0a9c7e12'\n);")
    assert _masked(r, "f41c9be07a2d4c33b1e86d5f0a9c7e12")


def test_a_government_network_host_named_after_a_systems_gateway_is_internal(scan):
    r = scan("手順書にして。\n1. https://nesid-gw.hokenjo.city.maebashi.lg.jp/login を開く\n2. 「届出入力」を選ぶ")
    assert r["verdict"] == "block" and _masked(r, "nesid-gw.hokenjo.city.maebashi.lg.jp")


def test_the_national_disaster_ssid_is_public(scan):
    r = scan("避難所に掲示するWi-Fi案内を作って。\n・災害用統一SSID「00000JAPAN」が開放されています")
    assert r["verdict"] == "allow"


def test_a_phishing_senders_role_address_is_the_attackers(scan):
    r = scan("全庁に届いた怪しいメールです。注意喚起の文を作って。\n差出人：Microsoft <admin@m1crosoft-support-center.com>\n"
             "件名：パスワードの有効期限が本日切れます")
    assert r["verdict"] == "allow"


# -- names, rooms and numbers beside them -----------------------------------------------------------------------------

def test_a_place_surname_is_a_name_in_a_list_keyed_by_exam_number(scan):
    r = scan("最終合格者\n1012　青木 陽向\n1027　菅原 凛\n1039　千葉 蒼\n1055　原田 芽衣")
    assert r["verdict"] == "block" and _masked(r, "千葉 蒼")


def test_a_given_name_with_a_counter_like_second_kanji_is_a_list_item(scan):
    r = scan("評価をもらいました。\n・田村 優斗：コミュニケーション◎\n・井上 真央：経験豊富\n・原田 航：遅刻あり")
    assert _masked(r, "田村 優斗")


def test_a_latin_name_is_an_item_of_a_bullet_list_of_names(scan):
    r = scan("評価です。\n・井上 真央：経験豊富だが希望給与が高い\n・Kim Jiwoo：日本語N2、夜勤可\n・原田 航：無断遅刻あり")
    assert _masked(r, "Kim Jiwoo")


def test_a_room_before_a_tenants_name_is_masked(scan):
    r = scan("自治会長からの苦情です。返信案を作って。「4号棟302号室の森 俊介さんが犬を飼っているようです。」")
    assert r["verdict"] == "block" and _masked(r, "302号室")


def test_a_meeting_room_without_a_person_stays(scan):
    r = scan("住宅課の打合せは本庁舎302号室で行います。案内文を作って。")
    assert "302号室" in r["redacted_text"]


def test_a_flat_in_a_bracket_after_a_tenants_name_is_masked(scan):
    r = scan("さっきの電話の方、昭和団地の林田 恵美さん(3-105)です。折り返しは 090-2275-6103 で。")
    assert _masked(r, "3-105", "林田 恵美")


def test_a_katakana_recipient_after_a_mobile_is_masked(scan):
    r = scan("SMSの下書き、丁寧にして。\n送信先: 080-4417-2906（ｽﾄﾞｳｶｽﾞﾔ様）")
    assert r["verdict"] == "block" and _masked(r, "ｽﾄﾞｳｶｽﾞﾔ", "スドウカズヤ")


def test_a_complainant_named_with_her_school_and_post_is_a_party_not_an_office(scan):
    r = scan("調査の進め方を作って。\n申立人：前橋市立清里小学校 講師 中村 瑠美\n相手方：同校 教務主任 福田 修\n"
             "現状：申立人は適応障害の診断で療養中。")
    assert r["verdict"] == "block" and _masked(r, "中村 瑠美", "福田 修")


def test_a_contract_party_of_a_published_audit_contract_stays_an_office(scan):
    r = scan("公表されている包括外部監査契約の概要をまとめて。\n契約の相手方：公認会計士 野口 隆之（包括外部監査人）")
    assert r["verdict"] != "block"


def test_a_familys_names_after_their_slots_are_names_even_after_a_hospital(scan):
    r = scan("出生届の記載内容を、ベトナム国籍の母親向けにやさしい日本語で説明して。子：山口 ホア（令和6年7月2日 "
             "前橋赤十字病院で出生）、母：NGUYEN THI LAN（ベトナム）、父：山口 翔太。")
    assert r["verdict"] == "block" and _masked(r, "山口 ホア", "NGUYEN THI LAN", "山口 翔太")


def test_a_deputy_head_named_in_a_personnel_evaluation_is_its_subject(scan):
    r = scan("推薦の可否の材料を整理して。\n・教頭 桜井 美和子：学校経営への参画意識は高い。\n・昨年度の人事評価は総合A。")
    assert r["verdict"] == "block" and _masked(r, "桜井 美和子")


def test_a_candidate_with_a_career_bracket_in_a_salary_negotiation_is_a_name(scan):
    r = scan("条件交渉メモを整理して。\n候補者：有賀 智之 氏（現 株式会社ミライネット 執行役員）\n先方の希望：年収1,100万円")
    assert r["verdict"] == "block" and _masked(r, "有賀 智之")


def test_a_lecturer_with_a_career_bracket_stays_a_public_speaker(scan):
    assert scan("講師：山田 太郎 氏（現 東京大学教授）\n演題：地域の防災")["verdict"] == "allow"


def test_a_lawyer_named_with_the_firm_and_title_is_in_office(scan):
    r = scan("「長谷部法律事務所 弁護士 長谷部 恒一」名義で届いた職務上請求書について、確認方法を教えてください。")
    assert r["verdict"] != "block"


def test_a_lecturer_paid_into_an_account_below_is_named(scan):
    r = scan("支出区分を教えて。\n\n講師：元県職員　大野 信彦 氏\n演題：公共交通再編\n謝礼：30,000円\n"
             "振込先：しののめ信用金庫 前橋南支店 普通 2219054")
    assert r["verdict"] == "block" and _masked(r, "大野 信彦")


def test_an_associations_contact_in_a_bracket_is_in_office(scan):
    r = scan("依頼メールの文案を作って。宛先は前橋市聴覚障害者協会の事務局（担当：小松さん）です。")
    assert r["verdict"] != "block"


def test_a_romaji_name_spelled_in_its_own_free_mail_address_is_masked(scan):
    r = scan("アドレスだけセミコロン区切りにして。\n\nTran Quoc Bao - tqbao2003@gmail.com\nLi Mingyu - limingyu.gu@outlook.com")
    assert _masked(r, "Li Mingyu")


def test_a_signature_with_a_post_in_a_bracket_still_signs(scan):
    r = scan("Please reply.\n\"Dear team, My father was diagnosed with stage 4 pancreatic cancer last week. — Ethan Marchetti (CIR)\"")
    assert r["verdict"] == "block" and _masked(r, "Ethan Marchetti")


def test_a_relatives_illness_blocks_when_the_judge_lowers_the_writers_name(scan):
    r = scan("父ががんと診断されました。— 国際課 CIR エタン・マルケッティ")
    assert r["verdict"] == "block" and _masked(r, "エタン・マルケッティ")


def test_a_named_childs_developmental_worry_in_a_thank_you_note_stays_a_warning(scan):
    r = scan("掲示板で紹介する短い紹介文を作って。「はるくんのママより　3歳児健診で、ことばの遅れを心配していたときに、"
             "保健師さんが話を聞いてくれて安心しました。」")
    assert r["verdict"] == "warn"


def test_leaving_the_consulting_person_out_makes_a_case_anonymous(scan):
    r = scan("スーパーで盲導犬同伴の入店を断られたという相談が寄せられました（相談者の情報は伏せます）。本社あての文書を作って。")
    assert r["verdict"] != "block"


def test_a_birth_date_read_back_in_an_example_of_a_real_call_is_masked(scan):
    r = scan("たとえば「お名前は清水 悠斗様、生年月日は平成8年11月3日でお間違いないですか」と復唱するのは適切ですか？")
    assert r["verdict"] == "block" and _masked(r, "平成8年11月3日")


def test_an_era_said_in_kana_is_a_birth_date(scan):
    r = scan("音声入力のメモを直して。本日ご来庁の関口たかしさん しょうわ38年5月2日生まれ の件")
    assert r["verdict"] == "block" and _masked(r, "しょうわ38年5月2日")


def test_a_hiragana_given_name_glued_to_its_surname_before_san_is_a_name(scan):
    r = scan("ろっく町に住んでる 新井ひなさん から 道路の穴ぼこ の通報。")
    assert r["verdict"] == "block" and _masked(r, "新井ひな")


def test_everyone_after_a_surname_is_no_given_name(scan):
    assert scan("佐藤みなさんへ")["verdict"] == "allow"


def test_a_job_addressed_with_san_is_no_name(scan):
    r = scan("防災訓練のシナリオ（登場人物は架空）です。\n受付係: 保健師さんに来てもらいますね。")
    assert r["verdict"] == "allow"


def test_an_ocr_name_with_a_stray_katakana_is_a_name_after_its_label(scan):
    r = scan("OCRの誤りを直して。\n申請者氏名 千葉 ゆかリ\n請求年度 令和6年度")
    assert r["verdict"] == "block" and _masked(r, "千葉 ゆか")


def test_dummy_rows_of_test_people_are_no_birth_dates(scan):
    r = scan("100行のダミーデータを作るコードを書いて（すべて架空の値です）。\n氏名,カナ,生年月日\n"
             "テスト 一郎,テスト イチロウ,2000/01/01\nテスト 二郎,テスト ジロウ,2000/01/01")
    assert r["verdict"] == "allow"


# -- numbers ----------------------------------------------------------------------------------------------------------

def test_a_care_insured_number_after_hihoban_is_masked(scan):
    r = scan("「茂木春江さん(被保番0000417326)、認知症の診断でました。」要点を教えて")
    assert _masked(r, "0000417326")


def test_a_romaji_kigo_bango_label_marks_a_health_insurance_number(scan):
    r = scan("保険証の再発行の依頼です。訳してください。\nPangalan: Joy Mendoza Castillo\nKigo/Bango: 前国 0417 - 2296531")
    assert _masked(r, "2296531")


def test_a_card_symbol_and_number_opening_a_row_of_names_is_masked(scan):
    r = scan("2列に分けたいです。\n群馬前-7203 小林 雅之 世帯主\n群馬前-7203 小林 早苗 配偶者\n群馬前-11856 戸部 浩一 世帯主")
    assert _masked(r, "群馬前-7203", "群馬前-11856")


def test_passport_fields_with_dot_leaders_hold_the_name(scan):
    r = scan("Write an invitation letter.\n\nSurname ........ OGAWA\nGiven name ..... REINA\nPassport No. ... TK4820196")
    assert r["verdict"] == "block" and _masked(r, "OGAWA", "REINA")


# -- public texts -----------------------------------------------------------------------------------------------------

def test_a_city_notice_to_translate_into_english_is_general(scan):
    r = scan("Please translate the following city notice into English for foreign residents.\n\n手話通訳者の派遣について\n\n"
             "■ 利用できる方\n市内に住んでいる聴覚障害、言語機能障害のある方、またはその方と意思疎通をする必要がある方。")
    assert r["verdict"] == "allow"


def test_a_page_of_the_city_website_to_proofread_is_general(scan):
    r = scan("市ホームページの「補装具費の支給」ページの文章を校正してください。\n\n補装具費の支給について\n"
             "対象となる方\n身体障害者手帳をお持ちの方。")
    assert r["verdict"] == "allow"


def test_a_registered_address_said_in_an_english_letter_to_a_named_person_is_masked(scan):
    r = scan("Please polish this letter.\nDear Mr. Shigeru Tanabe,\nYour current registered address is Rua Tabapuã 418, São Paulo. "
             "Please return the form by 31 January.")
    assert r["verdict"] == "block" and _masked(r, "Rua Tabapuã 418")


def test_a_benefit_named_after_an_illness_word_is_no_illness(scan):
    r = scan("折り返し電話のメモを整えて。「田中さんより。高額療養費の申請書がまだ届かないとのこと。」")
    assert r["verdict"] != "block"


def test_minutes_titled_as_a_closed_session_are_marked_and_name_the_staff_member(scan):
    r = scan("監査委員協議会 議事要旨（秘密会）\n\n1 事務局から、教育委員会 学務課 主任 藤巻 奈緒子 の就学援助費 二重支給事案について"
             "経過説明。\n\nもっと公文書らしく直して。")
    assert r["verdict"] == "block" and "CONFIDENTIAL_MARKING" in _types(r) and _masked(r, "藤巻 奈緒子")


def test_asking_what_closed_session_minutes_are_marks_nothing(scan):
    assert "CONFIDENTIAL_MARKING" not in _types(scan("会議録（秘密会）とは何か教えて"))


# -- after fc40 (opened once scored) ------------------------------------------------------------------------------------

def test_an_intern_named_with_the_university_year_is_a_private_person(scan):
    r = scan("評価コメントを書き換えて。\n\n対象：今村 優斗（前橋工科大学3年）\n・遅刻2回。報連相が弱い。")
    assert r["verdict"] == "block" and _masked(r, "今村 優斗")


def test_a_device_enrolment_code_is_masked(scan):
    r = scan("初期設定マニュアルの誤字を直して。\n2. MDMアプリを開き、登録コード 7H2K-9QXM-4LPA を入力")
    assert r["verdict"] == "block" and _masked(r, "7H2K-9QXM-4LPA")


def test_the_format_of_an_enrolment_code_is_no_code(scan):
    assert scan("登録コードの形式は XXXX-XXXX-XXXX です。説明文を作って。")["verdict"] == "allow"


def test_an_internal_host_after_the_password_of_a_connection_string_is_masked(scan):
    r = scan("compose を確認して。\n      DATABASE_URL: postgres://pool_admin:Pool2024#Shikishima@db-pool01.intra.maebashi.lg:5432/reserve")
    assert _masked(r, "db-pool01.intra.maebashi.lg", "Pool2024#Shikishima")


def test_an_inquiry_from_the_police_about_the_citys_records_warns(scan):
    r = scan("群馬県警から、まつりの期間中の不審者情報について照会と依頼が来ました。回答の文案を作りたいです。")
    assert r["verdict"] in ("warn", "block")


def test_a_general_question_about_police_inquiries_passes(scan):
    assert scan("警察からの照会に回答する際の一般的な注意点を教えてください。")["verdict"] == "allow"


def test_a_companys_data_it_has_not_released_warns(scan):
    r = scan("協賛企業から、自社の来場者アンケート結果（一般には出していないもの）を提供してもらいました。引用してよいか考えて。")
    assert r["verdict"] in ("warn", "block")


# -- the third batch (train215–221) ---------------------------------------------------------------------------------------

def test_a_names_latin_spelling_after_a_slash_on_a_bilingual_form_is_masked(scan):
    r = scan("出生届の英訳を見て。\n\n子の氏名 / Name of child: 佐藤 エマ 凜 / SATO Emma Rin\n出生日時 / Date of birth: 2024年8月19日")
    assert r["verdict"] == "block" and _masked(r, "SATO Emma Rin")


def test_a_room_after_a_slash_on_a_bilingual_form_stays(scan):
    r = scan("場所 / Place: 会議室 / Room A\n日時 / Date: 5月1日")
    assert "Room A" in r["redacted_text"]


def test_a_closing_signature_with_a_note_in_a_bracket_signs(scan):
    r = scan("Please translate.\nMy neighbor burns garbage in his backyard every weekend.\n"
             "Sincerely, Jennifer Alvarez (same street, No. 10)")
    assert _masked(r, "Jennifer Alvarez")


def test_a_donor_keyed_in_a_payment_log_is_masked(scan):
    r = scan('ログをパースしたい。\nORDER=FN20240108-00913 DONOR="Kenta Totsuka" MAIL=k.totsuka.0521@gmail.com RESULT=OK')
    assert r["verdict"] == "block" and _masked(r, "Kenta Totsuka")


def test_a_lot_given_as_the_value_of_an_address_key_is_masked(scan):
    r = scan("このUPDATE文は安全？\nUPDATE t_jusho SET banchi = '四丁目7番22号' WHERE shimei = '宮下 久美';")
    assert r["verdict"] == "block" and _masked(r, "7番22号")


def test_a_placeholder_lot_in_an_address_key_stays(scan):
    assert scan("入力例：banchi = '〇丁目〇番〇号' のような形式で入力します")["verdict"] == "allow"


def test_a_hashing_salt_in_code_is_masked(scan):
    r = scan("レビューして。\nimport hashlib\nSALT = 'Mbs_jk#2024_salt_7731'\n")
    assert _masked(r, "Mbs_jk#2024_salt_7731")
