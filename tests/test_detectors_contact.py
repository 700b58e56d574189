"""Phone numbers, e-mail addresses (contact.py) and dates of birth (birth.py).

All values are synthetic; texts go through Document so full-width forms and every
dash variant are normalised first.
"""
from __future__ import annotations

import pytest

from service.detectors import birth, contact
from support import findings_of
from service.detectors.base import Document
from service.detectors.evidence import BLOCK, WARN

PHONE = contact.PhoneNumberDetector()
EMAIL = contact.EmailDetector()
DOB = birth.DateOfBirthDetector()


def found(det, text):
    doc = Document(text)
    return [(doc.norm.original_text(c.start, c.end), c.score, c.reason) for c in det.analyze(doc)]


def values(det, text):
    return [v for v, _s, _r in found(det, text)]


# --- phone numbers ---------------------------------------------------------------------
@pytest.mark.parametrize("number", [
    "090-3829-5716", "080 4391 8765", "07051832297", "080(8604)1234",
    "０９０－２２３３－４４５５", "０９０ー２２３３ー４４５５", "090‐3829‐5716", "090−3829−5716",
    "050-3123-4567",
    "+81-90-3829-5716", "+81 90 3829 5716", "+81 (0)90-3829-5716", "+8190-3829-5716",
    "+81 27 898 1234",
    "027-898-1234", "03-5555-1290", "0276-12-3456", "01456-2-1234", "(027)898-1234",
    "027(898)1234",
])
def test_phone_forms_are_found(number):
    text = f"連絡先は {number} です。"
    assert values(PHONE, text) == [number]
    assert found(PHONE, text)[0][1] >= BLOCK


def test_toll_free_numbers_are_found_below_warn():
    # 0120 / 0800 / 0570 are a business's or an office's line, never a resident's: found (so a
    # person named on the line can make it theirs) but scored below WARN
    for n in ("0120-381-927", "0800-381-9275", "0570-038-192"):
        res = found(PHONE, f"コールセンター {n}")
        assert [v for v, *_ in res] == [n]
        assert res[0][1] < WARN


def test_mobile_without_context_blocks_by_shape():
    res = found(PHONE, "「070-2212-0000」あてに送る文面")
    assert res and res[0][1] >= BLOCK


def test_contiguous_landline_needs_context():
    assert found(PHONE, "番号0272391234を参照")[0][1] < BLOCK
    assert found(PHONE, "電話 0272391234")[0][1] >= BLOCK


def test_office_public_contact_passes_person_blocks():
    office = found(PHONE, "問い合わせ 前橋市 環境政策課 電話 027-898-1234")
    assert office and office[0][1] < WARN
    assert found(PHONE, "お問い合わせ：市民課（TEL 027-898-1234）")[0][1] < BLOCK
    person = found(PHONE, "相談者の自宅 電話 027-898-1234")
    assert person and person[0][1] >= BLOCK
    mobile = found(PHONE, "山田さんの携帯 090-1157-2290")
    assert mobile[0][1] >= BLOCK


@pytest.mark.parametrize("text", [
    "支出日 2026-04-08、金額 1320000",
    "〒371-0000 前橋市",
    "郵便番号 012-3456",
    "ビルド 17628.20110",
    "Python 3.12.4",
    "=SUM(A1:A10)*0.08",
    "ISBN 0-306-40615-2",
    "ISBN 978-4-06-123456-3",
    "予定価格 27,390,000円",
    "時刻 09:30-10:45",
    "123-4567-8901",
    "0000-1111-2222",
    "02-3829-5716-9",
    "IPアドレス 10.84.125.155",
    "被保険者番号 0123456789",
])
def test_phone_hard_negatives(text):
    assert values(PHONE, text) == []


@pytest.mark.parametrize("text", ["例：090-1234-5678 の形式", "03-1234-5678（記入例）", "電話番号の書式 090-0000-0000"])
def test_placeholder_phone_numbers_are_examples(text):
    assert values(PHONE, text) == []


# (a subscriber part of zeros only, 090-0000-0000, is a blank of the format: tests/test_logs_code_fiction_and_lists.py)
@pytest.mark.parametrize("text", ["連絡先 090-1234-5678", "090\u200d-1234-5678 に電話", "090-1234-0000"])
def test_example_looking_number_without_example_context_still_warns(text):
    hits = found(PHONE, text)
    assert len(hits) == 1
    assert 0.40 <= hits[0][1] < 0.75  # warn, never silently dropped


def test_descending_digits_are_an_ordinary_number():
    assert values(PHONE, "東京本社 電話 03-5432-1098") == ["03-5432-1098"]


def test_phone_reason_has_no_digits_of_the_value():
    for v, _s, r in found(PHONE, "連絡先：090-3829-5716"):
        assert "3829" not in r and v not in r


# --- e-mail --------------------------------------------------------------------------------
def test_private_email_blocks():
    for addr in ("taro.yamada88@gmail.com", "hanako_s@icloud.com", "abc123@yahoo.co.jp",
                 "m.suzuki@hotmail.com", "someone@docomo.ne.jp"):
        res = found(EMAIL, f"連絡はメール（{addr}）で")
        assert [v for v, *_ in res] == [addr]
        assert res[0][1] >= BLOCK


def test_personal_address_at_a_company_blocks():
    res = found(EMAIL, "担当 k.tanaka@gunma-sokuryo.co.jp")
    assert res[0][1] >= BLOCK


def test_a_public_bodys_one_word_mailbox_is_below_warn_and_other_office_addresses_do_not_block():
    # a department's published mailbox is public information (Ⅳ), as an office's phone line is
    res = found(EMAIL, "申込み：市民協働課（kyodo@city.maebashi.gunma.jp）")
    assert res and res[0][1] < WARN
    res = found(EMAIL, "問い合わせ info@example-npo.or.jp")
    assert res and res[0][1] < BLOCK


def test_staff_personal_address_on_city_domain_blocks():
    assert found(EMAIL, "taro.maebashi@city.maebashi.gunma.jp")[0][1] >= BLOCK


def test_full_width_email_is_normalised():
    addr = "ｔａｒｏ．ｙａｍａｄａ＠ｇｍａｉｌ．ｃｏｍ"
    assert values(EMAIL, f"メール {addr}") == [addr]


@pytest.mark.parametrize("text", [
    "user@example.com のような形式",
    "=COUNTIF(B2:B200,\"*市民課*\")",
    "@メンション機能",
    "Teams の @channel",
    "名前@所属 の形式",
])
def test_email_negatives(text):
    assert values(EMAIL, text) == []


# --- date of birth -------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("生年月日：2011年3月14日", "2011年3月14日"),
    ("生年月日 ２０１１年３月１４日", "２０１１年３月１４日"),
    ("| 生年月日 | 2009年11月2日 |", "2009年11月2日"),
    ("相談者：山田 花子（H3.7.21生）", "H3.7.21"),
    ("昭和61年12月1日生まれ", "昭和61年12月1日"),
    ("平成元年2月3日生", "平成元年2月3日"),
    ("令和2年4月5日生まれの長女", "令和2年4月5日"),
    ("S47/5/30 生まれ", "S47/5/30"),
    ("1985.3.4生", "1985.3.4"),
    ("2010/06/15（15歳）", "2010/06/15"),
    ("2010-06-15 15歳", "2010-06-15"),
    ("DOB: 1979-08-09", "1979-08-09"),
    ("born on March 4, 1985", "March 4, 1985"),
    ("誕生日は1999年9月9日", "1999年9月9日"),
    ("氏名,生年月日,住所\n山田,1990/1/2,前橋市", "1990/1/2"),
])
def test_birth_dates(text, value):
    res = found(DOB, text)
    assert [v for v, *_ in res] == [value]
    assert res[0][1] >= BLOCK
    assert value not in res[0][2]


@pytest.mark.parametrize("text", [
    "会議は2026年4月8日（水）に開催します",
    "支出日,2026/04/08,1320000",
    "令和8年5月22日（金）午後1時30分から",
    "学生：2026/04/01 入学",
    "2026年4月1日生活保護の開始",
    "期限 R8.3.31 まで",
    "受理日時：令和8年4月14日 16:05",
    "=DATE(2026,4,1)",
    "2026年4月8日生徒総会",
    "生年月日の欄は空欄にしてください",
])
def test_dates_without_a_birth_tie_are_not_birth_dates(text):
    assert values(DOB, text) == []


@pytest.mark.parametrize("text", [
    "相談先は「前橋市消費生活センター 027-235-1234」です。",
    "困ったときの相談窓口：こども家庭相談センター 027-220-5678",
])
def test_public_consultation_desk_numbers_pass(text):
    hits = found(PHONE, text)
    assert len(hits) == 1 and hits[0][1] < 0.40


def test_phone_after_a_full_width_slash_in_a_contact_list():
    assert values(PHONE, "（hatori.photo@gmail.com／080 5165 3828）") == ["080 5165 3828"]
    assert values(PHONE, "メール／080-5165-3828") == ["080-5165-3828"]


@pytest.mark.parametrize("text", ["https://example.jp/0272241111", "2026/0312345678"])
def test_digits_in_a_url_path_or_after_a_date_slash_are_not_phones(text):
    assert values(PHONE, text) == []


@pytest.mark.parametrize("text", ["困ったときは 消費生活センター 027-898-1234", "子育て支援課：027-220-5711"])
def test_an_office_name_right_before_a_landline_passes(text):
    hits = found(PHONE, text)
    assert len(hits) == 1 and hits[0][1] < 0.40


def test_a_digit_table_in_code_is_not_a_phone():
    assert values(PHONE, 'table = str.maketrans("０１２３４５６７８９", "0123456789")') == []


# ---------------------------------------------------------------------------------------
# A phone number in a CSV row right after a field of digits, and numbers abroad (+1, +44 …)
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,number", [
    ("契約者,使用量,未納額,電話\n根岸 圭,34,9720,080-4471-2206\n", "080-4471-2206"),
    ("id,amount,tel\n7,15400,027-251-8830,自宅", "027-251-8830"),
])
def test_a_hyphenated_phone_number_after_a_csv_field_of_digits_is_found(scan, text, number):
    result = scan(text)
    assert any(text[f["start"]:f["end"]] == number for f in findings_of(result, "PHONE_NUMBER")), result["findings"]
    assert number not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "内訳,1,080-1,200円",          # amounts and ranges in a CSV cell
    "区間,12,027-13,500",
])
def test_amounts_and_ranges_after_a_csv_comma_are_no_phone_number(scan, text):
    assert not findings_of(scan(text), "PHONE_NUMBER")


@pytest.mark.parametrize("text,number", [
    ("留学生の保護者（カナダ在住）の連絡先は +1-604-555-0193 です。", "+1-604-555-0193"),
    ("Her sister in Manila can be reached on +63 917 555 0142.", "+63 917 555 0142"),
    ("緊急連絡先：父（ソウル）+82-10-5512-7734", "+82-10-5512-7734"),
])
def test_a_phone_number_abroad_with_its_country_code_is_found(scan, text, number):
    result = scan(text)
    found = [f for f in findings_of(result, "PHONE_NUMBER") if text[f["start"]:f["end"]] == number]
    assert found and found[0]["action"] == "block", result["findings"]
    assert number not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "気温は+12.5度、前日比+3.2度でした。",
    "売上は前年比+1,234,567円です。",
    "バージョン +1.2.3 に更新",
    "=A1+1234567890",
])
def test_signed_numbers_amounts_and_versions_are_no_phone_number_abroad(scan, text):
    assert not findings_of(scan(text), "PHONE_NUMBER")


def test_an_embassys_published_number_abroad_only_warns(scan):
    result = scan("在英国日本国大使館（Embassy of Japan in the UK）: +44 20 7465 6500")
    found = findings_of(result, "PHONE_NUMBER")
    assert found and all(f["action"] == "warn" for f in found), found


# --- the office words searched apart from the shops (contact._office_matches) -----------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_OFFICE_PIECES = ["課", "課長", "係", "室", "市役所", "役所", "商店", "工務店", "菓子店", "店", "本", "カフェ", "(株)",
                  "コールセンター", "協議会", "office", "school", " ", "　", "0", "長"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_OFFICE_PIECES), max_size=12), st.integers(0, 3))
def test_office_words_and_shops_searched_apart_give_the_alternations_matches(pieces, pos):
    s = "".join(pieces)
    assert contact._SHOP_AT is not None  # the pattern still has its shop branch: the split is in use
    assert [(m.span(), m.group()) for m in contact._office_matches(s, pos)] == \
           [(m.span(), m.group()) for m in contact._OFFICE.finditer(s, pos)]
