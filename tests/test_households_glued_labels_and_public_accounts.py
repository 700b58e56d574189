"""Classes met on the blind-written sets fc23 and val23 once opened (round of 2026-12-05): a named
person's household and a word of a foreign name said again, a phone glued to its label, a surname a
dictionary reads as a place, insurance numbers opening with the insurer's name, kanji-numeral lots,
rooms of a building named after its word, romaji addresses with 丁目 or a 大字, birth-date headings in
kana, a pupil named after the school and year, real rows pasted "as a sample" — each beside the twin
that must stay as it is: words a dictionary cuts into a name, a landmark named after a 丁目, a
shelter one buys, a group named by a sensitive word, a treasurer's account on a payment slip."""
from __future__ import annotations

import pytest

from support import findings_of


def redacted(scan, text):
    return scan(text)["redacted_text"]


# -- a named person said again -------------------------------------------------------------------
def test_a_named_persons_household_is_masked_with_the_name(scan):
    text = ("見分調書の下書きです。\n出火場所：前橋市江木町1198-2 荒木 智恵 方\n"
            "状況：荒木方の台所のこんろ付近が強く焼けている。荒木宅の北側は畑。")
    red = redacted(scan, text)
    assert "荒木" not in red


def test_a_word_of_a_romaji_name_said_again_with_an_honorific_is_masked(scan):
    text = ("ベトナム語にしてください。\nNGUYEN THI HONG NHUNG 様\n在留カード番号 UH48203715EK\n"
            "（Nhung さんは日本語の読み書きが少し難しいとのことです）")
    assert "Nhung" not in redacted(scan, text)


def test_a_word_of_a_romaji_name_without_honorific_or_title_stays(scan):
    # 'Hong Kong' shares a word with the name but is no mention of her
    text = "NGUYEN THI HONG NHUNG 様の在留期間を更新しました。Hong Kong 経由で帰国予定。"
    assert "Hong Kong" in redacted(scan, text)


def test_a_surname_the_dictionary_reads_as_a_place_takes_an_honorific_and_a_phone(scan):
    text = "傍聴者から資料の送付希望があり、事務局で対応（連絡先：石川様 080-5521-3098）。"
    result = scan(text)
    assert result["verdict"] == "block" and "石川" not in result["redacted_text"]


@pytest.mark.parametrize("text", ["前橋市と高崎市の人口を比べてください。", "石川県の観光地を3つ挙げて"])
def test_places_without_an_honorific_are_no_surnames(scan, text):
    assert scan(text)["verdict"] == "allow"


# -- numbers glued to their labels or opening with a name ------------------------------------------
@pytest.mark.parametrize("text", ["申請者：小池 利明（個人）℡027-251-7306", "自宅TEL0272-51-7306 まで折り返し"])
def test_a_phone_glued_to_its_label_is_found(scan, text):
    assert findings_of(scan(text), "PHONE_NUMBER")


def test_digits_after_a_word_that_merely_ends_in_tel_are_no_phone(scan):
    assert not findings_of(scan("HOTEL0272-51-7306 は客室の内線表の行番号です"), "PHONE_NUMBER")


def test_an_insurance_symbol_opening_with_the_insurers_short_name_is_masked(scan):
    text = "国民健康保険 被保険者証\n記号・番号：前橋 7204・55816\n世帯主：矢島 由美子"
    result = scan(text)
    assert findings_of(result, "JP_HEALTH_INSURANCE") and "7204・55816" not in result["redacted_text"]


# -- addresses written in unforeseen ways ------------------------------------------------------------
def test_a_lot_number_in_kanji_numerals_after_a_spaced_town_is_an_address(scan):
    text = "請求者氏名　坂本 友里\n登録住所　前橋市 箱田町 一〇〇五番地三"
    assert "一〇〇五番地三" not in redacted(scan, text)


def test_a_kanji_numeral_ordinal_after_a_space_is_no_address(scan):
    assert not findings_of(scan("議事 第 三番目の議題に移ります"), "JP_ADDRESS")


def test_a_room_of_a_building_named_after_its_word_is_masked_beside_a_resident(scan):
    text = "宅内漏水調査：使用者 本田 聡美 様（朝日町 ハイツ朝日 203号室）、給湯管から漏水。"
    assert "203号室" not in redacted(scan, text)


def test_the_same_room_in_a_repair_order_without_a_resident_stays(scan):
    assert scan("ハイツ朝日 203号室の漏水修繕を業者に依頼する文書を作って")["verdict"] == "allow"


@pytest.mark.parametrize("text, value", [
    ("My address is Maebashi-shi, Minami-cho 3-chome 18-7, Sun Heights 102. My phone is 080-4172-6639.", "18-7"),
    ("Hi, this is Carlos Mendoza Ruiz. I live at Sojamachi Soja 2210-4. Please call me back.", "2210-4"),
])
def test_a_romaji_address_with_its_chome_or_its_oaza_is_masked(scan, text, value):
    assert value not in redacted(scan, text)


def test_an_english_word_between_a_romaji_town_and_a_year_is_no_address(scan):
    assert not findings_of(scan("The Omotecho Festival 2024-10 schedule is attached."), "JP_ADDRESS")


@pytest.mark.parametrize("text", [
    "前橋まつりの交通規制：国道50号（本町二丁目交差点〜本町一丁目交差点）を車両通行止めにします。",
    "南町三丁目バス停の時刻表を英語にしてください。",
])
def test_a_landmark_named_after_a_chome_is_no_address(scan, text):
    assert scan(text)["verdict"] == "allow"


# -- birth dates, pupils and real rows -------------------------------------------------------------
def test_a_birth_date_column_headed_in_half_width_kana_is_masked(scan):
    text = "名簿を並べ替えて。\nｼﾒｲ,ｾｲﾈﾝｶﾞｯﾋﾟ,ｶﾞｯｸ\nｺﾊﾞﾔｼ ﾕｳﾄ,H27.06.03,岩神小\nｱｵｷ ﾋﾏﾘ,H27.09.21,城南小"
    red = redacted(scan, text)
    assert "H27.06.03" not in red and "H27.09.21" not in red


def test_a_date_under_another_kana_heading_stays(scan):
    text = "ｹｲﾔｸﾋﾞ,ｼﾖｳﾘｮｳ\nH27.06.03,120"
    assert "H27.06.03" in redacted(scan, text)


def test_a_pupil_named_after_the_school_and_year_with_a_one_kanji_given_name_is_masked(scan):
    text = "・中川小 6年 西村 蒼（要保護：生活保護受給世帯）"
    assert "西村 蒼" not in redacted(scan, text)


def test_a_teacher_after_the_schools_year_in_a_sentence_stays(scan):
    assert scan("前橋市立中川小 6年生の西村 先生による公開授業の案内")["verdict"] != "block"


def test_real_rows_pasted_as_a_sample_of_the_format_are_masked(scan):
    text = ("このCSVを読み込むコードを書いてください。サンプルとして実データを数行貼ります。\n\n"
            "職員番号,氏名,所属,生年月日\n19045,渡辺 剛,道路管理課,1971-05-08\n20117,近藤 結衣,子育て支援課,1989-11-23")
    red = redacted(scan, text)
    assert "渡辺 剛" not in red and "近藤 結衣" not in red


def test_rows_declared_made_up_stay_a_sample(scan):
    text = ("テスト用のサンプルデータ（架空）です。\n\n"
            "職員番号,氏名,所属\n19045,渡辺 剛,道路管理課\n20117,近藤 結衣,子育て支援課")
    assert "渡辺 剛" in redacted(scan, text)


# -- words that only look like a name, a place or a fact -------------------------------------------------
@pytest.mark.parametrize("text", [
    "PM2.5 の注意喚起（日平均 70μg/㎥ 超の予測）はありませんでした。",
    "小林業者の一覧（林業の事業者）を作って",
])
def test_words_the_dictionary_cuts_into_a_surname_and_a_given_name_are_no_name(scan, text):
    assert not findings_of(scan(text), "PERSON")


@pytest.mark.parametrize("text", ["山田太郎さんへの回答文を作って", "申請者：中田英寿"])
def test_unspaced_full_names_are_still_names(scan, text):
    assert findings_of(scan(text), "PERSON")


def test_a_shelter_named_by_what_it_withstands_is_no_hiding_place(scan):
    text = "耐震改修補助のチラシ：耐震シェルター設置：上限 30万円（申込は建築指導課のみ）"
    assert scan(text)["verdict"] == "allow"


def test_where_a_dv_shelter_is_stays_non_public(scan):
    text = "DV被害者の避難に使っている民間シェルターは元保養所の建物で、今は3世帯が入っています。"
    assert findings_of(scan(text), "NONPUBLIC_INFO")


def test_a_group_named_by_a_sensitive_word_and_its_support_is_no_ones_fact(scan):
    text = "教育委員会の会議録（公開済み）です。\n意見交換：不登校児童生徒の支援（校内教育支援センターの設置状況）について"
    assert scan(text)["verdict"] == "allow"


def test_a_sons_truancy_beside_a_pupils_room_still_blocks(scan):
    assert scan("長男は不登校で、生徒の相談室に通っている")["verdict"] == "block"


@pytest.mark.parametrize("text", [
    "納付書の裏面：指定金融機関（群馬銀行 本店営業部 普通預金 前橋市会計管理者 口座番号 0101234）でお支払いいただけます。",
    "振込先：群馬銀行 県庁支店 普通預金 1234560 口座名義 前橋市会計管理者",
])
def test_the_treasurers_account_on_a_payment_slip_warns_at_most(scan, text):
    assert scan(text)["verdict"] != "block"


def test_a_residents_account_still_blocks(scan):
    assert scan("振込先：群馬銀行 本店 普通 0101234 名義 山田 太郎")["verdict"] == "block"


# -- non-public matters stated in ways the rules did not read -------------------------------------------
@pytest.mark.parametrize("text", [
    "9月議会に提出予定の条例案の骨子です。まだ議会にも会派にも説明していません。想定質問を5つ作ってください。",
    "商店街の店舗から「公表しない」という約束で提供してもらった売上データです。効果を分析してください。",
    ("市立高校の推薦入試の小論文課題の候補です。表現を見てください。\n\n"
     "課題候補A：「地方都市にとって『にぎわい』とは何か。あなたの住む地域を例に、800字以内で論じなさい。」\n"
     "課題候補B：「生成AIを学校の授業で使うことの利点と課題について、具体例を挙げて論じなさい。」\n"
     "課題候補C：「グラフを読み取り、20年後の課題を提案しなさい。」\n試験日は1月28日。"),
])
def test_non_public_matters_stated_plainly_are_flagged(scan, text):
    assert findings_of(scan(text), "NONPUBLIC_INFO")


@pytest.mark.parametrize("text", [
    "指定管理者制度とは何ですか。入札予定価格の決め方を一般的に教えて",
    "「他言しない約束」を英語で何と言いますか。",
    "入試の小論文の書き方のコツを教えて",
])
def test_general_questions_about_the_same_matters_pass(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_a_name_the_text_then_addresses_as_anata_stays_blocked_whatever_the_judge_says(scan):
    text = "感謝状の文面を作ってください。「佐藤 淳 殿　あなたは長年にわたり通学路の見守り活動に尽力され…」という書き出しで。"
    assert scan(text)["verdict"] == "block"


# -- fc24 (scored as first contact, then opened) -------------------------------------------------
def test_a_mobile_dictated_in_kanji_numerals_with_spaced_no_is_masked(scan):
    assert "二六一八" not in redacted(scan, "今井 ミツさんの娘さんより。携帯 〇九〇 の 二六一八 の 四四七〇 まで。")


def test_a_room_where_someone_lives_alone_is_masked(scan):
    text = "市営住宅 広瀬団地 ８号棟３０５号室 に一人で住む80代の男性、最近、認知症が進んでいるようで"
    assert "３０５号室" not in redacted(scan, text)


def test_a_date_after_a_rosters_sex_column_is_a_birth_date(scan):
    text = "第12投票区 生方 裕子　女　平成11年１月２８日　総社町総社1604-2"
    assert "平成11年１月２８日" not in redacted(scan, text)


def test_a_date_after_a_statistics_sex_heading_stays(scan):
    assert not findings_of(scan("男女別 2024年4月1日 集計の表を作って"), "DATE_OF_BIRTH")


def test_a_forms_english_name_labels_mask_their_values(scan):
    red = redacted(scan, "Can you check this form? Family name: NGUYEN / Given name: VAN THANH")
    assert "VAN THANH" not in red and "NGUYEN" not in red


def test_an_english_name_label_with_an_instruction_after_it_stays(scan):
    assert not findings_of(scan("Family name: (in capitals)"), "PERSON")


def test_a_prefectural_offices_own_address_does_not_block(scan):
    assert scan("群馬県庁の住所（〒371-8570 群馬県前橋市大手町1-1-1）を、宛名ラベルの様式に直して。")["verdict"] != "block"


@pytest.mark.parametrize("text", [
    "市立高校の入学者選抜（学校独自問題）の国語の読解問題を作っています。設問3の模範解答と部分点の基準を考えて。",
    "社会福祉法人の指導監査の結果（法人への通知前）です。\n・理事会の議事録に署名漏れ\n・経理規程と異なる随意契約",
])
def test_exam_questions_in_the_making_and_findings_before_notice_are_flagged(scan, text):
    assert findings_of(scan(text), "NONPUBLIC_INFO")


def test_how_to_write_entrance_exam_questions_in_general_passes(scan):
    assert scan("入試問題の作り方のコツを教えて")["verdict"] == "allow"
