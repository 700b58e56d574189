"""The scanner's own rules: evidence → action, allowlist, repeats, overlaps, redaction.

A small detector that reports fixed words stands in for real detectors here, so these
tests pin the scanner's behaviour whatever the detectors find.
"""
import re

import pytest
from hypothesis import example, given, settings, strategies as st

from service.detectors.base import Candidate, Detector
from service.detectors.evidence import BLOCK, WARN
from service.policy import load_policy
from service.scanner import Scanner


class WordDetector(Detector):
    def __init__(self, words):
        super().__init__()
        self.words = words  # {word: (type, score)}

    def analyze(self, doc):
        out = []
        for word, (ftype, score) in self.words.items():
            for m in re.finditer(re.escape(word), doc.text):
                out.append(Candidate(ftype, m.start(), m.end(), score, "テスト"))
                break  # only the first: repeats are the scanner's job
        return out


@pytest.fixture()
def make_scanner(morphology):
    def make(words, policy=None):
        s = Scanner(policy or load_policy(), analyser=morphology)
        s.detectors = [WordDetector(words)]
        s.learned = None  # these tests are about the scanner's mechanics, not the learned layer
        return s
    return make


def test_score_to_action(make_scanner):
    s = make_scanner({"強い": ("PERSON", BLOCK), "弱い": ("PERSON", WARN), "無視": ("PERSON", WARN - 0.01)})
    r = s.scan("強い、弱い、無視")
    assert [(f["start"], f["action"]) for f in r["findings"]] == [(0, "block"), (3, "warn")]
    assert r["verdict"] == "block"
    assert r["redacted_text"] == "<氏名>、<氏名>、無視"


def test_allow_type_is_informational_and_not_redacted(make_scanner):
    r = make_scanner({"1234567890123": ("JP_CORPORATE_NUMBER", 0.95)}).scan("法人番号 1234567890123")
    assert r["verdict"] == "allow"
    assert r["findings"][0]["action"] == "allow" and r["findings"][0]["classification"] == "III"
    assert r["redacted_text"] == "法人番号 1234567890123"


def test_findings_carry_contract_fields(make_scanner):
    r = make_scanner({"秘": ("CONFIDENTIAL_MARKING", 0.9)}).scan("【秘】")
    f = r["findings"][0]
    assert set(f) >= {"type", "start", "end", "action", "classification", "label", "score", "reason"}
    assert f["classification"] == "II" and f["label"] == "秘密区分の表示"


def test_repeats_of_a_flagged_value_are_flagged_and_redacted(make_scanner):
    r = make_scanner({"北爪": ("PERSON", 0.9)}).scan("北爪さんと北爪さんと北爪さん")
    assert [f["start"] for f in r["findings"]] == [0, 5, 10]
    assert "北爪" not in r["redacted_text"]


def test_offsets_index_the_original_text(make_scanner):
    text = "𠮷田の番号は０９０－１２３４－５６７８"
    r = make_scanner({"090-1234-5678": ("PHONE_NUMBER", 0.9)}).scan(text)
    f = r["findings"][0]
    assert text[f["start"]:f["end"]] == "０９０－１２３４－５６７８"
    assert r["redacted_text"] == "𠮷田の番号は<電話番号>"


def test_overlapping_findings_redact_as_one_region(make_scanner):
    r = make_scanner({"前橋市昭和町2丁目": ("JP_ADDRESS", 0.9), "昭和町2丁目27番8号": ("JP_ADDRESS", 0.9),
                      "27番8号の家": ("PERSON", 0.9)}).scan("住所は前橋市昭和町2丁目27番8号の家です")
    assert "27番8号" not in r["redacted_text"]
    assert r["redacted_text"].count("<") == 1
    assert len([f for f in r["findings"] if f["type"] == "JP_ADDRESS"]) == 1  # same type merged


def test_allowlisted_value_is_never_flagged(make_scanner):
    s = make_scanner({"027-224-1111": ("PHONE_NUMBER", 0.95), "前橋市大手町二丁目12番1号": ("JP_ADDRESS", 0.95)})
    r = s.scan("問い合わせ：前橋市役所（前橋市大手町二丁目12番1号、０２７－２２４－１１１１）")
    assert r["verdict"] == "allow" and r["findings"] == []


def test_a_broken_detector_fails_the_scan_closed(make_scanner, caplog):
    from service.scanner import ScanFailed

    s = make_scanner({"山田": ("PERSON", 0.9)})

    class Broken(Detector):
        def analyze(self, doc):
            raise RuntimeError("boom " + doc.text)

    s.detectors.insert(0, Broken())
    with pytest.raises(ScanFailed):
        s.scan("山田さん")
    assert "山田" not in caplog.text and "Broken" in caplog.text


@pytest.mark.parametrize("text", [
    "氏名,個人番号,所属\n浅野美咲,{mn},会計課\n",
    "申請者：北村 遼（平成3年5月6日生）、携帯 090-4821-7730、住所 前橋市若宮町二丁目8番14号",
    "【取扱注意】職員の自宅は 192.168.40.12 から接続、パスワードは Zx9-kq2M-77 です",
    "Dear Ms. Ingrid Solberg, your card 4111 1111 1111 1111 was declined.",
])
def test_sending_the_redacted_text_again_is_not_blocked(scan, text):
    from test_detectors_ids import my_number

    text = text.replace("{mn}", my_number("43812765039"))
    first = scan(text)
    assert first["verdict"] == "block"
    again = scan(first["redacted_text"])
    assert again["verdict"] != "block", again["findings"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 6), st.sampled_from(
    ["PERSON", "PHONE_NUMBER", "JP_ADDRESS"])), max_size=12), st.text(" 　\t山田a1-", min_size=60, max_size=80))
def test_own_redaction_replaces_exactly_as_presidio_would(spans, text):
    """The scanner's single-pass redaction must give Presidio's `replace` result (its default
    conflict handling and its merging of same-type regions with spaces between) on one line.
    Across a line break it deliberately differs (next test): Presidio's `^( )+$` lets `$`
    match before a newline, so it merges 「山田 ⏎佐藤」 into one placeholder."""
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    from service.labels import TYPES
    from service.scanner import Finding, _non_overlapping, _replace_regions

    findings = [Finding(t, s, min(s + n, len(text)), "block", 0.9, "") for s, n, t in spans
                if s < len(text)]  # the scanner never redacts an empty span
    regions = _non_overlapping(findings)
    operators = {t: OperatorConfig("replace", {"new_value": i.placeholder}) for t, i in TYPES.items()}
    expected = AnonymizerEngine().anonymize(
        text, [RecognizerResult(f.type, f.start, f.end, f.score) for f in regions], operators=operators).text
    assert _replace_regions(text, regions) == expected


def test_names_on_separate_lines_keep_their_own_placeholders_and_the_line_breaks():
    from service.scanner import Finding, _replace_regions

    text = "山田太郎 \n佐藤花子\r\n鈴木一郎　田中"
    regions = [Finding("PERSON", 0, 4, "block", 0.9, ""), Finding("PERSON", 6, 10, "block", 0.9, ""),
               Finding("PERSON", 12, 16, "block", 0.9, ""), Finding("PERSON", 17, 19, "block", 0.9, "")]
    assert _replace_regions(text, regions) == "<氏名> \n<氏名>\r\n<氏名>　<氏名>"


def test_many_findings_redact_every_occurrence(make_scanner):
    s = make_scanner({"北爪": ("PERSON", 0.9), "秘": ("CONFIDENTIAL_MARKING", 0.9)})
    text = "【秘】北爪さんへ。北爪さんの件。" * 3000
    redacted = s.scan(text)["redacted_text"]
    assert "北爪" not in redacted and redacted.count("<氏名>") == 6000


@settings(max_examples=400, deadline=None)
@example("あああ", [(0, 1)], "ああ")  # the plain loop skips the occurrence overlapping a taken one
@example("1212121", [(0, 2)], "1212")
@given(st.text(alphabet="あいア山田1-\x00 ", max_size=40), st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=6),
       st.text(alphabet="あいア山田1-\x00 ", min_size=1, max_size=4))
def test_repeats_are_searched_for_only_outside_what_is_taken_exactly_as_the_plain_search_finds_them(text, taken, value):
    """FreeText (the repeat search of a roster's hundreds of values) gives exactly the occurrences
    the plain find loop meets that touch nothing taken, self-overlapping values (「ああ」) included."""
    from service.detectors.base import FreeText

    mask = [False] * (len(text) + 1)
    for s, e in taken:
        for i in range(s, min(e, len(text))):
            mask[i] = True
    plain, pos = [], text.find(value)
    while pos != -1:
        if not any(mask[pos:pos + len(value)]):
            plain.append(pos)
        pos = text.find(value, pos + len(value))
    got = [p for p in FreeText(text, taken).occurrences(value) if not any(mask[p:p + len(value)])]
    assert got == plain
