"""Classes found on first contact in stop 47 (the known misses carried over from stop 46's notes and the tuning sets
written blind this round), each beside a harmless twin where one exists."""
from __future__ import annotations


def _masked(result, *values) -> bool:
    return not any(v in result["redacted_text"] for v in values)


# -- rural homes: a 大字 the dictionary cuts into common words --------------------------------------------------------

def test_a_bare_lot_after_a_oaza_cut_into_common_words_with_its_resident_after_it_is_masked(scan):
    r = scan("土のうの配達リストです。ルート順に並べ替えて。\n- 宮城町苗ヶ島 355 都丸 ふさ(84) 5袋\n"
             "- 宮城町鼻毛石 1203 狩野 勘一(91) 10袋")
    assert r["verdict"] == "block" and _masked(r, "苗ヶ島 355", "鼻毛石 1203")
    r = scan("名簿を整えて。\n・宮城町苗ケ島 355 都丸 ふさ(84)")
    assert _masked(r, "苗ケ島 355")


def test_a_oaza_with_a_count_after_it_and_no_resident_passes(scan):
    for text in ("宮城町鼻毛石 355 件の申請がありました（令和6年度）。", "宮城町苗ヶ島 12 世帯が対象です。"):
        assert scan(text)["verdict"] == "allow", text


# -- a residence card's made-up-looking number in a real person's record ---------------------------------------------

def test_a_residence_card_number_with_plain_digits_beside_a_named_holder_is_masked(scan):
    r = scan("The applicant below needs help filling in the form.\n\nName: Rahul Sharma\nResidence card: AB12345678CD\n"
             "Leaving Japan on 30 June 2025")
    assert r["verdict"] == "block" and _masked(r, "AB12345678CD")


def test_the_same_number_in_a_sample_or_without_a_holder_passes(scan):
    for text in ("在留カードの見本\n氏名：YAMADA TARO\n在留カード番号：AB12345678CD",
                 "在留カード番号（例：AB12345678CD）を半角で入力してください。"):
        r = scan(text)
        assert r["verdict"] == "allow" and not any(f["type"] == "JP_RESIDENCE_CARD" for f in r["findings"]), text


# -- one person written in several scripts side by side ---------------------------------------------------------------

def test_the_other_writings_of_a_found_name_in_the_brackets_beside_it_are_masked(scan):
    r = scan("確認書に反映させたいです。\n被保険者：ឈឹម សុវណ្ណារី（Chhim Sovannary／チム・ソワンナリー）\n"
             "被保険者番号：52190734\n個人番号：2039 6929 1515")
    assert r["verdict"] == "block" and _masked(r, "ឈឹម សុវណ្ណារី", "Chhim Sovannary", "チム・ソワンナリー")
    r = scan("注意文を作りたいので整理して。\n・入居者：សុខ ចាន់ធី（ソック・チャンティ、Sok Chanthy）世帯、4人\n"
             "・住戸：市営広瀬団地 12号棟305号室")
    assert r["verdict"] == "block" and _masked(r, "សុខ ចាន់ធី", "Sok Chanthy", "ソック・チャンティ")


def test_an_office_a_place_or_a_title_in_brackets_after_a_name_stays(scan):
    r = scan("相談記録を要約して。\n相談者：Nguyen Van Minh（Maebashi Station、総務課、ケアマネジャー）")
    assert _masked(r, "Nguyen Van Minh")
    assert all(w in r["redacted_text"] for w in ("Maebashi Station", "総務課", "ケアマネジャー"))
    r = scan("案内を訳して。\n会場：Green Dome Maebashi（ヤマダグリーンドーム前橋）")
    assert r["verdict"] == "allow"


# -- public places' own addresses in the countryside -----------------------------------------------------------------

def test_a_village_office_list_a_venue_in_brackets_a_shrine_and_a_roadside_lot_pass(scan):
    for text in ("町村役場の所在地を英語表記にしてください。\n川場村役場　群馬県利根郡川場村大字谷地2390番地2\n"
                 "昭和村役場　群馬県利根郡昭和村大字糸井388番地\n上野村役場　群馬県多野郡上野村大字川和11番地",
                 "プレスリリースを校正して。\n会場：ぐりーんふらわー牧場・大胡（前橋市滝窪町1256番地の1）\n内容：チューリップの摘み取り",
                 "赤城神社（前橋市三夜沢町114）の例大祭に合わせて、シャトルバスの案内文を作ってください。",
                 "路線表を整えて。\n路線名,起点,終点\n原之郷中央線,富士見町原之郷字南原2301番1地先,富士見町原之郷字北原1877番地先"):
        assert scan(text)["verdict"] == "allow", text


def test_a_residents_home_in_the_same_forms_still_blocks(scan):
    r = scan("送付先を整えて。\n住所：群馬県利根郡片品村大字鎌田3967番地3　田中 一郎 様")
    assert r["verdict"] == "block" and _masked(r, "鎌田3967番地3")
    assert "片品村大字" not in r["redacted_text"]  # the village before its 大字 is part of the address
    r = scan("場所：田中 一郎さん宅（前橋市滝窪町1256番地の1）で転倒")
    assert r["verdict"] == "block" and _masked(r, "1256番地の1")


def test_a_lot_in_five_kanji_numerals_one_space_after_its_aza_is_masked(scan):
    r = scan("説明文を作って。\n所有者：故 小林 庄作（住所 前橋市横沢町字大塚 二百四十七番地）")
    assert r["verdict"] == "block" and _masked(r, "二百四十七番地")


# -- rosters written in kana -----------------------------------------------------------------------------------------

def test_kana_names_in_a_roster_beside_a_found_kana_name_are_masked(scan):
    r = scan("見守り訪問の割り振りを表にして。\n・おおはし きく（93）ひとり暮らし　前橋市六供町 812-4　027-221-6637\n"
             "・すがわら まつ（87）前橋市天川大島町 1530-2　027-263-1190\n・もりた かね（95）前橋市関根町 977-15　027-231-4058")
    assert r["verdict"] == "block" and _masked(r, "すがわら まつ", "もりた かね")
    r = scan("会員名簿を整形して。\nおかの いちろう　上泉町1102-3　027-268-0412\nかわしま きみこ　上泉町980-1　027-268-3370\n"
             "さくらい とめじ　堤町455-8　027-268-1925")
    assert r["verdict"] == "block" and _masked(r, "おかの いちろう", "かわしま きみこ", "さくらい とめじ")


def test_a_column_headed_namae_in_hiragana_is_a_name_column_and_its_heading_stays(scan):
    r = scan("はんわけ を して。\nなまえ,がくねん,ほごしゃ れんらくさき\nあおき りく,2ねん,090-2274-8831\nいまい さな,3ねん,080-5541-3307")
    assert r["verdict"] == "block" and _masked(r, "あおき りく", "いまい さな")
    assert "なまえ,がくねん" in r["redacted_text"]


def test_kana_words_in_the_same_rows_that_are_no_names_pass(scan):
    r = scan("歌の一覧を整えて。\nさくら さくら　日本古謡　1番のみ\nふるさと　高野辰之作詞　3番まで\nもみじ　高野辰之作詞　2番まで")
    assert r["verdict"] == "allow"


# -- fc45: a friend in brackets, a sibling with the same family name -------------------------------------------------

def test_a_name_in_brackets_right_after_a_role_word_is_masked(scan):
    r = scan("報告メモにして。\n同行の友人（堤 玲央）は事情聴取後帰宅。")
    assert r["verdict"] == "block" and _masked(r, "堤 玲央")


def test_an_office_in_brackets_after_a_role_word_stays(scan):
    r = scan("案内を直して。\n講師（総務課 庶務係）、会長（前橋 地区）の挨拶")
    assert r["verdict"] == "allow"


def test_a_family_member_with_the_same_family_name_as_a_found_name_is_masked(scan):
    r = scan("返信文を作って。\n「ひよこ組の星野陽向の母です。兄の星野湊（小2）も少しお腹が痛いと言っています。」")
    assert r["verdict"] == "block" and _masked(r, "星野陽向", "陽向", "星野湊")


def test_the_same_family_name_with_an_office_or_house_after_it_is_not_a_new_name(scan):
    r = scan("兄の星野湊（小2）について。星野市長さんの挨拶と星野家の墓所。")
    assert "市長さんの挨拶" in r["redacted_text"] and "家の墓所" in r["redacted_text"]


# -- code, logs, envelopes and blank forms -----------------------------------------------------------------------------

def test_a_mobile_number_in_international_form_after_a_logs_key_is_masked(scan):
    r = scan("件数を数えるシェルを書いて。\n2024-11-05T09:00:02 to=+81 90-3147-2268 status=DELIVERED\n"
             "2024-11-05T09:00:02 to=+81-80-5590-0713 status=FAILED")
    assert r["verdict"] == "block" and _masked(r, "+81 90-3147-2268", "+81-80-5590-0713")


def test_a_table_being_defined_in_sql_has_no_values_and_passes(scan):
    r = scan("テーブル設計をレビューして。\nCREATE TABLE resident_account (\n  id              BIGSERIAL PRIMARY KEY,\n"
             "  password_hash   VARCHAR(255) NOT NULL,\n  family_name     VARCHAR(50)  NOT NULL,\n"
             "  address_line1   VARCHAR(255),\n  address_line2   VARCHAR(255)\n);")
    assert r["verdict"] == "allow"


def test_an_envelope_to_an_office_passes_and_one_to_a_person_blocks(scan):
    assert scan("宛名印刷用に分けて。\n〒371-8570 前橋市大手町一丁目1番1号 群馬県 県土整備部 用地課 御中")["verdict"] == "allow"
    r = scan("宛名印刷用に分けて。\n〒371-0026 前橋市大手町一丁目3番5号 田中 太郎 様")
    assert r["verdict"] == "block"


def test_a_blank_forms_choice_after_its_box_is_no_name(scan):
    r = scan("様式の項目順を並べ替えて。\n申請者　氏名 ＿＿＿＿＿＿＿\n要介護認定　□有（要介護　　）　□無")
    assert r["verdict"] == "allow"


def test_a_roster_set_apart_by_slashes_under_a_namae_heading_is_masked(scan):
    r = scan("受付名簿を整理して。\nせたい／なまえ／ねんれい／はいりょ\n1／しらいし てつじ／81／つえ\n"
             "9／かたおか りょうた／39／なし\n10／こやなぎ はる／86／ひとりぐらし、ほこうき")
    assert r["verdict"] == "block" and _masked(r, "かたおか りょうた", "こやなぎ はる")


def test_a_list_of_links_set_apart_by_slashes_passes(scan):
    r = scan("リンク集を整えて。\n名前/URL\n前橋市/https://www.city.maebashi.gunma.jp/\n群馬県/https://www.pref.gunma.jp/")
    assert r["verdict"] == "allow"


# -- Vietnamese names in chats and beside mail addresses -------------------------------------------------------------

def test_the_speakers_of_a_pasted_chat_are_masked(scan):
    r = scan("やり取りを訳して要点をまとめて。\n[19:42] Lưu Thanh Tùng: Anh em ơi, chủ nhà bảo tháng sau tăng tiền nhà.\n"
             "[19:45] Cao Thị Diễm: Em cũng bị vậy.")
    assert r["verdict"] == "block" and _masked(r, "Lưu Thanh Tùng", "Cao Thị Diễm")


def test_a_bots_or_a_systems_line_in_a_chat_passes(scan):
    assert scan("ログを要約して。\n[10:00] Support Bot: Your ticket was closed.\n10:05 System Notice: maintenance")["verdict"] == "allow"


def test_the_name_spelled_in_a_personal_mail_address_beside_it_is_masked(scan):
    r = scan("一斉送信する案内メールの文面を作って。\n宛先：\nmaithutrang95@gmail.com（Mai Thu Trang）")
    assert r["verdict"] == "block" and _masked(r, "Mai Thu Trang")
    r = scan("宛先：\nhelpdesk@example-corp.co.jp（Help Desk）")
    assert "Help Desk" in r["redacted_text"]


# -- names in Lao and other scripts after a label or a salutation ----------------------------------------------------

def test_a_name_in_lao_after_a_slot_label_or_a_letters_salutation_is_masked(scan):
    r = scan("説明資料にして。\n児童：ພອນສະຫວັນ ຈັນທະລາ（ポーンサワン・チャンタラー）6歳\n医療機関で診断あり。")
    assert r["verdict"] == "block" and _masked(r, "ພອນສະຫວັນ ຈັນທະລາ", "ポーンサワン・チャンタラー")
    r = scan("説明文の添削をお願いします。\nຮຽນ ນາງ ວຽງສະໄໝ ສີສຸວັນ\nເລກປະກັນໄພ: 34081627")
    assert _masked(r, "ວຽງສະໄໝ ສີສຸວັນ")


def test_thai_prose_after_a_slot_label_is_no_name(scan):
    r = scan("相談内容を訳して。\n相談者：ผมอยากถามเรื่องภาษีที่ต้องจ่ายปีนี้ครับ")
    assert not any(f["type"] == "PERSON" for f in r["findings"])


def test_numbers_in_cells_of_their_own_between_slashes_follow_their_headings(scan):
    r = scan("督促の順番のリストを作って。\n利用者番号／氏名カナ／延滞日数／冊数／電話\n20118457／ハシモト リョウコ／45／3／027-252-3391\n"
             "20071104／モチダ ケンタ／31／2／027-234-8870")
    assert r["verdict"] == "block" and _masked(r, "027-252-3391", "027-234-8870")


def test_a_lot_under_its_own_key_in_an_address_nested_in_a_residents_record_is_masked(scan):
    r = scan("KeyErrorになります。\n```json\n{\n  \"resident\": {\n    \"name\": \"佐々木 美咲\",\n    \"birth_date\": \"1987-03-14\",\n"
             "    \"address\": {\n      \"city\": \"前橋市\",\n      \"town\": \"朝日町三丁目\",\n      \"banchi_go\": \"15-8\"\n    }\n  }\n}\n```")
    assert r["verdict"] == "block" and _masked(r, "15-8")


def test_a_version_range_under_an_address_key_of_a_config_with_no_person_passes(scan):
    r = scan("設定を見て。\n{\"server\": {\"address\": \"10-20\", \"port\": 8080}}")
    assert r["verdict"] == "allow"


def test_a_glossary_line_of_a_japanese_word_a_dash_and_its_english_passes(scan):
    r = scan("Could you check the romanization of these places?\nアカギヤマ — Mt. Akagi\nヒロセガワ — Hirose River\n"
             "シキシマコウエン — Shikishima Park\nマエバシジョウアト — Maebashi Castle Ruins")
    assert r["verdict"] == "allow"


def test_an_english_message_signed_after_a_dash_still_masks_its_signer(scan):
    r = scan("Please reply in English.\n\"My father was diagnosed with stage 4 pancreatic cancer last week. I would like to go home "
             "from 2 September. — Ethan Marchetti (CIR)\"")
    assert _masked(r, "Ethan Marchetti")


def test_a_story_characters_birthday_under_a_declared_fiction_passes(scan):
    r = scan("【創作・架空の人物です】市の読書週間に向けて短い物語を書いて。\n主人公：桜井ひなた（17歳、架空の高校2年生）\n"
             "誕生日：12月24日（クリスマスイブ生まれ）")
    assert r["verdict"] == "allow"


def test_a_birthday_in_a_text_that_says_its_person_is_real_still_blocks(scan):
    r = scan("【架空の人物です】\n主人公：桜井ひなた\n誕生日：12月24日\n※モデルは実在の人物です")
    assert any(f["type"] == "DATE_OF_BIRTH" for f in r["findings"])
