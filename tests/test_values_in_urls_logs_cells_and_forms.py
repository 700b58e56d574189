"""Values written where the rules did not look (the blind-written set train35, round of 2026-12-05):
percent-encoded URLs, e-mail addresses spelled out, phones after a log key, numbers typed into boxes or
cells, names after a label or under a key or in a kana column, split address fields, birthdays without a
year, a birth date answering the turn above — each beside the look-alike that must stay as it is."""
from __future__ import annotations

import pytest

from support import findings_of


def redacted(scan, text):
    return scan(text)["redacted_text"]


# -- URLs and logs ----------------------------------------------------------------------------
def test_a_percent_encoded_name_and_a_plus_encoded_name_in_a_query_are_masked(scan):
    text = ("申請者から届いたURLです。\nhttps://apply.kosodate-form.jp/confirm?name=%E4%BD%90%E8%97%A4%E5%84%AA%E5%A5%88&tel=09047315582\n"
            "https://reserve.kenshin-maebashi.jp/book?fullname=Miyu+NAKAMURA&birth=2015%2F03%2F09&course=shoni")
    red = redacted(scan, text)
    for value in ("%E4%BD%90%E8%97%A4%E5%84%AA%E5%A5%88", "Miyu+NAKAMURA", "2015%2F03%2F09"):
        assert value not in red


def test_a_percent_encoded_address_is_masked_whole(scan):
    text = "https://www.google.com/maps/search/?api=1&query=%E5%89%8D%E6%A9%8B%E5%B8%82%E6%97%A5%E5%90%89%E7%94%BA2-7-19"
    result = scan(text)
    assert findings_of(result, "JP_ADDRESS") and "%E6%97%A5%E5%90%89%E7%94%BA2-7-19" not in result["redacted_text"]


@pytest.mark.parametrize("text", ["利用率は前年比5%増でした", "https://www.city.maebashi.gunma.jp/search?q=%E7%B7%8F%E5%8B%99"])
def test_percent_signs_in_prose_and_a_public_search_url_pass(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_a_phone_after_a_log_key_is_masked(scan):
    text = "2024-06-03 10:14:22,871 INFO [kosodate-app] 申請受付 applicant=荒井 千尋 tel=090.3358.7714"
    assert "090.3358.7714" not in redacted(scan, text)


def test_an_order_number_after_a_key_is_no_phone(scan):
    assert not findings_of(scan("GET /orders?order=0272345678 200"), "PHONE_NUMBER")


# -- e-mail addresses spelled out ------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("名前：南 葵\nメール：minami.aoi[at]gmail[dot]com", "minami.aoi[at]gmail[dot]com"),
    ("SNSのDMで届いた連絡先です：nanami.ueno at outlook dot jp（上野 七海さん）", "nanami.ueno at outlook dot jp"),
    ("電話で聞き取ったメールアドレスは tomoki_n（アットマーク）icloud.com です", "tomoki_n（アットマーク）icloud.com"),
])
def test_an_address_with_its_at_and_dots_spelled_out_is_masked(scan, text, value):
    assert value not in redacted(scan, text)


@pytest.mark.parametrize("text", ["Please look at google dot com for details", "version 2.0 at example dot com",
                                  "git clone git@github.com:maebashi-dx/opendata-tools.git が失敗します"])
def test_english_words_versions_and_a_git_remote_are_no_address(scan, text):
    assert not findings_of(scan(text), "EMAIL_ADDRESS")


# -- numbers in boxes and cells -----------------------------------------------------------------------
def test_a_card_number_typed_into_four_boxes_is_found_and_masked(scan):
    text = "カード番号① 4539 ② 1488 ③ 0343 ④ 6467\n有効期限 08/27"
    result = scan(text)
    assert findings_of(result, "CREDIT_CARD") and "1488" not in result["redacted_text"]


def test_a_my_number_in_three_markdown_cells_is_found(scan):
    text = "| 項目 | 1-4桁 | 5-8桁 | 9-12桁 |\n|---|---|---|---|\n| 個人番号 | 6405 | 8273 | 9101 |"
    assert findings_of(scan(text), "JP_MY_NUMBER")


def test_four_digit_amounts_in_markdown_cells_stay(scan):
    text = "| 年度 | 4月 | 5月 | 6月 |\n|---|---|---|---|\n| 件数 | 1200 | 1350 | 1410 |"
    assert scan(text)["verdict"] == "allow"


# -- names after a label, under a key, in a column -------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("[10:02] 相談者: 娘の保育園の件で相談です。娘の名前は岡田ひまりです。", "岡田ひまり"),
    ("ホームページの問い合わせフォームに届いた内容です。\n名前：南 葵\n内容：図書館の予約について", "南 葵"),
])
def test_a_name_after_a_label_is_masked_whatever_the_dictionary_makes_of_it(scan, text, value):
    assert value not in redacted(scan, text)


@pytest.mark.parametrize("text", ["名前はまだ決めていません", "氏名：本人", "氏名：同上",
                                  "市の懲戒処分の公表基準では「停職以上は原則公表、氏名は原則非公表」です。"])
def test_phrases_and_common_words_after_a_name_label_are_no_name(scan, text):
    assert not findings_of(scan(text), "PERSON")


def test_values_under_keys_for_parts_of_a_name_are_masked(scan):
    text = '{"applicant":{"family":"齋藤","given":"陽菜","dob":"2011-07-23"}}'
    red = redacted(scan, text)
    assert "齋藤" not in red and "陽菜" not in red


@pytest.mark.parametrize("text", ["body { font-family: 'Meiryo'; }",
                                  '[{"町名":"関根町","世帯数":1250},{"町名":"日吉町","世帯数":2410}]'])
def test_a_font_family_and_a_town_column_are_no_name(scan, text):
    assert not findings_of(scan(text), "PERSON")


def test_surname_and_given_name_columns_are_masked_cell_by_cell(scan):
    text = "姓\t名\t結合\n矢島\t大翔\t矢島 大翔\n早川\t紬\t早川 紬"
    assert "紬" not in redacted(scan, text)


def test_a_column_of_two_part_kana_names_under_any_heading_is_masked(scan):
    text = "kid,grp,allergen\nいしかわ そうた,ひよこ組,卵・乳\nはやかわ めい,りす組,小麦"
    red = redacted(scan, text)
    assert "いしかわ そうた" not in red and "はやかわ めい" not in red


def test_a_hiragana_name_with_an_age_is_masked_though_a_part_reads_as_a_verb(scan):
    assert "きくち ゆうま" not in redacted(scan, "・きくち ゆうま（5さい）\n・しらいし ここな（4さい）")


def test_a_hiragana_phrase_with_a_class_stays(scan):
    assert scan("・たのしい えんそく（1くみ）")["verdict"] == "allow"


def test_goods_in_katakana_are_no_name(scan):
    assert scan("品名が半角カナです。ｺﾋﾟｰﾖｳｼ A4、ﾄﾅｰ ｶｰﾄﾘｯｼﾞ、ｸﾘｱﾌｧｲﾙ を全角に変換する関数は？")["verdict"] == "allow"


def test_an_initial_and_a_surname_in_case_notes_are_masked(scan):
    text = "M.Kurosawa（黒澤 真）さん：生活保護受給中\nT.Hoshino：同上"
    assert "T.Hoshino" not in redacted(scan, text)


@pytest.mark.parametrize("text", ["J.League の試合日程", "www.Sato.jp のサイト"])
def test_initials_before_words_that_are_no_surname_stay(scan, text):
    assert not findings_of(scan(text), "PERSON")


def test_a_quoted_name_with_its_honorific_outside_the_quote_is_masked(scan):
    red = redacted(scan, "「𠮷田 凜」さん、「渡邉 彌生」さんの宛名が文字化けします")
    assert "𠮷田 凜" not in red and "渡邉 彌生" not in red


# -- addresses and dates ---------------------------------------------------------------------
def test_a_house_number_in_its_own_address_field_is_masked(scan):
    text = "住所1：前橋市若宮町二丁目\n住所2：8番14号\n住所3：コーポ若宮 202号室\n宛名：平井 直樹 様"
    assert "8番14号" not in redacted(scan, text)


def test_a_date_after_an_address_label_is_no_house_number(scan):
    assert not findings_of(scan("住所：2024-10-01 変更"), "JP_ADDRESS")


def test_a_block_of_the_building_between_name_and_room_is_masked(scan):
    assert "B棟 201" not in redacted(scan, "〒371-0805 南町3-41-7 メゾン・ド・南 B棟 201 受取人 福田 陽子")


def test_a_lot_number_with_hundreds_in_kanji_is_an_address(scan):
    assert "三百二十一番地" not in redacted(scan, "市民: 前橋市端気町三百二十一番地です。")


def test_a_birthday_without_a_year_in_a_list_is_masked(scan):
    text = "・沢田 結衣ちゃん 誕生日 3月14日（今年で8歳）\n・川口 颯太くん 誕生日 11月2日（今年で7歳）"
    red = redacted(scan, text)
    assert "3月14日" not in red and "11月2日" not in red


def test_a_date_after_the_word_birthday_that_is_an_event_stays(scan):
    assert not findings_of(scan("誕生日 3月14日に開催するお誕生会の案内"), "DATE_OF_BIRTH")


def test_a_birth_date_with_the_era_in_brackets_is_masked(scan):
    assert "1979（昭和54）年10月30日" not in redacted(scan, "氏名：エンドウ マサル\n生年月日：1979（昭和54）年10月30日")


def test_a_date_answering_a_question_about_birth_on_the_line_above_is_masked(scan):
    text = "[10:03] 職員: お子さんの生年月日を教えてください。\n[10:03] 相談者: 平成30年5月2日です。"
    assert "平成30年5月2日" not in redacted(scan, text)


def test_a_date_answering_another_question_stays(scan):
    text = "[10:03] 職員: 開催日を教えてください。\n[10:03] 相談者: 平成30年5月2日です。"
    assert not findings_of(scan(text), "DATE_OF_BIRTH")


def test_a_birth_date_heading_on_a_sample_sheet_with_a_tab_after_it_stays_a_sample(scan):
    text = "【記入例】\t\n氏名\t前橋　太郎\n生年月日\t昭和60年4月1日\n※記入例の氏名・日付は架空です"
    assert scan(text)["verdict"] != "block"


# -- secrets and made-up rows ---------------------------------------------------------------------
def test_a_password_after_an_arrow_in_a_chat_is_masked_when_a_line_follows(scan):
    text = "[kubo] 共有NASの管理者パスワード変わりました → Kz7#pL2q!m\n[endo] 了解"
    assert "Kz7#pL2q!m" not in redacted(scan, text)


def test_rows_inserted_under_a_comment_saying_they_are_made_up_stay(scan):
    text = ("-- テスト用の架空データ（実在の人物ではありません）\n"
            "INSERT INTO applicants (name, tel) VALUES ('試験 花子','090-0000-0000'),('見本 一郎','090-0000-0001');")
    assert scan(text)["verdict"] != "block"


def test_a_citys_donation_account_warns_at_most(scan):
    assert scan("義援金の受付口座\n口座：群馬銀行 県庁支店 普通 1203948\n口座名義：前橋市災害義援金")["verdict"] != "block"


def test_a_residents_account_with_the_holder_on_the_next_line_blocks(scan):
    assert scan("口座：群馬銀行 県庁支店 普通 1203948\n口座名義：中村 健")["verdict"] == "block"


# -- the departments' long texts (train36) ------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("・玄関を開けたら、60秒以内に機械警備を解除する。解除コードは「4821#」。", "4821#"),
    ("・2階の特別収蔵室は、さらにダイヤル錠（番号 9073）。", "9073"),
])
def test_the_codes_that_open_a_building_or_a_lock_are_masked(scan, text, value):
    result = scan(text)
    assert findings_of(result, "CREDENTIAL") and value not in result["redacted_text"]


@pytest.mark.parametrize("text", ["解除コードの設定方法を教えて", "郵便番号 371-0023 の書き方", "錠前の交換費用の相場は？"])
def test_questions_about_codes_and_locks_pass(scan, text):
    assert not findings_of(scan(text), "CREDENTIAL")


def test_the_room_a_sheltered_resident_moved_into_is_masked(scan):
    text = "1 入居者\n　川島 優子（34歳）と長女（3歳）\n　入居先：前橋市上佐鳥町 市営城南団地 2号棟405号室（令和6年11月28日入居）"
    assert "2号棟405号室" not in redacted(scan, text)


@pytest.mark.parametrize("text", [
    "「こころの健康相談」の案内を、広報紙とSNS向けに作ってください。\n・対象：本人だけでなく、家族や周囲の人\n"
    "・相談の例：気分が落ち込んで何もする気になれない、家族の様子がおかしい（ひきこもり、暴言）、認知症の家族への接し方",
    "自治会長・民生委員向けの研修会で使う「避難行動要支援者名簿」の説明資料を作ってください。\n"
    "・名簿の対象者（前橋市の基準）：要介護3以上の方、身体障害者手帳1・2級の方、療育手帳Aの方",
])
def test_a_leaflet_or_a_training_handout_naming_kinds_of_people_is_no_ones_data(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_a_case_note_under_a_leaflet_request_still_blocks_a_named_persons_fact(scan):
    text = "相談者への案内を作ってください。\n相談者：北爪 亮介さん（45歳）、うつ病で休職中。"
    assert scan(text)["verdict"] == "block"


def test_an_office_describing_its_routine_inspections_is_no_plan(scan):
    text = "予防課では、防火対象物の立入検査（年間 約3,000件）、防火管理者講習、危険物施設の許可・検査を行っています。"
    assert scan(text)["verdict"] == "allow"


def test_an_inspection_planned_for_next_week_is_still_flagged(scan):
    assert findings_of(scan("来週、A社に立入検査を行います。事前に知らせないでください。"), "NONPUBLIC_INFO")


def test_a_name_and_an_address_split_into_json_keys_are_masked(scan):
    text = ('{"name":{"last":"吉村","first":"陽子","lastKana":"ヨシムラ","firstKana":"ヨウコ"},'
            '"addr1":"前橋市総社町総社","addr2":"2907番地の4","tel":"027-280-7396"}')
    red = redacted(scan, text)
    for value in ("吉村", "陽子", "2907番地の4"):
        assert value not in red


@pytest.mark.parametrize("text", ['{"first": 2024, "last": "更新"}', "名前は担当者です"])
def test_common_words_under_name_keys_and_labels_are_no_name(scan, text):
    assert not findings_of(scan(text), "PERSON")


def test_a_one_word_name_the_dictionary_also_knows_as_a_noun_is_still_a_name_after_its_label(scan):
    assert findings_of(scan("名前：陽子"), "PERSON")


def test_a_passport_number_in_a_flight_booking_list_is_found(scan):
    assert findings_of(scan("航空券の手配: KOBAYASHI SHUN / TR4829173"), "JP_PASSPORT")


def test_a_booking_reference_of_the_same_shape_is_no_passport(scan):
    assert not findings_of(scan("航空券の予約番号 AB1234567 を確認"), "JP_PASSPORT")


@pytest.mark.parametrize("text", ["売上をまとめて。\n1,ｱｲｽ ｺｰﾋｰ,300\n2,ﾎｯﾄ ﾃｨｰ,250", "品名,数\nりんご ぶどう,3\nみかん もも,2"])
def test_a_column_of_goods_in_two_kana_words_is_no_column_of_names(scan, text):
    assert not findings_of(scan(text), "PERSON")


def test_a_bank_holder_label_leaves_company_kana_to_the_account_rules(scan):
    assert not findings_of(scan("名義人：ﾏｴﾊﾞｼ ﾃﾞﾝｷ(ｶ"), "PERSON")


# -- the other forms of a person's name (train37) --------------------------------------------------
def test_the_spellings_in_the_bracket_after_a_name_are_masked(scan):
    red = redacted(scan, "氏名：王 麗華（WANG LIHUA／ワン・リーファ）\n生年月日：1990年8月17日")
    assert "WANG LIHUA" not in red and "ワン・リーファ" not in red


def test_a_romaji_spelling_in_brackets_is_masked_where_it_is_said_again(scan):
    red = redacted(scan, "3年2組 神原 涼太（Ryota Kanbara）は、ASDの診断あり。Kanbara君への声かけは短く。")
    assert "Kanbara" not in red


@pytest.mark.parametrize("text, value", [
    ("対象者：K・M（本名：栗原 真琴、22歳）\n栗原氏は就労継続支援B型事業所に通所中。", "K・M"),
    ("事例：T氏（田島 ヨシ、89歳、独居、大胡町）", "T氏"),
])
def test_initials_before_a_bracket_holding_the_name_are_masked(scan, text, value):
    assert value not in redacted(scan, text)


def test_a_nickname_the_text_gives_a_named_child_is_masked(scan):
    text = "利用児：大澤 湊斗くん（小学2年）。友達からは「みなっち」と呼ばれている。みなっちは最近、下校後ひとりで来る。"
    assert "みなっち" not in redacted(scan, text)


@pytest.mark.parametrize("text", ["鈴木 一郎（CEO）さんの講演", "Ms. Laura Kim (Regional Sales, CloudServe Japan) の資料",
                                  "窓口が「お役所仕事」と呼ばれないように接遇研修を行う"])
def test_roles_in_brackets_and_quoted_words_are_no_alias(scan, text):
    result = scan(text)
    for f in findings_of(result, "PERSON"):
        assert text[f["start"]:f["end"]] not in ("CEO", "Regional Sales", "お役所仕事")


def test_a_birth_date_followed_by_the_hour_of_birth_is_masked(scan):
    assert "令和7年3月22日" not in redacted(scan, "子：今井 澪（いまい みお）令和7年3月22日 午前4時12分 出生（市内の病院）")


def test_a_meeting_date_followed_by_its_hour_stays(scan):
    assert scan("令和7年3月22日 午前10時 開会")["verdict"] == "allow"


def test_the_day_a_child_turns_an_age_is_a_birthday(scan):
    assert "5月3日" not in redacted(scan, "・ばら組 岡部 心春ちゃん（5月3日で4歳）")


def test_a_phone_dictated_with_spaced_no_between_its_groups_is_masked(scan):
    assert "2714" not in redacted(scan, "母の 今村 さくら です。携帯は 080 の 2714 の 6690 です")
