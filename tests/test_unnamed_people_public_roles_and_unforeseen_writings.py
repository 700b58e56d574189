"""Classes met on the blind-written sets of the round of 2026-12-04 evening (fc22/val22 opened,
train31: precision, train32: what a rule-writer would not foresee): people identifiable without a
name, people in a public role in a published record, values written in ways no rule read yet, and
non-public matters stated plainly — each beside the twin that must stay as it is."""
from __future__ import annotations

import pytest

from support import findings_of


def redacted(scan, text):
    return scan(text)["redacted_text"]


# -- people identifiable without a name -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "担任向けの家庭訪問メモ。\n・対象：桂萱小5年2組の双子の兄の方\n・4月の連休明けから不登校。",
    "参加者のうち車いすの方は一人だけ（旧大胡町の元町長の奥様）で、人工透析を週3回受けています。",
    "先月6年1組に転校してきた兄弟の家は生活保護を受けています。修学旅行費の相談です。",
    "下小出町の角の青い屋根の家の奥さん（40代）が統合失調症で措置入院になったと聞きました。",
    "朝日町四丁目のコインランドリーの2階に住んでる人、給水停止予告3回目。滞納が続いている。",
    "荒砥中3年で、昨年の県大会で優勝した柔道部の主将が、先月万引きで補導された。",
    "The only Filipino student at Kasukawa Junior High, a 2nd-year girl, has not attended school since June.",
    "Please polish: 'A warm welcome back to our new deputy manager of the Parks Division, who returned after treatment for depression.'",
])
def test_a_sensitive_fact_about_someone_a_description_singles_out_blocks(scan, text):
    result = scan(text)
    assert findings_of(result, "SENSITIVE_PERSONAL_INFO") and result["verdict"] == "block"


@pytest.mark.parametrize("text", [
    "不登校の児童生徒への支援制度の概要を、保護者向けチラシにまとめてください。",
    "生活保護の相談件数の推移を、年代別の表にしてください。",
    "Please write a leaflet on school refusal support for parents.",
    "母子健康手帳の交付場所と持ち物を案内文にしてください。",
])
def test_the_same_facts_said_of_kinds_of_people_do_not_block(scan, text):
    assert scan(text)["verdict"] != "block"


def test_a_para_sport_is_no_disability_of_the_athlete(scan):
    assert findings_of(scan("車いすテニス男子シングルス銅メダリストの表敬訪問の案内文を作って"), "SENSITIVE_PERSONAL_INFO") == []


def test_a_wheelchair_user_in_the_family_is_still_sensitive(scan):
    assert findings_of(scan("母は車いすで生活しています。介護サービスの相談をしたい。"), "SENSITIVE_PERSONAL_INFO")


# -- names in a public role, in a published record -----------------------------------------------
def test_candidates_of_an_election_bulletin_and_its_result_table_pass(scan):
    bulletin = ("選挙管理委員会が発行した選挙公報の候補者欄を読み上げ用原稿に整えたい。\n"
                "届出番号1　須藤 隆之　無所属・新　元県議会議員\n届出番号2　荒木 恵理子　無所属・現")
    result_table = ("選挙管理委員会が告示した開票結果をもとに、ホームページ掲載用の表を作って。\n"
                    "当　須藤 隆之　32,418票\n　　荒木 恵理子　29,775票")
    assert findings_of(scan(bulletin), "PERSON") == [] and findings_of(scan(result_table), "PERSON") == []


def test_an_athlete_named_with_senshu_in_a_press_release_passes(scan):
    text = ("市長表敬訪問のプレスリリース案を整えてください。\n"
            "件名：車いすテニス男子シングルス銅メダリスト 早川 蓮 選手（前橋市出身）の市長表敬訪問について")
    assert findings_of(scan(text), "PERSON") == []


def test_a_pupil_named_with_senshu_on_a_certificate_still_blocks(scan):
    text = "表彰状の文面を作ってください。市民スポーツ大会 陸上競技 中学生男子100m 第1位 𠮷澤 颯汰 選手。記録12秒03。"
    assert scan(text)["verdict"] == "block"


def test_residents_in_a_record_that_says_it_is_already_published_do_not_block(scan):
    # the rules keep the name at a warning (確認のみ); the learned judge may drop it on the published context —
    # blind corpora label such award lists allow (t31-023) — but nothing here blocks
    text = ("広報に掲載済みの市民功労表彰の受賞者紹介を、表彰式の司会原稿にしてください。\n\n"
            "・長年にわたり交通安全指導員として活動　田島 義治 様（富士見地区）")
    assert scan(text)["verdict"] in ("warn", "allow")


def test_a_resident_in_a_newsletter_manuscript_not_yet_published_still_blocks(scan):
    text = "市報の「まちの話題」欄の原稿です。南橘地区にお住まいの生方 千鶴子さん（82）は紙芝居を読み聞かせてきました。"
    assert scan(text)["verdict"] == "block"


def test_a_document_symbol_before_its_number_is_no_name(scan):
    assert findings_of(scan("文書番号は前市建第2210号（令和6年8月28日）です。日付順に並べて。"), "PERSON") == []


def test_quoted_historical_figures_and_famous_characters_pass(scan):
    for text in ("成人式の市長あいさつに、上杉鷹山の「為せば成る」を引用したいです。",
                 "『サザエさん』の磯野波平は54歳という設定ですが、講座のチラシの導入文を書いて。"):
        assert scan(text)["verdict"] == "allow", text


def test_a_shops_address_in_brackets_in_a_pamphlet_passes_but_a_residents_does_not(scan):
    shop = "観光パンフレットの『老舗めぐり』ページの紹介文を作って。\n・和菓子 松風堂（前橋市千代田町二丁目5番1号）創業明治30年"
    resident = ("外国人住民向けに、次の案内をやさしい日本語に直してください。\n"
                "グエン・ティ・ラン 様 お伝えした住所（前橋市朝日町四丁目21番8号）に郵便が届きません。")
    assert findings_of(scan(shop), "JP_ADDRESS") == []
    assert "四丁目21番8号" not in redacted(scan, resident)


# -- names and values written in ways no rule read ------------------------------------------------
def test_someone_introduced_as_a_person_by_name_is_a_name(scan):
    assert "小池 洋" not in redacted(scan, "資材置場の小池 洋という人物が軽トラックで運んでいるのを見たとのこと。")
    assert scan("山田という人もいるし、佐藤という人もいる。よくある名字です。")["verdict"] == "allow"


def test_a_kana_name_after_a_name_label_is_masked_and_a_no_is_not_a_name(scan):
    assert "ひなた" not in redacted(scan, "入園面接メモ。児童名はひなた、食物アレルギーなし。")
    for text in ("この子の名前はまだない。", "氏名はなし。"):
        assert findings_of(scan(text), "PERSON") == [], text


def test_a_list_of_kana_names_one_a_line_is_masked_whole(scan):
    text = "感謝状の宛名は以下の3名。\nささき ゆうこ\nはやし まさと\nおかだ ちえみ\n10年間の活動に感謝します。"
    out = redacted(scan, text)
    assert not any(n in out for n in ("ささき ゆうこ", "はやし まさと", "おかだ ちえみ"))


def test_foreign_names_with_the_country_in_brackets_are_names_not_companies(scan):
    out = redacted(scan, "修了証の名前の確認。\n1 グエン・ヴァン・ナム（ベトナム）\n2 サントス ルイス（ブラジル）")
    assert "グエン・ヴァン・ナム" not in out and "サントス ルイス" not in out
    assert findings_of(scan("振込先はマエバシ ショウジ（カ）です。"), "PERSON") == []


def test_romaji_names_after_a_label_and_particle_and_in_a_message_opening(scan):
    assert "MIHO TAKASAWA" not in redacted(scan, "カード番号を間違えたかも。名義は MIHO TAKASAWA です。")
    assert "Ana Ferreira" not in redacted(scan, "Write a short SMS: 'Ana Ferreira, your child's health check is on Oct 3.'")
    for text in ("名前はGitHubで管理しています", "'Thank you, we will reply soon.'", "Good Morning, please find attached."):
        assert findings_of(scan(text), "PERSON") == [], text


def test_dates_of_birth_in_a_dependants_list_and_in_romanised_eras(scan):
    out = redacted(scan, "扶養控除等申告書の内容。\n本人　原 俊介　S59.7.22\n配偶者　原 美和　S61.1.9\n子 2人（16歳未満）")
    assert "S59.7.22" not in out and "S61.1.9" not in out
    assert "Heisei 8" not in redacted(scan, "'Aiko Matsuda, born on 15 August Heisei 8, has been registered.'")
    assert findings_of(scan("Heisei 31 ended on April 30, 2019."), "DATE_OF_BIRTH") == []
    assert findings_of(scan("申請の記録。本人 原 俊介 2024年4月1日 申請（16歳未満の子あり）"), "DATE_OF_BIRTH") == []


def test_a_my_number_written_with_dots_is_found_and_a_dotted_version_is_not(scan):
    assert "4827.0653.5661" not in redacted(scan, "Is it OK to write Rina Hoshino's My Number as 4827.0653.5661?")
    assert findings_of(scan("Build version 2024.1001.0001 was released."), "JP_MY_NUMBER") == []


def test_an_insured_number_under_an_abbreviated_quoted_column_heading(scan):
    text = '"被保番号","氏名"\n"0003719208","半田 ミツ"'
    assert "0003719208" not in redacted(scan, text)


def test_a_lot_number_after_a_former_villages_oaza_is_an_address(scan):
    text = "所有者\t所有者住所\n角田 重男\t前橋市鼻毛石町（旧宮城村鼻毛石112）"
    assert "宮城村鼻毛石112" not in redacted(scan, text)
    assert findings_of(scan("村役場12時から受付、宮城村全体で120人が参加"), "JP_ADDRESS") == []


# -- markings, credentials and non-public matters -------------------------------------------------
def test_markings_in_a_csv_first_cell_and_a_markdown_heading(scan):
    assert scan("列名を英語に。\n\n#取り扱い注意,,,\n施設名,耐震診断Is値\n市民体育館,0.42")["verdict"] == "block"
    assert scan("# 部外秘：基幹系システム移行スケジュール（案）\n- 2025/1 データ移行\nガントチャートにして")["verdict"] == "block"


def test_a_pem_header_named_is_no_key_but_a_truncated_block_is(scan):
    assert scan("『-----BEGIN PRIVATE KEY-----』で始まるファイルの違いを職員向けに説明して。")["verdict"] == "allow"
    key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun"
    assert findings_of(scan(key), "CREDENTIAL")


@pytest.mark.parametrize("text", [
    "上下水道局で、水道料金を平均12％引き上げる案を詰めています。審議会への諮問はまだです。試算表の作り方を教えて。",
    "次期総合計画の重点施策（庁議前の素案）です。キャッチコピーをつけてください。",
    "We are still internally debating whether to withdraw from the regional partnership. No decision has been made.",
    "Our backup server hasn't been patched since 2021 and the admin account still uses the vendor's default password.",
    "電算室の入口のカードリーダーが故障していて、2週間前から鍵を開けっぱなしにしています。運用ルール案を作って。",
])
def test_non_public_matters_stated_plainly_are_flagged(scan, text):
    assert findings_of(scan(text), "NONPUBLIC_INFO")


@pytest.mark.parametrize("text", [
    "諮問と答申の違いを説明してください。",
    "How should a city run an internal investigation in general? Explain the usual steps.",
    "サーバーにパッチを毎月適用する手順書の書き方を教えて。",
])
def test_general_questions_on_the_same_topics_pass(scan, text):
    assert findings_of(scan(text), "NONPUBLIC_INFO") == []


def test_an_insured_number_after_a_bare_label_in_a_sentence_about_the_card(scan):
    assert "17402563" not in redacted(scan, "被保険者番号の欄は8桁で合っていますか？ 番号 17402563、氏名 神宮 トシ")
    assert findings_of(scan("被保険者番号の欄は8桁です。口座の番号 1234567"), "JP_HEALTH_INSURANCE") == []


def test_a_mascots_birthday_is_no_ones_birth_date(scan):
    text = "防災キャラクター『まえばしボウサイくん』のプロフィール案。\n誕生日：9月1日（防災の日）\n好きなもの：カンパン"
    assert findings_of(scan(text), "DATE_OF_BIRTH") == []


# -- the people boundary (train34) and a mixed working day (train33) ------------------------------
def test_people_in_a_public_role_named_in_english_pass_in_a_published_text(scan):
    for text in ('Summarise this news item: "Incumbent assembly member Ms. Reiko Sakurai retained her seat, '
                 'the election commission announced."',
                 'Event flyer copy check (press release): "Special guest vocalist: Ms. Ayaka Lin (Taiwan). Saturday 19 Sept."'):
        assert findings_of(scan(text), "PERSON") == [], text


def test_a_resident_named_in_english_with_a_case_still_blocks(scan):
    text = "Please translate: 'Ms. Reiko Sakurai, 52, of 2-9-14 Kita-shirokita, has not paid her water bill since May.'"
    assert scan(text)["verdict"] == "block"


def test_board_members_in_published_minutes_pass_but_volunteer_posts_do_not_count_as_office(scan):
    minutes = "教育委員会定例会の会議録（公開）を要約して。\n出席者：教育長 藤代ゆかり、委員 河合 紀子、委員 大島 健一"
    assert findings_of(scan(minutes), "PERSON") == []
    assert scan("民生委員 河合 紀子さんから、独居の方の見守りについて相談がありました。")["verdict"] != "allow"


def test_nobel_laureates_and_a_role_plays_characters_are_nobody_private(scan):
    assert scan("ノーベル物理学賞の受賞者を小学生向けに紹介して。例：湯川秀樹、江崎玲於奈、小柴昌俊、梶田隆章。")["verdict"] == "allow"
    text = ("Create a role-play script for our English class. Characters: Ms. Emily Carter, a tourist, "
            "and Mr. Hiroshi Tanaka, a clerk at the tourist information center.")
    assert findings_of(scan(text), "PERSON") == []


def test_an_injured_persons_name_after_the_ambulance_records_label(scan):
    assert "斎藤 ノブエ" not in redacted(scan, "救急活動記録。\n傷病者 斎藤 ノブエ 78歳女性 既往歴：心房細動")
    assert scan("運転者の皆さんへのお願いを作って。")["verdict"] == "allow"


def test_a_personal_address_on_an_example_looking_domain_in_a_bounce_log(scan):
    assert "yoshie-k33@" not in redacted(scan, "status=bounced to=<yoshie-k33@yahoo.example.co.jp> dsn=5.2.2 mailbox full")
    assert findings_of(scan("担当窓口 info-jp@example.com に送る設定例"), "EMAIL_ADDRESS") == []


# -- leaks: the pieces of a value left in clear ----------------------------------------------------
@pytest.mark.parametrize("text,piece", [
    ("My name is Daniel Okonkwo. I live at Corpo Maebashi 301, 1-9-4 Motosoja-machi. The truck hit my car.", "Corpo Maebashi 301"),
    ("Address: 1-2-8 Chiyoda-machi, Maebashi (Chiyoda Heights 4F)\nHe lost his wallet.", "Chiyoda Heights 4F"),
    ("Please confirm your address as 3-15-8 Kamikoide-machi, Maebashi, Gunma, Room 402 Sunny Court. Thanks.", "Room 402 Sunny Court"),
    ("Address: Maison de Fleur 101, 5-2 Chiyoda-machi 2-chome, Maebashi\nPurpose: visa renewal", "Maison de Fleur 101"),
    ("She now lives at Room 3F-B, Green Court, 1-7 Omotecho 1-chome, so please write there.", "Green Court"),
])
def test_an_english_building_and_room_beside_a_romaji_address_are_masked_with_it(scan, text, piece):
    assert piece not in redacted(scan, text)


def test_a_romaji_address_without_a_building_keeps_the_city_and_the_sentence(scan):
    out = redacted(scan, "Send it to 1-9-4 Motosoja-machi, Maebashi, Gunma. Thank you for your help.")
    assert "Gunma. Thank you" in out and "1-9-4" not in out


def test_a_hiragana_name_with_an_age_or_class_in_brackets_is_masked(scan):
    out = redacted(scan, "入学予定：<b>たかはし みなと</b>（年長・6歳）\n・いしい　ことね（1くみ）　おうち 027-289-3310")
    assert "たかはし みなと" not in out and "いしい　ことね" not in out
    for text in ("ありがとう ございます（3回目）", "たのしい えんそく（1ねんせい）"):
        assert findings_of(scan(text), "PERSON") == [], text


def test_a_cards_expiry_given_with_its_number_is_masked_but_a_coupons_is_not(scan):
    out = redacted(scan, "決済情報：カード 4956.7046.3650.0533、有効期限 08/27、セキュリティコード 417")
    assert "08/27" not in out and "417" not in out
    assert scan("有効期限 08/27 のクーポンの案内文を作って")["verdict"] == "allow"


def test_a_given_name_pushed_to_the_next_line_is_masked_with_its_surname(scan):
    out = redacted(scan, "PDFからコピーした申請書。\n申請者氏名：大澤\n美穂子　　申請日：令和6年2月13日")
    assert "大澤" not in out and "美穂子" not in out
    assert findings_of(scan("担当：総務課\n内線1234　　受付時間"), "PERSON") == []


def test_the_household_a_letter_goes_care_of_is_masked(scan):
    assert "高柳" not in redacted(scan, "書類の宛先。\n前橋市六供町1013-6 高柳方 吉川 健太 様")


def test_a_caller_naming_themself_with_a_mobile_to_call_back_is_masked(scan):
    assert "伊東" not in redacted(scan, "留守電のメモ。「工事の件で話がしたい。伊東です。折り返しは 080-4412-7790 まで」")
    for text in ("総務課の田中です。資料を送ります。折り返しは内線 2231 まで", "田中です。よろしくお願いします。"):
        assert findings_of(scan(text), "PERSON") == [], text


def test_a_surname_said_to_be_rare_is_someones_name(scan):
    assert "平山" not in redacted(scan, "うつ病で休職中なのに窓口で名前を呼ばれた。平山という名字は珍しいので近所の人にバレた。")


def test_a_word_of_the_line_above_does_not_make_a_phone_another_kind_of_number(scan):
    text = "入居審査メモ。\n世帯収入：障害基礎年金のみ\n連絡先：０９０ ６６１２ ４０８９"
    assert "６６１２" not in redacted(scan, text)
    assert findings_of(scan("基礎年金番号 1234 567890 の記入方法"), "PHONE_NUMBER") == []
