"""A family member who shares a surname with a private person found in the text is a name too
(service/detectors/kin.py): a relative written where no other rule looks must not stay in clear
beside one who was redacted."""
import pytest

from support import findings_of


@pytest.mark.parametrize("text,member", [
    # a spaced OCR label before the child, the parent found in an ordinary slot
    ("就 学 援 助 申 請 書\n児 童 氏 名 梶原 悠真 学 年 3年\n保護者氏名 梶原 千夏\n住所 前橋市石倉町三丁目4番2号", "梶原 悠真"),
    # a household list where only the head of household has a slot word
    ("世帯主：須藤 健吾（昭和55年2月9日生）\n同居 須藤 さくら 小学2年\n同居 須藤 陽向 年長", "須藤 さくら"),
    ("相談者 杉浦 美代子さん（68）。夫 杉浦 昭は入院中、同居の杉浦 誠は無職。", "杉浦 誠"),
])
def test_a_relative_with_the_same_surname_is_found_and_redacted(scan, text, member):
    result = scan(text)
    assert member not in result["redacted_text"], result["findings"]
    start = text.index(member)
    assert any(f["start"] <= start + 2 and start + len(member) <= f["end"] for f in findings_of(result, "PERSON")), result["findings"]


@pytest.mark.parametrize("text,kept", [
    # the surname before a title, a place or an organisation is no family member
    ("申請者 大塚 由美子さん（大塚町在住）から、大塚 課長あてに電話がありました。", "大塚 課長"),
    ("申請者 大塚 由美子さん（大塚町在住）から、大塚地区の集会所について相談。", "大塚地区"),
    ("担当 高木 直樹 は、高木小学校の学区について説明した。", "高木小学校"),
    # the surname again with an honorific and a particle: a repeat, not a member named さんは
    ("指導は栗林 康弘さんが引き受けた。栗林さんは「楽しい」と話した。", "栗林さんは"),
])
def test_the_surname_before_a_title_place_or_organisation_is_no_relative(scan, text, kept):
    result = scan(text)
    start = text.index(kept)
    kin = [f for f in findings_of(result, "PERSON") if f["reason"].startswith("文中の個人と同じ姓")]
    assert not [f for f in kin if f["start"] < start + len(kept) and start < f["end"]], kin


def test_no_private_name_no_relatives(scan):
    # a famous or public name found at warn level at most starts nothing
    text = "市長 山本 龍 は記者会見で、山本 副市長とともに新庁舎の計画を説明した。"
    result = scan(text)
    assert not [f for f in findings_of(result, "PERSON") if f.get("reason", "").startswith("文中の個人と同じ姓")]
