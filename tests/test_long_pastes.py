"""Long pastes (train51, "the long paste", stop 30): a whole newsletter, report or set of minutes is public but
full of look-alikes, and one personal detail may hide in it. What a long text says somewhere far away (公表, a
facility list, a statistics paragraph) must not decide what a sentence means here, and a term's own characters
are no description of a person."""
from __future__ import annotations

from support import types_of

FILLER = ("本市の人口は約33万人で、年齢3区分別では、15歳未満が約11％、65歳以上が約29％となっている。\n\n"
          "学校給食では地元の農産物を積極的に使用しており、地場産物の使用割合は金額ベースで約40％である。\n\n")


def test_a_statistics_sentence_on_truancy_is_no_ones_sensitive_fact(scanner):
    r = scanner.scan(FILLER + "不登校の児童生徒数は全国的に増加傾向にあり、本市でも同様の状況である。\n\n" + FILLER)
    assert r["verdict"] == "allow"


def test_a_named_pupils_truancy_still_blocks(scanner):
    r = scanner.scan("林様の長男が不登校になっている。担任から母親へ連絡した。")
    assert "SENSITIVE_PERSONAL_INFO" in types_of(r)


def test_a_programme_for_single_parent_families_is_no_ones_description(scanner):
    r = scanner.scan("以下の報告書を、市民向けの分かりやすい文章に書き直してください。\n\n" + FILLER +
                     "ひとり親家庭への支援としては、児童扶養手当の支給のほか、就業支援講習会や学習支援事業を実施している。"
                     "学習支援は市内4会場で週1回開催し、大学生ボランティアが中学生の学習をサポートしている。")
    assert "SENSITIVE_PERSONAL_INFO" not in types_of(r)


def test_a_survey_answer_about_cancer_screening_is_no_ones_illness(scanner):
    r = scanner.scan("アンケート自由記述の抜粋です。要約してください。\n\nNo.79（60代・男性）がん検診の無料クーポンが届いて受診するきっかけになった。")
    assert "SENSITIVE_PERSONAL_INFO" not in types_of(r)


def test_a_home_address_the_text_names_as_one_blocks_in_a_long_published_minutes(scanner):
    r = scanner.scan("令和6年度 空家等対策協議会 会議録（ホームページで公開済みの部分を含む）\n\n" + FILLER +
                     "事務局：当該特定空家等の所有者は市外に転居しているが、登記簿上の住所である前橋市岩神町四丁目8番21号には"
                     "郵便が届かず、現在調査中である。\n\n" + FILLER)
    assert "JP_ADDRESS" in types_of(r) and "四丁目8番21号" not in r["redacted_text"]


def test_facilities_listed_in_a_district_newsletter_do_not_block(scanner):
    r = scanner.scan("以下の原稿を、高齢の読者にも分かりやすい表現に直してください。\n\n桂萱地区 自治会連合会だより　第41号\n\n"
                     + FILLER + "◆ 地区内の図書室のご案内\n・桂萱地区公民館図書室　前橋市東片貝町316番地1　電話 027-266-3471（月曜休館）\n"
                     "・桂萱地区児童館 絵本コーナー　前橋市上泉町1789番地　電話 027-269-0512\n")
    assert r["verdict"] != "block"


def test_a_resident_named_in_a_district_newsletter_is_still_masked(scanner):
    r = scanner.scan("自治会だより（第58号）の原稿です。読みやすく整えて。\n\n模擬店では、婦人部長の生方 和子さんを中心に"
                     "12人が準備にあたりました。")
    assert "生方 和子" not in r["redacted_text"]
