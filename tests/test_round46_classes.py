"""Classes found on first contact in stop 46 (the known misses carried over from stop 45's notes and the tuning sets
written blind this round), each beside a harmless twin where one exists."""
from __future__ import annotations


def _masked(result, *values) -> bool:
    return not any(v in result["redacted_text"] for v in values)


# -- names that look like places or words, said by their bearer -------------------------------------------------------

def test_a_place_like_full_name_said_by_its_bearer_after_a_verb_or_a_greeting_is_masked(scan):
    r = scan("挨拶文を整えて。\n本日司会を務めます大和 春日と申します。")
    assert r["verdict"] == "block" and _masked(r, "大和 春日")
    r = scan("自己紹介を直して。\n日向 明日香です。よろしくお願いします。")
    assert r["verdict"] == "block" and _masked(r, "日向 明日香")
    r = scan("はじめまして、田中 希望です。4月から配属になりました。")
    assert r["verdict"] == "block" and _masked(r, "田中 希望")


def test_an_office_or_a_place_greeting_in_the_same_frame_passes(scan):
    for text in ("はじめまして、中央 図書館です。", "こんにちは、前橋 市役所です。", "本日は前橋 駅前です。",
                 "お疲れ様です。総務課 庶務係です。"):
        assert scan(text)["verdict"] == "allow", text
