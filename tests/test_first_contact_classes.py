"""Classes of misses seen on first contact with independently written corpora (issue 16), each with
invented examples (none of them a corpus line) and, beside them, the hard negatives that must pass:
prose ABOUT a marking, documentation placeholders, facility lists, sample rows."""
from __future__ import annotations

import pytest

from support import findings_of, grows_linearly

# ---------------------------------------------------------------------------------------
# Markings in any bracket, audience-only markings, English markings, embargoes
# ---------------------------------------------------------------------------------------
MARKED = [
    "（マル秘）次年度の組織改編案です。箇条書きに整理して。",
    "[マル秘] 窓口職員の配置見直しについて",
    "【部外秘・公表前】新しい奨学金制度の骨子（案）を要約して",
    "〔非公開／取扱注意〕公共施設の再配置の検討メモ",
    "【委員限り】第4回事業者選定委員会 評価表\n提案者A 82点",
    "審査会限り\n採点結果の講評を文章にしてください",
    "【部内限り】来年度の予算要求方針",
    "関係者外秘：次期システムの仕様検討について",
    "以下のマニュアルを読みやすくして。\n1 受付の流れ\n2 本人確認\n3 交付\n取扱注意：このマニュアルは職員以外に配布しないこと\n4 手数料の収納",
    "FOR INTERNAL USE ONLY\nStaff rota for the winter festival",
    "Please proofread.\nNot for distribution – draft v3\nThe plan moves two offices to the annex.",
    "EMBARGOED UNTIL 14:00 JST 9 JANUARY\nMaebashi to host the regional sports meet",
    "Summarise this memo. The attached report is not for distribution outside the working group.",
    "【公表前】令和9年度当初予算案の主な事業",
]

# a press embargo is information not yet public (分類Ⅱ): it warns, as other such information does, rather than
# blocking as a paper marked secret (eight blind writers of nine labelled embargoed releases so)
EMBARGOES = [
    "記者発表資料を整えて。\n解禁日時：令和9年1月9日（金）14時\n新しい体育館の名称が決まりました",
    "次のプレスリリースを推敲して。9日14時解禁でお願いします。",
]

ABOUT_MARKINGS = [
    "マル秘という言葉の由来を教えて",
    "委員限りの資料と公開資料の違いを説明してください",
    "「FOR INTERNAL USE ONLY」を日本語に訳すと？",
    "What does NOT FOR DISTRIBUTION mean on a report?",
    "How do I mark this document as confidential in Word?",
    "報道発表の解禁日時はどう決めるのが一般的ですか",
    "アユ釣りの解禁日：6月1日（土）。釣り大会の案内文を作って",
    "取扱注意：ワレモノ（ガラス製品）の梱包方法を教えて",
    "【数量限定】記念品プレゼントの告知文を作って",
    "【公表済み】令和7年度決算の概要を要約して",
    "Confidential information should be handled with care. Summarise our data policy.",
]


@pytest.mark.parametrize("text", MARKED)
def test_markings_in_any_spelling_or_bracket_block(scan, text):
    result = scan(text)
    assert findings_of(result, "CONFIDENTIAL_MARKING"), result["findings"]
    assert result["verdict"] == "block"


@pytest.mark.parametrize("text", EMBARGOES)
def test_press_embargoes_warn(scan, text):
    result = scan(text)
    assert findings_of(result, "CONFIDENTIAL_MARKING"), result["findings"]
    assert result["verdict"] == "warn"


@pytest.mark.parametrize("text", ABOUT_MARKINGS)
def test_prose_about_marking_words_is_no_marking(scan, text):
    result = scan(text)
    assert not findings_of(result, "CONFIDENTIAL_MARKING"), result["findings"]


# ---------------------------------------------------------------------------------------
# Credentials stated in prose; chat-tool webhooks carrying a secret
# ---------------------------------------------------------------------------------------
SECRETS = [
    ("The admin password for the file server is Qw7#rT2pLx. Please rewrite this mail politely.", "Qw7#rT2pLx"),
    ("Hi all, the guest Wi-Fi passcode has been changed to Akagi-2291x today.", "Akagi-2291x"),
    ("共有PCのパスワードは Tsuru8!nami です。引継ぎメモを整えて。", "Tsuru8!nami"),
    ("Teams に通知したい。URL: https://cityhall.webhook.office.com/webhookb2/a1b2c3d4-1111-2222-3333-"
     "444455556666@9f8e7d6c-aaaa-bbbb-cccc-ddddeeeeffff/IncomingWebhook/0f1e2d3c4b5a69788796a5b4c3d2e1f0/"
     "12345678-90ab-cdef-1234-567890abcdef", "IncomingWebhook/0f1e2d3c4b5a69788796a5b4c3d2e1f0"),
    ("通知先 https://discord.com/api/webhooks/1234567890123456789/Zx9Cv8Bn7Mm6Ll5Kk4Jj3Hh2Gg1Ff0DdSsAaQqWwEe_rt-Yu",
     "Zx9Cv8Bn7Mm6Ll5Kk4Jj3Hh2Gg1Ff0DdSsAaQqWwEe_rt-Yu"),
    ("https://chat.googleapis.com/v1/spaces/AAAAq1w2e3r/messages?token=Pq9Wo8Ei7Ru6Ty5Al4Sk3Dj2Fh1Gz0X", "Pq9Wo8Ei7Ru6Ty5Al4Sk3Dj2Fh1Gz0X"),
]

NO_SECRET = [
    "The password is stored in the password manager; ask the helpdesk for it.",
    "Your initial password is XXXXXXXX until you change it at first login.",
    "パスワードは12文字以上で、英大文字・小文字・数字を混ぜてください。",
    "Teams の Webhook URL は https://xxxx.webhook.office.com/webhookb2/... の形です。作り方を教えて。",
    "Discord の URL は https://discord.com/api/webhooks/{id}/{token} の形式です",
    "Google Chat の Webhook は https://chat.googleapis.com/v1/spaces/SPACE/messages?key=KEY&token=TOKEN です",
]


@pytest.mark.parametrize("text,value", SECRETS)
def test_credentials_in_prose_and_chat_webhooks_are_found(scan, text, value):
    result = scan(text)
    assert findings_of(result, "CREDENTIAL"), result["findings"]
    assert value not in result["redacted_text"]


@pytest.mark.parametrize("text", NO_SECRET)
def test_password_rules_and_documentation_placeholders_are_no_credential(scan, text):
    result = scan(text)
    assert not findings_of(result, "CREDENTIAL"), result["findings"]


# ---------------------------------------------------------------------------------------
# Tables and exports: the header says what a column holds
# ---------------------------------------------------------------------------------------
TABLE_CELLS = [
    # TSV: an insurance number only its column makes one; a diagnosis column
    ("件数を数えたい。\n被保険者番号\t氏名\t要介護度\t主病名\n0072519934\t宇佐美 トメ\t要介護2\t慢性心不全\n"
     "0081736620\t関口 正\t要介護1\t変形性膝関節症", [("JP_HEALTH_INSURANCE", "0072519934"), ("SENSITIVE_PERSONAL_INFO", "慢性心不全")]),
    # CSV: a transfer list with half-width katakana names and account numbers
    ("振込ソフトでエラーになる。\n受取人名,カナ,銀行コード,支店コード,種目,口座番号,金額\n"
     "大沢 勝也,ｵｵｻﾜ ｶﾂﾔ,0188,204,1,3381920,12000\n根岸 千秋,ﾈｷﾞｼ ﾁｱｷ,0188,311,1,5520913,8000",
     [("JP_BANK_ACCOUNT", "3381920"), ("PERSON", "ｵｵｻﾜ ｶﾂﾔ")]),
    # separate 姓 / 名 columns and a phone written with dots
    ("並べ替えたい\n姓,名,セイ,メイ,電話\n小柴,彩花,コシバ,アヤカ,090.5521.8834\n仁科,悟,ニシナ,サトル,080.7790.1123",
     [("PHONE_NUMBER", "090.5521.8834"), ("PERSON", "コシバ")]),
    # 'Surname, Given' romaji in a quoted CSV cell, with passport numbers
    ("Check the format.\nNo,Name (Surname, Given),Date of Birth,Passport No.\n1,\"Morita, Kaede\",1998-06-14,TZ4417729\n"
     "2,\"Ishiguro, Jun\",2001-11-02,TK9902115", [("PERSON", "Morita, Kaede"), ("JP_PASSPORT", "TZ4417729")]),
    # a psql result set
    (" 氏名       | 電話          | 年収\n------------+---------------+------\n 片桐 蒼    | 027-253-7781  | 412\n"
     " 野々村 紬  | 080-1265-4490 | 388", [("PHONE_NUMBER", "027-253-7781"), ("PERSON", "野々村 紬")]),
    # columns aligned by spaces (a legacy fixed-width listing)
    ("被保険者番号  氏名        要介護度\n0065120987    成瀬 ミツ    要介護3\n0065123310    戸川 清治    要支援2",
     [("JP_HEALTH_INSURANCE", "0065120987"), ("PERSON", "成瀬 ミツ")]),
    # JSONL with health columns
    ('{"id": 1, "name": "三浦 柚希", "birth_date": "1986-02-17", "diagnosis": "双極性障害"}\n'
     '{"id": 2, "name": "Kubo Haruto", "birth_date": "1979-10-30", "diagnosis": "C型肝炎"}',
     [("DATE_OF_BIRTH", "1986-02-17"), ("SENSITIVE_PERSONAL_INFO", "双極性障害")]),
    # an SQL INSERT with a phone and an address
    ("このSQLのエラーを直して\nINSERT INTO applicants (name, kana, tel, address) VALUES "
     "('柳田 朔', 'やなぎだ さく', '027-265-3390', '前橋市青柳町512-3'), ('堀 あかり', 'ほり あかり', '090-6643-2178', '前橋市岩神町4-1-9');",
     [("PHONE_NUMBER", "027-265-3390"), ("PERSON", "ほり あかり")]),
]


@pytest.mark.parametrize("text,expected", TABLE_CELLS)
def test_cells_under_a_heading_that_says_what_they_hold_are_found(scan, text, expected):
    result = scan(text)
    assert result["verdict"] == "block", result["findings"]
    for ftype, value in expected:
        assert findings_of(result, ftype), (ftype, result["findings"])
        assert value not in result["redacted_text"], value


def test_a_fixed_width_zengin_record_gives_its_account_and_recipient():
    from service.detectors.base import Document
    from service.detectors.table import TableColumnDetector
    name = "ｵｵｼﾏ ﾕｳｺ".ljust(30)
    record = "2" + "0188" + "ｸﾞﾝﾏｷﾞﾝｺｳ".ljust(15) + "204" + "ﾏｴﾊﾞｼｼﾃﾝ".ljust(15) + "    " + "1" + "3381920" + name + \
        "0000012000" + "0" + " " * 20 + "7" + " " + " " * 7
    doc = Document("このデータの形式を確認して\n" + record)
    found = {(c.type, doc.text[c.start:c.end]) for c in TableColumnDetector().analyze(doc)}
    assert ("JP_BANK_ACCOUNT", "3381920") in found
    assert ("PERSON", "オオシマ ユウコ") in found


TABLES_THAT_PASS = [
    # a template with placeholder rows
    "この様式に意見をください\n氏名,ふりがな,生年月日,電話\n（氏名）,（ふりがな）,YYYY-MM-DD,（電話番号）\n〇〇 〇〇,〇〇 〇〇,,",
    # sample rows introduced as such
    "記入例（架空のデータです）\n氏名,ふりがな,電話,被保険者番号\n前橋 花子,まえばし はなこ,000-0000-0000,00000000",
    # statistics by town with numeric columns only
    "町丁別の人口\n町名,人口,世帯数\n大手町,2104,1180\n千代田町,3320,1902",
    # code: column names, no values
    "SELECT 氏名, 電話, 住所 FROM 住民 WHERE 年齢 > 65; の意味を教えて",
    "df = pd.read_csv('list.csv')\ndf[['氏名', '電話']].head()\nこのコードの説明をして",
    # a JSON config with a name key
    '{"name": "mamori-extension", "version": "1.2.0", "description": "scan helper"}',
]


@pytest.mark.parametrize("text", TABLES_THAT_PASS)
def test_tables_of_places_templates_statistics_and_code_pass(rules_scan, text):
    # The table/export detectors must leave these alone (the learned layer may still warn on a
    # table: its false alarms are measured on the corpora, README "First contact").
    result = rules_scan(text)
    assert result["verdict"] == "allow", result["findings"]


def test_a_list_of_facilities_with_their_phones_does_not_block(scan):
    # names of places, their published phones: at most the phone detector's warning
    result = scan("並べ替えて\n施設名,地区,電話,休館日\n中央公民館,中央,027-210-2197,年末年始\n東部図書館,東,027-266-1122,月曜日")
    assert result["verdict"] != "block", result["findings"]
    assert not findings_of(result, "PERSON")


def test_the_table_detector_grows_linearly_with_the_rows():
    from service.detectors.base import Document
    from service.detectors.table import TableColumnDetector
    det = TableColumnDetector()
    rows = "".join(f"宇田 {i}子,うだ はなこ,090-{1000 + i % 9000:04d}-{2000 + i % 7000:04d},前橋市大手町{i % 9 + 1}-2-3\n"
                   for i in range(3000))
    text = "氏名,ふりがな,電話,住所\n" + rows
    ok, why = grows_linearly(text, lambda t: det.analyze(Document(t)))
    assert ok, why


# ---------------------------------------------------------------------------------------
# Contact details: phones written with dots
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("折り返しは 080.6127.3394 へ（本人携帯）", "080.6127.3394"),
    ("連絡先：027.265.8830（自宅）", "027.265.8830"),
])
def test_phones_written_with_dots_are_found(scan, text, value):
    result = scan(text)
    assert findings_of(result, "PHONE_NUMBER"), result["findings"]
    assert value not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "バージョン 0.12.3456 に更新してください",
    "IPアドレス 10.0.123.4567 の設定を確認して",
    "係数は 0.25.1200 ではなく 0.25 です",
])
def test_dotted_numbers_that_are_no_phone_pass(scan, text):
    result = scan(text)
    assert not findings_of(result, "PHONE_NUMBER"), result["findings"]


# ---------------------------------------------------------------------------------------
# Romaji 'Surname, Given' in English mail and rosters
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("Please polish my reply.\nThanks again for your help.\nBest regards,\nMatsuda, Haruka\nMaebashi City", "Matsuda, Haruka"),
    ("Minutes\nAttendees: Fujii, Sota; Ogawa, Rin; Kondo, Yuto\nAbsent: none", "Ogawa, Rin"),
    ("Translate the list for the hotel:\n1. Hirano, Kaito\n2. Sugiyama, Mei", "Sugiyama, Mei"),
])
def test_romaji_surname_comma_given_is_a_name(scan, text, value):
    result = scan(text)
    assert findings_of(result, "PERSON"), result["findings"]
    assert value not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "Honda, Toyota and Nissan all have suppliers in Gunma. Write a short paragraph.",
    "Maebashi, Gunma is the prefectural capital.",
    "Yes, Sure. We can meet in Takasaki, Japan next week.",
    "Sakura, Ume and Momo bloom in the park in spring.",
])
def test_places_companies_and_words_with_a_comma_are_no_name(scan, text):
    result = scan(text)
    assert not findings_of(result, "PERSON"), result["findings"]


# ---------------------------------------------------------------------------------------
# Sensitive facts about a person identifiable without a name
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "2年1組の女子生徒1名が、母親からの暴力で一時保護されました。学年主任への報告を整えて。",
    "北部地区に住む70代の一人暮らしの男性が認知症で、民生委員から相談がありました。",
    "収納課の50代の女性主任が適応障害で来月から休職します。業務分担表を作って。",
    "The only male nurse on our ward was diagnosed with HIV last week. Draft a note to the manager.",
    # a guide's title does not hide one person marked as one (1名) in a case written under it
    "【相談対応の手引き（公開版）】\n\n3年2組の男子生徒1名が、父親からの暴力で一時保護されています。",
    "A 12-year-old girl in Class 6A has been absent for two months because of depression. Write to her parents.",
])
def test_sensitive_facts_about_someone_singled_out_without_a_name_are_found(scan, text):
    result = scan(text)
    assert findings_of(result, "SENSITIVE_PERSONAL_INFO"), result["findings"]
    assert result["verdict"] == "block"


@pytest.mark.parametrize("text", [
    "一人暮らしの80代の高齢者を対象とした見守り事業の概要を作って",
    "ひとり親家庭への支援制度を説明してください",
    "うつ病で休職した職員の復職支援の一般的な流れを教えて",
    "市内の40代男性のうち、糖尿病の割合は何%ですか",
    "Explain how schools can support students with depression.",
    "Women in their 40s are at higher risk of breast cancer; write a campaign poster.",
    # a published guide: 一人ひとり ("each one") and 児童生徒 in a 学級 are kinds of pupils, not one
    "【通級指導教室の案内（保護者向け・公開版）】\n\n通常の学級に在籍しながら、一人ひとりの障害に応じた指導を週1〜3時間受けます。"
    "児童生徒の学習上の困難に合わせて、言語・難聴・発達障害の教室があります。",
    # an age range is a group: 65歳以上の方 / 20歳以上の女性
    "インフルエンザ予防接種の助成：65歳以上の方は自己負担1,500円、糖尿病などの持病がある60歳以上の女性も対象です。",
])
def test_groups_statistics_and_general_questions_single_out_no_one(scan, text):
    result = scan(text)
    assert not findings_of(result, "SENSITIVE_PERSONAL_INFO"), result["findings"]


# ---------------------------------------------------------------------------------------
# Foreign residents' names in English: 'Surname, Given' after a label, frequent names beside contacts
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("Subject: Change of address\nName: Lindqvist, Maja\nNew address: 4-2-7 Kita-machi", "Lindqvist, Maja"),
    ("Hello, my name is Okonkwo, Chidi. I would like to register my child at a nursery.", "Okonkwo, Chidi"),
    ("-----Original Message-----\nFrom: Gonzalez, Ana <ana.g77@example.net>\nSubject: noise", "Gonzalez, Ana"),
    ("Translate: \"Peter Novak phoned about his garbage collection. Call him back on 080-5512-3378.\"", "Peter Novak"),
    ("Please translate: \"Maria Kowalska (born 1987-03-02) asked about the child allowance.\"", "Maria Kowalska"),
])
def test_foreign_residents_names_in_english_are_found(scan, text, value):
    result = scan(text)
    assert findings_of(result, "PERSON"), result["findings"]
    assert value not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "Dear Sir, Madam, please find the schedule attached.",
    "Visit Central Park, Tokyo Tower and Green Hill on the tour.",
    "From: Sales, Marketing and Planning teams",
    "New York, Paris and London offices are closed on Monday.",
])
def test_word_pairs_with_a_comma_or_a_label_are_no_foreign_name(scan, text):
    result = scan(text)
    assert not findings_of(result, "PERSON"), result["findings"]


# ---------------------------------------------------------------------------------------
# Second round: passwords given to commands or after a bare password word, classification fields,
# romanised keys and lists in JSON, the only one of a kind
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,ftype,value", [
    ("接続できません。\n$ sshpass -p 'Rk4#vNq8Lw2' ssh ope@10.8.1.20", "CREDENTIAL", "Rk4#vNq8Lw2"),
    ("$cred = ConvertTo-SecureString \"Hs9!pTz3Qm\" -AsPlainText -Force", "CREDENTIAL", "Hs9!pTz3Qm"),
    ("手順\n1. 管理画面を開く\n2. ID admin_kk3 ／ パスワード Wq5$zRt8!mn で入る", "CREDENTIAL", "Wq5$zRt8!mn"),
    ('{"classification": "部外秘", "subject": "移転先の候補地"}', "CONFIDENTIAL_MARKING", None),
    ('{"shimei": "能登 早苗", "hihokensha_no": "31402987", "shobyo": ["心房細動", "高血圧症"]}', "JP_HEALTH_INSURANCE", "31402987"),
    ('{"shimei": "能登 早苗", "hihokensha_no": "31402987", "shobyo": ["心房細動", "高血圧症"]}', "SENSITIVE_PERSONAL_INFO", "心房細動"),
    ('r = {"name_roman": "PEREIRA, Joao", "residence_card": "QZ20481937KB", "status": "永住者"}', "JP_RESIDENCE_CARD", "QZ20481937KB"),
    ("相談に来た、町内でただ一人の車椅子利用の中学生の通学支援の計画を作りたい", "SENSITIVE_PERSONAL_INFO", None),
])
def test_second_round_classes_are_found(scan, text, ftype, value):
    result = scan(text)
    assert findings_of(result, ftype), (ftype, result["findings"])
    if value:
        assert value not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "sshpass -p \"$SSH_PASS\" ssh ope@host のように環境変数を使う方法を教えて",
    "パスワード reset の手順書を作って",
    '{"classification": "公開", "subject": "市報の配布"}',
    '{"name": "中央公民館", "rooms": ["和室", "講堂"], "category": "施設"}',
    "唯一の治療法はありますか？がんの一般的な治療について教えて",
    "難聴の高齢者への窓口対応の工夫を教えて",
])
def test_second_round_look_alikes_pass(scan, text):
    result = scan(text)
    assert result["verdict"] == "allow", result["findings"]


# ---------------------------------------------------------------------------------------
# Precision: a published list of facilities with their addresses
# ---------------------------------------------------------------------------------------
def test_a_published_list_of_facilities_with_addresses_passes(scan):
    text = ("地図に載せたいです。\n名称,所在地,設置場所\n東公民館,前橋市石関町124-1,玄関\n"
            "南部図書館,前橋市下川町38-5,カウンター\n\n市のオープンデータとして公開しているものです。")
    result = scan(text)
    assert result["verdict"] == "allow", result["findings"]


def test_a_facility_address_in_a_table_warns_at_most(scan):
    text = "並べ替えて\n施設名,所在地\n東公民館,前橋市石関町124-1\n南部図書館,前橋市下川町38-5"
    result = scan(text)
    assert result["verdict"] != "block", result["findings"]


def test_a_residents_address_in_a_table_still_blocks(scan):
    text = "並べ替えて\n氏名,住所\n菅谷 亮,前橋市石関町124-1\n宮下 紗季,前橋市下川町38-5"
    result = scan(text)
    assert result["verdict"] == "block"
    assert findings_of(result, "JP_ADDRESS")


# ---------------------------------------------------------------------------------------
# Intranet URLs: internal services under the government network, the office's SharePoint
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "お知らせは http://gw.city.maebashi.lg.jp/notice/ にあります。要約して",
    "申請は https://kintai.maebashi.lg.jp/ から",
    "この表を読んで https://mbcity.sharepoint.com/sites/somu/Shared%20Documents/haichi.xlsx",
])
def test_intranet_urls_with_internal_host_names_are_found(scan, text):
    result = scan(text)
    assert findings_of(result, "INTERNAL_NETWORK"), result["findings"]


@pytest.mark.parametrize("text", [
    "市のサイト https://www.city.maebashi.lg.jp/soshiki/ の記事を要約して",
    "SharePoint の URL は https://contoso.sharepoint.com/sites/Marketing のような形です",
    "https://www.maebashi-cvb.com/ の観光情報を英訳して",
])
def test_public_sites_and_documentation_urls_are_no_internal_network(scan, text):
    result = scan(text)
    assert not findings_of(result, "INTERNAL_NETWORK"), result["findings"]


def test_a_my_number_column_checks_each_cells_check_digit():
    from service.detectors.base import Document
    from service.detectors.table import TableColumnDetector
    text = "突合したい\n氏名,個人番号,電話\n今泉 聡,4031 8827 1909,090-6615-2247\n堤 美和,5902 7713 4601,080-2290-6618"
    doc = Document(text)
    scores = {doc.text[c.start:c.end]: c.score for c in TableColumnDetector().analyze(doc) if c.type == "JP_MY_NUMBER"}
    assert scores["4031 8827 1909"] >= 0.75  # the check digit holds: block
    assert 0.40 <= scores["5902 7713 4601"] < 0.75  # it fails: a likely typo, warn


# ---------------------------------------------------------------------------------------
# Third round: psql result sets, key = value dumps and logs, account numbers inside a bank cell,
# headings that name a complainant or a caller
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,ftype,value", [
    (" name       | birth_date | disease\n------------+------------+---------\n 坂東 由紀子 | 1983-02-11 | 双極性障害\n"
     " 岩佐 直人   | 1975-09-30 | 糖尿病\n(2 rows)", "DATE_OF_BIRTH", "1975-09-30"),
    ("=== DUMP ===\nhihoken  : 0072618830\nname     : 住吉 トシ\nkaigodo  : 要介護4\n============", "JP_HEALTH_INSURANCE", "0072618830"),
    ("ERROR geocode failed\n  caller_name=今村 陽菜\n  caller_tel=090-3318-6620\n  reason=救急", "PHONE_NUMBER", "090-3318-6620"),
    ("支払先,住所,口座,金額\n久保田 誠,前橋市朝日町2丁目4-8,ぐんま銀行 朝日支店 普通 3318092,52000", "JP_BANK_ACCOUNT", "3318092"),
    ("受付一覧を整えて\n受付日,申出者,電話,内容\n11/02,奥村 沙織,027-231-5590,騒音\n11/04,杉浦 翔,090-7781-3304,落書き", "PHONE_NUMBER", "027-231-5590"),
])
def test_third_round_exports_are_found(scan, text, ftype, value):
    result = scan(text)
    assert findings_of(result, ftype), (ftype, result["findings"])
    assert value not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "host: db01\nport: 5432\ntimeout: 30\nretry=3",
    " 町名   | 人口  | 世帯数\n--------+-------+-------\n 大手町 | 2104  | 1180\n 千代田町 | 3320 | 1902",
    "支払先,金額,支払日\n株式会社ぐんま測量設計,1320000,4/8\n前橋印刷有限会社,88000,4/15",
])
def test_third_round_look_alikes_pass(rules_scan, text):
    # The table/export detectors must leave these alone (the learned layer may still warn on a
    # table: its false alarms are measured on the corpora, README "First contact").
    result = rules_scan(text)
    assert result["verdict"] == "allow", result["findings"]


@pytest.mark.parametrize("text,value", [
    ("Translate: \"Please pay the interpreter fee for Lena Fischer into account 4418207 at Gunma Bank.\"", "Lena Fischer"),
    ("Reply politely: Hi Emma Collins, we received your passport copy TK5530218 and will finish the form.", "Emma Collins"),
    ("For the ambulance crew: \"Patient Daniel Becker, Austrian visitor, passport PA8815027, chest pain.\"", "Daniel Becker"),
])
def test_a_foreign_name_beside_an_identifier_is_found(scan, text, value):
    result = scan(text)
    assert any(f["type"] == "PERSON" and text[f["start"]:f["end"]] == value for f in result["findings"]), result["findings"]


# ---------------------------------------------------------------------------------------
# Embargoed press releases said in prose; released ones and headings in code pass
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "次の報道発表資料（1月20日発表予定）を読みやすくして。市営駐車場の料金を改定します",
    "このプレスリリースはまだ未公表です。見出しを三つ考えて",
])
def test_a_press_release_said_to_be_unpublished_warns(scan, text):
    result = scan(text)
    assert findings_of(result, "CONFIDENTIAL_MARKING"), result["findings"]
    assert result["verdict"] != "allow"


@pytest.mark.parametrize("text", [
    "公表済みの報道発表資料を英訳して。解禁日時：10月3日11時（終了）",
    "記者発表の日程（発表予定日）を一覧にして",
    "記者発表資料の書き方のコツを教えて",
    'df.rename(columns={"shimei": "氏名", "denwa": "電話"}) の書き方を教えて',
])
def test_released_press_material_and_headings_in_code_pass(scan, text):
    result = scan(text)
    assert result["verdict"] == "allow", result["findings"]


# ---------------------------------------------------------------------------------------
# Kana-only names in name slots
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("保護者氏名 はやかわ ちひろ\n連絡事項：お迎えが遅れます", "はやかわ ちひろ"),
    ("なまえ：もちづき そら（6さい）", "もちづき そら"),
    ("申込者 ツツミ カオル さんから問い合わせ", "ツツミ カオル"),
])
def test_kana_names_in_name_slots_are_found(scan, text, value):
    result = scan(text)
    assert findings_of(result, "PERSON"), result["findings"]
    assert value not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "氏名 ふりがな せいねんがっぴ の順に並べてください",
    "お名前 を かいて ください",
])
def test_kana_headings_and_instructions_in_a_slot_are_no_name(scan, text):
    result = scan(text)
    assert not findings_of(result, "PERSON"), result["findings"]
