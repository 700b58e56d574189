"""An office's or facility's phone line printed in a text written for the public (a flyer, a
poster, a notice for the 回覧板, a press release, the newsletter's event column) is published: it
is not reported at all. The same number in a case record, a person's number in a flyer, a mobile
number and a line whose text is no public document still are. The city's own number is
allowlisted in its international form too. Invented texts (issue 16, holdout13/holdout14 classes)."""
from __future__ import annotations

import pytest

from support import findings_of

PUBLISHED_LINES = [
    "図書館のおはなし会のチラシを作っています。文面を明るくしてください。\n"
    "日時：12月14日（土）10時30分～\n会場：南部図書館 2階 おはなしの部屋\n問合せ：南部図書館 027-266-4310",
    "ポスターの下の段に入れる問い合わせ先の書き方を整えて。「健康増進課（保健センター内）027-220-5781」",
    "広報紙のイベント欄の原稿です。見出しと本文に分けて。\n"
    "冬の星空観察会。1月18日（土）午後6時から。参加無料、定員30人。申込みは児童文化センター（電話027-231-4428）へ。",
    "報道資料の末尾をいつもの書式にして。\n（問い合わせ先）\n前橋市 農政部 農林課\n電話：027-898-6712（直通）",
    "市のホームページに載せる案内を整えて。\n問い合わせ先\n前橋市役所 農政部 農村整備課\n電話 027-898-6781　FAX 027-898-6790",
    "Please polish this English notice. The pool will be closed for repairs in March. For details, call the "
    "Municipal Sports Office at 027-231-8411.",
    "回覧板用のお知らせです。A4一枚に収まるように整えて。\n"
    "道路の舗装工事のため、12月3日から5日まで通行止めになります。\n問合せ：道路維持課 027-898-6833",
]

STILL_REPORTED = [
    # a person's line in a flyer: the name on the line, or an honorific
    "町内清掃のチラシを作って。\n集合：8時 公民館前\n問合せ：班長 関口 027-231-7788",
    "ポスターの連絡先は「申込みは世話人の石原さん（027-251-6640）まで」としてください。",
    # a mobile number is somebody's, even in a flyer
    "イベントのチラシです。問合せ：実行委員会 090-4412-7730",
    # a case record that mentions a flyer only at its end is no flyer
    "相談記録を要約して。\n相談者：本人 小暮 ミツ（79歳）\n住所：前橋市西片貝町3丁目21番地5\n電話：027-243-6619\n"
    "内容：訪問販売で浄水器を契約した。\n" + "経過の説明が続く。" * 30 + "\n民生委員には注意喚起のチラシを配ってもらう。",
]


@pytest.mark.parametrize("text", PUBLISHED_LINES)
def test_an_office_line_printed_for_the_public_is_not_reported(scan, text):
    assert not findings_of(scan(text), "PHONE_NUMBER")


@pytest.mark.parametrize("text", STILL_REPORTED)
def test_a_personal_or_unpublished_line_is_still_reported(scan, text):
    assert findings_of(scan(text), "PHONE_NUMBER")


def test_an_office_line_outside_a_public_document_passes_too(scan):
    # an office's own line is public (Ⅳ) in an internal note as in a flyer
    result = scan("来週の打合せの件で、資産税課 027-898-6104 に確認してから返事をください。")
    assert result["verdict"] == "allow"


@pytest.mark.parametrize("text", [
    "Please proofread our English leaflet: For questions, call Maebashi City Hall at +81-27-224-1111.",
    "Contact: City Hall switchboard, +81 (0)27 224 1111, weekdays 8:30-17:15.",
])
def test_the_city_halls_allowlisted_number_written_internationally_is_allowed(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_a_different_number_in_the_international_form_is_still_a_phone(scan):
    assert findings_of(scan("My home number is +81-27-224-1187, please call after six."), "PHONE_NUMBER")


def test_an_office_named_after_a_person_and_right_before_the_number_owns_it(scan):
    text = "講座の案内です。講師：料理研究家 宮下 彩 さん　参加費500円　問合せ：東公民館 027-263-5521"
    phones = findings_of(scan(text), "PHONE_NUMBER")
    assert all(f["action"] != "block" for f in phones)


def test_a_person_named_right_before_the_number_owns_it(scan):
    text = "東公民館の講座です。問合せは講師の宮下さん 027-263-5521 まで"
    assert any(f["action"] == "block" for f in findings_of(scan(text), "PHONE_NUMBER"))


def test_an_offices_address_in_a_public_call_for_applications_is_not_reported(scan):
    text = ("指定管理者の募集要項の問合せ先を整えて。前橋市 スポーツ課 担当：関根、電話 027-898-6510、"
            "メール sports@city.maebashi.gunma.jp")
    result = scan(text)
    assert not findings_of(result, "EMAIL_ADDRESS") and not findings_of(result, "PHONE_NUMBER")


def test_a_staff_members_own_address_in_a_public_text_still_counts(scan):
    text = "募集要項の問合せ先：スポーツ課 関根 sekine.taro@city.maebashi.gunma.jp"
    assert findings_of(scan(text), "EMAIL_ADDRESS")


def test_a_departments_number_in_the_citys_own_contact_block_is_not_reported(scan):
    text = "通知文の末尾の署名を整えて。\n前橋市 市民部 市民課\n〒371-8601 前橋市大手町二丁目12番1号\n電話 027-898-6240"
    assert not findings_of(scan(text), "PHONE_NUMBER")


def test_a_person_at_the_city_halls_address_keeps_their_number(scan):
    text = "相談者 木村 真央\n〒371-8601 前橋市大手町二丁目12番1号 気付\n電話 027-898-6240"
    assert findings_of(scan(text), "PHONE_NUMBER")
