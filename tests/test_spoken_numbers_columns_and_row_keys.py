"""Stop 31's tuning sets (train52 exports and legacy files, train53 spoken and informal text, train54 the articles of
第6条 unmarked, train55 who is a private person): numbers said aloud in a transcript, tables typed with ideographic
spaces, legacy rows keyed by a person's number, names spelled out with their reading, English relatives, private
labels, loanwords before さん, and the other way — districts, published results, dummy records and example names.
Each class with a hard negative beside it; none of the texts is a corpus line."""
from __future__ import annotations

from service.normalize import NormalizedText
from support import masked, types_of


# -- numbers said aloud ------------------------------------------------------------------------------------
def test_a_lot_number_said_after_its_chome_with_pauses_is_an_address(scanner):
    text = "訪問メモ：えー、日吉町の、二丁目の、えっと十七の三、山崎 健吾さん宅。"
    r = scanner.scan(text)
    assert "JP_ADDRESS" in types_of(r) and "十七の三" not in r["redacted_text"]


def test_a_lot_number_said_in_kana_after_its_chome_is_an_address(scanner):
    text = "相談電話の起こし：石倉町の二丁目の、じゅうはちのに、に住んでます、森田 と申します。"
    r = scanner.scan(text)
    assert "じゅうはちのに" not in r["redacted_text"]


def test_a_lot_number_said_after_its_town_with_a_pause_is_an_address(scanner):
    assert masked(scanner, "来庁者：前橋市 上泉町の、えー、三百七十二の五。高木 恵子です。", "三百七十二の五")


def test_a_room_said_digit_by_digit_after_the_building_is_masked(scanner):
    text = "日吉町一丁目6-2、ハイツ日吉の三〇五号室、佐野 悠さん宅を訪問。"
    assert "三〇五号室" not in scanner.scan(text)["redacted_text"]


def test_written_kanji_addresses_and_words_with_numerals_stay_as_they_are():
    for t in ("三丁目五番八号", "九〇八番地の四", "二丁目の一番奥の家", "本町の一の宮さん", "町の、三の丸"):
        assert NormalizedText(t).text.replace(" ", "") == t.replace("　", "").replace(" ", "")


def test_a_birth_date_said_with_pauses_is_a_birth_date(scanner):
    r = scanner.scan("相手：えっと、昭和の、五十二年、えー三月の十日生まれです。名前は田島 里美。")
    assert "DATE_OF_BIRTH" in types_of(r)


def test_a_spoken_date_of_a_rule_taking_effect_is_no_birth_date(scanner):
    r = scanner.scan("この要綱は、令和七年の、四月の一日から施行します。文面を整えて。")
    assert "DATE_OF_BIRTH" not in types_of(r) and r["verdict"] == "allow"


def test_a_pension_number_given_a_turn_after_its_question_is_one(scanner):
    text = ("「基礎年金番号のわかるものはありますか」\n「手帳は家に置いてきちゃって。メモなら、えーと、"
            "5283の、617042です」\n「ありがとうございます」")
    r = scanner.scan(text)
    assert "JP_PENSION_NUMBER" in types_of(r) and "617042" not in r["redacted_text"]


def test_a_four_six_number_with_no_pension_word_is_none(scanner):
    assert "JP_PENSION_NUMBER" not in types_of(scanner.scan("注文番号 5283-617042 の納期を教えて"))


def test_a_pin_said_a_few_words_after_its_word_is_a_credential(scanner):
    r = scanner.scan("窓口で：暗証番号は…えーと、娘の誕生日なので、0923。入力は機械でお願いした。")
    assert "CREDENTIAL" in types_of(r) and "0923" not in r["redacted_text"]


def test_a_pin_rule_explained_is_no_credential(scanner):
    r = scanner.scan("暗証番号は数字4桁で、0000のような同じ数字の並びは設定できません。")
    assert "CREDENTIAL" not in types_of(r)


# -- tables and rows ----------------------------------------------------------------------------------------
def test_a_table_typed_with_ideographic_spaces_reads_its_name_column(scanner):
    text = ("所属　氏名　面談の要否\n税務課　北村 陽子　要（血圧）\n消防局警防課　今井 拓真　要（心電図異常）\n"
            "会計課　田村 直樹　要（糖尿病の疑い）")
    r = scanner.scan(text)
    for name in ("北村 陽子", "今井 拓真", "田村 直樹"):
        assert name not in r["redacted_text"]


def test_a_room_booking_table_with_ideographic_spaces_names_nobody(scanner):
    r = scanner.scan("会議室　利用者　時間\n第一会議室　企画課　10時\n第二会議室　財政課　13時")
    assert "PERSON" not in types_of(r)


def test_a_legacy_export_keyed_by_insured_numbers_masks_every_key(scanner):
    text = ("旧システムの出力を全角にしたい。\n\n被保番号  カナ氏名\n0004418273ｵｵﾀ ﾐﾂｺ\n0004419081ｶﾈｺ ﾖｼｵ\n"
            "0004420117ｲﾏｲ ﾁﾖ")
    r = scanner.scan(text)
    assert "JP_HEALTH_INSURANCE" in types_of(r)
    for key in ("0004418273", "0004419081", "0004420117"):
        assert key not in r["redacted_text"]


def test_a_legacy_export_keyed_by_receipt_numbers_keeps_its_keys(scanner):
    text = "受付番号  件名\n0004418273 道路 補修\n0004419081 街灯 修理"
    assert "JP_HEALTH_INSURANCE" not in types_of(scanner.scan(text))


def test_a_log_line_with_an_unquoted_name_value_masks_the_name(scanner):
    text = "[2025-02-11 09:12:44] form=kosodate name=Sakura Inoue email=s.inoue77@example.jp"
    assert masked(scanner, text, "Sakura Inoue")


def test_a_form_buttons_name_attribute_is_no_name(scanner):
    assert "PERSON" not in types_of(scanner.scan('<input type="submit" name=Submit value="送信">'))


def test_a_manuals_dummy_bank_transfer_record_is_nobodys_account(scanner):
    text = ("ベンダーのマニュアルにある架空のデータレコードです。項目の桁位置を表にして。\n"
            "20005ﾃｽﾄｷﾞﾝｺｳ       002ﾃｽﾄｼﾃﾝ         000010000002ﾀﾞﾐｰ ﾀﾛｳ                      00000050000")
    assert scanner.scan(text)["verdict"] == "allow"


# -- names ----------------------------------------------------------------------------------------------------
def test_a_name_spelled_out_with_its_reading_blocks(scanner):
    r = scanner.scan("児童クラブの名簿です。\n小島 ひまり（こじま ひまり）小1　食物アレルギー：そば")
    assert "小島 ひまり" not in r["redacted_text"] and "こじま ひまり" not in r["redacted_text"]


def test_a_relative_named_after_a_capitalised_possessive_is_masked_with_the_family(scanner):
    text = ("Please translate for our ALT: Noah Fischer (Grade 3) has a peanut allergy. Her father, Jonas Fischer, "
            "will bring the medicine. Call Jonas at 090-5521-7734 if needed.")
    r = scanner.scan(text)
    assert "Jonas Fischer" not in r["redacted_text"] and "Call Jonas" not in r["redacted_text"]


def test_an_office_in_an_earlier_sentence_does_not_own_a_mobile(scanner):
    text = "The medicine is kept in the nurse's office. Please call Mrs. Fischer at 090-5521-7734 after school."
    r = scanner.scan(text)
    assert r["verdict"] == "block"


def test_a_departments_work_handset_stays_the_offices(scanner):
    r = scanner.scan("イベント当日の連絡先：観光政策課 業務用携帯 080-4410-2291（担当者が交代で持ちます）")
    assert r["verdict"] != "block"


def test_a_mobile_labelled_private_in_a_staff_signature_blocks(scanner):
    text = ("署名を短くしたい。\n前橋市 総務部 総務課　主査　本田 和也\nTEL 027-898-6001（課代表）\n"
            "私用携帯 090-3318-7720（夜間のみ）")
    r = scanner.scan(text)
    assert r["verdict"] == "block" and "090-3318-7720" not in r["redacted_text"]


def test_a_loanword_role_before_san_is_no_surname(scanner):
    for t in ("メーカーさんの説明会で「ゼロトラスト」という言葉が出た。意味を教えて。",
              "ベンダーさんとの打合せの議事メモを整えて。"):
        assert "PERSON" not in types_of(scanner.scan(t))


def test_a_foreign_given_name_before_san_is_still_a_name(scanner):
    r = scanner.scan("ジョージさんの在留カードの更新について案内文を作って。")
    assert "PERSON" in types_of(r)


def test_an_illness_in_the_bracket_after_a_staff_members_name_makes_it_theirs(scanner):
    r = scanner.scan("休職の延長手続きの説明文を作りたい。\n対象：環境政策課 主事 吉野 颯（適応障害、4月から休職中）")
    assert r["verdict"] == "block" and "吉野 颯" not in r["redacted_text"]


def test_an_autism_diagnosis_abbreviated_beside_a_named_pupil_is_sensitive(scanner):
    r = scanner.scan("3年1組 岡部 陸斗、ASDの診断あり。支援会議の資料にしたい。")
    assert "SENSITIVE_PERSONAL_INFO" in types_of(r)


def test_a_question_about_the_abbreviation_is_no_ones_diagnosis(scanner):
    assert scanner.scan("ASDとADHDの違いを、保護者向けにやさしく説明して。")["verdict"] == "allow"


# -- identifiers, credentials and markings ----------------------------------------------------------------------
def test_a_django_secret_key_with_symbols_is_a_credential(scanner):
    r = scanner.scan("SECRET_KEY = 'p7!k2$w9@m4#z8-r1&t6^y3u5'")
    assert "CREDENTIAL" in types_of(r)


def test_a_dotted_config_name_in_quotes_is_no_secret(scanner):
    assert "CREDENTIAL" not in types_of(scanner.scan("token: 'app.settings.mail.sender'"))


def test_a_passport_number_in_a_travellers_list_with_passports_mentioned_below_is_masked(scanner):
    text = ("訪問団の航空券手配リストを英語表記にして。\n\n1 団員 今村 沙也加 TK5593021 1985年2月3日生\n"
            "2 団員 小野 大地 RW7718240 1999年9月9日生\n※パスポートの残存期間は確認済み")
    r = scanner.scan(text)
    assert "JP_PASSPORT" in types_of(r) and "TK5593021" not in r["redacted_text"]


def test_a_product_code_of_the_same_shape_is_no_passport(scanner):
    assert "JP_PASSPORT" not in types_of(scanner.scan("在庫一覧：製品コード TK5593021 の入荷日を教えて"))


def test_a_failing_twelve_digit_example_of_another_number_is_no_my_number(scanner):
    text = "受付番号は12桁で、例えば 071830045002 のようになります。マイナンバーと混同しないよう 07-183-0045-002 と表示します。"
    assert scanner.scan(text)["verdict"] == "allow"


def test_a_request_to_keep_it_internal_marks_the_text(scanner):
    r = scanner.scan("庁内限りでお願いします。\n新庁舎の設計の予定価格は9億2,100万円で設定予定です。公告文を整えて。")
    assert "CONFIDENTIAL_MARKING" in types_of(r)


def test_a_parcel_label_request_is_no_marking(scanner):
    assert "CONFIDENTIAL_MARKING" not in types_of(scanner.scan("取扱注意でお願いします。ガラスの花瓶を送る伝票の書き方を教えて"))


def test_a_marking_limited_to_one_section_is_a_marking(scanner):
    r = scanner.scan("【取扱注意・職員課限り】\n昇任試験の合格者案（審査前）の説明文を整えて。")
    assert "CONFIDENTIAL_MARKING" in types_of(r)


# -- published and example material ---------------------------------------------------------------------------
def test_a_chome_in_a_text_about_figures_per_district_is_a_district(scanner):
    text = "町丁別の世帯数（公表値）を並べ替えたい。列はA:町丁名、B:世帯数。例：A2 日吉町二丁目、B2 640"
    assert "JP_ADDRESS" not in types_of(scanner.scan(text))


def test_a_chome_beside_a_residents_name_is_still_an_address(scanner):
    r = scanner.scan("町丁別の集計とは別に：日吉町二丁目の佐伯 道子さんから苦情の電話があった。")
    assert "JP_ADDRESS" in types_of(r)


def test_bid_results_put_on_the_website_pass(scanner):
    text = ("ホームページに載せた入札結果を文章にして。\n件名：公園トイレ改修工事\n予定価格（税抜）：12,300,000円\n"
            "落札金額（税抜）：11,050,000円")
    assert "NONPUBLIC_INFO" not in types_of(scanner.scan(text))


def test_a_bid_price_before_it_goes_on_the_website_is_non_public(scanner):
    text = "ホームページに載せる前の予定価格です。予定価格（税抜）：12,300,000円。公告文を作って。"
    assert "NONPUBLIC_INFO" in types_of(scanner.scan(text))


def test_an_example_hostname_in_a_manuals_sample_settings_passes(scanner):
    assert scanner.scan("マニュアル用のサンプル設定です。\nserver:\n  host: app.example.local\n")["verdict"] != "block"


def test_a_real_looking_internal_host_still_blocks(scanner):
    assert "INTERNAL_NETWORK" in types_of(scanner.scan("server:\n  host: jinji-db.maebashi.local\n"))


def test_an_address_the_text_calls_a_departments_passes(scanner):
    text = "自動返信メールに「kankyo@example-city.jp」って課の共有アドレスを載せたい。文面を作って。"
    assert scanner.scan(text)["verdict"] != "block"


def test_a_personal_free_mail_address_still_blocks_whatever_is_said_after_it(scanner):
    r = scanner.scan("連絡先は kenta1990@gmail.com です。部署のアドレスではありません。")
    assert r["verdict"] == "block"


# -- threads, care records and residents from abroad (train56–58) -----------------------------------------------
def test_a_login_id_beside_its_password_is_masked_with_it(scanner):
    r = scanner.scan("引継ぎメモ：業務端末（ID: nenkin_ope03 / PW: Rq8#autumn2025）は毎朝起動。")
    assert "nenkin_ope03" not in r["redacted_text"] and "Rq8#autumn2025" not in r["redacted_text"]


def test_a_training_account_with_its_password_starred_out_keeps_its_id(scanner):
    r = scanner.scan("研修用アカウントの案内（user: kensyu07 / pass: ********）を丁寧な文にして。")
    assert r["verdict"] == "allow"


def test_a_korean_full_name_before_nim_is_a_name(scanner):
    r = scanner.scan("다음 내용을 일본어로 바꿔 주세요.\n수신: 김도윤 님\n주소: 前橋市荒牧町 45番地3")
    assert "김도윤" not in r["redacted_text"]


def test_korean_titles_before_nim_are_no_names(scanner):
    assert "PERSON" not in types_of(scanner.scan("선생님, 고객님, 담당자님께 감사 인사를 전하는 문장을 일본어로 번역해 주세요."))


def test_a_name_in_its_own_script_with_its_katakana_reading_is_masked(scanner):
    r = scanner.scan("申請者：王秀梅（ワン・シウメイ）様\n被保険者証の再交付について、中国語で案内を作って。")
    assert "王秀梅" not in r["redacted_text"] and "ワン・シウメイ" not in r["redacted_text"]


def test_a_university_with_its_katakana_reading_is_no_name(scanner):
    assert scanner.scan("北京大学（ペキン・ダイガク）への留学制度について説明して。")["verdict"] == "allow"


def test_a_katakana_name_with_its_own_spelling_in_brackets_is_masked_whole(scanner):
    r = scanner.scan("児童名：グエン・ヴァン・アン（Nguyễn Văn An）　3年1組\n来日：令和6年4月")
    assert "Nguyễn Văn An" not in r["redacted_text"]


def test_a_place_in_katakana_with_its_spelling_is_no_name(scanner):
    assert scanner.scan("姉妹都市ニューヨーク（New York）の紹介文を書いて。")["verdict"] == "allow"


def test_a_health_insurance_cards_symbol_and_number_after_its_label_are_masked(scanner):
    r = scanner.scan("宛名：Maria Lopes 様\n被保険者証：前国 5521904\n内容：高額療養費の申請書類の案内をポルトガル語で。")
    assert "JP_HEALTH_INSURANCE" in types_of(r) and "5521904" not in r["redacted_text"]


def test_a_bank_accounts_symbol_and_number_are_no_insurance_card(scanner):
    assert "JP_HEALTH_INSURANCE" not in types_of(scanner.scan("口座の記号番号：普通 1234567 の書き方を教えて"))


def test_a_patient_named_after_a_portuguese_label_is_masked(scanner):
    assert masked(scanner, "Relatório da intérprete\nPaciente: Rafael Augusto Moreira\nDiagnóstico: pneumonia", "Rafael Augusto Moreira")


def test_the_rest_of_a_column_of_foreign_names_is_masked(scanner):
    text = ("| No | 相談者 | 国籍 | 内容 |\n|---|---|---|---|\n| 1 | Trần Thị Hoa | ベトナム | 給料の未払い |\n"
            "| 2 | Vũ Đức Long | ベトナム | 職場でけがをして通院中 |")
    r = scanner.scan(text)
    assert "Trần Thị Hoa" not in r["redacted_text"] and "Vũ Đức Long" not in r["redacted_text"]


def test_a_chinese_writer_and_relative_named_in_chinese_prose_are_masked(scanner):
    r = scanner.scan("请翻译成日语：您好！我是住在前桥市的李明华。我的儿子李浩然今年要上中学，请问需要什么手续？")
    assert "李明华" not in r["redacted_text"] and "李浩然" not in r["redacted_text"]


def test_a_chinese_self_description_without_a_name_passes(scanner):
    assert scanner.scan("请翻译成日语：我是住在前桥市的公务员。请问垃圾分类怎么做？")["verdict"] == "allow"


def test_the_writer_of_a_quoted_english_mail_is_masked(scanner):
    text = ("Please make my reply more natural.\n\n> On Mon, Jun 2, 2025, Hannah Becker wrote:\n"
            "> My number is 080-3321-9087 and I live in Maebashi.")
    assert "Hannah Becker" not in scanner.scan(text)["redacted_text"]


def test_a_newsletter_quoted_in_a_reply_names_nobody(scanner):
    r = scanner.scan("> On Mon, Jun 2, 2025, City Hall Newsletter wrote:\n> The festival is on Sunday.")
    assert r["verdict"] == "allow"


def test_a_greeting_with_a_full_name_masks_it_in_a_personal_mail(scanner):
    text = "Hi Grace Miller,\nYour son Leo had a seizure at school today. Please call me at 090-4418-2207."
    assert "Grace Miller" not in scanner.scan(text)["redacted_text"]


def test_a_marking_limited_to_an_offices_inside_is_a_marking(scanner):
    r = scanner.scan("【部外秘・教育委員会事務局内限り】\n学校再編の第2次案を要約して。")
    assert "CONFIDENTIAL_MARKING" in types_of(r)


def test_a_shops_limited_offer_in_brackets_is_no_marking(scanner):
    assert "CONFIDENTIAL_MARKING" not in types_of(scanner.scan("【数量限定・店内限り】記念品の配布のお知らせを作って"))


# -- fc28's left-overs, as classes ---------------------------------------------------------------------------------
def test_a_romaji_name_after_a_japanese_slot_word_is_masked_in_a_blocked_text(scanner):
    text = "ふるさと納税の返金依頼。寄附者 Haruto Nakagawa、カード 4111-1111-1111-1111、決済日 12/29。依頼文を作って"
    assert "Haruto Nakagawa" not in scanner.scan(text)["redacted_text"]


def test_a_romaji_company_after_a_slot_word_is_no_name(scanner):
    r = scanner.scan("申請者 Maebashi Systems の登記事項を確認する手順を教えて")
    assert "PERSON" not in types_of(r)


def test_a_housing_blocks_room_where_someone_lives_is_an_address(scanner):
    r = scanner.scan("包括から相談。北代田団地 3号棟 207 に住む一人暮らしの91歳女性、最近火の不始末が続く。どこに繋ぐ？")
    assert "JP_ADDRESS" in types_of(r) and "3号棟 207" not in r["redacted_text"]


def test_a_works_notice_for_a_housing_block_names_no_home(scanner):
    assert scanner.scan("市営住宅の2号棟 105 に住む世帯向けの給水工事のお知らせを作って")["verdict"] != "block"


def test_rent_a_named_parent_cannot_pay_is_sensitive(scanner):
    r = scanner.scan("ひとり親の 小暮さん（東小3年の子の母）、先月から家賃が払えないそうです。支援策を教えて")
    assert "SENSITIVE_PERSONAL_INFO" in types_of(r)


def test_a_question_about_rent_one_cannot_pay_is_no_ones(scanner):
    assert scanner.scan("家賃が払えないときに使える制度を一覧にして")["verdict"] == "allow"


def test_a_mobile_whose_prefix_is_said_in_kana_and_the_rest_in_figures_is_a_phone(scanner):
    r = scanner.scan("電話メモ：折り返しは、ゼロキューゼロの、4471の、2093でお願いしますとのこと。山口さん")
    assert "PHONE_NUMBER" in types_of(r) and "2093" not in r["redacted_text"]


def test_a_count_said_after_zero_in_kana_is_no_phone(scanner):
    assert "PHONE_NUMBER" not in types_of(scanner.scan("在庫はゼロの、2の、3箱です。発注数を計算して"))


def test_a_row_that_leaves_its_first_cell_blank_reads_it_from_the_row_above(scanner):
    text = ("受給者　　　　対象児童　　　　　生年月日\n田村 秀一　　田村 結菜　　　　H30.6.2\n"
            "　　　　　　　田村 湊　　　　　R3.1.19")
    assert "R3.1.19" not in scanner.scan(text)["redacted_text"]


def test_a_column_of_latin_names_under_an_opaque_heading_is_a_column_of_names(scanner):
    text = "case_id,hh_head,members,category\nC-5101,Kenji Morimoto,3,生活扶助\nC-5102,Aisha Rahman,2,医療扶助"
    r = scanner.scan(text)
    assert "Kenji Morimoto" not in r["redacted_text"] and "Aisha Rahman" not in r["redacted_text"]


def test_a_column_of_cities_in_latin_letters_is_no_column_of_names(scanner):
    assert scanner.scan("city,country\nNew York,USA\nSan Francisco,USA\nLos Angeles,USA")["verdict"] == "allow"


def test_a_wife_named_after_is_is_masked_with_her_husband(scanner):
    text = "CIR: I'm with Mr. Hossain at the counter. His wife is Farida Begum. Her card is PL49027461BD."
    assert "Farida Begum" not in scanner.scan(text)["redacted_text"]


def test_an_account_holder_glued_to_the_account_number_is_masked(scanner):
    r = scanner.scan("返金先:群馬銀行前橋支店普通3301874ｵｶﾞﾜﾘｮｳｺ ←この聞き取りメモを清書して")
    assert "ｵｶﾞﾜﾘｮｳｺ" not in r["redacted_text"]


def test_a_company_glued_to_the_account_number_is_no_person(scanner):
    r = scanner.scan("支払先：群馬銀行前橋支店当座3301874ｶﾌﾞｼｷｶﾞｲｼﾔｱｶｷﾞｹﾝｾﾂ")
    assert "PERSON" not in types_of(r)


# -- filled-in forms, numbers, people without names (train59–61) -----------------------------------------------------
def test_a_table_written_with_spaced_slashes_reads_its_columns(scanner):
    text = "今のシート↓\nA列 氏名 / B列 生年月日\n増田 陽向 / 2014/05/02\n今井 紬 / 2013/12/24"
    r = scanner.scan(text)
    assert "2014/05/02" not in r["redacted_text"] and "2013/12/24" not in r["redacted_text"]


def test_a_sample_forms_birth_date_under_the_sample_name_is_no_ones(scanner):
    text = "申請書の記入例を作っています。\n氏名：前橋 太郎（まえばし たろう）\n生年月日：昭和55年4月1日\nこれで自然ですか。"
    assert scanner.scan(text)["verdict"] != "block"


def test_a_dummy_name_below_a_real_birth_date_does_not_hide_it(scanner):
    text = "申請内容の確認です。\n氏名：細谷 真央\n生年月日：昭和55年4月1日"
    assert "DATE_OF_BIRTH" in types_of(scanner.scan(text))


def test_the_only_one_said_a_few_sentences_before_an_illness_identifies_the_person(scanner):
    text = ("Please polish this for the interpreter: \"The patient is the Peruvian man who works the night shift at the "
            "bakery near the station, the only worker there who speaks no Japanese. Last week he fell from a ladder at "
            "home and since then he has had seizures.\"")
    assert "SENSITIVE_PERSONAL_INFO" in types_of(scanner.scan(text))


def test_the_only_one_in_a_district_with_debt_is_identifiable(scanner):
    r = scanner.scan("大胡地区で唯一の男性の保育士から、奨学金の返済が滞り始めていると相談があった。対応を整理して")
    assert r["verdict"] == "block"


def test_one_of_many_in_a_district_with_debt_only_warns_at_most(scanner):
    r = scanner.scan("大胡地区の保育士の多くが、奨学金の返済が滞り始めていると聞く。支援策を整理して")
    assert r["verdict"] != "block"


def test_a_building_in_quotes_then_its_room_is_part_of_the_address(scanner):
    r = scanner.scan("傷病者は70代女性、独居。日吉町2丁目のアパート「コーポ日吉」203号室。既往歴：心不全。")
    assert "203号室" not in r["redacted_text"]


def test_a_venues_room_in_quotes_is_no_home(scanner):
    assert scanner.scan("会場は「前橋市民文化会館」201号室です。案内文を作って")["verdict"] == "allow"


def test_a_name_cut_to_its_surname_and_an_initial_is_still_a_name(scanner):
    r = scanner.scan("苦情記録（匿名化済み）\n申出人：ホソヤ・Ｍ\n住所：前橋市日吉町2丁目8番3号")
    assert "ホソヤ" not in r["redacted_text"]


def test_a_published_donation_accounts_kana_holder_is_no_person(scanner):
    text = ("義援金の受付口座（市ホームページで公表済み）のチラシ文面を作って。\n群馬銀行 県庁支店 普通預金 口座番号 0341852\n"
            "口座名義 マエバシシ サイガイギエンキン")
    assert scanner.scan(text)["verdict"] != "block"


def test_an_english_name_told_to_have_an_illness_is_masked_with_its_repeats(scanner):
    text = "Tell the staff: our ALT Liam O'Brien has asthma and carries an inhaler; Liam asked us to tell the homeroom teachers."
    r = scanner.scan(text)
    assert "O'Brien" not in r["redacted_text"] and "Liam asked" not in r["redacted_text"]


def test_an_english_name_in_the_sentence_of_a_personal_mail_address_is_masked(scanner):
    text = "Reply in French: Marie-Claire Lefebvre-Dumont, a teacher planning a private visit, wrote from mc.lefebvre@orange.fr."
    assert "Marie-Claire Lefebvre-Dumont" not in scanner.scan(text)["redacted_text"]


def test_an_english_guide_on_care_levels_names_nobody(scanner):
    text = ("Please proofread this guide for our website.\nHow to Apply for Long-Term Care Insurance Services\n"
            "You will be notified of your care level (Support Level 1-2 or Care Level 1-5) within about 30 days.")
    assert "PERSON" not in types_of(scanner.scan(text))


def test_a_published_english_qa_names_only_officials(scanner):
    text = "Summarize the published Q&A: Q (Councillor Ishii): What measures does the city take against heat stroke in schools?"
    assert "PERSON" not in [f["type"] for f in scanner.scan(text)["findings"] if f["action"] == "block"]


# -- councils, field work and staff (train62–64) -----------------------------------------------------------------------
def test_an_applicants_column_masks_every_spaced_full_name_once_one_is_found(scanner):
    text = "公募委員の選考結果です。\n応募者　小論文　面接\n北条 真一　32　28\n原口 瑞穂　40　35\n桑原 克也　25　30"
    r = scanner.scan(text)
    for name in ("北条 真一", "原口 瑞穂", "桑原 克也"):
        assert name not in r["redacted_text"]


def test_a_password_a_debug_log_wrote_is_a_credential(scanner):
    r = scanner.scan('2025-06-17 08:31:40 auth[2211]: DEBUG password attempt="Hoshino#1108" user=m.hoshino')
    assert "CREDENTIAL" in types_of(r) and "Hoshino#1108" not in r["redacted_text"]


def test_a_masked_password_in_a_log_is_no_credential(scanner):
    assert "CREDENTIAL" not in types_of(scanner.scan("password attempt=*** (masked) user=m.hoshino"))


def test_a_mutual_aid_cards_symbol_and_number_are_health_insurance(scanner):
    r = scanner.scan("組合員証の再交付申請です。\n組合員氏名：岸 陽子\n所属所：前橋市　記号：4107　番号：30972")
    assert "JP_HEALTH_INSURANCE" in types_of(r)


def test_a_template_for_announcing_transfers_is_no_non_public_matter(scanner):
    r = scanner.scan("人事異動の内示を伝えるメールのひな形を作って。【氏名】【新所属】は後で入れます。")
    assert r["verdict"] == "allow"


def test_a_real_transfer_before_its_announcement_is_still_non_public(scanner):
    r = scanner.scan("内示前ですが、4月1日付で財政課の課長補佐が市民課長に昇任する予定です。説明文を作って。")
    assert "NONPUBLIC_INFO" in types_of(r)


# -- fc29, once opened -----------------------------------------------------------------------------------------------
def test_a_location_column_beside_a_persons_name_is_their_address(scanner):
    text = "納税義務者\t所在地\t滞納額\n岡部 良子\t前橋市下小出町三丁目4番9号\t512,000\n株式会社テスト商事\t前橋市問屋町一丁目\t80,000"
    assert "4番9号" not in scanner.scan(text)["redacted_text"]


def test_a_location_column_of_facilities_stays_a_facility_list(scanner):
    text = "施設名\t所在地\t定員\n中央公民館\t前橋市千代田町二丁目10番1号\t120\n東公民館\t前橋市天川大島町1丁目2-3\t80"
    assert scanner.scan(text)["verdict"] != "block"


def test_a_katakana_name_before_its_kanji_in_brackets_is_masked_with_it(scanner):
    r = scanner.scan("対象者リスト\n0415-0022 / チェン リーファ（陳 麗華）/ 前橋市亀里町410 / 12,960円")
    assert "チェン リーファ" not in r["redacted_text"] and "陳 麗華" not in r["redacted_text"]
