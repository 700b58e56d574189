"""Classes found on first contact in stop 41 (the known misses carried over and tuning sets train178–184, written
blind), each beside a harmless twin: lots and 丁目 said in kana, a list's item whose surname the dictionary
tags as a given name, …"""
from __future__ import annotations


def _masked(result, *values) -> bool:
    return not any(v in result["redacted_text"] for v in values)


# -- addresses said in kana ---------------------------------------------------------------------------------

def test_a_chome_said_in_kana_after_its_town_is_an_address(scan):
    r = scan("住所は前橋市朝日町よんちょうめじゅうにのさんです。この方への返信文を考えて")
    assert r["verdict"] == "block" and _masked(r, "じゅうにのさん")


def test_a_lot_said_in_kana_right_after_its_town_is_an_address(scan):
    r = scan("じたくは大手町さんじゅうのじゅうにですって言われたので訪問の案内を書いて")
    assert r["verdict"] == "block" and _masked(r, "さんじゅうのじゅうに")


def test_a_town_said_with_a_pause_before_its_kana_chome(scan):
    r = scan("えーと、住所は前橋市朝日町の、にちょうめの、ごのはちです")
    assert r["verdict"] == "block" and _masked(r, "ごのはち")


def test_kana_after_a_town_that_is_no_number_stays_words(scan):
    r = scan("その町のいちばんの名物を紹介する文章を書いて。町にのぼりを立てる行事もある。")
    assert r["verdict"] == "allow"


# -- lists of names ---------------------------------------------------------------------------------------------

def test_a_surname_the_dictionary_tags_as_a_given_name_is_a_name_in_a_list_of_names(scan):
    r = scan("受付者一覧\n田中 一郎\n茂木 正則\n鈴木 花子")
    assert r["verdict"] == "block" and _masked(r, "茂木 正則")


def test_a_list_of_names_does_not_make_a_room_an_item(scan):
    r = scan("受付者一覧\n田中 一郎\n茂木 会議室\n鈴木 花子")
    assert "茂木 会議室" in r["redacted_text"]


# -- English names and tables -----------------------------------------------------------------------------------

def test_a_surname_with_a_one_letter_prefix_after_a_role_label_is_a_name(scan):
    r = scan("Please translate into Japanese.\nPatient: Michael O'Donnell\nReason for visit: follow-up")
    assert r["verdict"] == "block" and _masked(r, "O'Donnell")


def test_an_airport_with_an_apostrophe_names_no_one(scan):
    r = scan("I'm writing a travel note about O'Hare airport and the JR line to Maebashi.")
    assert r["verdict"] == "allow"


def test_a_markdown_header_row_is_no_label_and_value_and_its_name_column_is_read(scan):
    r = scan("Format this table.\n| Name | Dept |\n|---|---|\n| Tetsuo Kuribayashi | Sales |\n| Keiko Yamada | HR |")
    assert r["verdict"] == "block" and "| Name | Dept |" in r["redacted_text"] and _masked(r, "Tetsuo Kuribayashi")


def test_a_markdown_table_of_departments_passes(scan):
    r = scan("| Name | Floor |\n|---|---|\n| Sales | 3 |\n| Human Resources | 4 |")
    assert r["verdict"] == "allow"
