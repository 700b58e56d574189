"""Classes from two blind-written tuning sets (train13: mixed, 250 cases; train14: English and mixed
English/Japanese, 200 cases), fixed as classes with invented texts: English names after a role label,
after 'name is', in a relation's bracket, before the role that places them, in a quoted display name;
a pupil's class bracket after the name; a case example (事例：) is no sample; English non-public phrases
(settlement range, under review, before award, keep … undisclosed, do not publish before); a condition
not to publish; a minimum sale price before the tender; a pre-shared key in quotes; a password a few
words after its word; people described in English without a name; officers with their post after the
name; Japanese names in capitals and a foreign resident's card context."""
from __future__ import annotations

import pytest

from support import findings_of


@pytest.mark.parametrize("text,secret", [
    ("Counseling log\nStudent: Min-seo Kang, 3rd year\nReports panic attacks before exams.", "Min-seo Kang"),
    ("Client: Lee Ha-eun (41)\nCurrent address withheld.", "Lee Ha-eun"),
    ("A resident at the counter says her name is Pardede Maria, born 1990.", "Pardede Maria"),
    ("Husband (Choi Jun-ho) hit her on 10/30; police report filed.", "Choi Jun-ho"),
    ("I am writing to inform you that Emma Hughes, the ALT assigned to Daini JHS, is on sick leave.", "Emma Hughes"),
    ('From: "Ayşe Kaya" <ayse.kaya.88@hotmail.com>\nSubject: Re: certificate', "Ayşe Kaya"),
])
def test_english_names_in_role_labels_relations_and_appositions_are_masked(scan, text, secret):
    assert secret not in scan(text)["redacted_text"]


@pytest.mark.parametrize("text", [
    "The briefing is in Room 305, City Hall annex.",
    "Which bus goes to Ikaho Onsen from the station?",
])
def test_places_after_role_like_words_are_no_names(scan, text):
    assert not findings_of(scan(text), "PERSON")


def test_an_officer_with_the_post_right_after_the_name_warns_rather_than_blocks(scan):
    text = "From: Mr. Rafael Cruz, First Secretary, Embassy of the Republic of the Philippines\nSubject: Courtesy call"
    assert scan(text)["verdict"] == "warn"


def test_a_pupil_named_with_the_class_in_brackets_mid_sentence_is_a_person(scan):
    result = scan("引継ぎ文を作成して。宇津木 蒼空（4年3組）：10月以降不登校、別室登校あり。")
    assert "宇津木 蒼空" not in result["redacted_text"] and result["verdict"] == "block"


def test_a_case_example_line_names_a_real_person_not_a_sample(scan):
    result = scan("地域ケア会議の議事録を要約して。\n事例：相川 トメさん（89歳、独居）\n・認知症の進行")
    assert "相川 トメ" not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "Our lawyer's note: settlement range we could accept is 3-4 million yen. Please translate.",
    "Draft reply (under review by the Legal Division, not yet approved): the plan to accept 20 households.",
    "Proposal evaluation sheet (before award): Company A 79, Company B 76.",
    "The embassy asks us to keep the schedule undisclosed; the minister visits on 12/10.",
    "This press release is for December 10; please do not publish before the mayor's announcement. It covers a new center with an investment of 1.2 billion yen.",
])
def test_english_non_public_phrases_warn(scan, text):
    assert findings_of(scan(text), "NONPUBLIC_INFO")


@pytest.mark.parametrize("text", [
    "What is a settlement in general? Explain the difference between mediation and arbitration.",
    "How should a city write a press release in English? Give best practices.",
])
def test_english_general_questions_are_not_non_public(scan, text):
    assert not findings_of(scan(text), "NONPUBLIC_INFO")


def test_a_companys_request_not_to_publish_makes_its_plan_non_public(scan):
    text = "企業から任意提供された事業計画の要約を作って。第2期で雇用200人。企業からは公表しないよう言われています。"
    assert findings_of(scan(text), "NONPUBLIC_INFO")


def test_a_minimum_sale_price_before_the_tender_is_non_public(scan):
    text = "市有地売却の件で問い合わせ。\n最低売却価格（予定）：1億4,000万円\n公募開始前。先方には価格は伝えないこと。"
    assert findings_of(scan(text), "NONPUBLIC_INFO")


def test_a_pre_shared_key_in_quotes_is_a_credential(scan):
    result = scan("# /etc/ipsec.secrets\n: PSK \"Vt7mQ2xLk9Rp4wZ8\"\nフェーズ1が上がらない")
    assert "Vt7mQ2xLk9Rp4wZ8" not in result["redacted_text"]


def test_a_password_a_few_words_after_its_word_is_a_credential(scan):
    result = scan("[9:07] 新井: 旧フォルダのパス、当面は変わらず Kyodo#2026Haru なので見といてください")
    assert "Kyodo#2026Haru" not in result["redacted_text"]


def test_a_product_name_a_few_words_after_password_is_no_credential(scan):
    assert not findings_of(scan("パスワードの変更手順は Windows11Update の資料を参照"), "CREDENTIAL")


@pytest.mark.parametrize("text", [
    "Case note: her teenage son was arrested last month for shoplifting.",
    "The only Peruvian family in Block D has a daughter with epilepsy.",
])
def test_english_sensitive_facts_about_a_described_person_warn(scan, text):
    result = scan(text)
    assert findings_of(result, "SENSITIVE_PERSONAL_INFO") and result["verdict"] != "allow"


@pytest.mark.parametrize("text", [
    "A child with autism joined the class.",
    "The clinic offers free cancer screening for residents aged 40 and over.",
    "Of 3,412 consultations from residents aged 65+, 28% concerned dementia.",
])
def test_english_sensitive_words_about_no_one_in_particular_are_not_reported(scan, text):
    assert not findings_of(scan(text), "SENSITIVE_PERSONAL_INFO")


def test_foreign_residents_names_in_capitals_beside_their_card_numbers_are_masked(scan):
    text = "Visitors today:\n1) PHAM THI LAN — Technical Intern Training, card UH48201937KA, asked about moving out"
    assert "PHAM THI LAN" not in scan(text)["redacted_text"]


@pytest.mark.parametrize("text,secret", [
    ("Guest network terms\nStaff: SSID INTL-STAFF / WPA2 key: hQz4-Rp92-Lm7q-Xw11", "hQz4-Rp92-Lm7q-Xw11"),
    ("hostname mb-sw02\nenable secret 5 $1$aZ9q$Kx7vRt2mNpL4wqbXKX7m0\ninterface Gi0/1", "$1$aZ9q$Kx7vRt2mNpL4wqbXKX7m0"),
])
def test_wireless_keys_and_network_device_secrets_are_credentials(scan, text, secret):
    assert secret not in scan(text)["redacted_text"]


def test_enable_secret_in_a_question_is_no_credential(scan):
    assert not findings_of(scan("enable secret の設定方法を教えて"), "CREDENTIAL")


def test_a_taxpayer_number_beside_a_named_taxpayer_is_masked(scan):
    text = "Arrears notice draft: Ferreira Lucas Henrique, employed at Gunma Parts Co.\nTaxpayer No. 2025-0418832"
    assert "2025-0418832" not in scan(text)["redacted_text"]


def test_a_housing_block_and_room_without_a_room_mark_are_masked_beside_a_tenant(scan):
    result = scan("催告書を柔らかめに。名宛人：岩崎 正夫様（広瀬団地 5号棟 307）、滞納月数 4か月。")
    assert "307" not in result["redacted_text"]


def test_a_passports_machine_readable_lines_give_its_holder_and_number(scan):
    text = "Which field is the document number?\n\nP<JPNSAKAMOTO<<HARUKA<<<<<<<<<<<<<<<<<<<<<<<\nTR52918374JPN9104127F3109185<<<<<<<<<<<<<<08"
    result = scan(text)
    assert "SAKAMOTO<<HARUKA" not in result["redacted_text"] and "TR5291837" not in result["redacted_text"]


@pytest.mark.parametrize("text,secret", [
    ("Client: Kim Ji-yeon (김지연), 29\nCurrent address withheld.", "김지연"),
    ("氏名：WANG Fang（王 芳）\n在留カード番号：GH47205813KL", "王 芳"),
])
def test_a_names_spelling_in_hangul_or_chinese_characters_in_brackets_is_masked(scan, text, secret):
    assert secret not in scan(text)["redacted_text"]


def test_a_section_and_post_in_brackets_after_a_romaji_name_stay(scan):
    assert "市民課 主査" in scan("担当：Tanaka Ken（市民課 主査）")["redacted_text"]
