"""Normalisation for matching, and the exact map back to the original's code points."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.normalize import NormalizedText


def test_full_width_digits_and_dashes():
    n = NormalizedText("電話０７０－７７３７－３１９７です")
    assert n.text == "電話070-7737-3197です"
    s = n.text.index("070")
    assert n.original_text(s, s + len("070-7737-3197")) == "０７０－７７３７－３１９７"


def test_every_dash_becomes_ascii():
    for dash in "-‐‑‒–—―−－":
        assert NormalizedText(f"090{dash}1234{dash}5678").text == "090-1234-5678"


def test_long_vowel_mark_only_between_digits():
    assert NormalizedText("０９０ー１２３４ー５６７８").text == "090-1234-5678"
    assert NormalizedText("ナカジマ サユリ").text == "ナカジマ サユリ"
    assert NormalizedText("コーヒー1杯").text == "コーヒー1杯"


def test_zero_width_and_bidi_marks_vanish_but_map_back():
    original = "090\u200d-1234\u200b-5678\u200f"
    n = NormalizedText(original)
    assert n.text == "090-1234-5678"
    assert n.span(0, len(n.text)) == (0, len(original) - 1)


def test_astral_characters_keep_code_point_offsets():
    original = "𠮷田さんの番号は１２３"
    n = NormalizedText(original)
    i = n.text.index("123")
    assert n.span(i, i + 3) == (original.index("１２３"), len(original))
    assert n.span(0, 2) == (0, 2)


def test_expanding_characters_map_to_their_source():
    original = "㈱まえばし"
    n = NormalizedText(original)
    assert n.text == "(株)まえばし"
    assert n.span(0, 3) == (0, 1)


def test_fast_path_is_identity():
    n = NormalizedText("plain ascii 123")
    assert n.text == "plain ascii 123"
    assert n.span(6, 11) == (6, 11)


@given(st.text(max_size=200))
def test_spans_always_map_inside_the_original(text):
    n = NormalizedText(text)
    for i in range(len(n.text)):
        s, e = n.span(i, i + 1)
        assert 0 <= s < e <= len(text)
    if n.text:
        s, e = n.span(0, len(n.text))
        assert 0 <= s < e <= len(text)


def test_kanji_digit_runs_become_digits():
    n = NormalizedText("電話は〇九〇の一二三四の五六七八です")
    assert "090-1234-5678" in n.text
    i = n.text.index("090")
    assert n.original_text(i, i + 13) == "〇九〇の一二三四の五六七八"


def test_kanji_digit_groups_joined_by_a_middle_dot_become_digits():
    # vertical-writing documents group a long number with ・ (四二四八・九六七〇・二八三六)
    n = NormalizedText("個人番号　四二四八・九六七〇・二八三六")
    assert "4248-9670-2836" in n.text
    assert NormalizedText("一・二年生と三・四年生").text == "一・二年生と三・四年生"


def test_short_kanji_numerals_stay_prose():
    for t in ("三丁目五番八号", "二〇二六年", "一二三", "第一二三号"):
        assert NormalizedText(t).text == t


def test_spaced_out_digits_are_joined():
    assert "09012345678" in NormalizedText("0 9 0 1 2 3 4 5 6 7 8").text
    assert "09012345678" in NormalizedText("０　９　０　１　２　３　４　５　６　７　８").text
    assert NormalizedText("1 2 3 です").text == "1 2 3 です"


def test_number_broken_after_dash_and_pictographs():
    assert NormalizedText("090-1234-\n5678").text == "090-1234-5678"
    assert NormalizedText("090📞1234📞5678").text == "090-1234-5678"
    assert NormalizedText("行1\n行2").text == "行1\n行2"


def test_variant_kanji_of_surnames_match_their_usual_form():
    original = "𠮷田さんと髙橋さんと山﨑さん"
    n = NormalizedText(original)
    assert n.text == "吉田さんと高橋さんと山崎さん"
    assert n.original_text(0, 2) == "𠮷田"


def test_variant_surname_is_found_and_fully_redacted(scan):
    r = scan("担当は𠮷田太郎さんです")
    assert r["verdict"] == "block"
    assert r["redacted_text"] == "担当は<氏名>さんです"


@given(st.text(alphabet=st.sampled_from(list("ab０１-－ー—ア\u200b\u200d㈱ｶﾞ 　𠮷髙9〇一二の")), max_size=120))
def test_segment_map_matches_a_per_character_reference(text):
    from service.normalize import _evasion_overrides, _plain

    n = NormalizedText(text)
    # Reference: normalise character by character, remembering each output's source.
    overrides = _evasion_overrides(text)
    ref_text, ref_src = [], []
    for i, ch in enumerate(text):
        if i in overrides:
            rep = overrides[i]
        elif ch in "ーｰ":
            rep = "?"  # '-' or 'ー' by context: one character either way
        else:
            rep = _plain(ch)
        # a half-width voicing mark composed into the character before it belongs to that one
        end = i + 2 if (rep and text[i + 1:i + 2] in ("\uff9e", "\uff9f") and overrides.get(i + 1) == "") else i + 1
        ref_text.extend(rep)
        ref_src.extend([(i, end)] * len(rep))
    assert len(n.text) == len(ref_text)
    for j, src in enumerate(ref_src):
        assert n.span(j, j + 1) == src
        if ref_text[j] != "?":
            assert n.text[j] == ref_text[j]


def test_normalised_span_of_an_original_character():
    n = NormalizedText("a㈱\u200bb")
    assert n.text == "a(株)b"
    assert n.normalised_span(0) == (0, 1)
    assert n.normalised_span(1) == (1, 4)
    assert n.normalised_span(2) == (None, None)
    assert n.normalised_span(3) == (4, 5)


def test_ocr_text_with_a_space_between_every_character_is_joined():
    n = NormalizedText("申　請　者　氏　名　　森 下　ゆ か り\n住所　前 橋 市 広 瀬 町 一 丁 目 ２ ５ 番 地 ４")
    # (the full-width space between the family and the given name, wider than the others, stays as one space)
    assert "申請者氏名" in n.text and "森下 ゆかり" in n.text
    assert "前橋市広瀬町一丁目25番地4" in n.text
    i = n.text.index("森下 ゆかり")
    assert n.original_text(i, i + 6) == "森 下　ゆ か り"


@pytest.mark.parametrize("text", ["私 は 元気 です", "A B C D", "山田 花子さん", "1 + 2 = 3"])
def test_ordinary_spaced_text_is_left_alone(text):
    assert NormalizedText(text).text == text


def test_ocr_spaced_form_is_scanned_like_a_clean_one(scan):
    r = scan("個 人 番 号　" + " ".join("688236965106") + "\n申 請 者　前 田 美 咲")
    types = {f["type"] for f in r["findings"]}
    assert "JP_MY_NUMBER" in types and r["verdict"] == "block"


def test_half_width_katakana_with_voicing_marks_compose():
    n = NormalizedText("ｼﾓﾀﾞ ｹｲｺ ﾏｲﾅﾝﾊﾞｰ")
    assert n.text == "シモダ ケイコ マイナンバー"
    assert n.original_text(0, 3) == "ｼﾓﾀﾞ"  # the mark belongs to ダ: redaction takes it too
    i = n.text.index("マイナンバー")
    assert n.original_text(i, i + 6) == "ﾏｲﾅﾝﾊﾞｰ"
