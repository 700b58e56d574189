"""A town and 丁目 named as an area of a notice (断水区域, 工事区域, …の一部, 全域) is no one's address;
a rural lot written with 字 (粕川町月田字東原1580番) is an address. Invented texts (issue 16)."""
from __future__ import annotations

import pytest

from support import findings_of


@pytest.mark.parametrize("text", [
    "ガス管工事のお知らせを整えて。\n工事区域：荒牧町二丁目の一部、荒牧町三丁目の一部\n期間：1月中旬～2月末",
    "停電のお知らせです。対象地区：上泉町一丁目全域。時間は午前中の2時間です。",
    "消毒作業は城東町四丁目一帯で行います。回覧板用に短くして。",
    "依頼文の宛名を確認して。「南町二丁目自治会 会長様」",
])
def test_a_town_and_chome_named_as_an_area_is_not_an_address(scan, text):
    assert not findings_of(scan(text), "JP_ADDRESS")


@pytest.mark.parametrize("text", [
    "申請者の住所は荒牧町二丁目です。書類の宛名を直して。",
    "転居先：上泉町一丁目（番地は後日連絡）",
])
def test_a_chome_given_as_where_someone_lives_still_warns(scan, text):
    assert findings_of(scan(text), "JP_ADDRESS")


@pytest.mark.parametrize("text, lot", [
    ("譲渡人の農地は前橋市富士見町石井字北原2231番 畑 860㎡です。審査書を整えて。", "2231番"),
    ("相続登記の相談。土地：前橋市粕川町室沢字宮下417番地 宅地", "417番地"),
])
def test_a_rural_lot_written_with_aza_is_an_address(scan, text, lot):
    result = scan(text)
    found = findings_of(result, "JP_ADDRESS")
    assert found and any(text[f["start"]:f["end"]].endswith(lot) for f in found)
    assert lot not in result["redacted_text"]


def test_aza_in_prose_without_a_town_is_not_an_address(scan):
    assert not findings_of(scan("習字の時間に東原という字を1580回書いた。"), "JP_ADDRESS")


def test_a_facilitys_address_in_a_public_list_is_not_reported(scan):
    text = "避難所一覧（公開情報）を表にして：東公民館（前橋市江田町241番地1）、総社公民館（前橋市総社町総社1580番地1）"
    assert not findings_of(scan(text), "JP_ADDRESS")


def test_a_facilitys_address_in_an_internal_text_passes_too(scan):
    # a facility's own address is public wherever it is written (blind precision corpora kept
    # labelling it allow); the same address next to a resident's name is theirs (below)
    text = "来週の打合せ場所：東公民館（前橋市江田町241番地1）の会議室。"
    assert scan(text)["verdict"] == "allow"


def test_a_residents_address_after_a_facility_word_still_blocks(scan):
    text = "東公民館の利用者 宮崎 恵子さん（前橋市江田町241番地1）から忘れ物の問い合わせ。"
    assert scan(text)["verdict"] == "block"
