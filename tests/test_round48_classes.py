"""Classes found on first contact in stop 48 (the tuning sets written blind this round: kana forms for children,
rural lots, foreign pupils, neighbour disputes, sample data, personal data inside code), each beside a harmless twin
where one exists. Texts here are written for the test, not copied from the sets."""
from __future__ import annotations


def _masked(result, *values) -> bool:
    return not any(v in result["redacted_text"] for v in values)


def _types(result) -> set:
    return {f["type"] for f in result["findings"]}


# -- forms written in kana for small children and their parents -------------------------------------------------------

def test_a_kana_name_after_a_slot_word_spelled_in_hiragana_is_masked(scan):
    r = scan("ほごしゃ あて の おしらせ を つくって。\n\nじどう：たかつか みのり（うさぎ ぐみ）\nほごしゃ：たかつか けいこ\n"
             "りゆう：べっきょ ちゅう の ちちおや に しられたく ない")
    assert r["verdict"] == "block" and _masked(r, "たかつか みのり", "たかつか けいこ")


def test_a_slot_and_its_colon_with_the_next_field_on_the_same_line_still_names_the_child(scan):
    r = scan("きゅうしょく の しじ ひょう に して。\nじどう：やまぎし こうた　ねんしょう（ひよこ ぐみ）\nじょきょ：こむぎ")
    assert _masked(r, "やまぎし こうた")


def test_a_kana_full_name_with_a_space_before_its_honorific_in_text_spaced_for_young_readers_is_masked(scan):
    r = scan("ALT の せんせい に つたえて。\n2ねん1くみ の おぎわら はるき くん は ぜんそく が あり、たいいく は みがく です。")
    assert _masked(r, "おぎわら はるき")
    r = scan("くらすだより に のせて。\n・ほりこし さよ ちゃん（5がつ 2にち うまれ）5さい")
    assert _masked(r, "ほりこし さよ")


def test_list_lines_that_each_open_with_a_kana_name_and_its_columns_are_a_roster(scan):
    r = scan("歯科健診の結果を、保護者あての個別お知らせ文にしてください。\n\n2ねん1くみ\n"
             "・いしづか そうた：むしば 3ほん（C2）、はやめ に はいしゃ へ\n・ねもと るい：しにくえん の うたがい、はみがき しどう")
    assert r["verdict"] == "block" and _masked(r, "いしづか そうた", "ねもと るい")
    r = scan("欠席の理由をまとめて報告を作って。\n\n3ねん2くみ　1月20日〜24日\n・くらもち そら　1/20〜1/24　インフルエンザA\n"
             "・おの だいち　1/22　ふくつう")
    assert _masked(r, "くらもち そら", "おの だいち")


def test_list_lines_of_a_plain_japanese_how_to_pass(scan):
    for text in ("てあらい の しかた を おしえて。\n・てを あらう：せっけん で 30びょう\n・はを みがく：ごはん の あと",
                 "やさい の なまえ を ならべて。\n・だいこん\n・にんじん\n・たまねぎ"):
        assert scan(text)["verdict"] == "allow", text


def test_a_roster_with_a_reading_column_the_dictionary_does_not_know_masks_the_reading(scan):
    r = scan("卒園証書の名簿です。和暦にそろえて。\n1　杉浦 悠翔　すぎうら はると　2019/06/11\n2　大舘 湊翔　おおだて みなと　2019/08/17")
    assert r["verdict"] == "block" and _masked(r, "すぎうら はると", "おおだて みなと")


def test_a_latin_name_and_its_katakana_in_the_next_field_of_a_record_are_both_masked(scan):
    r = scan('誕生日順に並べたい。\nkids = [\n  {"name": "Ochoa Valentina", "kana": "オチョア・バレンティナ", "birth": "2013-05-02"},\n'
             '  {"name": "Rahman Arif", "kana": "ラフマン・アリフ", "birth": "2013-04-22"},\n]')
    assert _masked(r, "オチョア・バレンティナ", "ラフマン・アリフ")


def test_a_romaji_column_beside_a_kana_name_column_is_masked_however_it_is_capitalised(scan):
    r = scan("Sort this roster by date of birth.\n\nsakamoto Riku, さかもと りく, 2018-06-14, 1-2\n"
             "Hoshino Mei, ほしの めい, 2018-11-02, 1-1\nTSUCHIYA Kou, つちや こう, 2019-01-25, 1-2")
    assert r["verdict"] == "block" and _masked(r, "sakamoto Riku", "Hoshino Mei", "TSUCHIYA Kou")


def test_a_template_row_marked_as_its_example_names_no_one(scan):
    r = scan("名簿テンプレートの列を見直して。\n\nくみ,じどうめい,ふりがな,アレルギー\n（れい）ひよこ,サンプル 1,さんぷる いち,なし\n"
             "（れい）りす,サンプル 2,さんぷる に,たまご")
    assert r["verdict"] == "allow"


def test_a_child_introducing_themself_in_kana_is_masked(scan):
    r = scan("じこしょうかい カード を ぶんしゅう に して。\nわたしのなまえは カミラ・オオシロ です。たんじょうびは 6月3日 です。")
    assert _masked(r, "カミラ・オオシロ")


def test_an_address_written_in_hiragana_is_masked_and_a_hiragana_town_alone_passes(scan):
    r = scan("おうぼ はがき の ないよう を いちらん に して。\nおなまえ：いしづか はな（5さい）\n"
             "ごじゅうしょ：まえばしし おおともまち 2ちょうめ 14-7")
    assert r["verdict"] == "block" and _masked(r, "14-7")
    assert scan("そうじゃまち の よみかた を おしえて。")["verdict"] == "allow"


def test_a_number_after_a_label_spelled_in_kana_is_read_as_after_the_kanji_label(scan):
    r = scan("こうざ へんこう とどけ を うけつけ ました。\nこうざ ばんごう：3817264\nひほけんしゃ ばんごう：52013397")
    assert {"JP_BANK_ACCOUNT", "JP_HEALTH_INSURANCE"} <= _types(r) and _masked(r, "3817264", "52013397")


# -- the other lots of a dispute or a survey ----------------------------------------------------------------------------

def test_a_neighbouring_parcel_or_flat_said_without_its_town_is_masked_as_the_address_beside_it(scan):
    r = scan("立会いの記録を整えて。\n場所：前橋市青柳町字西浦 518番2 の境界\n土地所有者 内藤 進（518番2）、隣地所有者 石原 ミツ（518番6）")
    assert _masked(r, "518番6")
    r = scan("苦情の引継ぎ書を作って。\n苦情者：市営広瀬団地 3号棟 104号室 佐野 恵\n相手方：同 204号室 井田 勝")
    assert _masked(r, "204号室")
    r = scan("除雪の依頼。\n住所は前橋市富士見町赤城山字大洞甲1031番地の2 です。同じ字の 根岸 与一 さん（甲1044番地、80歳）も")
    assert _masked(r, "甲1044番地")


def test_lots_in_a_text_without_a_personal_address_pass(scan):
    assert scan("地番の表記について：642番1 と 642番3 は分筆後の地番です。登記の手続きを教えて。")["verdict"] == "allow"


# -- samples and real data said so ---------------------------------------------------------------------------------------

def test_rows_said_to_be_taken_from_production_are_real_even_when_called_test_data(scan):
    r = scan("テスト用に本番データから3件抜きました。督促状の差し込み用CSVのヘッダー案を考えて。\n\n通知番号,氏名,税目,滞納額\n"
             "R6-00211,須賀 春香,市県民税,52400\nR6-00219,樋田 康之,固定資産税,318700")
    assert r["verdict"] == "block" and _masked(r, "須賀 春香", "樋田 康之")


def test_only_the_row_said_to_be_the_sample_is_one(scan):
    r = scan("このCSVの電話番号の表記ゆれをそろえるExcel関数を作って。1行目は記入例です。\n\n氏名,フリガナ,生年月日,電話番号\n"
             "山田太郎(記入例),ヤマダタロウ,1980/1/1,000-0000-0000\n奥澤 陸,オクザワ リク,1994/3/22,08031672259\n"
             "藤ノ木 湊,フジノキ ミナト,2001/11/05,090-2284-6610")
    assert r["verdict"] == "block" and _masked(r, "奥澤 陸")


def test_a_sample_address_marked_as_such_or_with_placeholder_marks_passes(scan):
    for text in ("婚姻届の記入例をやさしい日本語にして。\n本籍：前橋市大手町二丁目12番地（記入例）",
                 "■ 記入例\n新しい住所：前橋市○○町1丁目2番3号　○○アパート101号室\n引っ越した人：山田 太郎（記入例）"):
        assert scan(text)["verdict"] == "allow", text


def test_a_fixture_declared_dummy_passes_though_it_says_real_people_are_unrelated(scan):
    r = scan("# ※すべて架空のダミーデータです（実在の人物・住所とは無関係）\napplicant:\n  name: テスト 太郎\n  kana: テスト タロウ\n"
             "  birth_date: 2000-01-01\n  address: 群馬県前橋市〇〇町0-0-0\n  tel: 000-0000-0000")
    assert r["verdict"] == "allow"


# -- personal data and secrets inside code -------------------------------------------------------------------------------

def test_a_birth_date_in_an_html_input_named_birthday_is_masked(scan):
    r = scan('<label>生年月日</label><input type="date" name="birthday" value="1992-03-14">')
    assert r["verdict"] == "block" and _masked(r, "1992-03-14")


def test_a_secret_in_a_json_list_of_name_value_pairs_is_masked_and_a_template_variable_passes(scan):
    r = scan('"header": [{"key": "x-api-key", "value": "9b2e7d41-03c6-4f7a-b8e1-5d2c6a9f0e37"}]')
    assert "CREDENTIAL" in _types(r) and _masked(r, "9b2e7d41-03c6-4f7a-b8e1-5d2c6a9f0e37")
    assert scan('"header": [{"key": "x-api-key", "value": "{{apiKey}}"}]')["verdict"] == "allow"


def test_phones_in_a_list_of_shops_are_the_shops_lines(scan):
    r = scan("キャンペーン参加店の一覧です。チラシにして。\n\n店名,ジャンル,電話\nトラットリア桑町,イタリアン,027-289-7713\n"
             "中華 龍園,中華,027-251-0391")
    assert r["verdict"] != "block"
    r = scan("連絡網です。\n\n氏名,電話\n中島 茂,027-251-0391\n片山 涼子,027-289-7713")
    assert r["verdict"] == "block"


# -- first contact with fc46 (moved to tests/data after its score) -----------------------------------------------------

def test_the_members_of_a_group_split_by_slashes_are_names_whether_or_not_a_note_follows_each(scan):
    r = scan("修学旅行の班別行動表。配慮事項の書き方を統一したい。\n\n1班：青柳 悠真（班長）／飯塚 葵／鈴木 心（保健室登校中）\n"
             "2班：根本 大輝（てんかん発作歴あり、服薬中）／中野 杏／山口 湊斗")
    assert r["verdict"] == "block" and _masked(r, "飯塚 葵", "中野 杏", "山口 湊斗")


# -- neighbours named by their nameplate, dates and headings in code and exports ------------------------------------------

def test_a_neighbours_name_on_a_nameplate_in_a_record_naming_people_is_masked(scan):
    r = scan("相談記録を整えて。\n相談者：六本木 佳代子 昭和31年2月9日生\n電話：027-231-5907\n"
             "内容：裏の家の室外機がうるさい。裏の人（表札は『星野』）はあいさつもしない。")
    assert _masked(r, "星野")
    r = scan("Complainant: Ricardo Silva Oliveira, tel 080-3391-5527\nThe neighbour (the name plate says \"Hagiwara\") plays loud TV.")
    assert _masked(r, "Hagiwara")


def test_a_nameplate_in_a_text_naming_no_one_passes(scan):
    assert scan("表札に「山田」と書くときの書体のおすすめを教えて。")["verdict"] == "allow"


def test_a_birth_date_written_as_code_writes_a_date_is_masked_and_another_date_passes(scan):
    r = scan("デバッガで見た値です。\n>>> r\nResident(name='細井 正子', birth=datetime.date(1948, 1, 5), household_id='H0093311')")
    assert r["verdict"] == "block" and _masked(r, "1948, 1, 5")
    assert scan("start = datetime.date(2024, 4, 1)  # 年度の初日")["verdict"] == "allow"


def test_a_name_heading_with_the_script_in_brackets_is_a_name_column(scan):
    r = scan("日本語能力測定の結果表です。\n学籍番号,氏名(拼音),学年,今回\n23J0412,Wu Haoyu,中1,3\n23J0418,Zheng Xinyi,中1,2\n"
             "22J0307,Liang Jiaqi,中2,3")
    assert r["verdict"] == "block" and _masked(r, "Wu Haoyu", "Zheng Xinyi", "Liang Jiaqi")


def test_a_mongolian_name_in_cyrillic_after_a_name_slot_is_masked(scan):
    r = scan("受入票です。\n氏名：Батбаяр Тэмүүлэн\n学年：中学2年\n母の連絡先：080-6629-1408")
    assert _masked(r, "Батбаяр Тэмүүлэн")


def test_the_minimum_price_in_a_public_notice_of_a_land_sale_is_published(scan):
    r = scan("市有地売払いの公告を、チラシの文に直して。\n物件番号1　地目 山林　最低売却価格 1,150,000円\n入札日　令和7年6月12日")
    assert not any(f["type"] == "NONPUBLIC_INFO" for f in r["findings"])
    r = scan("市有地の売却について、最低売却価格 1,150,000円 で調整中です。まだ公表前なので説明文を作って。")
    assert any(f["type"] == "NONPUBLIC_INFO" for f in r["findings"])


def test_the_building_and_room_in_the_cell_after_an_address_are_masked_with_it(scan):
    r = scan("宛名ラベル用の式を作りたい。\nA2: 371-0034\nB2: 前橋市昭和町2-11-6\nC2: ハイツ昭和303\nD2: 宮田 瑛太")
    assert r["verdict"] == "block" and _masked(r, "ハイツ昭和303")
    r = scan("建物名の列の書き方を統一したい。\n建物名\nハイツ昭和303\nコーポ南 201")
    assert r["verdict"] == "allow"


def test_a_two_word_kana_value_under_a_reading_key_is_a_name_and_a_sample_record_passes(scan):
    r = scan('名札のスクリプトを直して。\nchildren = [\n    {"name": "六本木 大和", "kana": "ろっぽんぎ やまと", "kumi": "さくら"},\n]')
    assert _masked(r, "ろっぽんぎ やまと")
    assert scan('サンプルデータ（架空）\n{"name": "山田 太郎", "kana": "やまだ たろう"}')["verdict"] == "allow"


def test_every_number_of_a_list_under_a_persons_number_label_is_masked(scan):
    r = scan('生活保護のケース記録を月別に集計したい。\ndf = pd.DataFrame({\n    "氏名": ["湯川 秀一", "蜂谷 澄子"],\n'
             '    "ケース番号": ["H-2211", "H-2307"],\n    "訪問日": ["2024/05/09", "2024/05/21"],\n})')
    assert r["verdict"] == "block" and _masked(r, "H-2211", "H-2307")
