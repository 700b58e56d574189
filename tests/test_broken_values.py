"""Accidental evasions: a value broken by a line break (LF, CRLF, with spaces), spaced out
(OCR), wrapped in inline Markdown, or carrying control characters is still found, and every
piece of it is masked. Harmless multi-line text (lists, tables, code, rosters of public
words) is not flagged for being multi-line.

Property tests (Hypothesis) split each kind of secret at every possible place."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, example, given, settings, strategies as st

from service.normalize import NormalizedText, line_breaks_in_values, normalize

from test_detectors_ids import my_number

MY_NUMBER = my_number("43812765039")

# (kind, sentence with {} for the value, the value): each blocked when written plainly.
SECRETS = [
    ("my_number", "申請者の個人番号は {} です", f"{MY_NUMBER[:4]} {MY_NUMBER[4:8]} {MY_NUMBER[8:]}"),
    ("my_number_plain", "個人番号：{}", MY_NUMBER),
    ("card", "カード番号 {} で決済してください", "4539 1488 0343 6467"),
    ("ip", "職員端末の接続元は {} です", "192.168.40.12"),
    ("email", "連絡は {} までお願いします", "t.yamada1985@gmail.com"),
    ("marking", "{}来年度の組織改正案について", "【部外秘】"),
    ("password", "サーバのパスワード={} です", "Zx9kq2M77Lp"),
    ("address", "住所は{}です", "前橋市朝日町三丁目28番3号"),
    ("name", "本日、{}さんが来庁されました。", "小野寺雅美"),
    ("birth", "生年月日 {} の方", "1985年4月12日"),
    ("phone", "携帯 {} に折り返し", "090-4821-7730"),
]
SEPARATORS = ["\n", "\r\n", " \n", "\n ", "\r\n\u3000"[:2]]


@pytest.fixture(scope="module")
def baseline(scan):
    out = {}
    for kind, sentence, value in SECRETS:
        result = scan(sentence.format(value))
        assert result["verdict"] == "block", kind  # the kit is only meaningful if the plain form blocks
        out[kind] = result["verdict"]
    return out


def pieces(variant: str) -> list[str]:
    """The visible pieces of a broken value (what must not survive redaction)."""
    for junk in ("\r", "\n", "*", "_", "~", "\u3000", "\x00", "\x07", "\x1b", "\x7f"):
        variant = variant.replace(junk, " ")
    return [p for p in variant.split() if len(p.strip("【】")) >= 2]


def assert_found_and_masked(scan, kind, sentence, variant):
    result = scan(sentence.format(variant))
    assert result["verdict"] == "block", (kind, variant)
    left = [p for p in pieces(variant) if p in result["redacted_text"]]
    assert not left, (kind, variant, result["redacted_text"])


split_case = st.sampled_from(SECRETS).flatmap(
    lambda s: st.tuples(st.just(s), st.integers(1, len(s[2]) - 1), st.sampled_from(SEPARATORS)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(split_case)
@example(((SECRETS[0]), 6, "\n"))
@example(((SECRETS[5]), 3, "\r\n"))
@example(((SECRETS[7]), 3, "\n"))
def test_a_value_broken_by_a_line_break_is_found_and_every_piece_masked(scan, baseline, case):
    (kind, sentence, value), k, sep = case
    assume(value[k - 1] != " " and value[k] != " ")  # breaking at a space is just a wrapped line
    assert_found_and_masked(scan, kind, sentence, value[:k] + sep + value[k:])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(SECRETS).flatmap(
    lambda s: st.tuples(st.just(s), st.lists(st.integers(1, len(s[2]) - 1), min_size=2, max_size=3, unique=True))))
def test_a_value_broken_over_three_or_four_lines_is_found(scan, baseline, case):
    (kind, sentence, value), cuts = case
    cuts = sorted(cuts)
    assume(all(value[k - 1] != " " and value[k] != " " for k in cuts))
    parts, prev = [], 0
    for k in cuts:
        parts.append(value[prev:k])
        prev = k
    parts.append(value[prev:])
    assert_found_and_masked(scan, kind, sentence, "\n".join(parts))


@pytest.mark.parametrize("kind, sentence, value", SECRETS)
@pytest.mark.parametrize("marker", ["**", "__", "~~", "*"])
def test_inline_markdown_around_a_value_is_ignored(scan, baseline, kind, sentence, value, marker):
    assert_found_and_masked(scan, kind, sentence, f"{marker}{value}{marker}")


@pytest.mark.parametrize("text, value", [
    ("【**部外秘**】来年度の組織改正案", "部外秘"),
    ("本日、山田**花子**さんが来庁", "花子"),
    ("生年月日は**1985年4月12日**です", "1985年4月12日"),
    ("住所は__前橋市朝日町三丁目__28番3号です", "前橋市朝日町三丁目"),
])
def test_markdown_inside_a_value_is_ignored(scan, text, value):
    result = scan(text)
    assert result["verdict"] == "block" and value not in result["redacted_text"]


@pytest.mark.parametrize("kind, sentence, value", [s for s in SECRETS if s[0] in ("my_number", "card", "phone", "ip")])
@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\x7f", "\x85"])
def test_control_characters_inside_a_number_vanish(scan, baseline, kind, sentence, value, control):
    k = len(value) // 2
    assert_found_and_masked(scan, kind, sentence, value[:k] + control + value[k:])


@pytest.mark.parametrize("text, hidden", [
    ("【部 外 秘】来年度の組織改正案について", "部 外 秘"),
    ("【 部 外 秘 】来年度の組織改正案について", "部 外 秘"),
    ("本日、申請者の山 田 花 子さんが来庁されました。", "山 田 花 子"),
    ("生年月日 1985 年 4 月 12 日 の方", "1985 年 4 月 12 日"),
    ("生年月日 一九八五年四月一二日 の方", "一九八五年四月一二日"),
    ("昭和六十年十月二十三日生まれの申請者", "昭和六十年十月二十三日"),
    # OCR spacing of ASCII values: an IP address, an e-mail address, a 7-digit account number
    ("スキャンした設定票：接続先 1 9 2 . 1 6 8 . 4 0 . 1 2 に変更", "1 9 2 . 1 6 8 . 4 0 . 1 2"),
    ("申込書のメール欄： t . y a m a d a 1 9 8 5 @ g m a i l . c o m", "t . y a m a d a 1 9 8 5 @ g m a i l . c o m"),
    ("振込先 群馬銀行 本店 普通 2 4 6 8 1 3 7 名義 ヤマダ ハナコ", "2 4 6 8 1 3 7"),
    # a line that ends in a digit and a dash goes on with the number, even on an indented line
    ("申請者　電話　090-\n　　　　　　4827-1365", "4827-1365"),
])
def test_spaced_and_kanji_numeral_forms_are_found(scan, text, hidden):
    result = scan(text)
    assert result["verdict"] == "block", result["findings"]
    assert hidden not in result["redacted_text"]


def test_kanji_numeral_dates_map_back_to_the_original():
    n = NormalizedText("昭和六十年十月二十三日")
    assert n.text == "昭和60年10月23日"
    start = n.text.index("23")
    assert n.original_text(start, start + 2) == "二十三"


@pytest.mark.parametrize("text", ["A1*B1*C1", "=SUM(A2*B2*C2)", "2**8 と 3**2", "user_name_id",
                                  "def f(*args, **kwargs):", "A 案 と B 案", "x = a_b + c_d",
                                  "I have a b c d options", "v 1 . 2 . 3", "評価は A B C D E の5段階"])
def test_markdown_and_spacing_rules_leave_code_and_short_words_alone(text):
    assert normalize(text) == text


HARMLESS_LINES = [
    "・議事録の作成", "・会場の予約", "1. 開会あいさつ", "2. 議題の説明", "令和6年度,1200,300",
    "令和7年度,1350,280", "項目,件数,割合", "for i in range(10):", "    total += i", "return total",
    "SELECT name FROM facilities", "WHERE ward = '中央'", "熱中症に注意しましょう", "こまめに水分を補給",
    "会議室A", "会議室B", "2026", "1200", "| 区分 | 件数 |", "|---|---|", "| 道路 | 12 |",
    "前橋市役所", "市民課", "窓口の受付時間", "午前8時30分から", "午後5時15分まで", "version: 3", "name: build",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(HARMLESS_LINES), min_size=2, max_size=8), st.sampled_from(["\n", "\r\n"]))
# found by Hypothesis on a fresh clone: three bare 4-digit lines joined into a 12-digit run whose
# check digit passes by chance (a licence number's shape) — a joined number needs more than a warn
@example(lines=["2026", "1200", "2026"], newline="\n")
def test_harmless_multi_line_text_is_not_flagged_for_its_line_breaks(rules_scan, lines, newline):
    # The rules' joining of broken values is under test (the learned layer judges content).
    scan = rules_scan
    for line in lines:
        assume(scan(line)["verdict"] == "allow")
    result = scan(newline.join(lines))
    assert result["verdict"] == "allow", (lines, result["findings"])


def test_list_items_numbered_rows_labels_and_indented_lines_are_not_joined():
    text = "氏名：山田\n・会場\n1. 議題\n案件2：道路\n16\u3000松本\n    return x\nVERSION:3.0\nNo.5 区分"
    assert line_breaks_in_values(text) == []


def test_two_phone_numbers_on_two_lines_stay_two(scan):
    result = scan("連絡先一覧\n090-4821-7730\n080-5966-5425")
    phones = [f for f in result["findings"] if f["type"] == "PHONE_NUMBER"]
    assert len(phones) == 2
    assert result["redacted_text"].count("\n") == 2


@pytest.mark.parametrize("text, name", [
    ("Please summarize:\n\n> I am writing about my neighbor, Fujimo-\n> to Kaoru, who was hospitalized.", "Kaoru"),
    ("The applicant, Sato-\nmi Ishikawa, disclosed that she was treated for alcohol dependence.", "Sato"),
])
def test_a_romaji_name_hyphenated_at_a_line_end_is_found_and_masked_whole(scan, text, name):
    result = scan(text)
    assert result["verdict"] == "block"
    assert name not in result["redacted_text"]
    assert "-\n" not in result["redacted_text"]


def test_a_word_hyphenated_at_a_line_end_in_prose_is_joined_and_nothing_more():
    assert normalize("a well-\nknown fact") == "a wellknown fact"
    assert normalize("x = a-\nB") == "x = a-\nB"


def test_a_kanji_surname_with_a_japanese_honorific_written_in_english_is_a_name(scan):
    result = scan("I am worried because I visit 藤本 san every week; he has tuberculosis.")
    assert "藤本" not in result["redacted_text"]
    assert scan("San Francisco と 東京 san の比較")["findings"] == []


def test_a_numeric_birth_date_with_spaced_separators_is_a_birth_date(scan):
    result = scan("OCR結果の誤字を直して：\nDate of Birth 1996 / 04 / 12\nNationality VIET NAM")
    assert "1996 / 04 / 12" not in result["redacted_text"]
    assert normalize("3.5 - 2 と 5 / 3") == "3.5 - 2 と 5 / 3"


def test_an_ocr_address_spaced_everywhere_after_its_chome_is_masked(scan):
    result = scan("OCR結果の誤字を直して：\n氏名 小野寺 キヨ\n住所 前橋市 荒牧町 4 丁目 2 2 - 9\n電話 027-231-4406")
    assert "2 2 - 9" not in result["redacted_text"]
    assert normalize("第3 丁目 の 5 - 3 問題") == "第3 丁目 の 5 - 3 問題"
