"""An English note about a foreign resident (to the immigration office, a school, an employer)
holds the person's romaji name, date of birth in English, passport and residence-card numbers
and a romaji address (3-14-2 Kamikoide-machi, Room 201, 4-12-7 Omote-cho, 5-6-1 Otemachi): each is
masked. Beside them: a residence card's format explained, how to write a date in English, a
public official in office, and letters inside an Excel keyword (ALS in FALSE) that are no illness."""
from __future__ import annotations

import pytest

from support import findings_of

NOTES = [
    ("Could you polish this letter?\nThe applicant Nguyen Van Hung, born on 5 May 1991 in Hanoi, holds passport "
     "number B4471923 and lives at 3-14-2 Kamikoide-machi, Maebashi.",
     ["Nguyen Van Hung", "5 May 1991", "B4471923", "3-14-2"]),
    ("Please fix my English: Name: Rahman Abdul Karim / Date of Birth: 23 October 1987 / Passport No.: EG0398217 / "
     "Address: 5-6-1 Otemachi, Maebashi", ["Rahman Abdul Karim", "23 October 1987", "EG0398217", "5-6-1"]),
    ("Translate: Ms. Siti Nurhaliza stayed at 2-1 Hiyoshi-cho until July; her date of birth is 1 April 2001.",
     ["Siti Nurhaliza", "2-1 Hiyoshi", "1 April 2001"]),
    ("Check this: Mr. Pham Minh Tuan (passport no. CX3318702) has lived at Room 12, 6-2-9 Shin-Ishikura-cho since May. "
     "His residence card number is KM90417265PA.", ["Pham Minh Tuan", "CX3318702", "6-2-9", "KM90417265PA"]),
]


@pytest.mark.parametrize("text,values", NOTES)
def test_every_value_of_a_foreign_residents_note_is_masked(scan, text, values):
    r = scan(text)
    assert r["verdict"] == "block"
    assert [v for v in values if v in r["redacted_text"]] == []


def test_a_romaji_town_of_several_words_is_an_address(scan):
    r = scan("Please check: Ms. Lin Mei lives at 2-9-4 Shin-Maebashi-machi.")
    assert findings_of(r, "JP_ADDRESS")
    assert "2-9-4" not in r["redacted_text"]


NOT_PERSONAL = [
    "Explain the residence card format: two letters, eight digits, two letters.",
    "How do I write a date of birth in English? For example, 14 March 1996.",
    "=IF(A2=FALSE,\"未入力\",VLOOKUP(A2,名簿!A:F,3,FALSE))",
    "The ALS association published new statistics on patients in Japan.",
    "Mayor Ryo Ogawa visited the factory on 3 June 2024 with the Governor.",
]


@pytest.mark.parametrize("text", NOT_PERSONAL)
def test_formats_dates_officials_and_keywords_are_not_personal(scan, text):
    assert scan(text)["verdict"] != "block"


def test_an_illness_written_in_capitals_is_found_only_as_a_word(scan):
    inside = scan('=VLOOKUP("山田 花子",名簿!A2:F9,5,FALSE) で山田 花子さんの行を引く')
    assert not findings_of(inside, "SENSITIVE_PERSONAL_INFO")
    alone = scan("山田 花子さんはALSと診断され、在宅で療養中です。")
    assert findings_of(alone, "SENSITIVE_PERSONAL_INFO")
    assert "ALS" not in alone["redacted_text"]


def test_each_part_of_a_name_after_its_label_is_masked(scan):
    r = scan("Surname: NGUYEN / Given names: THI MAI / Date of birth: 1998-11-02 / Passport: C8812345 / "
             "Residence card: UH 4820 3917 KA")
    assert r["verdict"] == "block"
    for v in ("NGUYEN", "THI MAI", "1998-11-02", "C8812345", "UH 4820 3917 KA"):
        assert v not in r["redacted_text"]


def test_a_forms_instructions_in_name_fields_are_not_names(scan):
    r = scan("Mr. Tran Van Duc asked how to fill in the form.\nSurname: Required\nGiven name: Optional")
    assert "Required" in r["redacted_text"] and "Optional" in r["redacted_text"]


def test_a_name_field_label_alone_names_no_one(scan):
    assert not findings_of(scan("How should I fill in 'Surname: SMITH' on the sample form?"), "PERSON")


def test_an_english_sample_entry_names_no_one(scan):
    r = scan("Please translate the sample entry: Surname: YAMADA / Given name: TARO / Date of birth: 1 January 1990")
    assert r["verdict"] == "allow"


@pytest.mark.parametrize("text, hidden", [
    ("スキャンがずれてる、直して\nP A S S P O R T\nSurname  ROZARIO\nGiven names  MARIA  THERESA\n", ["ROZARIO", "MARIA  THERESA"]),
    ("Last Name: Rozario\nFirst Name: Maria\nPhone: 090-4471-2286", ["Rozario", "Maria"]),
])
def test_a_name_in_the_surname_and_given_name_fields_of_an_english_form_is_masked_whole(scan, text, hidden):
    redacted = scan(text)["redacted_text"]
    assert not [h for h in hidden if h in redacted]


def test_the_instructions_of_an_english_forms_name_fields_are_no_name(scan):
    assert scan("Surname: Required\nFirst name: Optional\nLast name: (in capitals)")["findings"] == []
