"""Stop 33's classes, each beside a harmless twin: a name written again in Latin letters, rosters whose dates
follow a name or sit under a spaced header, damaged OCR (one-kanji given names, era initials), PINs before a
bracket, share links, embargoes as warnings, parcel labels, business sites, and the small-circle statement."""
from __future__ import annotations

import pytest

from service.detectors.person_romaji import katakana_to_romaji, romaji_key
from service.nlp import Morphology

from support import masked


def _verdict(scanner, text: str) -> str:
    return scanner.scan(text)["verdict"]


# -- a name found in Japanese, written again in Latin letters ------------------------------------------
def test_romanised_reading_compares_long_vowels_loosely():
    assert katakana_to_romaji("キョウコ") == "kyouko"
    assert katakana_to_romaji("ハットリ") == "hattori"
    assert romaji_key("Satoh") == romaji_key(katakana_to_romaji("サトウ")) == "sato"
    assert romaji_key("Namba") == romaji_key(katakana_to_romaji("ナンバ"))


def test_business_cards_latin_line_under_a_found_name_is_masked(scanner):
    text = "技術部 主任技師\n都丸 健吾\nTOMARU KENGO\n携帯 090-2284-7715\nこの名刺をCSVにして"
    assert masked(scanner, text, "TOMARU KENGO")


def test_latin_words_that_are_not_the_names_reading_stay(scanner):
    text = "技術部 主任技師\n都丸 健吾\nBRIDGE DESIGN\n携帯 090-2284-7715"
    assert "BRIDGE DESIGN" in scanner.scan(text)["redacted_text"]


def test_latin_name_spelled_in_the_personal_mail_on_its_row_blocks(scanner):
    text = "| 13 | Brasil Grill | Tanaka Lucas | lucas.tanaka.food@gmail.com |"
    assert masked(scanner, text, "Tanaka Lucas")


def test_latin_words_beside_an_office_mail_are_not_a_name_by_it(scanner):
    text = "| Grill Lucas | info.grill.lucas@grill-lucas.co.jp | 営業時間 11時から |"
    assert "Grill Lucas" in scanner.scan(text)["redacted_text"]


# -- rosters ----------------------------------------------------------------------------------------------
def test_showa_date_right_after_a_rosters_full_name_is_a_birth_date(scanner):
    text = "従事者名簿（提出用）\n宇津木 芳江　昭和59年10月3日　前橋市天川原町812-6　支援員"
    assert masked(scanner, text, "昭和59年10月3日")


def test_event_date_after_a_name_is_not_a_birth_date(scanner):
    text = "宇津木 芳江　平成30年4月1日採用　支援員として勤務"
    assert "平成30年4月1日" in scanner.scan(text)["redacted_text"]


def test_date_under_a_spaced_header_naming_birth_is_masked_though_columns_shift(scanner):
    text = ("PDFから貼ると列がずれます。\n\n被保番号　氏名　生年月日　要介護度\n"
            "0003318826　須永　トク　昭和５年６月７日　要介護２\n")
    assert masked(scanner, text, "昭和５年６月７日")


def test_sheet_turned_on_its_side_masks_every_birth_date_of_the_row(scanner):
    text = "項目,利用者1,利用者2\n氏名,設楽 たけ,安中 勇\n生年月日,S09.02.11,S13.08.30\n"
    result = scanner.scan(text)["redacted_text"]
    assert "S09.02.11" not in result and "S13.08.30" not in result


def test_sql_with_a_birth_column_and_a_cutoff_date_passes(scanner):
    text = "SELECT shimei, jusho FROM jumin WHERE birth_date < DATE '1953-04-01'; 年度途中の到達者は？"
    assert _verdict(scanner, text) == "allow"


def test_birth_label_with_a_field_word_and_a_quoted_date(scanner):
    assert masked(scanner, "申請書の生年月日欄が「昭和47年11月5日」となっていますが、免許証と違います", "昭和47年11月5日")


# -- damaged text ---------------------------------------------------------------------------------------
def test_era_initial_and_middle_dots_form_a_birth_date(scanner):
    assert masked(scanner, "氏名 桐生 ミツ 生年月日 昭 ２ ４ ・ ３ ・ ９", "昭 ２ ４ ・ ３ ・ ９")


def test_era_initial_date_without_birth_word_stays(scanner):
    assert _verdict(scanner, "平9・1・30に開催した説明会の記録を要約して") == "allow"


def test_ocr_spaced_name_with_a_one_kanji_given_name_is_masked(scanner):
    assert masked(scanner, "氏名 生 方 　 翼 　 生年月日 平 1 6 ・ 1 1 ・ 0 2", "生 方 　 翼")


def test_kun_after_a_given_name_read_as_a_verb_is_an_honorific(scanner):
    tokens = [t.surface for t in Morphology().tokenize("須藤 輝くんと歩く")]
    assert tokens[-3:] == ["くん", "と", "歩く"] and "輝" in tokens
    assert masked(scanner, "入所希望：須藤 陽翔くん（令和4年5月2日生）", "須藤 陽翔")


def test_hiragana_given_name_before_san_is_a_name(scanner):
    assert masked(scanner, "同じクラスの若林 りこさんが職員室に知らせた。", "若林 りこ")


def test_full_name_opening_a_quoted_letter_is_its_writer(scanner):
    assert masked(scanner, "「松浦 剛です。先日の説明会に参加しました。」への返信を作って", "松浦 剛")


def test_title_after_a_surname_before_desu_is_no_given_name(scanner):
    assert _verdict(scanner, "担当は山田 課長です。") != "block"


def test_names_after_a_same_class_descriptor_and_their_list_sibling(scanner):
    text = "・被害生徒：2年3組 関口 蒼真。加害とされる生徒：同学級の 堀越 隼人、植木 大翔 の2名。"
    result = scanner.scan(text)["redacted_text"]
    assert "堀越 隼人" not in result and "植木 大翔" not in result


def test_town_read_as_a_name_before_its_cho_is_a_place(scanner):
    assert _verdict(scanner, "来週の現地立会い（上佐鳥町地内、境界確認）の候補日") == "allow"


def test_placeholder_read_aloud_is_no_katakana_name(scanner):
    text = "【記入例】\n氏名：〇〇 〇〇（フリガナ：マルマル マルマル）\n住所：前橋市〇〇町〇丁目"
    assert _verdict(scanner, text) == "allow"


def test_name_after_a_label_calling_it_made_up_passes(scanner):
    assert _verdict(scanner, "ロールプレイ台本：外国人住民（架空の名前：Tran Thi B）が転入届に来た設定") != "block"


# -- numbers, links and lots -----------------------------------------------------------------------------
def test_pin_followed_by_a_bracketed_note_is_a_pin(scanner):
    assert masked(scanner, "ICカードのPIN：3952（金庫の封筒にも控えあり）", "3952")


def test_call_after_a_password_word_is_still_code(scanner):
    assert _verdict(scanner, "pin = getpin(3)") == "allow"


def test_share_link_token_beside_its_password_is_masked(scanner):
    text = "成果品をアップロードしました。\nURL：https://files.kensetsu-abc.co.jp/s/Tq7mW2xP\nパスワード：Rk8#vN3q"
    assert masked(scanner, text, "Tq7mW2xP")


def test_manual_link_with_a_year_is_no_token(scanner):
    assert _verdict(scanner, "マニュアル https://docs.vendor.jp/d/guide-2025 をダウンロードして要約して") == "allow"


def test_insurance_symbol_with_its_number_after_no(scanner):
    assert masked(scanner, "保留：高瀬 キミ（被保険者証 記号番号 前橋 315 No.40271）", "No.40271")


def test_rural_lot_with_its_ko_mark_is_masked(scanner):
    assert masked(scanner, "被災者：関 ハル（72）\n場所：前橋市粕川町甲2318 付近の畑", "2318")


def test_room_number_told_apart_from_its_block_beside_a_single_resident(scanner):
    text = "南橘団地7号棟の3階、階段横の部屋（306号室）の単身の男性が夜中に騒ぐ"
    assert masked(scanner, text, "306号室")


def test_room_number_of_a_repair_stays(scanner):
    assert _verdict(scanner, "南橘団地7号棟の3階、階段横の部屋（306号室）の給湯器を交換する工程表") == "allow"


def test_code_table_rows_are_not_one_address_across_lines(scanner):
    text = "町名コード,町名\n0020,本町 一丁目\n0021,本町　二丁目\n0022,本町三丁目\nVLOOKUPの式を教えて"
    assert _verdict(scanner, text) != "block"


# -- markings and statements ----------------------------------------------------------------------------
def test_embargoed_release_warns(scanner):
    assert _verdict(scanner, "明後日10時解禁のプレスリリース案、見出しを3つ考えて。内容は図書館の開館時間延長") == "warn"


def test_spaced_handling_mark_on_a_parcel_label_passes(scanner):
    assert _verdict(scanner, " 【 取 扱 注 意 】\n ワレモノ・精密機器\n 天地無用") == "allow"


def test_handling_mark_over_a_plan_about_food_still_blocks(scanner):
    assert _verdict(scanner, "<取扱注意> 食品衛生監視計画のうち重点監視の業種と時期の一覧です。表にして") == "block"


def test_limited_marking_with_a_stage_under_way_blocks(scanner):
    assert _verdict(scanner, "庁内限り／答弁調整中\n\n一般質問 答弁案を3パターンに") == "block"


def test_plan_shared_only_by_senior_staff_warns(scanner):
    assert _verdict(scanner, "2月の一斉差押えの日程は課長以上だけで共有しています。当日の段取りを表にして。") == "warn"


def test_sharing_with_everyone_is_no_secret(scanner):
    assert _verdict(scanner, "情報は担当者だけでなく全職員で共有しましょう、という標語を考えて") == "allow"


def test_business_site_given_to_its_chome_beside_a_representative_does_not_block(scanner):
    text = "宛先：株式会社ミナミ商事 代表取締役 南雲 様\n所在地：前橋市問屋町一丁目（事業所）\n督促文を作って"
    assert _verdict(scanner, text) != "block"


def test_recipients_of_a_programme_in_general_are_nobody(scanner):
    assert _verdict(scanner, "保護者向けのお知らせ：就学援助の対象者は従来どおり給食費が援助されます") == "allow"


def test_test_values_in_a_price_formula_are_not_a_bid_price(scanner):
    text = "最低制限価格の算定式をExcelで。B6=予定価格。テスト用に B2=10,000,000、B6=15,500,000 で検算して"
    # (the bid-price rule reads the amounts as made up; the passage classifier may still warn on the wording)
    assert not any("予定価格" in f["reason"] for f in scanner.scan(text)["findings"])


def test_example_mail_with_test_in_its_local_part_passes(scanner):
    assert _verdict(scanner, "返信の署名例：問い合わせは hanako.test@example.co.jp まで（例）") == "allow"


def test_who_official_quoted_in_office_does_not_block(scanner):
    text = '"No one is safe," WHO Director-General Dr Tedros Adhanom Ghebreyesus has said. 翻訳して'
    assert _verdict(scanner, text) != "block"


def test_training_case_called_made_up_does_not_block(scanner):
    text = ("ゲートキーパー研修で使う架空の事例を整えて。\n事例：Aさん（40代・女性・会社員）うつ病と診断されて休職中。")
    assert _verdict(scanner, text) != "block"


@pytest.mark.parametrize("text", [
    "ケース記録：Bさん（40代・女性）うつ病で休職中。夫と子の3人暮らし",  # a real, anonymised case: not declared made up
])
def test_undeclared_anonymised_case_is_still_flagged(text, scanner):
    assert _verdict(scanner, text) != "allow"


# -- fc31's classes (opened after its one score) ---------------------------------------------------------
def test_enumeration_read_from_a_name_that_another_item_swallowed(scanner):
    text = "2 関係生徒\n同学年 岩佐 大翔、柴 樹 ほか2名\n3 経過"
    assert masked(scanner, text, "柴 樹")


def test_lines_opening_with_a_name_and_a_colon_are_a_list_of_people(scanner):
    text = "所見の下書きを作って。\n\n桑島 陽菜：ADHDの診断あり。立ち歩きが減った。\n五十嵐 蒼：通級指導教室に週1回。音読がんばった。"
    assert masked(scanner, text, "五十嵐 蒼")


def test_lines_opening_with_a_heading_and_a_colon_are_no_list_of_people(scanner):
    assert scanner.scan("会議の記録\n日時 場所：本庁舎3階\n議題 一覧：予算について\n総務 企画：説明")["verdict"] == "allow"


def test_address_in_a_place_column_of_a_foreign_residents_row_is_theirs(scanner):
    text = ("水栓番号,使用者名,設置場所,電話\n"
            "10-23019,チャン・ティ・マイ,前橋市石倉町四丁目8番地2 コーポ石倉201,070-2284-6612\n"
            "10-23105,前橋市立公民館,（市施設）,—")
    assert masked(scanner, text, "8番地2")


def test_insert_rows_give_their_name_cells_to_each_other(scanner):
    text = ("INSERT INTO moshikomi (jido, seinengappi, hogosha) VALUES\n"
            "('さかい みお', '2022-10-08', '酒井 陽介'),\n"
            "('くぼ いつき', '2023-03-21', '久保 綾');\nこのINSERTを1件ずつに分けて")
    assert masked(scanner, text, "久保 綾")


def test_katakana_name_with_dots_in_a_list_of_people_by_colon(scanner):
    text = "所見の下書き\n桑島 陽菜：ADHDの診断あり。\nホー・ヴァン・タム：来日1年。日本語指導を受けている。"
    assert masked(scanner, text, "ホー・ヴァン・タム")


def test_katakana_term_with_dots_beside_a_name_line_is_no_name(scanner):
    text = "用語集\n桑島 陽菜：ADHDの診断あり。\nサンタ・マリア：教会の名前"
    assert "サンタ・マリア" in scanner.scan(text)["redacted_text"]


def test_first_field_of_a_spaced_table_headed_by_a_name_column(scanner):
    text = ("同点時の順位の理由を文章にして。\n\n児童名　　基本指数　調整指数　備考\n"
            "小野 湊　　　 20　　　 +3　　きょうだい同時申込\nタパ・スニタ 20　　　 +3　　ひとり親\n")
    assert masked(scanner, text, "タパ・スニタ")


# -- stop 33's second tuning sets (forms, residents from abroad, money, roles, sheets, personnel, casework) ---------
def test_hangul_name_said_by_its_bearer_or_as_someones_mother(scanner):
    text = "안녕하세요. 4학년 1반 정하윤의 엄마 강수진입니다. 상담을 부탁드립니다."
    result = scanner.scan(text)["redacted_text"]
    assert "정하윤" not in result and "강수진" not in result


def test_hangul_words_that_are_no_names_stay(scanner):
    assert scanner.scan("이메일,전화,주소 の列見出しを日本語に訳して。이것은 정보입니다")["verdict"] == "allow"


def test_romanised_names_after_family_labels_with_a_colon(scanner):
    text = "子の出生届の案内を作って。\n父：PHAM VAN HUNG　母：NGUYEN THI LAN\n住所：前橋市"
    result = scanner.scan(text)["redacted_text"]
    assert "PHAM VAN HUNG" not in result and "NGUYEN THI LAN" not in result


def test_capitals_after_a_kanji_word_ending_in_a_family_character_are_no_name(scanner):
    assert scanner.scan("父母：AND 条件で絞る式を教えて")["verdict"] == "allow"


def test_katakana_name_with_a_western_year_in_a_numbered_roster(scanner):
    text = "防犯パトロール隊 名簿\n1 岡野 清一　昭和19年4月2日\n2 ジョンソン マイケル　1981年6月14日\n保険の加入手続きを"
    assert masked(scanner, text, "1981年6月14日")


def test_lot_mark_after_an_oaza(scanner):
    assert masked(scanner, "申込者の住所：前橋市粕川町女渕甲2210-7\n勤務先：市役所", "2210-7")


def test_block_and_room_of_a_housing_estate_without_a_space(scanner):
    assert masked(scanner, "受給者は市営住宅 広瀬団地3-207 に単身で居住、家賃滞納あり", "3-207")


def test_kana_given_name_said_by_its_bearer(scanner):
    assert masked(scanner, "アンケート自由記述「わたしは 本多 さくら です。いじめを見ました。」", "本多 さくら")


def test_password_word_with_the_place_it_must_not_go_is_no_password(scanner):
    assert scanner.scan("注意喚起文に「パスワードをChatGPTに入力しない」も入れて")["verdict"] == "allow"


def test_quoted_marking_in_a_hypothetical_is_no_marking(scanner):
    assert scanner.scan("会議を「非公開」とする場合の判断基準を一般論として整理して")["verdict"] == "allow"


def test_road_name_read_as_a_name_is_a_road(scanner):
    text = "路線番号,路線名,起点,終点,延長(m)\n3-118,荒牧関根線,荒牧町,関根町,860\n延長で並べ替えて"
    assert "荒牧関根線" in scanner.scan(text)["redacted_text"]


def test_staff_member_addressed_in_office_with_their_own_sick_leave_below_blocks(scanner):
    text = ("件名：休職期間の延長について\n\n税務課 主査 宇佐美 恵子 様\n\n人事課厚生係です。\n"
            "現在、病気休職中ですが、主治医の診断書により休職期間を延長する手続きを進めます。\nやわらかい文面にして")
    assert scanner.scan(text)["verdict"] == "block"


def test_staff_member_addressed_in_office_about_a_meeting_only_warns(scanner):
    text = "件名：会議の日程について\n\n税務課 主査 宇佐美 恵子 様\n\n人事課厚生係です。\n来週の研修の日程をお知らせします。\nやわらかい文面にして"
    assert scanner.scan(text)["verdict"] != "block"


def test_long_request_for_material_for_new_caseworkers_is_general(scanner):
    text = ("生活保護の費用返還と費用徴収の違いを、新任ケースワーカー向けに表で説明してください。判断のポイントと、"
            "改正の予定があれば注意点も。最後に根拠条文を必ず確認するよう一文添えてください。それから、よくある誤解も三つほど挙げてください。\n"
            "| 項目 | 返還 | 徴収 |\n| 調整 | 本人の申出により保護費から可 | 本人の申出により可 |")
    assert scanner.scan(text)["verdict"] != "block"


def test_a_named_recipients_own_benefit_still_blocks(scanner):
    text = "須賀 光男さん（72）の保護費から返還金を調整する件で、本人の申出書の文面を直して"
    assert scanner.scan(text)["verdict"] == "block"


def test_a_service_named_by_the_sensitive_word_is_no_ones_condition(scanner):
    text = "ひきこもり相談のご案内\n毎週火曜 9:00〜16:00（予約制）\n担当：生活福祉課 高草木\nこの案内を整えて"
    assert scanner.scan(text)["verdict"] != "block"


def test_password_file_line_gives_its_last_field_as_the_password(scanner):
    assert masked(scanner, "~/.pgpass に次の1行を書いた\n10.3.7.21:5432:zeimu:zeimu_app:Hq4#tRm8Lw2x\n権限は600？", "Hq4#tRm8Lw2x")


def test_password_file_format_described_passes(scanner):
    assert scanner.scan("~/.pgpass の書式は hostname:port:database:username:password ですか")["verdict"] == "allow"


def test_host_under_an_int_label_of_a_city_domain_is_internal(scanner):
    assert masked(scanner, 'smtplib.SMTP("relay.int.city.example-town.lg.jp", 587) で送れない', "relay.int.city.example-town.lg.jp")


def test_account_number_after_a_chinese_label_and_a_colon(scanner):
    text = "银行：群馬銀行 高崎支店\n账户类型：普通\n账号：0734159\n请翻译成日语"
    assert masked(scanner, text, "0734159")

