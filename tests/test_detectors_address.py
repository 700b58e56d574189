"""JP_ADDRESS: street addresses down to the house number, and what is not one."""
import pytest

from support import findings_of

BLOCK_CASES = [
    ("申請者の住所は群馬県前橋市大渡町一丁目10番7号です。", "一丁目10番7号"),
    ("伊勢崎市今泉町2丁目5番地12に住む方から相談がありました。", "2丁目5番地12"),
    ("転居先：前橋市下小出町二丁目33-8", "二丁目33-8"),
    ("前橋市富士見町原之郷567-8 グリーンハイツ202号室 宛に再送してください。", "567-8"),
    ("〒379-2111 前橋市二之宮町1234番地 の世帯について", "1234番地"),
    ("高崎市八島町45番地の2の物件について", "45番地の2"),
    ("連絡先は桐生市相生町1-5-20 コーポ相生 303 です。", "1-5-20"),
    ("千代田区霞が関三丁目4番5号", "三丁目4番5号"),
]


@pytest.mark.parametrize("text,part", BLOCK_CASES)
def test_addresses_are_found_with_house_number(scan, text, part):
    r = scan(text)
    found = findings_of(r, "JP_ADDRESS")
    assert found, text
    assert any(part in text[f["start"]:f["end"]] for f in found)
    assert part not in r["redacted_text"]


def test_address_span_includes_building_and_postcode(scan):
    text = "〒371-0123 前橋市南町3-4-5 メゾン南 101 にお住まいの方"
    r = scan(text)
    f = findings_of(r, "JP_ADDRESS")[0]
    span = text[f["start"]:f["end"]]
    assert span.startswith("〒371-0123") and span.endswith("101")


NOT_ADDRESS = [
    "前橋市の人口は約33万人です。",
    "群馬県前橋市と高崎市の比較表を作って。",
    "〒371-0000 の形式の郵便番号を検証する正規表現を教えて。",
    "前橋市1-2-3 のような書き方の意味は？",
    "会議は第3会議室で2-3時間程度の予定です。",
    "令和8年4月1日から施行。資料2-1、別表3-2を参照。",
    "国道17号と県道4号の交差点の渋滞対策。",
    "赤城山は標高1828mです。",
    "前橋駅北口から中心商店街までの散策ルート",
    "=SUM(A2:A500) と =VLOOKUP(B3,マスタ!A:F,6,0)",
    "市長1-2の資料を確認",
]


@pytest.mark.parametrize("text", NOT_ADDRESS)
def test_not_addresses(scan, text):
    assert not findings_of(scan(text), "JP_ADDRESS"), text


def test_public_facility_address_passes(scan):
    # a facility's own address is public (Ⅳ), in a flyer or in an internal note alike
    text = "打合せの場所は「前橋市立美術館（前橋市千代田町五丁目1番16号）」の会議室です。議題を整理して。"
    r = scan(text)
    assert r["verdict"] == "allow"


def test_city_hall_address_is_allowlisted(scan):
    r = scan("お問い合わせ：〒371-8601 前橋市大手町二丁目12番1号 前橋市役所")
    assert r["verdict"] == "allow"


def test_chome_only_is_warn(scan):
    r = scan("前橋市昭和町三丁目の交差点で工事があります。")
    assert r["verdict"] != "block"


def test_public_facility_table_addresses_pass(scan):
    text = ("| 施設名 | 所在地 | 電話 |\n|---|---|---|\n"
            "| 北部図書館 | 前橋市荒牧町三丁目12番4号 | 027-231-5560 |\n"
            "| 西公民館 | 前橋市総社町一丁目7番地 | 027-252-7410 |\n")
    r = scan(text)
    assert r["verdict"] == "allow"


def test_a_residents_address_in_a_table_still_blocks(scan):
    text = "| 氏名 | 住所 |\n|---|---|\n| 北村 遼 | 前橋市若宮町二丁目8番14号 |\n"
    assert scan(text)["verdict"] == "block"


# --- a second house number that leans on a town named earlier ------------------------------
# Invented sentences: the town is named once, the neighbour's house number stands alone.
FOLLOWER_CASES = [
    ("ごみ出しの相談です。相談者は前橋市石倉町3-12-5の方で、隣の3-12-6の世帯が分別をしないとのこと。", "3-12-6"),
    ("申立人の住所は高崎市中居町二丁目4番9号です。同じ町内の2丁目17番の空き家から枝が越境しています。", "2丁目17番"),
    ("伊勢崎市境東町一丁目5番地の倉庫の件で、その隣（同町6番地3）の所有者にも連絡しました。", "同町6番地3"),
    ("通報者は前橋市荒子町1203-4にお住まいで、向かいの4-8-19の家から犬の鳴き声がするそうです。", "4-8-19"),
    ("前橋市表町一丁目2番3号の店舗と、同所12-3の倉庫の賃貸借について。", "同所12-3"),
    ("桐生市相生町2-7-11の方から、裏の家（2-7-15）の木が倒れそうだと連絡がありました。", "2-7-15"),
    ("太田市本町5番地の2に住む方が、近所の6番地の1の住人について相談に来ました。", "6番地の1"),
]


@pytest.mark.parametrize("text,part", FOLLOWER_CASES)
def test_a_neighbours_house_number_after_an_address_is_an_address(scan, text, part):
    r = scan(text)
    spans = [text[f["start"]:f["end"]] for f in findings_of(r, "JP_ADDRESS")]
    assert any(part in s for s in spans), spans
    assert part not in r["redacted_text"]
    # (a shop's and a warehouse's lease names premises, not a home: the learned judge may read them as a business's and
    # leave a warning — the house numbers stay masked either way)
    assert r["verdict"] == "block" or ("店舗" in text and r["verdict"] == "warn")
    for f in findings_of(r, "JP_ADDRESS"):
        assert part not in f["reason"]


FOLLOWER_NEGATIVES = [
    # house-number shapes in texts without any address
    "隣の3-12-6という番号の意味がわからない。",
    "向かいの席の人と3-8-21のフォーメーションについて話した。",
    "同じ町内の2丁目14番という書き方は正しいですか。",
    "バージョン2-3-1 と 第3-2-1条 の関係を整理して。",
    # an address earlier, but the numbers are something else
    "前橋市南町1-2-3の事業所です。手順書は第3-2-1条と別表2-4-1を参照し、v1-2-3 の設定を使います。",
    "前橋市南町1-2-3の体育館で試合があり、3-2-1で勝ちました。",
    "前橋市千代田町二丁目5番1号の会場。2025-3-8に実施、資料はp.12-15-18ページ、型番KX-1-23です。",
    "| 前橋市南町1-2-3 | 3-4-5 | 12-8-1 |\n|---|---|---|",
    "前橋市南町1-2-3の件は終わりました。\n次の議題：配点は3-8-21の順です。",
    "前橋市南町1-2-3 の申請。電話 027-231-5560、会議は3-2-1会議室で。",
]


@pytest.mark.parametrize("text", FOLLOWER_NEGATIVES)
def test_house_number_shapes_that_lean_on_nothing_pass(scan, text):
    spans = [text[f["start"]:f["end"]] for f in findings_of(scan(text), "JP_ADDRESS")]
    assert all("前橋市" in s for s in spans), spans


def test_neighbour_number_takes_the_earlier_addresses_action(scan):
    text = "「前橋市立美術館（前橋市千代田町五丁目1番16号）」と、同所2-3の駐車場の案内を作って。"
    r = scan(text)
    assert r["verdict"] != "block"


@pytest.mark.parametrize("text,part", [
    ("前橋市富士見町原之郷567-8の畑と、隣の568-2の畑の境界について。", "568-2"),
    ("申出者は前橋市南町1-2-3の方で、3-8-21に住む方と口論になったそうです。", "3-8-21"),
])
def test_lot_after_a_cue_and_a_home_in_the_same_sentence(scan, text, part):
    spans = [text[f["start"]:f["end"]] for f in findings_of(scan(text), "JP_ADDRESS")]
    assert part in spans


@pytest.mark.parametrize("text", [
    "前橋市南町1-2-3の会場で、3-8-21のシフト表を配ります。",
    "前橋市南町1-2-3の会場の2-3-4番ゲートから入場。",
    "前橋市南町1-2-3の会場では、入場者数が120-45で前年を上回った。",
])
def test_same_sentence_numbers_that_are_not_homes_pass(scan, text):
    spans = [text[f["start"]:f["end"]] for f in findings_of(scan(text), "JP_ADDRESS")]
    assert spans == ["前橋市南町1-2-3"], spans


def test_public_health_centre_address_after_its_name_passes(scan):
    r = scan("会場は「前橋市保健所（前橋市朝日町三丁目36番17号）」です。案内文を作ってください。")
    assert r["verdict"] == "allow"


# --- the neighbour search skipped where no neighbour's number can start before the sentence ends ----
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from service.detectors import address as _address  # noqa: E402
from service.detectors.base import Document as _Document  # noqa: E402

_NEIGHBOUR_PIECES = ["前橋市上小出町4-26-7", "前橋市朝日町三丁目28番3号", "の", "隣の", "向かいの", "同町", "12番地",
                     "5-3", "3-12-5", "2丁目5番3号", "に住む", "と", "。", "\n", "|", "\t", "、", "山田さん", " ", "一", "号"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_NEIGHBOUR_PIECES), max_size=12))
def test_neighbour_precheck_keeps_every_neighbour_found(pieces):
    doc = _Document("".join(pieces))
    det = _address.AddressDetector()
    found = det.analyze(doc)
    anchors = sorted(found, key=lambda c: c.start)
    if not anchors:
        return
    fast = [(c.start, c.end, c.reason) for c in det._followers(doc, anchors)]
    keep, _address._FOLLOW_FIRST = _address._FOLLOW_FIRST, None
    try:
        plain = [(c.start, c.end, c.reason) for c in det._followers(doc, anchors)]
    finally:
        _address._FOLLOW_FIRST = keep
    assert fast == plain


def test_neighbour_in_the_same_sentence_is_still_found_after_the_precheck():
    # (a number in the next sentence or line is not the neighbour's: the search is not started there)
    doc = _Document("前橋市朝日町三丁目28番3号に住む。\n前橋市上小出町4-26-7と3-12-5に住む山田さん")
    det = _address.AddressDetector()
    anchors = sorted(det.analyze(doc), key=lambda c: c.start)[:2]
    assert [doc.text[c.start:c.end] for c in det._followers(doc, anchors)] == ["3-12-5"]
