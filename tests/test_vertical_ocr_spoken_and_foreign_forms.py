"""Values as copying, OCR and dictation leave them, and the words other languages tie a date to a birth
with (the blind-written sets train38 and train39, round of 2026-12-06): each beside the look-alike that
must stay as it is."""
from __future__ import annotations

import pytest

from service.normalize import normalize
from support import findings_of


def redacted(scan, text):
    return scan(text)["redacted_text"]


# -- a vertical PDF copied one character a line -------------------------------------------------
def test_a_name_and_a_phone_copied_one_character_a_line_are_found_and_masked(scan):
    name = "須\n永\n\u3000\n良\n江"
    phone = "〇\n八\n〇\n‐\n二\n三\n九\n一\n‐\n五\n〇\n七\n六"
    text = f"縦書きの申込書をコピーしました。横書きにして。\n{name}\n様\n電話\n{phone}\n"
    result = scan(text)
    assert result["verdict"] == "block"
    assert name not in result["redacted_text"] and phone not in result["redacted_text"]
    assert findings_of(result, "PHONE_NUMBER")


@pytest.mark.parametrize("text", ["A\nB\nC\n", "はい\nいいえ\nはい\nいいえ\nはい\n", "市\n町\n村\n"])
def test_three_short_lines_or_lines_of_words_are_not_joined(text):
    assert normalize(text) == text  # a list, not a vertical text


# -- OCR's letters for digits -------------------------------------------------------------------
@pytest.mark.parametrize("raw,plain", [("O27-231-5580", "027-231-5580"), ("昭和5O年", "昭和50年"), ("昭和l6年", "昭和16年"),
                                       ("l 2 8 3 - 5", "1283-5")])
def test_ocr_letters_inside_a_number_read_as_digits(raw, plain):
    assert plain in normalize(raw)


@pytest.mark.parametrize("word", ["CO2", "Vol.10", "l0g", "Phase I", "ISO 9001"])
def test_letters_in_words_stay_letters(word):
    assert normalize(word) == word


def test_an_ocr_phone_and_birth_date_are_masked(scan):
    text = "氏  名 : 渡邉 一郎\n電話番号 : O27-231-5580\n生年月日 : 昭和5O年 9月1日"
    red = redacted(scan, text)
    assert "O27-231-5580" not in red and "昭和5O年 9月1日" not in red


# -- digits said aloud in kana ------------------------------------------------------------------
def test_digits_said_aloud_in_kana_are_a_number():
    assert "441741011243" in normalize("よん・よん・いち・なな・よん・いち・ぜろ・いち・いち・に・よん・さん")
    assert "09064712385" in normalize("ぜろきゅうぜろの、ろくよんなないち、の、にーさんはちご")


@pytest.mark.parametrize("text", ["いちにのさんで跳んでください", "ごごにさんかいします", "はちみつとろくしょうの話"])
def test_kana_words_that_sound_like_digits_stay_words(text):
    assert normalize(text) == text


def test_a_my_number_said_aloud_is_masked(scan):
    text = "電話での本人確認メモ。ご本人：原田 直美 様。マイナンバーは よん・よん・いち・なな・よん・いち・ぜろ・いち・いち・に・よん・さん とのこと。"
    red = redacted(scan, text)
    assert "よん・よん・いち・なな" not in red


# -- passwords in brackets and in a URL without a user ------------------------------------------
def test_a_password_in_brackets_after_the_word_is_masked(scan):
    text = "表示された画面にIDとパスワード（Maebashi0115!!）を入力してしまった。報告書にして。"
    assert "Maebashi0115!!" not in redacted(scan, text)


@pytest.mark.parametrize("text", ["パスワード（8文字以上）を設定してください", "password (optional) は空欄のままで"])
def test_a_note_in_brackets_after_the_word_passes(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_a_password_in_a_url_with_no_user_is_masked(scan):
    assert "r3d1s-Pa55w0rd" not in redacted(scan, "REDIS_URL=redis://:r3d1s-Pa55w0rd@cache.internal.example:6379/0")


# -- birth dates in other languages and under bracketed labels ----------------------------------
@pytest.mark.parametrize("text", ["Tôi là Trần Thị Mai, sinh ngày 12/03/1995.", "出生日期：1987年4月9日",
                                  "data de nascimento: 04/11/1988", "fecha de nacimiento: 23/07/1979",
                                  "　【生年月日】昭和30年4月12日　【配偶者区分】夫"])
def test_a_date_after_a_birth_word_of_another_language_or_in_brackets_is_a_birth_date(scan, text):
    assert findings_of(scan(text), "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", ["ngày 12/03/2025 họp tại tòa thị chính", "【作成日】令和6年4月12日",
                                  "事故発生日：2024年5月3日（担当 山田）"])
def test_other_dates_in_those_languages_and_brackets_are_not_birth_dates(scan, text):
    assert not findings_of(scan(text), "DATE_OF_BIRTH")


# -- precision: a general notice --------------------------------------------------------------
def test_an_eligibility_notice_with_an_age_range_and_a_condition_passes(scan):
    text = ("高齢者インフルエンザ予防接種の案内文を作ってください。対象は65歳以上の方と、60歳から64歳で心臓・腎臓の機能に"
            "一定の障害がある方。自己負担額は1,500円です。")
    assert scan(text)["verdict"] == "allow"


def test_a_person_with_an_age_and_a_disability_still_blocks(scan):
    text = "相談記録：64歳で腎臓の機能障害がある相談者の方が、来月から人工透析を始めるとのこと。"
    assert scan(text)["verdict"] != "allow"


def test_how_to_choose_a_pin_passes_and_a_safes_code_still_does_not(scan):
    notice = ("マイナンバーカードの交付の案内文を作って。窓口で暗証番号（署名用は6～16桁の英数字）を設定するので、"
              "暗証番号は生年月日など推測されやすいものを避けることを入れてください。")
    assert scan(notice)["verdict"] == "allow"
    assert scan("金庫の暗証番号は 4071 です。夜間は警備員1名だけです。")["verdict"] != "allow"


def test_a_lot_number_in_kanji_with_thousands_is_an_address(scan):
    text = "届出人　斉藤 ハル\n住所　　前橋市総社町総社二千百三十四番地"
    assert "二千百三十四番地" not in redacted(scan, text)


@pytest.mark.parametrize("form", ["027(224)1111", "027.224.1111", "ＴＥＬ：０２７－２２４－１１１１（代表）"])
def test_the_city_halls_switchboard_in_other_writings_passes(scan, form):
    assert scan(f"チラシの連絡先の表記を統一したい。{form} と 027-224-1111 のどちらがよい？")["verdict"] == "allow"


def test_another_number_in_the_bracketed_writing_is_still_a_phone(scan):
    assert findings_of(scan("申込者の自宅 027(251)4471 に折り返し連絡してください。"), "PHONE_NUMBER")


def test_a_percent_encoded_name_with_an_ideographic_space_is_masked(scan):
    text = ('203.0.113.48 - - [20/Jan/2025:21:03:11 +0900] "GET /shinsei/confirm?'
            'name=%E6%98%9F%E9%87%8E%E3%80%80%E7%94%B1%E7%B4%80&tel=08033127745 HTTP/1.1" 200 5123')
    assert "%E6%98%9F%E9%87%8E%E3%80%80%E7%94%B1%E7%B4%80" not in redacted(scan, text)


# -- a person introduced by relation or role --------------------------------------------------
@pytest.mark.parametrize("text,name", [("[相談者] 子どもは星野 心春です。受給資格証が届きません", "星野 心春"),
                                       ("はじめまして、私は戸丸 健です。", "戸丸 健"),
                                       ("長女は早川 優芽と申します。", "早川 優芽")])
def test_a_name_said_to_be_a_relation_or_oneself_is_masked(scan, text, name):
    assert name not in redacted(scan, text)


@pytest.mark.parametrize("text", ["父は市役所 勤務です。", "娘は高校 三年です。", "母は元気です。"])
def test_a_relation_said_to_be_something_else_passes(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_a_name_said_aloud_in_kana_with_a_pause_after_a_name_label_is_masked(scan):
    text = "電話の文字起こし。相手：母のことで相談で。母の名前が、やまもと、ともこです。"
    assert "やまもと、ともこ" not in redacted(scan, text)


@pytest.mark.parametrize("text", ["名前は そう いえば聞いていません", "名前は まだ ない", "氏名が、わかりません"])
def test_kana_words_after_a_name_label_that_are_no_name_pass(scan, text):
    assert scan(text)["verdict"] == "allow"


# -- forms and certificates in the residents' own languages -------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Tolong terjemahkan:\nNama: Rizky Pratama\nTanggal lahir: 14-02-2001", "Rizky Pratama"),
    ("다음 내용을 번역해 주세요.\n이름: 박서연\n생년월일: 1995년 4월 18일", "박서연"),
    ("把下面的内容翻译成日语：\n姓名：刘芳　性别：女", "刘芳"),
    ("यो पाठ अनुवाद गर्नुहोस्:\nनाम: सीता कुमारी गुरुङ\nफोन: +977 984-1736205", "सीता कुमारी गुरुङ"),
])
def test_a_name_after_a_name_label_in_another_language_is_masked(scan, text, name):
    assert name not in redacted(scan, text)


@pytest.mark.parametrize("text,date", [("Tanggal lahir: 14-02-2001", "14-02-2001"), ("생년월일: 1995년 4월 18일", "1995년 4월 18일"),
                                       ("Төрсөн огноо: 1989.11.23", "1989.11.23"),
                                       ('<kojin shimei="松本 結衣" seinengappi="2005-01-23"/>', "2005-01-23")])
def test_a_birth_date_in_another_language_or_an_attribute_is_masked(scan, text, date):
    assert date not in redacted(scan, text)


@pytest.mark.parametrize("text", ["Nome: (escreva seu nome completo)", "nombre: ____________",
                                  "会議は 12-03-2025 に開きます", "이름 입력란의 글자 수 제한을 알려 주세요"])
def test_an_empty_foreign_form_and_other_dates_pass(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_a_query_value_with_plus_for_spaces_is_read_as_a_name(scan):
    text = 'GET /yoyaku/confirm?name=Tamura+Yui&tel=09055108823 HTTP/1.1'
    assert "Tamura+Yui" not in redacted(scan, text)


def test_an_ldap_bind_password_is_masked_and_its_type_setting_passes(scan):
    assert "Ld@pB1nd#2024mb" not in redacted(scan, "ldap_default_authtok = Ld@pB1nd#2024mb")
    assert scan("ldap_default_authtok_type = password")["verdict"] == "allow"


@pytest.mark.parametrize("text,value", [("Nomor paspor: C4418273", "C4418273"), ("护照号码：EA3626359", "EA3626359"),
                                        ("फोन नम्बर: +977 984-1736205", "+977 984-1736205")])
def test_a_passport_or_phone_after_its_word_in_another_language_is_masked(scan, text, value):
    assert value not in redacted(scan, text)


@pytest.mark.parametrize("text", ["Nomor paspor diperlukan untuk pendaftaran.", "护照的申请方法是什么？",
                                  "+977 は何の国番号ですか"])
def test_the_words_alone_pass(scan, text):
    assert scan(text)["verdict"] == "allow"


# -- names in Chinese characters and hangul inside Japanese text ---------------------------------
@pytest.mark.parametrize("text,name", [("中国籍の李建国さん（住民票コード 67609836455）が転出届を出したい", "李建国"),
                                       ("宛名：张伟 様\n内容：市県民税の納税相談", "张伟"),
                                       ("韓国籍の이지훈（イ・ジフン）くん（年長）の就学相談", "이지훈"),
                                       ("请翻译成日语：我叫周宇航，想问一下国民健康保险。", "周宇航")])
def test_a_chinese_or_korean_name_in_its_own_script_is_masked(scan, text, name):
    assert name not in redacted(scan, text)


@pytest.mark.parametrize("text", ["陈列の仕方を相談したい", "王道のやり方で進めます", "韓国語の「감사합니다」の意味は？",
                                  "我是学生。请帮我翻译。"])
def test_chinese_surname_characters_and_hangul_words_that_are_no_name_pass(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_circled_numbers_are_list_markers_not_digits_glued_to_a_name():
    assert "2" not in normalize("②佐鳥 ミチ")
    assert "4539 1488 0343 6467" in normalize("カード番号① 4539 ② 1488 ③ 0343 ④ 6467")
