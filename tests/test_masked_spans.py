"""Mask and restore (issue 14), the service's part: the scan response lists the spans it
masked (every occurrence, with type and the policy's masking choice), the extension's
numbered placeholders are not findings when sent again, and [masking] is policy."""
import pytest

from service.labels import TYPES
from service.policy import PolicyError, load_policy
from service.scanner import Scanner


def rebuild(text, masked):
    """redacted_text from the masked spans alone (code points)."""
    out, done = [], 0
    for m in masked:
        out.append(text[done:m["start"]])
        out.append(TYPES[m["type"]].placeholder)
        done = m["end"]
    return "".join(out) + text[done:]


@pytest.mark.parametrize("text", [
    "申請者の前橋花子さん（電話 027-231-0000）への回答文を作って。前橋花子さんには花子さんと書く。",
    "𠮷田花子さんのマイナンバーは 7057 8622 2560 、連絡先は hanako@example.jp です",
    "山田花子さんから電話。山田さんは生活保護を受けている。",
    "Excelで平均を求める関数を教えてください",
])
def test_masked_spans_are_exactly_what_redacted_text_replaced(scan, text):
    r = scan(text)
    masked = r["masked"]
    assert rebuild(text, masked) == r["redacted_text"]
    assert all(a["end"] <= b["start"] for a, b in zip(masked, masked[1:]))
    for m in masked:
        assert set(m) == {"type", "start", "end", "masking"}


def test_every_repeat_of_a_name_is_a_masked_span_of_its_own(scan):
    text = "前橋花子さんから申請。前橋花子さんの件は花子さん本人に連絡。"
    r = scan(text)
    values = [text[m["start"]:m["end"]] for m in r["masked"] if m["type"] == "PERSON"]
    assert values.count("前橋花子") == 2 and "花子" in values


def test_masking_choice_follows_the_default_policy(scan):
    r = scan("山田花子さんは生活保護を受けている。")
    by_type = {m["type"]: m["masking"] for m in r["masked"]}
    assert by_type["PERSON"] == "numbered"
    assert by_type["SENSITIVE_PERSONAL_INFO"] == "block_only"


def test_numbered_placeholders_sent_again_are_not_findings(scan):
    r = scan("〔氏名1〕さん（電話 〔電話番号1〕）と〔氏名2〕さんへ。控え 〔電話番号2・末尾5678〕、番号 〔個人番号1〕")
    assert r["verdict"] == "allow", r["findings"]


def test_a_value_next_to_a_numbered_placeholder_is_still_found(scan):
    r = scan("〔氏名1〕さんと前橋花子さんへの回答文")
    assert r["verdict"] == "block"
    assert [m["type"] for m in r["masked"]] == ["PERSON"]
    r = scan("控え：〔電話番号1〕090-1234-5678")
    assert [m["type"] for m in r["masked"]] == ["PHONE_NUMBER"]


def test_only_the_service_labels_make_a_numbered_placeholder(scan):
    """〔前橋花子1〕 is not a placeholder: the name inside is still found."""
    r = scan("申請者 〔前橋花子1〕 さんへの回答文")
    assert r["verdict"] == "block", r


def test_policy_masking_override_and_validation(tmp_path, morphology):
    p = tmp_path / "policy.toml"
    p.write_text('[masking]\nPHONE_NUMBER = "last4"\nPERSON = "block_only"\n', encoding="utf-8")
    pol = load_policy(p)
    assert pol.masking_for("PHONE_NUMBER") == "last4"
    assert pol.masking_for("PERSON") == "block_only"
    assert pol.masking_for("CONFIDENTIAL_MARKING") == "block_only"  # default kept
    assert pol.masking_for("EMAIL_ADDRESS") == "numbered"
    r = Scanner(pol, analyser=morphology).scan("電話 090-1234-5678 の前橋花子さん")
    assert {m["type"]: m["masking"] for m in r["masked"]} == {"PHONE_NUMBER": "last4", "PERSON": "block_only"}
    p.write_text('[masking]\nPHONE_NUMBER = "keep"\n', encoding="utf-8")
    with pytest.raises(PolicyError, match="masking.PHONE_NUMBER"):
        load_policy(p)
    p.write_text('[masking]\nNOPE = "numbered"\n', encoding="utf-8")
    with pytest.raises(PolicyError, match="masking.NOPE"):
        load_policy(p)


def test_policy_endpoint_tells_the_masking_of_each_type(client):
    types = client.get("/v1/policy").get_json()["types"]
    assert types["PERSON"]["masking"] == "numbered"
    assert types["CONFIDENTIAL_MARKING"]["masking"] == "block_only"
    assert all(t["masking"] in ("numbered", "last4", "block_only") for t in types.values())
