"""Classes met on a blind-written set of judgement calls (train29): a colloquial マル秘 at the head,
JSON records after one holding an example.com address, a published press release describing one
person without a name, a card's PIN format in a counter guide — each beside its twin."""
from __future__ import annotations

from support import findings_of


def test_maru_hi_said_colloquially_at_the_head_is_a_marking(scan):
    result = scan("マル秘なので扱いに気をつけてほしいんですが、来年度の保育所の定員見直し案をお知らせの文体にしてください。")
    assert findings_of(result, "CONFIDENTIAL_MARKING") and result["verdict"] == "block"


def test_a_question_about_the_maru_hi_mark_is_no_marking(scan):
    assert findings_of(scan("マル秘マークの付け方と、付いた文書の扱い方を教えて"), "CONFIDENTIAL_MARKING") == []


def test_every_json_record_of_people_is_masked_though_one_before_it_holds_an_example_address(scan):
    text = ('[\n  {"name": "笠原 陸斗", "birth": "2009-07-23", "mail": "rikuto.k@example.com"},\n'
            '  {"name": "藤生 ひかり", "birth": "2010-02-11", "mail": "hikari.fujiu@example.jp"}\n]')
    assert "藤生 ひかり" not in scan(text)["redacted_text"]


def test_json_records_introduced_as_samples_stay(scan):
    text = 'サンプルデータ（架空）です。\n[{"name": "前橋 太郎", "birth": "1990-01-01"}]'
    assert findings_of(scan(text), "PERSON") == []


def test_a_published_announcement_describing_one_person_without_a_name_passes(scan):
    text = ("すでに報道発表した懲戒処分のお知らせを、庁内向けの注意喚起文に書き直してください。\n\n"
            "市職員（40代男性、主査）が、出張旅費を不正に請求していたとして、停職1月の懲戒処分とした。")
    assert scan(text)["verdict"] != "block"


def test_the_same_description_in_an_unpublished_record_is_flagged(scan):
    text = ("懲戒処分の記録を要約して。\n\n"
            "市職員（40代男性、主査）が、出張旅費を不正に請求していたとして、停職1月の懲戒処分とした。")
    assert findings_of(scan(text), "SENSITIVE_PERSONAL_INFO")


def test_a_cards_pin_format_in_a_counter_guide_is_no_security_particular(scan):
    text = ("窓口で配る説明を作っています。箇条書きにして。\n・暗証番号（4桁と6〜16桁の英数字）を決めてくること\n"
            "・代理人受け取りはやむを得ない場合のみ")
    assert scan(text)["verdict"] == "allow"


def test_an_insured_number_after_the_abbreviated_label_is_masked(scan):
    result = scan("後期高齢者医療 被保番号 10384427　堀越 廣吉さん（89）")
    assert findings_of(result, "JP_HEALTH_INSURANCE") and "10384427" not in result["redacted_text"]


def test_a_document_saying_it_holds_confidential_matter_is_marked(scan):
    text = "ベンダーの提案書の抜粋です。\n\n■本資料は株式会社アカギシステムズの社外秘情報を含みます■\n1. 現行システムは…"
    assert findings_of(scan(text), "CONFIDENTIAL_MARKING")


def test_a_question_about_handling_confidential_documents_is_no_marking(scan):
    assert findings_of(scan("社外秘情報を含む資料の扱い方を教えて"), "CONFIDENTIAL_MARKING") == []
