"""Sensitive information on first contact (issue 16), each class with its hard cases:

- a person already anonymised by a letter (Aさん, B氏) in a training case: the sensitive phrase
  warns, not blocks; a relation or a name beside the letter still blocks;
- an age threshold of a statistic (75歳以上, 65歳未満) is no person;
- a case the text says is made up (架空の事例, …という設定で, a role-play) is about no one;
- English case notes go on with she/he once the client is named: the pronoun carries the person
  to a sensitive phrase later in the paragraph; a general English text with a pronoun does not.

Invented texts; none is a corpus line."""
from __future__ import annotations

import pytest

from support import findings_of


@pytest.mark.parametrize("text", [
    "新任職員研修の事例です。「Bさん（40代・女性）は、うつ病の治療中で、窓口で大きな声を出すことがある。」対応のポイントを3つ。",
    "グループ討議用の架空事例を整えて。C氏（80代・独居）は生活保護を受けており、最近は家賃の支払いが遅れている。",
])
def test_a_letter_for_the_person_makes_a_sensitive_phrase_a_warning(scan, text):
    result = scan(text)
    sensitive = findings_of(result, "SENSITIVE_PERSONAL_INFO")
    assert sensitive and all(f["action"] == "warn" for f in sensitive)
    assert result["verdict"] == "warn"


@pytest.mark.parametrize("text", [
    "Aさんの長女は統合失調症で入院しています。",
    "同僚のBさんがうつ病で休職することになりました。",
    "母（84歳）は要介護4で、Aさんが介護しています。",
])
def test_a_relation_or_age_beside_the_letter_still_blocks(scan, text):
    assert scan(text)["verdict"] == "block"


@pytest.mark.parametrize("text", [
    "公表予定の集計表で、ある町の「65歳以上の一人暮らしで認知症の診断あり」が1人です。秘匿の方法を教えて。",
    "統計表の区分を「75歳以上」「65歳未満」にしたとき、要介護認定率の説明文を書いて。",
])
def test_an_age_threshold_of_a_statistic_is_no_person(scan, text):
    assert not any(f["action"] == "block" for f in scan(text)["findings"])


def test_an_age_of_a_person_still_counts(scan):
    assert scan("父（79歳）は認知症の診断を受けました。")["verdict"] == "block"


def test_a_pronoun_carries_a_named_client_to_a_sensitive_phrase_later_in_the_paragraph(scan):
    text = ("Consultation notes. Client: Mr. Diego Alvarez. He came to the desk with his daughter, who is in "
            "the third grade, and asked about school meals and the bus pass for the winter term. He said "
            "the rent is paid on time and the job at the warehouse continues. Later he told us his wife was "
            "violent and that he is afraid to go home.")
    found = findings_of(scan(text), "SENSITIVE_PERSONAL_INFO")
    assert found and any(f["action"] == "block" for f in found)


@pytest.mark.parametrize("text", [
    "Please write a leaflet on domestic violence support. If she or he needs help, a restraining order can be discussed.",
    "Mr. Tanaka will give the talk.\n\nIn the second part she asks whether a protection order was issued.",
])
def test_a_pronoun_without_a_named_person_in_its_paragraph_is_not_enough(scan, text):
    assert not any(f["action"] == "block" for f in findings_of(scan(text), "SENSITIVE_PERSONAL_INFO"))


@pytest.mark.parametrize("text", [
    "窓口研修のロールプレイ用に、架空の相談場面を作って。相談者は40代の男性で、妻がうつ病で家事ができないという設定で。",
    "模擬事例を作ってください。70代の女性、長男からの暴力に悩んでいる設定です。",
])
def test_a_case_said_to_be_made_up_is_about_no_one(scan, text):
    assert not findings_of(scan(text), "SENSITIVE_PERSONAL_INFO")


def test_a_real_case_beside_a_made_up_one_still_blocks(scan):
    text = "架空の事例ではなく実際の相談です。相談者の長男 田島 翔太さんがうつ病で通院中とのこと。"
    assert scan(text)["verdict"] == "block"
