"""PERSON generalisation probes: three weakness classes, each with positives and hard negatives.

Every name, place and sentence here is invented for this file (not from dev.jsonl or the
hand-made held-out corpus), so passing them says the rules generalise, not that they
memorise. Classes:
1. names after a role/title in lists and minutes (incl. surnames Sudachi tags as places
   or does not know), but not role words followed by ordinary words;
2. foreign residents' names in romaji inside Japanese text;
3. English text: self-introductions, sign-offs, signature blocks, Mr./Dr./Dear — but not
   places, organisations, title-case phrases, famous people or sample names.
"""
import pytest

from support import findings_of


def _person_spans(result, text):
    return [text[f["start"]:f["end"]] for f in findings_of(result, "PERSON")]


def _assert_found(scan, text, names, verdict=("block",)):
    r = scan(text)
    got = _person_spans(r, text)
    assert r["verdict"] in verdict, (text, r["verdict"], got)
    persons = findings_of(r, "PERSON")
    for n in names:
        s = text.find(n)
        assert any(f["start"] < s + len(n) and s < f["end"] for f in persons), (n, got)
        assert n not in r["redacted_text"], (n, r["redacted_text"])


def _assert_no_person(scan, text):
    r = scan(text)
    assert not findings_of(r, "PERSON"), (text, [(text[f["start"]:f["end"]], f["reason"])
                                                  for f in findings_of(r, "PERSON")])


# -- 1. role / title slots ------------------------------------------------------------------
ROLE_POSITIVES = [
    ("町内会役員会の記録を整えて。\n出席：会長 渋谷 健太郎、副会長 桐生 まゆみ、会計 熊谷 誠", ["渋谷 健太郎", "桐生 まゆみ", "熊谷 誠"]),
    ("司会 品川 さやか、記録 目黒 亮で進行します。", ["品川 さやか", "目黒 亮"]),
    ("担当 東海林 隼人（内線2231）まで連絡をお願いします。", ["東海林 隼人"]),
    ("班長 八ッ塚 聡美（2班）から回覧板の件で連絡がありました。", ["八ッ塚 聡美"]),
    ("校長 上野 晴彦、教頭 千代田 恵の連名で通知を出します。", ["上野 晴彦", "千代田 恵"]),
    ("部会長 赤城 勇人から報告があった旨を議事録に書いて。", ["赤城 勇人"]),
    ("民生委員 浅草 とも子が同行して訪問した。", ["浅草 とも子"]),
    ("理事長 日本橋 航の名前で礼状を出したい。", ["日本橋 航"]),
    ("PTA会長 神田 美咲、副会長 池袋 健が出席した。", ["神田 美咲", "池袋 健"]),
    ("委員長 一色 達也より開会のあいさつ。", ["一色 達也"]),
    ("顧問 百目鬼 凛太郎（元校長）に相談する。", ["百目鬼 凛太郎"]),
    ("書記：御徒町 光\n次回：5月20日", ["御徒町 光"]),
    ("高輪 啓介様からの申込書を受け付けました。", ["高輪 啓介"]),
]

ROLE_NEGATIVES = [
    "総会の次第を作って。1 会長あいさつ 2 副会長が説明 3 会計報告 4 班長会議の日程",
    "担当 福祉課 高齢者支援係",
    "校長 講話、教頭 連絡、学年主任 諸注意の順で進めます。",
    "委員長 選出の件について議事録を作って。",
    "出席：会長 〇〇 〇〇、副会長 ×× ××、会計 △△ △△",
    "会長 欠席のため、副会長 代理で開会した。",
    "班長 6名、組長 12名が出席した。",
    "会長 及び 副会長の任期は2年とする。",
    "担当 前橋 地区、高崎 地区の巡回日程表を作って。",
    "会計 年度 予算の説明資料を作って。",
    "校長先生のお話と会長あいさつの原稿を作って。",
    "役員：会長、副会長、会計、監事各1名を置く。",
]


@pytest.mark.parametrize("text,names", ROLE_POSITIVES)
def test_role_slot_names(scan, text, names):
    _assert_found(scan, text, names)


@pytest.mark.parametrize("text", ROLE_NEGATIVES)
def test_role_words_without_names(scan, text):
    _assert_no_person(scan, text)


# -- 2. foreign residents' names in romaji in Japanese text -----------------------------------
FOREIGN_POSITIVES = [
    ("転入届：Hoang Thi Ngoc（ベトナム）、勤務先は市内の食品工場", ["Hoang Thi Ngoc"]),
    ("相談者 Shrestha Ramesh から国保の手続きについて問い合わせ", ["Shrestha Ramesh"]),
    ("在留カードを紛失した Tamang Sunita の再交付手続きを案内して。", ["Tamang Sunita"]),
    ("Zhang Wei（中国籍）の子どもの就学相談の記録を要約して。", ["Zhang Wei"]),
    ("Park Ji-hoon から転入の問い合わせがあった。", ["Park Ji-hoon"]),
    ("申請者 Oliveira Souza Lucas の国民健康保険の加入手続き", ["Oliveira Souza Lucas"]),
    ("Choi Seo-yeon（韓国）の住民票の写しの交付について", ["Choi Seo-yeon"]),
    ("通訳同席：Cruz Angelica Mae、フィリピン国籍", ["Cruz Angelica Mae"]),
    ("Liu Yang さんと Chen Jing さん夫婦の児童手当の件", ["Liu Yang", "Chen Jing"]),
    ("Gurung Prakash が来庁し、ごみの出し方を質問した。", ["Gurung Prakash"]),
    ("Le Thi Hang の在留資格は特定技能です。", ["Le Thi Hang"]),
    ("Rai Sushila（ネパール）が先月転入した。", ["Rai Sushila"]),
    ("国籍：ブラジル　氏名：Pereira Gabriel Santos", ["Pereira Gabriel Santos"]),
    ("Ahmed Karimi（アフガニスタン国籍、34歳）の日本語教室の申込み", ["Ahmed Karimi"]),
    ("Đặng Thị Hương さんの母子手帳の交付", ["Đặng Thị Hương"]),
    ("Lucas Ribeiro da Costa（ブラジル）が市営住宅に入居した。", ["Lucas Ribeiro da Costa"]),
    ("Ho Thi Mai から電話があり、ごみの分別について説明した。", ["Ho Thi Mai"]),
]

FOREIGN_NEGATIVES = [
    "Le Monde の記事を要約して。",
    "Park Hyatt Tokyo で開かれる会議の案内文を作って。",
    "Ho Chi Minh City からの研修団を歓迎するあいさつ文を作って。",
    "Vietnam Airlines の直行便の時刻を調べて。",
    "Manila Bay の夕日を紹介する文を書いて。",
    "Sao Paulo 州との姉妹都市交流の経緯をまとめて。",
    "Hanoi University との交流協定の案文を作って。",
    "Nguyen 姓はベトナムで最も多い姓です。説明文を作って。",
    "Tran Quoc Pagoda（ハノイの寺院）の紹介文を書いて。",
    "Lee Kuan Yew の政策について説明して。",
    "Samsung Galaxy の初期設定の手順を教えて。",
    "Santos FC の試合結果を要約して。",
    "Chen Style の太極拳教室の案内文を作って。",
    "Lee Cooper のジーンズの税込価格を計算して。",
    "Kim Kardashian の SNS 投稿を分析して。",
    "Google Maps で窓口までの経路を検索する方法（外国人向け）",
]


@pytest.mark.parametrize("text,names", FOREIGN_POSITIVES)
def test_foreign_romaji_names(scan, text, names):
    _assert_found(scan, text, names)


@pytest.mark.parametrize("text", FOREIGN_NEGATIVES)
def test_foreign_lookalikes(scan, text):
    _assert_no_person(scan, text)


# -- 3. English text ----------------------------------------------------------------------
ENGLISH_POSITIVES = [
    ('Please reply: "Hello, I am Olivia Bennett, an English teacher at a junior high school."', ["Olivia Bennett"]),
    ("I'm Tomasz Kowalski and I moved to the city last month.", ["Tomasz Kowalski"]),
    ("This is Rachel Donovan from the sister city association in Ohio.", ["Rachel Donovan"]),
    ("Thanks for your help.\n\nBest regards,\nLiam Hargreaves", ["Liam Hargreaves"]),
    ("We look forward to your visit. Sincerely, Hannah Fischer", ["Hannah Fischer"]),
    ("See you at the event.\nRegards\n\nSophie Marchand\nsophie.marchand@example.org", ["Sophie Marchand"]),
    ("Please shorten my signature:\nDaniel Okonkwo\nMobile: 080-4417-2290", ["Daniel Okonkwo"]),
    ("Mr. Patel called about the garbage collection schedule.", ["Patel"]),
    ("Dr. Amelia Novak will give a lecture on nutrition.", ["Amelia Novak"]),
    ("Dear Jonas Lindqvist, thank you for your e-mail.", ["Jonas Lindqvist"]),
    ("Kind regards,\nAisha Rahman", ["Aisha Rahman"]),
    ("Cheers,\nMarco Bellini", ["Marco Bellini"]),
    ("My name's Grace Whitfield and I need a residence certificate.", ["Grace Whitfield"]),
    ("Mrs. Okafor's son will start school in April.", ["Okafor"]),
]

ENGLISH_NEGATIVES = [
    "Dear Residents of Maebashi City, the water supply will stop on Sunday.",
    "Best Regards,\nInternational Exchange Division\nMaebashi City",
    "Sincerely,\nThe Organizing Committee",
    "This is Gunma Prefecture, located in the center of Japan.",
    "Please translate the title: Action Plan for Disaster Prevention Week",
    "Thank You Letter to the City of Orvieto",
    "William Shakespeare wrote many plays. Please summarise Hamlet.",
    'Steve Jobs said "Stay hungry, stay foolish." Translate this quote.',
    "例：My name is Taro Yamada. という英文の訳し方を教えて。",
    "I am Japanese and I live in a small town.",
    "Sub ClearRows()\n    If Worksheet.Name = \"Data\" Then Rows(2).Delete\nEnd Sub",
    "Regards,\nMaebashi City Hall\nTel: 027-224-1111",
    "Dear Valued Customer, your order has shipped.",
    "Harry Potter and the Philosopher's Stone の読書感想文の書き方",
    "This is Akagi Shrine, a famous spot in autumn.",
    "This is Chat GPT. How can I help you?",
    "Facilities:\nGreen Dome Maebashi\nTel: 027-210-2200",
    "I am Looking Forward To Seeing You all at the party.",
    "Sincerely,\nMaebashi City International Exchange Association",
    "Albert Einstein said imagination is more important than knowledge.",
    "Dear All,\nThe meeting is at 3pm.\nThanks,\nGeneral Affairs",
    "Hi Team, this is Facilities Management.",
]


@pytest.mark.parametrize("text,names", ENGLISH_POSITIVES)
def test_english_names(scan, text, names):
    _assert_found(scan, text, names)


@pytest.mark.parametrize("text", ENGLISH_NEGATIVES)
def test_english_lookalikes(scan, text):
    _assert_no_person(scan, text)
