"""Classes fixed in round 23 with invented texts beside their hard negatives: the romaji name that
leads a list row holding an identifier only a person has (a handover list, a rooming list, an
evacuation roster), and a certificate's number written with a prefecture's symbol and 第…号 or
said in an English sentence ("your new insured number is …")."""
from __future__ import annotations

import pytest

from support import findings_of


@pytest.mark.parametrize("text, name", [
    ("Handover, in English please:\n- Okafor Chidi: residence card KX48213907QA renewed, 国保OK\n"
     "- Sato Mika: 変更なし", "Okafor Chidi"),
    ("宿泊者リスト\n1. Helen Whitcombe / F / DOB 1958-07-22 / Passport 571920334 (GBR)\n"
     "2. 通訳 Ishida Ren / M / DOB 1990-01-05", "Helen Whitcombe"),
    ("No.7 Tran Minh Duc / 81 / 車椅子 / 前橋市荒牧町 2-18-4 / 080-3921-5504", "Tran Minh Duc"),
])
def test_a_romaji_name_leading_a_row_with_a_persons_identifier_is_masked(scan, text, name):
    result = scan(text)
    assert result["verdict"] == "block"
    assert name not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "- Customer Support: 027-224-1111 (平日9時〜17時)\n- Sales Office: sales@example.co.jp",
    "1. Release Notes / 2024-04-01 / v2.3\n2. Known Issues / 2024-04-15 / v2.3.1",
    "Checklist\n- Passport Number: 旅券番号の欄は英字2文字と数字7桁です\n- Date Of Birth: 西暦で記入",
])
def test_capitalised_words_leading_an_office_or_document_row_are_no_name(scan, text):
    assert not findings_of(scan(text), "PERSON")


@pytest.mark.parametrize("text, number", [
    ("交付番号 群第 318820 号\n氏名：大河原 栄一 様　昭和29年4月3日生\n障害名：体幹機能障害", "318820"),
    ("Dear Mr. Okoye Nnamdi,\nYour certificate has been issued.\nCertificate No.: 群馬 第 502719 号\n"
     "Please bring your residence card.", "502719"),
    ("Dear Ms. Dlamini, your health insurance card has been renewed. Your new insured number is 41830275.",
     "41830275"),
])
def test_a_certificate_number_tied_to_a_named_person_is_masked(scan, text, number):
    result = scan(text)
    assert result["verdict"] != "allow" and number not in result["redacted_text"]


def test_a_certificate_number_in_a_form_guide_without_a_person_stays(scan):
    result = scan("手帳の交付番号は「群第 000000 号」の形式で、左上に印字されています。どこを見ればよいか案内文を作って。")
    assert "000000" in result["redacted_text"] and result["verdict"] == "allow"


# -- round 23, train24/train25 classes: invented texts, each beside its hard negative ------------------
def test_the_number_before_a_name_in_a_record_row_is_that_persons(scan):
    result = scan("指導記録の集計\nK3307\t牧田 悠斗\t遅刻多数\t面談済\nK3312\t相川 ひより\t欠席連絡なし\t家庭訪問")
    assert "K3307" not in result["redacted_text"] and "K3312" not in result["redacted_text"]


def test_a_year_before_a_name_in_a_row_stays(scan):
    result = scan("表彰者一覧（公表済み）\n2019\t前橋市長賞\t市立第一中学校 吹奏楽部\n2020\t教育長賞\t市立第三中学校 美術部")
    assert "2019" in result["redacted_text"]


def test_an_old_date_beside_a_private_name_in_a_row_is_a_birth_date(scan):
    result = scan("代理投票の申出\n久留島 トミ\tS8.11.2\t第4投票区\t視力低下のため\n")
    assert "S8.11.2" not in result["redacted_text"]


def test_a_recent_date_beside_a_name_in_a_row_is_no_birth_date(scan):
    result = scan("受付記録\n久留島 トミ\t2024/11/02\t第4投票区\t代理投票")
    assert not findings_of(result, "DATE_OF_BIRTH")


def test_a_birth_date_after_a_format_note_or_a_romaji_key_is_a_birth_date(scan):
    assert findings_of(scan("Name: OKUBO Rina\nDate of birth (YYYYMMDD): 19880914"), "DATE_OF_BIRTH")
    assert findings_of(scan("<shimei>蒔田 沙耶</shimei>\n<seinen>19770321</seinen>"), "DATE_OF_BIRTH")


def test_a_diagnosis_field_beside_a_named_patient_is_sensitive_whatever_the_illness(scan):
    result = scan("疫学調査メモ\n患者：真下 千尋（41歳）\n診断：レジオネラ肺炎（ポンティアック熱疑い）\n発症：8/3")
    assert findings_of(result, "SENSITIVE_PERSONAL_INFO")
    assert "レジオネラ肺炎" not in result["redacted_text"]


def test_a_diagnosis_field_in_a_blank_form_is_nothing(scan):
    assert not findings_of(scan("様式の記入欄の並びを整えて。\n患者氏名：\n診断：\n発症日："), "SENSITIVE_PERSONAL_INFO")


def test_a_spaced_pin_and_a_backup_code_are_credentials(scan):
    assert findings_of(scan("公用車カードの暗証番号は 7 3 0 6 です。"), "CREDENTIAL")
    result = scan("SNSの二段階認証が届かないときはバックアップコード 5520-8814 を使ってください。")
    assert "5520-8814" not in result["redacted_text"]


def test_a_pin_rule_explained_with_spaced_digits_is_no_credential(scan):
    assert not findings_of(scan("暗証番号は 4 桁の数字で、1 2 3 4 のような並びは避けてください。"), "CREDENTIAL")


def test_a_camel_case_secret_in_quotes_is_a_credential_but_an_expression_is_not(scan):
    assert findings_of(scan("const clientSecret = 'a81f3c9d27e44b6f9c0d1e2f3a4b5c6d';"), "CREDENTIAL")
    assert not findings_of(scan("const csrfToken = document.querySelector('meta').content;"), "CREDENTIAL")


def test_a_card_number_grouped_with_dots_is_a_card(scan):
    result = scan("カードで払いたいです。番号は 4539.1488.0343.6467 です。")
    assert findings_of(result, "CREDIT_CARD")


def test_three_groups_of_a_sixteen_digit_test_number_are_no_my_number(scan):
    assert not findings_of(scan("テスト用カード番号（本番不可）\n・承認：2222 4000 7000 0005"), "JP_MY_NUMBER")


def test_an_account_number_before_a_line_starting_with_kojin_is_still_an_account(scan):
    result = scan("振込先：JA前橋市 大胡支店 普通 0639127\n個人番号：確認済み")
    assert findings_of(result, "JP_BANK_ACCOUNT")


def test_a_number_in_an_sql_where_clause_after_a_romaji_key_is_the_persons(scan):
    result = scan("UPDATE kaigo SET status = 'closed'\n WHERE hihokensha_no = '00418822' AND shimei = '新井 良子';")
    assert "00418822" not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "《議員限り》 次の資料の文章を敬体にそろえてください。",
    "表紙に「監査委員限り・複製禁止」と書いてあります。この資料の目次を整えて。",
    "※取扱い注意※ 次の文書の誤字脱字を確認して。",
    "C O N F I D E N T I A L\n企業誘致 交渉経過報告",
])
def test_markings_for_an_audience_stamped_or_spelled_out_are_markings(scan, text):
    assert scan(text)["verdict"] == "block"


@pytest.mark.parametrize("text", [
    "チラシに「本日限り」と書いてあります。キャッチコピーを考えて。",
    "【数量限り】記念品の配布のお知らせを作って",
    "※取扱注意※ ガラス製品のため天地無用",
])
def test_limits_of_time_or_quantity_and_parcel_labels_are_no_markings(scan, text):
    assert not findings_of(scan(text), "CONFIDENTIAL_MARKING")


def test_a_chinese_name_in_simplified_characters_before_an_honorific_is_a_name(scan):
    result = scan("中国籍の 刘 洋 さん、国保の減免申請が出ています。うつ病で通院中とのこと。")
    assert "刘 洋" not in result["redacted_text"] and result["verdict"] == "block"


def test_a_shop_before_san_is_no_chinese_name(scan):
    assert not findings_of(scan("車屋さんに修理を頼みました。明日の予定を教えて。"), "PERSON")


def test_a_found_family_name_repeated_in_kana_with_an_honorific_is_masked(scan):
    result = scan("ケース記録のチャットを整えて。\nA 9:02 なかじまさん、今月も受診していないようです\n"
                  "B 9:04 中島 雅子さんですね。生活保護の訪問を前倒ししましょう\nA 9:06 なかじまさんには電話しておきます")
    assert "なかじま" not in result["redacted_text"]


def test_a_found_family_names_reading_as_an_ordinary_word_stays(scan):
    result = scan("中島 雅子さんから申請書が届きました。なかじまの公園の清掃日程も教えて。")
    assert "なかじまの公園" in result["redacted_text"]


def test_a_mobile_number_after_any_key_and_an_equals_sign_is_a_phone(scan):
    result = scan("ログイン失敗の多いアカウント\nuser=t.okubo  name=大久保 翔  ext=2210  mobile=080-4471-2093  fails=9")
    assert "080-4471-2093" not in result["redacted_text"]


def test_a_number_after_an_equals_sign_in_code_is_no_phone(scan):
    assert not findings_of(scan("timeout=0272651184 のような値は大きすぎますか"), "PHONE_NUMBER")


def test_a_password_said_to_be_a_mixed_case_value_a_few_words_later_is_a_credential(scan):
    text = "新任者向けです。初期パスワードは全員共通で Kasen_Doboku_07 としています。ログイン後に変更してください。"
    result = scan(text)
    assert findings_of(result, "CREDENTIAL")
    assert "Kasen_Doboku_07" not in result["redacted_text"]


def test_a_password_rule_or_a_warning_about_an_example_value_is_no_credential(scan):
    for text in ("パスワードは英大文字・小文字・数字を含む10文字以上にしてください。",
                 "パスワードは Example_Pass_99 のように推測されやすい形にしないでください。"):
        assert findings_of(scan(text), "CREDENTIAL") == []


@pytest.mark.parametrize("text, hidden", [
    ("「パクさん（朴 志勲、昭和町の方）が生活保護の相談に来た」を英訳して", ["パク", "朴 志勲"]),
    ("中国籍の 张 伟 さん（張偉）から国保の減免申請が出ています。", ["张 伟", "張偉"]),
])
def test_a_name_spelled_again_in_kanji_in_brackets_after_its_honorific_is_masked(scan, text, hidden):
    redacted = scan(text)["redacted_text"]
    assert not [h for h in hidden if h in redacted]


def test_a_trade_or_a_role_in_brackets_after_an_honorific_is_no_name(scan):
    result = scan("佐藤さん（林業）と田中さん（会長）が出席しました。")
    assert "林業" in result["redacted_text"] and "会長" in result["redacted_text"]


def test_an_account_and_its_password_given_as_a_pair_masks_the_password(scan):
    result = scan("our test account for the chatbot is admin@intl-bot / Pa55w0rd-Maebashi-7731 and it's locked.")
    assert result["verdict"] == "block" and "Pa55w0rd-Maebashi-7731" not in result["redacted_text"]
    assert findings_of(scan("account types: Basic / Premium2024x / Enterprise"), "CREDENTIAL") == []
