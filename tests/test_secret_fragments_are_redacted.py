"""The front part of a flagged secret, quoted again elsewhere in the same text, is redacted with it
(「…の前半 AbC123xy だけメモに残した」): otherwise the redacted text hands ChatGPT half the key.
A vendor's prefix alone, and a few shared characters, are not. Invented values."""
from __future__ import annotations

import pytest

from support import findings_of


@pytest.mark.parametrize("text, fragment", [
    ("キーは sk-proj-Tq84LmZxR2vN7cW1pYa9KdE3hJ6s の前半 sk-proj-Tq84LmZx だけメモに残しました。", "sk-proj-Tq84LmZx"),
    ("DB_PASSWORD=Hx9$kLm2Qw7!Rt4z\n旧い設定では Hx9$kLm2Q までしか書いていませんでした。", "Hx9$kLm2Q"),
])
def test_the_front_of_a_flagged_secret_quoted_again_is_redacted(scan, text, fragment):
    result = scan(text)
    assert findings_of(result, "CREDENTIAL")
    assert fragment not in result["redacted_text"]


def test_a_vendor_prefix_alone_is_left(scan):
    text = "キー sk-proj-Tq84LmZxR2vN7cW1pYa9KdE3hJ6s は失効済み？ 形式は sk-proj- で始まるものです。"
    assert "sk-proj- で始まる" in scan(text)["redacted_text"]


def test_a_few_shared_characters_are_left(scan):
    text = "password: Hx9$kLm2Qw7!Rt4z です。ところで型番 Hx9$kLm の機器は別件です。"
    assert "型番 Hx9$kLm の機器" in scan(text)["redacted_text"]


@pytest.mark.parametrize("text, secret", [
    ("アカウント発行のお知らせを整えて。\n初期パスワード：\nWq7!mZ3x#Lp9\n初回ログイン後に変更してください。", "Wq7!mZ3x#Lp9"),
    ("Wi-Fiの設定メモ\nパスワードは\nN4v#82kLqx\nです", "N4v#82kLqx"),
])
def test_a_password_on_the_line_after_its_word_is_redacted(scan, text, secret):
    result = scan(text)
    assert findings_of(result, "CREDENTIAL")
    assert secret not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "パスワード\n変更の手順を教えて",
    "パスワードの決め方\n8文字以上、記号を含める",
    "## Password\nSettings are in the admin panel.",
])
def test_a_password_heading_over_ordinary_text_is_not_a_value(scan, text):
    assert not findings_of(scan(text), "CREDENTIAL")
