"""Structured identifiers (ids.py) and financial numbers (finance.py).

Values are synthetic: the helpers below compute check digits, so every case is
built here rather than replayed from the dev corpus. Texts go through Document, so
full-width digits and dashes exercise the normaliser too.
"""
from __future__ import annotations

import random

import pytest

from service.detectors import finance, ids
from service.detectors.base import Document
from service.detectors.evidence import BLOCK, WARN

ID_DETECTORS = [ids.MyNumberDetector(), ids.ResidentCodeDetector(), ids.DriverLicenseDetector(),
                ids.CorporateNumberDetector(), ids.PassportDetector(), ids.ResidenceCardDetector(),
                ids.PensionNumberDetector(), ids.HealthInsuranceDetector(),
                finance.CreditCardDetector(), finance.BankAccountDetector()]


# --- check-digit helpers (independent re-implementations) ------------------------------
def my_number(base11: str) -> str:
    q = [n + 1 if n <= 6 else n - 5 for n in range(1, 12)]  # weights from the lowest digit
    s = sum(int(p) * w for p, w in zip(reversed(base11), q))
    r = s % 11
    return base11 + str(0 if r <= 1 else 11 - r)


def resident_code(base10: str) -> str:
    s = sum(int(p) * (2 + i % 6) for i, p in enumerate(reversed(base10)))
    r = s % 11
    return base10 + str(0 if r <= 1 else 11 - r)


def driver_license(base10: str, reissue: int = 0) -> str:
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(p) * x for p, x in zip(base10, w))
    return base10 + str((11 - s % 11) % 10) + str(reissue)


def corporate(base12: str) -> str:
    s = sum(int(p) * (1 if i % 2 == 0 else 2) for i, p in enumerate(reversed(base12)))
    return str(9 - s % 9) + base12


def luhn(body: str) -> str:
    for c in "0123456789":
        d = body + c
        t = 0
        for i, ch in enumerate(reversed(d)):
            x = int(ch) * (2 if i % 2 else 1)
            t += x - 9 if x > 9 else x
        if t % 10 == 0:
            return d
    raise AssertionError


def wrong_last(d: str) -> str:
    return d[:-1] + str((int(d[-1]) + 1) % 10)


def wrong_first(d: str) -> str:
    return str((int(d[0]) + 1) % 10) + d[1:]


def fw(s: str) -> str:
    """Full-width digits, letters and dashes (as pasted from Word)."""
    out = []
    for ch in s:
        if ch.isdigit() or ch.isalpha() and ch.isascii():
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == "-":
            out.append("－")
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def scan(text: str):
    doc = Document(text)
    out = []
    for d in ID_DETECTORS:
        for c in d.analyze(doc):
            out.append((c.type, doc.norm.original_text(c.start, c.end), c.score, c.reason))
    return out


def types(text: str) -> dict[str, float]:
    res: dict[str, float] = {}
    for t, _v, s, _r in scan(text):
        res[t] = max(res.get(t, 0.0), s)
    return res


def my_numbers(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        v = my_number("".join(rng.choice("0123456789") for _ in range(11)))
        # keep values that are not also driving-licence-valid, to test MN alone
        if not ids.driver_license_valid(v):
            out.append(v)
    return out


MN = my_numbers(6)


def grouped(d: str, sizes, sep: str) -> str:
    parts, i = [], 0
    for s in sizes:
        parts.append(d[i:i + s])
        i += s
    return sep.join(parts)


# --- My Number ---------------------------------------------------------------------------
@pytest.mark.parametrize("form", ["plain", "space", "hyphen", "fullwidth", "fw_space"])
def test_my_number_with_context_blocks_in_every_form(form):
    v = MN[0]
    shown = {"plain": v, "space": grouped(v, (4, 4, 4), " "), "hyphen": grouped(v, (4, 4, 4), "-"),
             "fullwidth": fw(v), "fw_space": fw(grouped(v, (4, 4, 4), "-"))}[form]
    found = scan(f"申請者の個人番号は{shown}です。")
    assert [(t, val) for t, val, _s, _r in found] == [("JP_MY_NUMBER", shown)]
    assert found[0][2] >= BLOCK
    assert v not in found[0][3] and "個人番号" in found[0][3]


def test_my_number_valid_without_context_warns():
    s = types(f"番号 {MN[1]} を確認")
    assert WARN <= s["JP_MY_NUMBER"] < BLOCK


def test_my_number_bad_check_digit_labelled_blocks_with_context_warns_and_without_is_dropped():
    bad = wrong_last(MN[2])
    # the value of a field labelled マイナンバー is someone's number even when mistyped
    assert types(f"マイナンバー：{bad}")["JP_MY_NUMBER"] >= BLOCK
    assert WARN <= types(f"マイナンバーの控えにあった {bad} の確認")["JP_MY_NUMBER"] < BLOCK
    assert "JP_MY_NUMBER" not in types(f"伝票番号 {bad} の件")
    assert scan(f"整理用 {bad}") == []


def test_my_number_in_csv_column_uses_header_context():
    rows = "\n".join(f"職員{i},{v},市民課" for i, v in enumerate(MN[:4]))
    found = scan("氏名,個人番号,所属\n" + rows)
    assert [t for t, *_ in found] == ["JP_MY_NUMBER"] * 4
    assert all(s >= BLOCK for _t, _v, s, _r in found)


def test_my_number_never_matches_inside_longer_digit_strings():
    v = MN[3]
    assert all(t != "JP_MY_NUMBER" for t, *_ in scan(f"個人番号 1{v}"))
    assert all(t != "JP_MY_NUMBER" for t, *_ in scan(f"個人番号 {v}7"))
    assert all(t != "JP_MY_NUMBER" for t, *_ in scan(f"個人番号 {v}.5"))
    assert all(t != "JP_MY_NUMBER" for t, *_ in scan(f"個人番号 A{v}"))


def test_two_numbers_separated_by_space_are_two_findings():
    found = scan(f"個人番号 {MN[0]} {MN[1]}")
    assert [v for _t, v, *_ in found] == [MN[0], MN[1]]


# --- collisions between 12-digit types ---------------------------------------------------
def _both_valid() -> str:
    rng = random.Random(7)
    while True:
        base = rng.choice(["30", "42", "54", "62"]) + "".join(rng.choice("0123456789") for _ in range(9))
        v = my_number(base)
        if ids.driver_license_valid(v):
            return v


def test_number_valid_for_both_types_is_decided_by_context():
    v = _both_valid()
    assert set(types(f"運転免許証 {v}")) == {"JP_DRIVER_LICENSE"}
    assert set(types(f"個人番号 {v}")) == {"JP_MY_NUMBER"}
    t = types(f"番号 {v}")
    assert set(t) == {"JP_MY_NUMBER"} and t["JP_MY_NUMBER"] < BLOCK


def test_driver_license_with_context_blocks():
    dl = driver_license("4219123456", 1)
    found = scan(f"本人確認：運転免許証番号 {fw(dl)}（有効期限 令和10年）")
    assert [(t, v) for t, v, *_ in found] == [("JP_DRIVER_LICENSE", fw(dl))]
    assert found[0][2] >= BLOCK


def test_driver_license_bad_check_digit_with_context_warns():
    dl = driver_license("3015654321")
    bad = dl[:10] + str((int(dl[10]) + 1) % 10) + dl[11]
    t = types(f"免許証 {bad}")
    assert max(t.values()) < BLOCK


# --- resident code -------------------------------------------------------------------------
def test_resident_code():
    rc = resident_code("5820117733")
    assert types(f"住民票コード：{rc}")["JP_RESIDENT_CODE"] >= BLOCK
    assert types(f"住民票コード：{fw(rc)}")["JP_RESIDENT_CODE"] >= BLOCK
    assert types(f"住民票コード {wrong_last(rc)}")["JP_RESIDENT_CODE"] >= BLOCK  # its field's value
    assert WARN <= types(f"住民票コードは照会済み。控え {wrong_last(rc)}")["JP_RESIDENT_CODE"] < BLOCK
    assert types(f"コード {wrong_last(rc)}") == {}


def test_resident_code_not_reported_for_mobile_numbers():
    # an 11-digit mobile number passes the modulus-11 check one time in eleven
    rng = random.Random(3)
    for _ in range(60):
        v = resident_code("090" + "".join(rng.choice("0123456789") for _ in range(7)))
        assert "JP_RESIDENT_CODE" not in types(f"携帯 {v}")


# --- corporate number (informational) ------------------------------------------------------
def test_corporate_number_is_reported_as_informational_type_only():
    c = corporate("700012050002")
    t = types(f"法人番号 {c} の事業者")
    assert set(t) == {"JP_CORPORATE_NUMBER"}


@pytest.mark.parametrize("text", [
    "JANコード 4901234567894 の商品",
    "資産管理番号（例：1079380225318）の末尾4桁",
    "ISBN 978-4-06-123456-3 の本",
    "ISBN9784061234563",
    "伝票番号 202604081234 を入力",
])
def test_codes_are_not_identifiers(text):
    assert {t for t in types(text)} <= {"JP_CORPORATE_NUMBER"}
    assert all(s < WARN or t == "JP_CORPORATE_NUMBER" for t, s in types(text).items())


@pytest.mark.parametrize("text", [
    "=SUMPRODUCT((A2:A500=\"土木費\")*(B2:B500>=DATE(2026,4,1))*C2:C500)",
    "=VLOOKUP($B3,マスタ!$A:$F,6,0)",
    "土木費,2026/04/08,1320000,委託料",
    "予定価格は 27,390,000円（税抜）",
    "Excel（バージョン 2405 ビルド 17628.20110）",
    "〒371-0000 前橋市",
    "2026-04-08 10:30 に開始",
    "合計 123,456,789,012 円",
    "Python 3.12.4",
])
def test_hard_negatives_have_no_identifier(text):
    assert scan(text) == []


# --- passport / residence card / pension / health insurance ---------------------------------
def test_passport_needs_context():
    assert types("旅券番号 TK3829571")["JP_PASSPORT"] >= BLOCK
    assert types(fw("パスポート：MZ6029184"))["JP_PASSPORT"] >= BLOCK
    assert "JP_PASSPORT" not in types("型番 TK3829571 の部品")


def test_residence_card_strong_by_shape():
    assert types("番号 AB38295716CD")["JP_RESIDENCE_CARD"] >= BLOCK
    assert types("在留カード（ＡＢ３８２９５７１６ＣＤ）")["JP_RESIDENCE_CARD"] >= 0.95


def test_pension_number():
    assert types("基礎年金番号 3829-571604")["JP_PENSION_NUMBER"] >= BLOCK
    assert types("基礎年金番号：" + fw("3829-571604"))["JP_PENSION_NUMBER"] >= BLOCK
    assert "JP_PENSION_NUMBER" not in types("受付 3829-571604")


@pytest.mark.parametrize("text,value", [
    ("国保 記号 34 番号 551207 の方", "551207"),
    ("被保険者番号 0038295678", "0038295678"),
    ("介護保険被保険者番号：1000382956", "1000382956"),
    ("健康保険証の記号：1234 番号：56", "56"),
    ("後期高齢者医療被保険者証 番号 38295718", "38295718"),
    ("介護保険証 番号 0000382956", "0000382956"),
    ("保険証の記号・番号は 4321・987", "987"),
    ("被保険者証 記号 前橋 番号 123", "123"),
])
def test_health_insurance(text, value):
    found = [(t, v, s) for t, v, s, _r in scan(text) if t == "JP_HEALTH_INSURANCE"]
    assert found and value in found[0][1] and found[0][2] >= BLOCK


def test_health_insurance_symbol_number_without_insurance_context_is_not_flagged():
    assert "JP_HEALTH_INSURANCE" not in types("部品の記号 12 番号 3456 を確認")


# --- credit card -----------------------------------------------------------------------------
CARD = luhn("453201511283036"[:15])


@pytest.mark.parametrize("shown", [
    CARD, grouped(CARD, (4, 4, 4, 4), "-"), grouped(CARD, (4, 4, 4, 4), " "),
    fw(grouped(CARD, (4, 4, 4, 4), "-")),
])
def test_credit_card_forms(shown):
    # (the expiry month given with the number is masked with it)
    found = scan(f"カード番号 {shown}（有効期限 11/27）")
    assert [(t, v) for t, v, *_ in found] == [("CREDIT_CARD", shown), ("CREDIT_CARD", "11/27")]
    assert found[0][2] >= BLOCK


def test_credit_card_amex_and_jcb():
    amex = luhn("37144963539843")
    jcb = luhn("353011133330000")
    assert types(f"card: {grouped(amex, (4, 6, 5), ' ')}")["CREDIT_CARD"] >= BLOCK
    assert types(f"クレジット {jcb}")["CREDIT_CARD"] >= BLOCK


def test_credit_card_luhn_failure_and_no_iin():
    assert "CREDIT_CARD" not in types(f"番号 {wrong_last(CARD)}")
    assert WARN <= types(f"カード番号 {wrong_last(CARD)}")["CREDIT_CARD"] < BLOCK
    no_iin = luhn("999938295718901")
    assert "CREDIT_CARD" not in types(f"カード番号 {no_iin}")


def test_credit_card_tail_is_not_a_my_number():
    # the 12-digit tail of a hyphenated card number is never read as a My Number
    for v in MN:
        body = "4" + "000" + v
        card = luhn(body[:15])
        t = types(grouped(card, (4, 4, 4, 4), "-"))
        assert "JP_MY_NUMBER" not in t


# --- bank accounts -------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    # (the bank, branch and account type written right before the number are masked with it)
    ("振込先：群馬銀行 前橋支店 普通 3829571 マエバシ タロウ", "群馬銀行 前橋支店 普通 3829571"),
    ("東和銀行 本店営業部 当座預金 ６０２９１８４", "東和銀行 本店営業部 当座預金 ６０２９１８４"),
    ("口座番号：0038295", "0038295"),
    ("ゆうちょ銀行 記号 13160 番号 38295711", "13160 番号 38295711"),
    ("ゆうちょ 13160-38295711 へ", "13160-38295711"),
    ("Japan Post Bank, symbol 10170, number 60291841, holder X", "10170, number 60291841"),
    ("Account No. 3829571 at Gunma Bank", "3829571"),
])
def test_bank_account(text, value):
    found = [(v, s) for t, v, s, _r in scan(text) if t == "JP_BANK_ACCOUNT"]
    assert found == [(value, found[0][1])] and found[0][1] >= BLOCK


@pytest.mark.parametrize("text", [
    "預金残高 3829571円",
    "土木費,2026/04/08,1320000,委託料",
    "受付番号 3829571 の申請",
    "銀行の手数料は 1,234,567 円",
])
def test_bank_account_negatives(text):
    assert "JP_BANK_ACCOUNT" not in types(text)


@pytest.mark.parametrize("text", [
    '=TEXT(A2,"0000-0000-0000") で区切る',
    "在留カード番号の記載例：AB12345678CD",
    "基礎年金番号（例：1234-567890）",
    "口座番号（例：1234567）",
    "個人番号 1111 1111 1118",
])
def test_placeholder_values_are_not_findings(text):
    assert scan(text) == []


def test_reasons_never_contain_the_value():
    text = (f"個人番号 {MN[0]}、免許証 {driver_license('4205123456')}、"
            f"カード {CARD}、口座 普通 3829571、基礎年金番号 3829-571604")
    for _t, v, _s, r in scan(text):
        assert v not in r


def test_my_number_written_4_4_4_blocks_without_context(scan):
    mn = my_number("31846207155")
    r = scan(f"付箋に「確認済み {mn[:4]}‐{mn[4:8]}‐{mn[8:]}」と書いてあった")
    assert r["verdict"] == "block"
    assert [f["type"] for f in r["findings"]] == ["JP_MY_NUMBER"]
    # the same digits unseparated and without context stay a warning
    assert scan(f"確認済み {mn} の付箋")["verdict"] == "warn"


def test_bank_account_followed_by_the_holder_name(scan):
    r = scan("振込先：東和銀行 大胡支店 普通 4817263 名義 タナベ ユウジ")
    assert "JP_BANK_ACCOUNT" in {f["type"] for f in r["findings"]}
    assert "4817263" not in r["redacted_text"]


def test_a_licence_number_spaced_four_two_six_is_a_licence(scan):
    result = scan("確認書類：運転免許証　第 ４２１５ ３３ ８７６４２０ 号")
    assert [f["type"] for f in result["findings"]] == ["JP_DRIVER_LICENSE"]


def test_digits_spaced_four_two_six_without_a_licence_word_or_check_digit_stay(scan):
    assert scan("注文番号 2024 12 345678 の件")["findings"] == []
