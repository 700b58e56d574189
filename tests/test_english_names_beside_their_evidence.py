"""English texts name people of every culture (train50, "English and the world's names at a Japanese city hall",
stop 30). A name is known by what stands beside it: its katakana rendering or its romanisation in brackets, a
resident's role, a relation to someone named, a greeting — and famous people, places and laws are none of it."""
from __future__ import annotations

import pytest

from support import types_of


def _names(result, text) -> set[str]:
    return {text[f["start"]:f["end"]] for f in result["findings"] if f["type"] == "PERSON"}


@pytest.mark.parametrize("text, names", [
    ("Help me write a note: Tom Becker (トム・ベッカー), the ALT at Daisan Junior High, has been diagnosed with depression.",
     {"Tom Becker", "トム・ベッカー"}),
    ("Resident inquiry, please write it up in English: 박성호 (Park Sung-ho, パク・ソンホ), DOB 1988-03-07, lost his residence card.",
     {"박성호", "Park Sung-ho"}),
    ("A tourist from Taiwan, 林 怡君 (Lin Yi-chun), lost her wallet at the festival.", {"林 怡君", "Lin Yi-chun"}),
    ("Rewrite: Abdullah bin Khalid Al-Harbi, an international student at Gunma University, showed residence card SD52038174KA.",
     {"Abdullah bin Khalid Al-Harbi"}),
])
def test_a_name_is_found_from_its_rendering_its_romanisation_or_a_residents_role(scanner, text, names):
    r = scanner.scan(text)
    assert names <= _names(r, text)
    assert not any(n in r["redacted_text"] for n in names)


@pytest.mark.parametrize("text", [
    "Please explain what permission is needed under Article 3 of the 農地法 (Agricultural Land Act).",
    "Who was 新島襄 (Joseph Hardy Neesima) and what is his connection to Gunma?",
    "前橋市（Maebashi City）の人口を英語で説明して。",
    "We flew to New York (ニューヨーク) and met Sherlock Holmes (シャーロック・ホームズ) fans.",
    "The student council (生徒会) met on Monday.",
])
def test_a_law_a_place_a_famous_person_or_a_body_in_brackets_is_no_name(scanner, text):
    assert not _names(scanner.scan(text), text)


def test_relatives_and_the_addressee_of_a_text_that_blocks_are_masked(scanner):
    text = ('"Hi Sarah, the school bus form for your son Liam and your daughter Olivia is still missing a signature. '
            'Please ask Mr. Hartley to sign it too." Her number: 090-6624-8137')
    r = scanner.scan(text)
    assert {"Sarah", "Liam", "Olivia"} <= _names(r, text)


@pytest.mark.parametrize("text, relative", [
    ("La Sra. Carmen Flores Quispe, con domicilio en 前橋市六供町1丁目22番4号, solicita el subsidio para su hija Valeria.", "Valeria"),
    ("Mrs. Fatima Zahra Benali (Morocco) is in a custody dispute with her Japanese husband, 佐藤 誠. Tel 090-3312-8841", "佐藤 誠"),
    ("Daniel Thompson's daughter Grace can start at Momoi Elementary. Call 090-1234-5671", "Grace"),
])
def test_a_relative_after_a_possessive_or_in_spanish_is_masked(scanner, text, relative):
    assert relative not in scanner.scan(text)["redacted_text"]


def test_a_greeting_in_a_text_that_names_nobody_stays(scanner):
    text = "Hi Team, the meeting moves to 3 pm. Dear colleagues, please bring your laptops."
    assert not _names(scanner.scan(text), text)


def test_a_relative_in_a_general_sentence_is_no_finding(scanner):
    text = "How should a parent register her son in a Japanese school? Explain the steps in English."
    assert scanner.scan(text)["verdict"] == "allow"


def test_an_authorization_header_of_any_scheme_is_a_credential(scanner):
    r = scanner.scan('curl -X POST https://api-free.deepl.com/v2/translate -H "Authorization: DeepL-Auth-Key '
                     '8f3a1c2e-5b7d-4e90-a1f2-c3d4e5f60789:fx" -d "text=Welcome"')
    assert r["verdict"] == "block" and "8f3a1c2e-5b7d-4e90-a1f2-c3d4e5f60789:fx" not in r["redacted_text"]


def test_a_hangul_writing_in_the_bracket_after_a_found_name_is_masked(scanner):
    r = scanner.scan("Our new CIR, Ms. Kim Hye-rin (김혜린 / キム・ヘリン), will move into 前橋市天川大島町1丁目15-7 on 1 August.")
    assert "김혜린" not in r["redacted_text"]


def test_a_session_token_in_a_urls_query_is_a_credential(scanner):
    r = scanner.scan("このURLを開くと帳票が落ちてきます。http://10.3.12.8:8080/report/download?sid=4bb6e46ad60da77afb07a7442edf2048&type=kyufu")
    assert "CREDENTIAL" in types_of(r) and "4bb6e46ad60da77afb07a7442edf2048" not in r["redacted_text"]


def test_a_surname_comma_given_name_in_capitals_in_a_log_is_found(scanner):
    text = '[meter-sync] 2024-04-03 07:12:01 INFO read ok cust=5520417 name="TAKAHASHI, SAORI" tel=080-7261-9035'
    assert "TAKAHASHI, SAORI" in _names(scanner.scan(text), text)


def test_places_in_capitals_with_a_comma_are_no_name(scanner):
    text = "Our offices: TOKYO, JAPAN and OSAKA, JAPAN."
    assert not _names(scanner.scan(text), text)


def test_a_famous_weak_password_listed_as_an_example_passes(scanner):
    r = scanner.scan("研修スライド：パスワードに 'Passw0rd!' や 'maebashi2024' のような推測されやすい文字列を使わないよう呼びかける内容を作って")
    assert "CREDENTIAL" not in types_of(r)


def test_a_katakana_name_addressed_with_a_mobile_in_a_call_back_note_is_masked(scanner):
    r = scanner.scan("[9:03] 木暮: ﾅｶｼﾞﾏ様 ０９０ー５５１７ー２０８３ 平日17時以降")
    assert "ﾅｶｼﾞﾏ" not in r["redacted_text"]
