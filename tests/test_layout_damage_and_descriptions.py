"""Values a copy or a scan has damaged, found again — OCR's 一 for a dash and letters for digits in a date, an
e-mail's @ with spaces, labels a legacy system prints in half-width katakana, a form's label alone on its line
or broken over two, a number typed into spreadsheet cells, an example left in a label — and people described
rather than named (a pupil by class and family, a tenant by flat, a login name, an employee in English), each
beside the harmless text it must not catch: a header list, a row of amounts, statistics by town, a range of
ticket serials, an official's signature, a definition, a test record's filler."""
from __future__ import annotations

import pytest
from support import finding_types, masked

from service import lexicon
from service.normalize import _folded_reading, normalize




# --- OCR and typing damage -----------------------------------------------------------------------------------

def test_the_kanji_one_between_digit_groups_reads_as_a_dash(scanner):
    text = "ご連絡先　０９０一２２７３一５５１８（渡辺）"
    assert "PHONE_NUMBER" in finding_types(scanner, text)
    assert masked(scanner, text, "０９０一２２７３一５５１８")


def test_a_kanji_numeral_among_kanji_numerals_is_left_alone():
    assert normalize("第一二三号") == "第一二三号"
    assert normalize("2019年一月") == "2019年一月"


def test_letters_misread_for_digits_in_a_dates_month_and_day_are_digits(scanner):
    assert normalize("昭和1O年1l月3O日") == "昭和10年11月30日"
    assert "DATE_OF_BIRTH" in finding_types(scanner, "選挙人 氏名　野口 登志子\n生年月日　昭和1O年1l月3O日")


def test_a_word_before_year_and_month_keeps_its_letters():
    assert normalize("Vol年l月") == "Vol年l月"


def test_an_email_address_with_spaces_around_its_at_sign_is_found(scanner):
    text = "メール　haruto-ks0512 @ example.ne.jp に受講決定を送って"
    assert "EMAIL_ADDRESS" in finding_types(scanner, text)
    assert masked(scanner, text, "haruto-ks0512")


def test_an_at_sign_between_words_without_a_domain_is_no_address():
    assert normalize("会議室 @ 3F") == "会議室 @ 3F"


# --- labels a legacy system prints in half-width katakana ---------------------------------------------------

def test_half_width_label_readings_are_the_dictionarys_readings_of_their_labels(morphology):
    for entry in lexicon.words("normalize.halfwidth_labels"):
        reading, label = entry.split()
        assert _folded_reading(morphology.reading(label)) == _folded_reading(reading), label


def test_a_half_width_account_label_makes_its_value_an_account_number(scanner):
    text = "ｷﾝﾕｳｷｶﾝ:ｱｶｷﾞｷﾞﾝｺｳ ﾖｷﾝｼｭﾓｸ:ﾌﾂｳ ｺｳｻﾞﾊﾞﾝｺﾞｳ:0917736\nｺｳｻﾞﾒｲｷﾞﾆﾝ:ﾊｼﾓﾄ ｹﾝｼﾞ\n全角に直して"
    assert "JP_BANK_ACCOUNT" in finding_types(scanner, text)
    assert masked(scanner, text, "0917736")


def test_a_half_width_label_keeps_a_fixed_width_records_columns():
    text = "ｷｺﾞｳ ﾊﾞﾝｺﾞｳ   ｼﾒｲ\n前01 0048213  ｲﾜｾ ﾀｹｼ"
    out = normalize(text)
    assert out.startswith("記号番号")
    assert out.index("シメイ") == normalize(text.replace("ｷｺﾞｳ ﾊﾞﾝｺﾞｳ", "ｱｱｱ ｱｱｱｱ")).index("シメイ")


def test_half_width_words_that_are_no_label_stay_katakana():
    assert normalize("ｼﾃﾝ:ｵｵﾃﾏﾁ ﾌﾂｳ") == "シテン:オオテマチ フツウ"


# --- a form's layout broken by a copy ------------------------------------------------------------------------

def test_a_label_alone_on_its_line_takes_the_next_line_as_its_value(scanner):
    text = "障害福祉サービス受給者台帳\n氏名（姓）\n松本\n氏名（名）\n千尋\n障害支援区分\n区分4\n横一行に並べ直して"
    result = scanner.scan(text)
    assert result["verdict"] == "block"
    assert "松本" not in result["redacted_text"] and "千尋" not in result["redacted_text"]


@pytest.mark.parametrize("text", ["氏名\n住所\n電話番号\n", "氏名\n記入してください。"])
def test_a_list_of_labels_or_an_instruction_after_a_label_gets_no_colon(text):
    assert normalize(text) == text


def test_a_label_broken_over_two_lines_is_joined(scanner):
    assert normalize("被保険者番\n号　0003184627") == "被保険者番号 0003184627"
    text = "調査対象者　福田　トシ\n被保険者番\n号　0003184627\n特記事項を直して"
    assert "JP_HEALTH_INSURANCE" in finding_types(scanner, text)


def test_a_label_broken_over_two_lines_is_joined_in_a_text_that_opens_with_a_line_break():
    assert normalize("\n被保険者番\n号　0003184627") == "\n被保険者番号 0003184627"
    assert normalize("\r\n被保険者番\r\n号 0003184627") == "\r\n被保険者番号 0003184627"


def test_a_labelled_number_typed_four_digits_a_cell_is_one_number(scanner):
    text = "申告書OCR→Excel貼付\n個人番号\t6302\t1847\t5519\n氏名\t宇野\t\t孝之"
    assert "JP_MY_NUMBER" in finding_types(scanner, text)


def test_a_row_of_amounts_in_cells_is_no_number():
    assert normalize("売上\t6302\t1847\t5519") == "売上\t6302\t1847\t5519"


def test_an_example_left_in_a_label_does_not_hide_the_value_after_it(scanner):
    text = "一時預かり利用申込書\n児童氏名（記入例：まえばし　たろう）　杉本　ひまり\n生年月日（例：R2.4.1）　R3.9.14"
    result = scanner.scan(text)
    assert result["verdict"] == "block"
    assert "杉本" not in result["redacted_text"] and "R3.9.14" not in result["redacted_text"]


def test_a_blank_form_with_examples_in_its_labels_is_allowed(scanner):
    assert scanner.scan("氏名（例：前橋 太郎）\n電話番号（例：027-000-0000）\nこの様式の説明文を作って")["verdict"] == "allow"


# --- what a number is next to --------------------------------------------------------------------------------

def test_rows_of_figures_after_towns_are_statistics_even_when_a_row_breaks(scanner):
    text = ("町丁別人口・世帯数（令和6年3月末現在）\n町丁名 世帯数 男 女 計\n岩神町一丁目 612 598 641 1,239\n"
            "岩神町二丁目 455 470 502 97\n2\n岩神町三丁目 388 401 419 820\n崩れた表を直して")
    assert scanner.scan(text)["verdict"] == "allow"


def test_a_house_number_after_a_town_is_still_an_address(scanner):
    assert "JP_ADDRESS" in finding_types(scanner, "住所 前橋市岩神町一丁目 12-3 山田花子 090-1234-5678")


def test_the_ends_of_a_range_of_serials_are_no_identifiers(scanner):
    text = "プレミアム付商品券の券番号 202411000137 〜 202411000236 の100枚が返却されました。連番の抜けを確認する方法は？"
    assert scanner.scan(text)["verdict"] == "allow"


# --- people in office, in the past, or filler ---------------------------------------------------------------

def test_a_staff_members_english_signature_over_a_city_division_is_at_most_a_warning(scanner):
    text = ("Please proofread my email:\nDear colleagues, we look forward to welcoming your delegation.\n"
            "Best regards,\nAya Morimoto\nInternational Relations Division, Maebashi City")
    assert scanner.scan(text)["verdict"] != "block"


def test_an_english_signature_with_a_personal_mobile_still_blocks(scanner):
    text = "Thanks for your help.\nBest regards,\nAya Morimoto\nMobile: 090-3318-2274"
    assert scanner.scan(text)["verdict"] == "block"


def test_an_office_holder_of_the_past_in_a_history_is_at_most_a_warning(scanner):
    text = "市史編さんの資料として、昭和22年の台風の記録に出てくる当時の消防団長 関口 善作 氏の手記を現代語訳して。"
    assert scanner.scan(text)["verdict"] != "block"


def test_a_test_records_filler_characters_are_no_name(scanner):
    text = "テスト用ダミーレコード\n2 0000000001 ｱｱｱｱ ｱｱｱｱ            ************ 000000000"
    assert "PERSON" not in finding_types(scanner, text)


# --- people named or described in other ways ---------------------------------------------------------------

def test_numbered_names_in_an_enumeration_are_allmasked(scanner):
    text = "一次試験合格者への通知メールを。合格者：受験番号1043 宮田 葵、1057 新井 颯太、1102 布施 萌々香"
    assert masked(scanner, text, "宮田 葵")


def test_a_login_name_made_of_a_romaji_name_is_a_name(scanner):
    text = 'このログの403の原因は？\n10.0.0.5 - - [05/Nov/2024:10:31:02 +0900] "GET /reserve/confirm?user=hanako.sekiguchi HTTP/1.1" 403'
    assert masked(scanner, text, "hanako.sekiguchi")


@pytest.mark.parametrize("text", ["user=admin.console でログインできません", "uid: test.account の権限を教えて"])
def test_a_login_name_that_is_no_name_is_left(scanner, text):
    assert "PERSON" not in finding_types(scanner, text)


def test_an_employee_named_in_romaji_with_an_offence_blocks(scanner):
    text = "Summarize for the briefing: Employee Okabe Takumi, Water Bureau, caught drunk driving on Oct 30."
    result = scanner.scan(text)
    assert result["verdict"] == "block"
    assert {"PERSON", "SENSITIVE_PERSONAL_INFO"} <= {f["type"] for f in result["findings"]}


def test_an_offence_in_a_general_english_text_is_no_ones(scanner):
    assert scanner.scan("Please write a training slide on why drunk driving is dangerous.")["verdict"] == "allow"


def test_a_pupil_described_by_class_and_family_is_identifiable(scanner):
    text = ("スクールソーシャルワーカーへの依頼文を作ってください。南橘第三小 5年2組に在籍する双子の姉妹の妹のほうが、"
            "9月から不登校。父親は服役中で、母親とは連絡がつきにくい。")
    assert scanner.scan(text)["verdict"] == "block"


def test_a_definition_of_a_term_stays_general(scanner):
    text = "不登校とは、何らかの要因で年間30日以上登校しない状態をいう。5年生向けの説明を作って"
    assert scanner.scan(text)["verdict"] == "allow"


def test_a_tenant_described_by_flat_age_and_sex_has_an_arrest_on_record(scanner):
    text = "市営下小出住宅3号棟102号室の入居者（50代男性）が先月窃盗容疑で逮捕された件で、連帯保証人への連絡文を作って。"
    assert "SENSITIVE_PERSONAL_INFO" in finding_types(scanner, text)


def test_an_arrest_in_a_prevention_leaflet_is_no_ones(scanner):
    assert scanner.scan("窃盗事件の防止について、高齢者向けの啓発チラシを作って。逮捕者が増えています。")["verdict"] == "allow"


def test_a_flat_with_an_old_man_living_alone_is_an_address(scanner):
    text = "本日10時訪問。朝日町四丁目の市営朝日団地2号棟305号室、80代男性独居。来週火曜に再訪予定。"
    assert masked(scanner, text, "305号室")


# --- markings --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["【開札前・取扱注意】\n工事番号\t件名\t予定価格", "極 　 秘\n令和6年度 随時監査 調査メモ"])
def test_a_marking_with_a_stage_or_spaced_by_ocr_is_a_marking(scanner, text):
    assert "CONFIDENTIAL_MARKING" in finding_types(scanner, text)


def test_a_stage_word_in_brackets_alone_is_no_marking(scanner):
    assert "CONFIDENTIAL_MARKING" not in finding_types(scanner, "【開札前】と【開札後】で入札の事務の流れを教えて")


def test_a_latin_name_before_an_age_on_a_line_with_a_health_fact_ismasked(scanner):
    text = ("Summarize the medical notes for the host school nurse:\n- Olivia Martinez (15): severe peanut allergy, "
            "carries an EpiPen.\n- All other students: no known conditions.")
    assert masked(scanner, text, "Olivia Martinez")


def test_the_particle_after_a_phone_number_said_aloud_is_no_digit(scanner):
    said = "折り返しを、ぜろきゅうぜろ、よん なな に いち、はち はち さん ろく、に お願いします。"
    assert "09047218836" in normalize(said)
    assert "PHONE_NUMBER" in finding_types(scanner, "留守電です。" + said)
    assert "ろく" not in scanner.scan("留守電です。" + said)["redacted_text"]


def test_initials_after_a_staff_title_in_a_text_that_blocks_aremasked(scanner):
    text = ("人事評価の所見欄を要約してください。\n対象：税務課市民税係 主任 K.M.（入庁12年目、係内唯一の主任）\n"
            "・昨年度うつ病で3か月休職、今年度から短時間勤務")
    assert masked(scanner, text, "K.M.")


def test_initials_in_a_harmless_text_stay(scanner):
    assert "T.Y." in scanner.scan("担当の T.Y.さん（総務課）に聞いてください。")["redacted_text"]


def test_a_name_as_a_string_value_in_a_formula_is_a_name_whatever_the_sentence_quotes(scanner):
    text = 'この式が #N/A になります。=VLOOKUP("長谷部 恵美",相談者一覧!A:F,4,FALSE)  D列は『主訴』（うつ・借金など）です。'
    assert masked(scanner, text, "長谷部 恵美")


def test_a_number_after_a_japanese_label_ending_in_id_is_masked_in_a_text_that_blocks(scanner):
    text = "紹介状の下書きを整えて。患者ID 00482715、72歳女性（S27.6.3生）。慢性心不全で当院通院中。"
    assert masked(scanner, text, "00482715")


def test_a_meeting_id_in_a_harmless_text_stays(scanner):
    assert "8123 4567" in scanner.scan("会議ID 8123 4567 でZoomに入ってください。")["redacted_text"]


def test_the_only_one_of_a_kind_with_a_weak_health_word_is_identifiable(scanner):
    text = ("人事課に出す相談メモを整えてください。「情報政策課で今年度ただ一人育児休業を取った男性係長が、"
            "復帰後に心療内科へ通院していると本人から聞いた。」")
    assert "SENSITIVE_PERSONAL_INFO" in finding_types(scanner, text)


def test_reported_speech_is_no_definition(scanner):
    text = ("民生委員さんからの報告を報告書にまとめてください。「戸数6戸の集落で、一人暮らしをしている80歳の男性がいます。"
            "集落で80代の男性はこの方だけです。最近、軽い脳梗塞の後遺症があります。息子さんとは10年以上連絡を取っていないとのことです。」")
    assert scanner.scan(text)["verdict"] == "block"


@pytest.mark.parametrize("text", [
    "ﾋﾝﾒｲ               ｽｳﾘﾖｳ ﾀﾝｲ  ﾀﾝｶ\nｺﾋﾟｰﾖｳｼ A4        50    ｹｰｽ  2,380\nﾄﾅｰ ｶｰﾄﾘｯｼﾞ K     12    ｺ    8,900\n合計金額を出して",
    "ｺｰﾄﾞ ﾒｲｼｮｳ\n0101 ﾁｭｳｵｳｺｳﾐﾝｶﾝ\n0102 ﾋｶﾞｼｺｳﾐﾝｶﾝ\n施設コード表を全角に変換するExcel式",
])
def test_katakana_words_on_a_tables_heading_line_are_column_names(scanner, text):
    assert scanner.scan(text)["verdict"] == "allow"


def test_a_half_width_name_over_its_account_row_still_blocks(scanner):
    assert scanner.scan("口座振替データ\nﾔﾏﾀﾞ ﾀﾛｳ\n0123456 ｱｶｷﾞｷﾞﾝｺｳ\n0000004860")["verdict"] == "block"


@pytest.mark.parametrize("text, name", [
    ("この一覧の形式をそろえて。\n1) 192254575557 高山\n2) 給付番号 R6-00231", "高山"),
    ("Kojin bango no kakunin onegai shimasu: 882783898228 (Enkhbayar Bat-Erdene, Mongolia). Eigo de kaite kudasai.",
     "Enkhbayar Bat-Erdene"),
])
def test_a_my_number_beside_a_name_makes_both_block(scanner, text, name):
    result = scanner.scan(text)
    assert result["verdict"] == "block"
    assert name not in result["redacted_text"]


def test_a_passing_twelve_digit_number_beside_a_place_stays_a_warning(scanner):
    assert scanner.scan("照合用：192254575557 東京 行きの便")["verdict"] == "warn"
