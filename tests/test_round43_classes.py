"""Classes found on first contact in stop 43 (the known misses carried over and tuning sets train222–228, written
blind), each beside a harmless twin where one exists."""
from __future__ import annotations


def _masked(result, *values) -> bool:
    return not any(v in result["redacted_text"] for v in values)


def _types(result) -> set:
    return {f["type"] for f in result["findings"]}


# -- names and numbers ----------------------------------------------------------------------------------------------

def test_a_romaji_name_after_a_name_label_with_a_bracket_note_is_masked(scan):
    r = scan("就学通知の英語版に差し込みます。\n児童氏名（英）: PHAM GIA BAO\n生年月日: 2018年6月2日")
    assert r["verdict"] == "block" and _masked(r, "PHAM GIA BAO")


def test_a_romaji_name_after_a_subject_label_is_masked(scan):
    r = scan("結果通知を英語で作りたい。\n対象：Tomasz Wójcik（国際交流課・翻訳）\n健診結果：要精密検査")
    assert r["verdict"] == "block" and _masked(r, "Tomasz Wójcik")


def test_a_product_after_a_subject_label_is_no_name(scan):
    for text in ("対象：Google Workspace（全庁）の移行手順を作って", "対象：Adobe Acrobat のライセンス更新",
                 "対象：Microsoft Teams の利用者向けマニュアル"):
        r = scan(text)
        assert "PERSON" not in _types(r), text


def test_a_foreign_pension_reference_after_its_label_is_masked(scan):
    r = scan("Request for Certificate of Life\nRecipient: Deutsche Rentenversicherung\nPension reference: 65 110348 B 517")
    assert r["verdict"] == "block" and _masked(r, "65 110348 B 517")


def test_a_pension_label_without_a_number_or_a_sample_number_blocks_nothing(scan):
    for text in ("Pension reference: please see the enclosed letter from the insurer.",
                 "記入例の文面：【記入例】基礎年金番号 1234-567890 ／ 氏名 年金 太郎（架空）"):
        assert scan(text)["verdict"] != "block", text


def test_a_landline_after_a_booked_rooms_guest_is_the_guests_own(scan):
    r = scan("手書き予約台帳を打ち込んだものです。全角・半角を統一してください。\n\n"
             "8/3 ﾎｰﾙ ﾔﾏｸﾞﾁ ｹﾝﾀ 027-231-5507 ﾀﾞﾝｽ\n8/5 和室 ﾀｶﾊｼ ﾐﾂｺ 027-252-3186 茶道")
    assert r["verdict"] == "block" and _masked(r, "027-231-5507", "027-252-3186")


def test_a_facilitys_line_after_one_member_of_staff_stays_the_facilitys(scan):
    r = scan("ひまわり保育園 山田 027-231-5507（平日9時〜17時）")
    assert r["verdict"] != "block"


def test_an_age_class_in_a_general_sentence_is_no_person(scan):
    for text in ("保育所の職員研修用に、0歳児クラスから5歳児クラスまで、年齢ごとに虐待のサインとして気をつける点を表にして。",
                 "国の検証報告で指摘される、0歳児（特に生後0か月）の虐待死が多いことについて研修資料の導入文を作って。"):
        assert scan(text)["verdict"] != "block", text


def test_a_child_of_a_stated_age_in_a_case_still_blocks(scan):
    assert scan("5歳児が虐待を受けている疑いがあると保育所から連絡がありました。")["verdict"] == "block"


def test_a_login_read_from_the_environment_is_no_credential(scan):
    r = scan('user = os.environ.get("SODAN_DB_USER")\npassword = os.environ.get("SODAN_DB_PASSWORD")\n'
             'conn = psycopg2.connect(host=host, user=user, password=password, dbname="kateijido")')
    assert "CREDENTIAL" not in _types(r)


def test_a_twelve_digit_business_code_is_no_licence(scan):
    r = scan("公表済みの工事概要です。表にして。\n事業コード：301205847716\n工事番号：第R6-道建-0047号")
    assert r["verdict"] == "allow"


def test_a_state_in_a_list_of_states_in_code_is_no_negotiation(scan):
    r = scan("用地台帳のテーブル設計をレビューして。データは未投入。\nCREATE TABLE parcels (\n  parcel_id SERIAL PRIMARY KEY,\n"
             "  status VARCHAR(10) CHECK (status IN ('未着手','交渉中','契約済','登記済'))\n);")
    assert r["verdict"] == "allow"


def test_a_pamphlet_for_owners_explaining_compensation_is_public(scan):
    r = scan("市民向けのパンフレット「道路用地のご協力をお願いする皆さまへ」の原稿です。読みやすくして。\n\n"
             "(4) 補償額の算定：国の基準に基づき、公平に算定します。\n(5) ご説明と契約：算定した補償額をご説明し、ご納得いただけたら"
             "契約を結びます。\n4 税金の特例\n譲渡所得から最高5,000万円を差し引ける特例があります。個別の交渉で金額を上げ下げすることはできません。")
    assert r["verdict"] == "allow"


def test_an_initial_and_surname_address_dressed_in_an_example_domain_is_masked(scan):
    r = scan("小暮 英樹\n前橋市立桃井小学校 教頭\nkogure-h@edu.maebashi-city.example.jp\n上記の先生に返信します。児童 栗原 結菜さんの件。")
    assert _masked(r, "kogure-h@edu.maebashi-city.example.jp")


def test_the_numbers_of_insurance_card_rows_are_masked(scan):
    r = scan("特定保健指導の委託先へ送る対象者一覧の送付文を作ってください。\n\n記号　番号　氏名　支援区分\n"
             "前国12　004718　岩崎 勝也　積極的支援\n前国12　005231　上原 典子　動機付け支援\n前国15　001987　森田 健二　積極的支援")
    assert r["verdict"] == "block" and _masked(r, "004718", "005231", "001987")


def test_a_social_handle_of_a_named_staff_member_is_masked(scan):
    r = scan("服務規律違反の事実確認メモです。\nアカウント名 @maebashi_nyanko55 の投稿を確認したところ、投稿者は国民健康保険課の"
             "会計年度任用職員 杉本 梨沙 と特定。")
    assert r["verdict"] == "block" and _masked(r, "@maebashi_nyanko55")


def test_the_citys_official_account_is_not_masked(scan):
    r = scan("市公式X（@maebashi_city）で台風の避難所開設をお知らせする投稿文を作って")
    assert r["verdict"] == "allow"


def test_a_vpn_common_preshared_key_is_a_credential(scan):
    r = scan("VPN接続手順書を書き直して。\n1. FortiClientを起動\n4. 共通事前鍵：Mb3hi-VPN-psk-77aQ")
    assert r["verdict"] == "block" and _masked(r, "Mb3hi-VPN-psk-77aQ")


def test_an_initial_password_with_a_note_in_a_bracket_is_masked(scan):
    r = scan("新人向けの説明文を作って。\n・ID：yochi01　初期PW：Maebashi0401（初回ログイン後に変更）")
    assert r["verdict"] == "block" and _masked(r, "Maebashi0401")


def test_a_name_under_a_json_key_of_names_is_masked_like_the_others(scan):
    r = scan('マッチング結果のJSONを一覧表にして。\n[\n'
             '  {"facility": "児童文化センター", "volunteer": "松本 梨花", "email": "rinka.m0827@yahoo.co.jp"},\n'
             '  {"facility": "児童文化センター", "volunteer": "青木 拓海", "email": "t.aoki.gunma@gmail.com"},\n'
             '  {"facility": "大胡公民館", "volunteer": "宮下 晴美", "email": "harumi-miyashita@docomo.ne.jp"}\n]')
    assert r["verdict"] == "block" and _masked(r, "松本 梨花")


def test_an_internal_report_under_investigation_warns(scan):
    r = scan("職員から「上司がケースの送致を止めている」という内部通報があり、いま事実確認の調査中です。聴き取りの質問項目を作って。")
    assert r["verdict"] in ("warn", "block")


def test_minutes_declared_closed_under_the_ordinance_are_marked(scan):
    r = scan("会議録の体裁を整えて。\n\n第4回 再開発検討会議 会議録\n※本会議は前橋市情報公開条例第6条第1項第5号に該当するため非公開とする\n"
             "日時　令和6年11月12日")
    assert r["verdict"] == "block" and "CONFIDENTIAL_MARKING" in _types(r)


def test_a_marking_in_a_page_footer_is_a_marking(scan):
    r = scan("打合せ記録の誤字を直して。\n\n防災訓練 打合せ記録\n1 会場は○○小学校とする。\n以上\n"
             "ーーーーーーーーーーーーーーーーーーーー\n庁内限り　　　　　　　　　　　　　　　　　1/1")
    assert r["verdict"] == "block"


def test_a_name_in_a_participant_column_beside_a_passport_is_masked(scan):
    r = scan("Please proofread.\nAppendix: Travel Documents Checklist\n| Participant | Passport No. | Expiry |\n"
             "| Kaito Shimoda | TR4827153 | 2029-08 |\n| (other 11 participants omitted) |")
    assert r["verdict"] == "block" and _masked(r, "Kaito Shimoda", "TR4827153")


def test_a_mountain_named_with_san_before_an_event_is_no_person(scan):
    r = scan("Please proofread this brochure.\n3. Seasonal Events\n- Akagi-san Hill Climb (September): a popular cycling race.")
    assert "PERSON" not in _types(r)


def test_a_published_cases_anonymous_employee_is_no_one(scan):
    r = scan("人事院の公表資料にある事例「上司から長時間の叱責を受けた職員が休職に至ったケース」をもとに、管理職研修用の"
             "ディスカッション問題を作ってください。")
    assert r["verdict"] != "block"


def test_a_colleagues_leave_said_with_a_name_still_blocks(scan):
    assert scan("同僚の佐藤さんが、上司から叱責を受けて休職しています。")["verdict"] == "block"


def test_the_characters_of_a_role_play_declared_made_up_are_no_one(scan):
    r = scan("【研修用ロールプレイ（架空）】\n登場人物：相談員 青木 ゆかり、母親 森田 さやか（28歳）、長男 森田 はると（4歳）\n"
             "場面：保育所からの通告を受けて家庭訪問。\n\nこのロールプレイのシナリオを、セリフ付きで作ってください。")
    assert r["verdict"] != "block"


def test_a_role_play_built_on_a_real_record_still_blocks(scan):
    r = scan("【研修用ロールプレイ】実際の相談記録をもとに作ります。\n登場人物：母親 森田 さやか（28歳）、長男 森田 はると（4歳）\n"
             "場面：保育所からの通告を受けて家庭訪問。")
    assert r["verdict"] == "block"


# -- fc41, opened in stop 43 ------------------------------------------------------------------------------------------

def test_a_headings_words_after_a_dash_are_no_signature(scan):
    r = scan("Please proofread this FAQ for our website.\n\nWinter Heating Cost Subsidy – Frequently Asked Questions\n\n"
             "Q1. What is this subsidy?\nA one-time payment for heating.")
    assert "PERSON" not in _types(r)


def test_a_message_signed_after_a_dash_still_names_its_writer(scan):
    r = scan("Thanks for the help with my tax form – Liam O'Sullivan")
    assert _masked(r, "Liam O'Sullivan")


def test_an_appraisal_grade_in_quotes_warns(scan):
    r = scan("人事評価の期末面談用に、部下（係員、入庁3年目）への評価コメントの下書きを作りました。\n\n"
             "「締切を2回超過し、指示待ちの姿勢が目立ち、能力評価は『C』相当と判断する。」")
    assert r["verdict"] in ("warn", "block")


def test_a_marking_after_the_opening_sentence_is_a_marking(scan):
    r = scan("除雪業務委託の積算です。取扱注意\n設計金額（税込）：48,620,000円\n財政課から質問されそうな点を挙げて。")
    assert r["verdict"] == "block" and "CONFIDENTIAL_MARKING" in _types(r)


# -- the second batch, train229–235 -----------------------------------------------------------------------------------

def test_a_server_named_in_a_bracket_after_its_word_is_internal(scan):
    r = scan("保守手順書を書き直して。\n3. 踏み台から対象サーバ（jukikan-db02）にログインし、作業ログを取得する。")
    assert r["verdict"] == "block" and _masked(r, "jukikan-db02")


def test_a_connection_strings_data_source_host_is_internal(scan):
    r = scan('cn.Open "Provider=SQLOLEDB;Data Source=JUTAKU-SQL02\\HOJO;Initial Catalog=Daicho;"')
    assert r["verdict"] == "block" and _masked(r, "JUTAKU-SQL02")


def test_a_server_described_in_a_bracket_is_no_host(scan):
    for text in ("対象サーバ（本番環境）に反映する手順を書いて", "サーバ（Windows2019）の更新手順"):
        assert "INTERNAL_NETWORK" not in _types(scan(text)), text


def test_names_and_birth_dates_in_a_spaced_list_are_masked_row_by_row(scan):
    r = scan("65歳以上が対象なので、年齢を計算する式を入れたいです。対象者の一覧：\n\n松本 久子　1958/05/16\n荒井 弘道　1959/03/30\n"
             "青木 トミ　1937/11/02\n大谷 靖　　1960/04/02")
    assert r["verdict"] == "block" and _masked(r, "1958/05/16", "1959/03/30", "1937/11/02", "1960/04/02")


def test_a_team_entry_with_runners_birth_dates_is_masked_row_by_row(scan):
    r = scan("年齢区分を自動判定するExcel式を作ってください。\n\nチーム名：大胡ランナーズ\n1区 清水 拓海 2008/05/17\n"
             "2区 岡本 未来 2010/12/02\n3区 小池 颯 2009/03/29\n監督 清水 敏行　連絡先 090-5530-1877")
    assert _masked(r, "2010/12/02", "小池 颯", "2009/03/29")


def test_a_sample_tables_rows_that_hold_birth_dates_are_masked(scan):
    r = scan("重複登録チェックをする式を教えてください。サンプルは下のとおり。\n\n被保険者番号\t氏名\t生年月日\t地区\n"
             "0002315874\t富沢 キヨ\t昭和11年3月8日\t総社\n0002407719\t岩崎 武雄\t昭和14年12月21日\t清里")
    assert r["verdict"] == "block" and _masked(r, "0002315874", "富沢 キヨ", "0002407719", "岩崎 武雄")


def test_an_insurance_symbol_of_eight_digits_is_masked_with_its_number(scan):
    r = scan("高額療養費の計算を確認して。\n被保険者証 記号 群前 88503998 番号 3\n氏名 加藤 優一（世帯主）")
    assert _masked(r, "88503998")


def test_a_town_and_its_lot_said_with_no_between_are_masked(scan):
    r = scan("留守番電話の文字起こしです。\n「前橋市嶺町の、嶺町の1087番地の関口と申します。関口 節子です。電話番号は027-283-6519です。」")
    assert r["verdict"] == "block" and _masked(r, "1087番地")


def test_a_name_with_a_one_kanji_given_name_and_kun_is_a_name(scan):
    r = scan("記名式アンケートの自由記述です。\n『休み時間に佐川 湊くんから毎日「くさい」と言われる。』")
    assert r["verdict"] == "block" and _masked(r, "佐川 湊")


def test_people_anonymised_as_a_role_and_a_letter_are_no_one(scan):
    r = scan("交通事故の報告書（公用車）の文章を整えて。関係者は伏せています。\n発生日時：令和○年○月○日\n"
             "当事者：職員A（運転）、相手方B（自転車）\n状況：左折時に接触。")
    assert r["verdict"] == "allow"


def test_a_whistle_blower_named_with_their_post_blocks(scan):
    r = scan("公益通報の受付記録です。調査計画の骨子を作って。\n通報者：環境政策課 技師 吉永 沙織（匿名扱い希望）\n"
             "通報内容：委託業者選定で仕様を事前に漏らしている職員がいる。")
    assert r["verdict"] == "block" and _masked(r, "吉永 沙織")


def test_a_price_being_worked_out_with_its_figures_below_warns(scan):
    r = scan("スクールバス運行業務委託の予定価格を積算しています。以下の前提で内訳表を作ってください。\n\n"
             "車両2台、運行日 200日\n運転手人件費：1人 日額 16,000円、添乗員：日額 9,500円")
    assert r["verdict"] in ("warn", "block")


def test_figures_collected_on_a_promise_not_to_show_them_warn(scan):
    r = scan("各店舗に売上の増減を任意で回答してもらいました。「個別の数字は出さない」という約束で集めたものです。\n・A店：+42%\n・B店：+8%")
    assert r["verdict"] in ("warn", "block")


def test_a_companys_account_with_its_kana_holder_warns_only(scan):
    r = scan("振込先口座の変更届です。確認メールを作って。\n変更後：しののめ信用金庫 本店 普通 3366120 カ）グンマオーエー")
    assert r["verdict"] != "block"


def test_a_persons_account_still_blocks(scan):
    assert scan("振込先：しののめ信用金庫 本店 普通 3366120 ヤマダ タロウ")["verdict"] == "block"


# -- the third batch, train236–242 ------------------------------------------------------------------------------------

def test_a_marking_before_a_bar_heads_a_long_line(scan):
    r = scan("部外秘｜駅前再開発 事業者選定委員会メモ：A社案が評価最上位、B社は価格で劣後。議事録の体裁に整えて")
    assert r["verdict"] == "block" and "CONFIDENTIAL_MARKING" in _types(r)


def test_non_public_papers_named_at_the_line_head_are_marked(scan):
    r = scan("非公開資料　市道拡幅の用地交渉経過、地権者の希望額は1㎡9.8万円。要点を3行で")
    assert r["verdict"] == "block" and "CONFIDENTIAL_MARKING" in _types(r)


def test_a_one_line_request_about_an_appraisal_warns(scan):
    assert scan("部下の係長、今期の人事評価はC評価にするつもり。本人への伝え方を")["verdict"] in ("warn", "block")


def test_a_one_line_general_question_passes(scan):
    for text in ("人事評価制度の一般的な仕組みを三行で説明して", "昭和と平成の元号の切り替わりはいつ？"):
        assert scan(text)["verdict"] == "allow", text


def test_a_server_after_its_word_and_a_space_is_internal(scan):
    r = scan("引継書を整えて。\n・バックアップは毎週金曜 18時、サーバ nouchi-db02 に自動保存")
    assert _masked(r, "nouchi-db02")


def test_a_childs_given_name_split_by_the_dictionary_is_still_a_name(scan):
    r = scan("・児童虐待通告受理票（通告対象：町田 心愛ちゃん 5歳、通告者 近隣住民）")
    assert _masked(r, "心愛")


def test_a_short_access_key_after_its_label_is_a_credential(scan):
    r = scan("回答者から問い合わせがありました。\n世帯主：森田 慎吾\nログインID：1020-1634-0557\nアクセスキー：Q7KD-3XWP")
    assert _masked(r, "Q7KD-3XWP")


def test_an_alarm_release_code_given_digit_by_digit_is_masked(scan):
    r = scan("宿直室の引継ぎ書です。\n・機械警備の解除番号：5 8 2 0 6")
    assert r["verdict"] == "block" and _masked(r, "5 8 2 0 6")


def test_a_pin_in_a_configuration_is_masked(scan):
    r = scan("[general]\nadmin_url = https://192.168.40.12:8443/admin\nvoicemail_pin_default = 7391")
    assert _masked(r, "7391")


def test_a_katakana_spelling_after_a_slash_goes_with_the_name(scan):
    r = scan("Please write a welcome note for our new CIR.\nName: Olivia Grant / オリビア・グラント\nResidence card No.: AB12345678CD")
    assert _masked(r, "オリビア・グラント")


def test_names_on_foreign_certificates_are_masked(scan):
    r = scan("ベトナムの結婚証明書を訳して。\nHọ, chữ đệm, tên vợ: PHẠM THỊ NGỌC ÁNH\nNgày, tháng, năm sinh: 03/10/1996\n"
             "Giấy tờ tùy thân: Căn cước công dân số 001196027341")
    assert r["verdict"] == "block" and _masked(r, "PHẠM THỊ NGỌC ÁNH", "001196027341")
    r = scan("出生証明書を訳して。\nDatos de la madre: ROSA ELENA HIGA VARGAS, DNI 41873052\n"
             "Datos del padre: JOSÉ LUIS QUISPE MAMANI, DNI 40962317, nacionalidad peruana")
    assert r["verdict"] == "block" and _masked(r, "JOSÉ LUIS QUISPE MAMANI", "40962317")
    r = scan("出生医学証明を訳して。\n新生儿姓名：刘子涵　性别：女\n母亲姓名：刘佳　年龄：31\n父亲姓名：高桥翔太　年龄：34")
    assert _masked(r, "刘子涵", "刘佳", "高桥翔太")


def test_a_korean_caller_introducing_themselves_is_masked(scan):
    r = scan('留守電を訳して。\n"여보세요, 저는 한지훈이라고 하는데요, 제 휴대폰 번호는 080-3926-5814입니다."')
    assert _masked(r, "한지훈", "080-3926-5814")


def test_the_parties_of_a_court_caption_are_masked(scan):
    r = scan("離婚判決書を訳して。\nKENJI MORIYAMA, Plaintiff  v.  JESSICA LYNN MORIYAMA, Defendant   Case No. 26DR-23-418")
    assert _masked(r, "KENJI MORIYAMA", "JESSICA LYNN MORIYAMA")


def test_a_vietnamese_name_in_capitals_with_an_age_is_masked(scan):
    r = scan("住民税の申告相談です。\n国外扶養：父 BUI VAN LONG（62歳、ベトナム在住）、母 NGUYEN THI HANH（58歳）")
    assert _masked(r, "BUI VAN LONG", "NGUYEN THI HANH")


def test_a_placeholder_pair_on_a_sample_report_card_is_no_one(scan):
    r = scan("英語の教科書の見本を訳して。\n\n*** SAMPLE — FOR TRAINING PURPOSES ONLY ***\nReport Card, Grade 5 — Springfield "
             "Elementary School\nStudent: Jane Doe    Teacher: John Doe\nReading: Meets expectations")
    assert r["verdict"] == "allow"


def test_a_device_manuals_title_after_a_dash_is_no_signature(scan):
    r = scan("通訳端末の取扱説明書を訳して。\n\nModel TR-2024 Handheld Translator — Quick Start\n1. Press and hold the power button.")
    assert r["verdict"] == "allow"


def test_a_short_line_whose_name_a_rule_found_is_not_flagged_whole(scan):
    r = scan("被評価者：佐野 由美子（市民課 主査）業績評価 B。")
    assert "NONPUBLIC_INFO" not in _types(r) and "市民課 主査" in r["redacted_text"]
